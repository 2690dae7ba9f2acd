#!/usr/bin/env python3
"""probe5 composer (adapted from probe3/compose3.py): fills templates_pos5.txt / templates_neg5.txt with valid
values from pool.jsonl (drawn by Pool.java, seed 20261201) and non-PII fillers, and writes probe5.jsonl,
probe5-negatives.jsonl and probe5*.values.jsonl (the inserted value of every span, for check5.py).

Template syntax (one template per line, literal \\n and \\t for line breaks / tabs, '#' comments):
  CC|...                     persona country (default US); CC,CC2 = persona 2 from country CC2
  {ENTITY=key}               labeled value from persona 1; {ENTITY=key@2} from persona 2
  {ENTITY=key|fmt}           ... reformatted (see FMT)
  {@key} / {@key@2}          unlabeled persona field (names, address, state)
  {$gen} / {$gen:arg}        unlabeled filler (order numbers, ids, timestamps, look-alikes)
  [[a;;b;;c]]                one alternative chosen at random per render (may contain tokens; not nested)
Every rendered line is checked by Guard.java: no checksum-valid identifier may appear outside a gold span
(for negatives: anywhere); a flagged line is re-rendered with other values.
Usage: python3 compose5.py [renders_pos=4] [renders_neg=4]
"""
import base64, json, random, re, string, subprocess, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
random.seed(1201)
ENTITIES = ['EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN', 'US_BANK_ACCOUNT', 'ABA_ROUTING',
            'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'DE_TAX_ID',
            'FR_NIR', 'ES_NIF', 'IT_FISCAL_CODE', 'NL_BSN', 'PL_PESEL', 'BR_CPF', 'IN_AADHAAR', 'IN_PAN', 'AU_TFN',
            'SG_NRIC', 'CRYPTO_WALLET', 'SALESFORCE_SESSION_ID', 'AWS_ACCESS_KEY', 'PRIVATE_KEY', 'PASSWORD']
ENT_RE = '|'.join(sorted(ENTITIES, key=len, reverse=True))
TOK = re.compile(r'\{(' + ENT_RE + r')=([A-Za-z0-9_]+)(?:@(\d))?(?:\|([a-z0-9_]+))?\}'
                 r'|\{@([A-Za-z0-9_]+)(?:@(\d))?\}'
                 r'|\{\$([a-z0-9_]+)(?::([^}]*))?\}')

pool = [json.loads(l) for l in open('pool.jsonl')]
by_country = {}
for p in pool:
    by_country.setdefault(p['country'], []).append(p)
cursor = {c: 0 for c in by_country}

MONTHS = {
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
           'novembre', 'dicembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
           'november', 'december'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
           'novembro', 'dezembro'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
           'października', 'listopada', 'grudnia'],
}


def enrich(p):
    y, m, d = (int(x) for x in p['dob_iso'].split('-'))
    p['dob_it_long'] = f"{d} {MONTHS['it'][m - 1]} {y}"
    p['dob_nl_long'] = f"{d} {MONTHS['nl'][m - 1]} {y}"
    p['dob_pt_long'] = f"{d} de {MONTHS['pt'][m - 1]} de {y}"
    p['dob_pl_long'] = f"{d} {MONTHS['pl'][m - 1]} {y}"
    p['dob_iso_slash'] = f"{y}/{m:02d}/{d:02d}"
    p['given_up'] = p['given'].upper()
    p['surname_up'] = p['surname'].upper()
    p['addr_up'] = p['addr'].upper()
    p['fullname'] = p['given'] + ' ' + p['surname']
    p['nato_it'] = 'nata' if p['female'] == 'true' else 'nato'
    p['ne_fr'] = 'née' if p['female'] == 'true' else 'né'
    p['nacido_es'] = 'nacida' if p['female'] == 'true' else 'nacido'
    p['kunde_de'] = 'Kundin' if p['female'] == 'true' else 'Kunde'
    f = p['female'] == 'true'
    p['pron'], p['Pron'] = ('she', 'She') if f else ('he', 'He')
    p['poss'], p['Poss'] = ('her', 'Her') if f else ('his', 'His')
    p['obj'] = 'her' if f else 'him'
    p['title'] = 'Ms.' if f else 'Mr.'
    p['sra'] = 'la Sra.' if f else 'el Sr.'
    p['Sra'] = 'La Sra.' if f else 'El Sr.'
    p['mme'] = 'Mme' if f else 'M.'
    p['frau'] = 'Frau' if f else 'Herr'
    p['first'] = p['given'].split(' ')[0]
    p['child'] = 'daughter' if f else 'son'
    p['sex'] = 'female' if f else 'male'
    p['age'] = str(2025 - y - (1 if (m, d) > (6, 30) else 0))
    ky = 2008 + d % 5          # a school-age child's birth year (DateParser accepts <= 2012)
    p['kid_dob_us'] = f"{m:02d}/{d:02d}/{ky}"
    p['kid_dob_us_long'] = p['dob_us_long'][:-4] + str(ky)
    p['kid_dob_fr'] = f"{d:02d}/{m:02d}/{ky}"
    p['kid_grade'] = str(min(12, 2025 - ky - 5))
    return p


ORIG_KEYS = set(pool[0])
for p in pool:
    enrich(p)


def persona(cc):
    lst = by_country[cc]
    p = lst[cursor[cc] % len(lst)]
    cursor[cc] += 1
    return p


def grp(d, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(d[i:i + k]); i += k
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def fmt(v, f):
    if not f:
        return v
    digits = re.sub(r'\D', '', v)
    plain = re.sub(r'[^0-9A-Za-z]', '', v)
    table = {
        'digits': lambda: digits,
        'plain': lambda: plain,
        'ssn_dash': lambda: grp(digits, [3, 2, 4], '-'),
        'ssn_sp': lambda: grp(digits, [3, 2, 4], ' '),
        'ssn_plain': lambda: digits,
        'g333': lambda: grp(digits, [3, 3, 3], ' '),
        'g333d': lambda: grp(digits, [3, 3, 3], '-'),
        'g334': lambda: grp(digits, [3, 3, 4], ' '),
        'g334d': lambda: grp(digits, [3, 3, 4], '-'),
        'g444': lambda: grp(digits, [4, 4, 4], ' '),
        'g444d': lambda: grp(digits, [4, 4, 4], '-'),
        'cpf_fmt': lambda: f'{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}',
        'nir_sp': lambda: grp(digits, [1, 2, 2, 2, 3, 3, 2], ' '),
        'nir_plain': lambda: digits,
        'detax_sp': lambda: grp(digits, [2, 3, 3, 3], ' '),
        'bsn_dot': lambda: f'{digits[:4]}.{digits[4:6]}.{digits[6:]}',
        'nino_sp': lambda: f'{plain[:2]} {plain[2:4]} {plain[4:6]} {plain[6:8]} {plain[8]}',
        'nino_compact': lambda: plain,
        'nif_dash': lambda: plain[:-1] + '-' + plain[-1],
        'lower': lambda: v.lower(),
        'upper': lambda: v.upper(),
        'e164': lambda: ('+' + digits) if v.startswith('+') else ('+1' + digits if len(digits) == 10 else
                                                                  ('+' + digits if digits[0] == '1' else v)),
        'indent4': lambda: v.replace('\n', '\n    '),
        'indent6': lambda: v.replace('\n', '\n      '),
        'escnl': lambda: v.replace('\n', '\\n'),
        'sp4': lambda: ' '.join(plain[i:i + 4] for i in range(0, len(plain), 4)),
        # NANP (US/CA) phone writings
        'us_dash': lambda: nanp(digits, 'dash'), 'us_paren': lambda: nanp(digits, 'paren'),
        'us_dot': lambda: nanp(digits, 'dot'), 'us_plus1sp': lambda: nanp(digits, 'plus1sp'),
        'us_1dash': lambda: nanp(digits, '1dash'), 'us_plain': lambda: nanp(digits, 'plain'),
        'us_e164': lambda: nanp(digits, 'e164'), 'us_plus1paren': lambda: nanp(digits, 'plus1paren'),
        'us_plus1dash': lambda: nanp(digits, 'plus1dash'),
        'us_any': lambda: nanp(digits, R.choice(['dash'] * 5 + ['paren'] * 5 + ['dot'] * 2 + ['plus1sp'] * 2 +
                                                ['1dash'] * 2 + ['plain', 'e164', 'plus1paren', 'plus1dash'])),
        'ssn_any': lambda: R.choice([grp(digits, [3, 2, 4], '-')] * 7 + [grp(digits, [3, 2, 4], ' '), digits]),
        'card_any': lambda: R.choice([card_fmt(digits, ' ')] * 5 + [digits] * 3 + [card_fmt(digits, '-')] * 2),
        'ibanp4': lambda: ' '.join(plain[i:i + 4] for i in range(0, len(plain), 4)),
    }
    return table[f]()


def nanp(d, style):
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    a, b, c = d[:3], d[3:6], d[6:]
    return {'dash': f'{a}-{b}-{c}', 'paren': f'({a}) {b}-{c}', 'dot': f'{a}.{b}.{c}',
            'plus1sp': f'+1 {a} {b} {c}', '1dash': f'1-{a}-{b}-{c}', 'plain': d, 'e164': f'+1{d}',
            'plus1paren': f'+1 ({a}) {b}-{c}', 'plus1dash': f'+1-{a}-{b}-{c}'}[style]


def card_fmt(d, sep):
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5]}.get(len(d), [4] * ((len(d) + 3) // 4))
    return grp(d, sizes, sep)


# ---------------------------------------------------------------- fillers (never PII; guard re-checks)
R = random.Random(20261201)
ALNUM = string.ascii_letters + string.digits
UP = string.ascii_uppercase
UPD = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'


def rs(chars, n):
    return ''.join(R.choice(chars) for _ in range(n))


def nd(n):
    return str(R.randint(1, 9)) + rs(string.digits, n - 1)


def sf15(prefix):
    return prefix + R.choice(['5g', '8W', 'Hn', '1N', '7Q', '4x', '09', 'Ae']) + '0000' + rs(ALNUM, 15 - len(prefix) - 6)


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


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(payload):
    for c in '0123456789':
        if luhn_ok(payload + c):
            return payload + c


def gs1(payload):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(payload)))
    return payload + str((10 - s % 10) % 10)


def ups():
    body = rs(UPD, 6) + R.choice(['01', '02', '03', '12', '13']) + rs(string.digits, 7)
    s = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else (ord(c) - 63) % 10
        s += 2 * v if i % 2 == 1 else v
    return '1Z' + body + str((10 - s % 10) % 10)


def fedex():
    first = nd(11)
    w = [1, 7, 3]
    s = sum(int(first[10 - i]) * w[i % 3] for i in range(11))
    return first + str((s % 11) % 10)


def iban_mod(s):
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97


def bad_iban():
    cc, n = R.choice([('DE', 18), ('FR', 23), ('NL', None), ('ES', 20), ('IT', None), ('AT', 16)])
    while True:
        if cc == 'NL':
            b = 'NL' + f'{R.randint(10, 99)}' + R.choice(['ABNA', 'INGB', 'RABO']) + rs(string.digits, 10)
        elif cc == 'IT':
            b = 'IT' + f'{R.randint(10, 99)}' + R.choice(UP) + rs(string.digits, 22)
        else:
            b = cc + f'{R.randint(10, 99)}' + rs(string.digits, n)
        if iban_mod(b) != 1:
            return ' '.join(b[i:i + 4] for i in range(0, len(b), 4)) if R.random() < 0.6 else b


def bad_luhn():
    while True:
        d = R.choice(['4', '51', '52', '53', '54', '55']) + rs(string.digits, 15)
        d = d[:16]
        if not luhn_ok(d):
            return ' '.join(d[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else d


def gift16():
    while True:
        d = R.choice(['6035', '6006', '7777', '6091', '6363', '8012']) + rs(string.digits, 12)
        return ' '.join(d[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else d


def badphone():
    a = R.choice(['0', '1']) + rs(string.digits, 2)
    return R.choice([f'{a}-{nd(3)}-{rs(string.digits, 4)}', f'{a}.{nd(3)}.{rs(string.digits, 4)}'])


def b64_lines(n=6, w=64, nl='\n'):
    return nl.join(rs(B64, w) for _ in range(n)) + nl + rs(B64, R.randint(10, 60)) + '='



CLOCK = {}


def reset_clock():
    import datetime as dt
    CLOCK['t'] = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=R.randint(0, 700 * 86400))


def tick(name):
    """Times advance by seconds, dates by days, within one rendered line (so logs read in order)."""
    import datetime as dt
    if name in ('date', 'date_de', 'date_us', 'date_uk', 'year', 'period'):
        CLOCK['t'] += dt.timedelta(days=R.choice([0, 0, 1, 2, 3, 7, 14, 30]))
    else:
        CLOCK['t'] += dt.timedelta(seconds=R.randint(0, 90), milliseconds=R.randint(0, 999))
    return CLOCK['t']


def gen(name, arg):
    t = tick(name)
    mon, day, yr = t.month, t.day, t.year
    hh, mm, ss = t.hour, t.minute, t.second
    g = {
        'n': lambda: str(R.randint(2, 9)),
        'n2': lambda: str(R.randint(10, 99)),
        'n3': lambda: str(R.randint(100, 999)),
        'n4': lambda: nd(4), 'n5': lambda: nd(5), 'n6': lambda: nd(6), 'n7': lambda: nd(7),
        'n11': lambda: nd(11),
        'qty': lambda: str(R.randint(1, 250)),
        'ms': lambda: str(R.randint(40, 9000)),
        'zip': lambda: f'{R.randint(10001, 98999):05d}',
        'ts': lambda: f'{yr}-{mon:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{t.microsecond // 1000:03d}Z',
        'ts_sp': lambda: f'{yr}-{mon:02d}-{day:02d} {hh:02d}:{mm:02d}:{ss:02d}',
        'ts_compact': lambda: f'{yr}{mon:02d}{day:02d}{hh:02d}{mm:02d}{ss:02d}.{t.microsecond // 1000:03d}',
        'clf': lambda: f'{day:02d}/{["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"][mon-1]}/{yr}:{hh:02d}:{mm:02d}:{ss:02d} +0000',
        'apexts': lambda: f'{hh:02d}:{mm:02d}:{ss:02d}.{t.microsecond // 1000:03d} ({R.randint(1000000, 99999999)})',
        'time': lambda: f'{hh:02d}:{mm:02d}',
        'date': lambda: f'{yr}-{mon:02d}-{day:02d}',
        'date_de': lambda: f'{day:02d}.{mon:02d}.{yr}',
        'date_us': lambda: f'{mon:02d}/{day:02d}/{yr}',
        'date_uk': lambda: f'{day:02d}/{mon:02d}/{yr}',
        'year': lambda: str(yr),
        'period': lambda: f'{yr}-{mon:02d}',
        'epoch_ms': lambda: str(int((t - __import__('datetime').datetime(1970, 1, 1)).total_seconds() * 1000)),
        'epoch': lambda: str(int((t - __import__('datetime').datetime(1970, 1, 1)).total_seconds())),
        'order': lambda: R.choice([f'#{R.randint(10000, 99999)}', f'SO-{nd(6)}', f'WEB-{yr}-{nd(6)}',
                                   f'#{R.randint(1001, 9999)}', f'ORD-{nd(7)}', f'A{nd(6)}-{R.randint(1, 9)}']),
        'inv': lambda: R.choice([f'INV-{yr}-{nd(5)}', f'RE-{nd(6)}', f'FA{yr}-{nd(5)}', f'INV{nd(6)}']),
        'sku': lambda: R.choice(['TSH', 'SWT', 'JKT', 'BAG', 'SHO', 'CAP', 'MUG']) + '-' +
                       R.choice(['BLK', 'NVY', 'RED', 'OLV', 'WHT']) + '-' + R.choice(['XS', 'S', 'M', 'L', 'XL']) +
                       '-' + f'{R.randint(1, 999):04d}',
        'amt': lambda: f'{R.randint(5, 1900)}.{R.choice(["00", "50", "90", "95", "99", "49"])}',
        'amt_eu': lambda: f'{R.randint(5, 1900)},{R.choice(["00", "50", "90", "95", "99", "49"])}',
        'sfid': lambda: to18(sf15(arg or '001')),
        'sfid15': lambda: sf15(arg or '001'),
        'orgid': lambda: '00D' + R.choice(['5g', '8W', 'Hn', '1N']) + '00000' + str(R.randint(0, 9)) + rs(ALNUM, 4),
        'guid': lambda: '-'.join(rs(HEX, k) for k in (8, 4, 4, 4, 12)),
        'sha': lambda: rs(HEX, 40), 'sha7': lambda: rs(HEX, 7),
        'hex16': lambda: rs(HEX, 16), 'hex22': lambda: rs(ALNUM, 22), 'hex32': lambda: rs(HEX, 32),
        'hex64': lambda: rs(HEX, 64), 'hex64_0x': lambda: '0x' + rs(HEX, 64),
        'alnum24': lambda: rs(ALNUM, 24),
        'ups': ups, 'fedex': fedex,
        'dhl': lambda: R.choice(['JJD', 'JVGL']) + '00' + rs(string.digits, 16) if R.random() < 0.5 else
                       '00340434' + rs(string.digits, 12),
        'ean': lambda: (lambda p: gs1(p + rs(string.digits, 12 - len(p))))(
            R.choice(['400', '401', '426', '50', '300', '84', '800', '87', '590'])),
        'upc': lambda: gs1('0' + rs(string.digits, 10)),
        'isbn': lambda: (lambda d: f'{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{d[12]}')(gs1('978' + rs(string.digits, 9))),
        'imei': lambda: luhn_complete(R.choice(['35', '86', '01', '99']) + rs(string.digits, 12)),
        'gift': lambda: 'GC-' + '-'.join(rs('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4) for _ in range(3)),
        'coupon': lambda: R.choice(['SPRING', 'WELCOME', 'BDAY', 'SUMMER', 'VIP', 'FREESHIP', 'HELLO']) + str(R.choice([10, 15, 20, 25, 30])),
        'ver': lambda: f'{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 20)}',
        'ver4': lambda: f'{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(1, 9)}',
        'masked': lambda: R.choice([lambda: R.choice(['411111', '424242', '545454', '510510']) + '******' + rs(string.digits, 4),
                                    lambda: '**** **** **** ' + rs(string.digits, 4),
                                    lambda: 'XXXX-XXXX-XXXX-' + rs(string.digits, 4),
                                    lambda: '•••• ' + rs(string.digits, 4)])(),
        'last4': lambda: rs(string.digits, 4),
        'exp': lambda: f'{R.randint(1, 12):02d}/{R.randint(26, 31)}',
        'badluhn': bad_luhn, 'badiban': bad_iban,
        'b64lines': lambda: b64_lines(R.randint(4, 9)),
        'b64lines_esc': lambda: b64_lines(R.randint(4, 9), nl='\\n'),
        'case': lambda: f'{R.randint(10000, 999999):08d}',
        'ticket': lambda: R.choice([f'CS-{nd(5)}', f'ZD#{nd(6)}', f'SUP-{nd(4)}', f'INC{nd(7)}']),
        'ticket_n': lambda: nd(6),
        'rma': lambda: f'RMA-{nd(6)}', 'rfd': lambda: f're_{rs(ALNUM, 24)}',
        'authcode': lambda: rs(UPD, 6), 'pspref': lambda: rs(UPD, 16),
        'mydomain': lambda: R.choice(['acme-shop', 'nordwind-store', 'lumen-retail', 'bluefin-outdoor', 'casa-verde-shop']),
        'company': lambda: R.choice(['Sharma Traders', 'Bluefin Outdoor', 'Kavya Textiles', 'Nordwind GmbH', 'Verde Ltda']),
        'brand': lambda: R.choice(['Visa', 'Mastercard', 'American Express', 'Discover', 'JCB']),
        'salut': lambda: R.choice(['Mr.', 'Ms.', 'Mrs.', 'Dr.']),
        'mandate': lambda: f'SHOP-{nd(7)}',
        'usi': lambda: R.choice(['STA0100AU', 'AUS0100AU', 'HOS0100AU', 'UNI0100AU']),
        'wt': lambda: f'{R.randint(1, 40)}.{R.randint(0, 9)}',
        'hs': lambda: f'{R.randint(4000, 9700)}.{R.randint(10, 99)}.{R.randint(10, 99)}',
        'pod': lambda: f'shop-api-{rs(HEX, 9)}-{rs(string.ascii_lowercase + string.digits, 5)}',
        'port': lambda: str(R.choice([8080, 8443, 5432, 6379, 3306])),
        # probe5 fillers (benchmark-style non-PII numbers)
        'flight': lambda: R.choice(['UA', 'DL', 'AA', 'BA', 'LH', 'AF', 'IB', 'WN', 'AS', 'B6', 'SQ', 'QF', 'AC', 'EK']) +
                          R.choice(['', ' ']) + str(R.randint(12, 2999)),
        'seat': lambda: str(R.randint(1, 42)) + R.choice('ABCDEF'),
        'gate': lambda: R.choice('ABCDEFG') + str(R.randint(1, 48)),
        'pnr': lambda: ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(2)) + rs('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4),
        'conf9': lambda: nd(9), 'conf10': lambda: nd(10), 'conf8': lambda: nd(8), 'conf12': lambda: nd(12),
        'policy': lambda: R.choice([f'POL-{nd(7)}', f'HO{nd(8)}', f'AUT-{nd(4)}-{nd(4)}', f'LP{nd(6)}-0{R.randint(1, 9)}']),
        'claim': lambda: R.choice([f'CLM-{yr}-{nd(6)}', f'CL{nd(9)}', f'{nd(2)}-{nd(5)}-C']),
        'usps': lambda: '9400 1' + ' '.join(rs(string.digits, 4) for _ in range(4)) + ' ' + rs(string.digits, 2),
        'gift16': gift16,
        'masked_ssn': lambda: R.choice(['***-**-', 'XXX-XX-', 'xxx-xx-', '•••-••-']) + rs(string.digits, 4),
        'masked_acct': lambda: R.choice(['****', 'xxxx', '...', 'ending in ']) + rs(string.digits, 4),
        'room': lambda: str(R.randint(101, 1299)),
        'disc': lambda: f'{R.choice([10, 15, 20, 25, 30, 40, 50])}%',
        'pct': lambda: f'{R.randint(1, 99)}{R.choice(["", ".5", ".25", ".9"])}%',
        'badphone': badphone,
        'rx': lambda: f'RX{nd(7)}', 'mrn_fake': lambda: f'ENC-{nd(6)}',
        'lot': lambda: f'LOT {rs(UP, 2)}{nd(5)}',
        'serial': lambda: rs(UP, 3) + nd(7),
        'vin_like': lambda: rs('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17),
        'temp': lambda: f'{R.randint(96, 102)}.{R.randint(0, 9)}',
        'bp': lambda: f'{R.randint(100, 150)}/{R.randint(60, 95)}',
        'kg': lambda: str(R.randint(48, 120)),
        'miles': lambda: f'{R.randint(1, 99)},{R.randint(100, 999)}',
        'court': lambda: f'{yr % 100}-CV-{nd(5)}',
        'incident': lambda: f'{yr % 100:02d}-{nd(6)}',
        'course': lambda: R.choice(['MATH', 'BIO', 'CHEM', 'HIST', 'ENG', 'CS', 'ECON']) + ' ' + str(R.randint(101, 499)),
        'grade': lambda: str(R.randint(1, 12)),
        'score': lambda: str(R.randint(55, 100)),
        'unit': lambda: R.choice(['Apt ', 'Unit ', 'Suite ', '#']) + str(R.randint(1, 40)) + R.choice(['', 'B', 'C']),
        'tkt13': lambda: R.choice(['016', '006', '001', '125', '220', '057']) + nd(10),
        'cur': lambda: R.choice(['$', '€', '£']),
        'dur': lambda: f'{R.randint(1, 14)} {R.choice(["days", "weeks", "business days", "hours"])}',
        'ext': lambda: str(R.randint(100, 4999)),
    }
    if name not in g:
        raise KeyError('unknown filler ' + name)
    return g[name]()


class PoolIndex:
    """Every labeled-entity value of every persona in pool.jsonl, as written (>= 6 chars) and as bare digits
    (>= 8 digits, digit-only values except dates and phones). collisions() lists those found outside the spans."""
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
        masked16 = bytearray(t.encode('utf-16-le'))
        for s in spans:
            for i in range(s['start'], s['end']):
                masked16[2 * i:2 * i + 2] = '\x00'.encode('utf-16-le')
        mt = masked16.decode('utf-16-le')
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


CHOICE = re.compile(r'\[\[(.*?)\]\]')


def render(tpl, personas):
    tpl = CHOICE.sub(lambda m: R.choice(m.group(1).split(';;')), tpl)
    tpl = tpl.replace('\\\\n', '\x00').replace('\\n', '\n').replace('\\t', '\t').replace('\\r', '\r')
    tpl = tpl.replace('\x00', '\\n')  # a doubled backslash before n keeps a literal backslash-n (JSON)
    out, spans, pos, length = [], [], 0, 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit); length += u16len(lit)
        if m.group(1):
            ent, key, who, f = m.group(1), m.group(2), int(m.group(3) or 1), m.group(4)
            val = fmt(personas[who - 1][key], f)
            spans.append({'start': length, 'end': length + u16len(val), 'entity': ent, '_v': val, '_k': key})
        elif m.group(5):
            val = personas[int(m.group(6) or 1) - 1][m.group(5)]
        else:
            val = gen(m.group(7), m.group(8))
        out.append(val); length += u16len(val)
        pos = m.end()
    out.append(tpl[pos:])
    text = ''.join(out)
    assert not re.search(r'\{(?:' + ENT_RE + r')[=~]|\{[@$][a-z]', text), text
    u16 = text.encode('utf-16-le')
    for s in spans:
        assert u16[2 * s['start']:2 * s['end']].decode('utf-16-le') == s['_v'], (tpl, s)
    return text, spans


class Guard:
    def __init__(self):
        import glob
        pn = glob.glob(os.path.expanduser('~/.m2/repository/com/googlecode/libphonenumber/libphonenumber/*/libphonenumber-*.jar'))[0]
        cp = 'build:lib/classes:' + pn
        self.p = subprocess.Popen(['java', '-cp', cp, 'Guard'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True, encoding='utf-8')

    def scan(self, text, spans, regions=()):
        # Java indices are UTF-16 units, same as our spans
        b = base64.b64encode(text.encode('utf-8')).decode()
        sp = ','.join(f"{s['start']}-{s['end']}" for s in spans)
        self.p.stdin.write(f'S\t{b}\t{sp}\t{",".join(regions)}\n'); self.p.stdin.flush()
        line = self.p.stdout.readline().rstrip('\n')
        hits = []
        for h in filter(None, line.split(';')):
            e, s, t, v = h.split('|')
            hits.append((e, int(s), int(t), base64.b64decode(v).decode('utf-8')))
        return hits

    def valid(self, ent, v):
        b = base64.b64encode(v.encode('utf-8')).decode()
        self.p.stdin.write(f'V\t{ent}\t{b}\n'); self.p.stdin.flush()
        return self.p.stdout.readline().strip() == '1'

    def phone_valid(self, region, v):
        b = base64.b64encode(v.encode('utf-8')).decode()
        self.p.stdin.write(f'P\t{region}\t{b}\n'); self.p.stdin.flush()
        return self.p.stdout.readline().strip() == '1'


ALL_REGIONS = ['US', 'CA', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'BR', 'IN', 'AU', 'SG']


def load(src):
    """Template line: [N*][CC[,CC2]|]text   (N = renders for this template, default: command line)."""
    out = []
    for line in open(src, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        reps = None
        m = re.match(r'^(\d+)\*', line)
        if m:
            reps, line = int(m.group(1)), line[m.end():]
        cc, cc2 = 'US', None
        m = re.match(r'^([A-Z]{2})(?:,([A-Z]{2}))?\|', line)
        if m:
            cc, cc2, line = m.group(1), m.group(2), line[m.end():]
        out.append((cc, cc2 or cc, reps, line))
    return out


def regions_for(cc, cc2, negative):
    """Regions in which libphonenumber looks for unlabeled valid phone numbers (the line's countries, US, and GB
    for negatives)."""
    if negative:
        return sorted({'US', 'GB', cc})
    return sorted({'US', cc, cc2})


def build(src, dst, prefix, renders, guard, values_out=None, negative=False):
    tpls = load(src)
    n, retries = 0, 0
    with open(dst, 'w', encoding='utf-8') as o:
        for ti, (cc, cc2, reps, tpl) in enumerate(tpls):
            for r in range(reps or renders):
                regions = regions_for(cc, cc2, negative)
                for attempt in range(300):
                    reset_clock()
                    personas = [persona(cc), persona(cc2) if '@2' in tpl else None]
                    text, spans = render(tpl, personas)
                    hits = guard.scan(text, spans, regions)
                    bad = [s for s in spans if s['entity'] == 'PHONE' and
                           not guard.phone_valid(s['_k'].split('_')[1], s['_v'])]
                    if not hits and not bad and not PIDX.collisions(text, spans):
                        break
                    retries += 1
                else:
                    raise SystemExit(f'cannot render cleanly: {tpl}\n{hits}\n{text}')
                n += 1
                lid = f'{prefix}-{n:04d}'
                rec = {'id': lid, 'text': text,
                       'spans': [{'start': s['start'], 'end': s['end'], 'entity': s['entity']} for s in spans]}
                o.write(json.dumps(rec, ensure_ascii=False) + '\n')
                if values_out is not None:
                    values_out.write(json.dumps({'id': lid, 'template': ti + 1, 'values': [s['_v'] for s in spans],
                                                 'keys': [s['_k'] for s in spans], 'regions': regions},
                                                ensure_ascii=False) + '\n')
    print(f'{dst}: {n} lines from {len(tpls)} templates ({retries} guard re-renders)')


if __name__ == '__main__':
    rp = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rn = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    g = Guard()
    PIDX = PoolIndex(pool)
    with open('probe5.values.jsonl', 'w', encoding='utf-8') as vo:
        build('templates_pos5.txt', 'probe5.jsonl', 'p5', rp, g, vo)
    with open('probe5-negatives.values.jsonl', 'w', encoding='utf-8') as vo:
        build('templates_neg5.txt', 'probe5-negatives.jsonl', 'n5', rn, g, vo, negative=True)
