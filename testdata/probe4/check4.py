#!/usr/bin/env python3
"""probe4 checker. Verifies probe4.jsonl / probe4-negatives.jsonl:
 1. JSON shape, unique ids, spans in bounds, sorted, non-overlapping, known entity; negatives have no spans
 2. every span's text (UTF-16 offsets) equals the value compose4.py inserted (probe4*.values.jsonl)
 3. every span value is valid for its entity (testdata Validators via Guard.java; DOB in IT/NL/PT/PL long form by
    month tables here); span boundaries do not cut into a word
 4. no pool value (any labeled-entity key of any persona in pool.jsonl, also digit-normalised) occurs outside a span
 5. Guard scan: no checksum-/format-valid identifier, e-mail, IP, PEM or session id outside a span
 6. negatives: heuristic review list (password-like key=value, birth words near dates, '@', '+digits')
 7. per-entity counts (each scored entity >= 8 spans)
Exit code 1 on any error."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from compose4 import Guard, ENTITIES, MONTHS  # noqa: E402  (importing does not compose anything)

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def u16(s): return s.encode('utf-16-le')
def sub16(t, a, b): return u16(t)[2 * a:2 * b].decode('utf-16-le')

pos = [json.loads(l) for l in open('probe4.jsonl', encoding='utf-8')]
neg = [json.loads(l) for l in open('probe4-negatives.jsonl', encoding='utf-8')]
vals = {v['id']: v for f in ('probe4.values.jsonl', 'probe4-negatives.values.jsonl')
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
for rec in pos:
    t = rec['text']
    for s in rec['spans']:
        val = sub16(t, s['start'], s['end'])
        ok = g.valid(s['entity'], val)
        if not ok and s['entity'] == 'DATE_OF_BIRTH':
            m = LONG.fullmatch(val)
            ok = bool(m and m.group(2) in month_words)
            if not ok and re.fullmatch(r'\d{2} [/.] \d{2} [/.] \d{4}', val):   # OCR spacing "12 / 03 / 1985"
                ok = g.valid('DATE_OF_BIRTH', val.replace(' ', ''))
        if not ok: err(f"{rec['id']}: {s['entity']} value not valid: {val[:60]!r}")
        before = sub16(t, s['start'] - 1, s['start']) if s['start'] > 0 else ''
        after = sub16(t, s['end'], s['end'] + 1)
        if re.match(r'[A-Za-z0-9]', before) or re.match(r'[A-Za-z0-9]', after):
            err(f"{rec['id']}: span {s['entity']} {val[:40]!r} touches a word ({before!r}|{after!r})")

# 4 unlabeled pool values
pool = [json.loads(l) for l in open('pool.jsonl', encoding='utf-8')]
SKIP = {'country', 'given', 'surname', 'female', 'addr', 'dl_state', 'dl_stateName'}
raw, digit_vals = {}, set()
for p in pool:
    for k, v in p.items():
        if k in SKIP: continue
        if len(v) >= 6:
            raw.setdefault(v[:5], set()).add(v)
        d = re.sub(r'\D', '', v)
        if k.startswith(('dob_', 'phone_')) or len(d) < 8: continue
        if re.fullmatch(r'[\d \-./]+', v): digit_vals.add(d)
RUN = re.compile(r'(?<![A-Za-z0-9])\d+(?:[ .\-/]\d+)*(?![A-Za-z0-9])')
for rec in pos + neg:
    t = rec['text']
    # mask labeled spans (work in UTF-16 units)
    units = list(range(len(u16(t)) // 2))
    masked16 = bytearray(u16(t))
    for s in rec['spans']:
        for i in range(s['start'], s['end']):
            masked16[2 * i:2 * i + 2] = '\x00'.encode('utf-16-le')
    mt = masked16.decode('utf-16-le')
    for i in range(len(mt) - 5):
        c = raw.get(mt[i:i + 5])
        if c:
            for v in c:
                if mt.startswith(v, i):
                    err(f"{rec['id']}: unlabeled pool value {v[:50]!r}")
    for m in RUN.finditer(mt):
        groups = re.findall(r'\d+', m.group())
        for a in range(len(groups)):
            for b in range(a, len(groups)):
                d = ''.join(groups[a:b + 1])
                if d in digit_vals: err(f"{rec['id']}: unlabeled pool digits {d}")

# 5 guard scan
for rec in pos + neg:
    hits = g.scan(rec['text'], rec['spans'])
    if vals[rec['id']].get('allow_ip'):
        hits = [h for h in hits if h[0] != 'IP_ADDRESS']
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

# 6b positives: heuristic review of unlabeled text (entities the Guard cannot validate: phone, DOB, password,
#    bank account, passport, driver licence). Anything printed here was read by hand.
pos_review = []
for rec in pos:
    t = rec['text']
    m16 = bytearray(u16(t))
    for s in rec['spans']:
        for i in range(s['start'], s['end']):
            m16[2 * i:2 * i + 2] = '\x00'.encode('utf-16-le')
    mt = m16.decode('utf-16-le')
    for m in re.finditer(r'(?i)(?:password|passwd|pwd|pass|secret|kennwort|mot de passe|contraseña)\w*["\']?\s*(?:[:=]|=>)\s*["\']?([^\s"\',;)]+)', mt):
        v = m.group(1)
        if '\x00' in v or re.fullmatch(r'\$\{?\w+\}?|\*+|<\w+>|getenv\(.*|os\.Getenv\(.*', v):
            continue
        pos_review.append((rec['id'], 'password-like', m.group()[:60]))
    for m in re.finditer(r'(?i)(born|birth|geb\.|geboren|geburt|naissance|né |née |nacid|nascit|urodz|DOB|D\.O\.B|nasci)[^\n]{0,25}?(\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4})', mt):
        pos_review.append((rec['id'], 'birth word + unlabeled date', m.group()[:60]))
    for m in re.finditer(r'(?<![\w.:/-])(?:\+|\(0|0)\d[\d ()./-]{6,}\d(?![\w])', mt):
        if len(re.sub(r'\D', '', m.group())) >= 8 and not re.match(r'\d{4}-\d{2}', m.group()):
            pos_review.append((rec['id'], 'phone-like', m.group()))
    for m in re.finditer(r'(?i)(account|acct|konto|rekening|cuenta|passport|licen[cs]e|\bDL\b)[^\n]{0,12}?(?<![\w-])(\d{8,17})(?![\w-])', mt):
        pos_review.append((rec['id'], 'account/passport/DL-like', m.group()[:60]))

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
for e in ENTITIES:
    if counts.get(e, 0) < 8: err(f"entity {e} has only {counts.get(e, 0)} spans")

print(f"positives: {len(pos)} lines, {sum(counts.values())} spans; negatives: {len(neg)} lines")
for e in ENTITIES: print(f"  {e:24s} {counts.get(e, 0)}")
print(f"negatives for review ({len(review)}):")
for r in review: print('  ', r)
print(f"positives for review ({len(pos_review)}):")
for r in pos_review: print('  +', r)
for w in warnings: print('WARN', w)
for e in errors[:200]: print('ERROR', e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
