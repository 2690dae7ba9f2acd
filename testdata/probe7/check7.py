#!/usr/bin/env python3
"""probe7 checker (adapted from probe6/check6.py). Verifies probe7.jsonl / probe7-negatives.jsonl:
 1. JSON shape, unique ids, spans in bounds, sorted, non-overlapping, known entity, no PERSON_NAME/POSTAL_ADDRESS;
    negatives have no spans
 2. every span's text (UTF-16 offsets) equals the value compose7.py inserted (probe7*.values.jsonl); text in the BMP
 3. every span value is valid for its entity (testdata Validators via Guard6.java, DOB included); dates of birth are
    also parsed here by their format key and must be real dates 1930-2007 preceded by a birth word; PHONE spans must be
    libphonenumber-valid for their region (isValidNumberForRegion); no published test cards; a span does not cut into
    a word and does not start or end with blanks, quotes or brackets
 4. no pool value (any labeled-entity key of any persona, also digit-normalised) occurs outside a span
 5. Guard6 scan: no checksum-/format-valid identifier, e-mail, IP, card, IBAN, wallet, AWS key, PEM or session id
    outside a span, and no libphonenumber-valid phone number (findNumbers, Leniency.VALID) outside a span in any of
    US GB CA AU IN SG BR (positives and negatives alike)
 6. negatives: no '@' at all, no duplicate texts; review list (password-like key=value, birth words near dates)
 7. counts: >= 600 positive / 350 negative lines, >= 200 / 120 templates, per-entity minimums from the brief
Exit code 1 on any error."""
import json, re, sys, os, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from compose7 import Guard, ENTITIES, MONTHS, PoolIndex, pool, load, REGIONS  # noqa: E402  (import composes nothing)

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)
def u16(s): return s.encode('utf-16-le')
def sub16(t, a, b): return u16(t)[2 * a:2 * b].decode('utf-16-le')

pos = [json.loads(l) for l in open('probe7.jsonl', encoding='utf-8')]
neg = [json.loads(l) for l in open('probe7-negatives.jsonl', encoding='utf-8')]
vals = {v['id']: v for f in ('probe7.values.jsonl', 'probe7-negatives.values.jsonl')
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
for i, w in enumerate(MONTHS):
    MW[w.lower()] = i + 1
    MW[w[:3].lower()] = i + 1


def dob_ok(v, key):
    """the date must be real and plausible; the format key says how to read it."""
    f = key[4:]
    try:
        if f in ('us', 'us_s', 'us_dash', 'us_2', 'us_2s'):
            m, d, y = (int(x) for x in re.split(r'[/-]', v))
            if f.startswith('us_2'): y += 1900 if y > 7 else 2000
        elif f in ('uk', 'uk_s', 'uk_dot', 'uk_dash'):
            d, m, y = (int(x) for x in re.split(r'[/.-]', v))
        elif f == 'iso':
            y, m, d = (int(x) for x in v.split('-'))
        elif f in ('long', 'abbr', 'ord'):
            a, b, c = v.split(' ')
            d, m, y = int(re.sub(r'(st|nd|rd|th)$', '', a)), MW[b.lower()], int(c)
            if f == 'abbr' and len(b) != 3: return False
        elif f in ('us_long', 'us_abbr'):
            mm = re.fullmatch(r'([A-Za-z]+) (\d{1,2}), (\d{4})', v)
            m, d, y = MW[mm.group(1).lower()], int(mm.group(2)), int(mm.group(3))
        elif f == 'abbr_dash':
            a, b, c = v.split('-')
            d, m, y = int(a), MW[b.lower()], int(c)
        else:
            return False
        dt.date(y, m, d)
    except (ValueError, KeyError, AttributeError):
        return False
    return 1930 <= y <= 2007


FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "378282246310005",
          "371449635398431", "6011111111111117", "4012888888881881", "3530111333300000", "4000056655665556"}
BIRTH = re.compile(r'(?i)birth|born|\bDOB\b|D\.O\.B\.|\bdob\b|nascimento|nascid')
for rec in pos:
    t = rec['text']
    v = vals[rec['id']]
    for i, s in enumerate(rec['spans']):
        val = sub16(t, s['start'], s['end'])
        key, region = v['keys'][i], v['regions'][i]
        if s['entity'] == 'DATE_OF_BIRTH':
            if not dob_ok(val, key): err(f"{rec['id']}: DATE_OF_BIRTH not a plausible date {val!r} ({key})")
            if not g.valid('DATE_OF_BIRTH', val): err(f"{rec['id']}: DATE_OF_BIRTH rejected by Validators {val!r}")
            if not BIRTH.search(sub16(t, 0, s['start'])): err(f"{rec['id']}: no birth word before DOB {val!r}")
        elif s['entity'] == 'PHONE':
            if not g.phone_region_valid(region, val): err(f"{rec['id']}: PHONE {val!r} not valid for {region}")
            if not g.phone_valid(region, val): err(f"{rec['id']}: PHONE {val!r} not isValidNumber ({region})")
        elif not g.valid(s['entity'], val):
            err(f"{rec['id']}: {s['entity']} value not valid: {val[:60]!r}")
        if s['entity'] == 'CREDIT_CARD' and re.sub(r'\D', '', val) in FAMOUS:
            err(f"{rec['id']}: published test card {val!r}")
        before = sub16(t, s['start'] - 1, s['start']) if s['start'] > 0 else ''
        after = sub16(t, s['end'], s['end'] + 1)
        if re.match(r'\w', before) or re.match(r'\w', after):
            err(f"{rec['id']}: span {s['entity']} {val[:40]!r} touches a word ({before!r}|{after!r})")
        edge = r'\s' if s['entity'] == 'PASSWORD' else r'[\s"\'“”«»„()\[\]{},;]'
        lead_ok = s['entity'] == 'PHONE' and val[0] == '('          # (415) 867-5309, (+65) 9123 4567
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
    for m in re.finditer(r'(?i)(?:password|passwd|pwd|secret)\w*["\']?\s*[:=]\s*["\']?([^\s"\',;]+)', t):
        if not re.fullmatch(r'\$\{?\w+\}?|\*+', m.group(1)): review.append((rec['id'], 'password-like', m.group()))
    if BIRTH.search(t) and re.search(r'\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}', t):
        review.append((rec['id'], 'birth word + date', t[:110]))
if len({r['text'] for r in neg}) != len(neg): err('duplicate negative texts')
if len({r['text'] for r in pos}) != len(pos): warn('duplicate positive texts')

# 7 counts
counts = {}
for rec in pos:
    for s in rec['spans']:
        counts[s['entity']] = counts.get(s['entity'], 0) + 1
NEED = {'PHONE': 150, 'EMAIL': 100, 'DATE_OF_BIRTH': 80, 'US_SSN': 60, 'CREDIT_CARD': 50, 'IP_ADDRESS': 40,
        'US_BANK_ACCOUNT': 25, 'ABA_ROUTING': 25, 'US_ITIN': 15, 'US_PASSPORT': 20, 'US_DRIVER_LICENSE': 25,
        'UK_NINO': 20, 'UK_NHS': 15, 'CA_SIN': 20, 'AU_TFN': 15, 'IN_AADHAAR': 15, 'IN_PAN': 15, 'SG_NRIC': 15,
        'BR_CPF': 15, 'IBAN': 20, 'PASSWORD': 30, 'AWS_ACCESS_KEY': 10, 'SALESFORCE_SESSION_ID': 10,
        'PRIVATE_KEY': 10, 'CRYPTO_WALLET': 10}
for e, need in NEED.items():
    if counts.get(e, 0) < need: err(f"entity {e} has only {counts.get(e, 0)} spans (need {need})")
if len(pos) < 600: err(f"only {len(pos)} positive lines")
if len(neg) < 350: err(f"only {len(neg)} negative lines")
tp, tn = load('templates_pos7.txt'), load('templates_neg7.txt')
if len(tp) < 200: err(f"only {len(tp)} positive templates")
if len(tn) < 120: err(f"only {len(tn)} negative templates")
ccs = {}
for cc, _, _ in tp: ccs[cc] = ccs.get(cc, 0) + 1
pregions = {}
for rec in pos:
    for s, r in zip(rec['spans'], vals[rec['id']]['regions']):
        if s['entity'] == 'PHONE': pregions[r] = pregions.get(r, 0) + 1

print(f"positives: {len(pos)} lines, {sum(counts.values())} spans, {len(tp)} templates {ccs}; "
      f"negatives: {len(neg)} lines, {len(tn)} templates")
for e in ENTITIES:
    if counts.get(e): print(f"  {e:24s} {counts[e]}")
print(f"PHONE spans per region: {pregions}")
print(f"negatives for review ({len(review)}):")
for r in review: print('  ', r)
for w in warnings: print('WARN', w)
for e in errors[:200]: print('ERROR', e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
