// Builds data/generated/near-words.json: ordinary English words and common
// names one Damerau–Levenshtein edit away from a knowledge-base name token.
// The near-miss check must not flag "Merkle" on its own just because it is one
// edit from "Merkel"; this list lets it tell a real word from a typo offline.
//
// Usage: node scripts/build-near-words.mjs   (also chained by build-entities.mjs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTITIES = join(ROOT, 'data', 'generated', 'entities.json');
const POPULAR = join(ROOT, 'data', 'generated', 'popular-entities.json');
const OUT = join(ROOT, 'data', 'generated', 'near-words.json');

// Dictionaries are loaded by path so the result does not depend on a cspell config.
const DICTIONARIES = [
  { name: 'en_us', path: '@cspell/dict-en_us/en_US.trie.gz' },
  { name: 'en_gb', path: '@cspell/dict-en-gb-mit/en_GB.trie.gz' },
  { name: 'people-names', path: '@cspell/dict-people-names/dict/people-names.txt' },
  { name: 'companies', path: '@cspell/dict-companies/dict/companies.txt' },
];

const MIN_TOKEN_LENGTH = 4;
const KNOWN_NAMES = join(ROOT, 'data', 'generated', 'known-names.txt');
/** Towns this big attract slips in place context: the same as ATTRACTING_POPULATION in src/core/entities/checks/nearMiss.ts (a unit test keeps them equal). */
export const ATTRACTING_POPULATION = 100_000;

/** Names of the towns in known-names.txt that attract slips (their words must be told from English words near them). */
export function attractingPlaces(text) {
  const lines = text.split('\n');
  const counts = lines[0].split('\t').slice(1).map(Number);
  if (counts.length < 4) return [];
  const from = 1 + counts[0] + counts[1] + counts[2] + counts[3];
  const out = [];
  for (const line of lines.slice(from, from + counts[3])) {
    const [display, description, population] = line.split('\t');
    // Smaller towns attract only slips of the hand (typoShaped in nearMiss.ts): `small` asks for those edits only.
    out.push({ name: display, small: !(Number(population) >= ATTRACTING_POPULATION || (description ?? '').startsWith('region')) });
  }
  return out;
}

const VOWEL = /[aeiouy]/;
/** The edits typoShaped (src/core/entities/checks/nearMiss.ts) lets a smaller town attract: vowels and doubled letters, swaps of neighbours. */
export function typoEditsOf(token) {
  const lower = token.toLowerCase();
  const chars = [...lower];
  const out = new Set();
  for (let i = 0; i < chars.length; i++) {
    if (VOWEL.test(chars[i]) || chars[i] === chars[i - 1] || chars[i] === chars[i + 1]) out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
    if (VOWEL.test(chars[i])) for (const v of 'aeiouy') if (v !== chars[i]) out.add([...chars.slice(0, i), v, ...chars.slice(i + 1)].join(''));
    out.add([...chars.slice(0, i + 1), chars[i], ...chars.slice(i + 1)].join(''));
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const c = [...chars];
    [c[i], c[i + 1]] = [c[i + 1], c[i]];
    out.add(c.join(''));
  }
  for (let i = 0; i <= chars.length; i++) for (const v of 'aeiouy') out.add([...chars.slice(0, i), v, ...chars.slice(i)].join(''));
  out.delete(lower);
  const capital = /^\p{Lu}/u.test(token);
  return [...out].filter((w) => w.length > 0).map((w) => (capital ? w.charAt(0).toUpperCase() + w.slice(1) : w));
}
const NAME_FIELDS = ['name', 'aliases', 'short', 'variants', 'adjectives', 'demonyms'];

/** Runs of letters/digits in every name form except acronyms ("Merkel", "Lula", "Sino"). */
export function nameTokens(entities) {
  const tokens = new Set();
  for (const e of entities) {
    for (const field of NAME_FIELDS) {
      for (const form of [].concat(e[field] ?? [])) {
        for (const t of form.split(/[^\p{L}\p{N}]+/u)) if ([...t].length >= MIN_TOKEN_LENGTH) tokens.add(t);
      }
    }
    // Combining forms are used as "Sino-": their token matters too.
    for (const form of e.combiningForms ?? []) if (form.length >= MIN_TOKEN_LENGTH) tokens.add(form);
  }
  return tokens;
}

/** All strings one deletion, transposition, substitution or insertion away. */
export function editsOf(token) {
  const lower = token.toLowerCase();
  const alphabet = new Set('abcdefghijklmnopqrstuvwxyz');
  for (const ch of lower) if (/\p{L}/u.test(ch)) alphabet.add(ch);
  const letters = [...alphabet];
  const chars = [...lower];
  const out = new Set();
  for (let i = 0; i < chars.length; i++) out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  for (let i = 0; i + 1 < chars.length; i++) {
    const c = [...chars];
    [c[i], c[i + 1]] = [c[i + 1], c[i]];
    out.add(c.join(''));
  }
  for (let i = 0; i < chars.length; i++) for (const l of letters) if (l !== chars[i]) out.add([...chars.slice(0, i), l, ...chars.slice(i + 1)].join(''));
  for (let i = 0; i <= chars.length; i++) for (const l of letters) out.add([...chars.slice(0, i), l, ...chars.slice(i)].join(''));
  out.delete(lower);
  // Keep the token's initial capitalisation: "Merkel" -> "Merkle".
  const capital = /^\p{Lu}/u.test(token);
  return [...out].filter((w) => w.length > 0).map((w) => (capital ? w.charAt(0).toUpperCase() + w.slice(1) : w));
}

export async function main() {
  const started = Date.now();
  const { getDictionary } = await import('cspell-lib');
  const dictionaryDefinitions = DICTIONARIES.map((d) => ({ name: d.name, path: join(ROOT, 'node_modules', d.path) }));
  // en_GB (MIT) carries some capitalised misspellings of place names ("Guatamala"), so it
  // only vouches for lower-case ordinary words; the other dictionaries vouch for names too.
  const dict = await getDictionary({ dictionaryDefinitions, dictionaries: DICTIONARIES.map((d) => d.name).filter((n) => !/gb/i.test(n)) });
  // Which words only the name lists vouch for ("Isreal" is someone's given name, but in news
  // copy it is nearly always Israel misspelt): the engine trusts those less near country names.
  const english = await getDictionary({ dictionaryDefinitions, dictionaries: ['en_us'] });
  const gbNames = DICTIONARIES.map((d) => d.name).filter((n) => /gb/i.test(n));
  const gb = gbNames.length ? await getDictionary({ dictionaryDefinitions, dictionaries: gbNames }) : undefined;
  const kb = JSON.parse(readFileSync(ENTITIES, 'utf8'));
  // The popular entities from the name lists attract near-misses too (scripts/build-known-names.mjs).
  const popular = existsSync(POPULAR) ? JSON.parse(readFileSync(POPULAR, 'utf8')).entities : [];
  const towns = existsSync(KNOWN_NAMES) ? attractingPlaces(readFileSync(KNOWN_NAMES, 'utf8')) : [];
  const tokens = nameTokens([...kb.entities, ...popular, ...towns.filter((t) => !t.small)]);
  const smallTokens = [...nameTokens(towns.filter((t) => t.small))].filter((t) => !tokens.has(t));
  // A town's name near an entity's is a word of its own ("Tainan" near Taiwan): only the entities' tokens are skipped.
  const known = new Set([...nameTokens([...kb.entities, ...popular])].map((t) => t.toLowerCase()));
  const words = new Set();
  const namesOnly = new Set();
  let checked = 0;
  // Each edit of a token that a dictionary holds is a word; one only the names dictionaries hold is a name.
  const collect = (sortedTokens, edits) => {
    for (const token of sortedTokens) {
      for (const candidate of edits(token)) {
        const lower = candidate.toLowerCase();
        if (known.has(lower) || words.has(lower)) continue;
        checked++;
        const inEnglish = english.has(candidate, { ignoreCase: true }) || gb?.has(lower, { ignoreCase: false });
        if (inEnglish || dict.has(candidate, { ignoreCase: true })) words.add(lower);
        if (!inEnglish && words.has(lower)) namesOnly.add(lower);
      }
    }
  };
  collect([...tokens].sort(), editsOf);
  collect(smallTokens.sort(), typoEditsOf);
  const file = {
    source:
      'Words and names within Damerau-Levenshtein distance 1 of a name token (length >= 4) in data/generated/entities.json and popular-entities.json, and of the towns in known-names.txt (smaller towns: vowel, doubled-letter and neighbour-swap edits only), ' +
      'found in the cspell dictionaries @cspell/dict-en_us, @cspell/dict-en-gb-mit, @cspell/dict-people-names and @cspell/dict-companies (MIT licence). ' +
      'Built by scripts/build-near-words.mjs.',
    words: [...words].sort(),
    // Subset of `words` found only in the people-names and companies lists, not in an English dictionary.
    namesOnly: [...namesOnly].sort(),
  };
  writeFileSync(OUT, JSON.stringify(file, null, 1) + '\n');
  console.log(`near-words.json: ${file.words.length} words from ${tokens.size} tokens (${checked} candidates) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
