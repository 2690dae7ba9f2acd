#!/usr/bin/env python3
"""Composes probe.jsonl / negatives.jsonl from templates + pool.jsonl (valid values from the testdata generators).
Usage: python3 compose.py   (seeded; reproducible)"""
import json, re, random, sys

random.seed(7)
pool = [json.loads(l) for l in open('pool.jsonl')]
by_country = {}
for p in pool:
    by_country.setdefault(p['country'], []).append(p)
cursor = {c: 0 for c in by_country}
ALIAS = {'CH': 'DE', 'AT': 'DE', 'BE': 'FR'}

def persona(cc):
    cc = ALIAS.get(cc, cc)
    lst = by_country[cc]
    p = lst[cursor[cc] % len(lst)]
    cursor[cc] += 1
    return p

def card_group(d):
    n = len(d)
    if n == 15: g = [4, 6, 5]
    elif n == 13: g = [4, 3, 3, 3]
    elif n == 14: g = [4, 6, 4]
    else: g = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k]); i += k
    return out

def fmt(entity, v, f):
    if not f:
        return v
    digits = re.sub(r'\D', '', v)
    if f == 'digits': return digits
    if f == 'plain': return re.sub(r'[^0-9A-Za-z]', '', v)
    if f == 'sp4':
        c = v.replace(' ', '')
        return ' '.join(c[i:i + 4] for i in range(0, len(c), 4))
    if f in ('dash', 'space'):
        sep = '-' if f == 'dash' else ' '
        if entity == 'CREDIT_CARD': return sep.join(card_group(digits))
        return sep.join([digits[:3], digits[3:5], digits[5:]])
    if f == 'sp':
        c = v.replace(' ', '')
        return f'{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8]}'
    if f == 'e164':
        if v.startswith('+'): return '+' + digits
        if len(digits) == 10: return '+1' + digits
        if len(digits) == 11 and digits[0] == '1': return '+' + digits
        return v
    if f == 'indent': return v.replace('\n', '\n  ')
    if f == 'escnl': return v.replace('\n', '\\n')
    raise ValueError(f)

TOK = re.compile(r'\{([A-Z_]+)=([A-Za-z0-9_]+)(?:\|([a-z0-9_]+))?\}|\{@([A-Za-z0-9_]+)\}|\{([A-Z_]+)~([^}]+)\}')

def render(tpl, p):
    tpl = tpl.replace('\\n', '\n').replace('\\t', '\t')
    out, spans, pos = [], [], 0
    length = 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit); length += len(lit.encode('utf-16-le')) // 2
        if m.group(4):
            val = p[m.group(4)]
        elif m.group(5):  # literal labeled value written into the template
            ent, val = m.group(5), m.group(6)
            spans.append({'start': length, 'end': length + len(val.encode('utf-16-le')) // 2, 'entity': ent, '_v': val})
        else:
            ent, key, f = m.group(1), m.group(2), m.group(3)
            val = fmt(ent, p[key], f)
            ulen = len(val.encode('utf-16-le')) // 2
            spans.append({'start': length, 'end': length + ulen, 'entity': ent, '_v': val})
        out.append(val); length += len(val.encode('utf-16-le')) // 2
        pos = m.end()
    out.append(tpl[pos:])
    text = ''.join(out)
    assert '{' + 'IP_' not in text and not re.search(r'\{[A-Z_]+[=~]', text), text
    u16 = text.encode('utf-16-le')
    for s in spans:  # offset check in UTF-16 units
        assert u16[2 * s['start']:2 * s['end']].decode('utf-16-le') == s.pop('_v'), (tpl, s)
    return text, spans

def build(src, dst, prefix):
    n = 0
    with open(dst, 'w') as o:
        for line in open(src, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cc = 'US'
            m = re.match(r'^([A-Z]{2})\|', line)
            if m:
                cc, line = m.group(1), line[3:]
            p = persona(cc)
            text, spans = render(line, p)
            n += 1
            o.write(json.dumps({'id': f'{prefix}-{n:03d}', 'text': text, 'spans': spans}, ensure_ascii=False) + '\n')
    print(dst, n)

build('templates_pos.txt', 'probe.jsonl', 'p')
build('templates_neg.txt', 'negatives.jsonl', 'n')
