// Translated names of bodies, events and treaties: a known name rendered word by word from
// another language or with its words swapped for their synonyms ("Federal Agency for
// Constitution Protection" for the Federal Office for the Protection of the Constitution,
// "Hungarian Grand Prize", "English and Welsh Cricket Federation"). Which words stand for
// which is data (the word-swap groups of data/rules/word-swaps.json); the check asks that
// most words of the known name be there as written and that the article name the body's country.
import { isConnector, type EntityRegistry, type NameForm, type WordSwapGroup } from '../registry';
import { withPossessive, type Block, type CheckContext, type Mention, type PendingFinding } from '../context';
import { sharesStem } from './nearMiss';
import type { EntityKind, EntityRecord } from '../types';
import type { Atom } from '../../text/atoms';
import { capitalBefore, ownAcronymAfter, ownCountryLeads } from './slipEvidence';
import { foldKey } from '../fold';
import { sameButCountryForm, subjectFirstForm } from '../formalForms';
import { MemoPerOwner } from '../memo';
import { compactLists, exact } from '../compact';
import { countryNamed } from './confusableCountries';
import { ASSOCIATION_WORDS } from '../bodyWords';

/** One known name, by the stems of its content words. */
interface IndexedForm {
  form: NameForm;
  stems: string[];
  /** Its place among the entries of byStem (each list of byStem is in this order). */
  order?: number;
  /**
   * A reading of two words that is also the name of bodies of other countries ("Royal Theatre": the
   * Royal Danish Theatre less its country; "National Alliance", Latvia's): their countries. The
   * reading stands only where the article names none of them.
   */
  rivals?: string[];
  /**
   * Its country and a word that says what the body is ("German Railway" of Deutsche Bahn): a
   * description as often as a reading, so read as the body's name only where copy writes it as a
   * name, after "of", "at", "for" or "from" with no article ("chief executive of German Railway").
   */
  descriptive?: boolean;
}

interface TranslationIndex {
  /** Content-word stem → the known names of bodies, events and treaties that contain it. */
  byStem: Map<string, IndexedForm[]>;
  /** Adjective or demonym key → the key of its one-word place ("hungarian" → "hungary"). */
  placeOf: Map<string, string>;
  /** The places of placeOf, kept whole ("wales" is no plural). */
  places: Set<string>;
  /** Stem → the swap groups its word belongs to. */
  groupsOf: Map<string, WordSwapGroup[]>;
  /** Two-word group entries ("valuable papers"), read as one word. */
  phrases: Set<string>;
  /** The sorted content stems of a known name (its "bag") → the names with that bag. */
  bags: Map<string, IndexedForm[]>;
  /** The bags of known names of four content words or more, less one word that says what kind of body it is. */
  bagsLessOne: Map<string, IndexedForm[]>;
  /** Stem pairs ("federation|association") that English copy uses for one another (WordSwapGroup.usual). */
  usual: Set<string>;
  /** The bags of a body's native name read word for word in English ("volksoper wien" → opera|people|vienna). */
  literal: Map<string, IndexedForm[]>;
  /**
   * The readings of a one-word native name of a word or two ("Chega" → enough, "Podemos" → we
   * can), by bag: such words are a party's name only when the copy says so ("the Enough party").
   */
  partyReadings: Map<string, IndexedForm[]>;
  /** National bodies named by their field and their country alone ("Swimming Australia", "British Cycling"), by bag. */
  fieldAndCountry: Map<string, IndexedForm[]>;
  /**
   * Entity id → the stems of every English reading of its native names ("Fédération Française de
   * Football" → federation, france, football): a usual swap (Association for Federation) is English
   * copy's own only where the native name's word may be read that way (Bund: federation, union, association).
   */
  nativeSenses: Map<string, Set<string>>;
  /** Words of the English names of many bodies: a native name's word written so keeps its sense ("Automobile Club de l'Ouest"). */
  englishWords: Set<string>;
}

const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Bodies whose English names use a word before it counts as English (see englishWords). */
const ENGLISH_WORD_BODIES = 5;

const MAX_ATOMS = 14;
const KINDS: ReadonlySet<EntityKind> = new Set(['organization', 'event', 'other']);
const indexes = new WeakMap<object, TranslationIndex>();

/**
 * A light stem, so that "Universities"/"University", "Fishing"/"Fisheries" and a region's
 * adjective and name ("Southeast Asian"/"Southeast Asia", "West African"/"West Africa") meet.
 */
export function stemOf(key: string): string {
  // (Asked for every word of every known name while the index is built, and of every run checked: remembered.)
  const hit = stemMemo.get(key);
  if (hit !== undefined) return hit;
  let s = key.replace(/['’]s?$/, '');
  if (s.length > 4) s = s.replace(/ies$/, 'y').replace(/([^s])s$/, '$1').replace(/([ic]a)n$/, '$1');
  if (s.length > 6) s = s.replace(/(?:ery|ing)$/, '');
  if (stemMemo.size >= 200_000) stemMemo.clear();
  stemMemo.set(key, s);
  return s;
}
const stemMemo = new Map<string, string>();

function indexOf(registry: EntityRegistry): TranslationIndex {
  let index = indexes.get(registry.memoKey);
  if (index) return index;
  // One pass over the known forms: places' adjectives, and the names worth indexing.
  const placeOf = new Map<string, string>();
  const named: NameForm[] = [];
  for (const list of registry.phrasesByFirst.values()) {
    for (const f of list) {
      const kind = f.entity.kind;
      if (kind === 'country' || kind === 'place') {
        const name = f.entity.name.toLowerCase().split(/\s+/);
        if ((f.role === 'adjective' || f.role === 'demonym') && f.keys.length === 1) {
          if (name.length === 1 && !placeOf.has(f.keys[0])) placeOf.set(f.keys[0], name[0]);
        }
        // Two-word places and their adjectives are one word of a name ("Sri Lankan" → sri lanka).
        if (f.keys.length === 2 && name.length <= 2 && f.role !== 'combining') {
          const pair = f.keys.join(' ');
          if (!placeOf.has(pair)) placeOf.set(pair, name.join(' '));
        }
      } else if (KINDS.has(kind) && f.role !== 'acronym' && (f.keys.length >= 2 || registry.nativeWords.has(f.keys[0]) || compoundSenses(foldKey(f.keys[0]), registry.nativeWords) !== undefined) && !registry.isListed(f.entity)) named.push(f);
      // (A one-word native name is read word for word too: Finansinspektionen, Keidanren, and a
      // compound of the glossary's words, Rechnungshof: accounts + court.)
    }
  }
  const groupsOf = new Map<string, WordSwapGroup[]>();
  const phrases = new Set<string>();
  const usual = new Set<string>();
  /** The same pairs by their first stem. */
  const usualWith = new Map<string, string[]>();
  for (const groups of registry.swapGroups.values()) {
    for (const g of groups) {
      if (g.usual) {
        for (const a of g.words) {
          for (const b of g.words) {
            if (a === b) continue;
            usual.add(stemOf(a) + '|' + stemOf(b));
            usualWith.set(stemOf(a), [...(usualWith.get(stemOf(a)) ?? []), stemOf(b)]);
          }
        }
        continue;
      }
      // A continent or world region and its adjective, read as the region like a country's
      // ("East African Legislative Assembly", "Legislative Assembly of East Africa").
      if (g.region) {
        for (const w of g.words.slice(1)) if (!placeOf.has(w)) placeOf.set(w, g.words[0]);
        if (!placeOf.has(g.words[0])) placeOf.set(g.words[0], g.words[0]);
        continue;
      }
      for (const w of g.words) {
        if (w.includes(' ')) phrases.add(w);
        const stem = w.includes(' ') ? w : stemOf(w);
        const list = groupsOf.get(stem) ?? [];
        if (!list.includes(g)) list.push(g);
        groupsOf.set(stem, list);
      }
    }
  }
  index = { byStem: new Map(), placeOf, places: new Set(placeOf.values()), groupsOf, phrases, bags: new Map(), bagsLessOne: new Map(), usual, literal: new Map(), partyReadings: new Map(), fieldAndCountry: new Map(), nativeSenses: new Map(), englishWords: new Set() };
  // (Each form's stems are worked out once: three passes below ask for them.)
  const stemsByForm = new Map<NameForm, string[]>();
  const stemsOfForm = (form: NameForm): string[] => {
    let st = stemsByForm.get(form);
    if (!st) stemsByForm.set(form, (st = stemsOf(form.keys, index!)));
    return st;
  };
  const seen = new Set<string>();
  for (const form of named) {
    const stems = stemsOfForm(form);
    if (stems.length < 2) continue;
    const key = form.entity.id + '|' + stems.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const entry: IndexedForm = { form, stems, order: seen.size };
    for (const s of new Set(stems)) {
      const at = index.byStem.get(s) ?? [];
      at.push(entry);
      index.byStem.set(s, at);
    }
    // A national body named by its field and its country's name or adjective alone.
    if (form.role !== 'wrong' && stems.length === 2 && form.entity.kind === 'organization' && form.entity.country) {
      const country = registry.entities.get(form.entity.country)?.name.toLowerCase();
      const field = stems.find((st) => st !== country);
      if (country && stems.includes(country) && field && !(groupsOf.get(field) ?? []).some((g) => g.bodyKind)) addTo(index.fieldAndCountry, bagKey(stems), entry);
    }
    // A known wrong rendering is the wrong-forms check's; a bag of three words or more is worth a lookup.
    if (form.role === 'wrong' || stems.length < 3) continue;
    addTo(index.bags, bagKey(stems), entry);
    if (stems.length >= 4) {
      // Only a word that says what kind of body it is may be left out ("Japan Athletics Federation"
      // for the Japan Association of Athletics Federations): the others tell bodies apart
      // (the United States Department of Agriculture is not every department).
      // So may its own country's name, which an article about the country leaves out ("the Central
      // Election Commission" of Kazakhstan): the country must then be named (see bagMatch).
      const country = form.entity.country ? registry.entities.get(form.entity.country)?.name.toLowerCase() : undefined;
      for (let k = 0; k < stems.length; k++) {
        if (!(groupsOf.get(stems[k]) ?? []).some((g) => g.bodyKind) && stems[k] !== country) continue;
        addTo(index.bagsLessOne, bagKey(stems.filter((_, i) => i !== k)), entry);
      }
    }
  }
  // A body's native name read word for word: the bags of its renderings (see literalBags).
  // (Each form's native reading is worked out once: three passes below ask for it.)
  const readings = new Map<NameForm, string[] | undefined>();
  const readingOf = (form: NameForm): string[] | undefined => {
    if (!readings.has(form)) readings.set(form, nativeReading(form.form.split(/[\s-]+/), registry));
    return readings.get(form);
  };
  const englishOf = new Map<string, Set<string>>();
  const bodiesWith = new Map<string, Set<string>>();
  for (const form of named) {
    // (English forms only: a native word kept as written is a rendering, "National Camera of Italian Fashion".)
    if (form.role !== 'wrong' && !readingOf(form)) {
      const stems = stemsOfForm(form);
      const own = englishOf.get(form.entity.id) ?? new Set<string>();
      for (const st of stems) own.add(st);
      englishOf.set(form.entity.id, own);
      for (const k of form.keys) {
        const ids = bodiesWith.get(k) ?? new Set<string>();
        ids.add(form.entity.id);
        bodiesWith.set(k, ids);
      }
    }
  }
  // Words of the English names of five bodies or more are English words ("club", "automobile").
  for (const [k, ids] of bodiesWith) if (ids.size >= ENGLISH_WORD_BODIES && /^[a-z]{3,}$/.test(k) && !isConnector(k)) index.englishWords.add(k);
  // Two-word English names of bodies, and three-word ones less their country ("Election Commission"
  // of Malaysia): a reading that is one is that body's name.
  // (Each with the countries of the bodies it names, undefined for a body of no country.)
  const twoWordNames = new Map<string, Set<string | undefined>>();
  const addTwo = (key: string, country: string | undefined) => (twoWordNames.get(key) ?? twoWordNames.set(key, new Set()).get(key)!).add(country);
  for (const form of named) {
    if (form.role === 'wrong' || form.keys.length > 5 || readingOf(form)) continue;
    const stems = stemsOfForm(form);
    if (stems.length === 2) addTwo(bagKey(stems), form.entity.country);
    const country = stems.length === 3 && form.entity.country ? registry.entities.get(form.entity.country)?.name.toLowerCase() : undefined;
    if (country && stems.includes(country)) addTwo(bagKey(stems.filter((st) => st !== country)), form.entity.country);
  }
  for (const form of named) {
    if (form.role === 'wrong' || form.role === 'acronym') continue;
    const own = englishOf.get(form.entity.id) ?? new Set<string>();
    // A stem of the English name's own, or one English copy uses for one of them.
    const ownOrUsual = (st: string): boolean => own.has(st) || (usualWith.get(st)?.some((o) => own.has(o)) ?? false);
    const read = readingOf(form);
    if (read) {
      const senses = index.nativeSenses.get(form.entity.id) ?? new Set<string>();
      for (const st of read) senses.add(st);
      index.nativeSenses.set(form.entity.id, senses);
    }
    for (const bag of oneWordReadings(form.keys, registry, index)) if (!bag.every((st) => own.has(st))) addTo(index.partyReadings, bagKey(bag), { form, stems: bag });
    let described: ReadonlySet<string> | undefined;
    for (const bag of literalBags(form.keys, registry, index, ownNames(form.entity), properNamesIn(form.form))) {
      // A rendering whose words are all the English name's own is a short form of it ("Constitutional
      // Court" for the Constitutional Court of Serbia), not a translation; one that is another
      // known name's bag is that name.
      // (Nor is one that differs from it only by a word English copy uses for another: the
      // "Norwegian Athletics Federation" of Norges Friidrettsforbund, the Norwegian Athletics Association.)
      if (bag.every(ownOrUsual) || index.bags.has(bagKey(bag))) continue;
      // (Its country and a word that says what the body is — a word of its description, of the English
      // names of bodies, or swapped for one — are a description: "Swedish Parliament", "French
      // Electricity"; a word that says no such thing is a reading: "Go Italy" for Forza Italia.)
      const country = form.entity.country ? registry.entities.get(form.entity.country)?.name.toLowerCase() : undefined;
      const bodyWord = (st: string) => (described ??= descriptionStems(form.entity)).has(st) || index.englishWords.has(st) || (index.groupsOf.get(st) ?? []).some((g) => g.words.some((w) => index.englishWords.has(w)));
      if (bag.length === 2 && country && bag.includes(country) && bag.every((st) => st === country || bodyWord(st))) {
        if (!twoWordNames.has(bagKey(bag))) addTo(index.literal, bagKey(bag), { form, stems: bag, descriptive: true });
        continue;
      }
      // (Two words that name another country's body are that body; with this one's country they are this one's.)
      // (Or, where those bodies are all of other countries, this one's only where the article names
      // none of theirs: "Madrid's Royal Theatre" is the Teatro Real in a story that names no Denmark.)
      const rivals = bag.length === 2 ? twoWordNames.get(bagKey(bag)) : undefined;
      if (!rivals) addTo(index.literal, bagKey(bag), { form, stems: bag });
      else if (form.entity.country && ![...rivals].some((c) => c === undefined || c === form.entity.country)) addTo(index.literal, bagKey(bag), { form, stems: bag, rivals: [...rivals] as string[] });
      // English copy puts the country before a native name that lacks it ("Swedish Financial
      // Inspection" for Finansinspektionen): the reading with its country is the body's too.
      if (country && !bag.includes(country) && bag.length >= 2) {
        const placed = [...bag, country];
        if (!placed.every(ownOrUsual) && !index.bags.has(bagKey(placed))) addTo(index.literal, bagKey(placed), { form, stems: placed });
      }
    }
  }
  for (const map of [index.byStem, index.bags, index.bagsLessOne, index.literal, index.partyReadings, index.fieldAndCountry]) compactLists(map);
  indexes.set(registry.memoKey, index);
  return index;
}

/** The stems of the words of an entity's description ("Swedish parliament" → swedish, parliament). */
function descriptionStems(e: EntityRecord): ReadonlySet<string> {
  return new Set((e.description ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2).map(stemOf));
}

/**
 * The words a native name writes with a capital after its first where it writes another word after
 * its first in lower case, as French, Spanish, Italian and Portuguese names do ("Comité
 * interprofessionnel du vin de Champagne"): proper names, folded and in lower case. None in a name
 * that capitalises every word ("Comité Interprofessionnel du Vin de Champagne", "Deutsche Bahn").
 */
function properNamesIn(name: string): ReadonlySet<string> {
  const words = name.split(/[\s-]+/).slice(1);
  if (!words.some((w) => /^\p{Ll}{3,}$/u.test(w) && !isConnector(foldKey(w)))) return NO_WORDS;
  const out = new Set<string>();
  for (const w of words) if (/^\p{Lu}\p{Ll}+$/u.test(w)) out.add(foldKey(w.toLowerCase()));
  return out.size ? out : NO_WORDS;
}

const MAX_RENDERINGS = 512;
const NO_WORDS: ReadonlySet<string> = new Set();

/** The entity's names of one word, in lower case ("benfica" of S.L. Benfica). */
function ownNames(e: EntityRecord): ReadonlySet<string> {
  // (Asked for each of an entity's forms while the index is built: worked out once per entity.)
  const hit = ownNameMemo.get(e);
  if (hit) return hit;
  const out = new Set<string>();
  for (const f of [e.name, ...(e.aliases ?? []), ...(e.short ?? [])]) if (!/[\s-]/.test(f)) out.add(foldKey(f.toLowerCase()));
  const names = out.size ? out : NO_WORDS;
  ownNameMemo.set(e, names);
  return names;
}
const ownNameMemo = new WeakMap<EntityRecord, ReadonlySet<string>>();

/**
 * The English bags of a native name read word for word with the glossary of native words
 * (RegistryData.nativeWords, from data/rules/word-swaps.json): every content word rendered by
 * one of its senses, a compound by its parts ("Volksoper" → people's opera), linking words
 * dropped. None when a word is not in the glossary, when no word is rendered other than as
 * written (an English name), or when the senses give too many readings.
 */
function literalBags(keys: readonly string[], registry: EntityRegistry, index: TranslationIndex, ownName: ReadonlySet<string> = NO_WORDS, proper: ReadonlySet<string> = NO_WORDS): string[][] {
  const glossary = registry.nativeWords;
  if (glossary.size === 0) return [];
  const slots: string[][] = [];
  /** Per slot, the word as written (a reading that keeps every word as written is no rendering). */
  const own: string[] = [];
  /** Per slot, the native word itself where it is read otherwise ("camera", Italian for chamber). */
  const kept: Array<string | undefined> = [];
  let rendered = false;
  for (const raw of keys) {
    if (raw === '&') continue;
    // (A French or Italian article elided before its word is the word's: "de l'Ouest" → of the West.)
    const key = foldKey(raw).replace(/^(?:l|d|dell|all|nell|sull)['’](?=\p{L})/u, '');
    // (A place keeps its name: "Karnataka Sahitya Akademi".)
    // (And a word the native name shares with English names keeps its sense: "Automobile Club de l'Ouest".)
    // (And so does the body's own one-word name: "Sport Lisboa e Benfica" → sport, lisbon, benfica.)
    // (And so does a proper name the native name writes with a capital among words in lower case: "Comité
    // interprofessionnel du vin de Champagne" → committee, interprofessional, wine, champagne.)
    const senses = wordSenses(key, glossary) ?? (isConnector(key) ? [] : namesPlace(raw, key, registry, index) || index.englishWords.has(key) || ownName.has(key) || proper.has(key) ? [key] : undefined);
    if (senses === undefined) return [];
    if (senses.length === 0) continue;
    // A native word that is also an English word has a rendering besides (Spanish "real": royal).
    if (senses.some((s) => s !== key)) rendered = true;
    slots.push(senses);
    own.push(key);
    kept.push(!senses.includes(key) && /^[a-z]{4,}$/.test(key) && glossary.has(key) ? key : undefined);
  }
  if (!rendered || slots.length === 0) return [];
  // (A one-word native name read as English function words, "We Can" for Podemos, "Enough" for
  // Chega, is a party's name only with the word party: see oneWordReadings.)
  // (Nor is a longer name whose every rendered word is one, the rest connectors: "Yesh Din" read as
  // "There Is", Romanian "din" an "of".)
  if (slots.every((slot) => slot.every((sense) => sense.split(' ').every((w) => FUNCTION_WORDS.has(w))))) return [];
  const out: string[][] = [];
  const seen = new Set<string>();
  const read = (slotsNow: string[][], minStems: number): void => {
    let total = 1;
    for (const s of slotsNow) total *= s.length;
    if (total > MAX_RENDERINGS) return;
    const pick: string[] = [];
    const visit = (i: number): void => {
      if (i === slotsNow.length) {
        // (Every word kept as written is the native name itself: "Real Madrid" read as real Madrid.)
        if (pick.every((p, k) => p === own[k])) return;
        const words = pick.join(' ').split(' ');
        const stems = stemsOf(words, index);
        if (stems.length < minStems) return;
        const k = bagKey(stems);
        if (!seen.has(k)) {
          seen.add(k);
          out.push(stems);
        }
        return;
      }
      for (const sense of slotsNow[i]) {
        pick.push(sense.toLowerCase());
        visit(i + 1);
        pick.pop();
      }
    };
    visit(0);
  };
  read(slots, 2);
  // One native word kept as written, the others rendered (a false friend: Italian "camera" is a
  // chamber): three words at least.
  if (out.length) kept.forEach((k, i) => k && read(slots.map((s, j) => (j === i ? [k] : s)), 3));
  return out;
}

/** English pronouns, modals and adverbs: a reading made of them alone is no body's name on its own ("We Can"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['we', 'you', 'they', 'us', 'is', 'are', 'be', 'can', 'could', 'will', 'shall', 'may', 'must', 'yes', 'no', 'not', 'enough', 'together', 'forward', 'ahead', 'onward', 'go', 'now', 'more', 'here', 'there', 'so', 'too', 'also', 'again', 'all', 'every', 'each', 'add', 'sum']);

/** The readings of a one-word native name that the glossary renders in a word or two ("Chega": enough; "Podemos": we can). */
function oneWordReadings(keys: readonly string[], registry: EntityRegistry, index: TranslationIndex): string[][] {
  if (keys.length !== 1) return [];
  const key = foldKey(keys[0]);
  const senses = registry.nativeWords.get(key);
  if (!senses) return [];
  const out: string[][] = [];
  for (const sense of senses) {
    const words = sense.toLowerCase().split(' ');
    if (sense === key || words.length > 2) continue;
    const stems = stemsOf(words, index);
    if (stems.length > 0) out.push(stems);
  }
  return out;
}

/** The word is a place's name: of the open lists, of a place with an adjective, or of a known place or country (Madrid). */
function namesPlace(raw: string, key: string, registry: EntityRegistry, index: TranslationIndex): boolean {
  if (index.places.has(key)) return true;
  // (Asked for every word of every native name while the index is built: remembered per index.)
  let memo = placeWordMemos.get(index);
  if (!memo) placeWordMemos.set(index, (memo = new Map()));
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const place = registry.known.isPlace(raw) || (registry.phrasesByFirst.get(key) ?? []).some((f) => f.keys.length === 1 && f.role === 'name' && (f.entity.kind === 'place' || f.entity.kind === 'country'));
  if (memo.size < 100_000) memo.set(raw, place);
  return place;
}
const placeWordMemos = new WeakMap<TranslationIndex, Map<string, boolean>>();

/**
 * The stems of the English senses of a name's native words, where one of its words at least is a
 * native word of the glossary read otherwise in English ("Fédération Française de Football":
 * federation, french, football; "Française" need not be in the glossary). Undefined for an
 * English name.
 */
function nativeReading(keys: readonly string[], registry: EntityRegistry): string[] | undefined {
  const glossary = registry.nativeWords;
  const out: string[] = [];
  let foreign = false;
  for (const raw of keys) {
    const key = foldKey(raw);
    // (A word with accents is no English word: "Fédération", "Française".)
    if (key !== raw.toLowerCase()) foreign = true;
    const senses = glossary.get(key) ?? compoundSenses(key, glossary);
    if (!senses?.length) continue;
    if (!senses.includes(key)) foreign = true;
    for (const sense of senses) for (const w of sense.toLowerCase().split(' ')) out.push(stemOf(w));
  }
  return foreign ? out : undefined;
}

/**
 * A word's senses: the glossary's, with its parts' where it is a compound of glossary words too
 * ("havenbedrijf": port authority, and haven + bedrijf, harbour company); a compound's alone
 * where the glossary lacks the word; an empty list for a linking word of the glossary.
 */
function wordSenses(key: string, glossary: ReadonlyMap<string, string[]>): string[] | undefined {
  const own = glossary.get(key);
  if (own && !own.length) return own;
  const parts = compoundSenses(key, glossary);
  if (!own) return parts;
  return parts ? [...new Set([...own, ...parts])] : own;
}

/** The senses of a compound of two or three glossary words ("warenautoriteit", "havenbedrijf"), a linking s or e between them allowed. */
const compoundMemos = new WeakMap<ReadonlyMap<string, string[]>, Map<string, string[] | undefined>>();

function compoundSenses(word: string, glossary: ReadonlyMap<string, string[]>): string[] | undefined {
  // (Asked for every word of every known name while the index is built: remembered per glossary.)
  let memo = compoundMemos.get(glossary);
  if (!memo) compoundMemos.set(glossary, (memo = new Map()));
  if (memo.has(word)) return memo.get(word);
  const senses = splitCompound(word, glossary);
  if (memo.size < 200_000) memo.set(word, senses);
  return senses;
}

function splitCompound(word: string, glossary: ReadonlyMap<string, string[]>, depth = 0): string[] | undefined {
  if (depth > 2 || word.length < 6) return undefined;
  for (let cut = word.length - 3; cut >= 3; cut--) {
    const head = glossary.get(word.slice(0, cut));
    if (!head?.length) continue;
    for (const link of ['', 's', 'e', 'en']) {
      if (!word.startsWith(link, cut)) continue;
      const rest = word.slice(cut + link.length);
      if (rest.length < 3) continue;
      const tail = glossary.get(rest)?.length ? glossary.get(rest) : splitCompound(rest, glossary, depth + 1);
      if (!tail?.length) continue;
      const out: string[] = [];
      for (const h of head) for (const t of tail) out.push(h + ' ' + t);
      return out;
    }
  }
  return undefined;
}

function bagKey(stems: readonly string[]): string {
  return [...stems].sort().join('|');
}

function addTo(map: Map<string, IndexedForm[]>, key: string, entry: IndexedForm): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((x) => x.form.entity.id === entry.form.entity.id)) list.push(entry);
}

const stemMemos = new MemoPerOwner<TranslationIndex, readonly string[]>(20_000);

/** The content words of a name as stems, places for their adjectives, two-word group entries joined (remembered by the words). */
function contentStems(keys: readonly string[], index: TranslationIndex): readonly string[] {
  const memo = stemMemos.of(index);
  const key = keys.join(' ');
  return memo.get(key, '') ?? memo.set(key, '', stemsOf(keys, index));
}

function stemsOf(keys: readonly string[], index: TranslationIndex): string[] {
  const words = keys.filter((k) => !isConnector(k) && k !== '&');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? words[i] + ' ' + words[i + 1] : '';
    const place = pair ? index.placeOf.get(pair) : undefined;
    if (place) {
      out.push(place);
      i++;
      continue;
    }
    if (pair && index.phrases.has(pair)) {
      out.push(pair);
      i++;
      continue;
    }
    out.push(index.placeOf.get(words[i]) ?? (index.places.has(words[i]) ? words[i] : stemOf(words[i])));
  }
  return exact(out);
}

function swappable(a: string, b: string, kind: EntityKind, index: TranslationIndex): boolean {
  return (index.groupsOf.get(a) ?? []).some((g) => g.appliesTo.includes(kind) && (index.groupsOf.get(b) ?? []).includes(g));
}

interface Match {
  entry: IndexedForm;
  exact: number;
  swaps: number;
  /** True when every swapped word only says what kind of body it is (Agency for Office). */
  kindOnly: boolean;
  /** One word of the name changed for a look-alike, not for its rendering (see oneWordOff). */
  oneWordOff?: boolean;
  /** Every swapped word is one English copy uses for the other (Federation for Association). */
  usual?: boolean;
  /** The written words rendered another way. */
  swapped?: string[];
  /** The name's first word is the one left out ("Marine Environment Protection …" of the Baltic's). */
  headLeftOut?: boolean;
}

/**
 * Every written word must meet a word of the known name: the same stem, or a stand-in of the
 * same group. At most one word of a long name may be left out ("Pacific … Forum Fisheries Agency").
 */
function align(written: readonly string[], entry: IndexedForm, index: TranslationIndex): Match | undefined {
  const want = entry.stems;
  const off = oneWordOff(written, want, index);
  if (off) return { entry, exact: written.length - 1, swaps: 1, kindOnly: false, oneWordOff: true };
  if (want.length !== written.length && !(want.length === written.length + 1 && written.length >= 4)) return undefined;
  const free = want.map(() => true);
  let rest = written;
  let exact = 0;
  // The same word first, then another form of it ("Africa" for African).
  for (const same of [(w: string, v: string) => v === w, sharesStem]) {
    const left: string[] = [];
    for (const w of rest) {
      const k = want.findIndex((v, i) => free[i] && same(w, v));
      if (k >= 0) {
        free[k] = false;
        exact++;
      } else left.push(w);
    }
    rest = left;
  }
  let swaps = 0;
  let kindOnly = true;
  let usual = true;
  const swapped: string[] = [];
  for (const w of rest) {
    const k = want.findIndex((v, i) => free[i] && swappable(w, v, entry.form.entity.kind, index));
    if (k < 0) return undefined;
    free[k] = false;
    swaps++;
    if (!index.usual.has(w + '|' + want[k])) usual = false;
    swapped.push(w);
    if (!(index.groupsOf.get(want[k]) ?? []).some((g) => g.bodyKind)) kindOnly = false;
  }
  // Most of the name as written, and something translated, or three words or more in another
  // order ("Stock Exchange of New York", "Community of East Africa").
  const reordered = swaps === 0 && want.length === written.length && exact >= 3 && want.join(' ') !== written.join(' ');
  if ((swaps === 0 && !reordered) || exact < 2 || exact < swaps || (want.length > written.length && exact < 3)) return undefined;
  return { entry, exact, swaps, kindOnly, usual: swaps > 0 && usual, swapped, headLeftOut: want.length > written.length && free[0] };
}

/**
 * Head nouns of instruments and gatherings (treaties, charters, conferences), stemmed as names'
 * words are: a name with one of them in a body's word's place is another thing's name.
 */
const OTHER_KIND_HEADS = [
  'convention', 'conventions', 'treaty', 'treaties', 'charter', 'protocol', 'declaration', 'accord', 'accords', 'agreement', 'pact', 'covenant',
  'statute', 'constitution', 'act', 'directive', 'regulation', 'resolution', 'code', 'doctrine', 'initiative', 'plan', 'strategy',
  'conference', 'summit', 'congress', 'games', 'championship', 'championships', 'cup', 'festival', 'prize', 'award',
];
let otherKindHeadStems: Set<string> | undefined;
function otherKindHeads(): Set<string> {
  return (otherKindHeadStems ??= new Set(OTHER_KIND_HEADS.map(stemOf)));
}

/**
 * A long name with one word of it changed, in place, for a look-alike ("Organization for
 * Security and Commerce in Europe", "Economic Commission of West African States", "Party of
 * Strength" for Struggle): four content words or more, the same first two letters in the
 * changed pair (or two words for a body with one initial: "Securities and Exchange Bureau of
 * India"), and the name's last word kept. Sibling bodies differ in a word that looks
 * nothing alike ("Federal Aviation Office", "United States Chess Federation") or in their last
 * ("New York City Mayor" is no marathon); a place is never the changed word (Bank of Ireland).
 * A known name as written is never judged (see judge), and judge asks for two words kept that
 * are not a place's.
 */
function oneWordOff(written: readonly string[], want: readonly string[], index: TranslationIndex): boolean {
  if (written.length !== want.length || written.length < 3) return false;
  let changed = -1;
  for (let i = 0; i < want.length; i++) {
    if (want[i] === written[i] || sharesStem(written[i], want[i])) continue;
    if (changed >= 0) return false;
    changed = i;
  }
  if (changed < 0) return false;
  const [w, v] = [written[changed], want[changed]];
  // The last word may be changed for another word for a political body only, in a national body's
  // name of three words or more ("Sandinista National Liberation Movement" for the Front, "People's
  // National Council" for the Congress): parties and fronts are named so, and a country's has one
  // name (alignedFinding asks for the article to name the country). Other bodies' last words name
  // siblings ("New York City Marathon" is no New York City Mayor).
  // (Or, in a name of four words or more, for another word for a body with the same initial, which
  // keeps the body's acronym: "International Ski and Snowboard Foundation" for the FIS's Federation.)
  if (changed === want.length - 1) return ((politicalBodies().has(w) && politicalBodies().has(v)) || sameInitialBodyWords(w, v, written.length)) && !place(w, index) && !place(v, index);
  // The head noun of another kind of thing names that thing: the European Convention on Human
  // Rights is the treaty the European Court of Human Rights enforces, not a slip of it.
  if (otherKindHeads().has(w) || otherKindHeads().has(v)) return false;
  const lookAlike = w.length >= 4 && v.length >= 4 && w.slice(0, 2) === v.slice(0, 2);
  return written.length >= 4 && (lookAlike || sameInitialBodyWords(w, v, written.length)) && !place(w, index) && !place(v, index);
}

/**
 * Words for a body (stemmed as names' words are) that a slip puts for one another with the same
 * initial, so that the acronym still reads: Board and Bureau or Bank, Authority and Agency,
 * Federation and Foundation, Council and Commission, Association and Alliance. Counted only in
 * a name of four content words or more, where the other three say which body is meant.
 */
const BODY_WORDS = [
  'agency', 'authority', 'administration', 'association', 'alliance', 'academy', 'assembly', 'board', 'bureau', 'bank', 'council', 'commission',
  'committee', 'centre', 'center', 'corporation', 'chamber', 'federation', 'foundation', 'fund', 'forum', 'institute', 'institution', 'office',
  'organisation', 'organization', 'service', 'society', 'union', 'directorate', 'department', 'league', 'network', 'group', 'trust',
];
let bodyWordStems: Set<string> | undefined;
function sameInitialBodyWords(w: string, v: string, words: number): boolean {
  bodyWordStems ??= new Set(BODY_WORDS.map(stemOf));
  return words >= 4 && w[0] === v[0] && bodyWordStems.has(w) && bodyWordStems.has(v);
}

function place(x: string, index: TranslationIndex): boolean {
  return index.places.has(x) || index.placeOf.has(x);
}

/** Last words of parties' and movements' names, stemmed as names' words are. */
const POLITICAL_BODIES = ['party', 'front', 'movement', 'congress', 'council', 'alliance', 'union', 'league', 'rally', 'coalition', 'convention', 'assembly'];
let politicalBodyStems: Set<string> | undefined;
function politicalBodies(): Set<string> {
  return (politicalBodyStems ??= new Set(POLITICAL_BODIES.map(stemOf)));
}

export function findTranslatedNames(ctx: CheckContext): PendingFinding[] {
  const out: PendingFinding[] = [];
  const index = indexOf(ctx.registry);
  // The same words twice in a text get the same verdict: a long text repeats itself.
  const seen = new Set<string>();
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (let i = 0; i < atoms.length; i++) {
      if (!atoms[i].capitalized || isConnector(atoms[i].key)) continue;
      let j = i;
      // Words joined by a space or a hyphen ("Global Anti-Doping Agency"), no possessive inside but
      // a word's that is no known name ("People's" in "People's Assembly", not "Germany's") or that
      // a known name holds inside it ("People's" of the People's Assembly).
      // (A plural's possessive apostrophe, "Citizens' Rights", is inside the name.)
      while (j + 1 < atoms.length && (atoms[j + 1].gap !== 'break' || pluralPossessive(ctx, block, j)) && (atoms[j + 1].capitalized || isConnector(atoms[j + 1].key)) && (atoms[j].base === atoms[j].text || !block.mentionAt[j] || block.mentionAt[j]!.last > j)) j++;
      while (j > i && isConnector(atoms[j].key)) j--;
      // (The word party after them belongs with them: "the Enough party".)
      if (lowerParty(atoms[j + 1]) && atoms[j + 1].gap === ' ') j++;
      const words = atoms
        .slice(i, j + 1)
        .map((a) => a.text)
        .join(' ');
      const found = seen.has(words) ? undefined : bestInRun(ctx, block, index, i, j);
      if (!found) seen.add(words);
      if (found) {
        for (const f of found.findings) if (!opensNativeForm(ctx, f)) out.push(f);
        i = found.end;
      } else i = j;
    }
  }
  return out;
}

/**
 * True when the words flagged open one of the body's own names as written, two content words or
 * more, and the rest are its own words too: the name kept in its language and shortened ("the
 * Consejo Regulador of the Rioja appellation"), no word-for-word rendering of it.
 */
function opensNativeForm(ctx: CheckContext, f: PendingFinding): boolean {
  const e = f.entityId ? ctx.registry.entities.get(f.entityId) : undefined;
  if (!e) return false;
  const written = f.text.toLowerCase().split(/[\s-]+/).filter((w) => !isConnector(w));
  // (Kept words of the native language, the glossary's or marked: "Trial of Nations" keeps none of the
  // Trial des Nations's, whose words English shares.)
  const native = (w: string) => {
    const key = foldKey(w);
    const senses = ctx.registry.nativeWords.get(key);
    return key !== w || (senses !== undefined && senses.length > 0 && !senses.includes(key));
  };
  if (written.length < 2 || !written.slice(0, 2).some(native)) return false;
  return [e.name, ...(e.aliases ?? [])].some((name) => {
    const keys = name.toLowerCase().split(/[\s-]+/).filter((w) => !isConnector(w));
    return keys[0] === written[0] && keys[1] === written[1] && written.every((w) => keys.includes(w));
  });
}

/**
 * The word party in lower case after a name: it goes with the name's words in a run ("the Enough
 * party", "whose Soldiers of Destiny party") and may end a reading's window without being read.
 */
function lowerParty(a: Atom | undefined): boolean {
  return a !== undefined && a.key === 'party' && !a.capitalized;
}

/** True when atom j is a plural with its possessive apostrophe before the next word ("Citizens' Rights"). */
function pluralPossessive(ctx: CheckContext, block: Block, j: number): boolean {
  const a = block.atoms[j];
  return !block.mentionAt[j] && /s$/.test(a.key) && /^['’] $/.test(ctx.masked.slice(block.start + a.end, block.start + block.atoms[j + 1].start));
}

/** The longest stretch of the run [from, to] that is a translated known name. */
function bestInRun(ctx: CheckContext, block: Block, index: TranslationIndex, from: number, to: number): { findings: PendingFinding[]; end: number } | undefined {
  const { atoms } = block;
  if (to - from < 1) return undefined;
  // A name has at most eight content words and a few connectors: a longer run is tried in windows
  // (two words only as a native name read word for word: see literalMatch).
  for (let len = Math.min(to - from + 1, MAX_ATOMS); len >= 2; len--) {
    for (let s = from; s + len - 1 <= to; s++) {
      const e = s + len - 1;
      if (isConnector(atoms[s].key) || isConnector(atoms[e].key) || !atoms[s].capitalized) continue;
      // Words cut off the run must be a sentence's first word or a known name of their own.
      const before = block.mentionAt[s - 1];
      const after = block.mentionAt[e + 1];
      // (Not after "of" and a body's kind word: "International Association of National Public
      // Health Institutes" is one name, not a reading of a national institute of public health.)
      const ofBody = atoms[s - 1]?.key === 'of' && s >= 2 && ASSOCIATION_WORDS.has(atoms[s - 2].key) && atoms[s - 2].capitalized && !block.mentionAt[s - 2];
      const leftOk =
        s === from || (s === from + 1 && atoms[from].sentenceStart) || (before !== undefined && before.last === s - 1) || (isConnector(atoms[s - 1].key) && !ofBody) || atoms[s - 1].base !== atoms[s - 1].text;
      // (Or the word party after them, lower case: "whose Soldiers of Destiny party".)
      const rightOk = e === to || (after !== undefined && after.first === e + 1) || isConnector(atoms[e + 1].key) || lowerParty(atoms[e + 1]);
      if (!leftOk || !rightOk) continue;
      // Part of a longer known name ("Atomic Energy Agency" in the International Atomic Energy Agency) is that name.
      let inside = false;
      for (let k = s; k <= e && !inside; k++) {
        const m = block.mentionAt[k];
        if (m && (m.first < s || m.last > e)) inside = true;
      }
      if (inside) continue;
      const finding = judge(ctx, block, index, s, e);
      if (finding) return { findings: Array.isArray(finding) ? finding : [finding], end: e };
    }
  }
  return undefined;
}

/**
 * Possessives that are part of bodies' names rather than a reading of them ("People's", "Workers'",
 * "Citizens'"): a run with another possessive ("Germany's", "Women's") is read only as a native
 * name word for word.
 */
const OWN_POSSESSIVES = new Set(['people', 'peoples', 'workers', 'citizens', 'farmers', 'nations']);

/** True when the name writes `word` with a possessive ("People's" in the Cameroon People's Democratic Movement). */
function hasPossessive(name: string, word: string): boolean {
  const w = word.toLowerCase();
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .some((x) => x === `${w}'s` || x === `${w}'`);
}

/** Words for several bodies of one kind ("Departments of Agriculture and Transportation"). */
const BODIES = new Set(['departments', 'ministries', 'agencies', 'offices', 'committees', 'commissions', 'councils', 'courts', 'banks', 'authorities', 'bureaus', 'boards', 'institutes', 'universities', 'services']);

function judge(ctx: CheckContext, block: Block, index: TranslationIndex, first: number, lastAt: number): PendingFinding | PendingFinding[] | undefined {
  const found = judgeRun(ctx, block, index, first, lastAt);
  if (!found) return found;
  // A country named in the words, or right before them, is the body's own: "China Automobile Industry
  // Association" reads no German association of the car industry, whatever its other words share.
  const countries = new Set<string>();
  for (let k = first; k <= lastAt; k++) {
    const m = block.mentionAt[k];
    if (m && m.first === k && m.last <= lastAt && countryByName(m)) countries.add(m.form.entity.id);
  }
  const before = first > 0 && block.atoms[first].gap === ' ' ? block.mentionAt[first - 1] : undefined;
  if (before && before.last === first - 1 && countryByName(before)) countries.add(before.form.entity.id);
  // "Parliament of Iraq" and "the Iraqi Parliament", "Turkmen Mejlis" and "Mejlis of Turkmenistan":
  // English names a country's body either way, with the country's name after "of" or its adjective
  // before; the words otherwise the same are the body's name, no translation of it.
  const written = ctx.text.slice(block.atoms[first].start, block.atoms[lastAt].end);
  const all0 = Array.isArray(found) ? found : [found];
  const kept0 = all0.filter((f) => !sameButCountryForm(ctx.registry, written, f.entityId));
  if (kept0.length === 0) return undefined;
  if (countries.size === 0) return kept0.length === all0.length ? found : kept0;
  const fits = (f: PendingFinding) => {
    const own = f.entityId ? ctx.registry.entities.get(f.entityId)?.country : undefined;
    return !own || countries.has(own);
  };
  const kept = kept0.filter(fits);
  return kept.length === all0.length ? found : kept.length ? kept : undefined;
}


/** A country named by its name, not its adjective: "Serb" in "the Serb Republic" is a people's word, and Bosnia's Serbs have their own bodies. */
function countryByName(m: Mention): boolean {
  return m.form.entity.kind === 'country' && m.form.role !== 'adjective' && m.form.role !== 'demonym' && m.form.role !== 'combining';
}

function judgeRun(ctx: CheckContext, block: Block, index: TranslationIndex, first: number, lastAt: number): PendingFinding | PendingFinding[] | undefined {
  const run = block.atoms.slice(first, lastAt + 1);
  const written = contentStems(
    run.map((a) => a.key),
    index,
  );
  if (written.length < 2 || written.length > 8) return undefined;
  // A body's word in the plural before a list names several bodies ("the U.S. Departments of
  // Agriculture and Transportation"), no one body's name.
  const after = block.atoms[lastAt + 1];
  if (after?.key === 'and' && after.gap === ' ' && block.atoms[lastAt + 2]?.capitalized && run.some((a) => BODIES.has(a.key))) return undefined;
  // A known name as written is that name — unless it is also a word-for-word reading of another
  // country's body whose rival it is ("National Alliance": Latvia's, and Malaysia's Perikatan
  // Nasional read word for word): then the countries the article names decide (see literalMatch).
  const m = block.mentionAt[first];
  if (m && m.first === first && m.last === first + run.length - 1) {
    const mine = m.form.entity.country;
    if (!mine || !index.literal.get(bagKey(written))?.some((h) => h.rivals?.includes(mine))) return undefined;
    return literalMatch(ctx, block, index, first, lastAt, written) ?? undefined;
  }
  if (ctx.registry.known.hasName(run.map((a) => a.base))) return undefined;
  // Known names side by side ("German Chancellor Olaf Scholz") are no translated name.
  let unknown = false;
  for (let k = first; k <= lastAt && !unknown; k++) if (!block.mentionAt[k] && !isConnector(block.atoms[k].key)) unknown = true;
  // (A country before another's body is read only as that country's body with a word rendered another way.)
  const sideBySide = !unknown;
  if (sideBySide && !otherCountrysBody(block, first, lastAt)) return undefined;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const wrong = ctx.text.slice(start, end);
  if (ctx.registry.isAccepted(wrong)) return undefined;
  // "Emergency Situations Ministry" is the Ministry of Emergency Situations with its subject first,
  // as English news writes a ministry or department: the same words, no translation.
  if (subjectFirst(ctx, run)) return undefined;
  // A party's one-word native name read as English words before the word party ("the Enough party" for Chega).
  const party = sideBySide ? undefined : partyMatch(ctx, block, index, first, lastAt);
  if (party) return party;
  // A body's native name read word for word ("Vienna People's Opera" for the Volksoper Wien).
  const literal = sideBySide ? undefined : literalMatch(ctx, block, index, first, lastAt, written);
  if (literal !== undefined) return literal ?? undefined;
  // A possessive inside the words is read only that way: the other readings ask for a run without
  // one ("Women's World Championship" is no slip of the Women's World Cup).
  // (So is a plural's possessive, "Workers' Centre": only a native name read word for word has one.)
  // (A possessive the known name has itself is no such reading: "Cameroon People's Development
  // Movement" is still read against the Cameroon People's Democratic Movement, and only against a
  // name with that possessive.)
  if (written.length < 3) return undefined;
  const possessives = run.slice(0, -1).filter((a, k) => a.base !== a.text || pluralPossessive(ctx, block, first + k));
  if (possessives.some((a) => !OWN_POSSESSIVES.has(a.key))) return undefined;
  const keepsPossessives = (form: NameForm) => possessives.every((a) => hasPossessive(form.form, a.base));
  // The words of one known name in any order, some rendered another way: a hash lookup.
  const bagged = bagMatch(ctx, written, index);
  const bag = bagged && !keepsPossessives(bagged.entry.form) ? undefined : bagged;
  if (bag === null) return undefined;
  if (sideBySide && (!bag || bag.swaps === 0)) return undefined;

  // A body of a country the article does not name is the reading kept only where no other fits
  // ("Central Commission of Choices" in a story from Astana: Kazakhstan's Central Election
  // Commission, read in order below, not Israel's Central Elections Committee).
  let elsewhere: PendingFinding | undefined;
  if (bag) {
    // Words followed by their own initials in brackets are a body of their own ("Kuwait Investment Office (KIO)").
    if (ownAcronymAfter(ctx.text, block.atoms, first, lastAt, bag.entry.form.entity)) return undefined;
    const found = bagFinding(ctx, block, index, first, lastAt, bag);
    if (found) {
      // Namesakes of other countries (each country's Supreme Electoral Tribunal) stand where the
      // article names their country; one kept of those that stand, all with the same fix.
      if (bag.namesakes?.length) return [bag, ...bag.namesakes].map((h) => ({ ...found, entityId: h.entry.form.entity.id, requiresEntity: h.entry.form.entity.country }));
      if (!bag.elsewhere) return found;
      elsewhere = found;
    }
  }
  // A national body named by its field and its country alone, written as a federation of that field
  // ("Australian Swimming Federation" for Swimming Australia).
  if (sideBySide) return elsewhere;
  const fieldBody = fieldAndCountryMatch(ctx, block, index, first, lastAt, written);
  if (fieldBody) return fieldBody;
  // Only names with two words as written are worth aligning (align asks for two).
  let best: Match | undefined;
  let tied: Match[] = [];
  for (const entry of sharingTwoStems(written, index)) {
    if (possessives.length && !keepsPossessives(entry.form)) continue;
    const match = align(written, entry, index);
    if (!match) continue;
    const better = !best || match.exact > best.exact || (match.exact === best.exact && match.swaps < best.swaps);
    if (better) {
      best = match;
      tied = [];
    } else if (best && match.exact === best.exact && match.swaps === best.swaps && match.entry.form.entity.id !== best.entry.form.entity.id) tied.push(match);
  }
  if (!best) return reorderedListedName(ctx, block, first, lastAt) ?? elsewhere;
  if (tied.length === 0) return alignedFinding(block, index, run, first, lastAt, wrong, best) ?? elsewhere;
  // Bodies of several countries that read alike ("Central Commission of Choices": Kazakhstan's Central
  // Election Commission, Israel's Central Elections Committee) stand each where the article names its country.
  const candidates = [best, ...tied];
  if (candidates.some((c) => !c.entry.form.entity.country)) return reorderedListedName(ctx, block, first, lastAt) ?? elsewhere;
  const found: PendingFinding[] = [];
  for (const c of candidates) {
    const f = alignedFinding(block, index, run, first, lastAt, wrong, c);
    if (f) found.push({ ...f, requiresEntity: c.entry.form.entity.country });
  }
  return found.length ? found : elsewhere;
}

/**
 * The entries of byStem with two of the stems `written` or more, in the order of a walk over
 * each stem's list in turn (first the entries of the first stem, then the new ones of the
 * second…). The longest list ("national", "council") is not walked: an entry of it that shares
 * another stem is met in that stem's list, and is then looked up in its own stems.
 */
function sharingTwoStems(written: readonly string[], index: TranslationIndex): IndexedForm[] {
  const stems = [...new Set(written)];
  const lists = stems.map((w) => index.byStem.get(w) ?? []);
  let longest = 0;
  for (let k = 1; k < lists.length; k++) if (lists[k].length > lists[longest].length) longest = k;
  /** Per entry, how many of the stems it has, and the first stem (by place in `stems`) whose list holds it. */
  const hits = new Map<IndexedForm, { n: number; first: number }>();
  for (let k = 0; k < lists.length; k++) {
    if (k === longest) continue;
    for (const entry of lists[k]) {
      const hit = hits.get(entry);
      if (hit) hit.n++;
      else hits.set(entry, { n: 1, first: k });
    }
  }
  const out: Array<{ entry: IndexedForm; first: number }> = [];
  for (const [entry, hit] of hits) {
    if (entry.stems.includes(stems[longest])) {
      hit.n++;
      hit.first = Math.min(hit.first, longest);
    }
    if (hit.n >= 2) out.push({ entry, first: hit.first });
  }
  return out.sort((a, b) => a.first - b.first || a.entry.order! - b.entry.order!).map((x) => x.entry);
}

/** The finding for words aligned with one known name (see judge), or none where the evidence says they are no translation of it. */
function alignedFinding(block: Block, index: TranslationIndex, run: Atom[], first: number, lastAt: number, wrong: string, best: Match): PendingFinding | undefined {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  // An "and" the name does not have joins a list, not the name's words ("Lebanon and the Temporary Force …").
  if (hasAnd(run.map((a) => a.key)) && !hasAnd(best.entry.form.keys)) return undefined;
  // "Norwegian Athletics Federation" for the Norwegian Athletics Association is usual English, not a translation.
  if (best.usual && usualReading(index, best.entry.form, best.swapped ?? [], run.map((a) => a.key))) return undefined;
  // Another country's name right before the words makes them that country's own body ("the Indonesian
  // Palm Oil Producers Association" is no Council of Palm Oil Producing Countries).
  const lead = block.mentionAt[first - 1];
  const leadCountry = lead?.last === first - 1 && block.atoms[first].gap === ' ' ? (lead.form.entity.kind === 'country' ? lead.form.entity.id : undefined) : undefined;
  if (leadCountry && leadCountry !== best.entry.form.entity.country) return undefined;
  if (best.oneWordOff) {
    // Two words kept besides the place names in it ("Organization … Security … Europe").
    let own = 0;
    for (let k = first; k <= lastAt; k++) {
      const at = block.mentionAt[k];
      const inPlace = at !== undefined && (at.form.entity.kind === 'country' || at.form.entity.kind === 'place');
      if (!isConnector(block.atoms[k].key) && !inPlace) own++;
    }
    if (own - 1 < 2) return undefined;
  }
  // The name without its first word, which says whose or where the body is, and with another word
  // rendered besides is a wider body's name: the IMO's "Marine Environment Protection Committee" is
  // no reading of the Baltic Marine Environment Protection Commission.
  if (best.headLeftOut && best.swaps > 0) return undefined;
  const { form } = best.entry;
  const e = form.entity;
  // The body's own country written attributively before its words in another order is a description.
  if (best.swaps === 0 && !best.oneWordOff && ownCountryLeads(block, first, e.country)) return undefined;
  if (ownCountryBefore(block, first, run.map((a) => a.key), form)) return undefined;
  const finding = officialFormFinding(run, start, end, wrong, form);
  // A national body written without its country's name is that body only where the article names the country.
  const namesPlace = run.some((_, k) => {
    const at = block.mentionAt[first + k];
    return at !== undefined && (at.form.entity.kind === 'country' || at.form.entity.kind === 'place');
  });
  // Words in another order are a translation only with the place the name carries ("Stock Exchange of
  // New York"); without one they are often a correct older or shorter form ("Booker International Prize").
  if (best.swaps === 0 && !namesPlace) return undefined;
  // Every country has its own Federal Aviation Office beside the US Federal Aviation Administration:
  // a body's kind written another way counts only with three words of the name as written, or its place.
  if (best.kindOnly && !namesPlace && best.exact < 3) return undefined;
  // (Nor, for the words of a meeting, with a word of the name left out besides: "United Nations Climate
  // Change Conference" is the summit's own name, no slip of the UN Framework Convention on Climate Change.)
  if (best.kindOnly && best.entry.stems.length > best.exact + best.swaps && best.swapped?.some((w) => index.groupsOf.get(w)?.some((g) => g.wholeName))) return undefined;
  return e.country && !namesPlace ? { ...finding, requiresEntity: e.country } : finding;
}

/**
 * The written words are a word-for-word reading of a body's native name (the literal index):
 * the body's official English form is the fix. A national body counts only where the article
 * names its country (requiresCountry) or the words name a known place; a body of no country
 * needs three words. Bodies of several countries read alike each stand where their country is
 * named; null when the words read as several bodies' names otherwise.
 */
function literalMatch(ctx: CheckContext, block: Block, index: TranslationIndex, first: number, lastAt: number, written: readonly string[]): PendingFinding[] | null | undefined {
  const hits = index.literal.get(bagKey(written));
  if (!hits) return undefined;
  const run = block.atoms.slice(first, lastAt + 1);
  // (Three words one of which is a known place are a name of their own: "Vienna People's Opera".)
  // (A point of the compass is no place: "Automobile Club of the West" is placed by nothing.)
  const placed = written.length >= 3 && run.some((a) => a.capitalized && !isConnector(a.key) && !COMPASS_POINTS.has(a.key) && ctx.registry.known.isPlace(a.base));
  // (Or two, where the article writes a word of the body's other names that no glossary reads, its
  // organiser's: "Liberators Cup" in a story that names CONMEBOL, of Copa CONMEBOL Libertadores.)
  // (Words followed by "in" or "of" and another country, or a place of one, are that country's body:
  // "the Association of Local Authorities in Lithuania" is no reading of Finland's Kuntaliitto.)
  const after = block.mentionAt[lastAt + 2];
  const placedElsewhere = /^(?:in|of)$/.test(block.atoms[lastAt + 1]?.key ?? '') && after?.first === lastAt + 2 ? countryOfPlace(after.form.entity) : undefined;
  // (A description read as a name only where copy writes it as one: see IndexedForm.descriptive.)
  // (Or before its head's title, with no article before: "German Exchange chief executive Stephan Leithner".)
  const prev = first > 0 && run[0].gap === ' ' ? block.atoms[first - 1] : undefined;
  const next = block.atoms[lastAt + 1];
  const headAfter = next !== undefined && next.gap === ' ' && !next.capitalized && HEAD_AFTER.has(next.key) && !(prev && (prev.capitalized || ARTICLES.has(prev.key)));
  // (Or in a name's own order, its country last after "of": "Electricity of France" is no description.)
  const ofCountry = run.length >= 3 && run[run.length - 2].key === 'of' && run[0].capitalized && run[run.length - 1].capitalized && index.places.has(written[written.length - 1]);
  // (Or a word before its country's own name, as names are made and descriptions are not: "Weather
  // France" of Météo-France, where a description writes "French weather service".)
  const countryLast = run.length === 2 && run[0].capitalized && block.mentionAt[lastAt]?.first === lastAt && block.mentionAt[lastAt]!.form.entity.kind === 'country' && block.mentionAt[lastAt]!.form.role === 'name';
  const asName = headAfter || ofCountry || countryLast || (first > 0 && run[0].gap === ' ' && NAME_AFTER.has(block.atoms[first - 1].key) && !block.atoms[first - 1].capitalized);
  // (A body of no known country whose native name names one, "Petróleos Mexicanos", is that country's.)
  const countryOf = (h: IndexedForm) => h.form.entity.country ?? namedCountry(ctx, index, h.stems);
  const bodies = hits.filter((h, i) => (!h.descriptive || asName) && (countryOf(h) || written.length >= 3 || ownWordWritten(ctx, index, h.form.entity, written)) && !(placedElsewhere && h.form.entity.country && placedElsewhere !== h.form.entity.country) && hits.findIndex((x) => x.form.entity.id === h.form.entity.id) === i);
  if (bodies.length === 0) return undefined;
  if (bodies.length > 1 && bodies.some((h) => !h.form.entity.country)) return null;
  // Two words after a capitalised word are the end of a longer name ("Michigan State Police").
  if (written.length === 2) {
    const prev = first > 0 && run[0].gap === ' ' ? block.atoms[first - 1] : undefined;
    // (A possessive before them is not: "Madrid's Royal Theatre".)
    if (prev?.capitalized && prev.text === prev.base && !['the', 'a', 'an'].includes(prev.key)) return undefined;
  }
  // An "and" the native name does not have joins a list ("Sweden and the Geological …").
  if (hasAnd(run.map((a) => a.key)) && !bodies.some((h) => h.form.keys.some((k) => nativeAnd.has(k)))) return undefined;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const wrong = ctx.text.slice(start, end);
  return bodies.map((h) => {
    const finding = officialFormFinding(run, start, end, wrong, h.form);
    const country = countryOf(h);
    // (Two words read from a native compound, "Energy Authority" of Energimyndigheten, name a body of
    // many countries: not where the article is about another country, Finland's Energy Authority.)
    const rivals = h.rivals ? { unlessCountriesNamed: h.rivals } : {};
    // (Two words read in a sentence that names a place of the body's country are its, whichever
    // country the article is most about: "In Amsterdam, the State Museum" in a story of Paris.)
    // (Nor where the words name the country themselves: "Norwegian Hydro" in a story led by Germany's BASF.)
    const local = written.length === 2 && country !== undefined && (sentencePlacesIn(block, first, country) || namedCountry(ctx, index, written) === country);
    return country && !(placed && bodies.length === 1) ? { ...finding, requiresCountry: country, ...(written.length === 2 && !local ? { unlessOtherLeads: true } : {}), ...rivals } : { ...finding, ...rivals };
  });
}

/** The country a reading's stems name ("mexico" of "Mexican Petroleums"), where one does. */
function namedCountry(ctx: CheckContext, index: TranslationIndex, stems: readonly string[]): string | undefined {
  for (const st of stems) {
    if (!index.places.has(st)) continue;
    const e = countryNamed(ctx.registry, st);
    if (e) return e.id;
  }
  return undefined;
}

/** Heads' titles after which two capitalised words with no article before are a body's name ("German Exchange chief executive"). */
const HEAD_AFTER: ReadonlySet<string> = new Set(['chief', 'ceo', 'president', 'chairman', 'chairwoman', 'chair', 'boss', 'head', 'executive']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** Words after which two capitalised words with no article are written as a name ("chief executive of German Railway"). */
const NAME_AFTER: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from']);

/** The country a mention names: itself, or a place's country. */
function countryOfPlace(e: EntityRecord): string | undefined {
  return e.kind === 'country' ? e.id : e.kind === 'place' ? e.country : undefined;
}

/** True when the sentence of atom `first` names a place of the country (or the country itself, by name or adjective). */
function sentencePlacesIn(block: Block, first: number, country: string): boolean {
  let from = first;
  while (from > 0 && !block.atoms[from].sentenceStart) from--;
  // (Or after them, where the sentence names no other country: "the Renaissance Movement, the Islamist
  // party that dominated Tunisian politics"; not "The Energy Authority, Finland's regulator, said …".)
  let after = false;
  let other = false;
  for (let i = from; i < block.atoms.length && (i <= first || !block.atoms[i].sentenceStart); i++) {
    const e = block.mentionAt[i]?.form.entity;
    const of = e ? countryOfPlace(e) : undefined;
    if (of === undefined) continue;
    if (of === country && i < first) return true;
    if (of === country) after = true;
    else other = true;
  }
  return after && !other;
}

/**
 * True when the article writes a word of the entity's names that the glossary does not read and
 * no English name of bodies uses (a name of its own, "CONMEBOL"), as written, four letters or more.
 */
function ownWordWritten(ctx: CheckContext, index: TranslationIndex, e: EntityRecord, written: readonly string[]): boolean {
  for (const name of [e.name, ...(e.aliases ?? []), ...(e.short ?? [])]) {
    for (const w of name.split(/[^\p{L}\p{N}]+/u)) {
      const key = foldKey(w.toLowerCase());
      if (w.length < 4 || !/^\p{Lu}/u.test(w) || ctx.registry.nativeWords.has(key) || isConnector(key) || index.englishWords.has(key) || written.includes(stemOf(key))) continue;
      if (new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'u').test(ctx.text)) return true;
    }
  }
  return false;
}

/**
 * Words before the word party that read a party's one-word native name ("Enough party", "We Can
 * party", "Voice party"): the name is the fix, the word party stays. Where the article names the
 * party's country, as for every reading of a native name.
 */
function partyMatch(ctx: CheckContext, block: Block, index: TranslationIndex, first: number, lastAt: number): PendingFinding[] | undefined {
  if (lastAt - first < 1 || block.atoms[lastAt].key !== 'party' || index.partyReadings.size === 0) return undefined;
  // (Words of a longer name, "the American Solidarity Party", or a known name as written, are no reading.)
  if (first > 0 && block.atoms[first].gap === ' ' && block.atoms[first - 1].capitalized && !block.atoms[first - 1].sentenceStart) return undefined;
  const named = block.mentionAt[first];
  if (named && named.first === first && named.last >= lastAt - 1) return undefined;
  const run = block.atoms.slice(first, lastAt);
  const hits = index.partyReadings.get(bagKey(contentStems(run.map((a) => a.key), index)));
  // (Only a party's: a body described as something else, Solidarność the trade union, is none.)
  const bodies = hits?.filter((h, i) => h.form.entity.country && isPartyLike(h.form.entity.description) && hits.findIndex((x) => x.form.entity.id === h.form.entity.id) === i);
  if (!bodies?.length) return undefined;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const wrong = ctx.text.slice(start, end);
  return bodies.map((h) => ({ ...officialFormFinding(run, start, end, wrong, h.form), requiresCountry: h.form.entity.country }));
}

/** A description that says the body is a party or a movement, or none at all. */
function isPartyLike(description: string | undefined): boolean {
  return description === undefined || /\b(?:part(?:y|ies)|movement|alliance|coalition|platform|front|list)\b/i.test(description);
}

/**
 * Three words that are a body's field, its country and a word for a body of that kind
 * ("Australian Swimming Federation", "Swimming Federation of Australia"), where the known body of
 * that country and field is named by the two alone (Swimming Australia, British Cycling): its
 * official form is the fix. The country is named in the words themselves.
 */
function fieldAndCountryMatch(ctx: CheckContext, block: Block, index: TranslationIndex, first: number, lastAt: number, written: readonly string[]): PendingFinding | undefined {
  if (written.length !== 3) return undefined;
  const run = block.atoms.slice(first, lastAt + 1);
  if (hasAnd(run.map((a) => a.key))) return undefined;
  for (let k = 0; k < 3; k++) {
    if (!(index.groupsOf.get(written[k]) ?? []).some((g) => g.bodyKind)) continue;
    const hits = index.fieldAndCountry.get(bagKey(written.filter((_, i) => i !== k)));
    const ids = new Set(hits?.map((h) => h.form.entity.id));
    if (!hits || ids.size !== 1) continue;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    return officialFormFinding(run, start, end, ctx.text.slice(start, end), hits[0].form);
  }
  return undefined;
}

/** "And" in the languages of the glossary. */
const nativeAnd = new Set(['and', '&', 'et', 'y', 'e', 'und', 'en', 'och', 'og', 'i', 'a']);

interface BagHit {
  entry: IndexedForm;
  /** Written words rendered another way (a word-swap group). */
  swaps: number;
  /** Every swapped word only says what kind of body it is. */
  kindOnly: boolean;
  /** A word of the known name left out. */
  dropped: boolean;
  /** Every swapped word is one English copy uses for the other (Federation for Association). */
  usual: boolean;
  /** The written words rendered another way. */
  swapped: string[];
  /** National bodies only of countries the article does not name: another reading may fit better. */
  elsewhere?: boolean;
  /** Bodies of other countries with the same name and bag (see bagMatch). */
  namesakes?: BagHit[];
}

const namedCountriesOf = new WeakMap<CheckContext, Map<string, number>>();

/** The countries an article names, by name, adjective or a place in them, with how often. */
function namedCountries(ctx: CheckContext): Map<string, number> {
  let out = namedCountriesOf.get(ctx);
  if (out) return out;
  out = new Map();
  for (const b of [...ctx.blocks, ...(ctx.metadata ?? [])]) {
    for (const m of b.mentions) {
      const e = m.form.entity;
      // (A body's acronym names no country: CEC is many countries' election commission.)
      const id = e.kind === 'country' ? e.id : e.kind === 'place' ? e.country : undefined;
      if (id) out.set(id, (out.get(id) ?? 0) + 1);
    }
  }
  namedCountriesOf.set(ctx, out);
  return out;
}

/**
 * The one known name whose content words are the written ones in any order ("Legislative
 * Assembly of East Africa"), with at most two words rendered another way by a word-swap group
 * ("Temporary Force of the United Nations in Lebanon"), or, for a name of four words or more,
 * one of its words left out. Each candidate bag is a hash lookup. Of bodies sharing a bag, those
 * of a country the article does not name drop out; two left are two readings: null.
 */
/** True when the run is a known "Ministry of X" or "Department of X" written "X Ministry" (see subjectFirstForm). */
function subjectFirst(ctx: CheckContext, run: readonly Atom[]): boolean {
  const head = run[run.length - 1].key;
  if (head !== 'ministry' && head !== 'department') return false;
  const keys = run.map((a) => a.key);
  return (ctx.registry.phrasesByFirst.get(head) ?? []).some((f) => subjectFirstForm(f.keys, keys));
}

/** The bag searches of written words, by the words (knowledge alone: asked window after window, article after article). */
const bagSearchMemos = new MemoPerOwner<TranslationIndex, BagHit[]>(20_000);

/**
 * Known names whose words are the written ones in any order, some rendered another way (at most
 * two swaps), or (`lessOne`) all but one word of the name with at most one swap.
 */
function bagSearch(written: readonly string[], index: TranslationIndex, lessOne: boolean): BagHit[] {
  const memo = bagSearchMemos.of(index);
  const key = written.join(' ');
  const hit = memo.get(key, lessOne ? '-1' : '');
  if (hit) return hit;
  const alts = written.map((w) => {
    const out = [w];
    for (const g of index.groupsOf.get(w) ?? []) {
      for (const v of g.words) {
        const st = v.includes(' ') ? v : stemOf(v);
        if (!out.includes(st)) out.push(st);
      }
    }
    return out;
  });
  const search = (map: Map<string, IndexedForm[]>, maxSwaps: number, dropped: boolean): BagHit[] => {
    const hits: BagHit[] = [];
    const pick: string[] = [];
    const visit = (i: number, swaps: number): void => {
      if (i === written.length) {
        for (const entry of map.get(bagKey(pick)) ?? []) {
          const kind = entry.form.entity.kind;
          let ok = true;
          let kindOnly = swaps > 0;
          let usual = swaps > 0;
          const swapped: string[] = [];
          for (let k = 0; k < written.length && ok; k++) {
            if (pick[k] === written[k]) continue;
            ok = swappable(written[k], pick[k], kind, index);
            if (!index.usual.has(written[k] + '|' + pick[k])) usual = false;
            swapped.push(written[k]);
            if (!(index.groupsOf.get(pick[k]) ?? []).some((g) => g.bodyKind)) kindOnly = false;
          }
          if (ok) hits.push({ entry, swaps, kindOnly, dropped, usual, swapped });
        }
        return;
      }
      for (const a of alts[i]) {
        const swap = a === written[i] ? 0 : 1;
        if (swaps + swap > maxSwaps) continue;
        pick.push(a);
        visit(i + 1, swaps + swap);
        pick.pop();
      }
    };
    visit(0, 0);
    return hits;
  };
  return memo.set(key, lessOne ? '-1' : '', lessOne ? search(index.bagsLessOne, 1, true) : search(index.bags, 2, false));
}

function bagMatch(ctx: CheckContext, written: readonly string[], index: TranslationIndex): BagHit | null | undefined {
  // Bodies of countries the article names, or of none (international ones), before the others.
  const named = namedCountries(ctx);
  const isHere = (h: BagHit) => !h.entry.form.entity.country || named.has(h.entry.form.entity.country);
  let hits = bagSearch(written, index, false);
  // (A body of the article's country with a word of its name left out before another country's
  // with every word: "Central Commission of Choices" in Kazakhstan.)
  if (!hits.some(isHere) && written.length >= 3) {
    const lessOne = bagSearch(written, index, true);
    if (hits.length === 0 || lessOne.some(isHere)) hits = lessOne;
  }
  if (hits.length === 0) return undefined;
  const fewest = Math.min(...hits.map((h) => h.swaps));
  hits = hits.filter((h) => h.swaps === fewest);
  const here = hits.filter(isHere);
  if (here.length) hits = here;
  const ids = new Set(hits.map((h) => h.entry.form.entity.id));
  if (ids.size === 1) return here.length ? hits[0] : { ...hits[0], elsewhere: true };
  // Several countries' bodies of one name (each country's Supreme Electoral Tribunal): the
  // article, not this paragraph, says which country is meant; the fix is the same for all.
  const distinct = hits.filter((h, i) => hits.findIndex((x) => x.entry.form.entity.id === h.entry.form.entity.id) === i);
  const name = distinct[0].entry.form.entity.name;
  if (distinct.some((h) => !h.entry.form.entity.country || h.entry.form.entity.name !== name)) return null;
  return { ...distinct[0], namesakes: distinct.slice(1) };
}

/**
 * True when the run is a country's name or adjective before another country's body of a generic
 * name ("French" + the Football Association of England): the words together are no known name
 * side by side but one body's name, perhaps that country's own body written wrong.
 */
function otherCountrysBody(block: Block, first: number, lastAt: number): boolean {
  const m = block.mentionAt[first];
  const place = m?.form.entity.kind === 'country' ? m.form.entity.id : m?.form.entity.kind === 'place' ? m.form.entity.country : undefined;
  if (!m || !place || m.last >= lastAt) return false;
  const body = block.mentionAt[m.last + 1];
  return body !== undefined && body.first === m.last + 1 && body.last === lastAt && body.form.entity.kind === 'organization' && body.form.entity.country !== place;
}

/**
 * True when a usual swap (Federation for Association) may be English copy's own reading of the
 * body: it has no native name known, or its native name reads that way (Norges Friidrettsforbund:
 * forbund is association or federation). A body whose native word is Fédération, Federación or
 * Asociación is not the French Football Association.
 */
function usualReading(index: TranslationIndex, form: NameForm, swapped: readonly string[], writtenKeys: readonly string[]): boolean {
  // (Not where the body's acronym spells its English name and the word swapped breaks it: "Union of
  // European Football Federations" is no reading of UEFA's name.)
  if (breaksAcronym(form, writtenKeys)) return false;
  const senses = index.nativeSenses.get(form.entity.id);
  return !senses || swapped.every((w) => senses.has(w));
}

/** The initials of a name's words, its linking words left out ("uefa" of Union of European Football Associations). */
function initialsOf(keys: readonly string[]): string {
  return keys.filter((k) => !isConnector(k) && k !== '&').map((k) => k[0]).join('');
}

/** The body has an acronym made of its name's initials, and the written words' initials are not it. */
function breaksAcronym(form: NameForm, writtenKeys: readonly string[]): boolean {
  const acronyms = (form.entity.acronyms ?? []).map((a) => a.toLowerCase());
  const own = initialsOf(form.keys);
  return own.length >= 3 && acronyms.includes(own) && initialsOf(writtenKeys) !== own;
}

function hasAnd(keys: readonly string[]): boolean {
  return keys.some((k) => k === 'and' || k === '&');
}

/** True when the name has a connector inside ("of", "for", "in"; "the" and "and" aside). */
function hasConnector(keys: readonly string[]): boolean {
  return keys.some((k) => k !== 'the' && k !== 'and' && k !== '&' && isConnector(k));
}

/** True when a written word is a word of the name with its adjective's -n taken off or put on ("asia" for "asian"). */
function regionRewritten(runKeys: readonly string[], nameKeys: readonly string[]): boolean {
  return runKeys.some((k) => !nameKeys.includes(k) && nameKeys.some((n) => n !== k && (n === `${k}n` || k === `${n}n`) && stemOf(n) === stemOf(k)));
}

function bagFinding(ctx: CheckContext, block: Block, index: TranslationIndex, first: number, lastAt: number, hit: BagHit): PendingFinding | undefined {
  const run = block.atoms.slice(first, lastAt + 1);
  const { form } = hit.entry;
  const e = form.entity;
  const content = (keys: readonly string[]) => keys.filter((k) => k !== 'the').join(' ');
  const runKeys = run.map((a) => a.key);
  if (content(form.keys) === content(runKeys)) return undefined;
  // An "and" the name does not have joins a list, not the name's words ("Lebanon and the Temporary Force …").
  if (hasAnd(runKeys) && !hasAnd(form.keys)) return undefined;
  const namesPlace = run.some((_, k) => {
    const at = block.mentionAt[first + k];
    return at !== undefined && (at.form.entity.kind === 'country' || at.form.entity.kind === 'place');
  });
  const written = hit.entry.stems.length - (hit.dropped ? 1 : 0);
  const exact = written - hit.swaps;
  if (hit.swaps === 0 && !hit.dropped) {
    // Words in another order: a translation where the name carries its place ("Stock Exchange of New
    // York") or where one order links its words with "of"/"for" and the other does not ("Eurovision
    // Contest of the Song"); two orders without either are often both in use ("Booker International Prize").
    // So is a region's adjective written as the region after "of" ("Nations of Southeast Asia" for
    // the Association of Southeast Asian Nations): the word itself changed, not just the order.
    if (!namesPlace && !regionRewritten(runKeys, form.keys) && hasConnector(runKeys) === hasConnector(form.keys)) return undefined;
    // A place and one word in either order are both English ("San Bernardino County", "County of San Bernardino").
    let own = 0;
    for (let k = first; k <= lastAt; k++) {
      const at = block.mentionAt[k];
      const inPlace = at !== undefined && (at.form.entity.kind === 'country' || at.form.entity.kind === 'place');
      if (!isConnector(block.atoms[k].key) && !inPlace) own++;
    }
    if (own < 2) return undefined;
    if (ownCountryLeads(block, first, e.country) || ownCountryBefore(block, first, runKeys, form)) return undefined;
  }
  // Every country has its own Federal Aviation Office: a body's kind written another way counts
  // only with three words of the name as written, or its place.
  if (hit.kindOnly && !namesPlace && exact < 3) return undefined;
  // A usual English word for the body's kind in the name's own order is no translation
  // ("Norwegian Athletics Federation" for the Norwegian Athletics Association).
  if (hit.usual && usualReading(index, form, hit.swapped, runKeys) && !hit.dropped && hasConnector(runKeys) === hasConnector(form.keys)) return undefined;
  // Two words rendered another way, or one left out, leave at least as many as written.
  if (hit.swaps > exact + 1 || (hit.dropped && exact < 2)) return undefined;
  // A name less a word and nothing rendered is a short form in use ("National Stock Exchange",
  // "Constitutional Democratic Party"), not a translation.
  if (hit.dropped && hit.swaps === 0) return undefined;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const wrong = ctx.text.slice(start, end);
  const finding = officialFormFinding(run, start, end, wrong, form);
  return e.country && !namesPlace && !namedCountries(ctx).has(e.country) ? { ...finding, requiresEntity: e.country } : finding;
}

/**
 * A name of the news-scale lists (universities, companies, clubs: known by their words, not as
 * entities) with its words in another order and "of" put in or taken out, as translation leaves
 * them ("National University of Seoul" for Seoul National University): three or four content
 * words, no person's name among them, and one order with "of" where the other has none (two
 * orders of the same linking are often both in use). Each candidate order is a lookup.
 */
function reorderedListedName(ctx: CheckContext, block: Block, first: number, lastAt: number): PendingFinding | undefined {
  const run = block.atoms.slice(first, lastAt + 1);
  const content = run.filter((a) => !isConnector(a.key) && a.key !== '&');
  if (content.length < 3 || content.length > 4) return undefined;
  const connectors = run.filter((a) => isConnector(a.key) && a.key !== 'the');
  // Only "of" links the words: "… and …" or "… for …" names are not shuffled this way.
  if (connectors.some((a) => a.key !== 'of') || connectors.length > 1) return undefined;
  for (let k = first; k <= lastAt; k++) if (block.mentionAt[k]?.form.entity.kind === 'person') return undefined;
  // After another capitalised word the words end a longer name ("the New Jersey Department of Environmental Protection").
  if (capitalBefore(block.atoms, first)) return undefined;
  const fix = otherOrderName(ctx.registry, content.map((a) => a.base), connectors.length > 0);
  if (!fix) return undefined;
  // A place and one word in either order are both English ("San Bernardino County", "County of San Bernardino"):
  // two words at least besides the place's.
  const inPlace = new Set<number>();
  for (let k = first; k <= lastAt; k++) {
    const at = block.mentionAt[k];
    if (at && (at.form.entity.kind === 'country' || at.form.entity.kind === 'place')) inPlace.add(k);
    // (A one-word place of the lists is too often a word of the name: University, Texas.)
    for (let len = 2; len <= 3 && k + len - 1 <= lastAt; len++) {
      const span = block.atoms.slice(k, k + len);
      if (span.some((a) => isConnector(a.key))) break;
      if (ctx.registry.known.isPlace(span.map((a) => a.base).join(' '))) for (let x = k; x < k + len; x++) inPlace.add(x);
    }
  }
  if (content.length - content.filter((a) => inPlace.has(block.atoms.indexOf(a))).length < 2) return undefined;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const wrong = ctx.text.slice(start, end);
  const last = run[run.length - 1];
  return {
    start,
    end,
    code: 'near-miss',
    severity: 'warning',
    message: `“${wrong}” is not the name: it is the ${fix}.`,
    suggestions: [withPossessive(last.text, last.base, fix)],
    text: wrong,
  };
}

/** Last words of names that take "the" in a sentence ("the European Broadcasting Union"); others go bare ("Chega", "Real Madrid CF"). */
const TAKES_THE = /\b(?:union|agency|office|party|association|federation|confederation|council|committee|commission|court|bank|ministry|department|institute|institution|academy|festival|orchestra|philharmonic|opera|theatre|theater|museum|university|authority|service|board|organi[sz]ation|corporation|company|league|cup|championship|championships|games|prize|award|awards|assembly|parliament|senate|congress|front|movement|alliance|coalition|church|society|foundation|fund|observatory|cent(?:re|er)|park|hall|stadium|exchange|group|railways?|airlines|airways|broadcasting|police|army|navy|forces?|guard|inspectorate|tribunal|chamber|house|school|college|library|gallery|programme|program|conference|convention|treaty|agreement|summit|tour|rally|marathon|trophy|biennale|salon|fair|show|directorate|administration|bureau|secretariat|mission|diet)$/i;

/** A body's name as the complement of "it is": with "the" where English puts it (its last word a common noun, or "of" inside). */
function withThe(name: string): string {
  if (/^the\s/i.test(name)) return name;
  return TAKES_THE.test(name) || /\sof\s/.test(name) ? `the ${name}` : name;
}

/**
 * True when the run is the body's own country (its name or adjective) followed by the words its name
 * puts before "of" and the country: "the Czech Constitutional Court" is how English writes the
 * Constitutional Court of the Czech Republic, as "the Turkish Constitutional Court" is Turkey's.
 */
function ownCountryBefore(block: Block, first: number, runKeys: readonly string[], form: NameForm): boolean {
  const lead = block.mentionAt[first];
  const country = form.entity.country;
  const of = form.keys.lastIndexOf('of');
  if (lead === undefined || lead.first !== first || country === undefined || lead.form.entity.id !== country || of <= 0) return false;
  const content = (keys: readonly string[]) => keys.filter((k) => k !== 'the').join(' ');
  return content(runKeys.slice(lead.last - first + 1)) === content(form.keys.slice(0, of));
}

/** The finding for a run written in place of a body's name: its official form first, then the
 * listed form the run was matched to, each with the run's possessive. */
function officialFormFinding(run: readonly Atom[], start: number, end: number, wrong: string, form: NameForm): PendingFinding {
  const e = form.entity;
  const last = run[run.length - 1];
  const forms = [e.name, ...(form.role !== 'wrong' && form.form !== e.name ? [form.form] : [])];
  // A body known by a one-word brand ("Nasscom") written out in full: its full name, as the writer
  // wrote it (the words mostly the writer's: not a native name the run translates, "Koninklijke
  // Luchtvaart Maatschappij" for KLM).
  const written = new Set(run.map((a) => a.key));
  const spelledOut = forms.length === 2 && !/\s/.test(e.name) && /\s\S+\s/.test(form.form) && form.keys.filter((k) => written.has(k)).length * 2 > form.keys.length;
  // (So is a name written with initials the form spells out: "S.L. Benfica" is "Sport Lisboa e Benfica".)
  const expanded = spelledOut || (forms.length === 2 && initialsSpelledOut(e.name, form.form));
  if (expanded) forms.reverse();
  return {
    start,
    end,
    code: 'near-miss',
    severity: 'warning',
    message: expanded ? `“${wrong}” is not the name: it is ${withThe(form.form)} (${e.name}).` : `“${wrong}” is not the name: it is ${withThe(e.name)}, its official form.`,
    suggestions: forms.map((f) => withPossessive(last.text, last.base, f)),
    text: wrong,
    entityId: e.id,
  };
}

/**
 * True when `name` writes some of its words as initials that `form` spells out, the others as
 * written: "S.L. Benfica" and "Sport Lisboa e Benfica", "FC Porto" and "Futebol Clube do Porto".
 */
function initialsSpelledOut(name: string, form: string): boolean {
  const words = name.split(/\s+/);
  const letters = words.filter((w) => /^(?:\p{Lu}\.)+$|^\p{Lu}{2,3}$/u.test(w)).map((w) => w.replace(/\./g, '')).join('');
  if (!letters) return false;
  const rest = words.filter((w) => !/^(?:\p{Lu}\.)+$|^\p{Lu}{2,3}$/u.test(w)).map((w) => w.toLowerCase());
  const formWords = form.split(/\s+/).filter((w) => !isConnector(w.toLowerCase()) && !/^(?:e|y|do|da|de|del|du|der)$/i.test(w));
  const extra = formWords.filter((w) => !rest.includes(w.toLowerCase()));
  // (Some words as written: a bare acronym, "KLM", is the name copy uses, whatever it stands for.)
  return rest.length > 0 && rest.every((w) => formWords.some((f) => f.toLowerCase() === w)) && extra.map((w) => w[0].toUpperCase()).join('') === letters.toUpperCase();
}

/** One name of the lists per content-word order, by the words and their linking (knowledge alone: asked for window after window, article after article). */
const otherOrderMemos = new MemoPerOwner<EntityRegistry, { fix: string }>(20_000);

/**
 * The one whole name of the lists that is these words in another order with "of" put in (after
 * the first word or two) or taken out (`withOf`), or undefined where none or several are.
 */
function otherOrderName(registry: EntityRegistry, words: readonly string[], withOf: boolean): string | undefined {
  const memo = otherOrderMemos.of(registry);
  const key = words.join(' ');
  const hit = memo.get(key, withOf ? 'of' : '');
  if (hit) return hit.fix || undefined;
  const written = key.toLowerCase();
  let found: string[] | undefined;
  let tied = false;
  for (const order of permutations(words)) {
    if (order.map((w) => w.toLowerCase()).join(' ') === written) continue;
    const candidates = withOf ? [order] : [1, 2].filter((at) => at < order.length).map((at) => [...order.slice(0, at), 'of', ...order.slice(at)]);
    for (const c of candidates) {
      if (!registry.known.hasName(c)) continue;
      if (found && found.join(' ') !== c.join(' ')) tied = true;
      found = c;
    }
  }
  const fix = found && !tied ? found.join(' ') : '';
  memo.set(key, withOf ? 'of' : '', { fix });
  return fix || undefined;
}

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  const out: T[][] = [];
  xs.forEach((x, i) => {
    for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) out.push([x, ...rest]);
  });
  return out;
}
