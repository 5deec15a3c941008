// Builds data/generated/confusable-countries.json: pairs of countries whose names are easy to
// write for each other ("Austria"/"Australia", "Slovenia"/"Slovakia", "Iran"/"Iraq"), from
// the countries of data/generated/entities.json (names within a small edit distance, or
// sharing a stem), plus the curated pairs of data/rules/confusables.json ("countryPairs":
// confusions of meaning rather than spelling, such as Dutch and Danish). The check that uses
// them (src/core/entities/checks/confusableCountries.ts) flags a country only where the
// article's own evidence points at the other one of its pair.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kb = JSON.parse(readFileSync(join(root, 'data/generated/entities.json'), 'utf8'));
const rules = JSON.parse(readFileSync(join(root, 'data/rules/confusables.json'), 'utf8'));

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Why two one-name spellings are confusable, or '' when they are not. */
function spellingReason(a, b) {
  if (a === b) return '';
  // One name inside the other ("Sudan", "South Sudan"; "Guinea", "Equatorial Guinea") is a
  // short form in common use, not a slip.
  if (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return '';
  const d = editDistance(a, b);
  const short = Math.min(a.length, b.length);
  const prefix = commonPrefix(a, b);
  if (d <= 1 && short >= 4) return `edit distance ${d}`;
  if (d <= 2 && short >= 5 && prefix >= 1) return `edit distance ${d}`;
  if (d <= 3 && short >= 6 && prefix >= 2) return `edit distance ${d}`;
  // A shared stem inside one word ("Austr-", "Slov-"), not a shared first word ("South", "Saint").
  if (prefix >= 4 && short >= 6 && !a.slice(0, prefix + 1).includes(' ') && !b.slice(0, prefix + 1).includes(' ')) return `shared stem “${a.slice(0, prefix)}”`;
  return '';
}

const countries = kb.entities.filter((e) => e.kind === 'country');
const byName = new Map();
for (const c of countries) for (const n of [c.name, ...(c.aliases ?? []), ...(c.short ?? [])]) byName.set(fold(n), c);

const pairs = new Map();
const add = (a, b, why) => {
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  const key = `${x.id} ${y.id}`;
  if (!pairs.has(key)) pairs.set(key, { a: x.id, b: y.id, why });
};

for (let i = 0; i < countries.length; i++)
  for (let j = i + 1; j < countries.length; j++) {
    const a = countries[i];
    const b = countries[j];
    // Names, then the one-word adjectives ("Slovak"/"Slovene" are not, "Austrian"/"Australian" are).
    const why = spellingReason(fold(a.name), fold(b.name));
    if (why) add(a, b, `names: ${why}`);
  }

for (const p of rules.countryPairs ?? []) {
  const a = byName.get(fold(p.a));
  const b = byName.get(fold(p.b));
  if (!a || !b) throw new Error(`confusables.json countryPairs: unknown country in ${p.a} / ${p.b}`);
  // A pair confused in spelling that the edit distances miss (Mali/Malawi: too short; Guinea/
  // Equatorial Guinea: one name inside the other) is marked `spelling` and needs as little
  // evidence as the computed pairs; the others are confusions of meaning.
  add(a, b, `${p.spelling ? 'names' : 'curated'}: ${p.why}`);
}

// Country codes copy writes after names in results and line-ups ("Lukas Weisshaidinger (AUT)"): ISO
// 3166-1 alpha-3 and the IOC's codes, from npm country-data (MIT). A code two countries would
// claim (one's ISO code another's IOC code) is left out.
const require = createRequire(import.meta.url);
const regionNames = new Map(require('country-region-data/data.json').map((c) => [c.countryShortCode, c.countryName]));
const codeOwners = new Map();
for (const c of require('country-data/data/countries.json')) {
  if (c.status !== 'assigned') continue;
  const e = byName.get(fold(c.name)) ?? byName.get(fold(c.name.replace(/,.*$/, ''))) ?? byName.get(fold(c.name).replace(/ of /, ' of the ')) ?? byName.get(fold(regionNames.get(c.alpha2) ?? ''));
  if (!e) continue;
  for (const code of [c.alpha3, c.ioc]) if (/^[A-Z]{3}$/.test(code)) (codeOwners.get(code) ?? codeOwners.set(code, new Set()).get(code)).add(e.id);
}
const codes = {};
for (const [code, ids] of [...codeOwners].sort((x, y) => x[0].localeCompare(y[0]))) if (ids.size === 1) codes[code] = [...ids][0];

const out = {
  source:
    'Generated by scripts/build-confusable-countries.mjs from the countries of data/generated/entities.json (names within a small edit distance or sharing a stem) and the curated countryPairs of data/rules/confusables.json.',
  pairs: [...pairs.values()].sort((x, y) => (x.a + x.b).localeCompare(y.a + y.b)),
  codesSource: 'ISO 3166-1 alpha-3 and IOC country codes from npm country-data 0.0.31 (MIT), matched to the countries of entities.json by name',
  codes,
};
writeFileSync(join(root, 'data/generated/confusable-countries.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`confusable-countries.json: ${out.pairs.length} pairs, ${Object.keys(codes).length} country codes`);
