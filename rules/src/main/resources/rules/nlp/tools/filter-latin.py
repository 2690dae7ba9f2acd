# Turns the JSON written by extract-faker-names.mjs into names/faker-{first,last}-names.txt (Latin-script only).
# Usage: python3 filter-latin.py names.json ../names
import json, re, sys
d = json.load(open(sys.argv[1]))
latin = ['en','de','fr','es','it','nl','pl','pt_BR','en_IN','vi','tr','en_GH','en_NG','yo_NG','sv','nb_NO','fi','cs_CZ','ro','hu','id_ID','lv','da']
ok = re.compile(r"^[A-Za-zÀ-ÖØ-öø-žƠ-ơƯ-ưẠ-ỹ'’\- ]+$")
hdr = open(sys.argv[2] + '/faker-first-names.txt').read().split('\n')[:4]
for kind in ['first', 'last']:
    seen = set(); rows = []
    for loc in latin:
        for n in d[loc][kind]:
            n = n.strip()
            if 2 <= len(n) <= 30 and ok.match(n) and (loc, n) not in seen:
                seen.add((loc, n)); rows.append(f"{loc}\t{n}")
    open(f'{sys.argv[2]}/faker-{kind}-names.txt', 'w').write("\n".join(hdr) + "\n" + "\n".join(rows) + "\n")
