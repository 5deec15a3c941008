// Facts the knowledge holds that a sentence of the article contradicts by its own structure:
// - a list introduced by a group's name with a country that is not a member ("the Baltic states
//   of Lithuania, Latvia and Finland"), or a bloc's list one member short in a story about the
//   bloc ("the agreement with Brazil, Argentina, Uruguay and Peru" where Mercosur is named);
// - a body's seat given wrong ("Etihad of Muscat", "the R&A, headquartered in Carnoustie");
// - a person's office or nationality given wrong in an apposition ("Bachelet, twice president
//   of Uruguay", "Ruud, the Swede who…", "Swedish Casper Ruud"), where the person is named in
//   full in the article and the knowledge states the fact (the person's description: "President
//   of Chile", "Norwegian tennis player", a World Cup squad).
// Groups and seats are data (data/generated/entity-facts.json, from data/curated/groups.yaml
// and headquarters.yaml); people's facts are read from their descriptions. Only facts that do
// not change are used: membership, a head office, an office held, a nationality.
import { isRegion } from '../knownNames';
import { scanAtoms, type Atom } from '../../text/atoms';
import { foldPhrase } from '../fold';
import { editDistance } from '../editDistance';
import type { Block, CheckContext, Mention, PendingFinding } from '../context';
import type { EntityRegistry } from '../registry';
import type { EntityRecord, Finding } from '../types';
import { countryNamed, sentencesOf, townAt, type Town } from './confusableCountries';
import { bigCityAround, codeOfCountry, otherRegionAfter, placeChecks, placeFacts, placeKey, townsApart, townsNamed, type PlaceFacts, type PlaceFactsFile } from './placeFacts';
import { COMPANY_NAME_TAIL, PARTY } from '../bodyWords';
import { basedSuffix, introducesNext } from '../evidence';
import { legislatureSeatChecks, type LegislatureSeats } from './nationalLegislatures';
import { MONTH_NAMES, WEEKDAYS } from '../../text/calendar';

/** data/generated/entity-facts.json */
export interface EntityFactsFile {
  nouns: string[];
  groups: Array<{ id: string; names: string[]; nouns?: boolean; members: string[]; joined?: string[]; also?: string[]; source: string }>;
  /** Head offices, and (with `venue`) the towns of the big venues. */
  /** (`club`: a club's home town: curated so, or read from the open lists' descriptions at run time.) */
  /** (`company`: a company's head office, never a club's, whatever letters its name has: "CF Industries".) */
  headquarters: Array<{ names: string[]; city: string; also?: string[]; country: string; venue?: boolean; club?: boolean; company?: boolean; source: string }>;
  /** Other adjectives for a language ("Flemish" → "Dutch"). */
  languageWords?: Record<string, string>;
  /** Regions that copy names by their language, with their languages (the majority's first). */
  languageRegions?: Array<{ name: string; country: string; languages: string[]; suggest?: boolean; source: string }>;
  /** Superlatives that belong to one country ("Africa's most populous country"). */
  superlatives?: Array<{ country: string; phrases: string[]; source: string }>;
  /** Film festivals, their towns and top prizes ("Golden Bear" of the Berlinale). */
  festivals?: Array<{ names: string[]; city: string; prize: string[]; source: string }>;
  /** Companies, their sector and the people who own or run them ("Matchroom", Eddie Hearn). */
  owners?: Array<{ company: string[]; sector: string; people: string[]; source: string }>;
  /** Towns with their countries, regions and positions (src/core/entities/checks/placeFacts.ts). */
  places?: PlaceFactsFile;
  /** Where national legislatures sit where that is not the capital, or that their seat is unsure (checks/nationalLegislatures.ts). */
  legislatureSeats?: Array<{ country: string; towns?: string[]; unsure?: boolean; source: string }>;
}

type LanguageRegion = NonNullable<EntityFactsFile['languageRegions']>[number];

type Group = EntityFactsFile['groups'][number];
type Seat = EntityFactsFile['headquarters'][number];

interface Named<T> {
  fact: T;
  /** The name's atoms as written in the facts ("R", "A" for "R&A"). */
  bases: string[];
}

/** The facts indexed by the first word of each name. */
export interface EntityFacts {
  groups: Map<string, Array<Named<Group>>>;
  seats: Map<string, Array<Named<Seat>>>;
  regions: Map<string, Array<Named<LanguageRegion>>>;
  allRegions: LanguageRegion[];
  languageWords: Record<string, string>;
  nouns: string[][];
  /** Superlatives by the keys of their phrase ("africa most populous country"), "country" also read as "nation". */
  superlatives: Array<{ country: string; keys: string[] }>;
  /** Towns and the regions they lie in, decoded on first use. */
  places?: PlaceFacts;
  /** Festivals (by index into `festivalList`) by their names and towns, and by their prizes' names. */
  festivalNames?: Map<string, Array<Named<number>>>;
  festivalPrizes?: Map<string, Array<Named<number>>>;
  festivalList?: NonNullable<EntityFactsFile['festivals']>;
  /** Where national legislatures sit, by country id, where that is not the capital. */
  legislatureSeats?: LegislatureSeats;
  /** Owners' entries by the people's names, and by the companies' names. */
  ownersByPerson?: Map<string, Array<Named<Owner>>>;
  ownersByCompany?: Map<string, Array<Named<Owner>>>;
}

type Owner = NonNullable<EntityFactsFile['owners']>[number];

export const NO_FACTS: EntityFacts = { groups: new Map(), seats: new Map(), regions: new Map(), allRegions: [], languageWords: {}, nouns: [], superlatives: [] };

export function entityFacts(file: EntityFactsFile | undefined): EntityFacts {
  if (!file) return NO_FACTS;
  const index = <T>(items: Array<{ fact: T; names: string[] }>) => {
    const out = new Map<string, Array<Named<T>>>();
    for (const { fact, names } of items)
      for (const name of names) {
        const bases = scanAtoms(name).map((a) => a.base);
        if (bases.length === 0) continue;
        const key = bases[0].toLowerCase();
        (out.get(key) ?? out.set(key, []).get(key)!).push({ fact, bases });
      }
    for (const list of out.values()) list.sort((a, b) => b.bases.length - a.bases.length);
    return out;
  };
  return {
    groups: index(file.groups.map((g) => ({ fact: g, names: g.names }))),
    seats: index(file.headquarters.map((h) => ({ fact: h, names: h.names }))),
    regions: index((file.languageRegions ?? []).map((r) => ({ fact: r, names: [r.name] }))),
    allRegions: file.languageRegions ?? [],
    languageWords: file.languageWords ?? {},
    nouns: file.nouns.map((n) => n.split(' ')).sort((a, b) => b.length - a.length),
    superlatives: (file.superlatives ?? []).flatMap((s) => s.phrases.map((p) => ({ country: s.country, keys: scanAtoms(p).map((a) => a.key) }))),
    places: placeFacts(file.places),
    festivalNames: index((file.festivals ?? []).flatMap((f, i) => [{ fact: i, names: [...f.names, f.city] }])),
    festivalPrizes: index((file.festivals ?? []).map((f, i) => ({ fact: i, names: f.prize }))),
    festivalList: file.festivals ?? [],
    ownersByPerson: index((file.owners ?? []).flatMap((o) => o.people.map((p) => ({ fact: o, names: [p] })))),
    ownersByCompany: index((file.owners ?? []).map((o) => ({ fact: o, names: o.company }))),
    legislatureSeats: new Map((file.legislatureSeats ?? []).map((l) => [l.country, l])),
  };
}

const clubSeatMemos = new WeakMap<EntityFacts, WeakMap<object, EntityFacts>>();

/** "football club, Manizales (founded 1961)": the open lists' clubs give their towns so. */
const CLUB_TOWN = /^(?:[\p{L} ]+ )?(?:club|team), ([^(),;]+?)(?: \(founded \d{4}\))?$/u;

/** The open lists' other way of giving a club's town: "association football club based in Jeddah", "ice hockey club in Turku, Finland". */
const CLUB_IN = /\b(?:club|team) (?:based )?(?:in|from) ([^(),;]+?)(?:,|$)/u;

/** Any body's town as the open lists' descriptions give it: "Symphony orchestra based in Bamberg", "Ballet company based in Munich". */
const BASED_IN = /\b(?:based|headquartered) in ([^(),;]+?)(?:,|$)/u;

/**
 * Where an open-list description says a body is: a club's town ("football club, Manizales", "club
 * based in Jeddah"; `club` true) or any other body's base ("Symphony orchestra based in Bamberg").
 */
function describedTown(description: string): { town: string; club: boolean } | undefined {
  const clubTown = CLUB_TOWN.exec(description)?.[1] ?? CLUB_IN.exec(description)?.[1];
  if (clubTown) return { town: clubTown, club: true };
  const based = BASED_IN.exec(description)?.[1];
  return based ? { town: based, club: false } : undefined;
}

/** Words a club's name carries beside the name it goes by ("Servette FC", "AC Omonia", "APOEL F.C."). */
const CLUB_AFFIX = /^(?:(?:FC|F\.C\.|CF|C\.F\.|SC|S\.C\.|AFC|A\.F\.C\.|FK|F\.K\.|SK|KV|K\.V\.|BSC|SV|CD|C\.D\.|BC|B\.C\.|AC|A\.C\.|AS|SS|SSC|HC|HK) )?(.+?)(?: (?:FC|F\.C\.|CF|C\.F\.|SC|S\.C\.|AFC|A\.F\.C\.|FK|F\.K\.|SK|KV|K\.V\.|BSC|SV|CD|C\.D\.|BC|B\.C\.|HC|HK))?$/u;

/** Letters of a club's kind that no company's name carries. */
const CLUB_ONLY = /(?:^|\s)(?:FC|F\.C\.|CF|C\.F\.|AFC|A\.F\.C\.|FK|F\.K\.|KV|K\.V\.|BSC|HC|HK)(?:\s|$)/u;

/** A club's name without the letters of its kind ("Servette" of Servette FC), or undefined where it has none. */
function clubShortName(name: string): string | undefined {
  const short = CLUB_AFFIX.exec(name)?.[1];
  return short && short !== name && /^\p{Lu}/u.test(short) ? short : undefined;
}

/**
 * The facts with the seats of the clubs the registry knows from the open lists (their
 * descriptions give their towns: "football club, Manizales", "football club based in Jeddah"),
 * where no curated seat names them; by their names and the names they go by without the letters of
 * their kind ("Servette" of Servette FC) that are no place's ("Once Caldas", not the alias
 * "Kaiserslautern"). A name of one word only where no other entity has it and it is no ordinary
 * word. Once per facts and registry.
 */
function withClubSeats(facts: EntityFacts, registry: CheckContext['registry']): EntityFacts {
  let byRegistry = clubSeatMemos.get(facts);
  if (!byRegistry) clubSeatMemos.set(facts, (byRegistry = new WeakMap()));
  const known = byRegistry.get(registry.memoKey);
  if (known) return known;
  const seats = new Map([...facts.seats].map(([k, list]) => [k, [...list]]));
  const curated = new Set([...facts.seats.values()].flat().map((n) => n.bases.join(' ').toLowerCase()));
  const clubs: Array<{ e: EntityRecord; town: string; names: string[]; derived: string[]; club: boolean }> = [];
  for (const e of registry.entities.values()) {
    if (e.kind !== 'organization' || !e.country || !e.description || /\b(?:defunct|former)\b/i.test(e.description)) continue;
    const { town, club } = describedTown(e.description) ?? {};
    if (!town || !facts.places || !townsNamed(facts.places, placeKey(town))) continue;
    const own = [e.name, ...(e.aliases ?? [])];
    const derived = club ? [...new Set(own.map(clubShortName).filter((n): n is string => n !== undefined && !own.includes(n)))] : [];
    clubs.push({ e, town, names: [...own, ...derived].filter((n) => !registry.known.isPlace(n)), derived, club: club === true });
  }
  // (Who goes by each name of one word: known entities by their ids, clubs by their towns — a club
  // the curated seats and the open lists both hold is one club, its towns written either way.)
  const oneWord = new Map<string, string[]>();
  const count = (n: string, who: string) => {
    const list = oneWord.get(n.toLowerCase()) ?? oneWord.set(n.toLowerCase(), []).get(n.toLowerCase())!;
    if (!list.includes(who)) list.push(who);
  };
  const clubTown = new Map(clubs.map((c) => [c.e, c.town]));
  for (const e of registry.entities.values()) {
    const town = clubTown.get(e);
    for (const n of new Set([e.name, ...(e.aliases ?? []), ...(e.short ?? [])])) if (!/[\s-]/.test(n)) count(n, town ? 'town:' + town : 'id:' + e.id);
  }
  for (const { town, derived } of clubs) for (const n of derived) if (!/[\s-]/.test(n)) count(n, 'town:' + town);
  // Curated seats of clubs go by their short names too ("Servette" of Servette FC).
  const curatedShort: Array<{ fact: Seat; n: string }> = [];
  for (const list of facts.seats.values())
    for (const { fact } of list) {
      if (fact.venue) continue;
      for (const n of fact.names) {
        // (Only letters no company carries: "SC Johnson" is no club. Nor a company's, whatever its
        // letters: "CF Industries", the fertiliser maker, is no club called "Industries".)
        const short = CLUB_ONLY.test(n) && !fact.company ? clubShortName(n) : undefined;
        if (short && !fact.names.includes(short) && !registry.known.isPlace(short) && !curatedShort.some((x) => x.fact === fact && x.n === short)) curatedShort.push({ fact, n: short });
      }
    }
  for (const { fact, n } of curatedShort) if (!/[\s-]/.test(n)) count(n, 'town:' + fact.city);
  // Companies go by their names without the word of their legal or group form ("Carlsberg" of the
  // Carlsberg Group, "Orsted" of Ørsted A/S): where that is no place's name.
  const companyShort: Array<{ fact: Seat; n: string }> = [];
  for (const list of facts.seats.values())
    for (const { fact } of list) {
      if (fact.venue || fact.club) continue;
      for (const n of fact.names) {
        const words = n.split(' ');
        if (words.length < 2 || !COMPANY_NAME_TAIL.has(words[words.length - 1].toLowerCase().replace(/\./g, ''))) continue;
        const short = words.slice(0, -1).join(' ').replace(/,$/, '');
        if (short.length < 4 || fact.names.includes(short) || registry.known.isPlace(short) || companyShort.some((x) => x.fact === fact && x.n === short)) continue;
        companyShort.push({ fact, n: short });
      }
    }
  for (const { fact, n } of companyShort) if (!/[\s-]/.test(n)) count(n, 'town:' + fact.city);
  // (One who: an entity, or towns a suburb's distance apart at most.)
  const oneWho = (who: readonly string[]) =>
    who.length <= 1 || who.every((w) => w.startsWith('town:') && (placeKey(w) === placeKey(who[0]) || townsApart(facts.places, w.slice(5), who[0].slice(5), CLUB_KM) === false));
  const oneWordOk = (n: string, bases: readonly string[]) => bases.length > 1 || (bases.length === 1 && n.length >= 4 && oneWho(oneWord.get(n.toLowerCase()) ?? []) && !registry.ordinaryWords.has(n.toLowerCase()));
  // Curated seats go by their bodies' acronyms too, where no other entity has the acronym ("The EMA,
  // which is based in Brussels": the European Medicines Agency's seat is Amsterdam), in capitals as
  // written (nameAt reads case as written: "Ema" is no EMA).
  const acronymHolders = new Map<string, Set<string>>();
  const byName = new Map<string, EntityRecord>();
  for (const e of registry.entities.values()) {
    for (const a of e.acronyms ?? []) (acronymHolders.get(a) ?? acronymHolders.set(a, new Set()).get(a)!).add(e.id);
    if (e.kind === 'organization' && e.acronyms?.length) for (const n of [e.name, ...(e.aliases ?? [])]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e);
  }
  for (const list of facts.seats.values())
    for (const { fact } of list) {
      if (fact.venue) continue;
      const e = fact.names.map((n) => byName.get(n.toLowerCase())).find((x) => x !== undefined);
      for (const a of e?.acronyms ?? []) {
        if (!/^[A-Z][A-Z&]{2,7}$/.test(a) || fact.names.includes(a) || (acronymHolders.get(a)?.size ?? 0) !== 1 || registry.known.isPlace(a)) continue;
        const bases = scanAtoms(a).map((x) => x.base);
        if (bases.length !== 1) continue;
        const key = bases[0].toLowerCase();
        const at = seats.get(key) ?? seats.set(key, []).get(key)!;
        if (!at.some((x) => x.bases.join(' ') === bases.join(' '))) at.push({ fact, bases });
      }
    }
  // (A club by the letters of its name: its "of" is its home, see seatChecks.)
  const asClub = new Map<Seat, Seat>();
  for (const { fact, n } of curatedShort) {
    const bases = scanAtoms(n).map((a) => a.base);
    if (bases.length === 0 || !oneWordOk(n, bases)) continue;
    const key = bases[0].toLowerCase();
    const list = seats.get(key) ?? seats.set(key, []).get(key)!;
    const club = asClub.get(fact) ?? asClub.set(fact, { ...fact, club: true }).get(fact)!;
    if (!list.some((x) => x.bases.join(' ') === bases.join(' '))) list.push({ fact: club, bases });
  }
  for (const { fact, n } of companyShort) {
    const bases = scanAtoms(n).map((a) => a.base);
    if (bases.length === 0 || !oneWordOk(n, bases)) continue;
    const key = bases[0].toLowerCase();
    const list = seats.get(key) ?? seats.set(key, []).get(key)!;
    if (!list.some((x) => x.bases.join(' ') === bases.join(' '))) list.push({ fact, bases });
  }
  for (const { e, town, names, club } of clubs) {
    const named = names
      .map((n) => ({ n, bases: scanAtoms(n).map((a) => a.base) }))
      .filter((x) => oneWordOk(x.n, x.bases));
    if (named.length === 0 || named.some((x) => curated.has(x.bases.join(' ').toLowerCase()))) continue;
    const fact: Seat = { names: named.map((x) => x.n), city: town, country: e.country!, ...(club ? { club: true } : {}), source: e.sources?.[0] ?? 'open lists' };
    for (const { bases } of named) {
      const key = bases[0].toLowerCase();
      (seats.get(key) ?? seats.set(key, []).get(key)!).push({ fact, bases });
    }
  }
  for (const list of seats.values()) list.sort((a, b) => b.bases.length - a.bases.length);
  const out = { ...facts, seats };
  byRegistry.set(registry.memoKey, out);
  return out;
}

/** A finding of one block, relative to its start, with what the rest of the article must show. */
/** The finding for atoms first…last written where `fix` is meant, the possessive of the last kept on the fix. */
function confusableAt(ctx: CheckContext, atoms: readonly Atom[], first: number, last: number, message: string, fix: string): Candidate {
  const start = atoms[first].start;
  const end = atoms[last].end;
  return { start, end, code: 'confusable-name', severity: 'warning', message, suggestions: [fix + possessiveOf(atoms[last])], text: ctx.text.slice(start, end) };
}

interface Candidate extends PendingFinding {
  /** The person must be named in full somewhere in the article. */
  needFull?: string;
  /** The group must be named somewhere in the article, and this country nowhere but here. */
  needGroup?: { group: string; alone: string; sentence: number };
  /** The article must name `named` somewhere, and write `once` only here. */
  needNamed?: { named: string; once: string };
  /** The article must write one of `named` (accents and case aside) and none of `unless` (with `negate`, the other way). */
  needRegion?: { named: string[]; unless: string[]; negate?: boolean; sentence?: string };
}

interface Memo {
  candidates: Candidate[];
  groupsNamed: string[];
  /** The facts' seats, to find another body at a town written as one's seat (see rivalAt). */
  seats?: EntityFacts['seats'];
  /** Festivals named in the block (names or towns), in order. */
  festivals?: Array<{ festival: number; atom: number; sentence: number }>;
  /** Bodies with a known seat named in the block (not venues). */
  seatsNamed?: Seat[];
  /** "The company, which has its headquarters in Bergen": a seat given to a body named only by its noun. */
  /** The entity each named seat's body was read as. */
  seatEntities?: Map<Seat, EntityRecord>;
  seatsByNoun?: Array<{ first: number; last: number; country?: string; strict: boolean; name: string; orgsBefore: string[]; noun: string; notCompany?: boolean }>;
  /** Prizes named in the block, each with its festival and what its sentence says. */
  prizes?: Array<{ festival: number; atom: number; last: number; sentence: number; competing: boolean }>;
}

/** Per facts, per block (blocks are cached by their text with their mentions): what the block gives. */
const memos = new WeakMap<EntityFacts, WeakMap<readonly Mention[], Memo>>();

export function findFactContradictions(ctx: CheckContext, given: EntityFacts): PendingFinding[] {
  if (given === NO_FACTS) return [];
  const facts = withClubSeats(given, ctx.registry);
  const out: PendingFinding[] = [];
  const memosOf = ctx.blocks.map((b) => memoOf(ctx, b, facts));
  if (memosOf.some((m) => m.prizes?.length)) out.push(...festivalPrizeFindings(ctx, facts, memosOf));
  if (memosOf.some((m) => m.seatsByNoun?.length)) out.push(...seatByNounFindings(ctx, memosOf));
  if (!memosOf.some((m) => m.candidates.length)) return out;
  let fullNamed: Set<string> | undefined;
  let groups: Set<string> | undefined;
  let countrySentences: Map<string, Set<string>> | undefined;
  let folded: string | undefined;
  ctx.blocks.forEach((block, b) => {
    for (const c of memosOf[b].candidates) {
      if (c.needFull && !(fullNamed ??= fullyNamed(ctx.blocks)).has(c.needFull)) continue;
      if (c.needGroup) {
        groups ??= new Set(memosOf.flatMap((m) => m.groupsNamed));
        if (!groups.has(c.needGroup.group)) continue;
        countrySentences ??= sentencesNaming(ctx.blocks);
        const where = countrySentences.get(c.needGroup.alone);
        if (where && [...where].some((s) => s !== `${b} ${c.needGroup!.sentence}`)) continue;
      }
      if (c.needNamed && !(timesWritten(ctx.text, c.needNamed.named) >= 1 && timesWritten(ctx.text, c.needNamed.once) === 1)) continue;
      if (c.needRegion) {
        // (A name before its possessive is written too: "Aragon's" folds to "aragon s" as well as "aragons".)
        folded ??= ` ${placeKey(ctx.text)} ${placeKey(ctx.text.replace(/['’]/g, ' '))} `;
        const written = (n: string) => folded!.includes(` ${placeKey(n)} `);
        const sentence = c.needRegion.sentence !== undefined ? ` ${placeKey(c.needRegion.sentence.replace(/['’]/g, ' '))} ` : '';
        const inSentence = c.needRegion.named.some((n) => sentence.includes(` ${placeKey(n)} `));
        if ((inSentence || (c.needRegion.named.some(written) && !c.needRegion.unless.some(written))) === (c.needRegion.negate === true)) continue;
      }
      const { needFull: _f, needGroup: _g, needNamed: _n, needRegion: _r, ...finding } = c;
      void _f;
      void _g;
      void _n;
      void _r;
      out.push({ ...finding, start: finding.start + block.start, end: finding.end + block.start });
    }
  });
  return out;
}

/** How often a name is written in the text, as a whole word (case as given). */
function timesWritten(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) n++;
  }
  return n;
}

/** People named in full (two words or more) somewhere in the article. */
function fullyNamed(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) for (const m of b.mentions) if (m.form.entity.kind === 'person' && m.form.keys.length >= 2 && m.form.role !== 'wrong') out.add(m.form.entity.id);
  return out;
}

/** Country id → "block sentence" of every sentence that names it. */
function sentencesNaming(blocks: readonly Block[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  blocks.forEach((block, b) => {
    const sentences = sentencesOf(block.atoms);
    for (const m of block.mentions) if (m.form.entity.kind === 'country') (out.get(m.form.entity.id) ?? out.set(m.form.entity.id, new Set()).get(m.form.entity.id)!).add(`${b} ${sentences[m.first]}`);
  });
  return out;
}

function memoOf(ctx: CheckContext, block: Block, facts: EntityFacts): Memo {
  let byBlock = memos.get(facts);
  if (!byBlock) memos.set(facts, (byBlock = new WeakMap()));
  let memo = byBlock.get(block.mentions);
  if (!memo) {
    // The block's own text: candidates are relative to its start, so they survive the block moving.
    const local: CheckContext = { ...ctx, text: ctx.text.slice(block.start, block.end), blocks: [{ ...block, start: 0, end: block.end - block.start }] };
    const lb = local.blocks[0];
    memo = { candidates: [], groupsNamed: [], seats: facts.seats };
    groupChecks(local, lb, facts, memo);
    seatChecks(local, lb, facts, memo);
    personChecks(local, lb, memo);
    languageChecks(local, lb, facts, memo);
    superlativeChecks(local, lb, facts, memo);
    subsidiarySeatChecks(local, lb, memo);
    placeChecks(local, lb, facts.places, (f) => memo!.candidates.push(f));
    legislatureSeatChecks(local, lb, facts.places, facts.legislatureSeats, (f) => memo!.candidates.push(f));
    festivalNames(lb, facts, memo);
    ownerChecks(local, lb, facts, memo);
    executiveChecks(local, lb, memo);
    byBlock.set(block.mentions, memo);
  }
  return memo;
}

// ---------------------------------------------------------------- helpers

const raw = (ctx: CheckContext, block: Block, from: number, to: number) => ctx.text.slice(block.atoms[from].end, block.atoms[to].start);

/** The end (last atom) of a name of the facts written at atom i, or -1. */
/** The last words of venues' names that copy writes in lower case ("the Lanxess arena"). */
const VENUE_KIND_WORDS: ReadonlySet<string> = new Set(['arena', 'stadium', 'hall', 'theatre', 'theater', 'palace', 'centre', 'center', 'dome', 'park']);

function nameAt<T>(block: Block, i: number, index: Map<string, Array<Named<T>>>): { fact: T; last: number } | undefined {
  const a = block.atoms[i];
  const list = index.get(a.key);
  if (!list) return undefined;
  for (const n of list) {
    if (i + n.bases.length > block.atoms.length) continue;
    let ok = true;
    for (let k = 0; k < n.bases.length && ok; k++) {
      const at = block.atoms[i + k];
      // Case as written, but a leading "The" may be "the", a word of four letters or more in capitals
      // (a brand's style: "LANXESS") and a venue's last word, what kind it is, in lower case ("arena").
      ok =
        at.base === n.bases[k] ||
        (k === 0 && at.key === 'the' && n.bases[k] === 'The') ||
        (at.base.length >= 4 && at.base === n.bases[k].toUpperCase() && at.base !== n.bases[k]) ||
        // (and a brand styled in lower case, capitalised as copy writes it: "Voestalpine" for voestalpine)
        (/^\p{Ll}{4,}$/u.test(n.bases[k]) && at.base === n.bases[k][0].toUpperCase() + n.bases[k].slice(1)) ||
        (k > 0 && k === n.bases.length - 1 && VENUE_KIND_WORDS.has(at.base) && at.key === n.bases[k].toLowerCase());
      if (k > 0 && at.sentenceStart) ok = false;
      if (k < n.bases.length - 1 && at.text !== at.base) ok = false;
    }
    if (!ok) continue;
    // A longer capitalised name ("Emirates Stadium", "NATO Review") is another name — but for the
    // words of a company's legal form ("LATAM Airlines Group", "Equinor ASA"): the same body.
    let last = i + n.bases.length - 1;
    while (block.atoms[last + 1]?.gap === ' ' && COMPANY_NAME_TAIL.has(block.atoms[last + 1].key) && block.atoms[last].text === block.atoms[last].base) last++;
    const next = block.atoms[last + 1];
    if (next && next.gap !== 'break' && next.capitalized && block.atoms[last].text === block.atoms[last].base) continue;
    return { fact: n.fact, last };
  }
  return undefined;
}

function countryMentionAt(block: Block, k: number): Mention | undefined {
  const m = block.mentionAt[k];
  return m && m.first === k && m.form.entity.kind === 'country' && m.form.role !== 'adjective' && m.form.role !== 'demonym' && m.form.role !== 'combining' ? m : undefined;
}

function possessiveOf(a: Atom): string {
  return a.text.slice(a.base.length);
}

// ---------------------------------------------------------------- groups

/** Words before a group's name that make it something else ("non-EU", "former Nato members"). */
const NOT_MEMBERS = new Set(['non', 'former', 'ex', 'prospective', 'future', 'aspiring', 'would', 'candidate', 'associate', 'partner', 'observer', 'applicant']);
/** Words that lead from a group's name to its list. */
const LEADS = [['of'], ['such', 'as'], ['including'], ['like'], ['namely'], ['formed', 'by'], ['founded', 'by'], ['made', 'up', 'of'], ['comprising']];
/** Leads that give a group's members, whatever the group's name. */
const MEMBER_LEADS = [['formed', 'by'], ['founded', 'by'], ['made', 'up', 'of'], ['comprising']];
/** Words that show a sentence is about a bloc (its agreement, its members). */
const BLOC_WORDS = new Set(['agreement', 'deal', 'bloc', 'blocs', 'members', 'member', 'treaty', 'pact', 'accord', 'partners']);

interface ListOf {
  items: Mention[];
  last: number;
}

/** "A, B and C" (or "A, B, and C", "A and B", "or") of countries starting at atom k. */
function countryList(ctx: CheckContext, block: Block, k: number): ListOf | undefined {
  const items: Mention[] = [];
  let at = k;
  for (;;) {
    const m = countryMentionAt(block, at);
    if (!m) return undefined;
    items.push(m);
    const next = block.atoms[m.last + 1];
    if (!next) return undefined;
    const between = raw(ctx, block, m.last, m.last + 1);
    if ((next.key === 'and' || next.key === 'or') && (between === ' ' || between === ', ')) {
      const last = countryMentionAt(block, m.last + 2);
      if (!last || raw(ctx, block, m.last + 1, m.last + 2) !== ' ') return undefined;
      items.push(last);
      // "A, B and C-based…", "A and B's": the list reads on into something else.
      const after = block.atoms[last.last + 1];
      if (after && after.gap === '-') return undefined;
      return { items, last: last.last };
    }
    if (between !== ', ') return undefined;
    at = m.last + 1;
  }
}

function groupChecks(ctx: CheckContext, block: Block, facts: EntityFacts, memo: Memo): void {
  const { atoms } = block;
  const sentences = sentencesOf(atoms);
  const explicit = new Set<number>();
  for (let i = 0; i < atoms.length; i++) {
    const hit = nameAt(block, i, facts.groups);
    if (!hit) continue;
    const group = hit.fact;
    memo.groupsNamed.push(group.id);
    const prev = atoms[i - 1];
    if (prev && atoms[i].gap !== 'break' && NOT_MEMBERS.has(prev.key)) continue;
    let k = hit.last + 1;
    // The group noun: required after a bare name ("EU countries"), optional after "Baltic states".
    const noun = facts.nouns.find((n) => n.every((w, j) => atoms[k + j]?.key === w && atoms[k + j].gap === ' '));
    if (noun) k += noun.length;
    // "the Baltic states, made up of …": words that give the members need no noun.
    else if (group.nouns && !MEMBER_LEADS.some((l) => l.every((w, j) => atoms[k + j]?.key === w))) continue;
    if (k >= atoms.length) continue;
    const gap = raw(ctx, block, k - 1, k);
    if (gap === ' ' || gap === ', ') {
      const lead = LEADS.find((l) => l.every((w, j) => atoms[k + j]?.key === w));
      if (lead) k += lead.length;
      else if (gap === ' ' && !noun) continue;
    } else if (!/^(?: \(|: | — | – )$/.test(gap)) continue;
    if (k >= atoms.length) continue;
    const list = countryList(ctx, block, k);
    if (!list) continue;
    explicit.add(k);
    const judged = judgeList(ctx, block, group, list, 'explicit');
    if (judged) memo.candidates.push(judged.finding);
  }
  // "Lithuania, Latvia and Finland, the three Baltic states" / "(the Baltic states)": the group after the list.
  for (let i = 0; i < atoms.length; i++) {
    if (explicit.has(i) || !countryMentionAt(block, i)) continue;
    const prev = block.mentionAt[i - 1];
    if (prev && prev.form.entity.kind === 'country' && raw(ctx, block, i - 1, i) === ', ') continue;
    const list = countryList(ctx, block, i);
    if (!list) continue;
    let k = list.last + 1;
    if (k >= atoms.length || !/^(?:, | \()$/.test(raw(ctx, block, list.last, k))) continue;
    if (atoms[k].key === 'the') k++;
    if (atoms[k] && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(atoms[k].key)) k++;
    const hit = k < atoms.length ? nameAt(block, k, facts.groups) : undefined;
    if (!hit) continue;
    const n = hit.last + 1;
    const noun = facts.nouns.find((w) => w.every((x, j) => atoms[n + j]?.key === x && atoms[n + j].gap === ' '));
    if (hit.fact.nouns && !noun) continue;
    explicit.add(i);
    const judged = judgeList(ctx, block, hit.fact, list, 'explicit');
    if (judged) memo.candidates.push(judged.finding);
  }
  // A bloc's list one member short, in a sentence about the bloc: needs the group named in the article.
  for (let i = 0; i < atoms.length; i++) {
    const m = countryMentionAt(block, i);
    if (!m || explicit.has(i)) continue;
    const prev = atoms[i - 1];
    if (prev && countryMentionAt(block, block.mentionAt[i - 1]?.first ?? -1) && raw(ctx, block, i - 1, i) === ', ') continue;
    const list = countryList(ctx, block, i);
    if (!list) continue;
    i = list.last;
    if (list.items.length < 4) continue;
    const s = sentences[list.items[0].first];
    let about = false;
    for (let j = 0; j < atoms.length && !about; j++) if (sentences[j] === s && BLOC_WORDS.has(atoms[j].key)) about = true;
    if (!about) continue;
    for (const named of facts.groups.values())
      for (const { fact: group } of named) {
        if (group.members.length !== list.items.length) continue;
        const judged = judgeList(ctx, block, group, list, 'implicit');
        if (judged && !memo.candidates.some((c) => c.start === judged.finding.start)) memo.candidates.push({ ...judged.finding, needGroup: { group: group.id, alone: judged.outsider, sentence: s } });
      }
  }
}

/** A list that names a group's members and one country that is not: the outsider flagged. */
function judgeList(ctx: CheckContext, block: Block, group: Group, list: ListOf, how: 'explicit' | 'implicit'): { finding: Candidate; outsider: string } | undefined {
  const members = new Set([...group.members, ...(group.joined ?? [])]);
  const allowed = new Set([...members, ...(group.also ?? [])]);
  const ids = list.items.map((m) => m.form.entity.id);
  const outsiders = list.items.filter((m) => !allowed.has(m.form.entity.id));
  if (outsiders.length !== 1) return undefined;
  const inside = ids.filter((id) => members.has(id));
  if (inside.length < 2 || (how === 'implicit' && inside.length !== group.members.length - 1)) return undefined;
  if (how === 'implicit' && !inside.every((id) => group.members.includes(id))) return undefined;
  const outsider = outsiders[0];
  const founding = group.members.filter((id) => !ids.includes(id));
  const all = [...members].filter((id) => !ids.includes(id));
  const fixId = founding.length === 1 ? founding[0] : all.length === 1 ? all[0] : undefined;
  const reg = ctx.registry;
  const fix = fixId ? reg.entities.get(fixId) : undefined;
  const written = ctx.text.slice(outsider.start, outsider.end);
  const groupName = group.names[0];
  const finding: Candidate = {
    start: outsider.start,
    end: outsider.end,
    code: 'confusable-name',
    severity: 'warning',
    message: `${outsider.form.entity.name} is not one of the ${groupName}${fix ? `; the list leaves out ${fix.name}` : ''}.`,
    suggestions: fix ? [fix.name + possessiveOf(block.atoms[outsider.last])] : [],
    text: written,
    ...(fix ? { entityId: fix.id } : {}),
  };
  return { finding, outsider: outsider.form.entity.id };
}

// ---------------------------------------------------------------- seats

function seatChecks(ctx: CheckContext, block: Block, facts: EntityFacts, memo: Memo): void {
  const { atoms } = block;
  if (facts.seats.size === 0) return;
  for (let i = 0; i < atoms.length; i++) {
    // "Muscat-based Etihad", "the Hyderabad-headquartered ISRO"
    if (basedSuffix(atoms[i]) && i >= 1 && i + 1 < atoms.length && atoms[i + 1].gap === ' ') {
      const hit = nameAt(block, i + 1, facts.seats);
      const town = hit && townAt(ctx, block, i - 1, true);
      // Where the body's name ends the phrase ("the Cologne-based International Paralympic Committee
      // said", "… MTN Group, led by"), "-based" gives its seat, and another town of its own country
      // is wrong too; before more words it may describe them ("the Sydney-based Qantas pilots").
      const after = hit ? atoms[hit.last + 1] : undefined;
      const ends = !after || after.gap === 'break' || PHRASE_VERBS.has(after.key);
      if (hit && town) pushSeat(ctx, block, memo, hit.fact, town.first, town.last, town.country, ends && !hit.fact.venue);
      continue;
    }
    const hit = nameAt(block, i, facts.seats);
    if (!hit) {
      nounSeat(ctx, block, i, memo);
      continue;
    }
    // Initials after a capitalised word are part of a longer name ("Koninklijke HFC" is no Hearts).
    const prev = atoms[i - 1];
    if (hit.last === i && /^\p{Lu}{2,}$/u.test(atoms[i].base) && prev && atoms[i].gap === ' ' && prev.capitalized && !prev.sentenceStart) continue;
    const seat = hit.fact;
    if (!seat.venue) {
      (memo.seatsNamed ??= []).push(seat);
      const e = block.mentionAt[i]?.form.entity;
      if (e) (memo.seatEntities ??= new Map()).set(seat, e);
    }
    // "the Kinshasa side TP Mazembe": a town before the word side (club, outfit) is the club's own; a
    // town of its country more than a suburb's distance from the seat is wrong ("the Madrid side Getafe" is fine).
    const noun = atoms[i - 1];
    if (!seat.venue && noun && SIDE_NOUNS.has(noun.key) && noun.gap === ' ' && atoms[i].gap === ' ') {
      const town = townAt(ctx, block, i - 2, true);
      if (town && !isRegionTown(ctx, town)) {
        const far = farFromSeat(facts.places, seat, town.name);
        pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, far);
      }
    }
    // "At its headquarters in Kalundborg, Novo Nordisk …": the seat the sentence opens with (a town of
    // the body's own country; abroad, "headquarters" may be a region's).
    if (!seat.venue && i > 0 && raw(ctx, block, i - 1, i) === ', ') {
      const town = townAt(ctx, block, i - 1, true);
      const lead = town ? atoms.slice(Math.max(0, town.first - 4), town.first).map((a) => a.key).join(' ') : '';
      if (town && town.country === seat.country && /(?:^|\s)(?:at|from|in) its headquarters in$/.test(lead) && !isRegionTown(ctx, town)) pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, true);
    }
    let k = hit.last + 1;
    if (k >= atoms.length) continue;
    // "Novo Nordisk's headquarters in Kalundborg", "the Novo Nordisk headquarters in …": its seat, where
    // the town is of its own country.
    if (!seat.venue && atoms[k].key === 'headquarters' && atoms[k].gap === ' ' && atoms[k + 1]?.key === 'in' && atoms[k + 1].gap === ' ') {
      const town = townAt(ctx, block, k + 2, false);
      const after = town && atoms[town.last + 1];
      if (town && town.country === seat.country && !isRegionTown(ctx, town) && !(after && after.gap === ' ' && after.capitalized)) pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, true);
      continue;
    }
    // "the OECD's Geneva headquarters": a town between the body's possessive and "headquarters" is
    // an institution's seat. Not a company's nor a club's (a firm has regional headquarters: "Google's
    // London headquarters"); "the bank's New Delhi headquarters" after the body is read by the noun (nounSeat).
    if (!seat.venue && !seat.company && !seat.club && atoms[hit.last].text !== atoms[hit.last].base && atoms[k].gap === ' ' && institutional(seat, block.mentionAt[i]?.form.entity)) {
      const town = townAt(ctx, block, k, false);
      const after = town && atoms[town.last + 1];
      if (town && after?.key === 'headquarters' && after.gap === ' ' && !isRegionTown(ctx, town)) pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, true);
      if (town) continue;
    }
    // A venue's town: "Loftus Versfeld in Durban", "Eden Gardens, Mumbai".
    if (seat.venue) {
      const gap = raw(ctx, block, k - 1, k);
      // (Or in apposition, after words in lower case: "La Moneda, the presidential palace in Valparaíso,".)
      let apposed = -1;
      if (gap === ', ' && atoms[k].key === 'the') {
        let j = k + 1;
        while (j < atoms.length && j - k <= 4 && !atoms[j].capitalized && atoms[j].gap !== 'break' && atoms[j].key !== 'in') j++;
        if (j > k + 1 && atoms[j]?.key === 'in' && atoms[j].gap === ' ') apposed = j + 1;
      }
      const w = apposed > 0 ? apposed : gap === ' ' && atoms[k].key === 'in' ? k + 1 : gap === ', ' ? k : -1;
      const town = w > 0 && atoms[hit.last].text === atoms[hit.last].base ? townAt(ctx, block, w, false) : undefined;
      const after = town && atoms[town.last + 1];
      // (After a comma, a town that goes on as a list is the list's next item: "at Fordow, Natanz and Isfahan".)
      if (town && w === k && after && ((raw(ctx, block, town.last, town.last + 1) === ', ' && after.capitalized) || ((after.key === 'and' || after.key === 'or') && after.gap === ' ' && atoms[town.last + 2]?.capitalized === true))) continue;
      // (The big city whose area the venue's town is in is where copy puts it: "Ajinomoto Stadium in Tokyo".)
      const around = town !== undefined && [seat.city, ...(seat.also ?? [])].some((c) => bigCityAround(facts.places, c, town.name, seat.city));
      if (town && !around && !isRegionTown(ctx, town) && !(after && after.gap === ' ' && after.capitalized)) pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, true, facts.places);
      continue;
    }
    // "Etihad of Muscat": only a town of another country contradicts it (a branch is "in", not "of").
    // A club's "of" is its home ("Lukko of Rauma"): a town of its own country far from it is wrong too.
    if (atoms[k].key === 'of' && raw(ctx, block, k - 1, k) === ' ' && atoms[hit.last].text === atoms[hit.last].base) {
      const town = townAt(ctx, block, k + 1, false);
      const after = town && atoms[town.last + 1];
      if (town && !(after && after.gap === ' ' && after.capitalized) && !isRegionTown(ctx, town)) {
        // (Far from the seat, and near none of its other names the lists place: "Torino" is no town of theirs.)
        const far = (seat.club === true || isClubAt(block, i)) && townsApart(facts.places, seat.city, town.name, CLUB_KM) === true && (seat.also ?? []).every((c) => townsApart(facts.places, c, town.name, CLUB_KM) !== false);
        pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, far);
      }
      continue;
    }
    // "Mahle, the Munich-based piston maker": the town before "-based" in the body's appositive is its
    // seat (one of its own country only far from the seat: a suburb is often named so).
    if (raw(ctx, block, k - 1, k) === ', ' && (atoms[k].key === 'the' || atoms[k].key === 'a')) {
      const town = townAt(ctx, block, k + 1, false);
      const based = town && atoms[town.last + 1];
      if (town && based && basedSuffix(based) && !isRegionTown(ctx, town)) {
        const far = farFromSeat(facts.places, seat, town.name);
        pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, far);
        continue;
      }
      // "Servette, the Lausanne club coached by …": a town before the word club (side, team) in a
      // club's appositive is its home; one of its own country only beyond a suburb's distance.
      // (So is one after it and "from": "Slovácko, the club from Kroměříž".)
      const from = !town && SIDE_NOUNS.has(atoms[k + 1]?.key ?? '') && atoms[k + 2]?.key === 'from' && atoms[k + 1].gap === ' ' && atoms[k + 2].gap === ' ' ? townAt(ctx, block, k + 3, false) : undefined;
      const home = from && !(atoms[from.last + 1]?.gap === ' ' && atoms[from.last + 1].capitalized) ? from : town && based && SIDE_NOUNS.has(based.key) && based.gap === ' ' ? town : undefined;
      if (home && !seat.venue && (seat.club === true || isClubAt(block, i)) && !isRegionTown(ctx, home)) {
        const far = townsApart(facts.places, seat.city, home.name, CLUB_KM) === true && (seat.also ?? []).every((c) => townsApart(facts.places, c, home.name, CLUB_KM) !== false);
        pushSeat(ctx, block, memo, seat, home.first, home.last, home.country, far);
        continue;
      }
    }
    // "The UCI, which runs its disciplines from its headquarters in Lausanne": a clause of the body's
    // own that gives its headquarters, a few words in lower case after "which" ("has", "runs its
    // tours from", "keeps"), is its seat.
    if (!seat.venue && raw(ctx, block, k - 1, k) === ', ' && atoms[k].key === 'which') {
      let j = k + 1;
      while (j <= k + 8 && atoms[j] && atoms[j].gap === ' ' && !atoms[j].capitalized && !(atoms[j].key === 'its' && atoms[j + 1]?.key === 'headquarters')) j++;
      // (Not one that moved it: "which moved its headquarters in Geneva to …" names the old seat.)
      const moved = atoms.slice(k + 1, j).some((a) => MOVED.has(a.key));
      if (j > k + 1 && !moved && atoms[j]?.key === 'its' && atoms[j].gap === ' ' && atoms[j + 1]?.key === 'headquarters' && atoms[j + 1].gap === ' ' && atoms[j + 2]?.key === 'in' && atoms[j + 2].gap === ' ' && atoms[j + 3]?.gap === ' ') {
        const town = townAt(ctx, block, j + 3, false);
        const after = town && atoms[town.last + 1];
        if (town && !isRegionTown(ctx, town) && !(after && after.gap === ' ' && after.capitalized)) {
          pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, true);
          continue;
        }
      }
    }
    // "The EMA, which relocated from London to Amsterdam in 2019": where a body moved is its seat now.
    if (!seat.venue && raw(ctx, block, k - 1, k) === ', ' && atoms[k].key === 'which' && MOVED.has(atoms[k + 1]?.key ?? '') && atoms[k + 1].gap === ' ') {
      let j = k + 2;
      if (atoms[j]?.key === 'its' && atoms[j + 1]?.key === 'headquarters') j += 2;
      if (atoms[j]?.key === 'from' && atoms[j].gap === ' ') {
        const from = townAt(ctx, block, j + 1, false);
        j = from ? from.last + 1 : -1;
      }
      const town = j > 0 && atoms[j]?.key === 'to' && atoms[j].gap === ' ' ? townAt(ctx, block, j + 1, false) : undefined;
      const after = town && atoms[town.last + 1];
      if (town && !isRegionTown(ctx, town) && !(after && after.gap === ' ' && after.capitalized)) pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, true);
      continue;
    }
    // "the R&A, the governing body headquartered in Carnoustie", "Etihad, based in Muscat", "World
    // Athletics, which is based in Monaco", "Bertelsmann, whose headquarters are in Gütersloh"
    let said: string | undefined;
    if (raw(ctx, block, k - 1, k) === ', ') {
      let lower = 0;
      if (atoms[k].key === 'which' && ['is', 'was'].includes(atoms[k + 1]?.key ?? '') && atoms[k + 1].gap === ' ') k += 2;
      else if (atoms[k].key === 'whose' && atoms[k + 1]?.key === 'headquarters' && ['are', 'is'].includes(atoms[k + 2]?.key ?? '') && atoms[k + 1].gap === ' ' && atoms[k + 2].gap === ' ') {
        k += 2;
        said = 'headquartered';
      } else if (['the', 'a', 'an'].includes(atoms[k].key)) {
        k++;
        // (A country's adjective among them: "Fincantieri, the Italian state-controlled group headquartered in Genoa".)
        const countryWord = (a: number) => atoms[a].capitalized && block.mentionAt[a]?.form.entity.kind === 'country' && block.mentionAt[a]!.form.role === 'adjective';
        while (k < atoms.length && (!atoms[k].capitalized || countryWord(k)) && atoms[k].gap !== 'break' && !['headquartered', 'based'].includes(atoms[k].key) && lower < 5) {
          k++;
          lower++;
        }
      }
    }
    const verb = said ?? atoms[k]?.key;
    if ((verb !== 'headquartered' && verb !== 'based') || atoms[k + 1]?.key !== 'in' || atoms[k + 1].gap !== ' ' || !atoms[k + 2] || atoms[k + 2].gap !== ' ') continue;
    // After "of", the body completes another noun, which is what is based there: "an institution
    // of the East African Community based in Kisumu" places the institution.
    // (Only a body is headquartered: "the chief executive of Equinor, which is headquartered in
    // Bergen" places Equinor, after its comma.)
    const before = atoms[i - 1]?.key === 'the' ? atoms[i - 2] : atoms[i - 1];
    // ("Which is based" after its comma places the body too: "chief executive of voestalpine, which is based in Linz".)
    const placesBody = raw(ctx, block, hit.last, hit.last + 1) === ', ' && (verb === 'headquartered' || atoms[hit.last + 1]?.key === 'which');
    if (before?.key === 'of' && !placesBody) continue;
    const w = k + 2;
    const town = townAt(ctx, block, w, false);
    if (town) {
      // "Based in" another town of the body's own country is its seat only where that town lies far
      // from the seat (a body "based in" a suburb or a neighbouring town is often so described).
      const written = atoms
        .slice(town.first, town.last + 1)
        .map((a) => a.base)
        .join(' ');
      const far = verb === 'based' && farFromSeat(facts.places, seat, written);
      if (!isRegionTown(ctx, town)) pushSeat(ctx, block, memo, seat, town.first, town.last, town.country, verb === 'headquartered' || far);
      continue;
    }
    // A town the lists do not hold, given as the head office: the seat is known, so it is wrong
    // unless it is a place of the seat (its region, the country) or a name of some other kind.
    if (verb !== 'headquartered' || !atoms[w].capitalized || block.mentionAt[w]) continue;
    let last = w;
    while (last + 1 < atoms.length && atoms[last + 1].gap === ' ' && atoms[last + 1].capitalized && last - w < 2) last++;
    const written = atoms
      .slice(w, last + 1)
      .map((a) => a.base)
      .join(' ');
    if (ctx.registry.known.isPlace(written) || ctx.registry.known.hasName(atoms.slice(w, last + 1).map((a) => a.base))) continue;
    pushSeat(ctx, block, memo, seat, w, last, undefined, true);
  }
}

/**
 * True when the body is an institution, not a company: a word of an institution's name in one of its
 * names (the OECD's "Organisation"), or a description that says so ("Central bank of India").
 */
function institutional(seat: Seat, entity: EntityRecord | undefined): boolean {
  const names = [...seat.names, ...(entity ? [entity.name, ...(entity.aliases ?? [])] : [])];
  return names.some((n) => INSTITUTION_WORDS.test(n)) || INSTITUTION_DESCRIPTION.test(entity?.description ?? '');
}

/** What an institution's description says it is. */
const INSTITUTION_DESCRIPTION = /\b(?:central bank|intergovernmental|international organi[sz]ation|agency|regulator|supervisor|ministry|legislature|court)\b/i;

/** True when the mention at atom `i` is a sports club's (its description says so: "football club, Manizales"). */
function isClubAt(block: Block, i: number): boolean {
  const e = block.mentionAt[i]?.form.entity;
  return e !== undefined && e.kind === 'organization' && /\b(?:club|team)\b/i.test(e.description ?? '');
}

/** Verbs of a body's move to its present seat ("which relocated from London to Amsterdam"). */
const MOVED: ReadonlySet<string> = new Set(['relocated', 'moved']);

/** Nouns between a town and a club's name that make the town the club's ("the Kinshasa side TP Mazembe"). */
const SIDE_NOUNS = new Set(['side', 'club', 'outfit', 'team']);

/** A seat as a message writes it: "Basel, Switzerland"; a city-state once ("Monaco", "Singapore"). */
function seatPlace(seat: Seat, country: string | undefined): string {
  return country === undefined || country === seat.city ? seat.city : `${seat.city}, ${country}`;
}

/** How far from a club's town another town may lie and still be the club's "of" (a suburb: km). */
const CLUB_KM = 20;

/** How far from a body's seat a town "based in" names is still its metropolitan area (km). */
const SUBURB_KM = 40;
/** How far a town must lie from a seat whose other names include an area the lists of places lack ("Silicon Valley"). */
const AREA_KM = 150;

/**
 * True when the town `name` lies beyond a suburb's distance from the seat's city and from each of
 * its other towns. An area given beside the seat that is no town in the lists ("Silicon Valley"
 * for Redwood City) gives no distance: the town must then lie beyond an area's from the city.
 */
function farFromSeat(places: PlaceFacts | undefined, seat: Seat, name: string): boolean {
  let area = false;
  for (const c of [seat.city, ...(seat.also ?? [])]) {
    const apart = townsApart(places, c, name, SUBURB_KM);
    if (apart === false || (apart === undefined && c === seat.city)) return false;
    if (apart === undefined) area = true;
  }
  return !area || townsApart(places, seat.city, name, AREA_KM) === true;
}

/** A region, state or country of the curated places ("Scotland", "New Jersey"): not a town to compare. */
function isRegionTown(ctx: CheckContext, town: Town): boolean {
  const e = town.id ? ctx.registry.entities.get(town.id) : undefined;
  // (A town described by its role is a town: "Judicial capital of South Africa", "Administrative and economic capital of …".)
  if (e?.description && !/^(?:[\w ]*\bcapital|city|town)\b/i.test(e.description)) return true;
  const listed = ctx.registry.known.placeNamed(town.name);
  return !!listed && isRegion(listed);
}

/** Verbs that end the noun phrase before them: "the Muscat-based Etihad said". */
const PHRASE_VERBS = new Set(['said', 'says', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'reported', 'reports', 'announced', 'announces', 'posted', 'plans', 'planned', 'agreed', 'confirmed', 'expects', 'expected', 'warned', 'told', 'added', 'became', 'won', 'opened', 'launched', 'signed', 'cut', 'raised']);

function pushSeat(ctx: CheckContext, block: Block, memo: Memo, seat: Seat, first: number, last: number, country: string | undefined, strict: boolean, places?: PlaceFacts): void {
  const atoms = block.atoms;
  const written = atoms
    .slice(first, last + 1)
    .map((a) => a.base)
    .join(' ');
  const fold = (s: string) => foldPhrase(s, /[\s-]+/);
  if ([seat.city, ...(seat.also ?? [])].some((c) => fold(c) === fold(written))) return;
  // A name towns of several countries bear is the town of the seat's own country where it has one
  // ("Electronic Arts, based in San Mateo": California's, not the Philippines' bigger one).
  const cc = ctx.places ? codeOfCountry(ctx.places, seat.country) : undefined;
  if (country !== seat.country && cc && ctx.places && townsNamed(ctx.places, placeKey(written))?.some((t) => t.cc === cc)) country = seat.country;
  // Another town of the same country is a contradiction only where the text says "headquartered".
  if (country === seat.country && !strict) return;
  if (country === undefined && !strict) return;
  const reg = ctx.registry;
  const body = seat.names[0];
  const home = reg.entities.get(seat.country);
  const where = seatPlace(seat, home?.name);
  // The place the writer most likely meant: one of the seat's names a slip away from the one
  // written ("Estadio BBVA in Monterey": Monterrey, the city it serves, not its suburb Guadalupe).
  const meant = [seat.city, ...(seat.also ?? [])].find((c) => editDistance(fold(c), fold(written), 2) <= 2) ?? seat.city;
  // "Subaru Park in Camden, New Jersey": the town and its region are the slip, fixed together
  // ("Chester, Pennsylvania"), never the town alone into another state's namesake.
  const comma = atoms[last + 1] && ctx.text.slice(atoms[last].end, atoms[last + 1].start) === ', ';
  const region = comma && meant === seat.city && places ? otherRegionAfter(block, places, last + 1, seat.city, cc, written) : undefined;
  if (region) {
    const both = `${written}, ${atoms.slice(last + 1, region.last + 1).map((a) => a.base).join(' ')}`;
    memo.candidates.push(confusableAt(ctx, atoms, first, region.last, `${body} is in ${seat.city}, ${region.seatRegion}, not in ${both}.`, `${seat.city}, ${region.seatRegion}`));
    return;
  }
  // The town is the seat of a body named like the one written, beside it: the body is the slip
  // ("ASM International, the Veldhoven-based maker of lithography machines": ASML's town).
  const rival = !seat.venue && meant === seat.city ? rivalAt(block, memo, seat, written, first) : undefined;
  if (rival) {
    memo.candidates.push(confusableAt(ctx, atoms, rival.first, rival.last, `${written} is the home of ${rival.name}; ${body} has its headquarters in ${where}.`, rival.name));
    return;
  }
  memo.candidates.push(confusableAt(ctx, atoms, first, last, seat.venue ? `${body} is in ${where}, not in ${written}.` : seat.club ? `${body} is a club of ${where}, not of ${written}.` : `${body} has its headquarters in ${where}, not in ${written}.`, meant));
}

const seatsByTown = new WeakMap<EntityFacts['seats'], Map<string, Seat[]>>();

/**
 * Another body whose seat is the town written (`written`), named like the body whose seat it is
 * not — the first word of one the start of the other's ("ASM International", ASML), or the whole
 * names two letters apart — where the body is written within a few words of the town: its name
 * as written (atoms first…last) and the other's name.
 */
function rivalAt(block: Block, memo: Memo, seat: Seat, written: string, at: number): { first: number; last: number; name: string } | undefined {
  if (!memo.seats) return undefined;
  let byTown = seatsByTown.get(memo.seats);
  if (!byTown) {
    byTown = new Map();
    for (const list of memo.seats.values())
      for (const { fact } of list) {
        if (fact.venue) continue;
        const k = placeKey(fact.city);
        const here = byTown.get(k) ?? byTown.set(k, []).get(k)!;
        if (!here.includes(fact)) here.push(fact);
      }
    seatsByTown.set(memo.seats, byTown);
  }
  const fold = (s: string) => foldPhrase(s, /[\s-]+/);
  const firstWord = (s: string) => fold(s).split(' ')[0];
  const alike = (a: string, b: string) => {
    const [x, y] = [firstWord(a), firstWord(b)];
    if (x !== y && x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x))) return true;
    return fold(a) !== fold(b) && fold(a).length >= 5 && editDistance(fold(a), fold(b), 2) <= 2;
  };
  const others = (byTown.get(placeKey(written)) ?? []).filter((s) => s !== seat && s.country === seat.country && s.names.some((n) => seat.names.some((m) => alike(n, m))));
  if (others.length !== 1) return undefined;
  // The body as written, within a few words of the town.
  const { atoms } = block;
  for (const name of seat.names) {
    const bases = scanAtoms(name).map((a) => a.base.toLowerCase());
    for (let k = Math.max(0, at - 12); k <= Math.min(atoms.length - bases.length, at + 6); k++) {
      if (bases.every((b, j) => atoms[k + j].base.toLowerCase() === b)) return { first: k, last: k + bases.length - 1, name: others[0].names[0] };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- people

/** Offices whose holder is of the place the office names: role words as keys. */
const OFFICES = [['prime', 'minister'], ['vice', 'president'], ['foreign', 'minister'], ['president'], ['premier'], ['chancellor'], ['governor'], ['mayor'], ['king'], ['queen'], ['emir']];
/** Words between ", the" and an office or a nationality that change neither. */
const MODIFIERS = new Set(['former', 'twice', 'two', 'time', 'three', 'then', 'ex', 'outgoing', 'incumbent', 'current', 'acting', 'interim', 'onetime', 'one', 'once', 'late', 'sitting', 'serving', 'longtime', 'long', 'newly', 'elected', 're']);
/** Nouns after a nationality adjective that make it the person's ("the Swedish player who"). */
const PERSON_NOUNS = new Set([
  'player', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'winger', 'captain', 'international', 'rider', 'cyclist', 'driver',
  'golfer', 'runner', 'sprinter', 'athlete', 'boxer', 'fighter', 'swimmer', 'skier', 'tennis', 'star', 'veteran', 'teenager', 'youngster',
  'champion', 'politician', 'diplomat', 'economist', 'actor', 'actress', 'singer', 'director', 'writer', 'novelist', 'author', 'businessman',
  'businesswoman', 'executive', 'entrepreneur', 'leader', 'coach', 'manager', 'batter', 'bowler', 'all', 'rounder', 'jockey', 'sailor', 'climber',
]);
/** Words after a demonym used as a noun ("the Swede who…"). */
const AFTER_NOUN = new Set(['who', 'whose', 'was', 'is', 'has', 'had', 'said', 'says', 'will', 'would', 'won', 'beat', 'reached', 'became', 'did', 'could', 'also', 'now', 'then']);

interface PersonFacts {
  /** Country ids the person is of, as the knowledge states it (nationality, office of a country). */
  nations: Set<string>;
  /** Office role ("prime minister") → ids of the places and countries it was held in. */
  offices: Map<string, Set<string>>;
}

const personFacts = new WeakMap<EntityRecord, PersonFacts>();
const placesByName = new WeakMap<object, Map<string, EntityRecord>>();

/** A country or curated place by its name ("Chile", "Osaka Prefecture"). */
function placeNamed(reg: EntityRegistry, name: string): EntityRecord | undefined {
  const country = countryNamed(reg, name);
  if (country) return country;
  let map = placesByName.get(reg.memoKey);
  if (!map) {
    map = new Map();
    for (const e of reg.entities.values()) if (e.kind === 'place' && !reg.isListed(e)) for (const n of [e.name, ...(e.aliases ?? [])]) if (!map.has(n.toLowerCase())) map.set(n.toLowerCase(), e);
    placesByName.set(reg.memoKey, map);
  }
  return map.get(name.toLowerCase());
}

/** What a person's description states: "Norwegian tennis player", "President of Chile (2006–2010)". */
function factsOf(reg: EntityRegistry, person: EntityRecord): PersonFacts {
  let facts = personFacts.get(person);
  if (facts) return facts;
  facts = { nations: new Set(), offices: new Map() };
  const d = person.description ?? '';
  // The leading nationality: "Norwegian", "British-Iranian", "Sudanese-born English".
  for (const word of d.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(word)) break;
    // "Sudanese-born English actor": a birthplace is not a nationality.
    if (/-born$/.test(word)) continue;
    for (const part of word.split('-')) {
      const c = reg.countryParts.get(part.toLowerCase());
      if (c && (c.role === 'adjective' || c.role === 'demonym')) facts.nations.add(c.country.id);
    }
  }
  // A national squad: "footballer (defender), Uruguay squad, 2026 FIFA World Cup".
  const squad = /, ([^,]+) squad, /.exec(d);
  const team = squad && countryNamed(reg, squad[1]);
  if (team) facts.nations.add(team.id);
  // Offices: "President of Chile", "Governor of Osaka Prefecture", "Prime Minister of the United Kingdom".
  for (const m of d.matchAll(/\b(Prime Minister|Vice[- ]President|Foreign Minister|President|Premier|Chancellor|Governor|Mayor|King|Queen|Emir) of (?:the )?([\p{Lu}][\p{L}'’. -]*?)(?= \(|[;,)]|$| since| from)/gu)) {
    const place = placeNamed(reg, m[2].trim());
    if (!place) continue;
    const role = m[1].toLowerCase().replace('-', ' ');
    (facts.offices.get(role) ?? facts.offices.set(role, new Set()).get(role)!).add(place.id);
    if (place.kind === 'country') facts.nations.add(place.id);
  }
  // A curated person's country is their own (people.yaml: "Leader of Niger's military government").
  if (facts.nations.size === 0 && person.country && !reg.isListed(person) && reg.entities.get(person.country)?.kind === 'country') facts.nations.add(person.country);
  personFacts.set(person, facts);
  return facts;
}

function personChecks(ctx: CheckContext, block: Block, memo: Memo): void {
  const { atoms } = block;
  const reg = ctx.registry;
  for (const m of block.mentions) {
    const person = m.form.entity;
    if (person.kind !== 'person' || m.form.role === 'wrong' || !person.description) continue;
    const full = m.form.keys.length >= 2;
    const facts = factsOf(reg, person);
    if (facts.nations.size === 0 && facts.offices.size === 0) continue;
    const need = full ? {} : { needFull: person.id };
    // "Swedish Casper Ruud", "Uruguayan President Michelle Bachelet": the word before the name (over titles).
    if (full && m.first >= 1 && atoms[m.first].gap === ' ' && facts.nations.size) {
      let k = m.first - 1;
      let titles = 0;
      while (k >= 0 && titles < 3 && OFFICES.some((o) => o.includes(atoms[k].key)) && atoms[k + 1].gap === ' ' && atoms[k].capitalized) {
        k--;
        titles++;
      }
      // "Austrian swimmer Ariarne Titmus", "the Swiss tennis player Stan Wawrinka": a noun of the person between.
      let nouns = 0;
      while (titles === 0 && k >= 1 && nouns < 2 && PERSON_NOUNS.has(atoms[k].key) && !atoms[k].capitalized && atoms[k].text === atoms[k].base && atoms[k + 1].gap === ' ') {
        k--;
        nouns++;
      }
      if (nouns > 0) titles = nouns;
      const w = k >= 0 ? block.mentionAt[k] : undefined;
      if (w && w.last === k && atoms[k + 1].gap === ' ' && (titles > 0 || atoms[w.first].capitalized)) {
        // "South Korean", "Franco-German": the word before makes another nationality.
        const before = atoms[w.first - 1];
        if (!(before && (atoms[w.first].gap === '-' || (atoms[w.first].gap === ' ' && before.capitalized && !before.sentenceStart)))) {
          const f = nationality(ctx, w, person, facts);
          // (Before a title, the person may be the slip instead: see staleTitles' countryTitleOffice.)
          if (f) memo.candidates.push(titles > 0 && nouns === 0 ? { ...f, yieldsToPerson: true } : f);
        }
      }
    }
    // "Uruguay's former president, Michelle Bachelet": the office before the name.
    if (full && m.first >= 2 && facts.offices.size && /^(?: |, )$/.test(raw(ctx, block, m.first - 1, m.first))) {
      const f = officeBefore(ctx, block, m, person, facts);
      if (f) memo.candidates.push(f);
    }
    // "Niger's military leader, General Abdourahamane Tiani": a country's leader who is of another.
    if (full && m.first >= 3 && facts.nations.size === 1) {
      const f = leaderBefore(ctx, block, m, person, facts);
      if (f) memo.candidates.push(f);
    }
    const j = m.last + 1;
    if (j >= atoms.length || raw(ctx, block, m.last, j) !== ', ' || atoms[m.last].text !== atoms[m.last].base) continue;
    let k = j;
    const article = ['the', 'a', 'an'].includes(atoms[k].key);
    if (article) k++;
    let steps = 0;
    while (k < atoms.length && steps < 4 && !atoms[k].capitalized && (k === j || atoms[k].gap !== 'break') && (MODIFIERS.has(atoms[k].key) || /^\d/.test(atoms[k].key) || ['year', 'old'].includes(atoms[k].key))) {
      k++;
      steps++;
    }
    if (k >= atoms.length || (k > j && atoms[k].gap === 'break')) continue;
    // (After the article, the office-holder's party says whose side, not which office: "Mario
    // Kunasek, the Freedom Party governor of Carinthia" is Styria's governor.)
    const party = article ? block.mentionAt[k] : undefined;
    if (party && party.first === k && party.form.entity.kind === 'organization' && PARTY.test(party.form.entity.description ?? '') && atoms[party.last + 1]?.gap === ' ' && atoms[party.last].text === atoms[party.last].base) k = party.last + 1;
    // "…, twice president of Uruguay"
    const office = OFFICES.find((o) => o.every((w, x) => atoms[k + x]?.key === w && (x === 0 || atoms[k + x].gap !== 'break')));
    if (office && atoms[k + office.length]?.key === 'of') {
      const held = facts.offices.get(office.join(' '));
      const y = k + office.length + 1;
      const place = block.mentionAt[y];
      if (!held || !place || place.first !== y || (place.form.entity.kind !== 'country' && place.form.entity.kind !== 'place')) continue;
      if (place.form.role === 'adjective' || place.form.role === 'demonym' || atoms[place.last].text !== atoms[place.last].base) continue;
      if (held.has(place.form.entity.id)) continue;
      const after = atoms[place.last + 1];
      if (after && after.gap !== 'break' && after.capitalized) continue;
      const right = reg.entities.get([...held][0]);
      if (!right) continue;
      memo.candidates.push({
        start: place.start,
        end: place.end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${person.name} was ${office.join(' ')} of ${right.name}, not of ${place.form.entity.name} (${person.description}).`,
        suggestions: [right.name],
        text: ctx.text.slice(place.start, place.end),
        entityId: right.id,
        ...need,
      });
      continue;
    }
    // "…, the Swede who", "…, the Swedish player who"
    // Only after an article: "Kore-eda, Spanish director Bayona" is a list of two people.
    const w = block.mentionAt[k];
    if (!article || !w || w.first !== k || facts.nations.size === 0) continue;
    const next = atoms[w.last + 1];
    if (next && next.gap === '-') continue;
    const noun = !next || next.gap === 'break' || AFTER_NOUN.has(next.key);
    const adjective = next && next.gap === ' ' && PERSON_NOUNS.has(next.key) && !next.capitalized && next.text === next.base;
    if (!noun && !adjective) continue;
    // (Not where the noun runs into a name, which it introduces: "…, the American writer Kiley Reid".)
    if (adjective && introducesNext(atoms, w.last + 1)) continue;
    const f = nationality(ctx, w, person, facts);
    if (f) memo.candidates.push({ ...f, ...need });
  }
}

/** "Y's [former] president[,] Person" where the person held that office in another country. */
function officeBefore(ctx: CheckContext, block: Block, m: Mention, person: EntityRecord, facts: PersonFacts): Candidate | undefined {
  const { atoms } = block;
  const k = m.first - 1;
  const office = OFFICES.find((o) => o.length <= k + 1 && o.every((w, x) => atoms[k - o.length + 1 + x].key === w) && o.every((_, x) => x === 0 || atoms[k - o.length + 1 + x].gap !== 'break'));
  if (!office) return undefined;
  const held = facts.offices.get(office.join(' '));
  if (!held) return undefined;
  let j = k - office.length;
  while (j >= 0 && MODIFIERS.has(atoms[j].key) && !atoms[j].capitalized && atoms[j + 1].gap !== 'break') j--;
  const c = j >= 0 ? block.mentionAt[j] : undefined;
  if (!c || c.last !== j || c.form.entity.kind !== 'country' || atoms[j].text === atoms[j].base || atoms[j + 1].gap !== ' ') return undefined;
  if (held.has(c.form.entity.id)) return undefined;
  const right = ctx.registry.entities.get([...held][0]);
  if (!right || right.kind !== 'country') return undefined;
  return {
    start: c.start,
    end: atoms[c.last].start + atoms[c.last].base.length,
    code: 'confusable-name',
    severity: 'warning',
    message: `${person.name} was ${office.join(' ')} of ${right.name}, not of ${c.form.entity.name} (${person.description}).`,
    suggestions: [right.name],
    text: ctx.text.slice(c.start, atoms[c.last].start + atoms[c.last].base.length),
    entityId: right.id,
  };
}

/** Nouns of a country's leader ("Niger's military leader, General Tiani"). */
const LEADER_NOUNS = new Set(['leader', 'ruler', 'strongman', 'head', 'monarch', 'dictator']);
/** Words that may stand before such a noun. */
const LEADER_WORDS = new Set(['military', 'junta', 'transitional', 'interim', 'de', 'facto', 'authoritarian', 'longtime', 'long', 'time', 'former', 'current', 'new', 'coup', 'supreme', 'opposition']);
/** Titles between the noun and the name. */
const LEADER_TITLES = new Set(['general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'brigadier', 'major', 'marshal', 'field', 'admiral', 'president', 'sheikh', 'king', 'queen', 'emir', 'prince']);

/**
 * "Nigeria's military leader, General Abdourahamane Tiani": a country's possessive before a
 * leader's noun and the person, who the knowledge says is of another single country (a curated
 * person's country, or the nationality of the description). Only leaders: "Russia's ally, X" says
 * nothing of X's country. The fix is the person's country.
 */
function leaderBefore(ctx: CheckContext, block: Block, m: Mention, person: EntityRecord, facts: PersonFacts): Candidate | undefined {
  const { atoms } = block;
  let k = m.first - 1;
  let titles = 0;
  while (k >= 0 && titles < 2 && atoms[k].capitalized && LEADER_TITLES.has(atoms[k].key) && atoms[k + 1].gap === ' ') {
    k--;
    titles++;
  }
  if (k < 1 || !/^(?: |, )$/.test(raw(ctx, block, k, k + 1)) || !LEADER_NOUNS.has(atoms[k].key) || atoms[k].capitalized) return undefined;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && LEADER_WORDS.has(atoms[j].key) && !atoms[j].capitalized && atoms[j + 1].gap !== 'break') j--;
  const c = j >= 0 ? block.mentionAt[j] : undefined;
  if (!c || c.last !== j || c.form.entity.kind !== 'country' || atoms[j].text === atoms[j].base || atoms[j + 1].gap !== ' ') return undefined;
  if (c.form.role === 'adjective' || c.form.role === 'demonym' || facts.nations.has(c.form.entity.id)) return undefined;
  for (const held of facts.offices.values()) if (held.has(c.form.entity.id)) return undefined;
  const right = ctx.registry.entities.get([...facts.nations][0]);
  if (!right || right.kind !== 'country') return undefined;
  const end = atoms[c.last].start + atoms[c.last].base.length;
  return {
    start: c.start,
    end,
    code: 'confusable-name',
    severity: 'warning',
    message: `${person.name} is of ${right.name}, not ${c.form.entity.name}${person.description ? ` (${person.description})` : ''}.`,
    suggestions: [right.name],
    text: ctx.text.slice(c.start, end),
    entityId: right.id,
  };
}

/** A nationality word for a person of other nations: the finding, with the right word. */
function nationality(ctx: CheckContext, w: Mention, person: EntityRecord, facts: PersonFacts): Candidate | undefined {
  const written = w.form.entity;
  if (written.kind !== 'country' || (w.form.role !== 'adjective' && w.form.role !== 'demonym')) return undefined;
  if (facts.nations.has(written.id)) return undefined;
  // One right country only: a person of two nations is either.
  if (facts.nations.size !== 1) return undefined;
  const right = ctx.registry.entities.get([...facts.nations][0]);
  if (!right) return undefined;
  const text = ctx.text.slice(w.start, w.end);
  const asDemonym = (written.demonyms ?? []).includes(text) && !(written.adjectives ?? []).includes(text);
  const plural = /s$/.test(text) && asDemonym;
  const pool = asDemonym ? (right.demonyms ?? []) : (right.adjectives ?? []);
  const fix = pool.find((f) => /s$/.test(f) === plural && !/\s/.test(f)) ?? pool[0];
  if (!fix || fix === text) return undefined;
  return {
    start: w.start,
    end: w.end,
    code: 'confusable-name',
    severity: 'warning',
    message: `“${text}” does not fit ${person.name}${person.description ? ` (${person.description})` : ''}: ${right.name} is ${fix}.`,
    suggestions: [fix],
    text,
    entityId: right.id,
  };
}

// ---------------------------------------------------------------- languages of regions

/** "Belgium's French-speaking Flanders region": a region given a language it does not speak. */
function languageChecks(ctx: CheckContext, block: Block, facts: EntityFacts, memo: Memo): void {
  if (facts.regions.size === 0) return;
  const { atoms } = block;
  for (let i = 1; i + 1 < atoms.length; i++) {
    if (atoms[i].key !== 'speaking' || atoms[i].gap !== '-' || atoms[i + 1].gap !== ' ' || !atoms[i - 1].capitalized) continue;
    const hit = nameAt(block, i + 1, facts.regions);
    if (!hit) continue;
    const region = hit.fact;
    const language = facts.languageWords[atoms[i - 1].base] ?? atoms[i - 1].base;
    if (region.languages.includes(language)) continue;
    // The region of the same country whose majority speaks it, if there is exactly one.
    const offered = facts.allRegions.filter((r) => r.country === region.country && r.suggest !== false);
    const majority = offered.filter((r) => r.languages[0] === language);
    const any = offered.filter((r) => r.languages.includes(language));
    const right = majority.length === 1 ? majority[0] : any.length === 1 ? any[0] : undefined;
    if (!right) continue;
    memo.candidates.push(confusableAt(ctx, atoms, i + 1, hit.last, `${region.name} speaks ${region.languages.join(' and ')}, not ${language}: ${language}-speaking ${right.name} does.`, right.name));
  }
}

// ---------------------------------------------------------------- superlatives

/**
 * A country given a superlative that belongs to another, in apposition: "Niger, Africa's most
 * populous country", "the world's largest Muslim-majority nation, Malaysia". Only these two
 * shapes: "X is the world's largest economy" may be a claim by another measure.
 */
function superlativeChecks(ctx: CheckContext, block: Block, facts: EntityFacts, memo: Memo): void {
  if (facts.superlatives.length === 0) return;
  const { atoms } = block;
  const same = (k: number, want: string) => atoms[k]?.key === want || (want === 'country' && atoms[k]?.key === 'nation');
  /** The superlative whose phrase starts at atom k (after an optional "the"), and its last atom. */
  const phraseAt = (k: number) => {
    if (atoms[k]?.key === 'the') k++;
    for (const s of facts.superlatives) if (s.keys.every((w, j) => same(k + j, w) && (j === 0 || atoms[k + j].gap !== 'break'))) return { s, first: k, last: k + s.keys.length - 1 };
    return undefined;
  };
  for (const m of block.mentions) {
    const e = m.form.entity;
    if (e.kind !== 'country' || m.form.role === 'adjective' || m.form.role === 'demonym') continue;
    let found: ReturnType<typeof phraseAt>;
    // "X, [the] phrase"
    if (m.last + 1 < atoms.length && raw(ctx, block, m.last, m.last + 1) === ', ') found = phraseAt(m.last + 1);
    // "[the] phrase, X"
    if (!found && m.first >= 2 && raw(ctx, block, m.first - 1, m.first) === ', ') {
      for (let k = Math.max(0, m.first - 9); k < m.first - 1 && !found; k++) {
        const at = phraseAt(k);
        if (at && at.last === m.first - 1 && (k === 0 || atoms[k].key === 'the' || atoms[k - 1].key === 'the' || atoms[k].gap === 'break')) found = at;
      }
    }
    if (!found || found.s.country === e.id) continue;
    const right = ctx.registry.entities.get(found.s.country);
    if (!right) continue;
    const wrong = ctx.text.slice(m.start, m.end);
    memo.candidates.push({
      start: m.start,
      end: m.end,
      code: 'confusable-name',
      severity: 'warning',
      message: `${e.name} is not ${ctx.text.slice(atoms[found.first].start, atoms[found.last].end)}: ${right.name} is.`,
      suggestions: [right.name + (atoms[m.last].text !== atoms[m.last].base ? atoms[m.last].text.slice(atoms[m.last].base.length) : '')],
      text: wrong,
      entityId: right.id,
    });
  }
}

// ---------------------------------------------------------------- a national arm's seat

/**
 * A company's national arm, named with its country ("Safaricom Ethiopia", "MTN Nigeria"), said in
 * the same sentence to be headquartered in another country's capital ("… and is headquartered in
 * Asmara"): the two neighbours' capitals confused. Only another country's capital is judged (a
 * town of the lists may be a branch), and no other country may be named between the two; the
 * fix is the arm's country's capital.
 */
function subsidiarySeatChecks(ctx: CheckContext, block: Block, memo: Memo): void {
  const { atoms } = block;
  const sentences = sentencesOf(atoms);
  for (let i = 0; i + 2 < atoms.length; i++) {
    if (atoms[i].key !== 'headquartered' || atoms[i + 1].key !== 'in' || atoms[i + 1].gap !== ' ') continue;
    const town = block.mentionAt[i + 2];
    if (!town || town.first !== i + 2 || town.form.entity.kind !== 'place' || !town.form.entity.country) continue;
    const townCountry = ctx.registry.entities.get(town.form.entity.country);
    if (!townCountry || townCountry.capital !== town.form.entity.id) continue;
    // Back through the sentence to the arm's name: a capitalised word, then its country's name.
    let arm: EntityRecord | undefined;
    for (let k = i - 1; k >= 1 && sentences[k] === sentences[i]; k--) {
      const m = block.mentionAt[k];
      if (!m || m.form.entity.kind !== 'country') continue;
      if (m.form.role === 'adjective' || m.form.role === 'demonym' || m.first < 1) break;
      const before = atoms[m.first - 1];
      if (m.last === k && before.capitalized && m.form.entity.id !== townCountry.id && atoms[m.first].gap === ' ' && (block.mentionAt[m.first - 1]?.form.entity.kind ?? 'organization') === 'organization' && !isConnectorWord(before.key)) arm = m.form.entity;
      break;
    }
    if (!arm?.capital) continue;
    const capital = ctx.registry.entities.get(arm.capital);
    if (!capital) continue;
    memo.candidates.push({
      start: town.start,
      end: town.end,
      code: 'confusable-name',
      severity: 'warning',
      message: `${town.form.entity.name} is the capital of ${townCountry.name}, not of ${arm.name}: is ${capital.name} meant?`,
      suggestions: [capital.name + possessiveOf(atoms[town.last])],
      text: ctx.text.slice(town.start, town.end),
      entityId: capital.id,
    });
  }
}

function isConnectorWord(key: string): boolean {
  return ['of', 'the', 'and', 'in', 'for', 'to', 'from'].includes(key);
}

// ---------------------------------------------------------------- festivals and their prizes

/** Words of a sentence about a festival's coming competition ("19 films compete for the Golden Lion"). */
const COMPETING = new Set(['compete', 'competes', 'competing', 'vie', 'vying', 'vies', 'contend', 'contending', 'contention', 'running', 'race', 'contest', 'contesting']);
/** Words that take a prize out of the festival at hand ("whose previous film won the Golden Lion"). */
const ELSEWHERE = new Set(['won', 'previous', 'previously', 'earlier', 'former', 'formerly', 'last', 'past', 'once', 'twice', 'winner', 'winners', 'winning', 'laureate', 'also', 'ago']);

function festivalNames(block: Block, facts: EntityFacts, memo: Memo): void {
  if (!facts.festivalNames?.size) return;
  const { atoms } = block;
  let sentences: number[] | undefined;
  for (let i = 0; i < atoms.length; i++) {
    const prize = nameAt(block, i, facts.festivalPrizes!);
    if (prize) {
      sentences ??= sentencesOf(atoms);
      const s = sentences[i];
      let competing = false;
      let elsewhere = false;
      for (let j = 0; j < atoms.length; j++) {
        if (sentences[j] !== s) continue;
        if (COMPETING.has(atoms[j].key)) competing = true;
        if (ELSEWHERE.has(atoms[j].key) || /^(?:19|20)\d\d$/.test(atoms[j].key)) elsewhere = true;
      }
      (memo.prizes ??= []).push({ festival: prize.fact, atom: i, last: prize.last, sentence: s, competing: competing && !elsewhere });
      i = prize.last;
      continue;
    }
    const hit = nameAt(block, i, facts.festivalNames);
    if (!hit) continue;
    sentences ??= sentencesOf(atoms);
    (memo.festivals ??= []).push({ festival: hit.fact, atom: i, sentence: sentences[i] });
    i = hit.last;
  }
}

/**
 * A festival's top prize in a story about another festival: "won the Golden Lion at the
 * Berlinale" (the festival in the same sentence), or "19 films prepared to compete for the
 * Golden Lion" in a story whose festival is the Berlinale (the one named before it in the
 * paragraph, or the one the article names most). The prize's own festival and its town must be
 * named nowhere in the article; the fix is the right festival's prize.
 */
function festivalPrizeFindings(ctx: CheckContext, facts: EntityFacts, memos: Memo[]): Finding[] {
  const out: Finding[] = [];
  const named = new Map<number, number>();
  for (const m of memos) for (const f of m.festivals ?? []) named.set(f.festival, (named.get(f.festival) ?? 0) + 1);
  const counts = [...named.entries()].sort((a, b) => b[1] - a[1]);
  const main = counts.length && (counts.length === 1 || counts[0][1] > counts[1][1]) ? counts[0][0] : undefined;
  ctx.blocks.forEach((block, b) => {
    for (const p of memos[b].prizes ?? []) {
      if (named.has(p.festival)) continue;
      const here = (memos[b].festivals ?? []).filter((f) => f.sentence === p.sentence);
      const before = (memos[b].festivals ?? []).filter((f) => f.atom < p.atom);
      let festival: number | undefined;
      if (here.length) festival = new Set(here.map((f) => f.festival)).size === 1 ? here[0].festival : undefined;
      else if (p.competing) festival = before.length ? (new Set(before.map((f) => f.festival)).size === 1 ? before[0].festival : undefined) : main;
      if (festival === undefined || festival === p.festival) continue;
      const right = facts.festivalList![festival];
      const atoms = block.atoms;
      const start = block.start + atoms[p.atom].start;
      const end = block.start + atoms[p.last].end;
      const written = ctx.text.slice(start, end);
      const last = atoms[p.last];
      out.push({
        start,
        end,
        code: 'confusable-name',
        severity: 'warning',
        message: `The ${written} is the top prize of the ${facts.festivalList![p.festival].names[0]}; the ${right.names[0]} awards the ${right.prize[0]}.`,
        suggestions: [right.prize[0] + last.text.slice(last.base.length)],
        text: written,
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------- a seat given to "the company"

/** BODY_NOUNS that stand for an institution rather than a company. */
const INSTITUTION_NOUNS = new Set(['federation', 'organisation', 'organization', 'agency', 'association', 'body']);
/** Words of an institution's name (not a company's). */
const INSTITUTION_WORDS = /\b(?:Organi[sz]ation|Federation|Union|Association|Agency|Committee|Council|Commission|Court|Fund|Programme|Program|Authority|Institute|League|Confederation|Secretariat|Community|Forum|Parliament|Assembly|Tribunal)\b/;

/** Lower-case words inside a town's longer name ("São José dos Campos", "Castellón de la Plana"). */
const NAME_INNER: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'les', 'du', 'des', 'upon', 'sur', 'am', 'im']);

/** Nouns that stand for the body a story is about ("the state-controlled company"). */
const BODY_NOUNS = new Set(['company', 'group', 'firm', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'producer', 'maker', 'drugmaker', 'carmaker', 'automaker', 'manufacturer', 'operator', 'giant', 'conglomerate', 'federation', 'organisation', 'organization', 'agency', 'association', 'body', 'corporation', 'retailer', 'miner', 'utility', 'broadcaster']);

/**
 * "The state-controlled company, which has its headquarters in Bergen": the seat of the body the
 * story names, given by its noun. Recorded here (atom i is "the"); judged against the one body
 * with a known seat the article names (seatByNounFindings).
 */
function nounSeat(ctx: CheckContext, block: Block, i: number, memo: Memo): void {
  const { atoms } = block;
  if (atoms[i].key !== 'the') return;
  // "Jadrolinija, the state-owned company based in Rijeka": the noun in apposition to a name the
  // knowledge does not hold is that body's, not the story's.
  if (i > 0 && atoms[i - 1].capitalized && block.mentionAt[i - 1] === undefined && /^,\s+$/.test(ctx.text.slice(block.start + atoms[i - 1].end, block.start + atoms[i].start))) return;
  let k = i + 1;
  while (k < atoms.length && k - i <= 3 && !atoms[k].capitalized && atoms[k].gap !== 'break' && !BODY_NOUNS.has(atoms[k].key)) k++;
  if (k >= atoms.length || !BODY_NOUNS.has(atoms[k].key) || atoms[k].gap === 'break') return;
  // Other bodies named before it in the paragraph: "the company" may be one of them.
  const orgsBefore = () => block.mentions.filter((m) => m.last < i && m.form.entity.kind === 'organization').map((m) => ctx.text.slice(m.start, m.end));
  // "the bank's New Delhi headquarters": the town between its possessive and "headquarters" (judged
  // for institutions only: a firm has regional headquarters).
  if (atoms[k].text !== atoms[k].base && atoms[k + 1]?.gap === ' ') {
    const town = townAt(ctx, block, k + 1, false);
    const after = town && atoms[town.last + 1];
    if (town && after?.key === 'headquarters' && after.gap === ' ' && !isRegionTown(ctx, town)) {
      (memo.seatsByNoun ??= []).push({ first: town.first, last: town.last, country: town.country, strict: true, name: town.name, orgsBefore: orgsBefore(), noun: atoms[k].key, notCompany: true });
      return;
    }
  }
  // (Its possessive only before its headquarters: "the central bank's headquarters in Putrajaya".)
  if (atoms[k].text !== atoms[k].base && atoms[k + 1]?.key !== 'headquarters') return;
  // "the company, which has its headquarters in", "the company, headquartered in", "the company is based in"
  let j = k + 1;
  const words: string[] = [];
  while (j < atoms.length && j - k <= 6 && !atoms[j].capitalized && !(atoms[j].gap === 'break' && atoms[j].sentenceStart)) {
    words.push(atoms[j].key);
    if (atoms[j].key === 'in' && j >= 1 && ['headquartered', 'headquarters', 'based'].includes(atoms[j - 1].key)) break;
    j++;
  }
  if (atoms[j]?.key !== 'in' || j + 1 >= atoms.length) return;
  const verb = atoms[j - 1].key;
  // "…, where the company has its headquarters in": only these plain shapes, no second body between.
  if (words.some((w) => BODY_NOUNS.has(w) || ['not', 'no', 'never', 'former', 'formerly', 'previously', 'once', 'until', 'new', 'move', 'moved', 'moving', 'relocate', 'relocated', 'regional', 'european', 'us', 'american', 'asian', 'local', 'national', 'second', 'other'].includes(w))) return;
  const town = townAt(ctx, block, j + 1, false);
  if (!town || isRegionTown(ctx, town)) return;
  const after = atoms[town.last + 1];
  // (A longer name goes on past the town: "São José dos Campos" is no São José.)
  const goesOn = NAME_INNER.has(after?.key ?? '') && atoms[town.last + 2]?.capitalized && atoms[town.last + 2].gap === ' ' && !MONTH_NAMES.has(atoms[town.last + 2].key) && !WEEKDAYS.includes(atoms[town.last + 2].key);
  if (after && after.gap === ' ' && (after.capitalized || goesOn)) return;
  (memo.seatsByNoun ??= []).push({ first: town.first, last: town.last, country: town.country, strict: verb !== 'based', name: town.name, orgsBefore: orgsBefore(), noun: atoms[k].key });
}

function seatByNounFindings(ctx: CheckContext, memos: Memo[]): Finding[] {
  const counts = new Map<Seat, number>();
  for (const m of memos) for (const s of m.seatsNamed ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  let bodies = new Set(counts.keys());
  // "The state-controlled company" is no intergovernmental body named beside it (OPEC in a story
  // on Equinor): where every noun the article gives such a seat by is a company's, bodies named as
  // organisations are no candidates.
  const nouns = memos.flatMap((m) => (m.seatsByNoun ?? []).map((c) => c.noun));
  if (bodies.size > 1 && nouns.length && nouns.every((n) => !INSTITUTION_NOUNS.has(n))) for (const b of [...bodies]) if (b.names.some((n) => INSTITUTION_WORDS.test(n))) bodies.delete(b);
  // And the other way round: "the agency, headquartered in Paris" is no company named beside it
  // (Arianespace in a story on the European Space Agency).
  // ("The governing body" may be a body named by its initials alone: "the R&A".)
  if (nouns.length && nouns.every((n) => INSTITUTION_NOUNS.has(n) && n !== 'body')) for (const b of [...bodies]) if (!b.names.some((n) => INSTITUTION_WORDS.test(n))) bodies.delete(b);
  // Of several companies, the one the article is about: named three times or more, three times as
  // often as any other (Equinor six times beside Ørsted once).
  if (bodies.size > 1 && nouns.length && nouns.every((n) => !INSTITUTION_NOUNS.has(n))) {
    const ranked = [...bodies].sort((a, b) => counts.get(b)! - counts.get(a)!);
    if (counts.get(ranked[0])! >= 3 && counts.get(ranked[0])! >= 3 * counts.get(ranked[1])!) bodies = new Set([ranked[0]]);
  }
  const fold = (s: string) => foldPhrase(s, /[\s-]+/);
  const namesOf = new Map([...bodies].map((b) => [b, new Set(b.names.map(fold))]));
  // (The noun refers back to the body: only after the body itself is named, whatever other body came before it.)
  const firstNamed = (seat: Seat) => memos.findIndex((m) => m.seatsNamed?.includes(seat));
  // The one body the article gives a seat to; where it names several, the one the noun's own
  // paragraph names before it, and no other ("… president of the Union Cycliste Internationale …
  // The federation, based in Lausanne", whatever the ASO is).
  const only = bodies.size === 1 ? [...bodies][0] : undefined;
  const out: Finding[] = [];
  ctx.blocks.forEach((block, b) => {
    for (const c of memos[b].seatsByNoun ?? []) {
      const named = c.orgsBefore.length ? [...bodies].filter((x) => c.orgsBefore.every((o) => namesOf.get(x)!.has(fold(o)))) : [];
      const seat = only ?? (named.length === 1 ? named[0] : undefined);
      if (!seat || b < firstNamed(seat)) continue;
      if (c.orgsBefore.some((o) => !namesOf.get(seat)!.has(fold(o))) || (c.notCompany && (seat.company || !institutional(seat, memos.find((m) => m.seatEntities?.has(seat))?.seatEntities?.get(seat))))) continue;
      if ([seat.city, ...(seat.also ?? [])].some((x) => fold(x) === fold(c.name))) continue;
      // ("Based in" a town of the seat's country far from the seat is wrong too: "The federation, based
      // in Lausanne" for the UCI of Aigle; a suburb or a neighbouring town is often so described.)
      if (c.country === undefined || (c.country === seat.country && !c.strict && !farFromSeat(ctx.places, seat, c.name))) continue;
      const atoms = block.atoms;
      const start = block.start + atoms[c.first].start;
      const end = block.start + atoms[c.last].end;
      const home = ctx.registry.entities.get(seat.country);
      out.push({
        start,
        end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${seat.names[0]} has its headquarters in ${seatPlace(seat, home?.name)}, not in ${ctx.text.slice(start, end)}.`,
        suggestions: [seat.city + possessiveOf(atoms[c.last])],
        text: ctx.text.slice(start, end),
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------- a person's company

/**
 * "Frank Warren's Matchroom": a person's possessive before a company of the same sector that
 * another person owns or runs (owners.yaml). Flagged only where the person has exactly one
 * company of that sector, which is the fix.
 */
function ownerChecks(ctx: CheckContext, block: Block, facts: EntityFacts, memo: Memo): void {
  if (!facts.ownersByPerson?.size) return;
  const { atoms } = block;
  for (let i = 0; i < atoms.length; i++) {
    const list: Array<Named<Owner>> | undefined = facts.ownersByPerson.get(atoms[i].key);
    if (!list) continue;
    // The longest name written here, ending in a possessive ("Frank Warren's").
    let person: { name: string; last: number } | undefined;
    for (const n of list) {
      const last = i + n.bases.length - 1;
      if (last >= atoms.length || !n.bases.every((b, k) => atoms[i + k].base === b && (k === 0 || atoms[i + k].gap === ' '))) continue;
      if (atoms[last].text === atoms[last].base || !n.bases.slice(0, -1).every((_, k) => atoms[i + k].text === atoms[i + k].base)) continue;
      if (!person || last > person.last) person = { name: n.bases.join(' '), last };
    }
    if (!person) continue;
    // A longer name before it ("Elizabeth Warren's") is another person.
    const prev = atoms[i - 1];
    if (prev && atoms[i].gap === ' ' && prev.capitalized && !prev.sentenceStart && person.name.split(' ').length === 1) continue;
    const k = person.last + 1;
    if (k >= atoms.length || atoms[k].gap !== ' ') continue;
    const hit = nameAt(block, k, facts.ownersByCompany!);
    if (!hit) continue;
    i = hit.last;
    const theirs = list.filter((n) => n.bases.join(' ') === person!.name).map((n) => n.fact);
    const company = hit.fact;
    const sameName = (o: Owner) => o.company.some((c) => company.company.includes(c));
    if (theirs.some(sameName)) continue;
    const fixes = [...new Set(theirs.filter((o) => o.sector === company.sector).map((o) => o.company[0]))];
    if (fixes.length !== 1) continue;
    memo.candidates.push(confusableAt(ctx, atoms, k, hit.last, `${company.company[0]} belongs to ${company.people[0]}, not ${person.name}, whose ${company.sector} is ${fixes[0]}.`, fixes[0]));
  }
}

// ---------------------------------------------------------------- a chief executive's company

const CHIEF = [['chief', 'executive'], ['ceo'], ['chief', 'executive', 'officer']];

/** The company a person runs now, as the description states it ("CEO of Equinor (since 2020)"). */
function runs(person: EntityRecord): string | undefined {
  const m = /^(?:Co-founder and )?(?:CEO|Chief Executive|chief executive) of ([^(;,]+?)(?: \(since (?:[A-Z][a-z]+ )?\d{4}\))?$/.exec(person.description ?? '');
  return m?.[1];
}

/**
 * A chief executive given another company: "Equinor chief executive Anders Opedal" is right,
 * "Shell chief executive Anders Opedal" or "Anders Opedal, chief executive of Shell" is not (the
 * person's description: "CEO of Equinor (since 2020)"). Only a current post, a company the
 * knowledge names, and one that shares no word with the person's company (a group and its
 * arm, "Erste" and "Erste Group", may both be said).
 */
function executiveChecks(ctx: CheckContext, block: Block, memo: Memo): void {
  const { atoms } = block;
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((w) => w.length > 1 && !['the', 'of', 'and', 'group', 'company', 'inc', 'plc', 'ag', 'sa', 'se', 'corporation', 'holdings', 'bank'].includes(w)));
  const judge = (org: Mention, person: EntityRecord, full: boolean) => {
    const right = runs(person);
    if (!right || !full || org.form.entity.kind !== 'organization' || org.form.role === 'wrong') return;
    const written = ctx.text.slice(org.start, org.end);
    const names = [org.form.entity.name, ...(org.form.entity.aliases ?? []), ...(org.form.entity.acronyms ?? []), ...(org.form.entity.short ?? []), written];
    const rightWords = words(right);
    if (names.some((n) => [...words(n)].some((w) => rightWords.has(w)))) return;
    memo.candidates.push({
      start: org.start,
      end: org.end,
      code: 'confusable-name',
      severity: 'warning',
      message: `${person.name} is the chief executive of ${right}, not of ${org.form.entity.name} (${(person.description ?? '').replace(/[()]/g, '')}).`,
      suggestions: [right + possessiveOf(atoms[org.last])],
      text: written,
      yieldsToPerson: true,
    });
  };
  for (const m of block.mentions) {
    if (m.form.entity.kind !== 'person' || m.form.role === 'wrong' || !runs(m.form.entity)) continue;
    const full = m.form.keys.length >= 2;
    // "<Org> chief executive <Person>"
    for (const title of CHIEF) {
      const t0 = m.first - title.length;
      if (t0 < 1 || !title.every((w, x) => atoms[t0 + x].key === w && atoms[t0 + x].gap === ' ')) continue;
      const org = block.mentionAt[t0 - 1];
      // "former AWS chief executive Andy Jassy": a past post.
      const before = org ? atoms[org.first - 1] : undefined;
      if (before && ['former', 'ex', 'then', 'onetime', 'erstwhile', 'previous', 'past', 'interim'].includes(before.key)) continue;
      if (org && org.last === t0 - 1 && atoms[org.last].text === atoms[org.last].base) judge(org, m.form.entity, full);
    }
    // "<Person>, [the] chief executive of <Org>"
    let k = m.last + 1;
    if (k >= atoms.length || ctx.text.slice(atoms[m.last].end, atoms[k].start) !== ', ') continue;
    if (atoms[k].key === 'the') k++;
    const title = CHIEF.find((t) => t.every((w, x) => atoms[k + x]?.key === w));
    if (!title) continue;
    k += title.length;
    if (atoms[k]?.key !== 'of' || atoms[k + 1]?.gap !== ' ') continue;
    const org = block.mentionAt[k + 1];
    if (org && org.first === k + 1) {
      const after = atoms[org.last + 1];
      if (!(after && after.gap === ' ' && after.capitalized)) judge(org, m.form.entity, full);
    }
  }
}
