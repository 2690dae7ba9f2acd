#!/usr/bin/env python3
"""probe6 composer (structure adapted from probe5/compose5.py). Fills templates_pos6.txt / templates_neg6.txt with
valid values from pool.jsonl (Pool.java, seed 20261202, 8000 personas) and non-PII fillers, and writes probe6.jsonl,
probe6-negatives.jsonl and probe6*.values.jsonl (inserted value, kind and region of every span, used by check6.py).

Template line:  [N*]CC|text      CC = line country (DE FR ES IT NL PT PL GB US): personas, phones, IBANs, formats.
  Labeled tokens  {NAME[#k][@RR][:opt[:opt2]]}   k = persona number in the line (default 1), RR = other country
     PHONE[:m|f|any][:nat|intl]   EMAIL[:2][:lower|upper]   DOB:fmt   IBAN[:p|c]   CARD[:sp|plain|dash]
     IP[:4|priv|6|any]  DETAX[:sp|plain]  NIR[:sp|plain]  NIF  CF  BSN[:plain|dot|sp]  PESEL  PW[:2]  AWS
     PEM[:flat|esc]  SFSID  SSN  NINO
  Unlabeled       {@field[#k]}  (given surname full addr Given_up Surname_up ...)   {$filler[:arg]}
  Choices         [[a;;b;;c]]   (one at random, may hold tokens, not nested)
A rendered line is re-drawn (other values) while Guard6 finds an unlabeled valid value (checksum id, e-mail, IP,
card, key, session id, or a phone valid in DE FR ES IT NL PT PL GB US) or a pool value outside the spans.
Usage: python3 compose6.py [renders_pos=3] [renders_neg=3]
"""
import base64, glob, json, os, random, re, string, subprocess, sys, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
ENTITIES = ['EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN', 'US_BANK_ACCOUNT', 'ABA_ROUTING',
            'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'DE_TAX_ID',
            'FR_NIR', 'ES_NIF', 'IT_FISCAL_CODE', 'NL_BSN', 'PL_PESEL', 'BR_CPF', 'IN_AADHAAR', 'IN_PAN', 'AU_TFN',
            'SG_NRIC', 'CRYPTO_WALLET', 'SALESFORCE_SESSION_ID', 'AWS_ACCESS_KEY', 'PRIVATE_KEY', 'PASSWORD']
ALIAS = {'PHONE': 'PHONE', 'EMAIL': 'EMAIL', 'DOB': 'DATE_OF_BIRTH', 'IBAN': 'IBAN', 'CARD': 'CREDIT_CARD',
         'IP': 'IP_ADDRESS', 'DETAX': 'DE_TAX_ID', 'NIR': 'FR_NIR', 'NIF': 'ES_NIF', 'CF': 'IT_FISCAL_CODE',
         'BSN': 'NL_BSN', 'PESEL': 'PL_PESEL', 'PW': 'PASSWORD', 'AWS': 'AWS_ACCESS_KEY', 'PEM': 'PRIVATE_KEY',
         'SFSID': 'SALESFORCE_SESSION_ID', 'SSN': 'US_SSN', 'NINO': 'UK_NINO'}
REGIONS = ['DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'PL', 'GB', 'US']
TOK = re.compile(r'\{(' + '|'.join(sorted(ALIAS, key=len, reverse=True)) + r')(?:#(\d))?(?:@([A-Z]{2}))?(?::([A-Za-z0-9_:]+))?\}'
                 r'|\{@([A-Za-z_]+)(?:#(\d))?\}'
                 r'|\{\$([a-z0-9_]+)(?::([^}]*))?\}')
CHOICE = re.compile(r'\[\[(.*?)\]\]')
R = random.Random(20261202)

MONTHS = {
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}

# ------------------------------------------------------------------ pool and personas
pool = [json.loads(l) for l in open('pool.jsonl', encoding='utf-8')]
ORIG_KEYS = set(pool[0])
by_country = {}
for p in pool:
    by_country.setdefault(p['country'], []).append(p)

PT_GIVEN = [('João', 0), ('Ana', 1), ('Maria', 1), ('Pedro', 0), ('Rita', 1), ('Tiago', 0), ('Inês', 1), ('Miguel', 0),
            ('Beatriz', 1), ('Rui', 0), ('Catarina', 1), ('Luís', 0), ('Sofia', 1), ('Carlos', 0), ('Mariana', 1),
            ('Diogo', 0), ('Joana', 1), ('Nuno', 0), ('Filipa', 1), ('Gonçalo', 0)]
PT_SUR = ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes',
          'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Almeida', 'Ribeiro', 'Carvalho', 'Teixeira', 'Moreira', 'Correia']
PT_STREET = ['Rua Augusta', 'Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua do Carmo', 'Rua Direita',
             'Avenida dos Aliados', 'Rua Cândido dos Reis', 'Travessa do Almada']
PT_CITY = [('1100', 'Lisboa'), ('4000', 'Porto'), ('3000', 'Coimbra'), ('4700', 'Braga'), ('8000', 'Faro'),
           ('2750', 'Cascais'), ('3800', 'Aveiro')]
PR = random.Random(2026120202)


def ascii_fold(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def pt_persona(base):
    p = dict(base)
    g, fem = PR.choice(PT_GIVEN)
    s1, s2 = PR.sample(PT_SUR, 2)
    p['given'], p['surname'], p['female'] = g, f'{s1} {s2}', 'true' if fem else 'false'
    pc, city = PR.choice(PT_CITY)
    p['addr'] = f'{PR.choice(PT_STREET)} {PR.randint(1, 240)}, {pc}-{PR.randint(1, 999):03d} {city}'
    a, b = ascii_fold(g).lower(), ascii_fold(s2).lower()
    p['email'] = PR.choice([f'{a}.{b}', f'{a}{b}{PR.randint(1, 99)}', f'{a[0]}{b}', f'{a}_{b}']) + '@' + \
        PR.choice(['sapo.pt', 'gmail.com', 'hotmail.com', 'outlook.pt', 'netcabo.pt', 'clix.pt'])
    g2, s3 = ascii_fold(PR.choice(PT_GIVEN)[0]).lower(), ascii_fold(PR.choice(PT_SUR)).lower()
    p['email2'] = f'{g2}.{s3}@' + PR.choice(['sapo.pt', 'gmail.com', 'iol.pt'])
    p['country'] = 'PT'
    return p


def enrich(p):
    y, m, d = (int(x) for x in p['dob_iso'].split('-'))
    p['_ymd'] = (y, m, d)
    f = p['female'] == 'true'
    p['full'] = p['given'] + ' ' + p['surname']
    p['Given_up'] = p['given'].upper()
    p['Surname_up'] = p['surname'].upper()
    p['first'] = p['given'].split(' ')[0]
    p['frau'] = 'Frau' if f else 'Herr'
    p['mme'] = 'Mme' if f else 'M.'
    p['sra'] = 'Sra.' if f else 'Sr.'
    p['sig'] = 'Sig.ra' if f else 'Sig.'
    p['mevr'] = 'mevrouw' if f else 'meneer'
    p['pani'] = 'Pani' if f else 'Pan'
    p['pt_sr'] = 'Sra.' if f else 'Sr.'
    p['ne'] = 'née' if f else 'né'
    p['nacido'] = 'nacida' if f else 'nacido'
    p['nato'] = 'nata' if f else 'nato'
    p['nascido'] = 'nascida' if f else 'nascido'
    p['urodz'] = 'urodzona' if f else 'urodzony'
    p['kunde'] = 'Kundin' if f else 'Kunde'
    p['Kunde'] = 'Die Kundin' if f else 'Der Kunde'
    p['client'] = 'la cliente' if f else 'le client'
    p['cliente_es'] = 'la clienta' if f else 'el cliente'
    p['pron_en'] = 'she' if f else 'he'
    p['poss_en'] = 'her' if f else 'his'
    p['mr'] = 'Ms' if f else 'Mr'
    p['city'] = p['addr'].split(' ')[-1]
    p['user'] = ascii_fold(p['given'][0] + p['surname'].split(' ')[0]).lower()
    return p


for p in pool:
    enrich(p)
cursor = {}


def persona(cc):
    src = {'PT': 'ES', 'US': 'US', 'GB': 'GB'}.get(cc, cc)
    lst = by_country[src]
    i = cursor.get(cc, 0)
    cursor[cc] = i + 1
    j = (i * 13) % len(lst)                 # 13 is coprime with 615 and 616: every persona before any repeats
    p = lst[len(lst) - 1 - j] if cc == 'PT' else lst[j]   # PT walks the ES personas from the other end
    return enrich(pt_persona(p)) if cc == 'PT' else p


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


CC_CODE = {'DE': '49', 'FR': '33', 'ES': '34', 'IT': '39', 'NL': '31', 'PT': '351', 'PL': '48', 'GB': '44', 'US': '1'}


def phone_styles(region, typ, nsn, ndc, nat, intl, mode):
    """(national, international) writings as people in the region write them."""
    c = CC_CODE[region]
    a, s = nsn[:ndc], nsn[ndc:]
    N, I = [nat], [intl]
    if region == 'DE':
        N += [f'0{a} {s}', f'0{a}/{s}', f'0{a}-{s}', f'0{a}/{s}', f'(0{a}) {s}', f'0{nsn}', f'0{a} {grp(s, [3, 2, 2, 2])}' if len(s) >= 7 else f'0{a} {s}']
        I += [f'+49 {a} {s}', f'+49 (0){a} {s}', f'+49 (0) {a} {s}', f'+49{nsn}', f'0049 {a} {s}', f'+49-{a}-{s}']
    elif region == 'FR':
        N += [f'0{grp(nsn, [1, 2, 2, 2, 2])}', f'0{grp(nsn, [1, 2, 2, 2, 2], ".")}', f'0{nsn}', f'0{grp(nsn, [1, 2, 2, 2, 2], "-")}']
        I += [f'+33 {grp(nsn, [1, 2, 2, 2, 2])}', f'+33 (0){grp(nsn, [1, 2, 2, 2, 2])}', f'+33{nsn}', f'0033 {grp(nsn, [1, 2, 2, 2, 2])}', f'+33 {grp(nsn, [1, 2, 2, 2, 2], ".")}']
    elif region == 'ES':
        N += [grp(nsn, [3, 2, 2, 2]), grp(nsn, [3, 3, 3]), nsn]
        if typ == 'FIXED_LINE':
            N += [grp(nsn, [2, 3, 2, 2])]
        I += [f'+34 {grp(nsn, [3, 2, 2, 2])}', f'+34 {grp(nsn, [3, 3, 3])}', f'+34{nsn}', f'0034 {grp(nsn, [3, 3, 3])}', f'(+34) {grp(nsn, [3, 3, 3])}']
    elif region == 'IT':
        if nsn.startswith('3'):
            N += [grp(nsn, [3, 3, 4]), grp(nsn, [3, 7]), nsn, f'{nsn[:3]}-{nsn[3:]}', f'{nsn[:3]}/{nsn[3:]}', f'{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}']
            I += [f'+39 {grp(nsn, [3, 3, 4])}', f'+39 {nsn}', f'+39{nsn}', f'0039 {grp(nsn, [3, 7])}', f'+39 {grp(nsn, [3, 7])}']
        else:
            N += [f'{a} {s}', f'{a}-{s}', f'{a}/{s}', nsn]
            I += [f'+39 {a} {s}', f'+39 {nsn}', f'0039 {a} {s}']
    elif region == 'NL':
        if nsn.startswith('6'):
            N += [f'06-{nsn[1:]}', f'06 {nsn[1:]}', f'06 {grp(nsn[1:], [4, 4])}', f'06 {grp(nsn[1:], [2, 2, 2, 2])}', f'0{nsn}', f'06-{nsn[1:]}']
            I += [f'+31 6 {nsn[1:]}', f'+31 (0)6 {grp(nsn[1:], [4, 4])}', f'+31{nsn}', f'0031 6 {nsn[1:]}', f'+31 6 {grp(nsn[1:], [2, 2, 2, 2])}']
        else:
            N += [f'0{a}-{s}', f'0{a} {s}', f'(0{a}) {s}', f'0{nsn}']
            I += [f'+31 {a} {s}', f'+31 (0){a} {s}', f'+31{nsn}']
    elif region == 'PT':
        N += [grp(nsn, [3, 3, 3]), nsn] + ([f'{nsn[:2]} {grp(nsn[2:], [3, 4])}'] if typ == 'FIXED_LINE' else [])
        I += [f'+351 {grp(nsn, [3, 3, 3])}', f'+351{nsn}', f'00351 {grp(nsn, [3, 3, 3])}', f'(+351) {grp(nsn, [3, 3, 3])}']
    elif region == 'PL':
        if typ == 'FIXED_LINE':
            N += [f'{nsn[:2]} {grp(nsn[2:], [3, 2, 2])}', f'({nsn[:2]}) {grp(nsn[2:], [3, 2, 2])}', grp(nsn, [3, 3, 3])]
            I += [f'+48 {nsn[:2]} {grp(nsn[2:], [3, 2, 2])}', f'+48 {grp(nsn, [3, 3, 3])}']
        else:
            N += [grp(nsn, [3, 3, 3]), grp(nsn, [3, 3, 3], '-'), nsn, grp(nsn, [3, 3, 3])]
            I += [f'+48 {grp(nsn, [3, 3, 3])}', f'+48 {grp(nsn, [3, 3, 3], "-")}', f'+48{nsn}', f'0048 {grp(nsn, [3, 3, 3])}', f'(+48) {grp(nsn, [3, 3, 3])}']
    elif region == 'GB':
        N += [nat.replace(' ', '', 0), '0' + nsn]
        I += [f'+44 (0){nat[1:]}', '+44' + nsn]
    elif region == 'US':
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        N = [f'({x}) {y}-{z}', f'{x}-{y}-{z}', f'{x}.{y}.{z}', f'({x}) {y}-{z}']
        I = [f'+1 {x} {y} {z}', f'+1 ({x}) {y}-{z}', f'+1-{x}-{y}-{z}', f'+1{nsn}']
    if mode == 'nat':
        return N
    if mode == 'intl':
        return I
    return N + N + I   # mostly national writings


PHONES = {}


def load_phones(g):
    for r in REGIONS:
        lst = []
        if r == 'PT':
            pr = random.Random(351)
            cand = [pr.choice(['91', '92', '93', '96']) + ''.join(pr.choice(string.digits) for _ in range(7)) for _ in range(2500)]
            for _ in range(900):
                pre = pr.choice(['21', '22', '239', '253', '289', '234', '214'])
                cand.append(pre + ''.join(pr.choice(string.digits) for _ in range(9 - len(pre))))
        else:
            cand = [p['phone_' + r] for p in pool[:4000]]
        seen = set()
        for c in cand:
            info = g.phone_info(r, c)
            if not info or info[0] not in ('MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE'):
                continue
            if info[1] in seen:
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
    for _ in range(50):
        PCUR[key] = PCUR.get(key, R.randrange(len(lst))) + 1
        typ, nsn, ndc, nat, intl = lst[PCUR[key] % len(lst)]
        styles = phone_styles(region, typ, nsn, int(ndc), nat, intl, mode)
        v = R.choice(styles)
        if g.phone_valid(region, v):
            return v
    raise SystemExit(f'no valid phone writing for {region} {kind} {mode}')


# ------------------------------------------------------------------ labeled values
def dob(p, f):
    y, m, d = p['_ymd']
    M = lambda l: MONTHS[l][m - 1]
    return {
        'de': f'{d:02d}.{m:02d}.{y}', 'de_s': f'{d}.{m}.{y}', 'de_long': f'{d}. {M("de")} {y}',
        'fr': f'{d:02d}/{m:02d}/{y}', 'fr_long': f'{d} {M("fr")} {y}',
        'es': f'{d:02d}/{m:02d}/{y}', 'es_dash': f'{d:02d}-{m:02d}-{y}', 'es_long': f'{d} de {M("es")} de {y}',
        'it': f'{d:02d}/{m:02d}/{y}', 'it_long': f'{d} {M("it")} {y}',
        'nl': f'{d:02d}-{m:02d}-{y}', 'nl_long': f'{d} {M("nl")} {y}',
        'pt': f'{d:02d}/{m:02d}/{y}', 'pt_dash': f'{d:02d}-{m:02d}-{y}', 'pt_long': f'{d} de {M("pt")} de {y}',
        'pl': f'{d:02d}.{m:02d}.{y}', 'pl_long': f'{d} {M("pl")} {y}',
        'iso': f'{y}-{m:02d}-{d:02d}', 'en': f'{d} {M("en")} {y}', 'en_us': f'{M("en")} {d}, {y}',
        'us': f'{m:02d}/{d:02d}/{y}', 'uk': f'{d:02d}/{m:02d}/{y}',
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
        cc = region if region in ('DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'PL', 'GB', 'AT', 'BE', 'CH', 'LU', 'IE') else 'DE'
        if o == 'p': return p['ibanp_' + cc], 'ibanp_' + cc
        if o == 'c': return p['iban_' + cc], 'iban_' + cc
        k = R.choice(['ibanp_', 'ibanp_', 'iban_']) + cc
        return p[k], k
    if name == 'CARD':
        d = p['card_plain']
        o = o or R.choice(['sp', 'sp', 'sp', 'plain', 'dash'])
        return {'sp': card_fmt(d, ' '), 'plain': d, 'dash': card_fmt(d, '-')}[o], 'card'
    if name == 'IP':
        k = {'4': 'ip4pub', 'priv': 'ip4priv', '6': 'ip6', 'any': 'ip'}.get(o, 'ip4pub')
        return p[k], k
    if name == 'DETAX':
        d = digits(p['detax'])
        return {'sp': grp(d, [2, 3, 3, 3]), 'plain': d}.get(o, p['detax']), 'detax'
    if name == 'NIR':
        d = digits(p['nir'])
        return {'sp': grp(d, [1, 2, 2, 2, 3, 3, 2]), 'plain': d}.get(o, p['nir']), 'nir'
    if name == 'NIF':
        return p['nif'], 'nif'
    if name == 'CF':
        return p['cf'], 'cf'
    if name == 'BSN':
        d = digits(p['bsn'])
        return {'plain': d, 'dot': f'{d[:4]}.{d[4:6]}.{d[6:]}', 'sp': grp(d, [3, 3, 3])}.get(o, p['bsn']), 'bsn'
    if name == 'PESEL':
        return p['pesel'], 'pesel'
    if name == 'PW':
        return (p['pw2'], 'pw2') if o == '2' else (p['pw'], 'pw')
    if name == 'AWS':
        return p['aws'], 'aws'
    if name == 'PEM':
        v = p['pk']
        if o == 'flat': return p['pk_flat'], 'pk_flat'
        if o == 'esc': return v.replace('\n', '\\n'), 'pk_esc'
        return v, 'pk'
    if name == 'SFSID':
        return p['sfsid'], 'sfsid'
    if name == 'SSN':
        return p['ssn'], 'ssn'
    if name == 'NINO':
        return p['nino'], 'nino'
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


def luhn_complete(payload):
    for c in '0123456789':
        if luhn_ok(payload + c):
            return payload + c


def gs1(payload):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(payload)))
    return payload + str((10 - s % 10) % 10)


def iban_mod(s):
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97


def bad_iban(cc=None):
    spec = {'DE': 18, 'FR': 23, 'ES': 20, 'PL': 24, 'PT': 21, 'AT': 16, 'BE': 12}
    cc = cc if cc in spec or cc in ('NL', 'IT') else R.choice(list(spec) + ['NL', 'IT'])
    while True:
        if cc == 'NL':
            b = 'NL' + f'{R.randint(10, 99)}' + R.choice(['ABNA', 'INGB', 'RABO', 'KNAB']) + rs(string.digits, 10)
        elif cc == 'IT':
            b = 'IT' + f'{R.randint(10, 99)}' + R.choice(UP) + rs(string.digits, 22)
        else:
            b = cc + f'{R.randint(10, 99)}' + rs(string.digits, spec[cc])
        if iban_mod(b) != 1:
            return ' '.join(b[i:i + 4] for i in range(0, len(b), 4)) if R.random() < 0.6 else b


def masked_iban(cc):
    ln = {'DE': 22, 'FR': 27, 'ES': 24, 'IT': 27, 'NL': 18, 'PT': 25, 'PL': 28, 'GB': 22}.get(cc, 22)
    b = cc + f'{R.randint(10, 99)}'
    tail = rs(string.digits, 4 if ln % 4 == 2 else (ln % 4 or 4))
    n_groups = (ln - 4 - len(tail)) // 4
    return R.choice([f'{b} ' + ' '.join(['****'] * n_groups) + f' {tail}', f'{b}{"*" * (ln - 4 - len(tail))}{tail}',
                     f'{b} XXXX XXXX XXXX {tail}', f'…{tail}'])


def bad_luhn():
    while True:
        d = R.choice(['4', '51', '52', '53', '54', '55', '37']) + rs(string.digits, 15)
        d = d[:16]
        if not luhn_ok(d):
            return ' '.join(d[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.6 else d


def badphone(cc):
    """phone-shaped but too short / too long for the region (the guard checks all regions)."""
    f = {
        'DE': lambda: R.choice([f'0{R.choice(["171", "160", "152"])} {nd(5)}', f'0{R.randint(30, 89)} {nd(3)}', f'0{R.choice(["171", "176"])}/{nd(10)}']),
        'FR': lambda: R.choice([f'0{R.randint(1, 7)} {nd(2)} {nd(2)} {nd(2)}', f'0{R.randint(6, 7)} {nd(2)} {nd(2)} {nd(2)} {nd(2)} {nd(2)}']),
        'ES': lambda: R.choice([f'6{nd(2)} {nd(2)} {nd(2)}', f'9{nd(2)} {nd(3)} {nd(4)}']),
        'IT': lambda: R.choice([f'3{nd(2)} {nd(2)} {nd(2)}', f'3{nd(2)} {nd(4)} {nd(4)} {nd(2)}']),
        'NL': lambda: R.choice([f'+31 6 {nd(7)}', f'+31 (0)6 {nd(3)} {nd(4)}', f'+31 6 {nd(4)} {nd(5)}']),
        'PT': lambda: R.choice([f'9{R.choice("1236")}{nd(1)} {nd(3)} {nd(2)}', f'9{R.choice("1236")}{nd(1)} {nd(3)} {nd(3)} {nd(2)}']),
        'PL': lambda: R.choice([f'{nd(3, "5678")} {nd(3)} {nd(2)}', f'{nd(3, "5678")}-{nd(3)}-{nd(4)}']),
    }.get(cc, lambda: f'0{nd(2)} {nd(3)}')
    return f()


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


def mod11_ok_bsn(d):
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0


CLOCK = {}


def reset_clock():
    CLOCK['t'] = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=R.randint(0, 700 * 86400))
    CLOCK.pop('agent', None)   # one agent per rendered line (chat transcripts)


def tick(name):
    if name.startswith('date') or name in ('year', 'period', 'dmon'):
        CLOCK['t'] += dt.timedelta(days=R.choice([0, 0, 1, 2, 3, 7, 14]))
    else:
        CLOCK['t'] += dt.timedelta(seconds=R.randint(0, 90), milliseconds=R.randint(0, 999))
    return CLOCK['t']


AGENTS = {'DE': ['Jana', 'Lukas', 'Sabine', 'Tobias', 'Katrin', 'Jonas'], 'FR': ['Camille', 'Julien', 'Manon', 'Hugo', 'Chloé'],
          'ES': ['Lucía', 'Javier', 'Marta', 'Pablo', 'Nerea'], 'IT': ['Giulia', 'Marco', 'Chiara', 'Luca', 'Federica'],
          'NL': ['Sanne', 'Daan', 'Lotte', 'Bram', 'Fleur'], 'PT': ['Inês', 'Tiago', 'Rita', 'Duarte', 'Marta'],
          'PL': ['Agnieszka', 'Tomasz', 'Kasia', 'Marek', 'Ola'], 'GB': ['Emma', 'Oliver', 'Sophie'], 'US': ['Ashley', 'Kevin']}
LANG = {'DE': 'de', 'FR': 'fr', 'ES': 'es', 'IT': 'it', 'NL': 'nl', 'PT': 'pt', 'PL': 'pl', 'GB': 'en', 'US': 'en'}
TLD = {'DE': 'de', 'FR': 'fr', 'ES': 'es', 'IT': 'it', 'NL': 'nl', 'PT': 'pt', 'PL': 'pl', 'GB': 'co.uk', 'US': 'com'}
PRODUCTS = {
    'de': ['Winterjacke', 'Laufschuhe', 'Kaffeemaschine', 'Bettwäsche-Set', 'Rucksack', 'Stehlampe', 'Wanderhose'],
    'fr': ['doudoune', 'baskets', 'cafetière', 'parure de lit', 'sac à dos', 'lampadaire', 'robe d\'été'],
    'es': ['chaqueta', 'zapatillas', 'cafetera', 'juego de sábanas', 'mochila', 'lámpara de pie', 'vestido'],
    'it': ['giacca', 'scarpe da corsa', 'macchina da caffè', 'set lenzuola', 'zaino', 'lampada da terra'],
    'nl': ['winterjas', 'hardloopschoenen', 'koffiezetapparaat', 'dekbedovertrek', 'rugzak', 'staande lamp'],
    'pt': ['casaco', 'sapatilhas', 'máquina de café', 'jogo de lençóis', 'mochila', 'candeeiro de pé'],
    'pl': ['kurtka zimowa', 'buty do biegania', 'ekspres do kawy', 'komplet pościeli', 'plecak', 'lampa stojąca'],
    'en': ['winter jacket', 'running shoes', 'coffee machine', 'bedding set', 'backpack', 'floor lamp'],
}
CARRIER = {'DE': ['DHL', 'DPD', 'Hermes', 'GLS'], 'FR': ['Colissimo', 'Chronopost', 'Mondial Relay', 'DPD'],
           'ES': ['Correos', 'SEUR', 'MRW', 'GLS'], 'IT': ['BRT', 'Poste Italiane', 'GLS', 'SDA'],
           'NL': ['PostNL', 'DHL', 'DPD'], 'PT': ['CTT', 'DPD', 'GLS'], 'PL': ['InPost', 'DPD', 'Poczta Polska'],
           'GB': ['Royal Mail', 'Evri', 'DPD'], 'US': ['UPS', 'FedEx']}
CITY = {'DE': ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig'], 'FR': ['Paris', 'Lyon', 'Lille', 'Nantes'],
        'ES': ['Madrid', 'Valencia', 'Sevilla', 'Bilbao'], 'IT': ['Milano', 'Roma', 'Torino', 'Bologna'],
        'NL': ['Amsterdam', 'Utrecht', 'Eindhoven', 'Rotterdam'], 'PT': ['Lisboa', 'Porto', 'Braga'],
        'PL': ['Warszawa', 'Kraków', 'Poznań', 'Gdańsk'], 'GB': ['London', 'Leeds'], 'US': ['Boston', 'Denver']}
BIC = ['COBADEFFXXX', 'DEUTDEDBFRA', 'BNPAFRPPXXX', 'SOGEFRPP', 'CAIXESBBXXX', 'BSCHESMMXXX', 'UNCRITMMXXX',
       'BCITITMM', 'INGBNL2A', 'RABONL2U', 'ABNANL2A', 'CGDIPTPL', 'BPKOPLPW', 'PKOPPLPW', 'INGDDEFFXXX', 'BCOMPTPL']


def gen(name, arg, cc):
    t = tick(name)
    yr, mon, day, hh, mm, ss = t.year, t.month, t.day, t.hour, t.minute, t.second
    L = LANG[cc]
    g = {
        'n': lambda: str(R.randint(2, 9)), 'n2': lambda: str(R.randint(10, 99)), 'n3': lambda: str(R.randint(100, 999)),
        'n4': lambda: nd(4), 'n5': lambda: nd(5), 'qty': lambda: str(R.randint(1, 12)),
        'ms': lambda: str(R.randint(40, 9000)),
        'ts': lambda: f'{yr}-{mon:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{t.microsecond // 1000:03d}Z',
        'ts_sp': lambda: f'{yr}-{mon:02d}-{day:02d} {hh:02d}:{mm:02d}:{ss:02d}',
        'ts_de': lambda: f'{day:02d}.{mon:02d}.{yr} {hh:02d}:{mm:02d}',
        'ts_fr': lambda: f'{day:02d}/{mon:02d}/{yr} {hh:02d}:{mm:02d}',
        'time': lambda: f'{hh:02d}:{mm:02d}', 'time_fr': lambda: f'{hh}h{mm:02d}',
        'slot': lambda: (lambda h: R.choice([f'{h:02d}:00–{h + 2:02d}:00', f'{h}–{h + 4} Uhr' if L == 'de' else f'{h}h-{h + 3}h' if L == 'fr' else f'{h:02d}:00-{h + 3:02d}:00']))(R.randint(7, 16)),
        'date': lambda: f'{yr}-{mon:02d}-{day:02d}',
        'date_de': lambda: f'{day:02d}.{mon:02d}.{yr}', 'date_fr': lambda: f'{day:02d}/{mon:02d}/{yr}',
        'date_nl': lambda: f'{day:02d}-{mon:02d}-{yr}',
        'dmon': lambda: f'{day}{"." if L == "de" else ""} {MONTHS[L][mon - 1]}' + (f' {yr}' if R.random() < 0.5 else ''),
        'date_long': lambda: (f'{day} de {MONTHS[L][mon - 1]} de {yr}' if L in ('es', 'pt') else
                              f'{day}. {MONTHS[L][mon - 1]} {yr}' if L == 'de' else f'{day} {MONTHS[L][mon - 1]} {yr}'),
        'year': lambda: str(yr),
        'epoch_ms': lambda: str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)),
        'order': lambda: R.choice([f'{yr}-{nd(6)}', f'MV-{nd(8)}', f'{TLD[cc][:2].upper()}{nd(8)}', f'#{nd(7)}',
                                   f'MV{yr % 100}-{nd(5)}-{R.randint(10, 99)}']),
        'cust': lambda: R.choice([f'K-{nd(7)}', f'{nd(8)}', f'CU{nd(6)}', f'{TLD[cc][:2].upper()}-{nd(6)}']),
        'inv': lambda: R.choice([f'RE-{yr}-{nd(5)}', f'F{yr}-{nd(6)}', f'FV/{nd(4)}/{mon:02d}/{yr}', f'INV-{nd(7)}', f'FT {yr}/{nd(4)}']),
        'rma': lambda: f'R{nd(7)}', 'case': lambda: f'{R.randint(10000, 999999):08d}',
        'ticket': lambda: R.choice([f'CS-{nd(5)}', f'#{nd(6)}', f'SUP-{nd(5)}']),
        'track': lambda: {'DE': lambda: R.choice(['00340434' + rs(string.digits, 12), 'JJD00' + rs(string.digits, 16)]),
                          'FR': lambda: R.choice(['6A' + rs(string.digits, 11), '8R' + rs(string.digits, 11)]),
                          'ES': lambda: 'PQ' + rs(UPD, 4) + rs(string.digits, 14) + 'A',
                          'IT': lambda: R.choice(['BRT' + rs(string.digits, 15), 'RR' + rs(string.digits, 9) + 'IT']),
                          'NL': lambda: '3S' + rs(UP, 4) + rs(string.digits, 9),
                          'PT': lambda: R.choice(['RR' + rs(string.digits, 9) + 'PT', 'EA' + rs(string.digits, 9) + 'PT']),
                          'PL': lambda: R.choice(['6' + rs(string.digits, 23), 'RR' + rs(string.digits, 9) + 'PL']),
                          'GB': lambda: rs(UP, 2) + rs(string.digits, 9) + 'GB', 'US': lambda: '1Z' + rs(UPD, 16)}[cc](),
        'carrier': lambda: R.choice(CARRIER[cc]),
        'vat': lambda: {'DE': lambda: 'DE' + nd(9), 'FR': lambda: 'FR' + rs(string.digits, 2) + nd(9),
                        'ES': lambda: 'ES' + R.choice('ABB') + nd(8), 'IT': lambda: 'IT' + rs(string.digits, 11),
                        'NL': lambda: 'NL' + nd(9) + 'B01', 'PT': lambda: 'PT5' + rs(string.digits, 8),
                        'PL': lambda: 'PL' + nd(10), 'GB': lambda: 'GB' + nd(9), 'US': lambda: 'EIN ' + nd(2) + '-' + nd(7)}[cc](),
        'hrb': lambda: f'HRB {nd(R.choice([5, 6]))}',
        # SIREN/SIRET are Luhn numbers; a leading 8 keeps them from being Canadian SINs
        'siren': lambda: (lambda d: grp(d, [3, 3, 3]))(luhn_complete('8' + rs(string.digits, 7))),
        'siret': lambda: (lambda d: f'{grp(d[:9], [3, 3, 3])} {d[9:]}')(luhn_complete('8' + rs(string.digits, 12))),
        'cif': lambda: R.choice('ABB') + nd(8), 'piva': lambda: rs(string.digits, 11),
        'kvk': lambda: nd(8), 'steuernr': lambda: f'{R.randint(10, 99)}/{nd(3)}/{nd(5)}',
        'steuernr13': lambda: f'{R.randint(11, 16)}{nd(2)}0{nd(3)}{nd(5)}', 'regon': lambda: nd(9), 'krs': lambda: f'{R.randint(0,9):04d}{nd(6)}',
        'nipc': lambda: 'PT5' + rs(string.digits, 8),   # 9-digit 5xx numbers are Polish phone numbers
        'bic': lambda: R.choice(BIC),
        'amt': lambda: R.choice([f'{R.randint(5, 999)},{R.choice(["00", "50", "90", "95", "99", "49"])}',
                                 f'{R.randint(1, 9)}.{R.randint(100, 999)},{R.choice(["00", "56", "90"])}']),
        'amt_dot': lambda: f'{R.randint(5, 999)}.{R.choice(["00", "50", "90", "95", "99"])}',
        'ean': lambda: gs1(R.choice(['400', '401', '426', '300', '340', '800', '840', '870', '871', '560', '590']) + rs(string.digits, 9)),
        'sku': lambda: R.choice(['JKT', 'SHO', 'CAF', 'BED', 'BAG', 'LMP']) + '-' + rs(UP, 2) + '-' + f'{R.randint(1, 9999):04d}',
        'art': lambda: f'{nd(3)}.{nd(3)}.{R.randint(10, 99)}',
        'sfid': lambda: to18(sf15(arg or '500')), 'sfid15': lambda: sf15(arg or '500'),
        'guid': lambda: '-'.join(rs(HEX, k) for k in (8, 4, 4, 4, 12)),
        'hex8': lambda: rs(HEX, 8), 'hex32': lambda: rs(HEX, 32), 'sha7': lambda: rs(HEX, 7),
        'reqid': lambda: rs(HEX, 16),
        'plz': lambda: {'DE': lambda: f'{R.randint(10115, 99998):05d}', 'FR': lambda: f'{R.randint(1000, 95999):05d}',
                        'ES': lambda: f'{R.randint(1001, 52080):05d}', 'IT': lambda: f'{R.randint(10, 98168):05d}',
                        'NL': lambda: f'{R.randint(1011, 9999)} {rs("ABCDEFGHJKLMNPRSTVWXZ", 2)}',
                        'PT': lambda: f'{R.randint(1000, 9970)}-{R.randint(1, 999):03d}', 'PL': lambda: f'{R.randint(0, 99):02d}-{R.randint(1, 999):03d}',
                        'GB': lambda: 'SW1A 1AA', 'US': lambda: f'{R.randint(10001, 98999)}'}[cc](),
        'cityname': lambda: R.choice(CITY[cc]),
        'agent': lambda: CLOCK.setdefault('agent', R.choice(AGENTS[cc])),
        'product': lambda: R.choice(PRODUCTS[L]),
        'badluhn': bad_luhn, 'badiban': lambda: bad_iban(arg or cc), 'maskiban': lambda: masked_iban(arg or cc),
        'masked': lambda: R.choice(['**** **** **** ' + rs(string.digits, 4), 'XXXX XXXX XXXX ' + rs(string.digits, 4),
                                    R.choice(['4', '5']) + rs(string.digits, 5) + '******' + rs(string.digits, 4),
                                    '•••• ' + rs(string.digits, 4)]),
        'last4': lambda: rs(string.digits, 4), 'exp': lambda: f'{R.randint(1, 12):02d}/{R.randint(26, 31)}',
        'badphone': lambda: badphone(arg or cc),
        'coupon': lambda: {'de': 'GEBURTSTAG', 'fr': 'ANNIV', 'es': 'CUMPLE', 'it': 'COMPLEANNO', 'nl': 'JARIG',
                           'pt': 'ANIVERSARIO', 'pl': 'URODZINY', 'en': 'BDAY'}[L] + str(R.choice([10, 15, 20])),
        'pct': lambda: f'{R.choice([5, 10, 15, 20, 25, 30])} %' if L in ('de', 'fr', 'pl') else f'{R.choice([5, 10, 15, 20, 25, 30])}%',
        'ver': lambda: f'{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}',
        'port': lambda: str(R.choice([8080, 8443, 5432, 6379, 3306])),
        'pod': lambda: f'mw-sync-{rs(HEX, 9)}-{rs(string.ascii_lowercase + string.digits, 5)}',
        'host': lambda: R.choice(['mw-prod-01', 'sync-eu-west-1b', 'erp-gw-02', 'shop-api-3']),
        'gift': lambda: '-'.join(rs('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4) for _ in range(4)),
        'otp': lambda: f'{R.randint(0, 999999):06d}',
        'wt': lambda: f'{R.randint(1, 30)},{R.randint(0, 9)}',
        'shop': lambda: 'mercavia.' + TLD[cc],
        'tld': lambda: TLD[cc],
        'sizeeu': lambda: str(R.randint(36, 46)),
        'room': lambda: str(R.randint(1, 4)) + '.' + f'{R.randint(1, 40):02d}',
        'userid': lambda: str(R.randint(1000, 99999)),
    }
    if name not in g:
        raise KeyError('unknown filler ' + name)
    return g[name]()


# ------------------------------------------------------------------ pool index (as in probe5)
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


def build(g, pidx, src, dst, prefix, renders, values_out, negative=False):
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
                    raise SystemExit(f'cannot render cleanly: {tpl}\n{hits}\n{text}')
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
    with open('probe6.values.jsonl', 'w', encoding='utf-8') as vo:
        build(g, pidx, 'templates_pos6.txt', 'probe6.jsonl', 'p6', rp, vo)
    with open('probe6-negatives.values.jsonl', 'w', encoding='utf-8') as vo:
        build(g, pidx, 'templates_neg6.txt', 'probe6-negatives.jsonl', 'n6', rn, vo, negative=True)
