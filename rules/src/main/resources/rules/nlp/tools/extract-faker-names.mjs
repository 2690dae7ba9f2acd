// Usage: npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz && node extract-faker-names.mjs package names.json
import * as fs from 'fs';
const locales = ['en','de','fr','es','it','nl','pl','pt_BR','en_IN','zh_CN','ar','ja','ko','vi','tr','en_GH','en_NG','yo_NG','sv','nb_NO','fi','el','ru','uk','cs_CZ','ro','hu','he','fa','ur','id_ID','th','lv','da'];
const pkg = process.argv[2] + '/dist/';
const files = fs.readdirSync(pkg);
const out = {};
for (const loc of locales) {
  const f = files.find(x => x.startsWith(loc + '-') && x.endsWith('.js'));
  if (!f) { console.error('missing', loc); continue; }
  const m = await import(pkg + f);
  // find exported locale definition objects
  let def = null;
  for (const v of Object.values(m)) { if (v && typeof v === 'object' && v.person) { def = v; break; } }
  if (!def) { for (const v of Object.values(m)) { if (v && v.definitions) { def=v.definitions; break;} } }
  if (!def || !def.person) { console.error('no person', loc, Object.keys(m)); continue; }
  const p = def.person;
  const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
  const first = flat(p.first_name), last = flat(p.last_name);
  out[loc] = {first:[...new Set(first.map(x=>typeof x==='string'?x:x.value))], last:[...new Set(last.map(x=>typeof x==='string'?x:x.value))]};
  console.error(loc, f, out[loc].first.length, out[loc].last.length);
}
fs.writeFileSync(process.argv[3], JSON.stringify(out));
