#!/usr/bin/env python3
"""probe5 checker (adapted from probe3/check3.py). Verifies probe5.jsonl / probe5-negatives.jsonl:
 1. JSON shape, unique ids, spans in bounds, sorted, non-overlapping, known entity; negatives have no spans
 2. every span's text (UTF-16 offsets) equals the value compose5.py inserted (probe5*.values.jsonl)
 3. every span value is valid for its entity (testdata Validators via Guard.java; DOB in IT/NL/PT/PL long form by
    month tables here); PHONE spans must also be valid numbers for their region (libphonenumber isValidNumber);
    no published test card numbers; span boundaries do not cut into a word
 4. no pool value (any labeled-entity key of any persona in pool.jsonl, also digit-normalised) occurs outside a span
 5. Guard scan: no checksum-/format-valid identifier, e-mail, IP, PEM or session id outside a span, and no
    libphonenumber-valid phone number (findNumbers, Leniency.VALID) outside a span in the line's regions
 6. negatives: heuristic review list (password-like key=value, birth words near dates, '@', '+digits')
 7. per-entity counts (each entity >= 10 spans; PHONE, US_SSN, CREDIT_CARD, EMAIL, DATE_OF_BIRTH, IP_ADDRESS >= 40)
Exit code 1 on any error."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from compose5 import Guard, ENTITIES, MONTHS, PoolIndex, pool  # noqa: E402  (importing does not compose anything)

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def u16(s): return s.encode('utf-16-le')
def sub16(t, a, b): return u16(t)[2 * a:2 * b].decode('utf-16-le')

pos = [json.loads(l) for l in open('probe5.jsonl', encoding='utf-8')]
neg = [json.loads(l) for l in open('probe5-negatives.jsonl', encoding='utf-8')]
vals = {v['id']: v for f in ('probe5.values.jsonl', 'probe5-negatives.values.jsonl')
        for v in (json.loads(l) for l in open(f, encoding='utf-8'))}

# 1 + 2
ids = set()
for rec in pos + neg:
    if set(rec) != {'id', 'text', 'spans'}: err(f"{rec.get('id')}: keys {set(rec)}")
    if rec['id'] in ids: err(f"duplicate id {rec['id']}")
    ids.add(rec['id'])
    n16 = len(u16(rec['text'])) // 2
    prev_end = -1
    v = vals[rec['id']]
    if len(v['values']) != len(rec['spans']): err(f"{rec['id']}: values/spans count mismatch")
    for s, val in zip(rec['spans'], v['values']):
        if s['entity'] not in ENTITIES: err(f"{rec['id']}: entity {s['entity']}")
        if not (0 <= s['start'] < s['end'] <= n16): err(f"{rec['id']}: span out of bounds {s}")
        if s['start'] < prev_end: err(f"{rec['id']}: overlapping/unsorted spans")
        prev_end = s['end']
        if sub16(rec['text'], s['start'], s['end']) != val:
            err(f"{rec['id']}: span text {sub16(rec['text'], s['start'], s['end'])!r} != inserted {val!r}")
for rec in neg:
    if rec['spans']: err(f"{rec['id']}: negative with spans")

# 3
g = Guard()
LONG = re.compile(r'(\d{1,2}) (?:de )?(\w+) (?:de )?(\d{4})')
month_words = {w for lst in MONTHS.values() for w in lst}
FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "378282246310005",
          "371449635398431", "6011111111111117", "4012888888881881", "3530111333300000", "4000056655665556"}
for rec in pos:
    t = rec['text']
    for s in rec['spans']:
        val = sub16(t, s['start'], s['end'])
        ok = g.valid(s['entity'], val)
        if not ok and s['entity'] == 'DATE_OF_BIRTH':
            m = LONG.fullmatch(val)
            ok = bool(m and m.group(2) in month_words)
        if not ok: err(f"{rec['id']}: {s['entity']} value not valid: {val[:60]!r}")
        if s['entity'] == 'PHONE':
            key = vals[rec['id']]['keys'][rec['spans'].index(s)]
            if not g.phone_valid(key.split('_')[1], val):
                err(f"{rec['id']}: PHONE {val!r} not valid for region {key}")
        if s['entity'] == 'CREDIT_CARD' and re.sub(r'\D', '', val) in FAMOUS:
            err(f"{rec['id']}: published test card {val!r}")
        before = sub16(t, s['start'] - 1, s['start']) if s['start'] > 0 else ''
        after = sub16(t, s['end'], s['end'] + 1)
        if re.match(r'[A-Za-z0-9]', before) or re.match(r'[A-Za-z0-9]', after):
            err(f"{rec['id']}: span {s['entity']} {val[:40]!r} touches a word ({before!r}|{after!r})")

# 4 unlabeled pool values (same index compose5.py uses to re-render)
pidx = PoolIndex(pool)
for rec in pos + neg:
    for m in pidx.collisions(rec['text'], rec['spans']):
        err(f"{rec['id']}: {m}")

# 5 guard scan
for rec in pos + neg:
    hits = g.scan(rec['text'], rec['spans'], vals[rec['id']]['regions'])
    for h in hits:
        err(f"{rec['id']}: guard found unlabeled {h[0]} {h[3][:60]!r}")

# 6 negatives review
review = []
for rec in neg:
    t = rec['text']
    for m in re.finditer(r'(?i)(?:password|passwd|pwd|pass|secret)\w*["\']?\s*[:=]\s*["\']?([^\s"\',;]+)', t):
        v = m.group(1)
        if not re.fullmatch(r'\$\{?\w+\}?|\*+|<\w+>', v): review.append((rec['id'], 'password-like', m.group()))
    if re.search(r'(?i)(born|birth|geb\.|geboren|naissance|né |nacid|nascit|urodz|DOB)', t) and \
            re.search(r'\d{1,4}[./-]\d{1,2}[./-]\d{2,4}', t):
        review.append((rec['id'], 'birth word + date', t[:120]))
    if '@' in t: review.append((rec['id'], "'@'", t[:120]))
    if re.search(r'\+\d{2}', t): review.append((rec['id'], '+digits', t[:120]))

# duplicates (warning only): the same value in several positive lines
seen = {}
for rec in pos:
    for s in rec['spans']:
        seen.setdefault(sub16(rec['text'], s['start'], s['end']), set()).add(rec['id'])
dups = {v: i for v, i in seen.items() if len(i) > 1}
if dups: warn(f"{len(dups)} span values occur in more than one line, e.g. {list(dups.items())[:3]}")

# 7 counts
counts = {}
for rec in pos:
    for s in rec['spans']:
        counts[s['entity']] = counts.get(s['entity'], 0) + 1
MAIN = {'PHONE', 'US_SSN', 'CREDIT_CARD', 'EMAIL', 'DATE_OF_BIRTH', 'IP_ADDRESS'}
for e in ENTITIES:
    need = 40 if e in MAIN else 10
    if counts.get(e, 0) < need: err(f"entity {e} has only {counts.get(e, 0)} spans (need {need})")
if len(pos) < 500: err(f"only {len(pos)} positive lines")
if len(neg) < 300: err(f"only {len(neg)} negative lines")

print(f"positives: {len(pos)} lines, {sum(counts.values())} spans; negatives: {len(neg)} lines")
for e in ENTITIES: print(f"  {e:24s} {counts.get(e, 0)}")
print(f"negatives for review ({len(review)}):")
for r in review: print('  ', r)
for w in warnings: print('WARN', w)
for e in errors[:200]: print('ERROR', e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
