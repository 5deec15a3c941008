// What every check sees: the article split into prose blocks, each with its
// atoms and the known names recognised in it (longest match first).
import { ownsWhatFollows, type Atom } from '../text/atoms';
import type { EntityRegistry, NameForm } from './registry';
import type { Finding } from './types';
import type { PlaceFacts } from './checks/placeFacts';
import { foldKey } from './fold';

export interface Mention {
  /** Atom indices [first, last] inside the block. */
  first: number;
  last: number;
  start: number;
  end: number;
  form: NameForm;
}

/**
 * One prose block. Its atoms' and mentions' offsets are relative to `start`
 * (blocks are cached by their text and reused wherever they move).
 */
export interface Block {
  start: number;
  end: number;
  atoms: Atom[];
  mentions: Mention[];
  /** For each atom, the mention covering it, if any. */
  mentionAt: Array<Mention | undefined>;
}

export interface CheckContext {
  text: string;
  masked: string;
  blocks: Block[];
  registry: EntityRegistry;
  /**
   * The names the front matter lists (tags and the like), as one block whose offsets are not
   * the article's: evidence of the editor's spelling, never flagged.
   */
  metadata?: Block[];
  /** Where the article's body starts, after its front matter (0 when it has none). */
  bodyStart?: number;
  /**
   * The country entities whose own script is not Latin ("country:russia"): their people's names are
   * romanised, and romanisations differ (Nebenzia/Nebenzya). A name of any other country has one
   * spelling. Undefined where the knowledge has no place facts: every name may then be romanised.
   */
  romanisedCountries?: ReadonlySet<string>;
  /**
   * Of those, the ones whose romanisations write one vowel for another (o/u, e/i: "Mohammed",
   * "Muhammad"). Elsewhere such a vowel changed is a slip ("Yoshimora"). Undefined: every one may.
   */
  vowelRomanisedCountries?: ReadonlySet<string>;
  /** The towns of the world with their countries, regions and sizes (the knowledge's place facts), where it has them. */
  places?: PlaceFacts;
}

export type Check = (ctx: CheckContext) => Finding[];

/**
 * A finding that stands only if the article also names `entityId` with the word `key`
 * somewhere (a block-local check cannot see the rest of the article): "Ibrahim Raisi"
 * is only inconsistent where "Ebrahim Raisi" is written too.
 */
export interface PendingFinding extends Finding {
  requires?: { entityId: string; key: string };
  /**
   * Accent-folded word: the finding stands only if the article never uses this word as a
   * person's name ("musician Al Jorden", "Jorden said"): a name, not a slip of a country.
   */
  unlessPerson?: string;
  /**
   * A person's surname slip stands only if the article never writes the word (accent-folded)
   * after a given name the lists know other than the person's own (`given`): "Richard Pzena"
   * makes every "Pzena" that Richard's, not a slip of Santiago Peña.
   */
  unlessOtherGiven?: { word: string; given: string };
  /** A lower-case word: the finding is dropped where the article writes it in lower case (an ordinary word in a headline). */
  unlessLower?: string;
  /**
   * Accent-folded words ("aleksandar vukic"): the finding is dropped where they occur twice or
   * more and the article never names the entity the finding suggests (a name of its own).
   */
  unlessRepeated?: string;
  /** With unlessRepeated: how many times the words must occur (2 unless given). */
  repeats?: number;
  /**
   * A finding on the company a chief executive is given ("Etihad Airways chief executive Tony
   * Douglas", who runs Riyadh Air): it gives way to a finding on the person beside it where the
   * knowledge knows who holds the title the copy names (the person, not the company, is then the
   * likelier slip). A country given another's minister keeps its own finding: there the country is
   * as often the slip ("Latvia's foreign minister" for Lithuania's), and the nationality checks judge it.
   */
  yieldsToPerson?: boolean;
  /** Entity id: the finding stands only if the article names this entity somewhere (a body's country). */
  requiresEntity?: string;
  /** Entity id: the finding stands only if the article names this entity in full somewhere (a name of two words or more). */
  requiresNamedInFull?: string;
  /** Country ids: the finding is dropped where the article names one of them (or a place or body in one). */
  unlessCountriesNamed?: readonly string[];
  /** Country id: the finding stands only if the article names the country or a place or body in it (a small town's slip). */
  requiresCountry?: string;
  /** With requiresCountry: the country must lead the article, named at least twice as often as any other. */
  countryLeads?: boolean;
  /** With requiresCountry: no other country may lead the article (named twice or more, and at least twice as often as this one). */
  unlessOtherLeads?: boolean;
  /**
   * Country id: the finding is dropped where the article names some country (or a place or body
   * in one), the finding's own entity aside, and never this one (another country's body with the
   * same letters).
   */
  unlessOtherCountries?: string;
  /**
   * Country id: as unlessOtherCountries, but only where every country the article names is of
   * another world region (a writer confuses a neighbour's body, not one from another continent).
   */
  unlessFarCountries?: string;
  /** A word as written (an acronym, "BAI"): the finding stands only if the article has it somewhere. */
  requiresWord?: string;
  /**
   * Words of the field the suggested person works in ("cricketer"): the finding stands only if the
   * article's front matter (title, section, tags) is about that field ("cricket").
   */
  requiresTopic?: readonly string[];
  /**
   * The bodies the suggested person is known for, as "id:" entity ids (LVMH) or "w:" written names
   * (Qualcomm): the finding stands if the article names one of them (or, with requiresTopic, its
   * front matter is about the person's field).
   */
  requiresAffiliate?: readonly string[];
}

/** Finds known names in a block's atoms: at each atom the longest phrase that matches wins. */
export function findMentions(atoms: Atom[], registry: EntityRegistry): { mentions: Mention[]; mentionAt: Array<Mention | undefined> } {
  const mentions: Mention[] = [];
  const mentionAt = new Array<Mention | undefined>(atoms.length);
  for (let i = 0; i < atoms.length; i++) {
    // Names start with a capital; the few forms that do not are listed in lowerFirstKeys.
    if (!atoms[i].capitalized && !registry.lowerFirstKeys.has(atoms[i].key)) continue;
    const candidates = formsStartingAt(registry, atoms[i].key, atoms[i + 1]?.key);
    const found = candidates ? matchAt(atoms, i, candidates, matchesAt) : undefined;
    if (!found) continue;
    const n = found.keys.length;
    // The first words of a longer place the lists know, joined by a particle: "Vila Nova" (São
    // Tomé's president's surname) in Vila Nova de Gaia. The place is no one's name.
    if (found.entity.kind !== 'place' && insidePlace(atoms, i, i + n - 1, registry)) {
      i += n - 1;
      continue;
    }
    const m: Mention = { first: i, last: i + n - 1, start: atoms[i].start, end: atoms[i + n - 1].end, form: found };
    mentions.push(m);
    for (let k = i; k < i + n; k++) mentionAt[k] = m;
    i += n - 1;
  }
  return { mentions, mentionAt };
}

/** Lower-case particles that join a place's name in Romance and Germanic languages ("Vila Nova de Gaia", "Rothenburg ob der Tauber"). */
const PLACE_PARTICLES = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'los', 'las', 'ob', 'am', 'an', 'im', 'sur', 'sul', 'en']);

/**
 * True when the name at atoms [first, last] goes on with a particle and one or two capitalised
 * words, the whole a place the lists know ("Vila Nova de Gaia", "Castelnuovo del Garda").
 */
function insidePlace(atoms: Atom[], first: number, last: number, registry: EntityRegistry): boolean {
  const p = atoms[last + 1];
  if (!p || p.capitalized || p.gap !== ' ' || !PLACE_PARTICLES.has(p.key)) return false;
  const words = atoms.slice(first, last + 1).map((a) => a.base);
  words.push(p.base);
  for (let k = last + 2; k <= last + 3 && k < atoms.length && atoms[k].capitalized && atoms[k].gap === ' '; k++) {
    words.push(atoms[k].base);
    if (registry.known.isPlace(words.join(' '))) return true;
  }
  return false;
}

/** The first of the forms (longest first) that matches at atom i. */
function matchAt(atoms: Atom[], i: number, forms: readonly NameForm[], matches: (atoms: Atom[], i: number, form: NameForm) => boolean): NameForm | undefined {
  for (const form of forms) if (i + form.keys.length <= atoms.length && matches(atoms, i, form)) return form;
  return undefined;
}

/**
 * The known form in plain letters that words written with marks at atom i are (a source such as
 * the World Factbook gives heads of state in plain letters only: "Jakov Milatović" is its "Jakov
 * MILATOVIC"). Not a mention: the checks compare such words as written (a slip of "Milatović" is
 * judged against the article's spelling); the few that need the person ask here.
 */
export function plainFormAt(atoms: Atom[], i: number, registry: EntityRegistry): NameForm | undefined {
  if (!(marked(atoms[i]) || marked(atoms[i + 1]) || marked(atoms[i + 2]))) return undefined;
  const plain = formsStartingAt(registry, foldKey(atoms[i].key), atoms[i + 1] && foldKey(atoms[i + 1].key));
  return plain ? matchAt(atoms, i, plain, matchesPlainAt) : undefined;
}

/** True when the atom has a letter outside ASCII (most atoms have none). */
function marked(a: Atom | undefined): boolean {
  if (!a) return false;
  for (let i = 0; i < a.key.length; i++) if (a.key.charCodeAt(i) >= 128) return true;
  return false;
}

/**
 * A form in plain letters matched by words written with marks (see findMentions): a name of two
 * words or more, never a known wrong form or an acronym, every word the form's folded.
 */
function matchesPlainAt(atoms: Atom[], i: number, form: NameForm): boolean {
  if (form.keys.length < 2 || form.role === 'wrong' || form.role === 'acronym' || !/^[\x00-\x7f]*$/.test(form.form)) return false;
  for (let k = 0; k < form.keys.length; k++) {
    const a = atoms[i + k];
    if (foldKey(a.key) !== form.keys[k] || !a.capitalized) return false;
    if (k > 0 && a.gap === 'break') return false;
    if (k < form.keys.length - 1 && ownsWhatFollows(a) && !possessiveInName(form, a)) return false;
  }
  return true;
}

/** True when the form itself writes the atom's word with its possessive ("People's" in the People's Action Party). */
function possessiveInName(form: NameForm, a: Atom): boolean {
  let words = possessiveWords.get(form);
  if (!words) {
    // Every word but the last that the form writes with "'s", lower-cased; read once per form.
    const parts = form.form.toLowerCase().replace(/’/g, "'").split(' ');
    words = new Set(parts.slice(0, -1).filter((w) => w.length > 2 && w.endsWith("'s")).map((w) => w.slice(0, -2)));
    possessiveWords.set(form, words);
  }
  return words.size > 0 && words.has(a.base.toLowerCase());
}

const possessiveWords = new WeakMap<NameForm, ReadonlySet<string>>();

/** A first key's forms narrowed by the key after it (see formsStartingAt). */
interface FormsByNext {
  /** For each second key of a longer form: the forms with that second key, then the one-word forms. */
  bySecond: Map<string, NameForm[]>;
  /** The one-word forms: all that can match before any other next key or at the end of a block. */
  single: NameForm[];
}

const formsByNext = new WeakMap<object, Map<string, FormsByNext | null>>();
// The last registry's map at hand: a block's atoms are all looked up in one registry.
let lastRegistry: object | undefined;
let lastByFirst: Map<string, FormsByNext | null> | undefined;

/**
 * The forms starting with `first` that can match where `next` is the following atom's key,
 * in phrasesByFirst's order (longest first): a longer form needs its second word there. Common
 * first words begin hundreds of names ("New", "United"); this spares comparing them all. Built
 * per first key on first use, for the registry's lifetime (a registry's forms never change).
 */
function formsStartingAt(registry: EntityRegistry, first: string, next: string | undefined): readonly NameForm[] | undefined {
  let byFirst = registry.memoKey === lastRegistry ? lastByFirst : formsByNext.get(registry.memoKey);
  if (!byFirst) {
    byFirst = new Map();
    formsByNext.set(registry.memoKey, byFirst);
  }
  lastRegistry = registry.memoKey;
  lastByFirst = byFirst;
  let entry = byFirst.get(first);
  if (entry === undefined) {
    const list = registry.phrasesByFirst.get(first);
    entry = list ? narrowByNext(list) : null;
    byFirst.set(first, entry);
  }
  if (!entry) return undefined;
  return (next !== undefined ? entry.bySecond.get(next) : undefined) ?? entry.single;
}

function narrowByNext(list: readonly NameForm[]): FormsByNext {
  const bySecond = new Map<string, NameForm[]>();
  for (const f of list) if (f.keys.length > 1 && !bySecond.has(f.keys[1])) bySecond.set(f.keys[1], []);
  // Filtering keeps the list's order, so the first form to match is the one it always was.
  for (const [second, forms] of bySecond) for (const f of list) if (f.keys.length === 1 || f.keys[1] === second) forms.push(f);
  return { bySecond, single: list.filter((f) => f.keys.length === 1) };
}

function matchesAt(atoms: Atom[], i: number, form: NameForm): boolean {
  const keys = form.keys;
  for (let k = 0; k < keys.length; k++) {
    const a = atoms[i + k];
    if (a.key !== keys[k]) return false;
    if (k > 0 && a.gap === 'break' && !afterInitial(atoms[i + k - 1], a, keys[k - 1]) && !ampersandBetween(atoms[i + k - 1], a, form)) return false;
    // A possessive can only end a name (a plural's apostrophe may stand inside one: "Players' Association").
    if (k < keys.length - 1 && ownsWhatFollows(a) && !possessiveInName(form, a)) return false;
  }
  if (form.role === 'wrong') return true;
  if (form.role === 'acronym') {
    // Acronyms are case-exact: "WHO" the organisation, not "who".
    return keys.length === 1 ? atoms[i].base === form.form : atoms[i].base[0] === form.form[0];
  }
  // One-word names must be capitalised in the text ("Chad", not "chad"), unless the form itself is lower-case.
  if (keys.length === 1 && !atoms[i].capitalized && /^\p{Lu}/u.test(form.form)) return false;
  if (keys.length > 1 && !atoms[i].capitalized && /^\p{Lu}/u.test(form.form)) return false;
  return true;
}

/**
 * True when `next` follows an initial of the name written with its full stop: "C. Vijayakumar",
 * "George W. Bush". The atoms read the stop and space as a sentence's end (a capital letter and a
 * stop may end one: "Plan B."); where a known name has an initial there, they are its.
 */
function afterInitial(initial: Atom, next: Atom, key: string): boolean {
  return key.length === 1 && initial.text.length === 1 && initial.capitalized && next.start - initial.end === 2;
}

/**
 * True when `next` follows `prev` across the ampersand of a name that has one ("H&M", "AT&T",
 * "Procter & Gamble", "The R&A"): the atoms read "&" as punctuation between words.
 */
function ampersandBetween(prev: Atom, next: Atom, form: NameForm): boolean {
  const gap = next.start - prev.end;
  return (gap === 1 || gap === 3) && form.form.includes('&');
}

/** The replacement for `atomText` that keeps its possessive ending. */
export function withPossessive(original: string, base: string, replacement: string): string {
  const possessive = original.slice(base.length);
  // A name of several words ending in s is plural in form and takes the apostrophe alone:
  // "United State's" → "United States'", not "United States's".
  if (/^['’]s$/.test(possessive) && /\s\S*s$/.test(replacement)) return replacement + possessive[0];
  return replacement + possessive;
}

/** One-line description of an entity for messages: "Olaf Scholz, Chancellor of Germany". */
export function describe(form: NameForm): string {
  const e = form.entity;
  return e.description ? `${e.name}, ${e.description}` : e.name;
}
