// A real country written where the article's own evidence shows a look-alike is meant:
// "Guyana" in a story whose places are Conakry and Simandou (Guinea), "Austrian public
// broadcaster ORF" in a story from Vienna, "Bratislava, Slovenia". The pairs of confusable
// countries are data (data/generated/confusable-countries.json, built from the countries'
// names by scripts/build-confusable-countries.mjs plus curated pairs); the evidence is the
// article's: places, capitals, people and bodies whose country the knowledge records, and the
// countries' own names and adjectives.
//
// Two shapes are flagged:
// - "Place, Y" where the place lies in X (a curated entity's country, or the packed place
//   lists' "city, Country" description) and Y is X's look-alike: "Kourou, French Guinea".
// - Y written once, with no evidence for Y anywhere, while the article points at its
//   look-alike X with a strong piece (X's capital, a curated entity of X) or two independent
//   pieces. A story that names both countries in one sentence is left alone.
import { isRegion } from '../knownNames';
import { editDistance } from '../editDistance';
import { foldPhrase } from '../fold';
import type { Block, CheckContext, Mention } from '../context';
import type { EntityRegistry } from '../registry';
import type { EntityRecord, Finding } from '../types';
import type { Atom } from '../../text/atoms';
import { codeOfCountry, countryIdOfCode, placeKey, townCountriesAt, townsNamed, type PlaceFacts } from './placeFacts';
import { isTitleWord, NAME_PARTICLES } from '../titles';
import { MONTH_NAMES } from '../../text/calendar';
import { basedSuffix } from '../evidence';

/** Nouns after a country's word that compare the story's own with another country's ("our German competitors"). */
const COUNTERPARTS = new Set(['competitor', 'competitors', 'rival', 'rivals', 'counterpart', 'counterparts', 'peers', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'opponent', 'opponents', 'competition']);

/** data/generated/confusable-countries.json */
export interface CountryPairsFile {
  pairs: Array<{ a: string; b: string; why: string }>;
  /** Country codes of results and line-ups (ISO alpha-3 and IOC: "AUT", "SUI") → country id. */
  codes?: Record<string, string>;
}

/**
 * Country id → the ids of its look-alikes. Pairs confused in meaning rather than in spelling
 * (curated: Dutch and Danish) are also in `bySense`, as "a b" with a < b: they need more evidence.
 */
export type CountryPartners = ReadonlyMap<string, readonly string[]> & { bySense?: ReadonlySet<string>; codes?: ReadonlyMap<string, string> };

export function countryPartners(file: CountryPairsFile | undefined): CountryPartners {
  const out = new Map<string, string[]>() as Map<string, string[]> & { bySense: Set<string>; codes: Map<string, string> };
  out.bySense = new Set();
  out.codes = new Map(Object.entries(file?.codes ?? {}));
  for (const p of file?.pairs ?? []) {
    (out.get(p.a) ?? out.set(p.a, []).get(p.a)!).push(p.b);
    (out.get(p.b) ?? out.set(p.b, []).get(p.b)!).push(p.a);
    if (p.why.startsWith('curated')) out.bySense.add(p.a < p.b ? `${p.a} ${p.b}` : `${p.b} ${p.a}`);
  }
  return out;
}

interface Use {
  block: Block;
  mention: Mention;
  sentence: number;
}

interface Piece {
  text: string;
  strong: boolean;
}

/** Where a piece of evidence stands: "block sentence". */
type Spot = string;

const fold = (s: string): string => foldPhrase(s);

const countriesByName = new WeakMap<object, Map<string, EntityRecord>>();

/** Country entities by their folded name, alias or short form ("French Guiana" is none). */
export function countryNamed(reg: EntityRegistry, name: string): EntityRecord | undefined {
  let map = countriesByName.get(reg.memoKey);
  if (!map) {
    map = new Map();
    for (const e of reg.entities.values()) {
      if (e.kind !== 'country') continue;
      for (const n of [e.name, ...(e.aliases ?? []), ...(e.short ?? [])]) if (!map.has(fold(n))) map.set(fold(n), e);
    }
    countriesByName.set(reg.memoKey, map);
  }
  return map.get(fold(name));
}

/** The country at the end of a packed place's description ("city, Slovenia" → Slovenia). */
function descriptionCountry(description: string): string | undefined {
  const at = description.lastIndexOf(', ');
  return at < 0 ? undefined : description.slice(at + 2).trim() || undefined;
}

/** Sentence number of each atom of a block. */
export function sentencesOf(atoms: readonly Atom[]): number[] {
  const out: number[] = [];
  let n = 0;
  atoms.forEach((a, i) => {
    if (i > 0 && a.sentenceStart) n++;
    out.push(n);
  });
  return out;
}

interface PackedPlace {
  country: string;
  words: number;
  population?: number;
  region: boolean;
}

/**
 * What one block gives every check of the article, kept while the block is (blocks are cached by
 * their text, with their mentions): its sentence numbers and the packed places at its atoms.
 */
interface BlockMemo {
  sentences: number[];
  places: Map<number, PackedPlace | null>;
  evidence?: Array<{ country: string; key: string; piece: Piece; sentence: number }>;
}

const blockMemo = new WeakMap<readonly Mention[], BlockMemo>();

function memoOf(block: Block): BlockMemo {
  let memo = blockMemo.get(block.mentions);
  if (!memo) {
    memo = { sentences: sentencesOf(block.atoms), places: new Map() };
    blockMemo.set(block.mentions, memo);
  }
  return memo;
}

/** A known place of the packed lists at atom i (one or two capitalised words not otherwise known). */
function packedPlaceAt(ctx: CheckContext, block: Block, i: number): PackedPlace | undefined {
  const memo = memoOf(block).places;
  let hit = memo.get(i);
  if (hit === undefined) {
    hit = findPackedPlace(ctx, block, i) ?? null;
    memo.set(i, hit);
  }
  return hit ?? undefined;
}

function findPackedPlace(ctx: CheckContext, block: Block, i: number): PackedPlace | undefined {
  const atoms = block.atoms;
  const a = atoms[i];
  if (!a.capitalized) return undefined;
  // A one-word name of a body named after its town is the town before "-based" ("Genoa-based", not Genoa CFC).
  const m = block.mentionAt[i];
  // (So is a person's surname alone after "in": "the Seimas in Kaunas", whoever Robertas Kaunas is.)
  const surnameIn = m !== undefined && m.first === i && m.last === i && m.form.entity.kind === 'person' && m.form.role === 'short' && atoms[i - 1]?.key === 'in' && a.gap === ' ';
  if (m && !surnameIn && !(m.first === i && m.last === i && m.form.entity.kind !== 'person' && m.form.entity.kind !== 'country' && basedSuffix(atoms[i + 1]))) return undefined;
  const known = ctx.registry.known;
  const next = atoms[i + 1];
  // (Up to three words joined by spaces or hyphens: "Bobo-Dioulasso", "San Pedro Sula"; "Aix-en" is
  // no town. One word alone is a town's name only from four letters.)
  let most = 1;
  while (most < 3 && atoms[i + most] && (atoms[i + most].gap === ' ' || atoms[i + most].gap === '-') && atoms[i + most].capitalized && !block.mentionAt[i + most]) most++;
  for (let words = most; words >= 1; words--) {
    if (words === 1 && a.base.length < 4) break;
    let name = a.base;
    for (let k = 1; k < words; k++) name += `${atoms[i + k].gap === '-' ? '-' : ' '}${atoms[i + k].base}`;
    const place = known.placeNamed(name);
    const country = place && descriptionCountry(place.description);
    if (place && country) return { country, words, population: place.population, region: isRegion(place) };
  }
  // A big city by the English name the lists of places do not give ("Gothenburg" for Göteborg,
  // "Seville", "Nuremberg"): the world's towns know it, where one town of 100,000 or more bears
  // the name and it is no ordinary word.
  if (ctx.places && !ctx.registry.ordinaryWords.has(a.key) && a.base.length >= 4) {
    for (const words of next && next.gap === ' ' && next.capitalized && !block.mentionAt[i + 1] ? [2, 1] : [1]) {
      const name = words === 2 ? `${a.base} ${next.base}` : a.base;
      const towns = townsNamed(ctx.places, placeKey(name));
      const big = towns?.filter((t) => t.pop >= BIG_EXONYM);
      if (!big || big.length !== 1) continue;
      const country = ctx.places.file.countries[big[0].cc]?.[1];
      if (country) return { country, words, population: big[0].pop * 1000, region: false };
    }
  }
  return undefined;
}

/** How big (thousands) a town must be for its English name alone to place it. */
const BIG_EXONYM = 100;

function possessive(a: Atom): string {
  return a.text.slice(a.base.length);
}

export function findConfusableCountries(ctx: CheckContext, partners: CountryPartners, places?: PlaceFacts): Finding[] {
  const reg = ctx.registry;
  const out: Finding[] = findWrongCapitals(ctx);
  if (partners.size === 0) return out;
  out.push(...findEventsInTowns(ctx, partners));
  out.push(...findIntroducedPeople(ctx, partners, places));
  const flagged = new Set<number>(out.map((f) => f.start));
  const uses = new Map<string, Use[]>();
  let candidate = false;
  for (const block of ctx.blocks) {
    const sentences = memoOf(block).sentences;
    for (const m of block.mentions) {
      if (m.form.entity.kind !== 'country' || m.form.role === 'combining') continue;
      const id = m.form.entity.id;
      (uses.get(id) ?? uses.set(id, []).get(id)!).push({ block, mention: m, sentence: sentences[m.first] });
      if (partners.has(id)) candidate = true;
    }
  }
  if (!candidate) return out;

  // ---- "Place, Y": the place's own country, written wrong right after it.
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (let i = 0; i + 1 < atoms.length; i++) {
      // Only a capitalised word before ", " (or a name's first word) can open "Place, Country".
      if (!atoms[i].capitalized || (atoms[i + 1].gap !== 'break' && !block.mentionAt[i] && atoms[i + 2]?.gap !== 'break')) continue;
      let country: string | undefined;
      let countryId: string | undefined;
      let last = i;
      const m = block.mentionAt[i];
      if (m && m.first === i && m.form.entity.kind === 'place' && m.form.entity.country) {
        const c = reg.entities.get(m.form.entity.country);
        if (!c) continue;
        country = c.name;
        countryId = c.id;
        last = m.last;
      } else if (!m) {
        const p = packedPlaceAt(ctx, block, i);
        if (!p || (!p.region && (p.population ?? 0) < 5000)) continue;
        country = p.country;
        countryId = countryNamed(reg, p.country)?.id;
        last = i + p.words - 1;
      } else continue;
      const first = last + 1;
      if (first >= atoms.length || atoms[first].gap !== 'break') continue;
      const between = ctx.text.slice(block.start + atoms[last].end, block.start + atoms[first].start);
      if (between !== ', ') continue;
      // The capitalised run after the comma: the country as written.
      let end = first;
      while (end + 1 < atoms.length && end - first < 3 && atoms[end + 1].gap === ' ' && atoms[end + 1].capitalized) end++;
      if (!atoms[first].capitalized || end - first >= 3) continue;
      const written = atoms
        .slice(first, end + 1)
        .map((a) => a.base)
        .join(' ');
      if (fold(written) === fold(country)) continue;
      const wm = block.mentionAt[first];
      const writtenCountry = wm && wm.first === first && wm.last === end && wm.form.entity.kind === 'country' ? wm.form.entity : undefined;
      if (writtenCountry) {
        if (writtenCountry.id === countryId || !countryId || !partners.get(writtenCountry.id)?.includes(countryId)) continue;
        if (wm?.form.role === 'adjective' || wm?.form.role === 'demonym') continue;
      } else {
        // Not a country the knowledge holds: a near spelling of the place's country that names nothing else.
        if (block.mentionAt[end] && block.mentionAt[end]!.form.entity.kind !== 'country') continue;
        if (reg.known.isPlace(written) || countryNamed(reg, written)) continue;
        const a = fold(written);
        const b = fold(country);
        if (a[0] !== b[0] || Math.min(a.length, b.length) < 5 || editDistance(a, b, 2) > 2) continue;
      }
      const start = block.start + atoms[first].start;
      const stop = block.start + atoms[end].end;
      const placeText = ctx.text.slice(block.start + atoms[i].start, block.start + atoms[last].end);
      flagged.add(start);
      out.push({
        start,
        end: stop,
        code: 'confusable-name',
        severity: 'warning',
        message: `“${written}” does not fit ${placeText}, which is in ${country}.`,
        suggestions: [country + possessive(atoms[end])],
        text: ctx.text.slice(start, stop),
        ...(countryId ? { entityId: countryId } : {}),
      });
      i = end;
    }
  }

  // ---- The article's evidence, by country.
  const evidence = new Map<string, Map<string, Piece>>();
  const spots = new Map<string, Set<Spot>>();
  const addPiece = (countryId: string, key: string, piece: Piece, spot: Spot) => {
    (spots.get(countryId) ?? spots.set(countryId, new Set()).get(countryId)!).add(spot);
    const pieces = evidence.get(countryId) ?? evidence.set(countryId, new Map()).get(countryId)!;
    const had = pieces.get(key);
    if (!had || (!had.strong && piece.strong)) pieces.set(key, piece);
  };
  ctx.blocks.forEach((block, b) => {
    for (const { country, key, piece, sentence } of blockEvidence(ctx, block, partners.codes)) addPiece(country, key, piece, `${b} ${sentence}`);
  });
  const blockIndex = new Map(ctx.blocks.map((block, b) => [block, b]));
  const metadataUses = new Set<string>();
  for (const block of ctx.metadata ?? []) for (const m of block.mentions) if (m.form.entity.kind === 'country') metadataUses.add(m.form.entity.id);

  for (const [y, yUses] of uses) {
    const looks = partners.get(y);
    if (!looks || yUses.length !== 1 || metadataUses.has(y) || evidence.get(y)?.size) continue;
    const use = yUses[0];
    const start = use.block.start + use.mention.start;
    if (flagged.has(start) || introducesPerson(use) || namedAsExample(use)) continue;
    // "the broadcaster's Dutch business", "the group's Swedish unit": a part of a body in another country.
    const before = use.block.atoms[use.mention.first - 1];
    if (before && use.block.atoms[use.mention.first].gap === ' ' && before.text !== before.base && /^['’]s?$/.test(before.text.slice(before.base.length))) continue;
    // "our German competitors", "its Japanese rivals": the story's own country measured against another's.
    const after = use.block.atoms[use.mention.last + 1];
    if (after && after.gap === ' ' && COUNTERPARTS.has(after.key)) continue;
    // A sentence that names other countries is about several ("killed by a United States airstrike
    // in Iraq", "through Baku to Georgia and Turkey"): each is meant. A country that only places a
    // town ("in Kigali, Rwanda") does not make the sentence one about several, nor, beside an
    // adjective of a common noun ("290 Swiss municipalities"), a country's possessive that only
    // gives a name its address ("Japan's Eisai", "Sweden's Municipalities and Regions"): an
    // adjective that introduces a name of its own is that name's fact ("Sweden's Ericsson and
    // Swiss ABB"). The subject opening its sentence ("The Swiss drugmaker, which…") is the
    // story's own: the other countries of the sentence are its markets and partners.
    const common = ofThing(use);
    const beside = (u: Use) => u.block === use.block && u.sentence === use.sentence && !addressOfPlace(ctx, u) && !(common && addressOfName(u));
    if (!opensSentence(use) && [...uses.entries()].some(([id, us]) => id !== y && us.some(beside))) continue;
    const story = (x: string): number => new Set((uses.get(x) ?? []).filter((u) => !beside(u)).map((u) => `${blockIndex.get(u.block)} ${u.sentence}`)).size + (metadataUses.has(x) ? 1 : 0);
    let best: { x: EntityRecord; pieces: Piece[] } | undefined;
    let qualified = 0;
    for (const x of looks) {
      const home = reg.entities.get(x);
      if (!home) continue;
      const xUses = uses.get(x) ?? [];
      // Both countries in one sentence ("Austria and Australia"): meant, not a slip.
      if (xUses.some(beside)) continue;
      // Nor where each opens a sentence of its own as its setting ("In Germany, Europa-Park …" and
      // "In the Netherlands, Efteling …"): the story goes from one country to the next.
      if (setsTheScene(ctx.text, use) && xUses.some((u) => setsTheScene(ctx.text, u))) continue;
      const pieces = [...(evidence.get(x)?.values() ?? [])];
      // Evidence in one sentence only ("died in Santiago, Chile") is one remark, not the story's setting.
      const where = new Set(spots.get(x));
      for (const u of xUses) where.add(`${blockIndex.get(u.block)} ${u.sentence}`);
      if (where.size < 2) continue;
      // The country's own name and adjectives are one piece, however often they are written.
      if (xUses.length > 0 || metadataUses.has(x)) pieces.push({ text: home.name, strong: false });
      // One strong piece (X's capital, a curated entity of X) is enough for look-alike
      // spellings; countries confused in meaning need two.
      const bySense = partners.bySense?.has(x < y ? `${x} ${y}` : `${y} ${x}`) ?? false;
      const strong = !bySense && pieces.some((p) => p.strong);
      if (!strong && pieces.length < 2) continue;
      // Where the article names X itself, Y may be meant too ("Iraqi director" in a story on an
      // Iranian film): X's capital, or two pieces besides its name with one strong, must show
      // otherwise; or, for Y's adjective of a thing ("on the Uruguayan border"), a strong piece or
      // two in a story that names X in three sentences or more.
      if (xUses.length > 0) {
        const others = pieces.filter((p) => p.text !== home.name);
        const capital = home.capital !== undefined && others.some((p) => p.text === reg.entities.get(home.capital!)?.name);
        if (!capital && !(others.length >= 2 && others.some((p) => p.strong)) && !(common && (others.length >= 2 || others.some((p) => p.strong)) && story(x) >= 3)) continue;
      }
      qualified++;
      best = { x: home, pieces };
    }
    if (qualified !== 1 || !best) continue;
    const { x, pieces } = best;
    const atoms = use.block.atoms;
    const lastAtom = atoms[use.mention.last];
    const role = use.mention.form.role;
    const written = use.mention.form.form;
    let fix = x.name;
    if (role === 'adjective' || role === 'demonym') {
      const forms = role === 'adjective' ? (x.adjectives ?? []) : [...(x.demonyms ?? []), ...(x.adjectives ?? [])];
      const plural = /s$/.test(lastAtom.base) && !/s$/.test(written.replace(/s$/, ''));
      fix = (plural ? forms.find((f) => /s$/.test(f)) : undefined) ?? forms.find((f) => !/\s/.test(f)) ?? forms[0] ?? x.name;
      // One adjective for both countries ("Dominican": Dominica and the Dominican Republic) fits either.
      if (forms.some((f) => f.toLowerCase() === written.toLowerCase())) continue;
    }
    const end = use.block.start + use.mention.end;
    const shown = pieces
      .map((p) => p.text)
      .slice(0, 3)
      .join(', ');
    out.push({
      start,
      end,
      code: 'confusable-name',
      severity: 'warning',
      message: `“${ctx.text.slice(start, end)}” does not fit this article: ${shown} point to ${x.name}, and nothing here to ${use.mention.form.entity.name}.`,
      suggestions: [fix + possessive(lastAtom)],
      text: ctx.text.slice(start, end),
      entityId: x.id,
    });
  }
  return out;
}

/**
 * An event or body named by a country's adjective, held in a town of its look-alike: "the
 * Austrian Grand Prix in Melbourne" (Melbourne is in Australia). Flagged only where the name with
 * the town's country's adjective is itself a known name (the Australian Grand Prix), which is the fix.
 */
function findEventsInTowns(ctx: CheckContext, partners: CountryPartners): Finding[] {
  const reg = ctx.registry;
  const out: Finding[] = [];
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (const m of block.mentions) {
      const e = m.form.entity;
      if ((e.kind !== 'event' && e.kind !== 'organization') || m.form.keys.length < 2) continue;
      const part = reg.countryParts.get(atoms[m.first].key);
      if (!part || part.role !== 'adjective') continue;
      const looks = partners.get(part.country.id);
      const k = m.last + 1;
      if (!looks || atoms[k]?.key !== 'in' || atoms[k].gap !== ' ' || atoms[m.last].text !== atoms[m.last].base) continue;
      const town = townAt(ctx, block, k + 1, false);
      if (!town?.country || !looks.includes(town.country)) continue;
      const after = atoms[town.last + 1];
      if (after && after.gap === ' ' && after.capitalized) continue;
      const home = reg.entities.get(town.country);
      const rest = m.form.keys.slice(1);
      const fix = (home?.adjectives ?? []).find((a) =>
        (reg.phrasesByFirst.get(a.toLowerCase()) ?? []).some((f) => f.keys.length === rest.length + 1 && f.keys[0] === a.toLowerCase() && rest.every((r, x) => f.keys[x + 1] === r)),
      );
      if (!home || !fix) continue;
      const start = block.start + atoms[m.first].start;
      const end = block.start + atoms[m.first].end;
      out.push({
        start,
        end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${town.name} is in ${home.name}: the ${[fix, ...atoms.slice(m.first + 1, m.last + 1).map((a) => a.base)].join(' ')} is held there, not the ${ctx.text.slice(block.start + atoms[m.first].start, block.start + atoms[m.last].end)}.`,
        suggestions: [fix],
        text: ctx.text.slice(start, end),
        entityId: home.id,
      });
    }
  }
  return out;
}

/** Words that give a person's home town in an apposition: "from X", "native of X", "born in X". */
const HOME_WORDS: string[][] = [['from'], ['native', 'of'], ['born', 'in'], ['hails', 'from']];

/**
 * A person introduced by a country ("Iraq's Parham Maghsoodloo", "Austrian Jay Vine", "Matthias
 * Schwab of Australia") whom the article itself places in the country's look-alike, and nowhere
 * in the country written:
 * - the home town given in the same apposition ("…, the former world junior champion from
 *   Gonbad-e Kavus,", "…, the Linz native,", "…, a Graz-born…"), a town of the look-alike only;
 * - the country code written after the same name elsewhere, as results and line-ups give it
 *   ("Lukas Weisshaidinger (AUT)");
 * - a person the knowledge holds, of the look-alike (with no title between: the nationality
 *   check reads "Austrian Prime Minister Anthony Albanese").
 * The fix is the look-alike's form of the word written.
 */
function findIntroducedPeople(ctx: CheckContext, partners: CountryPartners, places: PlaceFacts | undefined): Finding[] {
  const out: Finding[] = [];
  const reg = ctx.registry;
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (const m of block.mentions) {
      const y = m.form.entity;
      if (y.kind !== 'country' || m.form.role === 'combining') continue;
      const looks = partners.get(y.id);
      if (!looks) continue;
      const possessive = atoms[m.last].text !== atoms[m.last].base;
      const adjectival = m.form.role === 'adjective' || m.form.role === 'demonym';
      if (possessive && adjectival) continue;
      // "Austrian-born", "Anglo-Austrian": a compound says something else.
      if (atoms[m.last + 1]?.gap === '-' || atoms[m.first].gap === '-') continue;
      // "Austrian Jay Vine", "the Austrian pole vaulter Kurtis Marschall": up to three lower-case words of a role between.
      let k = m.last + 1;
      if (adjectival) while (k < atoms.length && k - m.last <= 3 && atoms[k].gap === ' ' && /^\p{Ll}[\p{Ll}-]*$/u.test(atoms[k].text) && !ROLE_STOPS.has(atoms[k].key)) k++;
      let name = personAfter(block, k);
      let of = false;
      if (!possessive && !adjectival) {
        // "Lukas Weisshaidinger of Australia"
        name = undefined;
        const before = m.first - 1;
        if (atoms[before]?.key === 'of' && atoms[m.first].gap === ' ' && atoms[before].gap === ' ') name = personBefore(block, before - 1);
        if (name) of = true;
      }
      if (!name) continue;
      const evidence = personCountries(ctx, block, name, partners, places);
      const x = [...evidence.keys()].filter((c) => looks.includes(c));
      if (x.length !== 1 || evidence.has(y.id)) continue;
      const home = reg.entities.get(x[0]);
      if (!home) continue;
      const forms = m.form.role === 'demonym' ? [...(home.demonyms ?? []), ...(home.adjectives ?? [])] : (home.adjectives ?? []);
      const fix = adjectival ? forms.find((f) => !/\s/.test(f)) : home.name;
      if (!fix) continue;
      const start = block.start + m.start;
      const end = block.start + atoms[m.last].start + atoms[m.last].base.length;
      const why = evidence.get(x[0])!;
      const person = ctx.text.slice(block.start + atoms[name.first].start, block.start + atoms[name.last].start + atoms[name.last].base.length);
      out.push({
        start,
        end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${why.replace('{person}', person)}: ${of ? `is “of ${fix}”` : `is “${fix}”`} meant, not “${ctx.text.slice(start, end)}”?`,
        suggestions: [fix],
        text: ctx.text.slice(start, end),
        entityId: home.id,
      });
    }
  }
  return out;
}

/** Lower-case words that end a role before a name: the adjective describes something else. */
const ROLE_STOPS = new Set(['and', 'or', 'of', 'in', 'at', 'for', 'from', 'to', 'with', 'by', 'on', 'said', 'says', 'the', 'a', 'an', 'team', 'teams', 'club', 'side', 'squad', 'federation', 'government', 'company', 'group', 'firm']);

interface NameRun {
  first: number;
  last: number;
}

const PERSON_KINDS = /^(?:organization|place|country|event)$/;

/** A person's name starting at atom k: two or more capitalised words, no known body or place. */
function personAfter(block: Block, k: number): NameRun | undefined {
  const { atoms } = block;
  const first = k;
  let words = 0;
  while (k < atoms.length && atoms[k].gap === ' ' && atoms[k].capitalized && !PERSON_KINDS.test(block.mentionAt[k]?.form.entity.kind ?? '')) {
    k++;
    words++;
    if (atoms[k - 1].text !== atoms[k - 1].base) break;
    // "Austrian Jay Vine, a former…": a name of at most four words.
    if (words > 4) return undefined;
  }
  return words >= 2 ? { first, last: k - 1 } : undefined;
}

/** A person's name ending at atom k ("Lukas Weisshaidinger" before "of Australia"). */
function personBefore(block: Block, k: number): NameRun | undefined {
  const { atoms } = block;
  const last = k;
  let words = 0;
  while (k >= 0 && atoms[k].capitalized && atoms[k].text === atoms[k].base && !PERSON_KINDS.test(block.mentionAt[k]?.form.entity.kind ?? '') && !isTitleWord(atoms[k].key)) {
    words++;
    if (atoms[k].gap !== ' ' || atoms[k].sentenceStart) break;
    k--;
  }
  const first = last - words + 1;
  if (words < 2 || words > 4) return undefined;
  // The run must stand alone: a capitalised word before it makes it part of a longer name.
  const prev = atoms[first - 1];
  if (prev && atoms[first].gap === ' ' && prev.capitalized) return undefined;
  return { first, last };
}

/** A description as the complement of "is": "an Australian road cyclist", "a British actor"; an office as it is ("President of Chile"). */
function withArticle(description: string, reg: CheckContext['registry']): string {
  const first = description.split(/[\s-]/)[0];
  const nationality = reg.countryParts.get(first.toLowerCase())?.role === 'adjective';
  if (!nationality && !/^\p{Ll}/u.test(first)) return description;
  return `${/^[AEIOU]/i.test(first) ? 'an' : 'a'} ${description}`;
}

/**
 * The countries the article gives a person, each with what says so ("{person} is from …"): the
 * home town of the apposition after the name, the country codes after the same name anywhere,
 * and the knowledge's record of the person.
 */
function personCountries(ctx: CheckContext, block: Block, name: NameRun, partners: CountryPartners, places: PlaceFacts | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const reg = ctx.registry;
  const { atoms } = block;
  const pm = block.mentionAt[name.first];
  if (pm && pm.form.entity.kind === 'person' && pm.first === name.first && pm.last === name.last && pm.form.entity.country)
    out.set(pm.form.entity.country, `{person} is ${pm.form.entity.description ? withArticle(pm.form.entity.description, reg) : `of ${reg.entities.get(pm.form.entity.country)?.name}`}`);
  // The home town, right after the name or inside the apposition that follows it.
  if (places) {
    const k = name.last + 1;
    const apposition = atoms[k] && ctx.text.slice(block.start + atoms[k - 1].end, block.start + atoms[k].start) === ', ';
    for (let j = k; j < atoms.length && j - k < 14; j++) {
      if (j > k && atoms[j].gap === 'break' && !/^[-–]$/.test(ctx.text.slice(block.start + atoms[j - 1].end, block.start + atoms[j].start).trim())) break;
      if (j > k && !apposition) break;
      let town: { first: number; last: number; countries: string[] } | undefined;
      for (const w of HOME_WORDS) {
        if (!w.every((x, n) => atoms[j + n]?.key === x && (n === 0 || atoms[j + n].gap === ' '))) continue;
        const at = j + w.length;
        if (atoms[at]?.gap !== ' ') continue;
        const t = townCountriesAt(block, at, places);
        if (t && !(atoms[t.last + 1]?.gap === ' ' && atoms[t.last + 1].capitalized)) town = { first: at, ...t };
      }
      // "the Linz native", "a Graz-born"
      if (!town && (atoms[j].key === 'the' || atoms[j].key === 'a') && atoms[j + 1]?.gap === ' ') {
        const t = townCountriesAt(block, j + 1, places);
        const after = t && atoms[t.last + 1];
        if (t && after && ((after.key === 'native' && after.gap === ' ') || (after.key === 'born' && after.gap === '-'))) town = { first: j + 1, ...t };
      }
      if (!town) continue;
      if (town.countries.length === 1) {
        const x = countryIdOfCode(places, town.countries[0]);
        const townText = ctx.text.slice(block.start + atoms[town.first].start, block.start + atoms[town.last].end);
        if (x && !out.has(x)) out.set(x, `${townText} is in ${reg.entities.get(x)?.name ?? x}`);
      }
      break;
    }
  }
  // "Lukas Weisshaidinger (AUT)" anywhere in the article: the same name (or surname) and a code.
  const codes = partners.codes;
  const surname = atoms[name.last].base;
  if (codes?.size && surname.length >= 3) {
    const hits = codedNames(ctx).get(surname) ?? [];
    // The whole name where the results give it ("Lukas Weisshaidinger (AUT)"): a namesake's code is not the person's.
    const given = atoms[name.first].base;
    const whole = hits.filter((h) => h.given === given);
    for (const hit of whole.length ? whole : hits) {
      const x = codes.get(hit.code);
      if (x && !out.has(x)) out.set(x, `{person} is listed as ${hit.code} (${reg.entities.get(x)?.name ?? x})`);
    }
  }
  return out;
}

/** One or two words ending where a country code in brackets begins: "Jannik Sinner (ITA)". */
const CODED_NAME = /(?:(?<![\p{L}\p{M}])([\p{L}\p{M}'’-]+) )?(?<![\p{L}\p{M}])([\p{L}\p{M}'’-]+)$/u;
/** How far back from a code its name is looked for: two words of a name are far shorter. */
const CODED_NAME_REACH = 120;
const codedNamesMemo = new WeakMap<CheckContext, Map<string, Array<{ given?: string; code: string }>>>();

/** Every "Given Surname (XXX)" of the article by surname, read once: the codes results give names. */
function codedNames(ctx: CheckContext): Map<string, Array<{ given?: string; code: string }>> {
  let map = codedNamesMemo.get(ctx);
  if (!map) {
    map = new Map();
    // The codes are found first and the one or two words before each read back from there: a
    // pattern that starts at the words would be tried at every letter of the article.
    const text = ctx.text;
    for (const m of text.matchAll(/ \(([A-Z]{3})\)/g)) {
      const from = Math.max(0, m.index - CODED_NAME_REACH);
      const w = CODED_NAME.exec(text.slice(from, m.index));
      // (A word running past the reach is no name.)
      if (!w || (w.index === 0 && from > 0 && /[\p{L}\p{M}'’-]/u.test(text[from - 1]))) continue;
      const list = map.get(w[2]) ?? map.set(w[2], []).get(w[2])!;
      list.push({ given: w[1], code: m[1] });
    }
    codedNamesMemo.set(ctx, map);
  }
  return map;
}


/**
 * True when an adjective introduces a name ("Iraqi director Hasan Hadi", "Chinese National
 * Academy of Sciences"): that person's or body's country is a fact of its own, not the article's.
 */
function introducesPerson(use: Use): boolean {
  const { mention, block } = use;
  if (mention.form.role !== 'adjective' && mention.form.role !== 'demonym') return false;
  const atoms = block.atoms;
  let k = mention.last + 1;
  let lower = 0;
  while (k < atoms.length && atoms[k].gap === ' ' && !atoms[k].capitalized && lower < 3) {
    k++;
    lower++;
  }
  let names = 0;
  while (k < atoms.length && atoms[k].gap === ' ' && atoms[k].capitalized && !/^\p{Lu}+$/u.test(atoms[k].base)) {
    k++;
    names++;
    // "Dutch director Lotte de Beer": a name's particle before its next capitalised word.
    while (k + 1 < atoms.length && NAME_PARTICLES.has(atoms[k].text) && atoms[k].gap === ' ' && atoms[k + 1].gap === ' ' && atoms[k + 1].capitalized) k++;
  }
  return names >= 2;
}

/**
 * True when an adjective names a thing of its own: up to three lower-case words, then a
 * capitalised word or an acronym ("Swiss ABB", "Swiss rival ABB", "Austrian fund IFM Investors").
 */
function introducesName(use: Use): boolean {
  const { mention, block } = use;
  if (mention.form.role !== 'adjective' && mention.form.role !== 'demonym') return true;
  const atoms = block.atoms;
  if (atoms[mention.last].text !== atoms[mention.last].base) return true;
  let k = mention.last + 1;
  for (let lower = 0; k < atoms.length && atoms[k].gap === ' ' && !atoms[k].capitalized && lower < 3; lower++) k++;
  return k < atoms.length && atoms[k].gap === ' ' && atoms[k].capitalized;
}

/** Lower-case nouns of people: an adjective before one gives a person's nationality, a fact of its own. */
const PERSON_NOUNS = new Set([
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'people', 'citizen', 'citizens', 'national', 'nationals', 'resident', 'residents', 'official', 'officials',
  'filmmaker', 'actor', 'actress', 'writer', 'author', 'poet', 'novelist', 'artist', 'singer', 'musician', 'composer', 'conductor', 'painter',
  'player', 'players', 'coach', 'manager', 'driver', 'rider', 'cyclist', 'runner', 'skier', 'skater', 'swimmer', 'champion', 'athlete', 'star',
  'striker', 'goalkeeper', 'defender', 'midfielder', 'captain', 'veteran', 'teenager', 'international', 'rival', 'opponent', 'winner',
  'journalist', 'reporter', 'photographer', 'scientist', 'researcher', 'professor', 'doctor', 'lawyer', 'businessman', 'businesswoman',
  'investor', 'billionaire', 'entrepreneur', 'founder', 'executive', 'politician', 'lawmaker', 'diplomat', 'soldier', 'soldiers', 'pilot',
  'tourist', 'tourists', 'student', 'students', 'worker', 'workers', 'fans', 'fan', 'couple', 'family', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
]);

/**
 * True for a country's adjective of a thing ("290 Swiss municipalities", "on the Uruguayan
 * border", "The Swiss drugmaker"): no name of its own after it, no person's role.
 */
function ofThing(use: Use): boolean {
  if (use.mention.form.role !== 'adjective' || introducesName(use)) return false;
  const noun = use.block.atoms[use.mention.last + 1];
  return noun !== undefined && noun.gap === ' ' && !isTitleWord(noun.key) && !PERSON_NOUNS.has(noun.key);
}

/** Words that pick a country out of several, or set it against the rest: "countries, including the Netherlands". */
const EXAMPLE_WORDS = new Set(['including', 'like', 'unlike', 'notably', 'especially', 'particularly', 'except', 'excluding', 'besides']);

/**
 * True for a country named as one of several ("Several countries, including the Netherlands,
 * chose shorter windows", "nations such as Chile"): the writer picked it among others; it says
 * nothing against the country the rest of the story is set in.
 */
function namedAsExample(use: Use): boolean {
  const atoms = use.block.atoms;
  let k = use.mention.first - 1;
  if (atoms[k]?.key === 'the' && atoms[k + 1].gap === ' ') k--;
  const word = atoms[k];
  if (!word || atoms[k + 1].gap !== ' ') return false;
  return EXAMPLE_WORDS.has(word.key) || (word.key === 'as' && atoms[k - 1]?.key === 'such') || (word.key === 'them' && atoms[k - 1]?.key === 'among');
}

/** True for a country's name as its sentence's setting: "In the Netherlands, …" opening it. */
function setsTheScene(text: string, use: Use): boolean {
  const { mention, block } = use;
  const atoms = block.atoms;
  let k = mention.first - 1;
  if (atoms[k]?.key === 'the' && atoms[k + 1].gap === ' ') k--;
  const word = atoms[k];
  if (!word || word.key !== 'in' || !word.sentenceStart || atoms[k + 1].gap !== ' ' || mention.form.role === 'adjective' || mention.form.role === 'demonym') return false;
  return text[block.start + mention.end] === ',';
}

/** True for an adjective of a thing opening its sentence: "The Swiss drugmaker, which…". */
function opensSentence(use: Use): boolean {
  const { mention, block } = use;
  const atoms = block.atoms;
  const the = atoms[mention.first - 1];
  const noun = atoms[mention.last + 1];
  if (mention.form.role !== 'adjective' || !the || !the.sentenceStart || the.key !== 'the' || atoms[mention.first].gap !== ' ') return false;
  return noun !== undefined && !noun.capitalized && /^\p{Ll}+$/u.test(noun.text) && ofThing(use);
}

/** True for a country's possessive before a capitalised name: "Japan's Eisai", only the name's address. */
function addressOfName(use: Use): boolean {
  const { block, mention } = use;
  const atoms = block.atoms;
  const last = atoms[mention.last];
  const next = atoms[mention.last + 1];
  if (mention.form.role === 'adjective' || mention.form.role === 'demonym' || !/^['’]s?$/.test(last.text.slice(last.base.length))) return false;
  return next !== undefined && next.gap === ' ' && next.capitalized && block.mentionAt[mention.last + 1]?.form.entity.kind !== 'country';
}

/** True for a country written after a town and a comma ("Kigali, Rwanda"). */
function addressOfPlace(ctx: CheckContext, use: Use): boolean {
  const { block, mention } = use;
  const prev = block.atoms[mention.first - 1];
  if (!prev || !prev.capitalized || block.atoms[mention.first].gap !== 'break') return false;
  return ctx.text.slice(block.start + prev.end, block.start + mention.start) === ', ';
}

/** A known place of the country at atom i, as a mention that starts there. */
function placeMentionAt(block: Block, i: number): Mention | undefined {
  const m = block.mentionAt[i];
  return m && m.form.entity.kind === 'place' && m.form.entity.country && (m.first === i || m.last === i) ? m : undefined;
}

/** A town named in the text: a curated place, or a place of the packed lists with its country. */
export interface Town {
  first: number;
  last: number;
  name: string;
  country?: string;
  id?: string;
}

/** The town whose name starts (or, with `ending`, ends) at atom k. */
export function townAt(ctx: CheckContext, block: Block, k: number, ending: boolean): Town | undefined {
  if (k < 0 || k >= block.atoms.length) return undefined;
  const m = placeMentionAt(block, k);
  if (m) {
    if ((ending ? m.last : m.first) !== k) return undefined;
    return { first: m.first, last: m.last, name: m.form.entity.name, country: m.form.entity.country, id: m.form.entity.id };
  }
  for (const s of ending ? [k, k - 1, k - 2] : [k]) {
    // (A sentence's first word may be anything, but before "-based" it is a town: "Genoa-based Fincantieri".)
    if (s < 0 || (block.atoms[s].sentenceStart && !basedSuffix(block.atoms[s + 1]))) continue;
    const p = packedPlaceAt(ctx, block, s);
    if (!p || p.region || (ending && s + p.words - 1 !== k)) continue;
    // A month before a number is a date, whatever town bears its name ("in March 2017", March in Cambridgeshire).
    if (p.words === 1 && MONTH_NAMES.has(block.atoms[s].key) && /^\d/.test(block.atoms[s + 1]?.text ?? '')) continue;
    const name = block.atoms
      .slice(s, s + p.words)
      .map((a) => a.base)
      .join(' ');
    return { first: s, last: s + p.words - 1, name, country: countryNamed(ctx.registry, p.country)?.id };
  }
  return undefined;
}

/** Sentences of the article, other than `except`, that name each country (any form). */
function countriesNamedElsewhere(ctx: CheckContext, except: { block: Block; sentence: number }): Set<string> {
  const out = new Set<string>();
  for (const block of ctx.blocks) {
    const sentences = memoOf(block).sentences;
    for (const m of block.mentions) {
      if (m.form.entity.kind !== 'country') continue;
      if (block === except.block && sentences[m.first] === except.sentence) continue;
      out.add(m.form.entity.id);
    }
  }
  return out;
}

/**
 * A town given as a country's capital when it is not: "Sydney, the capital of Australia",
 * "Australia's capital Sydney", "the Australian capital, Sydney", "Tampere, the Finnish
 * capital", "the capital of Peru, Santiago". Only the plain phrases: "commercial capital",
 * "former capital" and "then the capital" name something else. A town of another country
 * ("Santiago, the capital of Peru") contradicts one of the two names: the one the rest of the
 * article does not bear out is flagged (the country where the story names the town's own).
 */
export function findWrongCapitals(ctx: CheckContext): Finding[] {
  const reg = ctx.registry;
  const out: Finding[] = [];
  for (const block of ctx.blocks) {
    const { atoms } = block;
    const at = (i: number) => atoms[i]?.key;
    const raw = (from: number, to: number) => ctx.text.slice(block.start + atoms[from].end, block.start + atoms[to].start);
    const countryAt = (k: number, adjective: boolean): Mention | undefined => {
      const c = block.mentionAt[k];
      if (!c || c.first !== k || c.form.entity.kind !== 'country') return undefined;
      if (!adjective && c.form.role === 'adjective') return undefined;
      // "the capital of Australia's New South Wales" is a state's capital.
      if (atoms[c.last].text !== atoms[c.last].base) return undefined;
      return c;
    };
    for (let i = 0; i < atoms.length; i++) {
      if (at(i) !== 'capital') continue;
      let town: Town | undefined;
      let country: Mention | undefined;
      if (at(i - 1) === 'the' && at(i + 1) === 'of' && i + 2 < atoms.length) {
        country = countryAt(i + 2, false);
        if (!country) continue;
        const after = atoms[country.last + 1];
        if (i >= 2 && raw(i - 2, i - 1) === ', ') {
          // "Z, the capital of Y"
          town = townAt(ctx, block, i - 2, true);
        } else if (after && raw(country.last, country.last + 1) === ', ') {
          // "the capital of Y, Z"
          town = townAt(ctx, block, country.last + 1, false);
        }
        // "the capital of Y, Z" reads on into a longer name only at a word boundary.
      } else if (i >= 1 && atoms[i].gap === ' ' && at(i + 1) !== 'of') {
        const c = block.mentionAt[i - 1];
        if (!c || c.last !== i - 1 || c.form.entity.kind !== 'country') {
          const bare = bareCapital(ctx, block, i);
          if (bare) out.push(bare);
          continue;
        }
        const possessive = atoms[i - 1].text !== atoms[i - 1].base;
        const adjective = (c.form.role === 'adjective' || c.form.role === 'name' || c.form.role === 'short') && at(c.first - 1) === 'the';
        if (!possessive && !adjective) continue;
        country = c;
        if (atoms[i + 1] && /^(?: |, )$/.test(raw(i, i + 1))) {
          // "Y's capital Z", "the Y capital, Z"
          town = townAt(ctx, block, i + 1, false);
        }
        if (!town && adjective && atoms[i].text === atoms[i].base && c.first >= 2 && raw(c.first - 2, c.first - 1) === ', ' && (!atoms[i + 1] || atoms[i + 1].gap === 'break')) {
          // "Z, the Y capital"
          town = townAt(ctx, block, c.first - 2, true);
        }
        if (!town && possessive && atoms[i].text === atoms[i].base && c.first >= 1 && raw(c.first - 1, c.first) === ', ' && (!atoms[i + 1] || atoms[i + 1].gap === 'break')) {
          // "Z, Y's capital"
          town = townAt(ctx, block, c.first - 1, true);
        }
      }
      if (!town || !country || !town.country) continue;
      const nation = country.form.entity;
      const capital = nation.capital ? reg.entities.get(nation.capital) : undefined;
      if (!capital) continue;
      const last = atoms[town.last];
      const townStart = block.start + atoms[town.first].start;
      const townEnd = block.start + last.end;
      if (town.country === nation.id) {
        if (capital.id === town.id || fold(capital.name) === fold(town.name)) continue;
        out.push({
          start: townStart,
          end: townEnd,
          code: 'confusable-name',
          severity: 'warning',
          message: `${town.name} is not the capital of ${nation.name}: ${capital.name} is.`,
          suggestions: [capital.name + possessive(last)],
          text: ctx.text.slice(townStart, townEnd),
          entityId: capital.id,
        });
        continue;
      }
      // A town of another country: which name is wrong? The one the rest of the article does not name.
      const home = reg.entities.get(town.country);
      if (!home) continue;
      const elsewhere = countriesNamedElsewhere(ctx, { block, sentence: memoOf(block).sentences[i] });
      const townIsCapital = home.capital !== undefined && (home.capital === town.id || fold(reg.entities.get(home.capital)?.name ?? '') === fold(town.name));
      const flagCountry = elsewhere.has(home.id) ? !elsewhere.has(nation.id) || townIsCapital : townIsCapital && !elsewhere.has(nation.id);
      const flagTown = !flagCountry && elsewhere.has(nation.id) && !elsewhere.has(home.id);
      if (flagCountry) {
        const cLast = atoms[country.last];
        const start = block.start + country.start;
        const end = block.start + country.end;
        const adjectival = country.form.role === 'adjective' || country.form.role === 'demonym';
        const fix = adjectival ? (home.adjectives?.find((a) => !/\s/.test(a)) ?? home.adjectives?.[0]) : home.name;
        if (!fix) continue;
        out.push({
          start,
          end,
          code: 'confusable-name',
          severity: 'warning',
          message: townIsCapital ? `${town.name} is the capital of ${home.name}, not of ${nation.name}.` : `${town.name} is in ${home.name}, not ${nation.name}.`,
          suggestions: [fix + possessive(cLast)],
          text: ctx.text.slice(start, end),
          entityId: home.id,
        });
      } else if (flagTown) {
        out.push({
          start: townStart,
          end: townEnd,
          code: 'confusable-name',
          severity: 'warning',
          message: `${town.name} is in ${home.name}, not ${nation.name}: the capital of ${nation.name} is ${capital.name}.`,
          suggestions: [capital.name + possessive(last)],
          text: ctx.text.slice(townStart, townEnd),
          entityId: capital.id,
        });
      }
    }
  }
  return out;
}

/** Words that say a capitalised name before them is a region's ("Tokushima Prefecture", "Kerala state"). */
const REGION_WORDS = new Set(['prefecture', 'province', 'state', 'region', 'county', 'canton', 'oblast', 'governorate', 'department', 'district', 'emirate', 'territory', 'voivodeship', 'krai']);

/** True when the sentence, before atom `i`, names a region by its word ("In Tokushima Prefecture, the capital …"). */
function regionNamedBefore(block: Block, i: number): boolean {
  for (let j = i - 1; j > 0; j--) {
    if (REGION_WORDS.has(block.atoms[j].key) && block.atoms[j - 1].capitalized && !block.atoms[j - 1].sentenceStart) return true;
    if (block.atoms[j].sentenceStart) break;
  }
  return false;
}

/** Words before "the capital" that make it another capital ("then the capital", "once the capital"). */
/** Words between "the" and "capital" that make it the nation's capital. */
const NATIONAL_CAPITAL: ReadonlySet<string> = new Set(['official', 'national', 'federal', 'political', 'administrative']);

/** True when the sentence names the country `country` (by name) before atom `i`. */
function countryBefore(block: Block, i: number, country: string): boolean {
  const sentence = memoOf(block).sentences[i];
  for (let k = i - 1; k >= 0 && memoOf(block).sentences[k] === sentence; k--) {
    const m = block.mentionAt[k];
    if (m && m.first === k && m.form.entity.id === country && m.form.role !== 'adjective' && m.form.role !== 'demonym') return true;
  }
  return false;
}

const NOT_NOW = new Set(['then', 'once', 'formerly', 'former', 'old', 'was', 'were', 'became', 'become', 'as']);

/**
 * "the capital, Z" with no country named, in a story about Z's country: "Speaking in parliament in
 * the capital, Nadi" where Fiji's capital is Suva. The town must be of a country the article names
 * in another sentence, not a region's seat (a story about a province calls its seat the capital),
 * and not the capital of its own country.
 */
function bareCapital(ctx: CheckContext, block: Block, i: number): Finding | undefined {
  const { atoms } = block;
  // (A word that makes it the nation's, "the official capital", "the national capital", stands between.)
  const national = i >= 2 && NATIONAL_CAPITAL.has(atoms[i - 1].key) && atoms[i - 1].gap === ' ' && atoms[i].gap === ' ';
  const the = national ? i - 2 : i - 1;
  if (i < 1 || atoms[the]?.key !== 'the' || block.mentionAt[i] || atoms[i].text !== atoms[i].base) return undefined;
  if (the >= 1 && NOT_NOW.has(atoms[the - 1].key)) return undefined;
  const next = atoms[i + 1];
  const gapAfter = next ? ctx.text.slice(block.start + atoms[i].end, block.start + next.start) : '';
  if (next?.key === 'of') return undefined;
  // "the capital, Z", or "Z, the capital," with the phrase closed by a comma or the sentence's end
  // ("In San Pedro Sula, the capital, electoral officials …").
  let town = next && /^(?: |, )$/.test(gapAfter) ? townAt(ctx, block, i + 1, false) : undefined;
  if (!town && !national && the >= 1 && ctx.text.slice(block.start + atoms[the - 1].end, block.start + atoms[the].start) === ', ' && (!next || /^\s*[,.;]/.test(gapAfter))) town = townAt(ctx, block, the - 1, true);
  if (!town?.country) return undefined;
  // The sentence names a region before it: "the capital" is the region's ("In Tokushima Prefecture,
  // the capital Tokushima hosts the Awa Odori").
  if (regionNamedBefore(block, i)) return undefined;
  // A region's or state's seat: "the capital" of the province the story is about — unless the words
  // make it the nation's ("the official capital, Arusha"), or the sentence names the town's country
  // before it and no region ("In Burkina Faso, … in the capital, Bobo-Dioulasso").
  // (The open place list says which towns are seats; a town it does not describe may be one.)
  // (A town of the lists, or of the knowledge: "Yangon, the largest city of Myanmar".)
  const known = ctx.registry.known.placeNamed(town.name);
  const placeEntity = town.id ? ctx.registry.entities.get(town.id) : undefined;
  if (known ? isRegion(known) : placeEntity?.kind !== 'place') return undefined;
  const nationNamed = national || countryBefore(block, i, town.country);
  const seat = (known !== undefined && /first-order|capital/.test(known.description)) || (placeEntity?.description !== undefined && /capital|seat/i.test(placeEntity.description));
  // A seat of a region is the region's capital where the story names the region; where it names no
  // region the town is the seat of, "the capital" is the nation's ("said in the capital, Yangon").
  if (!nationNamed && seatedRegionNamed(ctx, town, seat)) return undefined;
  const home = ctx.registry.entities.get(town.country);
  const capital = home?.capital ? ctx.registry.entities.get(home.capital) : undefined;
  if (!home || !capital || capital.id === town.id || fold(capital.name) === fold(town.name)) return undefined;
  if (!countriesNamedElsewhere(ctx, { block, sentence: memoOf(block).sentences[i] }).has(home.id)) return undefined;
  const start = block.start + atoms[town.first].start;
  const end = block.start + atoms[town.last].end;
  return {
    start,
    end,
    code: 'confusable-name',
    severity: 'warning',
    message: `${town.name} is not the capital of ${home.name}: ${capital.name} is.`,
    suggestions: [capital.name + possessive(atoms[town.last])],
    text: ctx.text.slice(start, end),
    entityId: capital.id,
  };
}

/**
 * True when the article names a first-level region the town is the seat of (its name, or the
 * town's own name with a word for a region after it: "Kano State"), or, where the descriptions say
 * the town is a seat (`seat`), the facts cannot say of which region (it is then taken for the region's).
 */
function seatedRegionNamed(ctx: CheckContext, town: Town, seat: boolean): boolean {
  const pf = ctx.places;
  const cc = pf && town.country ? codeOfCountry(pf, town.country) : undefined;
  if (!pf || !cc) return seat;
  const key = placeKey(town.name);
  const entity = town.id ? ctx.registry.entities.get(town.id) : undefined;
  const keys = new Set([key, ...[...(entity?.aliases ?? []), ...(entity?.variants ?? [])].map(placeKey)]);
  const regions = pf.file.regions[cc] ?? [];
  const seats = pf.file.regionSeats?.[cc] ?? [];
  const seated: string[] = [];
  for (let r = 0; r < seats.length; r++) if (seats[r] && keys.has(placeKey(seats[r])) && regions[r]) seated.push(regions[r]);
  // (A seat the facts do not record is read by the places' descriptions alone: the region is unknown.)
  const own = (townsNamed(pf, key) ?? []).filter((t) => t.cc === cc);
  if (seated.length === 0) {
    for (const t of own) if (t.region >= 0 && regions[t.region] && placeKey(regions[t.region]) === key) seated.push(regions[t.region]);
    if (seated.length === 0) return seat;
  }
  // (Letters and digits as placeKey folds them, every other run one space: "Yangon Region's" is "yangon region s".)
  // (The town's own name is no naming of its region: "Kuala Belait" names no Belait district.)
  let text = ` ${placeKey(ctx.text.replace(/['’ʻ`]/g, ' '))} `;
  for (const k of keys) if (!seated.some((r) => placeKey(r) === k)) text = text.split(` ${k} `).join(' # ');
  for (const region of seated) {
    const rk = placeKey(region);
    // The town's own name names the region only with a word for one after it.
    if (keys.has(rk) ? REGION_AFTER.some((w) => text.includes(` ${rk} ${w} `)) : text.includes(` ${rk} `)) return true;
  }
  return false;
}

/** Words for a region written after its name ("Kano State", "Yangon Region"). */
const REGION_AFTER = ['region', 'state', 'province', 'prefecture', 'department', 'division', 'governorate', 'oblast', 'county', 'district', 'territory', 'emirate', 'canton', 'voivodeship'];

/** The evidence one block gives, by country: entities with a country, and places of the packed lists. */
function blockEvidence(ctx: CheckContext, block: Block, codes?: ReadonlyMap<string, string>): NonNullable<BlockMemo['evidence']> {
  const memo = memoOf(block);
  if (memo.evidence) return memo.evidence;
  const reg = ctx.registry;
  const { atoms } = block;
  const { sentences } = memo;
  const out: NonNullable<BlockMemo['evidence']> = [];
  for (const m of block.mentions) {
    const e = m.form.entity;
    if (e.kind === 'country' || !e.country || m.form.role === 'adjective' || m.form.role === 'demonym') continue;
    const home = reg.entities.get(e.country);
    if (!home) continue;
    out.push({ country: home.id, key: e.id, piece: { text: e.name, strong: home.capital === e.id || !reg.isListed(e) }, sentence: sentences[m.first] });
  }
  for (let i = 0; i < atoms.length; i++) {
    if (atoms[i].sentenceStart || !atoms[i].capitalized || block.mentionAt[i]) continue;
    const p = packedPlaceAt(ctx, block, i);
    if (!p) continue;
    // A small town's name opening a longer name ("Carmelo Peralta", a town across the border) is
    // likelier a given name or that name's own word: only a city lends its name to others ("Sydney Opera House").
    const next = atoms[i + p.words];
    if (next && next.gap === ' ' && next.capitalized && !block.mentionAt[i + p.words] && !p.region && (p.population ?? 0) < 100000) {
      i += p.words - 1;
      continue;
    }
    const home = countryNamed(reg, p.country);
    const name = atoms
      .slice(i, i + p.words)
      .map((a) => a.base)
      .join(' ');
    if (home) out.push({ country: home.id, key: `place:${fold(name)}`, piece: { text: name, strong: false }, sentence: sentences[i] });
    i += p.words - 1;
  }
  // "Lukas Weisshaidinger (AUT)": a name and its country's code, as results and line-ups give them.
  if (codes?.size)
    for (let i = 1; i + 1 < atoms.length; i++) {
      const a = atoms[i];
      if (!/^[A-Z]{3}$/.test(a.text) || !atoms[i - 1].capitalized || block.mentionAt[i]) continue;
      if (ctx.text.slice(block.start + atoms[i - 1].end, block.start + a.start) !== ' (' || ctx.text[block.start + a.end] !== ')') continue;
      const x = codes.get(a.text);
      if (x) out.push({ country: x, key: `code:${fold(atoms[i - 1].base)}`, piece: { text: `${atoms[i - 1].base} (${a.text})`, strong: false }, sentence: sentences[i] });
    }
  memo.evidence = out;
  return out;
}
