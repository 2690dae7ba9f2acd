#!/usr/bin/env python3
"""probe6 checker (adapted from probe5/check5.py). Verifies probe6.jsonl / probe6-negatives.jsonl:
 1. JSON shape, unique ids, spans in bounds, sorted, non-overlapping, known entity; negatives have no spans
 2. every span's text (UTF-16 offsets) equals the value compose6.py inserted (probe6*.values.jsonl); all text in the BMP
 3. every span value is valid for its entity (testdata Validators via Guard6.java; dates of birth written in
    de/fr/es/it/nl/pt/pl/en long forms are parsed here by month tables and must be real dates, 1930-2007);
    PHONE spans must be libphonenumber-valid for their region; no published test cards; a span does not cut into
    a word and does not start or end with blanks, quotes or brackets
 4. no pool value (any labeled-entity key of any persona, also digit-normalised) occurs outside a span
 5. Guard6 scan: no checksum-/format-valid identifier, e-mail, IP, card, AWS key, PEM or session id outside a span,
    and no libphonenumber-valid phone number (findNumbers, Leniency.VALID) outside a span in any of
    DE FR ES IT NL PT PL GB US (positives and negatives alike)
 6. negatives: no '@' at all; review list (password-like key=value, birth words near dates, '+digits')
 7. counts: >= 600 positive / 350 negative lines, >= 200 / 120 templates, per-entity minimums
Exit code 1 on any error."""
import json, re, sys, os, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from compose6 import Guard, ENTITIES, MONTHS, PoolIndex, pool, load, REGIONS  # noqa: E402  (import composes nothing)

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)
def u16(s): return s.encode('utf-16-le')
def sub16(t, a, b): return u16(t)[2 * a:2 * b].decode('utf-16-le')

pos = [json.loads(l) for l in open('probe6.jsonl', encoding='utf-8')]
neg = [json.loads(l) for l in open('probe6-negatives.jsonl', encoding='utf-8')]
vals = {v['id']: v for f in ('probe6.values.jsonl', 'probe6-negatives.values.jsonl')
        for v in (json.loads(l) for l in open(f, encoding='utf-8'))}

# 1 + 2
ids = set()
for rec in pos + neg:
    if set(rec) != {'id', 'text', 'spans'} or not isinstance(rec['text'], str) or not isinstance(rec['spans'], list):
        err(f"{rec.get('id')}: bad shape {set(rec)}"); continue
    if rec['id'] in ids: err(f"duplicate id {rec['id']}")
    ids.add(rec['id'])
    if any(ord(c) > 0xFFFF for c in rec['text']): err(f"{rec['id']}: character outside the BMP")
    n16 = len(u16(rec['text'])) // 2
    prev_end = -1
    v = vals.get(rec['id'])
    if v is None: err(f"{rec['id']}: no values record"); continue
    if len(v['values']) != len(rec['spans']): err(f"{rec['id']}: values/spans count mismatch")
    for s, val in zip(rec['spans'], v['values']):
        if set(s) != {'start', 'end', 'entity'} or not all(isinstance(s[k], int) for k in ('start', 'end')):
            err(f"{rec['id']}: bad span {s}"); continue
        if s['entity'] not in ENTITIES: err(f"{rec['id']}: entity {s['entity']}")
        if s['entity'] in ('PERSON_NAME', 'POSTAL_ADDRESS'): err(f"{rec['id']}: {s['entity']} must not be labeled")
        if not (0 <= s['start'] < s['end'] <= n16): err(f"{rec['id']}: span out of bounds {s}")
        if s['start'] < prev_end: err(f"{rec['id']}: overlapping/unsorted spans")
        prev_end = s['end']
        if sub16(rec['text'], s['start'], s['end']) != val:
            err(f"{rec['id']}: span text {sub16(rec['text'], s['start'], s['end'])!r} != inserted {val!r}")
for rec in neg:
    if rec['spans']: err(f"{rec['id']}: negative with spans")

# 3 validity
g = Guard()
MW = {}
for lang, lst in MONTHS.items():
    for i, w in enumerate(lst):
        MW[w.lower()] = i + 1
LONG = re.compile(r'(\d{1,2})\.? (?:de )?([^\W\d_]+),? (?:de )?(\d{4})', re.U)
EN_US = re.compile(r'([A-Za-z]+) (\d{1,2}), (\d{4})')
NUM = re.compile(r'(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{4})-(\d{2})-(\d{2})')


def dob_ok(v, key):
    """the date must be real and plausible; numeric forms are read in the order their key says."""
    y = m = d = None
    mm = LONG.fullmatch(v)
    if mm and mm.group(2).lower() in MW:
        d, m, y = int(mm.group(1)), MW[mm.group(2).lower()], int(mm.group(3))
    elif EN_US.fullmatch(v) and EN_US.fullmatch(v).group(1).lower() in MW:
        e = EN_US.fullmatch(v); m, d, y = MW[e.group(1).lower()], int(e.group(2)), int(e.group(3))
    elif NUM.fullmatch(v):
        n = NUM.fullmatch(v)
        if n.group(4): y, m, d = int(n.group(4)), int(n.group(5)), int(n.group(6))
        elif key == 'dob_us': m, d, y = int(n.group(1)), int(n.group(2)), int(n.group(3))
        else: d, m, y = int(n.group(1)), int(n.group(2)), int(n.group(3))
    if y is None: return False
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return 1930 <= y <= 2007


FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "378282246310005",
          "371449635398431", "6011111111111117", "4012888888881881", "3530111333300000", "4000056655665556"}
BIRTH = re.compile(r'(?i)\bgeb\.|geburt|birth|born|DOB|naissance|\bnée?\b|nac[ií]|nascit|nat[oa]\b|nascid|geboren|geboorte|urodz|'
                   r'nascimento|data_urodzenia|fecha nac')
for rec in pos:
    t = rec['text']
    v = vals[rec['id']]
    for i, s in enumerate(rec['spans']):
        val = sub16(t, s['start'], s['end'])
        key, region = v['keys'][i], v['regions'][i]
        if s['entity'] == 'DATE_OF_BIRTH':
            if not dob_ok(val, key): err(f"{rec['id']}: DATE_OF_BIRTH not a plausible date {val!r}")
            if not (g.valid('DATE_OF_BIRTH', val) or LONG.fullmatch(val)):
                err(f"{rec['id']}: DATE_OF_BIRTH rejected by Validators {val!r}")
            if not BIRTH.search(sub16(t, 0, s['start'])):
                warn(f"{rec['id']}: no birth word before DOB {val!r}")
        elif s['entity'] == 'PHONE':
            if not g.phone_valid(region, val): err(f"{rec['id']}: PHONE {val!r} not valid for {region}")
        elif not g.valid(s['entity'], val):
            err(f"{rec['id']}: {s['entity']} value not valid: {val[:60]!r}")
        if s['entity'] == 'CREDIT_CARD' and re.sub(r'\D', '', val) in FAMOUS:
            err(f"{rec['id']}: published test card {val!r}")
        before = sub16(t, s['start'] - 1, s['start']) if s['start'] > 0 else ''
        after = sub16(t, s['end'], s['end'] + 1)
        if re.match(r'\w', before) or re.match(r'\w', after):
            err(f"{rec['id']}: span {s['entity']} {val[:40]!r} touches a word ({before!r}|{after!r})")
        edge = r'\s' if s['entity'] == 'PASSWORD' else r'[\s"\'“”«»„()\[\]{},;]'
        lead_ok = s['entity'] == 'PHONE' and val[0] == '('          # (030) 1234567, (+34) 612 345 678
        if (re.match(edge, val[0]) and not lead_ok) or re.match(edge, val[-1]):
            err(f"{rec['id']}: span {s['entity']} {val[:40]!r} starts/ends with blank or punctuation")

# 4 unlabeled pool values
pidx = PoolIndex(pool)
for rec in pos + neg:
    for m in pidx.collisions(rec['text'], rec['spans']):
        err(f"{rec['id']}: {m}")

# 5 guard scan, every region the brief lists
for rec in pos + neg:
    for h in g.scan(rec['text'], rec['spans'], REGIONS):
        err(f"{rec['id']}: guard found unlabeled {h[0]} {h[3][:60]!r}")

# 6 negatives
review = []
for rec in neg:
    t = rec['text']
    if '@' in t: err(f"{rec['id']}: '@' in a negative")
    for m in re.finditer(r'(?i)(?:password|passwort|kennwort|wachtwoord|contraseña|mot[_ ]de[_ ]passe|palavra-passe|hasło|pwd|secret)\w*["\']?\s*[:=]\s*["\']?([^\s"\',;]+)', t):
        if not re.fullmatch(r'\$\{?\w+\}?|\*+|\(ver', m.group(1)): review.append((rec['id'], 'password-like', m.group()))
    if BIRTH.search(t) and re.search(r'\d{1,4}[./-]\d{1,2}[./-]\d{2,4}', t):
        review.append((rec['id'], 'birth word + date', t[:110]))
    if re.search(r'\+\d{2}', t): review.append((rec['id'], '+digits', t[:110]))

# duplicates (warning only)
seen = {}
for rec in pos:
    for s in rec['spans']:
        seen.setdefault(sub16(rec['text'], s['start'], s['end']), set()).add(rec['id'])
dups = {v: i for v, i in seen.items() if len(i) > 1}
if dups: warn(f"{len(dups)} span values occur in more than one line, e.g. {list(dups.items())[:3]}")
if len({r['text'] for r in pos}) != len(pos): warn('duplicate positive texts')
if len({r['text'] for r in neg}) != len(neg): err('duplicate negative texts')

# 7 counts
counts = {}
for rec in pos:
    for s in rec['spans']:
        counts[s['entity']] = counts.get(s['entity'], 0) + 1
NEED = {'PHONE': 150, 'EMAIL': 100, 'DATE_OF_BIRTH': 80, 'IBAN': 80, 'CREDIT_CARD': 40, 'IP_ADDRESS': 40,
        'DE_TAX_ID': 25, 'FR_NIR': 25, 'ES_NIF': 25, 'IT_FISCAL_CODE': 25, 'NL_BSN': 25, 'PL_PESEL': 25,
        'PASSWORD': 30, 'AWS_ACCESS_KEY': 10, 'PRIVATE_KEY': 10, 'SALESFORCE_SESSION_ID': 10}
for e, need in NEED.items():
    if counts.get(e, 0) < need: err(f"entity {e} has only {counts.get(e, 0)} spans (need {need})")
if len(pos) < 600: err(f"only {len(pos)} positive lines")
if len(neg) < 350: err(f"only {len(neg)} negative lines")
tp, tn = load('templates_pos6.txt'), load('templates_neg6.txt')
if len(tp) < 200: err(f"only {len(tp)} positive templates")
if len(tn) < 120: err(f"only {len(tn)} negative templates")
langs = {}
for cc, _, _ in tp: langs[cc] = langs.get(cc, 0) + 1

print(f"positives: {len(pos)} lines, {sum(counts.values())} spans, {len(tp)} templates {langs}; "
      f"negatives: {len(neg)} lines, {len(tn)} templates")
for e in ENTITIES:
    if counts.get(e): print(f"  {e:24s} {counts[e]}")
print(f"negatives for review ({len(review)}):")
for r in review: print('  ', r)
for w in warnings: print('WARN', w)
for e in errors[:200]: print('ERROR', e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
