// A town put in a country or region it does not lie in: "Kitwe, in Southern Province" (Kitwe is
// in Copperbelt), "the rocket lifted off from Kourou, in French Polynesia" (French Guiana),
// "the Open 13 in Marseille, in southern Italy" (France), and a town put in the wrong half of its
// own country ("Milan, in southern Italy"). The knowledge is data at scale: every town of 15,000
// or more with its homonyms down to 1,000 inhabitants, their countries, first-level regions and
// positions (data/generated/entity-facts.json `places`, from SimpleMaps and GeoNames by
// scripts/build-entity-facts.mjs). A name several towns share is judged against all of them: "in
// Huntsville, Texas" stands because one Huntsville is in Texas. Only these shapes are read, after
// a word that places the town ("in", "at", "from", "near"…): "X, Y", "X, in Y", "X in Y", "X (Y)",
// "X, a city in Y", and "the Y city/town/port of X".
import type { Atom } from '../../text/atoms';
import type { Block, CheckContext, Mention } from '../context';
import type { Finding } from '../types';
import { fromUtf8Bytes, toUtf8Bytes } from '../../text/utf8Bytes';
import { NAME_PARTICLES } from '../titles';
import { MONTHS, WEEKDAYS } from '../../text/calendar';

/** data/generated/entity-facts.json `places`, with the towns of data/generated/towns.tsv */
export interface PlaceFactsFile {
  /** ISO code → [country entity id or "", its name]. */
  countries: Record<string, [string, string]>;
  /** ISO codes of the countries whose own script is not Latin: their names in English copy are romanisations (data/curated/places.yaml). */
  romanised?: string[];
  /** Of those, the ISO codes of the countries whose romanisations write one vowel for another (o/u, e/i: abjads, rival systems). */
  vowelRomanised?: string[];
  /** Territory code → the code of the state it belongs to. */
  sovereign: Record<string, string>;
  /** ISO code → its first-level regions' names (the towns' region indexes point here), in English where CLDR gives it. */
  regions: Record<string, string[]>;
  /** ISO code → region index → other names of the region (its own language's: "Małopolskie" for Lesser Poland). */
  regionAliases?: Record<string, Record<string, string[]>>;
  /** A region's adjective ("Bavarian") → [ISO code, region index] of the regions it names. */
  regionAdjectives?: Record<string, Array<[string, number]>>;
  /** Historical lands, islands and named parts of countries, as the first-level regions they cover (indexes). */
  areas?: Array<{ name: string; cc: string; regions: number[]; adjectives: string[] }>;
  /** ISO code → [south, north, west, east] (5th and 95th centiles of its towns). */
  extents: Record<string, [number, number, number, number]>;
  /** ISO code → names of its second-level regions where the first level is coarser (the UK's counties). */
  minorRegions?: Record<string, string[]>;
  /** ISO code → each second-level region's centre [lat, lon] (the mean of its towns), or null. */
  minorCentres?: Record<string, Array<[number, number] | null>>;
  /** ISO code → region index → the region's spread, where it has a dozen towns of 5,000 or more. */
  regionExtents?: Record<string, Record<string, [number, number, number, number]>>;
  /** ISO code → by region index, the region's seat as SimpleMaps marks it ("Fredericton" for New Brunswick), "" where none. */
  regionSeats?: Record<string, string[]>;
  /** ISO codes of the countries whose first-level regions are departments (Colombia's; not France's). */
  departmentCountries?: string[];
  /** ISO codes of the countries whose provinces are below their first-level regions (Italy's, Spain's). */
  secondLevelProvinceCountries?: string[];
  /**
   * "key\tCC:region:lat:lon:thousands[:county];…" per line, the biggest first, the lines sorted
   * by key; every town of 1,000 or more (county: an index into `minorRegions`). Kept in a file of
   * its own (data/generated/towns.tsv), which the adapters read as bytes: see `townsUtf8`.
   */
  towns: string;
  /** True when `towns` holds the file's UTF-8 bytes, one per code unit (4 MB loaded without decoding). */
  townsUtf8?: boolean;
}

interface Town {
  cc: string;
  region: number;
  lat: number;
  lon: number;
  pop: number;
  /** The second-level region (an index into `minorRegions`: England's shire counties), or -1. */
  minor: number;
}

export interface PlaceFacts {
  file: PlaceFactsFile;
  /** Where each line of `towns` starts, found on first use. */
  starts?: Int32Array;
  decoded: Map<string, Town[]>;
  /** Keys searched for and not found. */
  missing: Set<string>;
  /** Folded region name → [code, index]. */
  regionsByKey?: Map<string, Array<[string, number]>>;
  /** Folded second-level region name → [code, index]. */
  minorByKey?: Map<string, Array<[string, number]>>;
  /** Folded area name or adjective → the area. */
  areasByKey?: Map<string, NonNullable<PlaceFactsFile['areas']>[number]>;
  codeOf?: Map<string, string>;
  /** Towns of 50,000 or more with their keys, decoded on first use. */
  big?: Array<Town & { name: string }>;
}

export function placeFacts(file: PlaceFactsFile | undefined): PlaceFacts | undefined {
  return file ? { file, decoded: new Map(), missing: new Set() } : undefined;
}

/** The key of a place name, as the build makes it: accents, case and punctuation folded. */
export function placeKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʻ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when every town named `a` and every town named `b` of one country lie more than `km` apart
 * (and the two names are towns of one country at all): "based in Vejle" for a bank of Silkeborg
 * is another town, not its suburb. Undefined when either name is no town the facts hold.
 */
export function townsApart(pf: PlaceFacts | undefined, a: string, b: string, km: number): boolean | undefined {
  if (!pf) return undefined;
  const xs = townsNamed(pf, placeKey(a));
  const ys = townsNamed(pf, placeKey(b));
  if (!xs || !ys) return undefined;
  let pairs = 0;
  for (const x of xs)
    for (const y of ys) {
      if (x.cc !== y.cc) continue;
      pairs++;
      if (distanceKm(x, y) <= km) return false;
    }
  return pairs > 0 ? true : undefined;
}

/**
 * True when a town named `written` of 300,000 or more lies within 50 km of a town named `seat` of
 * the same country, bigger than the seat's: the big city whose area the seat is in, which copy names
 * for it ("Ajinomoto Stadium in Tokyo" for Chōfu's, "Allianz Field in Minneapolis" for Saint Paul's).
 */
export function bigCityAround(pf: PlaceFacts | undefined, seat: string, written: string, city = seat): boolean {
  if (!pf) return false;
  const xs = townsNamed(pf, placeKey(seat));
  const ys = townsNamed(pf, placeKey(written))?.filter((y) => y.pop >= 300);
  if (!xs || !ys?.length) return false;
  // (Not where the venue's own city, `city` — the seat's, where `seat` is its district — is the bigger:
  // Cologne's Lanxess Arena, in its district Deutz, is not in Düsseldorf's area.)
  const own = (x: Town) => Math.max(x.pop, ...(townsNamed(pf, placeKey(city)) ?? []).filter((c) => c.cc === x.cc && distanceKm(c, x) <= 50).map((c) => c.pop));
  return xs.some((x) => ys.some((y) => x.cc === y.cc && own(x) < y.pop && distanceKm(x, y) <= 50));
}

/**
 * A first-level region written after a town and a comma ("Camden, New Jersey": atom k is the
 * region's first word) that is not the region of the seat named `seat`: the region's last atom and
 * the seat's own region's name, to fix the pair as one ("Chester, Pennsylvania"). Undefined where
 * no region follows, the seat lies in it, or the seat's region is not known for certain.
 */
export function otherRegionAfter(block: Block, pf: PlaceFacts | undefined, k: number, seat: string, cc: string | undefined, written: string): { last: number; seatRegion: string } | undefined {
  if (!pf) return undefined;
  const { atoms } = block;
  for (const n of [3, 2, 1]) {
    const words = atoms.slice(k, k + n);
    if (words.length < n || !words.every((a) => a.capitalized) || words.some((a, x) => x > 0 && a.gap !== ' ')) continue;
    const named = regionsNamed(pf, placeKey(words.map((a) => a.base).join(' ')));
    if (!named?.length) continue;
    // (Of the seat's namesakes, the one nearest the town written, within 150 km: Chester, Pennsylvania, beside Camden.)
    const near = (townsNamed(pf, placeKey(written)) ?? []).filter((t) => cc === undefined || t.cc === cc);
    const apart = (t: Town) => Math.min(Infinity, ...near.map((x) => distanceKm(t, x)));
    const all = (townsNamed(pf, placeKey(seat)) ?? []).filter((t) => (cc === undefined || t.cc === cc) && apart(t) <= 150);
    const nearest = Math.min(Infinity, ...all.map(apart));
    const seats = all.filter((t) => apart(t) === nearest);
    const regions = new Set(seats.map((t) => `${t.cc}:${t.region}`));
    if (seats.length === 0) return undefined;
    if (regions.size !== 1 || seats[0].region < 0) return undefined;
    if (named.some(([c, r]) => regions.has(`${c}:${r}`))) return undefined;
    const seatRegion = pf.file.regions[seats[0].cc]?.[seats[0].region];
    return seatRegion ? { last: k + n - 1, seatRegion } : undefined;
  }
  return undefined;
}

export function townsNamed(pf: PlaceFacts, key: string): Town[] | undefined {
  const text = pf.file.towns;
  if (!pf.starts) {
    // The lines are sorted by key: found by halves, never split up.
    const starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    pf.starts = Int32Array.from(starts);
  }
  let hit = pf.decoded.get(key);
  if (hit) return hit;
  // Most words asked about are no town: each is searched for once (a bounded set).
  if (pf.missing.has(key)) return undefined;
  const starts = pf.starts;
  const sought = pf.file.townsUtf8 ? toUtf8Bytes(key) : key;
  let lo = 0;
  let hi = starts.length - 1;
  let raw: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const tab = text.indexOf('\t', starts[mid]);
    const k = text.slice(starts[mid], tab);
    if (k === sought) {
      const end = mid + 1 < starts.length ? starts[mid + 1] - 1 : text.length;
      raw = text.slice(tab + 1, end);
      break;
    }
    if (k < sought) lo = mid + 1;
    else hi = mid - 1;
  }
  if (!raw) {
    if (pf.missing.size >= 50_000) pf.missing.clear();
    pf.missing.add(key);
    return undefined;
  }
  hit = raw.split(';').map(decodeTown);
  pf.decoded.set(key, hit);
  return hit;
}

/** One town of a line's list: "CC:region:lat:lon:thousands[:county]" (an empty region is none). */
function decodeTown(entry: string): Town {
  const [cc, r, lat, lon, pop, minor] = entry.split(':');
  return { cc, region: r === '' ? -1 : Number(r), lat: Number(lat), lon: Number(lon), pop: Number(pop), minor: minor === undefined ? -1 : Number(minor) };
}

/** The second-level regions (England's shire counties) of a folded name. */
function minorNamed(pf: PlaceFacts, key: string): Array<[string, number]> | undefined {
  if (!pf.minorByKey) {
    pf.minorByKey = new Map();
    for (const [cc, names] of Object.entries(pf.file.minorRegions ?? {}))
      names.forEach((name, i) => {
        const k = placeKey(name);
        (pf.minorByKey!.get(k) ?? pf.minorByKey!.set(k, []).get(k)!).push([cc, i]);
      });
  }
  return pf.minorByKey.get(key);
}

/** "West Pomeranian", "Kuyavian-Pomeranian" before a region's word: the region's name ("West Pomerania"). */
function unAdjective(key: string): string {
  return key
    .split(' ')
    .map((w) => (/ian$/.test(w) ? w.slice(0, -1) : w))
    .join(' ');
}

/** Countries whose second-level regions copy names without their word: England's counties, Italy's and Spain's provinces, France's departments, Belgium's provinces. */
const BARE_MINOR = new Set(['GB', 'IT', 'ES', 'FR', 'BE']);
/** Words that end a region's name and are not part of it in the data ("Southern Province"). */
const REGION_WORDS = new Set(['province', 'region', 'county', 'prefecture', 'state', 'oblast', 'governorate', 'department', 'district', 'territory', 'voivodeship', 'canton', 'krai', 'division']);
/** Of those, the ones copy writes in lower case after a first-level region ("Pattani province"); not "state" ("Ohio state law") or "district". */
const LOWER_REGION_WORDS = new Set(['province', 'region', 'county', 'prefecture', 'oblast', 'governorate', 'department', 'voivodeship', 'canton', 'krai']);
/** Words that make a region's word part of a longer noun: "the Devon county town", "Nairobi county council". */
const AFTER_REGION_WORD = new Set(['of', 'town', 'seat', 'council', 'capital', 'government', 'governor', 'assembly', 'court', 'line', 'border', 'city']);

/**
 * True when "state" after a region's name ends the name ("Nasir, in Jonglei state, …"): the next
 * word opens no longer noun ("Kerala state government", "Rakhine state media", "Ohio state law").
 */
function stateEnds(atoms: readonly Atom[], k: number): boolean {
  const next = atoms[k];
  return !next || next.gap !== ' ' || next.capitalized || STATE_FOLLOWERS.has(next.key);
}
/** Words that may follow "<Region> state" where the phrase names the region. */
const STATE_FOLLOWERS = new Set(['in', 'on', 'at', 'and', 'or', 'near', 'where', 'which', 'that', 'when', 'after', 'before', 'since', 'for', 'last', 'this', 'to', 'from', 'is', 'was', 'has', 'had']);

function regionsNamed(pf: PlaceFacts, key: string): Array<[string, number]> | undefined {
  if (!pf.regionsByKey) {
    pf.regionsByKey = new Map();
    for (const [cc, names] of Object.entries(pf.file.regions))
      names.forEach((name, i) => {
        const keys = new Set<string>();
        for (const n of [name, ...(pf.file.regionAliases?.[cc]?.[i] ?? [])]) {
          const k = placeKey(n);
          const words = k.split(' ');
          keys.add(k);
          if (words.length > 1 && REGION_WORDS.has(words[words.length - 1])) keys.add(words.slice(0, -1).join(' '));
        }
        for (const x of keys) (pf.regionsByKey!.get(x) ?? pf.regionsByKey!.set(x, []).get(x)!).push([cc, i]);
      });
    // An area is read as the regions it covers, unless a region bears its name.
    for (const a of pf.file.areas ?? []) {
      const k = placeKey(a.name);
      if (!pf.regionsByKey.has(k)) pf.regionsByKey.set(k, a.regions.map((r) => [a.cc, r] as [string, number]));
    }
  }
  return pf.regionsByKey.get(key);
}

/** The area of a folded name or adjective ("bohemia", "bohemian"), if the data has one. */
function areaNamed(pf: PlaceFacts, key: string): NonNullable<PlaceFactsFile['areas']>[number] | undefined {
  if (!pf.areasByKey) {
    pf.areasByKey = new Map();
    for (const a of pf.file.areas ?? []) for (const n of [a.name, ...a.adjectives]) if (!pf.areasByKey.has(placeKey(n))) pf.areasByKey.set(placeKey(n), a);
  }
  return pf.areasByKey.get(key);
}

export function codeOfCountry(pf: PlaceFacts, id: string): string | undefined {
  if (!pf.codeOf) {
    pf.codeOf = new Map();
    for (const [cc, [eid]] of Object.entries(pf.file.countries)) if (eid && !pf.codeOf.has(eid)) pf.codeOf.set(eid, cc);
  }
  return pf.codeOf.get(id);
}

/** Words before a town that place something in it. */
const PLACING = new Set(['in', 'at', 'from', 'near', 'outside', 'to', 'into', 'of', 'around', 'via', 'towards', 'toward', 'across', 'between', 'off']);
/** Lower-case words inside a town's name ("Port of Spain", "Newcastle upon Tyne"). */
const INNER = new Set(['of', 'upon', 'on', 'de', 'la', 'del', 'do', 'da', 'am', 'an', 'der', 'sur', 'en', 'le', 'e']);
/** Lower-case words inside a region's name: a town's, and "and" ("Castile and León", "Castilla y León"). */
const REGION_INNER = new Set([...INNER, 'and', 'y', 'et']);
const COMPASS: Record<string, { axis: 0 | 1; side: 1 | -1; opposite: string }> = {
  southern: { axis: 0, side: -1, opposite: 'northern' },
  northern: { axis: 0, side: 1, opposite: 'southern' },
  western: { axis: 1, side: -1, opposite: 'eastern' },
  eastern: { axis: 1, side: 1, opposite: 'western' },
};
/** Nouns of "the Y city of X" and "X, a city in Y". */
const TOWN_NOUNS = new Set(['city', 'town', 'port', 'village', 'resort', 'capital']);
/** Words that end the run of words describing a town before its noun ("the Victorian border city of"). */
const TOWN_MODIFIER_STOPS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'its', 'their', 'his', 'her', 'this', 'that']);
/** Their plurals, for "X, one of the largest towns in Y". */
const TOWN_PLURALS = new Set(['cities', 'towns', 'ports', 'villages', 'resorts']);
/** Superlatives of "one of the largest towns in Y". */
const SUPERLATIVE = /^(?:largest|biggest|oldest|busiest|main|major|poorest|richest|most|fastest|smallest)$/;
/**
 * Thousands of inhabitants (rounded) below which a town is small: a name only small towns bear may well be
 * a village's the lists lack ("Stiles, Texas"), so it is judged only against a region named with
 * its word ("Co Limerick", "Ondo State") or a county ("Minehead, Devon"), never a country.
 */
const SMALL = 16; // thousands, rounded: below 15,500 (Vinci's 14,600 is 15)
/** Countries with more named regions than this give districts, not first-level regions: not judged by region. */
const MAX_REGIONS = 60;
/** Thailand's 77 provinces, Turkey's 81, Russia's 83 subjects: judged where the region's word is written. */
const MANY_REGIONS = 90;
/** Share of a country's spread past which a town is clearly in its other half. */
const CLEARLY = 0.7;
/** A country narrower than this (degrees) has no halves worth judging. */
const MIN_SPREAD = 2.5;

interface Place {
  first: number;
  last: number;
  key: string;
}

/** A town's name starting at atom i: the longest run of up to four words the data knows. */
function townNameAt(block: Block, i: number, pf: PlaceFacts, atStart = false): Place | undefined {
  const { atoms } = block;
  const a = atoms[i];
  if (!a?.capitalized || (a.sentenceStart && !atStart)) return undefined;
  let end = i;
  while (end + 1 < atoms.length && end - i < 3) {
    const n = atoms[end + 1];
    if (n.gap === 'break' || atoms[end].text !== atoms[end].base) break;
    if (!n.capitalized && !(INNER.has(n.key) && atoms[end + 2]?.capitalized && atoms[end + 2].gap !== 'break')) break;
    end++;
  }
  // A longer capitalised name than the data knows ("Paris Saint-Germain") is no town.
  for (let last = end; last >= i; last--) {
    if (!atoms[last].capitalized) continue;
    const next = atoms[last + 1];
    if (next && next.gap !== 'break' && next.capitalized && atoms[last].text === atoms[last].base) {
      if (last === end) return undefined;
      continue;
    }
    const words = atoms.slice(i, last + 1);
    const key = placeKey(words.map((w) => w.base).join(' '));
    if (townsNamed(pf, key)) return { first: i, last, key };
  }
  return undefined;
}

/** The countries (ISO codes) of the towns named at atom i, biggest first, and the name's last atom. */
export function townCountriesAt(block: Block, i: number, pf: PlaceFacts | undefined): { last: number; countries: string[]; pop: number } | undefined {
  if (!pf) return undefined;
  const place = townNameAt(block, i, pf);
  if (!place) return undefined;
  const towns = townsNamed(pf, place.key)!;
  // A name only towns below 15,000 bear is too weak a sign of a country.
  if (towns[0].pop < SMALL) return undefined;
  return { last: place.last, countries: [...new Set(towns.map((t) => t.cc))], pop: towns[0].pop };
}

/** The country entity id of an ISO code, if the knowledge has it. */
export function countryIdOfCode(pf: PlaceFacts, cc: string): string | undefined {
  return pf.file.countries[cc]?.[0] || undefined;
}

interface Where {
  first: number;
  last: number;
  /** A country's code, or the regions the name may be. */
  country?: { cc: string; mention: Mention };
  regions?: Array<[string, number]>;
  /** The region word written after the name ("Province"). */
  suffix?: string;
  /** The region is named by its adjective ("Bavarian"): the fix is the right region's adjective. */
  adjective?: boolean;
  /** The text says the place is a town ("the Catalan city of Valencia"), not a region of its name. */
  town?: boolean;
  /** The region is given by its noun: "the province of Groningen". */
  byNoun?: boolean;
  /** The regions are second-level ones (`minorRegions`: "Minehead, Devon"): judged by the towns' counties. */
  minor?: boolean;
  /** The region's adjective before its word ("West Pomeranian Voivodeship"): the fix is the right one's adjective. */
  nounAdjective?: boolean;
  /** The name is an area's (a historical land, an island): "Bohemia", "the Moravian city of". */
  area?: NonNullable<PlaceFactsFile['areas']>[number];
  /** The town is said to be the region's capital or hub ("X, the capital of Y"): a seat, never a village. */
  capital?: boolean;
  /** The town is said to be the region's seat of government ("the Bavarian capital, X", "X, the capital of Y"). */
  seat?: boolean;
}

/** A country or first-level region named at atom k. */
/** Atom i follows the "and" of "between X … and": "between Santa Clara in Angola and Oshikango". */
function secondOfBetween(block: Block, i: number): boolean {
  const { atoms } = block;
  if (atoms[i - 1]?.key !== 'and' || atoms[i - 1].gap !== ' ') return false;
  for (let k = i - 2; k >= 0 && k >= i - 8 && !atoms[k + 1].sentenceStart; k--) {
    if (atoms[k].key === 'between') return atoms[k + 1].capitalized;
    if (atoms[k].key === 'and') return false;
  }
  return false;
}

/**
 * `seat`: the town before is said to be the capital or seat of what is named here ("Trujillo, the
 * capital of Lambayeque"): a town has no capital, so a region named like a town is the region.
 */
function whereAt(block: Block, k: number, pf: PlaceFacts, byNoun = false, seat = false): Where | undefined {
  const { atoms } = block;
  const m = block.mentionAt[k];
  if (m && m.first === k && m.form.entity.kind === 'country') {
    if (m.form.role === 'adjective' || m.form.role === 'demonym' || m.form.role === 'combining') return undefined;
    // A country's letters before a word in lower case describe it: "in U.S. dollars", "in UK waters".
    const next = atoms[m.last + 1];
    if (m.form.role === 'acronym' && next && next.gap === ' ' && !next.capitalized) return undefined;
    const cc = codeOfCountry(pf, m.form.entity.id);
    return cc ? { first: k, last: m.last, country: { cc, mention: m } } : undefined;
  }
  // "County Kerry", "Co Limerick", "Co. Clare": the county's word before its name says it is a region.
  if ((atoms[k]?.key === 'county' || atoms[k]?.key === 'co') && atoms[k].capitalized && atoms[k].text === atoms[k].base && atoms[k + 1]?.capitalized) {
    const next = atoms[k + 1];
    if (next.gap === ' ' || (atoms[k].key === 'co' && next.gap === 'break' && next.start - atoms[k].end === 2)) {
      const mm = block.mentionAt[k + 1];
      if (mm && mm.form.entity.kind !== 'place') return undefined;
      const w = whereAt(block, k + 1, pf, true);
      return w && !w.country ? { ...w, byNoun: true } : undefined;
    }
  }
  if ((m && (m.first !== k || m.form.entity.kind !== 'place')) || !atoms[k]?.capitalized) return undefined;
  // "Lanao del Norte", "Pays de la Loire", "Castile and León": lower-case words inside the name
  // before another capitalised one. The longest run that names a region is read; "Aragon and
  // Catalonia" is Aragon.
  const inner = (e: number) => e < atoms.length && REGION_INNER.has(atoms[e].key) && atoms[e].gap === ' ';
  const capitalAt = (e: number) => e < atoms.length && atoms[e].capitalized && atoms[e].gap === ' ';
  const more = (e: number) =>
    e + 1 < atoms.length && e - k < 5 && atoms[e + 1].gap !== 'break' && atoms[e].text === atoms[e].base && (atoms[e + 1].capitalized || (inner(e + 1) && (capitalAt(e + 2) || (inner(e + 2) && capitalAt(e + 3)))));
  const ends = [k];
  for (let e = k; more(e); e++) if (atoms[e + 1].capitalized) ends.push(e + 1);
  for (let i = ends.length - 1; i >= 0; i--) {
    // (Never a part of a word joined on by a hyphen: "Provence" in "Provence-Alpes-Côte d'Azur".)
    if (i < ends.length - 1 && /^[-'’]$/.test(atoms[ends[i] + 1]?.gap ?? '')) continue;
    const w = regionWordsAt(block, k, ends[i], pf, byNoun, seat);
    if (w || i === 0) return w;
  }
  return undefined;
}

/** The region atoms k to `end` name ("Castile and León", "the Opole Voivodeship"), or undefined. */
function regionWordsAt(block: Block, k: number, end: number, pf: PlaceFacts, byNoun: boolean, seat = false): Where | undefined {
  const { atoms } = block;
  const words = atoms.slice(k, end + 1);
  let suffix: string | undefined;
  let nameWords = words;
  let last = end;
  if (words.length > 1 && REGION_WORDS.has(words[words.length - 1].key)) {
    suffix = words[words.length - 1].base;
    nameWords = words.slice(0, -1);
  } else if (!byNoun && (LOWER_REGION_WORDS.has(atoms[end + 1]?.key) || (atoms[end + 1]?.key === 'district' && minorNamed(pf, placeKey(words.map((w) => w.base).join(' ')))) || (atoms[end + 1]?.key === 'state' && stateEnds(atoms, end + 2))) && atoms[end + 1].text === atoms[end + 1].key && atoms[end + 1].gap === ' ' && atoms[end].text === atoms[end].base && !AFTER_REGION_WORD.has(atoms[end + 2]?.key)) {
    // "Pattani province", "Kisumu county": the region's word in lower case ends the name.
    suffix = atoms[end + 1].key;
    last = end + 1;
  }
  const key = placeKey(nameWords.map((w) => w.base).join(' '));
  let regions = regionsNamed(pf, key);
  // "the West Pomeranian Voivodeship": the region's adjective before its word.
  let nounAdjective = false;
  if (!regions && suffix && unAdjective(key) !== key) {
    regions = regionsNamed(pf, unAdjective(key));
    nounAdjective = !!regions;
  }
  let minor = false;
  if (!regions) {
    regions = minorNamed(pf, key);
    minor = !!regions;
  }
  if (!regions) return undefined;
  // A region named like a town of 15,000 or more ("Manchester", "Kagoshima") is read as a region
  // only with its word; a county ("Somerset") where no town of its country bears its name, and
  // only of a country whose second-level names copy writes bare ("Minehead, Devon", "Quimperlé, in
  // Morbihan"): a US county or an Indian district without its word is as likely a surname ("Rice,
  // Hall") or a town ("Devon, Alberta").
  const named = townsNamed(pf, key);
  if (minor && !suffix && !byNoun) {
    regions = regions.filter(([c]) => BARE_MINOR.has(c) && !named?.some((t) => t.cc === c));
    if (!regions.length) return undefined;
  } else if (!suffix && !byNoun && !(seat && !minor) && named?.some((t) => (minor ? regions!.some(([c]) => c === t.cc) : t.pop >= 15))) {
    // (Only in the countries that have such a town: "Mount Gambier, Victoria" is the Australian
    // state, as no Australian town is Victoria; "Seattle, Washington" is not judged.)
    if (minor) return undefined;
    regions = regions.filter(([c]) => !named.some((t) => t.cc === c && t.pop >= 15));
    if (!regions.length) return undefined;
  }
  const area = !minor && !suffix ? areaNamed(pf, key) : undefined;
  return { first: k, last, regions, suffix, ...(minor ? { minor } : {}), ...(nounAdjective ? { nounAdjective } : {}), ...(area && area.regions.length === regions.length ? { area } : {}) };
}

/**
 * What describes a town in "the X city of": a country's adjective ("Italian"), a region's
 * ("Bavarian", "Lower Saxon") or a region's name ("Texas", "New South Wales"), ending at atom k
 * and opened by "the", or by "the" and a compass word ("the northern Italian city of"), which
 * is then given back in `compass`.
 */
function describedAt(block: Block, k: number, pf: PlaceFacts): (Where & { compass?: Compass }) | undefined {
  const { atoms } = block;
  // "the" right before `first`, or "the northern", "the south-western": the compass word read.
  const opened = (first: number): { compass?: Compass } | undefined => {
    if (atoms[first - 1]?.key === 'the') return {};
    for (const c of [first - 1, first - 2]) {
      const compass = c >= 1 ? compassAt(block, c) : undefined;
      if (compass && compass.last === first - 1 && atoms[c - 1]?.key === 'the' && atoms[c].gap === ' ') return { compass };
    }
    return undefined;
  };
  if (!atoms[k]?.capitalized || atoms[k].text !== atoms[k].base) return undefined;
  const m = block.mentionAt[k];
  // "Uzbek" is a demonym and an adjective.
  if (m && m.last === k && m.form.entity.kind === 'country' && (m.form.role === 'adjective' || m.form.role === 'demonym')) {
    const cc = codeOfCountry(pf, m.form.entity.id);
    const open = opened(m.first);
    return cc && open ? { first: m.first, last: m.last, country: { cc, mention: m }, ...open } : undefined;
  }
  // The longest run of up to three capitalised words ending at k, opened by "the".
  for (let first = Math.max(1, k - 2); first <= k; first++) {
    const open = opened(first);
    // (A hyphenated name's lower-case joints are part of it: "Ille-et-Vilaine".)
    if (!open || atoms.slice(first, k + 1).some((a, x) => (!a.capitalized && !(x > 0 && a.gap === '-' && atoms[first + x + 1]?.gap === '-')) || (x > 0 && a.gap === 'break'))) continue;
    if (atoms[first].sentenceStart) continue;
    const text = atoms
      .slice(first, k + 1)
      .map((a, x) => (x > 0 && a.gap === '-' ? '-' : x > 0 ? ' ' : '') + a.base)
      .join('');
    const byAdjective = pf.file.regionAdjectives?.[text];
    if (byAdjective) {
      const area = areaNamed(pf, placeKey(text));
      return { first, last: k, regions: byAdjective, adjective: true, ...open, ...(area ? { area } : {}) };
    }
    // A country's name ("the Georgia city of") is read as a region only where a region bears it.
    const mm = block.mentionAt[first];
    if (mm && mm.form.entity.kind !== 'country' && mm.form.entity.kind !== 'place') continue;
    const regions = regionsNamed(pf, placeKey(text));
    if (regions) return { first, last: k, regions, ...open };
    // "the Ishikawa Prefecture town of", "the Lambton County town of": the region's word after its name.
    const words = placeKey(text).split(' ');
    const bare = words.length > 1 && REGION_WORDS.has(words[words.length - 1]) ? words.slice(0, -1).join(' ') : undefined;
    const suffix = bare ? atoms[k].base : undefined;
    if (bare && regionsNamed(pf, bare)) return { first, last: k, regions: regionsNamed(pf, bare), suffix, ...open };
    // A second-level region ("the Forlì-Cesena town of", "the Ille-et-Vilaine town of"), with its word or alone.
    const minor = minorNamed(pf, bare ?? placeKey(text));
    if (minor) return { first, last: k, regions: minor, minor: true, ...(suffix ? { suffix } : {}), ...open };
  }
  return undefined;
}

/**
 * "the Lanao del Norte city", "the Devon county town", "the Bavarian port": a region (by its name
 * or adjective) or a country (by its adjective) at atom k, after "the" and before a town's noun.
 */
function describedRegion(block: Block, k: number, pf: PlaceFacts): Where | undefined {
  const { atoms } = block;
  let j = k;
  while (j < atoms.length && j - k < 5 && atoms[j].gap === ' ' && (atoms[j].capitalized || (INNER.has(atoms[j].key) && atoms[j + 1]?.capitalized))) j++;
  const noun = atoms[j];
  if (j === k || !noun || noun.gap !== ' ' || atoms[j - 1].text !== atoms[j - 1].base) return undefined;
  if (!(TOWN_NOUNS.has(noun.key) || (noun.key === 'county' && atoms[j + 1]?.key === 'town' && atoms[j + 1].gap === ' '))) return undefined;
  const described = describedAt(block, j - 1, pf);
  if (described && described.first === k && !described.compass) return described;
  const w = whereAt(block, k, pf, true);
  return w && w.last === j - 1 && !w.country ? w : undefined;
}

/** True when the place reads on into a list ("in Kyiv, Poland and Germany"). */
function listGoesOn(ctx: CheckContext, block: Block, last: number, pf: PlaceFacts): boolean {
  const next = block.atoms[last + 1];
  if (!next) return false;
  const gap = ctx.text.slice(block.atoms[last].end, next.start);
  // "… and Ohio", ", or Chad": another capitalised name after the conjunction.
  const after = block.atoms[last + 2];
  if ((gap === ' ' || gap === ', ') && ['and', 'or'].includes(next.key) && after?.capitalized && after.gap === ' ') {
    // "Mount Gambier, Victoria, and Naracoorte, South Australia", "Steenwijk in Drenthe and
    // Meppel": a town after the conjunction, itself no region or country, makes a list of towns
    // with their regions; the region written ends the first one's address.
    const m = block.mentionAt[last + 2];
    if (m?.form.entity.kind === 'country') return true;
    let end = last + 2;
    while (end + 1 < block.atoms.length && end - last < 4 && block.atoms[end + 1].gap === ' ' && block.atoms[end + 1].capitalized) end++;
    // (A building or an institution after it is no region: "Nenagh, Co Limerick, and St John's Hospital".)
    if (FACILITIES.has(block.atoms[end].key)) return false;
    for (let e = end; e >= last + 2; e--) {
      const key = placeKey(block.atoms.slice(last + 2, e + 1).map((a) => a.base).join(' '));
      if (regionsNamed(pf, key)) return true;
      // (A town named like a county somewhere — Carlisle, Kentucky's Carlisle County — is a town here.)
      if (townsNamed(pf, key)) return false;
      if (minorNamed(pf, key)) return true;
    }
    return true;
  }
  if (gap === ', ' && next.capitalized && !next.sentenceStart) {
    // Another place after the comma: a list of places.
    const m = block.mentionAt[last + 1];
    if (m && (m.form.entity.kind === 'country' || m.form.entity.kind === 'place')) return true;
    let end = last + 1;
    while (end + 1 < block.atoms.length && end - last < 3 && block.atoms[end + 1].gap === ' ' && block.atoms[end + 1].capitalized) end++;
    for (let e = end; e > last; e--) {
      const key = placeKey(block.atoms.slice(last + 1, e + 1).map((a) => a.base).join(' '));
      if (townsNamed(pf, key) || regionsNamed(pf, key)) return true;
    }
  }
  return false;
}

/** Last words of the names of buildings and institutions, which no region's name ends with. */
const FACILITIES: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'airport', 'station', 'university', 'college', 'school', 'stadium', 'arena', 'centre', 'center', 'museum', 'cathedral', 'church', 'prison', 'barracks', 'harbour', 'harbor', 'hall', 'theatre', 'theater', 'library', 'clinic', 'infirmary', 'court', 'park', 'bridge', 'mall']);

/** Words that may follow a town's address ("in Kitwe, Zambia, on Monday", "…, Zambia in 2024"). */
const AFTER_ADDRESS = new Set(['on', 'in', 'at', 'for', 'and', 'or', 'to', 'from', 'with', 'by', 'last', 'this', 'next', 'during', 'before', 'after', 'where', 'when', 'which', 'who', 'that', 'but', 'as', 'over', 'until', 'since', 'earlier', 'later', 'late', 'early', 'near', 'about', 'under']);

/** True when the place after "Town, " ends an address rather than opening a clause. */
function addressEnds(block: Block, last: number): boolean {
  const a = block.atoms[last];
  if (a.text !== a.base) return false;
  const next = block.atoms[last + 1];
  if (!next) return true;
  if (next.gap === 'break') return true;
  return AFTER_ADDRESS.has(next.key) || /^\d/.test(next.key);
}

/** After "X, the": the atom after "[regional|provincial|state…] capital of", or -1. */
function capitalOf(block: Block, j: number): number {
  const { atoms } = block;
  if (SEAT_ADJECTIVES.has(atoms[j]?.key) && atoms[j + 1]?.gap === ' ') j++;
  if (!(SEATS.has(atoms[j]?.key) && atoms[j + 1]?.key === 'of' && atoms[j + 1].gap === ' ' && atoms[j + 2]?.gap === ' ')) return -1;
  // "the capital of the West Pomeranian Voivodeship"
  return atoms[j + 2].key === 'the' && atoms[j + 3]?.capitalized && atoms[j + 3].gap === ' ' ? j + 3 : j + 2;
}

/** What only a region has, not a town: "the capital of", "the seat of". */
const SEAT_WORDS = new Set(['capital', 'seat']);

/** What a town is of the region it lies in: "the capital of", "the commercial hub of". */
const SEATS = new Set(['capital', 'hub', 'seat', 'centre', 'center']);
const SEAT_ADJECTIVES = new Set(['regional', 'provincial', 'state', 'administrative', 'county', 'prefectural', 'commercial', 'economic', 'financial', 'industrial', 'business', 'cultural', 'political', 'transport', 'trading']);
/** Words after which a town is one of a list: "such as Toowoomba", "including Pakse", "… and Higüey". */
const LISTING = new Set(['as', 'including', 'and']);

/** Words that are towns' names but mostly something else after "in": months, days, seasons. */
/** A country's offices in another country's town ("Chad's Paris embassy"). */
const OUTPOSTS = new Set(['embassy', 'consulate', 'mission', 'office', 'offices', 'bureau', 'branch', 'delegation', 'representative', 'correspondent']);

const NOT_TOWNS = new Set([...MONTHS, ...WEEKDAYS, 'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter']);

/** A finding that stands only if the article names `named` and writes `once` nowhere else. */
export interface PlaceFinding extends Finding {
  needNamed?: { named: string; once: string };
  /** The article must write one of `named` (accents and case aside) and none of `unless` (with `negate`, the other way). */
  needRegion?: { named: string[]; unless: string[]; negate?: boolean; sentence?: string };
}

export function placeChecks(ctx: CheckContext, block: Block, pf: PlaceFacts | undefined, push: (f: PlaceFinding) => void): void {
  if (!pf) return;
  legislatureSeats(ctx, block, pf, push);
  const { atoms } = block;
  const raw = (from: number, to: number) => ctx.text.slice(atoms[from].end, atoms[to].start);
  for (let i = 0; i < atoms.length; i++) {
    const prev: Atom | undefined = atoms[i - 1];
    let place: Place | undefined;
    let where: Where | undefined;
    let compass: Compass | undefined;
    // A town after "in", "from", "near"…; or, read only in the plain forms below ("X, in Y", "X,
    // the capital of Y"), one that opens a sentence or follows "such as", "including".
    const placed = prev !== undefined && (PLACING.has(prev.key) || secondOfBetween(block, i)) && atoms[i].gap === ' ' && !atoms[i].sentenceStart;
    const loose = !placed && atoms[i].capitalized && !(prev && TOWN_NOUNS.has(prev.key)) && (atoms[i].sentenceStart || (i > 0 && raw(i - 1, i) === ', ') || (prev !== undefined && LISTING.has(prev.key) && atoms[i].gap === ' '));
    // "in the state capital, Launceston,": the town after its region's seat words.
    if (prev?.key === 'capital' && atoms[i].capitalized && raw(i - 1, i) === ', ' && (!block.mentionAt[i] || block.mentionAt[i]!.form.entity.kind === 'place')) {
      const town = townNameAt(block, i, pf);
      const seatFirst = town ? seatBefore(ctx, block, pf, town) : undefined;
      if (town && seatFirst) {
        push(seatFirst);
        i = town.last;
        continue;
      }
    }
    // "its Boddington mine, about 120 km south-east of Darwin": a site named after its town, placed by distance.
    const site = facilityDistance(ctx, block, pf, i);
    if (site) {
      if (site.finding) push(site.finding);
      i = site.last;
      continue;
    }
    const owned = i > 0 ? possessiveTown(block, i, pf) : undefined;
    if (owned) {
      place = owned.place;
      where = owned.where;
    } else if ((placed || loose) && atoms[i].capitalized) {
      const m = block.mentionAt[i];
      if (m && (m.first !== i || (m.form.entity.kind !== 'place' && m.form.entity.kind !== 'country'))) continue;
      if (m && m.form.entity.kind === 'country') continue;
      place = townNameAt(block, i, pf, loose);
      if (!place || NOT_TOWNS.has(place.key)) continue;
      const L = place.last;
      if (m && m.last !== L) continue;
      if (atoms[L].text !== atoms[L].base || L + 1 >= atoms.length) continue;
      const gap = raw(L, L + 1);
      // A word of everyday English that opens a sentence ("Reading, in particular") is no town;
      // a town the name lists hold as a place is ("Kiruna, a mining town in …").
      // (After a comma too, a county with its word is an address: "Ennis, Co Clare, Nenagh, Co Limerick".)
      const county = gap === ', ' && (atoms[L + 1].key === 'co' || atoms[L + 1].key === 'county') && atoms[L + 2]?.capitalized === true && atoms[L + 2].gap !== 'break';
      if (loose && (gap !== ', ' || (L === i && ctx.registry.ordinaryWords.has(atoms[i].key) && !ctx.registry.known.isPlace(atoms[i].base)) || (townsNamed(pf, place.key)![0].pop < SMALL && !county))) continue;
      if (gap === ', ' && !loose) {
        const near = nearTownCheck(ctx, block, pf, place, L + 1) ?? besideTownCheck(ctx, block, pf, place, L + 1) ?? seatCheck(ctx, block, pf, place, L + 1);
        if (near) {
          if (near.finding) push(near.finding);
          i = near.last;
          continue;
        }
      }
      let k = -1;
      let capital = false;
      let seat = false;
      if (gap === ', ' && atoms[L + 1].key === 'in') k = L + 2;
      else if (gap === ' ' && atoms[L + 1].key === 'in' && !loose) k = L + 2;
      else if (gap === ' (' && !loose) k = L + 1;
      else if (gap === ', ' && capitalOf(block, atoms[L + 1].key === 'the' ? L + 2 : L + 1) > 0) {
        // "X, the capital of Y", "X, the provincial capital of Y", "X, the commercial hub of Y",
        // "X, capital of the Y region" (news style without the article): judged here for regions
        // only (a country's capital is the capitals check's).
        k = capitalOf(block, atoms[L + 1].key === 'the' ? L + 2 : L + 1);
        // ("the capital of Lambayeque": a capital or a seat is a region's; a hub may be a city's.)
        capital = SEAT_WORDS.has(atoms[k - 2]?.key) || SEAT_WORDS.has(atoms[k - 3]?.key);
        const w = whereAt(block, k, pf, false, capital);
        if (!w || w.country) continue;
        // ("the capital of", "the state capital of": its seat of government; not "the commercial capital of".)
        const word = atoms[k - 1].key === 'the' ? k - 3 : k - 2;
        seat = atoms[word]?.key === 'capital' && (atoms[word - 1]?.key === 'the' || REGION_SEAT_WORDS.has(atoms[word - 1]?.key ?? ''));
        capital = true;
      } else if (gap === ', ' && atoms[L + 1].key === 'the' && atoms[L + 2]?.capitalized && atoms[L + 2].gap === ' ' && describedRegion(block, L + 2, pf)) {
        // "X, the Lanao del Norte city", "X, the Devon county town", "X, the Bavarian city": read whole here.
        where = { ...describedRegion(block, L + 2, pf)!, town: true };
        if (atoms[where.last + 1]?.key === 'capital') where.seat = true;
      } else if (gap === ', ' && atoms[L + 1].key === 'one' && atoms[L + 2]?.key === 'of' && atoms[L + 3]?.key === 'the' && SUPERLATIVE.test(atoms[L + 4]?.key ?? '')) {
        // "X, one of the largest towns in Y", "X, one of the most populous cities in Y"
        let j = L + 5;
        while (j < atoms.length && j - L < 8 && !atoms[j].capitalized && atoms[j].gap === ' ' && !TOWN_PLURALS.has(atoms[j].key)) j++;
        if (TOWN_PLURALS.has(atoms[j]?.key) && atoms[j + 1]?.key === 'in' && atoms[j + 1].gap === ' ') k = j + 2;
      } else if (gap === ', ' && ['a', 'an', 'the'].includes(atoms[L + 1].key)) {
        // "X, a city in Y", "X, a small port town in southern Y", "X, the main town of Y"
        let j = L + 2;
        while (j < atoms.length && j - L < 6 && !atoms[j].capitalized && atoms[j].gap !== 'break' && !TOWN_NOUNS.has(atoms[j].key)) j++;
        if (TOWN_NOUNS.has(atoms[j]?.key) && (atoms[j + 1]?.key === 'in' || atoms[j + 1]?.key === 'on' || atoms[j + 1]?.key === 'of') && atoms[j + 1].gap === ' ') k = j + 2;
      } else if (gap === ', ' && (atoms[L + 1].key === 'at' || atoms[L + 1].key === 'on') && atoms[L + 2]?.key === 'the' && partOf(block, L + 3) > 0) {
        // "X, at the southern tip of Y", "X, on the northern edge of Y": a part of a region or a country.
        k = partOf(block, L + 3);
      } else if (gap === ', ' && atoms[L + 1].key === 'on') k = L + 2;
      else if (gap === ', ' && !loose) k = L + 1;
      else if (county) k = L + 1;
      // "X, on the island of Y", "X, a town on the island of Y": the island is an area or region.
      if (k > L + 1 && atoms[k - 1]?.key === 'on' && atoms[k]?.key === 'the' && atoms[k + 1]?.key === 'island' && atoms[k + 2]?.key === 'of' && atoms[k + 3]?.gap === ' ') k += 3;
      else if (k > L + 1 && atoms[k - 1]?.key === 'on' && !atoms[k]?.capitalized) continue;
      if (!where && (k < 0 || k >= atoms.length)) continue;
      if (k > L + 1 && (atoms[k].gap !== ' ' || (atoms[k - 1].gap === 'break' && atoms[k - 1].key !== 'in' && atoms[k - 1].key !== 'on'))) continue;
      if (k > L + 1) {
        compass = compassAt(block, k);
        if (compass) k = compass.last + 1;
        // "La Romana in the Dominican Republic": a country's name after "the".
        const c = block.mentionAt[k + 1];
        if (!compass && atoms[k]?.key === 'the' && c && c.first === k + 1 && c.form.entity.kind === 'country' && atoms[k + 1].gap === ' ') k++;
      }
      // "X, in the province of Y", "X, in the southern province of Y": a region by its noun.
      let byNoun = false;
      if (k > L + 1 && atoms[k]?.key === 'the' && !compass) {
        let j = k + 1;
        const c = compassAt(block, j);
        if (c) j = c.last + 1;
        if (REGION_WORDS.has(atoms[j]?.key) && atoms[j].gap === ' ' && atoms[j + 1]?.key === 'of' && atoms[j + 1].gap === ' ' && atoms[j + 2]?.gap === ' ') {
          compass = c;
          k = j + 2;
          byNoun = true;
        }
      }
      if (!where) where = whereAt(block, k, pf, byNoun, capital);
      // "X, in the Western Cape", "X, in the Northern Territory": a region whose name takes "the".
      if (!where && !byNoun && !compass && k > L + 1 && atoms[k]?.key === 'the' && atoms[k + 1]?.gap === ' ') {
        const w = whereAt(block, k + 1, pf);
        if (w && !w.country) where = w;
      }
      if (where && capital) where.capital = true;
      if (where && seat) where.seat = true;
      // "X, in Denmark's Zealand region", "X, in Italy's Sicily": the region after the country's possessive.
      if (where?.country && !byNoun && /^['’]s?$/.test(atoms[where.last].text.slice(atoms[where.last].base.length)) && atoms[where.last + 1]?.gap === ' ') {
        const inner = whereAt(block, where.last + 1, pf, true);
        const next = inner && atoms[inner.last + 1];
        if (inner?.regions && inner.regions.some(([c]) => c === where!.country!.cc) && (!next || !next.capitalized || next.gap === 'break')) where = { ...inner, regions: inner.regions.filter(([c]) => c === where!.country!.cc), byNoun: true };
      }
      if (!where || (byNoun && where.country)) continue;
      if (byNoun) where.byNoun = true;
      if (gap === ' (' && ctx.text.slice(atoms[where.last].end, atoms[where.last].end + 1) !== ')') continue;
      if (listGoesOn(ctx, block, where.last, pf)) continue;
      // "After talks in Moscow, Turkey agreed…": a country that opens a clause is no address.
      if (k === L + 1 && !addressEnds(block, where.last)) continue;
    } else if (atoms[i].key === 'of' && i >= 3 && TOWN_NOUNS.has(atoms[i - 1].key) && atoms[i + 1]?.gap === ' ' && atoms[i - 1].gap === ' ') {
      // "the Italian port of Marseille", "the Bavarian city of Dresden", "the Texas city of Houston",
      // and with the kind of town between ("the Victorian border city of", "the Idukki district
      // town of", "the Ishikawa Prefecture hot-spring town of").
      let descEnd = i - 2;
      while (descEnd > i - 5 && descEnd > 1 && !atoms[descEnd].capitalized && /^[\p{Ll}-]+$/u.test(atoms[descEnd].text) && !TOWN_MODIFIER_STOPS.has(atoms[descEnd].key) && (atoms[descEnd + 1].gap === ' ' || atoms[descEnd + 1].gap === '-')) descEnd--;
      if (!atoms[descEnd].capitalized || atoms[descEnd + 1].gap !== ' ') continue;
      const d = describedTown(ctx, block, pf, descEnd, i + 1);
      if (!d) continue;
      ({ place, where, compass } = d);
    } else if (i >= 3 && TOWN_NOUNS.has(prev.key) && prev.gap === ' ' && raw(i - 1, i) === ', ' && atoms[i].capitalized) {
      // The town in apposition: "the Aragonese capital, Valladolid, …" (it ends there: "the Bavarian
      // capital, Munich, said"; not "the Bavarian city, Munich and Augsburg").
      const d = describedTown(ctx, block, pf, i - 2, i);
      if (!d) continue;
      const after = d.place.last + 1 < atoms.length ? raw(d.place.last, d.place.last + 1) : '';
      if (after !== '' && !/^[,.;:)]/.test(after)) continue;
      if (/^,/.test(after) && ['and', 'or'].includes(atoms[d.place.last + 1].key)) continue;
      ({ place, where, compass } = d);
      if (prev.key === 'capital') where.seat = true;
    } else continue;
    const finding = judge(ctx, block, pf, place, where, compass);
    for (const f of Array.isArray(finding) ? finding : finding ? [finding] : []) push(f);
    i = Math.max(i, where.last);
  }
}

/**
 * "the Bavarian city of Dresden", "the Aragonese capital, Valladolid": what describes a town
 * (ending at atom `descEnd`, before the town's noun) and the town at atom `at`.
 */
function describedTown(ctx: CheckContext, block: Block, pf: PlaceFacts, descEnd: number, at: number): { place: Place; where: Where; compass?: Compass } | undefined {
  const { atoms } = block;
  const described = describedAt(block, descEnd, pf);
  if (!described) return undefined;
  // "the northern Italian city of": the half of the country is judged; a region's adjective is not.
  if (described.compass && !described.country) return undefined;
  const m = block.mentionAt[at];
  if (m && m.form.entity.kind !== 'place') return undefined;
  const place = townNameAt(block, at, pf);
  if (!place || (m && m.last !== place.last)) return undefined;
  // "the Georgian city of Batumi" or "of Savannah": an adjective of a country and of a region is either.
  const written = atoms[described.first].key === atoms[described.last].key ? atoms[described.first].base : ctx.text.slice(atoms[described.first].start, atoms[described.last].end);
  if (described.country && pf.file.regionAdjectives?.[written]) return undefined;
  return { place, where: { ...described, town: true }, compass: described.compass };
}

/**
 * "in Bavaria's Dresden", "Germany's Hamburg", "New South Wales's Newcastle": a region or country
 * and, after its possessive, a town of it (the possessive ends the name at atom i).
 */
function possessiveTown(block: Block, i: number, pf: PlaceFacts): { place: Place; where: Where } | undefined {
  const { atoms } = block;
  if (!(atoms[i].capitalized && /^['’]s?$/.test(atoms[i].text.slice(atoms[i].base.length)) && atoms[i + 1]?.gap === ' ')) return undefined;
  let first = i;
  while (first > 0 && i - first < 3 && atoms[first].gap === ' ' && atoms[first - 1].capitalized && atoms[first - 1].text === atoms[first - 1].base) first--;
  // The longest run of words before the possessive that is a region or country ("Uttar Pradesh's",
  // "New South Wales's", not Wales's), the whole run of capitalised words only: "Ukraine's" in
  // "Governor Oleh Syniehubov of Ukraine's" is read, "Lula's" in "President Lula's" is no place.
  let w: Where | undefined;
  for (; first <= i && !w; first++) {
    const at = whereAt(block, first, pf);
    if (at?.last === i) w = at;
    else if (first < i && at) return undefined;
  }
  if (!w || (w.country && w.country.mention.form.role !== 'name' && w.country.mention.form.role !== 'short')) return undefined;
  const m = block.mentionAt[i + 1];
  if (m && m.form.entity.kind !== 'place') return undefined;
  const place = townNameAt(block, i + 1, pf);
  if (!place || NOT_TOWNS.has(place.key) || (m && m.last !== place.last)) return undefined;
  const after = atoms[place.last + 1];
  // "Florida's Jacksonville Jaguars", "Germany's Bayern Munich": a longer name, not a town; so is
  // a person's, its surname after a particle ("Spain's Martín de la Puente").
  if (after && after.gap === ' ' && (after.capitalized || particleBeforeName(atoms, place.last + 1))) return undefined;
  return { place, where: { ...w, town: true } };
}

/** Atom k is a name's particle ("de", "van", "de la") before the capitalised rest of the name. */
function particleBeforeName(atoms: readonly Atom[], k: number): boolean {
  while (k < atoms.length && NAME_PARTICLES.has(atoms[k].text) && atoms[k + 1]?.gap === ' ') {
    if (atoms[k + 1].capitalized) return true;
    k++;
  }
  return false;
}

function judge(ctx: CheckContext, block: Block, pf: PlaceFacts, place: Place, where: Where, compass: Compass | undefined): PlaceFinding | PlaceFinding[] | undefined {
  const { atoms } = block;
  // A town after "of" and a capitalised word ends a body's name: "Bank of Tokyo in Peru", "First
  // National Bank of Chicago (Canada)" place the body, not the town.
  const of = atoms[place.first - 1];
  if (of?.key === 'of' && atoms[place.first].gap === ' ' && of.gap === ' ' && atoms[place.first - 2]?.capitalized) return undefined;
  // "Chad's Paris embassy": a country's outpost in the town, not the country's town.
  const after = atoms[place.last + 1];
  if (after && after.gap === ' ' && OUTPOSTS.has(after.key)) return undefined;
  const towns = townsNamed(pf, place.key)!;
  const townText = ctx.text.slice(atoms[place.first].start, atoms[place.last].end);
  const start = atoms[compass ? compass.first : where.first].start;
  const end = atoms[where.last].end;
  const lastAtom: Atom = atoms[where.last];
  const possessive = lastAtom.text.slice(lastAtom.base.length);
  const written = ctx.text.slice(start, end);
  const countryName = (cc: string) => pf.file.countries[cc]?.[1];
  if (towns[0].pop < SMALL && !(where.regions && (where.minor || where.suffix || where.byNoun || where.capital))) return undefined;
  // A town named like a region of its country or of the one written ("in Florida, Illinois" is a list of states).
  const asRegion = regionsNamed(pf, place.key);
  // A region of the written country ("in Florida, Illinois" lists states), or one where no town
  // of the name lies while the towns are small ("Colorado"): the name means the region.
  const yCountries = where.country ? [where.country.cc] : (where.regions ?? []).map(([c]) => c);
  // "The Catalan city of Valencia" says which is meant.
  // "Kano, in south-western Nigeria": the town of a region's name, placed in its country's half, is the town.
  // "from Essex in the UK": a county of the country written.
  if (!where.town && yCountries.some((c) => !towns.some((t) => t.cc === c) && pf.file.minorRegions?.[c]?.some((n) => placeKey(n) === place.key))) return undefined;
  // (Not where the region is written with its noun or word: "Zug, in the canton of Lucerne",
  // "Samara, in Tver Oblast" list no regions.)
  if (!where.town && !where.byNoun && !where.suffix && !(compass && (where.country || where.area)) && asRegion?.some(([c]) => yCountries.includes(c) || (!towns.some((t) => t.cc === c) && towns[0].pop < 100))) return undefined;
  if (where.country) {
    const { cc, mention } = where.country;
    const adjective = mention.form.role === 'adjective' || mention.form.role === 'demonym';
    const inside = towns.filter((t) => t.cc === cc);
    // A country named like a region where a town of the name lies ("Savannah, Georgia").
    const sameName = regionsNamed(pf, placeKey(mention.form.form));
    if (inside.length === 0 && sameName?.some(([c]) => towns.some((t) => t.cc === c))) return judgeRegion(pf, place, towns, { ...where, regions: sameName, country: undefined }, townText, start, end, possessive, written);
    if (inside.length === 0) {
      // The town may be a region of the country, or the country a territory's state.
      if (regionsNamed(pf, place.key)?.some(([c]) => c === cc)) return undefined;
      const top = towns[0];
      if (pf.file.sovereign[top.cc] === cc || pf.file.sovereign[cc] === top.cc) return undefined;
      if (towns.some((t) => pf.file.sovereign[t.cc] === cc)) return undefined;
      // A name towns of four countries or more bear (a saint's, "Santa Clara": Cuba, the US, Mexico,
      // Panama …) is borne by villages the lists do not hold too: "Santa Clara in Angola" is one.
      if (new Set(towns.map((t) => t.cc)).size >= 4) return undefined;
      const home = countryName(top.cc);
      if (!home) return undefined;
      const homeId = pf.file.countries[top.cc][0];
      const entity = homeId ? ctx.registry.entities.get(homeId) : undefined;
      let fix = home;
      if (adjective) {
        const adj = entity?.adjectives?.find((a) => !/\s/.test(a)) ?? entity?.adjectives?.[0];
        if (!adj) return undefined;
        fix = adj;
      }
      let shown = fix + possessive;
      if (compass) {
        const side = sideOf(pf, top, top.cc, compass);
        if (side) shown = `${side} ${shown}`;
      }
      return {
        start,
        end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${townText} is in ${the(home)}, not in ${the(mention.form.entity.name)}${towns.length > 1 ? ' (no town of that name is)' : ''}.`,
        suggestions: [shown],
        text: written,
        ...(homeId ? { entityId: homeId } : {}),
      };
    }
    if (!compass || (adjective && !where.town)) return undefined;
    // "X, in southern Y", "X, in south-western Y": every town of the name in Y lies clearly in
    // the other half of Y on one of the axes written.
    if (!compass.dirs.some((d) => inside.every((t) => halfOf(pf, t, cc, d) === false))) return undefined;
    const side = inside.length === 1 && halfOf(pf, inside[0], cc, compass.dirs[0]) !== undefined ? sideOf(pf, inside[0], cc, compass) : undefined;
    const countryText = ctx.text.slice(atoms[where.first].start, end);
    return {
      start,
      end,
      code: 'confusable-name',
      severity: 'warning',
      message: `${townText} does not lie in the ${compass.text.replace(/ern$/, '')} of ${the(mention.form.entity.name)}${side ? `: it is in the ${side.replace(/ern$/, '')}` : ''}.`,
      suggestions: [side ? `${side} ${countryText}` : countryText],
      text: written,
    };
  }
  if (compass && !where.byNoun && !where.area && !where.minor && where.regions?.length === 1) {
    // "Fort McMurray, in southern Alberta": every town of the name in the region lies clearly
    // in the other half of it, on one of the axes written.
    const [cc, r] = where.regions[0];
    const ext = pf.file.regionExtents?.[cc]?.[String(r)];
    const inside = towns.filter((t) => t.cc === cc && t.region === r);
    if (!ext || inside.length === 0 || !compass.dirs.some((d) => inside.every((t) => halfIn(ext, t, d) === false))) return undefined;
    const side = inside.length === 1 ? sideIn(ext, inside[0], compass) : undefined;
    const regionText = ctx.text.slice(atoms[where.first].start, end);
    return {
      start,
      end,
      code: 'confusable-name',
      severity: 'warning',
      message: `${townText} does not lie in the ${compass.text.replace(/ern$/, '')} of ${regionText}${side ? `: it is in the ${side.replace(/ern$/, '')}` : ''}.`,
      suggestions: [side ? `${side} ${regionText}` : regionText],
      text: written,
    };
  }
  if (compass && !where.byNoun && !where.area) return undefined;
  if (where.seat && !where.minor && !where.area && where.regions?.length === 1) {
    const seat = seatFinding(ctx, block, pf, place, towns, where.regions[0], where.adjective === true);
    if (seat !== false && !seat?.needRegion) return seat;
    // (Where the story is not the region's, the region written is judged instead, as for any town.)
    const other = seat ? judgeRegion(pf, place, towns, where, townText, atoms[where.first].start, end, possessive, ctx.text.slice(atoms[where.first].start, end)) : undefined;
    if (seat) return other ? [seat, { ...other, needRegion: { ...seat.needRegion!, negate: true } }] : seat;
  }
  const finding = judgeRegion(pf, place, towns, where, townText, atoms[where.first].start, end, possessive, ctx.text.slice(atoms[where.first].start, end));
  if (!finding || !compass) return finding;
  // "in southern Moravia" for a town of Bohemia: the area is fixed, the compass word dropped.
  if (where.area && !where.byNoun) return { ...finding, start, text: written };
  // "in the southern province of Skåne" for a town of the north: the compass word is fixed with the region.
  const top = towns.find((t) => pf.file.regions[t.cc]?.[t.region] !== undefined && finding.suggestions[0].startsWith(pf.file.regions[t.cc][t.region]));
  const side = top ? sideOf(pf, top, top.cc, compass) : undefined;
  const between = ctx.text.slice(atoms[compass.last].end, atoms[where.first].start);
  return { ...finding, start, text: written, suggestions: [side ? `${side}${between}${finding.suggestions[0]}` : `${compass.text}${between}${finding.suggestions[0]}`] };
}

/**
 * Whether a region's seat, by its name, is one of the towns given or lies beside one (within
 * 0.2° in the same country): the seat written another way ("Hanover", "Hannover"; "Quebec City",
 * "Québec") is the same town, never judged against itself.
 */
function seatIsBeside(pf: PlaceFacts, seat: string, towns: readonly Town[]): boolean {
  return (townsNamed(pf, placeKey(seat)) ?? []).some((t) =>
    towns.some((x) => t.cc === x.cc && Math.abs(t.lat - x.lat) < 0.2 && Math.abs(t.lon - x.lon) < 0.2));
}

/**
 * "the Bavarian capital, Nuremberg", "Lexington, the capital of Kentucky": a town of the region
 * written, said to be its seat of government, that is not. The seat is the one SimpleMaps marks for
 * the region (Bavaria's is Munich); judged only where the region has one and no town of the name
 * in that region is it, nor lies beside it (the seat written another way: "Hanover", "Hannover").
 * False where no town of the name lies in the region (the region is then judged, as for any town).
 */
function seatFinding(ctx: CheckContext, block: Block, pf: PlaceFacts, place: Place, towns: readonly Town[], [cc, r]: [string, number], byAdjective: boolean): PlaceFinding | undefined | false {
  const inside = towns.filter((t) => t.cc === cc && t.region === r);
  const seat = pf.file.regionSeats?.[cc]?.[r];
  // A town of another region, the region written by its adjective, where the story is the region's:
  // the article names the region by its name and none of the town's own ("the Tigrayan capital,
  // Gondar" in a story of Tigray: Mekelle). Otherwise the region written is judged, as for any town
  // ("Lucknow, the capital of Madhya Pradesh": the region is as often the slip).
  let needRegion: PlaceFinding['needRegion'];
  if (inside.length === 0) {
    if (!byAdjective || !seat || placeKey(seat) === place.key) return false;
    const namesOf = (c: string, x: number) => [pf.file.regions[c]?.[x], ...(pf.file.regionAliases?.[c]?.[x] ?? [])].filter((n): n is string => !!n);
    // (A region named like the town, "Cahul" of the Cahul district, is written with the town.)
    const own = towns.filter((t) => t.region >= 0).flatMap((t) => namesOf(t.cc, t.region)).filter((n) => placeKey(n) !== place.key);
    // (The sentence itself may name the region, "Aragon's Jorge Azcón, speaking in the Aragonese
    // capital, Valladolid": the story there is the region's, whatever other regions the article names.)
    const { atoms } = block;
    let from = place.first;
    while (from > 0 && !atoms[from].sentenceStart) from--;
    let to = place.last;
    while (to + 1 < atoms.length && !atoms[to + 1].sentenceStart) to++;
    needRegion = { named: namesOf(cc, r), unless: own, sentence: ctx.text.slice(atoms[from].start, atoms[to].end) };
  }
  if (!seat || placeKey(seat) === place.key) return undefined;
  if (seatIsBeside(pf, seat, inside)) return undefined;
  const region = inEnglishLetters(pf.file.regions[cc]?.[r]) ?? 'its region';
  const fix = inEnglishLetters(seat)!;
  const { atoms } = block;
  const start = atoms[place.first].start;
  const end = atoms[place.last].start + atoms[place.last].base.length;
  const townText = ctx.text.slice(start, end);
  return { start, end, code: 'confusable-name', severity: 'warning', message: `${townText} is not the capital of ${region}: ${fix} is.`, suggestions: [fix], text: townText, ...(needRegion ? { needRegion } : {}) };
}

/** Bearings as copy writes them, clockwise from north. */
const BEARINGS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
const BEARING_KEYS = new Map<string, number>(BEARINGS.flatMap((b, i) => [[b, i] as [string, number], [b.replace('-', ''), i] as [string, number]]));
/** Words that may stand between "X, " and the bearing: "just south of", "30 km north of". */
const HEDGES = new Set(['just', 'about', 'some', 'around', 'roughly', 'nearly', 'almost', 'barely', 'only', 'a', 'few', 'little', 'short', 'distance', 'drive', 'miles', 'mile', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer']);
/** Towns closer than this (km) have no bearing the data can tell (positions to a tenth of a degree). */
const CLOSE_KM = 30;
/** Past this distance (km) a town is not "just south of" another, when the text gives none. */
const NEAR_KM = 150;

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** The bearing of b as seen from a: "south-west". */
function bearing(a: { lat: number; lon: number }, b: { lat: number; lon: number }): string {
  const x = (b.lon - a.lon) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const y = b.lat - a.lat;
  const deg = ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
  return BEARINGS[Math.round(deg / 45) % 8];
}

/** Every town of 50,000 or more, decoded once (for the town a place lies near). */
function bigTowns(pf: PlaceFacts): Array<Town & { name: string }> {
  if (!pf.big) {
    pf.big = [];
    for (const line of pf.file.towns.split('\n')) {
      const tab = line.indexOf('\t');
      for (const e of line.slice(tab + 1).split(';')) {
        const town = decodeTown(e);
        if (town.pop >= 50) pf.big.push({ ...town, name: pf.file.townsUtf8 ? fromUtf8Bytes(line.slice(0, tab)) : line.slice(0, tab) });
      }
    }
  }
  return pf.big;
}

/**
 * "in Bègles, just south of Lyon", "at Alcochete, north of Porto": a town placed beside another
 * it lies far from. Judged by distance only (the bearing may be loose): no town of the first name
 * lies within 150 km (or twice the distance the text gives) of any town of the second. The fix is
 * the bearing from the biggest town near the first one, and that town ("just south of Bordeaux").
 * Returns the atoms read (so the address is not read again), with the finding if any.
 */
/**
 * The region's word before "capital" that says the capital is a first-level region's seat. Not
 * "regional" nor "county": copy writes "the regional capital" of any area a town leads (Kenya's old
 * provinces, a valley), and a county's seat is a second-level region's.
 */
const REGION_SEAT_WORDS = new Set(['provincial', 'state', 'prefectural', 'departmental', 'cantonal']);

/**
 * "Moncton, the provincial capital, …": a town said to be its region's seat that is not. The seat
 * is the one SimpleMaps marks for the town's first-level region (New Brunswick's is Fredericton);
 * judged only where every town of 15,000 or more of that name lies in one region that has one seat,
 * and none of them is a seat itself. The apposition must end there ("the provincial capital of
 * Yukon" is read as an address by the place check).
 */
function seatCheck(ctx: CheckContext, block: Block, pf: PlaceFacts, place: Place, k: number): { last: number; finding?: PlaceFinding } | undefined {
  const { atoms } = block;
  if (atoms[k]?.key !== 'the' || !REGION_SEAT_WORDS.has(atoms[k + 1]?.key ?? '') || atoms[k + 2]?.key !== 'capital' || atoms[k + 2].gap !== ' ') return undefined;
  const after = atoms[k + 3];
  if (after && after.gap !== 'break') return undefined;
  const judged = judgeSeat(ctx, block, pf, place, atoms[k + 1].key);
  return judged === undefined ? undefined : { last: k + 2, ...(judged ? { finding: judged } : {}) };
}

/**
 * "in the state capital, Launceston,": seatCheck's apposition the other way round, the town after
 * the words (`i`, the town's first atom, after "the state capital, "). The town must end the phrase.
 */
function seatBefore(ctx: CheckContext, block: Block, pf: PlaceFacts, place: Place): PlaceFinding | undefined {
  const { atoms } = block;
  const i = place.first;
  if (i < 3 || atoms[i - 1].key !== 'capital' || !REGION_SEAT_WORDS.has(atoms[i - 2].key) || atoms[i - 1].gap !== ' ' || atoms[i - 2].gap !== ' ') return undefined;
  // (The region's name may stand between: "the Jura cantonal capital, Porrentruy".)
  let the = i - 3;
  while (the > 0 && i - 3 - the < 3 && atoms[the].capitalized && !atoms[the].sentenceStart && atoms[the + 1].gap === ' ') the--;
  if (atoms[the]?.key !== 'the') return undefined;
  if (ctx.text.slice(atoms[i - 1].end, atoms[i].start) !== ', ') return undefined;
  const after = atoms[place.last + 1];
  if (after && after.gap !== 'break') return undefined;
  return judgeSeat(ctx, block, pf, place, atoms[i - 2].key) || undefined;
}

/**
 * The one region the sentence of atom `i` names before it (by its name or its adjective:
 * "Edo State governor", "Tasmanian Premier"), where it names one: a region's capital said in that
 * sentence is that region's.
 */
function sentenceRegion(block: Block, pf: PlaceFacts, i: number): [string, number] | undefined {
  const { atoms } = block;
  let from = i;
  while (from > 0 && !atoms[from].sentenceStart) from--;
  const named = [...regionsIn(block, pf)].filter(([, at]) => at.some((x) => x >= from && x < i));
  if (named.length !== 1) return undefined;
  const [cc, r] = named[0][0].split(':');
  return [cc, Number(r)];
}

/**
 * A town said to be "the state capital" (or provincial, prefectural, departmental): a finding
 * where it is not, false where it is (or cannot be judged), undefined where the town is unknown.
 */
function judgeSeat(ctx: CheckContext, block: Block, pf: PlaceFacts, place: Place, word: string): PlaceFinding | false | undefined {
  const { atoms } = block;
  const seats = pf.file.regionSeats;
  // (A small town counts where it is a region's seat itself: "the provincial capital, Gizo", 7,000.)
  let towns = (townsNamed(pf, place.key) ?? []).filter((t) => t.pop >= 15 || (seats?.[t.cc] ?? []).some((x) => x && placeKey(x) === place.key));
  if (!seats || towns.length === 0) return undefined;
  const seatOf = (t: Town) => seats[t.cc]?.[t.region] || undefined;
  const townText = ctx.text.slice(atoms[place.first].start, atoms[place.last].start + atoms[place.last].base.length);
  // The region the sentence is about, named before the town, where the town lies in none of the
  // name's regions it names: "Edo State governor Monday Okpebholo, speaking from Asaba, the state
  // capital," (Asaba is Delta State's; Edo's is Benin City).
  const told = sentenceRegion(block, pf, place.first);
  if (told) {
    const named = regionsIn(block, pf);
    const seat = seats[told[0]]?.[told[1]];
    if (towns.every((t) => t.cc === told[0] && t.region !== told[1] && !named.has(`${t.cc}:${t.region}`)) && seat && placeKey(seat) !== place.key && !seatIsBeside(pf, seat, towns)) {
      return notTheCapital(atoms, place, townText, pf.file.regions[told[0]]?.[told[1]] ?? 'the region', seat);
    }
  }
  // A seat of its region under this name (any of its homonyms): the words are right.
  if (towns.some((t) => seatOf(t) !== undefined && placeKey(seatOf(t)!) === place.key)) return false;
  // Towns of the name in several regions: the one region of them the paragraph names is meant
  // ("Kentucky Gov. Andy Beshear … in Louisville, the state capital").
  if (towns.some((t) => t.cc !== towns[0].cc || t.region !== towns[0].region)) {
    const named = regionsIn(block, pf);
    const here = towns.filter((t) => named.has(`${t.cc}:${t.region}`));
    if (here.length > 0 && here.every((t) => t.cc === here[0].cc && t.region === here[0].region)) towns = here;
  }
  const [first] = towns;
  if (towns.some((t) => t.cc !== first.cc || t.region !== first.region)) return false;
  // "Périgueux, the departmental capital": a department's seat, where departments are no first-level region.
  if (word === 'departmental' && !pf.file.departmentCountries?.includes(first.cc)) return false;
  const seat = seatOf(first);
  if (seat === undefined || first.region < 0) return false;
  // (The seat written another way — "Quebec City", "Québec" — is the same town: never judged against itself.)
  if (seatIsBeside(pf, seat, [first])) return false;
  return notTheCapital(atoms, place, townText, pf.file.regions[first.cc]?.[first.region] ?? 'its region', seat);
}

/** The finding for a town (`place`, written `townText`) said to be the seat of `region`, whose seat is `seat`. */
function notTheCapital(atoms: readonly Atom[], place: Place, townText: string, region: string, seat: string): PlaceFinding {
  return {
    start: atoms[place.first].start,
    end: atoms[place.last].start + atoms[place.last].base.length,
    code: 'confusable-name',
    severity: 'warning',
    message: `${townText} is not the capital of ${region}: ${seat} is.`,
    suggestions: [seat],
    text: townText,
  };
}

/** Nouns of a region's or a country's seat of government: "the legislature in", "the state Capitol in". */
const LEGISLATURE_NOUNS = new Set(['legislature', 'capitol', 'statehouse', 'landtag']);
/**
 * Nouns of a region's seat of government after "state", "regional" or "provincial" ("the state
 * chancellery in Koblenz"). Not "assembly": "a regional assembly in Calama" is a meeting.
 */
const REGION_GOVERNMENT_NOUNS = new Set(['chancellery', 'parliament', 'government', 'legislature']);
const REGION_GOVERNMENT_WORDS = new Set(['state', 'regional', 'provincial', 'prefectural']);
/** Nouns of a body's seat after the body's noun in the possessive ("the provincial government's offices in …"). */
const SEAT_NOUNS = new Set(['seat', 'offices', 'headquarters']);
/** Words before such a noun that make it a smaller body's ("the county legislature in Goshen"). */
const LOCAL_BODY_WORDS = new Set(['county', 'city', 'municipal', 'town', 'village', 'student', 'tribal', 'youth', 'local', 'district', 'borough', 'parish', 'school', 'mock', 'model']);

/**
 * (A country's named legislature, "the Seimas in Kaunas", is nationalLegislatures.ts's.)
 * "The legislature in Calgary passed …", "at the state Capitol in Lexington": a legislature sits
 * in its region's seat (or, a national one, in the country's capital). A town neither, whose
 * towns of 15,000 or more of that name all lie in one region with one seat, is the writer's slip
 * for that seat (Alberta's is Edmonton, Kentucky's Frankfort). The town must end the phrase.
 */
function legislatureSeats(ctx: CheckContext, block: Block, pf: PlaceFacts, push: (f: PlaceFinding) => void): void {
  const seats = pf.file.regionSeats;
  if (!seats) return;
  const { atoms } = block;
  for (let i = 2; i + 1 < atoms.length; i++) {
    // ("The regional government's seat in Liège", "the provincial government's offices in Arnhem": the
    // body's seat, its noun in the possessive; "the regional seat of government in Mérida".)
    const seatWord = SEAT_NOUNS.has(atoms[i - 1].key) && i >= 3 && atoms[i - 1].gap === ' ' && atoms[i - 2].text !== atoms[i - 2].base && atoms[i - 2].gap === ' ';
    const seatOf = !seatWord && i >= 4 && atoms[i - 1].key === 'government' && atoms[i - 2].key === 'of' && atoms[i - 3].key === 'seat' && atoms.slice(i - 3, i).every((a) => a.gap === ' ') && atoms[i - 1].text === atoms[i - 1].base;
    const noun = seatWord ? atoms[i - 2] : atoms[i - 1];
    const w = seatWord ? i - 3 : seatOf ? i - 4 : i - 2;
    const regionBody = REGION_GOVERNMENT_NOUNS.has(noun.key) && REGION_GOVERNMENT_WORDS.has(atoms[w].key) && noun.gap === ' ';
    if (atoms[i].key !== 'in' || atoms[i].gap !== ' ' || (noun.gap === 'break' && !seatOf) || !(LEGISLATURE_NOUNS.has(noun.key) || regionBody) || (noun.text !== noun.base && !seatWord)) continue;
    if (LOCAL_BODY_WORDS.has(atoms[w].key)) continue;
    const place = atoms[i + 1].gap === ' ' ? townNameAt(block, i + 1, pf) : undefined;
    if (!place) continue;
    const m = block.mentionAt[place.first];
    if (m && m.form.entity.kind !== 'place') continue;
    const after = atoms[place.last + 1];
    if (after && after.gap !== 'break' && (after.capitalized || ctx.text.slice(atoms[place.last].end, after.start) === ', ')) continue;
    if (atoms[place.last].text !== atoms[place.last].base) continue;
    let towns = (townsNamed(pf, place.key) ?? []).filter((t) => t.pop >= 15);
    // The region the sentence is about, named before the words, where no town of the name lies in
    // it nor in any region the paragraph names: its body sits in its own seat ("Mpumalanga Premier
    // Mandla Ndlovu … in the provincial legislature in Polokwane", Limpopo's seat; Mbombela is Mpumalanga's).
    // (Not the national legislature: a country's capital is never the slip.)
    const told = regionBody ? sentenceRegion(block, pf, w) : undefined;
    const toldSeat = told ? inEnglishLetters(seats[told[0]]?.[told[1]] || undefined) : undefined;
    if (told && toldSeat && towns.length > 0 && placeKey(toldSeat) !== place.key && !seatIsBeside(pf, toldSeat, towns)) {
      const named = regionsIn(block, pf);
      if (towns.every((t) => t.cc === told[0] && t.region !== told[1] && !named.has(`${t.cc}:${t.region}`))) {
        push(notWhereItSits(ctx, atoms, place, noun.key, pf.file.regions[told[0]]?.[told[1]], 'the region', toldSeat));
        i = place.last;
        continue;
      }
    }
    // (Towns of one name in several regions: the one of a region the paragraph names — "the state
    // Capitol in Lexington" in a story about rural Kentucky.)
    if (towns.some((t) => t.cc !== towns[0].cc || t.region !== towns[0].region)) {
      // (Of several, the one named nearest: "Kentucky Gov. Andy Beshear … in Lexington" before North Carolina's governor.)
      const named = regionsIn(block, pf);
      const distance = (t: Town) => Math.min(...(named.get(`${t.cc}:${t.region}`) ?? [Infinity]).map((k) => Math.abs(k - i)));
      const nearest = Math.min(...towns.map(distance));
      towns = Number.isFinite(nearest) ? towns.filter((t) => distance(t) === nearest) : [];
    }
    if (towns.length === 0) continue;
    const [first] = towns;
    if (towns.some((t) => t.cc !== first.cc || t.region !== first.region) || first.region < 0) continue;
    // ("The provincial government in Bolzano": a province's, below Trentino-South Tyrol.)
    if (atoms[w].key === 'provincial' && pf.file.secondLevelProvinceCountries?.includes(first.cc)) continue;
    // (The seat's name in English letters: "Kobe", not SimpleMaps' "Kōbe".)
    const seat = inEnglishLetters(seats[first.cc]?.[first.region] || undefined);
    if (!seat || placeKey(seat) === place.key) continue;
    // (The seat written another way is the same town; the country's capital is the national legislature's.)
    if (seatIsBeside(pf, seat, [first])) continue;
    const country = ctx.registry.entities.get(pf.file.countries[first.cc]?.[0] ?? '');
    const capital = country?.capital ? ctx.registry.entities.get(country.capital) : undefined;
    if (capital && placeKey(capital.name) === place.key) continue;
    push(notWhereItSits(ctx, atoms, place, noun.key, pf.file.regions[first.cc]?.[first.region], 'its region', seat));
    i = place.last;
  }
}

/** The finding for a town (`place`) given as where a region's body (`noun`) sits, whose seat is `seat`. */
function notWhereItSits(ctx: CheckContext, atoms: readonly Atom[], place: Place, noun: string, region: string | undefined, unnamed: string, seat: string): PlaceFinding {
  const start = atoms[place.first].start;
  const end = atoms[place.last].end;
  const written = ctx.text.slice(start, end);
  return {
    start,
    end,
    code: 'confusable-name',
    severity: 'warning',
    message: `${written} is not where ${region ?? unnamed}'s ${noun === 'chancellery' || noun === 'government' ? 'government' : 'legislature'} sits: ${seat} is ${region ? `${region}'s` : 'the'} capital.`,
    suggestions: [seat],
    text: written,
  };
}

/** The first-level regions a paragraph names by a capitalised word or two ("Kentucky", "New Brunswick"): "cc:index" → the atoms naming them. */
function regionsIn(block: Block, pf: PlaceFacts): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const { atoms } = block;
  const to = atoms.length;
  for (let i = 0; i < to; i++) {
    if (!atoms[i].capitalized) continue;
    for (const n of [2, 1]) {
      if (i + n > to || atoms.slice(i + 1, i + n).some((a) => a.gap !== ' ' || !a.capitalized)) continue;
      const found = regionsNamed(pf, placeKey(atoms.slice(i, i + n).map((a) => a.base).join(' ')));
      for (const [cc, r] of found ?? []) (out.get(`${cc}:${r}`) ?? out.set(`${cc}:${r}`, []).get(`${cc}:${r}`)!).push(i);
    }
  }
  return out;
}

function nearTownCheck(ctx: CheckContext, block: Block, pf: PlaceFacts, place: Place, k: number, site = false): { last: number; finding?: PlaceFinding } | undefined {
  const { atoms } = block;
  let j = k;
  let given: number | undefined;
  let digits = '';
  while (j < atoms.length && j - k < 5 && !atoms[j].capitalized && !BEARING_KEYS.has(atoms[j].key) && (HEDGES.has(atoms[j].key) || /^\d+$/.test(atoms[j].key))) {
    if (/^\d+$/.test(atoms[j].key)) {
      // "1,000 km": digits grouped by thousands are one number.
      const grouped = digits !== '' && atoms[j].key.length === 3 && ctx.text.slice(atoms[j - 1].end, atoms[j].start) === ',';
      digits = grouped ? digits + atoms[j].key : atoms[j].key;
      given = Number(digits) * (/^mile/.test(atoms[j + 1]?.key ?? '') ? 1.6 : 1);
    }
    j++;
  }
  // "south-west" is two atoms.
  let b = j;
  let dir = atoms[j]?.key;
  if ((dir === 'north' || dir === 'south') && atoms[j + 1]?.gap === '-' && (atoms[j + 1].key === 'east' || atoms[j + 1].key === 'west')) {
    dir = `${dir}-${atoms[j + 1].key}`;
    b = j + 1;
  }
  if (!dir || !BEARING_KEYS.has(dir) || atoms[j].capitalized || atoms[b + 1]?.key !== 'of' || atoms[b + 1].gap !== ' ' || atoms[b + 2]?.gap !== ' ') return undefined;
  const y = b + 2;
  // "north of Porto": after a bearing, a club or firm named like a town is the town; a region
  // ("south of Bavaria") is not judged, unless a city of 100,000 bears its name ("north of Porto").
  // (A site's small town is judged only against a city and a distance the text gives: see facilityDistance.)
  if (site && given === undefined) return { last: b };
  const far = farTown(block, pf, place, y, { firms: true, regionsFrom: 100, km: given !== undefined ? Math.max(60, given * 2) : NEAR_KM, refKm: Math.max(40, (given ?? 0) * 1.5), smallFrom: site ? 100 : undefined });
  if (!far.far) return { last: far.last };
  const { other, ys, x, ref } = far.far;
  const start = atoms[j].start;
  const end = atoms[other.last].end;
  const written = ctx.text.slice(start, end);
  const townText = ctx.text.slice(atoms[place.first].start, atoms[place.last].end);
  const otherText = ctx.text.slice(atoms[y].start, end);
  let fix: string | undefined;
  if (ref) {
    // The reference town's name as the data holds it is folded: take it as the text writes towns, title case.
    const refName = displayName(ctx, ref.name);
    // The bearing written stands where it is near the true one, or where the two towns lie too close
    // for positions rounded to a tenth of a degree to tell ("Bègles, just south of" Bordeaux, 4 km off).
    const right = bearing(ref, x);
    const turn = Math.abs(BEARINGS.indexOf(right) - BEARING_KEYS.get(dir)!) % 8;
    const keep = Math.min(turn, 8 - turn) <= 1 || distanceKm(ref, x) < CLOSE_KM;
    fix = `${keep ? ctx.text.slice(start, atoms[b].end) : right} of ${refName}`;
  }
  return { last: other.last, finding: distanceFinding(ctx, start, end, `${townText} lies about ${kmApart(x, ys)} km from ${otherText}, not ${written}`, ref, fix) };
}

/** Sites named after the town they stand by ("the Boddington mine", "the Olkaria plant"). */
const SITES = new Set(['mine', 'mines', 'field', 'oilfield', 'plant', 'refinery', 'smelter', 'dam', 'deposit', 'port', 'airport', 'terminal', 'base', 'station', 'project', 'reactor', 'site']);

/**
 * "its Boddington mine, about 120 kilometres south-east of Darwin": a site named by a town's name
 * and a stated distance and bearing from another town. The town may be small (the site is why the
 * copy names it) where the other is a city of 100,000 or more and the text gives the distance;
 * the town's name must be borne by one or two towns of one country (a site named otherwise, after
 * a person or a feature, seldom bears a town's name so). Judged as nearTownCheck judges "X, … of Y".
 */
function facilityDistance(ctx: CheckContext, block: Block, pf: PlaceFacts, i: number): { last: number; finding?: PlaceFinding } | undefined {
  const { atoms } = block;
  const a = atoms[i];
  const noun = atoms[i + 1];
  if (!a.capitalized || a.sentenceStart || !noun || noun.capitalized || noun.gap !== ' ' || !SITES.has(noun.key) || a.text !== a.base) return undefined;
  if (ctx.text.slice(noun.end, atoms[i + 2]?.start ?? noun.end) !== ', ') return undefined;
  const m = block.mentionAt[i];
  if (m && (m.form.entity.kind !== 'place' || m.first !== i || m.last !== i)) return undefined;
  // (One word, the site's: "the Grand Ethiopian Renaissance Dam" is no town's.)
  if (i > 0 && atoms[i - 1].capitalized && a.gap === ' ') return undefined;
  const place = townNameAt(block, i, pf);
  if (!place || place.last !== i || NOT_TOWNS.has(place.key)) return undefined;
  const xs = townsNamed(pf, place.key)!;
  if (xs.length > 2 || xs.some((t) => t.cc !== xs[0].cc)) return undefined;
  return nearTownCheck(ctx, block, pf, place, i + 2, true);
}

/** A part of a region: "the southern tip of", "the northern edge of". */
const PARTS = new Set(['tip', 'end', 'edge', 'corner', 'coast', 'shore', 'fringe', 'heart', 'centre', 'center']);

/** After "X, at the": the atom after "[compass] tip of" (a region or a country follows), or -1. */
function partOf(block: Block, j: number): number {
  const { atoms } = block;
  const c = compassAt(block, j);
  if (c) j = c.last + 1;
  if (!PARTS.has(atoms[j]?.key) || atoms[j].capitalized || atoms[j + 1]?.key !== 'of' || atoms[j + 1].gap !== ' ' || atoms[j + 2]?.gap !== ' ' || !atoms[j + 2].capitalized) return -1;
  return j + 2;
}

/** Words that put a town at another's edge: "on the outskirts of", "on the edge of", "a suburb of". */
const EDGES = new Set(['outskirts', 'edge', 'edges', 'fringe', 'fringes', 'suburb', 'suburbs', 'outside']);
/** How far (km) a town said to be on another's edge may lie from it: generous, towns' positions being rounded and edges wide. */
const EDGE_KM = 60;

/**
 * "Kirtipur, on the southwestern edge of Pokhara", "X, a suburb of Y", "X, just outside Y": a town
 * put at the edge of another it lies far from (no town of the first name within 60 km of any of
 * the second). The fix is the biggest town near the first. Both must be towns of 15,500 people or
 * more, the second no region's name, as for the bearings of nearTownCheck.
 */
function besideTownCheck(ctx: CheckContext, block: Block, pf: PlaceFacts, place: Place, k: number): { last: number; finding?: PlaceFinding } | undefined {
  const { atoms } = block;
  let j = k;
  // "on the (southwestern) edge of", "a (northern) suburb of", "just outside"
  if (atoms[j]?.key === 'on' || atoms[j]?.key === 'in') j++;
  if (atoms[j]?.key === 'the' || atoms[j]?.key === 'a' || atoms[j]?.key === 'just') j++;
  const c = compassAt(block, j);
  if (c) j = c.last + 1;
  if (!EDGES.has(atoms[j]?.key) || atoms[j].capitalized) return undefined;
  const y = atoms[j].key === 'outside' ? j + 1 : atoms[j + 1]?.key === 'of' ? j + 2 : -1;
  if (y < 0 || atoms[y]?.gap !== ' ' || !atoms[y].capitalized) return undefined;
  const far = farTown(block, pf, place, y, { firms: false, regionsFrom: Infinity, km: EDGE_KM, refKm: 40 });
  if (!far.far) return { last: far.last };
  const { other, ys, x, ref } = far.far;
  const start = atoms[y].start;
  const end = atoms[other.last].end;
  const written = ctx.text.slice(start, end);
  const townText = ctx.text.slice(atoms[place.first].start, atoms[place.last].end);
  return { last: other.last, finding: distanceFinding(ctx, start, end, `${townText} lies about ${kmApart(x, ys)} km from ${written}, not at its edge`, ref, ref && displayName(ctx, ref.name)) };
}

/**
 * The town at atom y said to be beside `place` (nearTownCheck, besideTownCheck), when it is far
 * from it: both towns of 15,500 people or more, no town of the first name within `km` of any of
 * the second, the first one's homonyms all of one country (so the fix is about one place); with
 * the biggest town within `refKm` of the first, twice its size or more. `last` is the last atom
 * read either way. A mention at y other than a place (or a firm, with `firms`) is no town; a
 * region's name is judged only where a town of `regionsFrom` thousand people bears it.
 */
function farTown(
  block: Block,
  pf: PlaceFacts,
  place: Place,
  y: number,
  opts: { firms: boolean; regionsFrom: number; km: number; refKm: number; smallFrom?: number },
): { last: number; far?: { other: Place; ys: Town[]; x: Town; ref?: Town & { name: string } } } {
  const { atoms } = block;
  const m = block.mentionAt[y];
  if (m && m.form.entity.kind !== 'place' && !(opts.firms && m.form.entity.kind === 'organization')) return { last: y };
  const other = townNameAt(block, y, pf);
  if (!other || other.key === place.key || (m && m.last !== other.last)) return { last: y };
  const after = atoms[other.last + 1];
  if (after && after.gap !== 'break' && after.capitalized) return { last: other.last };
  const xs = townsNamed(pf, place.key)!;
  const ys = townsNamed(pf, other.key)!;
  // (A small first town stands beside a city of `smallFrom` thousand people or more: a site's town, see facilityDistance.)
  if ((xs[0].pop < SMALL && !(opts.smallFrom !== undefined && ys[0].pop >= opts.smallFrom)) || ys[0].pop < SMALL) return { last: other.last };
  if (regionsNamed(pf, other.key) && ys[0].pop < opts.regionsFrom) return { last: other.last };
  if (xs.some((x) => ys.some((t) => distanceKm(x, t) <= opts.km))) return { last: other.last };
  const x = xs[0];
  if (xs.some((t) => t.cc !== x.cc)) return { last: other.last };
  const ref = bigTowns(pf)
    .filter((t) => t.cc === x.cc && t.pop >= 2 * x.pop && distanceKm(x, t) <= opts.refKm)
    .sort((p, q) => q.pop - p.pop)[0];
  return { last: other.last, far: { other, ys, x, ref } };
}

/** Kilometres from a town to the nearest town of a name, to the nearest 10 km (towns are placed to a tenth of a degree). */
function kmApart(x: Town, ys: readonly Town[]): number {
  return Math.round(Math.min(...ys.map((t) => distanceKm(x, t))) / 10) * 10;
}

/** The finding for a town put beside another it lies far from: what is said, the big town near it, the fix. */
function distanceFinding(ctx: CheckContext, start: number, end: number, said: string, ref: (Town & { name: string }) | undefined, fix: string | undefined): PlaceFinding {
  const written = ctx.text.slice(start, end);
  return { start, end, code: 'confusable-name', severity: 'warning', message: `${said}${ref ? `; it is near ${displayName(ctx, ref.name)}` : ''}.`, suggestions: fix ? [fix] : [], text: written };
}

/** A town's display name: the registry's place of that key if it has one, else the key in title case. */
function displayName(ctx: CheckContext, key: string): string {
  const known = ctx.registry.known.placeNamed(key);
  if (known?.display) return known.display;
  return key.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** A compass word at atom k: "southern", "south-western", "northeastern". */
interface Compass {
  first: number;
  last: number;
  text: string;
  /** The halves it names: "southern", "western". */
  dirs: string[];
}

const COMPOUND: Record<string, string[]> = {
  northwestern: ['northern', 'western'],
  northeastern: ['northern', 'eastern'],
  southwestern: ['southern', 'western'],
  southeastern: ['southern', 'eastern'],
};

function compassAt(block: Block, k: number): Compass | undefined {
  const { atoms } = block;
  const a = atoms[k];
  if (!a || a.capitalized || a.text !== a.base) return undefined;
  let last = k;
  let dirs: string[] | undefined;
  if (COMPASS[a.key]) dirs = [a.key];
  else if (COMPOUND[a.key]) dirs = COMPOUND[a.key];
  if ((a.key === 'north' || a.key === 'south') && atoms[k + 1]?.gap === '-' && (atoms[k + 1].key === 'western' || atoms[k + 1].key === 'eastern')) {
    dirs = [`${a.key}ern`, atoms[k + 1].key];
    last = k + 1;
  }
  if (!dirs || atoms[last + 1]?.gap !== ' ') return undefined;
  return { first: k, last, text: block.atoms.slice(k, last + 1).map((x, i) => (i ? '-' : '') + x.key).join(''), dirs };
}

/**
 * The compass word written, right for the town: on each axis written, the half it clearly lies
 * in, or the word written where it lies between ("south-western" → "north-western" for Kano).
 */
function sideOf(pf: PlaceFacts, t: Town, cc: string, compass: Compass): string | undefined {
  const parts = compass.dirs.map((d) => {
    const clear = halfOf(pf, t, cc, d);
    const word = clear === false ? COMPASS[d].opposite : d;
    return word.replace(/ern$/, '');
  });
  return parts.length === 2 ? `${parts[0]}-${parts[1]}ern` : `${parts[0]}ern`;
}

/** Farthest a town lies (km) from the centre of a second-level region it is wrongly put in. */
const NEIGHBOURING_KM = 150;

/** A region: judged in the countries where the town lies. */
function judgeRegion(pf: PlaceFacts, place: Place, towns: Town[], where: Where, townText: string, start: number, end: number, possessive: string, written: string): PlaceFinding | undefined {
  const countryName = (cc: string) => pf.file.countries[cc]?.[1];
  const regions = where.regions!;
  // England's counties for a county written ("Minehead, Devon"), else first-level regions.
  const regionOf = (t: Town) => (where.minor ? t.minor : t.region);
  const namesOf = (cc: string) => (where.minor ? pf.file.minorRegions?.[cc] : pf.file.regions[cc]) ?? [];
  const countries = [...new Set(regions.map(([cc]) => cc))].filter((cc) => towns.some((t) => t.cc === cc));
  if (countries.length === 0) return undefined;
  for (const cc of countries) {
    // (Up to MANY_REGIONS where the region is written with its word: "Pattani province", "the oblast of Tver".)
    if (!where.minor && (pf.file.regions[cc]?.length ?? 0) > (where.suffix || where.byNoun ? MANY_REGIONS : MAX_REGIONS)) return undefined;
    const wanted = new Set(regions.filter(([c]) => c === cc).map(([, r]) => r));
    const here = towns.filter((t) => t.cc === cc);
    const inside = here.filter((t) => wanted.has(regionOf(t)));
    if (inside.length) {
      // "Huntsville, Texas" in a story that names Alabama elsewhere: the small homonym stands
      // unless the big town's region is named in the article and the region written nowhere else.
      const big = here[0];
      if (countries.length > 1 || wanted.has(regionOf(big)) || regionOf(big) < 0 || big.pop < 100 || inside.some((t) => t.pop * 3 >= big.pop)) return undefined;
      const right = namesOf(cc)[regionOf(big)];
      if (!right || placeKey(right) === place.key || !/^[\p{L} .'-]+$/u.test(right)) return undefined;
      return {
        start,
        end,
        code: 'confusable-name',
        severity: 'warning',
        message: `The ${townText} in ${written} is a town of ${Math.max(...inside.map((t) => t.pop))},000; the ${townText} of ${big.pop},000 is in ${right}, which the article names.`,
        suggestions: [right + possessive],
        text: written,
        needNamed: { named: right, once: written },
      };
    }
    // A name several towns of the country share may well be a village's too ("Columbia, New Hampshire").
    if (here.length > 1 || here.some((t) => regionOf(t) < 0)) return undefined;
    // A sub-editor puts a town in a neighbouring county or district; one far away ("Tarapur in
    // Munger district": Bihar's Tarapur, not Maharashtra's) means a village of the name the lists lack.
    if (where.minor && !wanted.size) return undefined;
    if (where.minor && [...wanted].every((r) => {
      const c = pf.file.minorCentres?.[cc]?.[r];
      return !c || distanceKm({ lat: c[0], lon: c[1] }, here[0]) > NEIGHBOURING_KM;
    })) return undefined;
  }
  const cc = countries[0];
  const top = towns.find((t) => t.cc === cc)!;
  const asListed = namesOf(cc)[regionOf(top)];
  const right = inEnglishLetters(asListed);
  // The town may itself be the region's name ("Zürich, Zurich"), unless the region is written with
  // its noun: "Zug, in the canton of Lucerne" is in the canton of Zug.
  if (!right || (placeKey(right) === place.key && !where.town && !where.byNoun && !where.suffix && !where.area)) return undefined;
  // The region's name as written with its word, where the data has it so ("Samara Oblast", not "Samarskaya Oblast’").
  // (Found among the data's own spellings, the plain one first: "Samara Oblast", not "Samarskaya Oblast’".)
  const withWord = inEnglishLetters(where.suffix ? [asListed!, ...(where.minor ? [] : (pf.file.regionAliases?.[cc]?.[regionOf(top)] ?? []))].find((n) => placeKey(n).endsWith(` ${placeKey(where.suffix!)}`) && /^[\p{L} .'-]+$/u.test(n)) : undefined);
  const rightWords = placeKey(right).split(' ');
  let fix = withWord ?? (where.suffix && !REGION_WORDS.has(rightWords[rightWords.length - 1]) ? `${right} ${where.suffix}` : right);
  if (where.adjective) fix = adjectiveOf(pf, cc, top.region) ?? right;
  // "the West Pomeranian Voivodeship" → "the Pomeranian Voivodeship".
  if (where.nounAdjective && where.suffix) fix = `${adjectiveOf(pf, cc, top.region) ?? (/ia$/.test(right) ? `${right}n` : right)} ${where.suffix}`;
  // An area written ("Bohemian", "Jutland"): the one area of the country the town lies in, in the same form.
  const areas = where.area && !where.minor ? (pf.file.areas ?? []).filter((a) => a !== where.area && a.cc === cc && a.regions.includes(top.region) && (!where.adjective || a.adjectives.length > 0)) : [];
  if (areas.length === 1) fix = where.adjective ? areas[0].adjectives[0] : areas[0].name;
  return {
    start,
    end,
    code: 'confusable-name',
    severity: 'warning',
    message: `${townText} is in ${areas.length === 1 ? `${areas[0].name} (${right})` : (withWord ?? right)}${countryName(cc) ? `, ${the(countryName(cc)!)}` : ''}, not in ${where.area ? where.area.name : where.adjective ? namesOf(regions[0][0])[regions[0][1]] : written}.`,
    suggestions: [fix + possessive],
    text: written,
  };
}

/**
 * A region's name as English copy writes it, without the marks of a scholarly transliteration:
 * macrons and dots under letters ("Najrān" → Najran, "Ḩā’il" → Ha’il), the ayn ("‘Asīr" → Asir),
 * and an apostrophe for a soft sign or an aspirate before a consonant or at a word's end
 * ("Syunik’" → Syunik, "Vayots’ Dzor" → Vayots Dzor). An apostrophe before a vowel stays
 * ("Murang’a"), and so do the letters of other alphabets' own spelling ("Şanlıurfa", "Côte d’Azur").
 */
export function inEnglishLetters(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return name
    .replace(/[āēīōūḩḑţẕḥḍṭẓ]/gu, (c) => SCHOLARLY[c] ?? c)
    .replace(/[ĀĒĪŌŪḨḐŢẔḤḌṬẒ]/gu, (c) => (SCHOLARLY[c.toLowerCase()] ?? c.toLowerCase()).toUpperCase())
    .replace(/(^|[\s-])‘|(?<=\p{L})‘(?=\p{L})/gu, '$1')
    .replace(/(\p{L}{2,})[’ʼ](?![aeiouy])/gu, '$1');
}
const SCHOLARLY: Record<string, string> = { ā: 'a', ē: 'e', ī: 'i', ō: 'o', ū: 'u', ḩ: 'h', ḑ: 'd', ţ: 't', ẕ: 'z', ḥ: 'h', ḍ: 'd', ṭ: 't', ẓ: 'z' };

/** The adjective of a country's region ("Saxon" for Saxony), if the data has one. */
function adjectiveOf(pf: PlaceFacts, cc: string, region: number): string | undefined {
  for (const [adjective, list] of Object.entries(pf.file.regionAdjectives ?? {})) if (list.some(([c, r]) => c === cc && r === region)) return adjective;
  return undefined;
}

/** A country's name as a sentence uses it ("the United States", "the Netherlands"). */
function the(name: string): string {
  return /^(?:United|Czech|Dominican|Central African|Democratic)\b|(?:Islands|lands|ines|amas|ives)$|^Gambia$/.test(name) ? `the ${name}` : name;
}

/** True when the town lies clearly in the named half of its country, false when clearly in the other, undefined between. */
function halfOf(pf: PlaceFacts, t: Town, cc: string, compass: string): boolean | undefined {
  return halfIn(pf.file.extents[cc], t, compass);
}

/** The compass word written, right for a town of a region of that spread (as `sideOf`). */
function sideIn(ext: [number, number, number, number], t: Town, compass: Compass): string {
  const parts = compass.dirs.map((d) => (halfIn(ext, t, d) === false ? COMPASS[d].opposite : d).replace(/ern$/, ''));
  return parts.length === 2 ? `${parts[0]}-${parts[1]}ern` : `${parts[0]}ern`;
}

/** `halfOf` for a given spread [south, north, west, east]. */
function halfIn(ext: [number, number, number, number] | undefined, t: Town, compass: string): boolean | undefined {
  const c = COMPASS[compass];
  if (!ext) return undefined;
  const [lo, hi] = c.axis === 0 ? [ext[0], ext[1]] : [ext[2], ext[3]];
  if (hi - lo < MIN_SPREAD) return undefined;
  const v = c.axis === 0 ? t.lat : t.lon;
  const p = (v - lo) / (hi - lo);
  const toward = c.side === 1 ? p : 1 - p;
  if (toward >= CLEARLY) return true;
  if (toward <= 1 - CLEARLY) return false;
  return undefined;
}
