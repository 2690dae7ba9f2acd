#!/usr/bin/env python3
"""probe7 composer (adapted from probe6/compose6.py). Fills templates_pos7.txt / templates_neg7.txt with valid values
from pool.jsonl (Pool.java, seed 20261203, 8000 personas) and non-PII fillers; writes probe7.jsonl,
probe7-negatives.jsonl and probe7*.values.jsonl (inserted value, pool key and region of every span; used by check7.py).

Template line:  [N*]CC|text      CC = line country (US GB CA AU IN SG BR): personas, phone region, formats.
  Labeled   {NAME[#k][@RR][:opt[:opt2]]}   k = persona number in the line (default 1), RR = other phone region
     PHONE[:m|f|any][:nat|intl]  EMAIL[:2][:lower|upper]  DOB:fmt  IBAN[:CC][:p|c]  CARD[:sp|plain|dash]
     IP[:4|priv|6|any]  SSN[:dash|sp|plain]  ITIN  PASSPORT  DL  BANK  ABA  NINO[:sp|plain]  NHS[:sp|plain|dash]
     SIN[:sp|plain|dash]  TFN[:sp|plain]  AADHAAR[:sp|plain]  PAN  NRIC  CPF[:fmt|plain]  PW[:2]  AWS
     PEM[:flat|esc]  SFSID  WALLET[:btc|eth|any]
  Unlabeled {@field[#k]}  (given surname full first user dl_state dl_stateName ...)  {$filler[:arg]}
  Choices   [[a;;b;;c]]   (one at random, may hold tokens, not nested)
A rendered line is re-drawn while Guard6 finds an unlabeled valid value (checksum id, e-mail, IP, card, key, session
id, or a phone valid in US GB CA AU IN SG BR) or a pool value outside the spans.
Usage: python3 compose7.py [renders_pos=3] [renders_neg=3]
"""
import base64, glob, json, os, random, re, string, subprocess, sys, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
ENTITIES = ['EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN', 'US_BANK_ACCOUNT', 'ABA_ROUTING',
            'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'DE_TAX_ID',
            'FR_NIR', 'ES_NIF', 'IT_FISCAL_CODE', 'NL_BSN', 'PL_PESEL', 'BR_CPF', 'IN_AADHAAR', 'IN_PAN', 'AU_TFN',
            'SG_NRIC', 'CRYPTO_WALLET', 'SALESFORCE_SESSION_ID', 'AWS_ACCESS_KEY', 'PRIVATE_KEY', 'PASSWORD']
ALIAS = {'PHONE': 'PHONE', 'EMAIL': 'EMAIL', 'DOB': 'DATE_OF_BIRTH', 'IBAN': 'IBAN', 'CARD': 'CREDIT_CARD',
         'IP': 'IP_ADDRESS', 'SSN': 'US_SSN', 'ITIN': 'US_ITIN', 'PASSPORT': 'US_PASSPORT', 'DL': 'US_DRIVER_LICENSE',
         'BANK': 'US_BANK_ACCOUNT', 'ABA': 'ABA_ROUTING', 'NINO': 'UK_NINO', 'NHS': 'UK_NHS', 'SIN': 'CA_SIN',
         'TFN': 'AU_TFN', 'AADHAAR': 'IN_AADHAAR', 'PAN': 'IN_PAN', 'NRIC': 'SG_NRIC', 'CPF': 'BR_CPF',
         'PW': 'PASSWORD', 'AWS': 'AWS_ACCESS_KEY', 'PEM': 'PRIVATE_KEY', 'SFSID': 'SALESFORCE_SESSION_ID',
         'WALLET': 'CRYPTO_WALLET'}
REGIONS = ['US', 'GB', 'CA', 'AU', 'IN', 'SG', 'BR']
TOK = re.compile(r'\{(' + '|'.join(sorted(ALIAS, key=len, reverse=True)) + r')(?:#(\d))?(?:@([A-Z]{2}))?(?::([A-Za-z0-9_:]+))?\}'
                 r'|\{@([A-Za-z_]+)(?:#(\d))?\}'
                 r'|\{\$([a-z0-9_]+)(?::([^}]*))?\}')
CHOICE = re.compile(r'\[\[(.*?)\]\]')
R = random.Random(20261203)
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']

# ------------------------------------------------------------------ pool and personas
pool = [json.loads(l) for l in open('pool.jsonl', encoding='utf-8')]
ORIG_KEYS = set(pool[0])
by_country = {}
for p in pool:
    by_country.setdefault(p['country'], []).append(p)


def ascii_fold(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def enrich(p):
    if '_ymd' in p: return p
    y, m, d = (int(x) for x in p['dob_iso'].split('-'))
    p['_ymd'] = (y, m, d)
    f = p['female'] == 'true'
    p['full'] = p['given'] + ' ' + p['surname']
    p['Given_up'] = p['given'].upper()
    p['Surname_up'] = p['surname'].upper()
    p['first'] = p['given'].split(' ')[0]
    p['last'] = p['surname'].split(' ')[-1]
    p['mr'] = 'Ms' if f else 'Mr'
    p['she'] = 'she' if f else 'he'
    p['her'] = 'her' if f else 'his'
    p['user'] = re.sub(r'[^a-z]', '', ascii_fold(p['given'][0] + p['surname'].split(' ')[-1]).lower())
    p['initials'] = p['given'][0] + p['surname'][0]
    return p


for p in pool:
    enrich(p)
cursor = {}


def persona(cc):
    lst = by_country[cc]
    i = cursor.get(cc, 0)
    cursor[cc] = i + 1
    return lst[(i * 13) % len(lst)]      # 13 is coprime with 615 / 616


# ------------------------------------------------------------------ guard
class Guard:
    def __init__(self):
        pn = glob.glob(os.path.expanduser('~/.m2/repository/com/googlecode/libphonenumber/libphonenumber/*/libphonenumber-*.jar'))[0]
        self.p = subprocess.Popen(['java', '-cp', 'build:lib/classes:' + pn, 'Guard6'], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, encoding='utf-8')

    def _q(self, line):
        self.p.stdin.write(line + '\n'); self.p.stdin.flush()
        return self.p.stdout.readline().rstrip('\n')

    @staticmethod
    def b(v):
        return base64.b64encode(v.encode('utf-8')).decode()

    def scan(self, text, spans, regions=()):
        sp = ','.join(f"{s['start']}-{s['end']}" for s in spans)
        line = self._q(f'S\t{self.b(text)}\t{sp}\t{",".join(regions)}')
        hits = []
        for h in filter(None, line.split(';')):
            e, s, t, v = h.split('|')
            hits.append((e, int(s), int(t), base64.b64decode(v).decode('utf-8')))
        return hits

    def valid(self, ent, v):
        return self._q(f'V\t{ent}\t{self.b(v)}') == '1'

    def phone_valid(self, region, v):
        return self._q(f'P\t{region}\t{self.b(v)}') == '1'

    def phone_region_valid(self, region, v):
        return self._q(f'F\t{region}\t{self.b(v)}') != ''

    def phone_info(self, region, v):
        r = self._q(f'F\t{region}\t{self.b(v)}')
        return r.split('|') if r else None


# ------------------------------------------------------------------ phones
def grp(d, sizes, sep=' '):
    out, i = [], 0
    for k in sizes:
        out.append(d[i:i + k]); i += k
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def phone_styles(region, typ, nsn, ndc, nat, intl, mode):
    """(national, international) writings as people in the region write them."""
    a, s = nsn[:ndc], nsn[ndc:]
    N, I = [nat], [intl]
    if region in ('US', 'CA'):
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        N = [f'({x}) {y}-{z}', f'{x}-{y}-{z}', f'{x}.{y}.{z}', f'({x}) {y}-{z}', f'{x} {y} {z}', f'({x}){y}-{z}', f'1-{x}-{y}-{z}']
        I = [f'+1 {x} {y} {z}', f'+1 ({x}) {y}-{z}', f'+1-{x}-{y}-{z}', f'+1{nsn}', f'+1.{x}.{y}.{z}']
    elif region == 'GB':
        N += [nat.replace(' ', '-', 1), '0' + nsn, nat]
        I += [f'+44 (0){nat[1:]}', '+44' + nsn, f'+44 (0) {nat[1:]}', f'0044 {nat[1:]}']
    elif region == 'AU':
        if nsn.startswith('4'):
            N += ['0' + grp(nsn, [3, 3, 3]), '0' + nsn, '0' + grp(nsn, [3, 3, 3], '-')]
            I += [f'+61 {grp(nsn, [3, 3, 3])}', f'+61{nsn}', f'+61 (0){grp(nsn, [3, 3, 3])}', f'+61 {nsn[0]} {grp(nsn[1:], [4, 4])}']
        else:
            N += [f'(0{a}) {grp(s, [4, 4])}', f'0{a} {grp(s, [4, 4])}', f'0{a}-{grp(s, [4, 4], "-")}']
            I += [f'+61 {a} {grp(s, [4, 4])}', f'+61 (0){a} {grp(s, [4, 4])}']
    elif region == 'IN':
        if typ in ('MOBILE', 'FIXED_LINE_OR_MOBILE') and len(nsn) == 10 and nsn[0] in '6789':
            N += [grp(nsn, [5, 5]), nsn, '0' + nsn, grp(nsn, [5, 5], '-'), '0' + nsn]
            I += [f'+91 {grp(nsn, [5, 5])}', f'+91-{nsn}', f'+91 {nsn}', f'+91{nsn}', f'0091 {grp(nsn, [5, 5])}', f'(+91) {grp(nsn, [5, 5])}']
        else:
            N += [f'0{a}-{s}', f'0{a} {s}', f'(0{a}) {s}']
            I += [f'+91 {a} {s}', f'+91-{a}-{s}']
    elif region == 'SG':
        N += [nsn, grp(nsn, [4, 4], '-')]
        I += [f'+65 {grp(nsn, [4, 4])}', f'+65{nsn}', f'+65-{grp(nsn, [4, 4], "-")}', f'(+65) {grp(nsn, [4, 4])}', f'(65) {grp(nsn, [4, 4])}']
    elif region == 'BR':
        x, rest = nsn[:2], nsn[2:]
        h = grp(rest, [len(rest) - 4], '-')
        N = [f'({x}) {h}', f'({x}) {h}', f'{x} {h}', f'({x}){h}', f'0{x} {h}', f'{x} {rest}']
        I = [f'+55 {x} {h}', f'+55 ({x}) {h}', f'+55{nsn}', f'+55 {x} {rest}', f'+55-{x}-{h}']
    if mode == 'nat':
        return N
    if mode == 'intl':
        return I
    return N + N + I


PHONES = {}


def load_phones(g):
    for r in REGIONS:
        lst, seen = [], set()
        for p in pool[:5000]:
            info = g.phone_info(r, p['phone_' + r])
            if not info or info[0] not in ('MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE'):
                continue
            if info[1] in seen or '555' == info[1][3:6]:
                continue
            seen.add(info[1])
            lst.append(info)
        PHONES[r] = {'m': [i for i in lst if i[0] in ('MOBILE', 'FIXED_LINE_OR_MOBILE')],
                     'f': [i for i in lst if i[0] in ('FIXED_LINE', 'FIXED_LINE_OR_MOBILE')],
                     'any': lst}


PCUR = {}


def make_phone(g, region, kind, mode):
    key = (region, kind)
    lst = PHONES[region][kind]
    for _ in range(60):
        PCUR[key] = PCUR.get(key, R.randrange(len(lst))) + 1
        typ, nsn, ndc, nat, intl = lst[PCUR[key] % len(lst)]
        v = R.choice(phone_styles(region, typ, nsn, int(ndc), nat, intl, mode))
        if g.phone_region_valid(region, v):
            return v
    raise SystemExit(f'no valid phone writing for {region} {kind} {mode}')


# ------------------------------------------------------------------ labeled values
def ordn(d):
    return f'{d}{"th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}'


def dob(p, f):
    y, m, d = p['_ymd']
    M = MONTHS[m - 1]
    return {
        'us': f'{m:02d}/{d:02d}/{y}', 'us_s': f'{m}/{d}/{y}', 'us_dash': f'{m:02d}-{d:02d}-{y}',
        'us_2': f'{m:02d}-{d:02d}-{y % 100:02d}', 'us_2s': f'{m}/{d}/{y % 100:02d}',
        'uk': f'{d:02d}/{m:02d}/{y}', 'uk_s': f'{d}/{m}/{y}', 'uk_dot': f'{d:02d}.{m:02d}.{y}', 'uk_dash': f'{d:02d}-{m:02d}-{y}',
        'iso': f'{y}-{m:02d}-{d:02d}', 'long': f'{d} {M} {y}', 'abbr': f'{d} {M[:3]} {y}', 'ord': f'{ordn(d)} {M} {y}',
        'us_long': f'{M} {d}, {y}', 'us_abbr': f'{M[:3]} {d}, {y}', 'abbr_dash': f'{d:02d}-{M[:3]}-{y}',
    }[f]


def digits(v):
    return re.sub(r'\D', '', v)


def card_fmt(d, sep):
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5]}.get(len(d), [4] * ((len(d) + 3) // 4))
    return grp(d, sizes, sep)


def labeled(g, name, p, region, opts, line_cc):
    o = opts[0] if opts else ''
    if name == 'PHONE':
        kind = o if o in ('m', 'f', 'any') else 'any'
        mode = opts[1] if len(opts) > 1 else (o if o in ('nat', 'intl') else None)
        return make_phone(g, region, kind, mode), f'phone_{region}'
    if name == 'EMAIL':
        v = p['email2'] if '2' in opts else p['email']
        if 'lower' in opts: v = v.lower()
        if 'upper' in opts: v = v.upper()
        return v, 'email2' if '2' in opts else 'email'
    if name == 'DOB':
        return dob(p, o), 'dob_' + o
    if name == 'IBAN':
        cc = o if len(o) == 2 and o.isupper() else 'GB'
        f = opts[1] if len(opts) > 1 else R.choice(['p', 'p', 'c'])
        k = ('ibanp_' if f == 'p' else 'iban_') + cc
        return p[k], k
    if name == 'CARD':
        d = p['card_plain']
        o = o or R.choice(['sp', 'sp', 'sp', 'plain', 'dash'])
        return {'sp': card_fmt(d, ' '), 'plain': d, 'dash': card_fmt(d, '-')}[o], 'card'
    if name == 'IP':
        k = {'4': 'ip4pub', 'priv': 'ip4priv', '6': 'ip6', 'any': 'ip'}.get(o, 'ip4pub')
        return p[k], k
    if name in ('SSN', 'ITIN'):
        d = digits(p[name.lower()])
        f = o or R.choice(['dash', 'dash', 'dash', 'sp', 'plain']) if name == 'SSN' else (o or 'dash')
        return {'dash': f'{d[:3]}-{d[3:5]}-{d[5:]}', 'sp': f'{d[:3]} {d[3:5]} {d[5:]}', 'plain': d}[f], name.lower()
    if name == 'NINO':
        d = p['nino'].replace(' ', '')
        f = o or R.choice(['plain', 'sp', 'sp'])
        return {'plain': d, 'sp': grp(d, [2, 2, 2, 2, 1])}[f], 'nino'
    if name in ('NHS', 'SIN', 'TFN'):
        d = digits(p[name.lower()])
        sizes = [3, 3, 4] if name == 'NHS' else [3, 3, 3]
        f = o or R.choice(['sp', 'sp', 'plain', 'dash'])
        return {'sp': grp(d, sizes), 'plain': d, 'dash': grp(d, sizes, '-')}[f], name.lower()
    if name == 'AADHAAR':
        d = digits(p['aadhaar'])
        f = o or R.choice(['sp', 'sp', 'plain'])
        return {'sp': grp(d, [4, 4, 4]), 'plain': d}[f], 'aadhaar'
    if name == 'CPF':
        d = digits(p['cpf'])
        f = o or R.choice(['fmt', 'fmt', 'plain'])
        return {'fmt': f'{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}', 'plain': d}[f], 'cpf'
    if name == 'NRIC':
        return p['nric'].upper(), 'nric'
    if name == 'PAN':
        return p['pan'].upper(), 'pan'
    if name == 'PASSPORT':
        return p['passport'], 'passport'
    if name == 'DL':
        return p['dl'], 'dl'
    if name == 'BANK':
        return p['bank'], 'bank'
    if name == 'ABA':
        return p['aba'], 'aba'
    if name == 'PW':
        return (p['pw2'], 'pw2') if o == '2' else (p['pw'], 'pw')
    if name == 'AWS':
        return p['aws'], 'aws'
    if name == 'PEM':
        if o == 'flat': return p['pk_flat'], 'pk_flat'
        if o == 'esc': return p['pk'].replace('\n', '\\n'), 'pk_esc'
        return p['pk'], 'pk'
    if name == 'SFSID':
        return p['sfsid'], 'sfsid'
    if name == 'WALLET':
        k = {'btc': 'wallet_btc', 'eth': 'wallet_eth'}.get(o, 'wallet')
        return p[k], k
    raise KeyError(name)


# ------------------------------------------------------------------ fillers (never PII; the guard re-checks)
UP = string.ascii_uppercase
UPD = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
ALNUM = string.ascii_letters + string.digits


def rs(chars, n):
    return ''.join(R.choice(chars) for _ in range(n))


def nd(n, first='123456789'):
    return R.choice(first) + rs(string.digits, n - 1)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0


def gs1(payload):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(payload)))
    return payload + str((10 - s % 10) % 10)


def bad_luhn():
    while True:
        d = R.choice(['4', '51', '52', '53', '54', '55', '6011']) + rs(string.digits, 15)
        d = d[:16]
        if not luhn_ok(d):
            return R.choice([' '.join(d[i:i + 4] for i in range(0, 16, 4)), d, '-'.join(d[i:i + 4] for i in range(0, 16, 4))])


def bad_ssn():
    return R.choice([f'000-{nd(2)}-{nd(4)}', f'666-{nd(2)}-{nd(4)}', f'{nd(3)}-00-{nd(4)}', f'{nd(3)}-{nd(2)}-0000',
                     f'9{rs(string.digits, 2)}-{R.randint(10, 49)}-{nd(4)}'])


def badphone(cc):
    """phone-shaped but invalid (the guard checks all seven regions)."""
    f = {
        'US': lambda: R.choice([f'({R.choice("01")}{rs(string.digits, 2)}) {nd(3)}-{nd(4)}', f'{R.choice("01")}{rs(string.digits, 2)}-{nd(3)}-{nd(4)}',
                                f'({nd(3)}) {nd(3)}-{nd(3)}', f'+1 {R.choice("01")}{rs(string.digits, 2)} {nd(3)} {nd(4)}']),
        'GB': lambda: R.choice([f'07{nd(3)} {nd(5)}', f'020 {nd(4)} {nd(3)}', f'+44 (0)20 {nd(4)} {nd(2)}', f'07{nd(3)} {nd(4)}']),
        'AU': lambda: R.choice([f'04{nd(2)} {nd(3)} {nd(2)}', f'+61 4{nd(2)} {nd(3)} {nd(2)}', f'(02) {nd(4)} {nd(3)}']),
        'IN': lambda: R.choice([f'+91 {nd(5, "12345")} {nd(5)}', f'+91 9{nd(4)} {nd(4)}', f'+91 {nd(5, "6789")} {nd(6)}']),
        'SG': lambda: R.choice([f'+65 {nd(4, "1245")} {nd(4)}', f'+65 9{nd(3)} {nd(3)}', f'+65 {nd(4, "689")} {nd(5)}']),
        'BR': lambda: R.choice([f'(11) 9{nd(4)}-{nd(3)}', f'+55 ({R.randint(10, 99)}) {nd(4)}-{nd(2)}', f'(10) 9{nd(4)}-{nd(4)}']),
        'CA': lambda: R.choice([f'({R.choice("01")}{rs(string.digits, 2)}) {nd(3)}-{nd(4)}', f'+1 {nd(3)} {nd(3)} {nd(3)}']),
    }[cc]
    return f()


def sf15(prefix):
    return prefix + R.choice(['5g', '8W', 'Hn', '1N', '7Q', '4x', '09', 'Ae', 'Dn']) + '0000' + rs(ALNUM, 15 - len(prefix) - 6)


def to18(i15):
    suf = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'
    out = ''
    for c in range(3):
        flags = 0
        for j in range(5):
            if i15[c * 5 + j].isupper():
                flags |= 1 << j
        out += suf[flags]
    return i15 + out


CLOCK = {}


def reset_clock():
    CLOCK['t'] = dt.datetime(2024, 3, 1) + dt.timedelta(seconds=R.randint(0, 640 * 86400))
    CLOCK.pop('agent', None)


def tick(name):
    if name.startswith('date') or name in ('year', 'dmon'):
        CLOCK['t'] += dt.timedelta(days=R.choice([0, 0, 1, 2, 3, 7, 14]))
    else:
        CLOCK['t'] += dt.timedelta(seconds=R.randint(0, 90), milliseconds=R.randint(0, 999))
    return CLOCK['t']


AGENTS = {'US': ['Ashley', 'Kevin', 'Brianna', 'Tyler', 'Jess'], 'GB': ['Emma', 'Oliver', 'Sophie', 'Callum'],
          'CA': ['Mathieu', 'Chloe', 'Ryan'], 'AU': ['Mia', 'Lachlan', 'Jack'], 'IN': ['Priya', 'Rahul', 'Sneha', 'Arjun'],
          'SG': ['Wei Ling', 'Hafiz', 'Kavitha'], 'BR': ['Larissa', 'Thiago', 'Bruna']}
CARRIER = {'US': ['UPS', 'FedEx', 'USPS'], 'GB': ['Royal Mail', 'Evri', 'DPD UK', 'DHL'], 'CA': ['Canada Post', 'Purolator', 'UPS'],
           'AU': ['Australia Post', 'StarTrack', 'Sendle'], 'IN': ['Delhivery', 'Blue Dart', 'DTDC'], 'SG': ['SingPost', 'Ninja Van', 'J&T'],
           'BR': ['Correios', 'Jadlog', 'Loggi']}
PRODUCTS = ['puffer jacket', 'running shoes', 'espresso machine', 'duvet cover set', 'hiking backpack', 'floor lamp',
            'wireless earbuds', 'yoga mat', 'cast iron skillet', 'kids rain boots', 'standing desk', 'air fryer',
            'linen shirt', 'phone case', 'smart watch band']
CUR = {'US': '$', 'GB': '£', 'CA': 'CA$', 'AU': 'A$', 'IN': '₹', 'SG': 'S$', 'BR': 'R$'}
STATES = ['CA', 'TX', 'NY', 'FL', 'WA', 'IL', 'OH', 'PA', 'GA', 'NJ']


def track(carrier_cc):
    return R.choice([
        lambda: '1Z' + rs(UPD, 6) + rs(string.digits, 10),                 # UPS
        lambda: nd(12, '2345789'),                                         # FedEx 12
        lambda: '9400' + rs(string.digits, 18),                            # USPS 22
        lambda: '9205' + rs(string.digits, 16),                            # USPS 20
        lambda: 'JD' + rs(string.digits, 18),                              # DHL eCommerce
        lambda: rs(UP, 2) + rs(string.digits, 9) + R.choice(['GB', 'AU', 'SG', 'BR', 'IN', 'CA']),   # UPU S10
    ])()


def gen(name, arg, cc):
    t = tick(name)
    yr, mon, day, hh, mm, ss = t.year, t.month, t.day, t.hour, t.minute, t.second
    g = {
        'n': lambda: str(R.randint(2, 9)), 'n2': lambda: str(R.randint(10, 99)), 'n3': lambda: str(R.randint(100, 999)),
        'n4': lambda: nd(4), 'qty': lambda: str(R.randint(1, 12)), 'ms': lambda: str(R.randint(40, 9000)),
        'ts': lambda: f'{yr}-{mon:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{t.microsecond // 1000:03d}Z',
        'ts_sp': lambda: f'{yr}-{mon:02d}-{day:02d} {hh:02d}:{mm:02d}:{ss:02d}',
        'ts_us': lambda: f'{mon}/{day}/{yr} {(hh % 12) or 12}:{mm:02d} {"AM" if hh < 12 else "PM"}',
        'ts_mail': lambda: f'{["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]}, {MONTHS[mon - 1][:3]} {day}, {yr} at {(hh % 12) or 12}:{mm:02d} {"AM" if hh < 12 else "PM"}',
        'time': lambda: f'{hh:02d}:{mm:02d}', 'time12': lambda: f'{(hh % 12) or 12}:{mm:02d}{"am" if hh < 12 else "pm"}',
        'date': lambda: f'{yr}-{mon:02d}-{day:02d}', 'date_us': lambda: f'{mon:02d}/{day:02d}/{yr}',
        'date_uk': lambda: f'{day:02d}/{mon:02d}/{yr}', 'date_long': lambda: f'{MONTHS[mon - 1]} {day}, {yr}',
        'date_uklong': lambda: f'{day} {MONTHS[mon - 1][:3]} {yr}', 'dmon': lambda: f'{MONTHS[mon - 1]} {day}',
        'year': lambda: str(R.randint(2012, 2023)),
        'epoch_ms': lambda: str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)),
        'epoch': lambda: str(int((t - dt.datetime(1970, 1, 1)).total_seconds())),
        'order': lambda: R.choice([f'#{nd(6)}', f'SO-{nd(7)}', f'W{nd(9)}', f'{yr}-{nd(6)}', f'ORD-{yr % 100}{mon:02d}-{nd(5)}']),
        'case': lambda: f'{R.randint(100000, 4999999):08d}',
        'inv': lambda: R.choice([f'INV-{yr}-{nd(5)}', f'INV{nd(7)}', f'{yr}/{nd(5)}']),
        'po': lambda: R.choice([f'PO-{nd(6)}', f'PO#{nd(5)}', f'4500{nd(6)}']),
        'rma': lambda: R.choice([f'RMA-{nd(6)}', f'RMA{yr % 100}{nd(5)}', f'R-{nd(7)}']),
        'track': lambda: track(cc), 'carrier': lambda: R.choice(CARRIER[cc]),
        'sku': lambda: R.choice(['JKT', 'SHO', 'ESP', 'DUV', 'BPK', 'LMP', 'EAR', 'YGM']) + '-' + rs(UP, 2) + '-' + f'{R.randint(1, 9999):04d}',
        'upc': lambda: gs1(R.choice(['0', '8', '6']) + rs(string.digits, 10)),
        'ean': lambda: gs1(R.choice(['500', '501', '789', '890', '930', '888', '400']) + rs(string.digits, 9)),
        'gift': lambda: R.choice(['-'.join(rs('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4) for _ in range(4)), 'GC' + rs(UPD, 14)]),
        'loyalty': lambda: R.choice([f'LY{nd(8)}', f'VIP-{nd(6)}', f'{rs(UP, 3)}{nd(7)}']),
        'store': lambda: f'{R.randint(1, 999):03d}',
        'zip': lambda: R.choice([f'{R.randint(10001, 98999)}', f'{R.randint(10001, 98999)}-{R.randint(1, 9999):04d}']),
        'postcode': lambda: {'US': lambda: f'{R.randint(10001, 98999)}', 'GB': lambda: R.choice(['SW1A 2AA', 'M1 1AE', 'LS1 4DY', 'EH1 1YZ', 'B1 1BB']),
                             'CA': lambda: R.choice(['M5V 3L9', 'H2X 1Y4', 'V6B 4Y8', 'T2P 2M5']), 'AU': lambda: f'{R.randint(2000, 7999)}',
                             'IN': lambda: f'{R.randint(110001, 799999)}', 'SG': lambda: f'{R.randint(10000, 829999):06d}',
                             'BR': lambda: f'{R.randint(10000, 99999):05d}-{R.randint(0, 999):03d}'}[cc](),
        'price': lambda: f'{CUR[cc]}{R.randint(5, 899)}.{R.choice(["00", "49", "95", "99"])}',
        'amt': lambda: f'{R.randint(5, 899)}.{R.choice(["00", "49", "95", "99", "10"])}',
        'pct': lambda: f'{R.choice([5, 10, 12.5, 15, 20, 25, 30, 40])}%',
        'ver': lambda: f'{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}',
        'build': lambda: f'{R.randint(1000, 9999)}', 'api': lambda: f'v{R.randint(55, 61)}.0',
        'sfid': lambda: to18(sf15(arg or '500')), 'sfid15': lambda: sf15(arg or '500'),
        'guid': lambda: '-'.join(rs(HEX, k) for k in (8, 4, 4, 4, 12)),
        'hex8': lambda: rs(HEX, 8), 'sha': lambda: rs(HEX, 40), 'sha7': lambda: rs(HEX, 7), 'md5': lambda: rs(HEX, 32),
        'reqid': lambda: R.choice([rs(HEX, 16), 'req_' + rs(ALNUM, 14), rs(UPD, 26)]),
        'masked_ssn': lambda: R.choice([f'***-**-{nd(4)}', f'XXX-XX-{nd(4)}', f'xxx-xx-{nd(4)}']),
        'last4': lambda: nd(4),
        'masked': lambda: R.choice(['**** **** **** ' + nd(4), 'XXXX-XXXX-XXXX-' + nd(4), R.choice(['4', '5']) + rs(string.digits, 5) + '******' + nd(4), '•••• ' + nd(4)]),
        'maskacct': lambda: R.choice([f'****{nd(4)}', f'xxxxxx{nd(4)}', f'ending in {nd(4)}', f'GB** **** **** **** **{nd(2)} {nd(2)}']),
        'badluhn': bad_luhn, 'badssn': bad_ssn, 'badphone': lambda: badphone(arg or cc),
        'exp': lambda: f'{R.randint(1, 12):02d}/{R.randint(26, 31)}',
        'agent': lambda: CLOCK.setdefault('agent', R.choice(AGENTS[cc])),
        'product': lambda: R.choice(PRODUCTS), 'state': lambda: R.choice(STATES),
        'cur': lambda: CUR[cc], 'dur': lambda: R.choice([f'{R.randint(2, 59)}m {R.randint(0, 59)}s', f'{R.randint(100, 9000)} ms', f'{R.randint(1, 11)}h{R.randint(0, 59):02d}m', f'PT{R.randint(1, 59)}M']),
        'port': lambda: str(R.choice([8080, 8443, 5432, 6379, 3306, 443])),
        'host': lambda: R.choice(['mw-sync-prod-2', 'sfdc-bridge-01', 'shop-api-3', 'queue-worker-7']),
        'pod': lambda: f'sfsync-{rs(HEX, 9)}-{rs(string.ascii_lowercase + string.digits, 5)}',
        'otp': lambda: f'{R.randint(0, 999999):06d}', 'pin': lambda: f'{R.randint(0, 9999):04d}',
        'size': lambda: R.choice(['XS', 'S', 'M', 'L', 'XL', '8', '10', '12', 'UK 9', 'US 10.5']),
        'color': lambda: R.choice(['navy', 'olive', 'black', 'sand', 'burgundy', 'charcoal']),
        'weight': lambda: f'{R.randint(1, 30)}.{R.randint(0, 9)} kg',
        'shop': lambda: {'US': 'brightcart.com', 'GB': 'brightcart.co.uk', 'CA': 'brightcart.ca', 'AU': 'brightcart.com.au',
                         'IN': 'brightcart.in', 'SG': 'brightcart.sg', 'BR': 'brightcart.com.br'}[cc],
        'userid': lambda: str(R.randint(1000, 99999)),
    }
    if name not in g:
        raise KeyError('unknown filler ' + name)
    return g[name]()


# ------------------------------------------------------------------ pool index (as in probe6)
class PoolIndex:
    SKIP = {'country', 'given', 'surname', 'female', 'addr', 'dl_state', 'dl_stateName'}
    RUN = re.compile(r'(?<![A-Za-z0-9])\d+(?:[ .\-/]\d+)*(?![A-Za-z0-9])')

    def __init__(self, personas):
        self.raw, self.digit_vals = {}, set()
        for p in personas:
            for k, v in p.items():
                if k in self.SKIP or k not in ORIG_KEYS: continue
                if len(v) >= 6:
                    self.raw.setdefault(v[:5], set()).add(v)
                d = re.sub(r'\D', '', v)
                if k.startswith(('dob_', 'phone_')) or len(d) < 8: continue
                if re.fullmatch(r'[\d \-./]+', v): self.digit_vals.add(d)

    def collisions(self, t, spans):
        out = []
        m16 = bytearray(t.encode('utf-16-le'))
        for s in spans:
            for i in range(s['start'], s['end']):
                m16[2 * i:2 * i + 2] = '\x00'.encode('utf-16-le')
        mt = m16.decode('utf-16-le')
        for i in range(len(mt) - 5):
            c = self.raw.get(mt[i:i + 5])
            if c:
                for v in c:
                    if mt.startswith(v, i):
                        out.append(f"unlabeled pool value {v[:50]!r}")
        for m in self.RUN.finditer(mt):
            groups = re.findall(r'\d+', m.group())
            for a in range(len(groups)):
                for b in range(a, len(groups)):
                    d = ''.join(groups[a:b + 1])
                    if d in self.digit_vals: out.append(f"unlabeled pool digits {d}")
        return out


def u16len(s):
    return len(s.encode('utf-16-le')) // 2


def render(g, tpl, cc, personas):
    tpl = CHOICE.sub(lambda m: R.choice(m.group(1).split(';;')), tpl)
    tpl = tpl.replace('\\\\n', '\x00').replace('\\n', '\n').replace('\\t', '\t').replace('\x00', '\\n')
    out, spans, pos, length = [], [], 0, 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit); length += u16len(lit)
        if m.group(1):
            name, k, region, opts = m.group(1), int(m.group(2) or 1), m.group(3) or cc, (m.group(4) or '').split(':')
            opts = [o for o in opts if o]
            p = personas(k)
            val, key = labeled(g, name, p, region, opts, cc)
            spans.append({'start': length, 'end': length + u16len(val), 'entity': ALIAS[name], '_v': val, '_k': key,
                          '_r': region})
        elif m.group(5):
            val = personas(int(m.group(6) or 1))[m.group(5)]
        else:
            val = gen(m.group(7), m.group(8), cc)
        out.append(val); length += u16len(val)
        pos = m.end()
    out.append(tpl[pos:])
    text = ''.join(out)
    assert not re.search(r'\{[A-Z]{2,}[:#@}]|\{[@$][a-z]', text), text
    return text, spans


def load(src):
    out = []
    for line in open(src, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        reps = None
        m = re.match(r'^(\d+)\*', line)
        if m:
            reps, line = int(m.group(1)), line[m.end():]
        m = re.match(r'^([A-Z]{2})\|', line)
        assert m, line
        out.append((m.group(1), reps, line[m.end():]))
    return out


def build(g, pidx, src, dst, prefix, renders, values_out):
    tpls = load(src)
    n, retries = 0, 0
    with open(dst, 'w', encoding='utf-8') as o:
        for ti, (cc, reps, tpl) in enumerate(tpls):
            for r in range(reps or renders):
                for attempt in range(400):
                    reset_clock()
                    cache = {}
                    personas = lambda k: cache[k] if k in cache else cache.setdefault(k, persona(cc))
                    text, spans = render(g, tpl, cc, personas)
                    hits = g.scan(text, spans, REGIONS)
                    if not hits and not pidx.collisions(text, spans):
                        break
                    retries += 1
                else:
                    raise SystemExit(f'cannot render cleanly (template {ti + 1}): {tpl}\n{hits}\n{text}')
                n += 1
                lid = f'{prefix}-{n:04d}'
                rec = {'id': lid, 'text': text,
                       'spans': [{'start': s['start'], 'end': s['end'], 'entity': s['entity']} for s in spans]}
                o.write(json.dumps(rec, ensure_ascii=False) + '\n')
                values_out.write(json.dumps({'id': lid, 'template': ti + 1, 'cc': cc, 'values': [s['_v'] for s in spans],
                                             'keys': [s['_k'] for s in spans], 'regions': [s['_r'] for s in spans]},
                                            ensure_ascii=False) + '\n')
    print(f'{dst}: {n} lines from {len(tpls)} templates ({retries} guard re-renders)')


if __name__ == '__main__':
    rp = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rn = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    g = Guard()
    load_phones(g)
    pidx = PoolIndex(pool)
    with open('probe7.values.jsonl', 'w', encoding='utf-8') as vo:
        build(g, pidx, 'templates_pos7.txt', 'probe7.jsonl', 'p7', rp, vo)
    with open('probe7-negatives.values.jsonl', 'w', encoding='utf-8') as vo:
        build(g, pidx, 'templates_neg7.txt', 'probe7-negatives.jsonl', 'n7', rn, vo)
