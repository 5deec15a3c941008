// Name-aware filtering of the dictionaries' unknown words. A word is not a
// spelling flag when it is not prose, when a name check already flags its span
// (one diagnostic per span: the name check has the better fix), when the
// writer ignored it in this file, when it belongs to a name the checker knows,
// or when it is a capitalised word the article itself uses as a name.
import type { ProseMap } from '../article/prose';
import { withinOneEdit } from '../entities/knownNames';
import { TITLE_WORD_LIST } from '../entities/titles';
import { scanAtoms, type Atom } from '../text/atoms';
import { quoteAround } from '../text/quotes';
import type { SpellingLexicon } from './lexicon';
import { isTypingSlip } from './neighbours';
import { isProse } from './prose';
import type { FlaggedSpan, NameVocabulary, RawSpellingIssue } from './types';

export interface FilterContext {
  text: string;
  prose: ProseMap;
  names: NameVocabulary;
  /** Spans other checks flag (name findings). */
  flagged?: readonly FlaggedSpan[];
  /** Words the writer chose to ignore in this document. */
  ignore?: ReadonlySet<string>;
  /** Atoms of prose block i, relative to the block's start (the shared analysis has them). */
  atomsOf?: (block: number) => readonly Atom[];
  /** Word lists beyond cspell's dictionaries (data/generated/spelling-lexicon.json). */
  lexicon?: SpellingLexicon;
}

/** Why an issue was dropped (for the evaluation); undefined when it stays a flag. */
export type DropReason =
  | 'not-prose'
  | 'name-flag'
  | 'ignored'
  | 'not-english'
  | 'acronym'
  | 'bracketed'
  | 'handle'
  | 'compound'
  | 'scientific-name'
  | 'no-near-word'
  | 'foreign-passage'
  | 'article-term'
  | 'known-name'
  | 'article-name'
  | 'name-phrase'
  | 'mentioned'
  | 'quoted-dialect'
  | 'elision'
  | 'attested'
  | 'foreign-word'
  | 'loanword'
  | 'cut-off'
  | 'latin'
  | 'old-spelling'
  | 'technical'
  | 'variant';

/** How the article uses a word: written in lower case anywhere; capitalised away from a sentence start. */
interface WordUse {
  lower: boolean;
  capitalisedMidSentence: number;
}

/** Evidence the article gives about its own words, computed once per check. */
export class ArticleEvidence {
  private readonly uses = new Map<string, WordUse>();
  /** Atom by its start offset, to look at a flagged word's neighbours. */
  private readonly atomAt = new Map<number, { atom: Atom; prev?: Atom; next?: Atom }>();
  /** Where each word (lower case) starts. */
  private readonly starts = new Map<string, number[]>();

  private readonly text: string;

  constructor(prose: ProseMap, atomsOf?: (block: number) => readonly Atom[]) {
    this.text = prose.masked;
    prose.blocks.forEach(([start, end], b) => {
      // The analysis's atoms are relative to their block; evidence needs document offsets.
      const atoms = atomsOf ? atomsOf(b).map((a) => ({ ...a, start: a.start + start, end: a.end + start })) : scanAtoms(prose.masked, start, end);
      for (let i = 0; i < atoms.length; i++) {
        const a = atoms[i];
        const key = a.base.toLowerCase();
        let use = this.uses.get(key);
        if (!use) this.uses.set(key, (use = { lower: false, capitalisedMidSentence: 0 }));
        // A lower-case web address ("minetest.net") says nothing about how the word is used.
        if (!a.capitalized && !isAddressPart(prose.masked, a)) use.lower = true;
        else if (a.capitalized && !opensSentence(prose.masked, atoms[i - 1], a)) use.capitalisedMidSentence++;
        this.atomAt.set(a.start, { atom: a, prev: atoms[i - 1], next: atoms[i + 1] });
        const starts = this.starts.get(a.key);
        if (starts) starts.push(a.start);
        else this.starts.set(a.key, [a.start]);
      }
    });
  }

  /**
   * True when the article uses `word` (or its plural, past or -ing form) as a word of its own
   * somewhere other than at `except` (the offset of the word being judged).
   */
  usesWord(word: string, except: number): boolean {
    const w = word.toLowerCase();
    const stem = w.replace(/e$/, '');
    for (const form of [w, `${w}s`, `${w}es`, `${stem}ed`, `${stem}ing`, `${w}ed`, `${w}ing`]) {
      const at = this.starts.get(form);
      if (at && at.some((s) => s !== except)) return true;
    }
    return false;
  }

  /**
   * A capitalised word the article never writes in lower case and capitalises mid-sentence: a
   * name. With `allowLower`, lower-case uses do not count against it (asked about a lower-case issue).
   */
  usedAsName(word: string, allowLower = false): boolean {
    const use = this.uses.get(word.replace(/['’]s$/i, '').toLowerCase());
    return !!use && (allowLower || !use.lower) && use.capitalisedMidSentence > 0;
  }

  /**
   * True when the atom holding [start, end) sits in a run of capitalised words that is not
   * just a sentence opening ("Nikolai Patrushev", "Magnitogorsk Iron and Steel Works").
   */
  inNamePhrase(start: number, end: number): boolean {
    let hit = this.atomAt.get(start);
    if (!hit) {
      // cspell may report part of an atom ("Zelenskyy" in "Zelenskyy-led"): find the atom around it.
      for (const [s, v] of this.atomAt) if (s <= start && v.atom.end >= end) hit = v;
    }
    if (!hit || !hit.atom.capitalized) return false;
    const joined = (a: Atom | undefined, b: Atom | undefined): boolean => !!a && !!b && b.gap !== 'break' && a.capitalized && b.capitalized;
    // The neighbour must not be the only capital because it opens the sentence.
    if (joined(hit.prev, hit.atom) && !(hit.prev!.sentenceStart && !/^\p{Lu}{2,}/u.test(hit.prev!.text) && isCommonOpener(hit.prev!))) return true;
    if (joined(hit.atom, hit.next)) return true;
    // A particle between two capitalised words joins them into one name ("Arnel dela Vega",
    // "Ursula von der Leyen", "Luiz Inácio Lula da Silva").
    if (hit.next && hit.next.gap !== 'break' && NAME_PARTICLES.has(hit.next.text)) {
      const after = this.atomAt.get(hit.next.start)?.next;
      if (after && after.gap !== 'break' && (after.capitalized || (NAME_PARTICLES.has(after.text) && this.atomAt.get(after.start)?.next?.capitalized))) return true;
    }
    // After an initial ("C. Suthorn", "J.Smith") a capitalised word is a surname.
    if (hit.prev && /^\p{Lu}$/u.test(hit.prev.text) && /^\.\s?$/.test(this.text.slice(hit.prev.end, hit.atom.start))) return true;
    return false;
  }

  /**
   * True when `word` is a name the article uses with more after it ("Arianespace" in an article
   * on the Ariane 6, "Jakobshalle" beside Jakob): a body or place named after it.
   */
  extendsArticleName(word: string): boolean {
    const w = word.replace(/['’]s$/i, '').toLowerCase();
    for (const [key, use] of this.uses) {
      if (key.length >= 4 && w.length - key.length >= 3 && w.startsWith(key) && !use.lower && use.capitalisedMidSentence > 0) return true;
    }
    return false;
  }

  /**
   * True when the lower-case word at `start` stands between two capitalised words of a name,
   * spaces only between them ("Daniel arap Moi", "Palazzetto dello Sport"): a particle of that
   * name in its own language. The first must not be only a sentence's opening capital.
   */
  betweenNameWords(start: number, unknown?: (offset: number) => boolean): boolean {
    const hit = this.atomAt.get(start);
    if (!hit || hit.atom.capitalized || hit.atom.gap !== ' ' || !hit.prev || !hit.next || hit.next.gap !== ' ') return false;
    if (!hit.prev.capitalized || !hit.next.capitalized) return false;
    // A particle follows a word of the name ("Daniel arap Moi"), not a lone letter ("S and P cied Coastal").
    if (hit.prev.end - hit.prev.start < 2) return false;
    // (A short opener the dictionaries lack is a name, not "When": "Arnel dela Vega".)
    return !(hit.prev.sentenceStart && isCommonOpener(hit.prev) && !unknown?.(hit.prev.start));
  }

  /**
   * The capitalised word a lower-case piece at `start` is hyphen-joined to ("Ming" in "Kung
   * Ming-hsin"), when that word stands in a name phrase; undefined otherwise.
   */
  hyphenedToName(start: number): Atom | undefined {
    const hit = this.atomAt.get(start);
    const prev = hit?.prev;
    if (!hit || hit.atom.capitalized || hit.atom.gap !== '-' || !prev?.capitalized) return undefined;
    return this.inNamePhrase(prev.start, prev.end) ? prev : undefined;
  }
}

/**
 * One syllable as the romanisations of Chinese, Korean and Japanese write it ("hsin", "gyun",
 * "kyeong", "hwan"): a few consonants, one to three vowels, at most a nasal or stop after them.
 * English words and their slips ("based", "led", "backed") end otherwise or have two syllables.
 */
const ROMANISED_SYLLABLE = /^(?:[bcdfghjklmnpqrstvwxyz]{0,3})(?:[aeiouy]{1,3})(?:ng|n|m|k|p|t|l)?$/;

/** English function words a slip inside a name's words ("the Bank fo England") comes from. */
const FUNCTION_WORDS = ['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with'];

/** True when `word` is one edit from a word of `list` that `also` accepts (lower case). */
function oneEditFrom(word: string, list: readonly string[], also: (w: string, listed: string) => boolean = () => true): boolean {
  const w = word.toLowerCase();
  return list.some((l) => Math.abs(l.length - w.length) <= 1 && withinOneEdit(w, l) && also(w, l));
}

/** True when `word` is one slip (or one edit) from an English function word. */
function nearFunctionWord(word: string): boolean {
  return oneEditFrom(word, FUNCTION_WORDS);
}

/** True when `word` is a typist's slip of a word of office of four letters or more ("cihef" for "chief"). */
function slipOfTitleWord(word: string): boolean {
  return oneEditFrom(word, TITLE_WORD_LIST, (w, t) => t.length >= 4 && t !== w && isTypingSlip(w, t));
}

/**
 * A French or Italian article elided before a name ("l'Adour", "d'Annunzio", "dell'Arte"): the
 * name in its own language. An English word never takes this form.
 */
function isElidedName(word: string): boolean {
  return /^(?:[dlDL]|[dD]ell|[dD]all|[nN]ell|[sS]ull|[aA]ll|[qQ]uell)['’]\p{Lu}\p{Ll}/u.test(word);
}

/** Lower-case words that stand inside people's names between capitalised words. */
const NAME_PARTICLES = new Set(['de', 'del', 'dela', 'della', 'delle', 'der', 'den', 'di', 'da', 'das', 'dos', 'du', 'van', 'von', 'ter', 'ten', 'bin', 'binti', 'ibn', 'bint', 'al', 'el', 'le', 'la', 'zu', 'af', 'av']);

/** True when `a` opens a sentence: first in its block, or after . ! ? (an opening quote or colon does not count). */
function opensSentence(text: string, prev: Atom | undefined, a: Atom): boolean {
  if (!prev) return true;
  if (!a.sentenceStart) return false;
  const between = text.slice(prev.end, a.start);
  return /[.!?]/.test(between) || /\n\s*\n/.test(between) || /^\s*[-*+>#|]\s/.test(between) || between.includes('\u0001');
}

function isAddressPart(text: string, a: Atom): boolean {
  const before = text.charCodeAt(a.start - 1);
  const after = text.charCodeAt(a.end);
  return before === 46 || before === 47 || before === 64 || (after === 46 && /[A-Za-z]/.test(text[a.end + 1] ?? ''));
}

/** A sentence-opening capital that says nothing about names ("The", "In", "After"): short function words. */
function isCommonOpener(a: Atom): boolean {
  return a.text.length <= 5 && /^\p{Lu}\p{Ll}*$/u.test(a.text);
}

/** Keeps the issues that are spelling flags; `drop` hears why each other issue was dropped. */
/** Letters from which a word in another language's passage may be a key slip of an English word or a name. */
const FOREIGN_SLIP_LENGTH = 7;

/** An issue the filter kept; `doubt` says it is probably not a typo unless a word is one edit away. */
export type KeptIssue = RawSpellingIssue & {
  doubt?: DropReason;
  /**
   * For a compound the article's own words vouch for: true when the article uses `word`
   * elsewhere. A slip of such a word ("enterrise" in an article on private enterprise) is
   * still a typo, however well its pieces ("enter", "rise") are vouched for.
   */
  articleUses?: (word: string) => boolean;
  /**
   * For a lower-case word: true when the article writes `word` as a name ("Ecuador"). A typist's
   * slip of a name the article itself uses ("ecudaor is considering…") is a typo, though
   * the only dictionary words near it are names.
   */
  articleName?: (word: string) => boolean;
};

export function filterIssues(issues: readonly RawSpellingIssue[], ctx: FilterContext, drop?: (issue: RawSpellingIssue, why: DropReason) => void): KeptIssue[] {
  const kept: KeptIssue[] = [];
  let evidence: ArticleEvidence | undefined;
  const flagged = [...(ctx.flagged ?? [])].sort((a, b) => a.start - b.start);
  // An English word a larger list attests ("brinksmanship") says nothing about another language.
  const english = (i: RawSpellingIssue) => !!ctx.lexicon?.isAttested(i.text) && !ctx.lexicon.languagesOf(i.text).length;
  // An attested English word is another language's only beside that language's function words ("les siens").
  const besideForeign = (i: RawSpellingIssue) => !!ctx.lexicon && wordsAround(ctx.text, i.offset, i.offset + i.text.length).some((a) => ctx.lexicon!.isForeignFunctionWord(a));
  // A typist's slip of a common English word ("scetor", "cntral") is English, whatever is around it.
  const slip = (i: RawSpellingIssue) => i.text.length >= 6 && !!ctx.lexicon?.slipOfCommon(i.text);
  // The same, unless the common word only goes on past it: a Latin ending cut ("cylindrica" of "cylindrical").
  const slipNotLatin = (i: RawSpellingIssue) => {
    const near = i.text.length >= 6 ? ctx.lexicon?.slipOfCommon(i.text) : undefined;
    return near !== undefined && !near.startsWith(i.text.toLowerCase());
  };
  const foreign = foreignPassages(issues, ctx.text, english, besideForeign, slip);
  const dialect = quotedDialect(issues, ctx.text, slip);
  const unknownAt = new Set(issues.map((i) => i.offset));
  // Lower-case words the dictionaries lack (a Latin phrase is made of them).
  const unknownLower = new Set(issues.filter((i) => !i.forbidden && /^\p{Ll}/u.test(i.text)).map((i) => i.text.toLowerCase()));
  const oldDocument = new OldDocuments(ctx.text, issues, ctx.lexicon);
  const terms = new Map<string, number>();
  for (const issue of issues) if (!issue.forbidden) terms.set(termKey(issue.text), (terms.get(termKey(issue.text)) ?? 0) + 1);
  for (const issue of issues) {
    const start = issue.offset;
    const end = start + issue.text.length;
    const reject = (why: DropReason) => drop?.(issue, why);
    if (!isProse(ctx.prose, start, end)) {
      reject('not-prose');
      continue;
    }
    if (overlaps(flagged, start, end)) {
      reject('name-flag');
      continue;
    }
    if (ctx.ignore?.has(issue.text)) {
      reject('ignored');
      continue;
    }
    // A piece of a hyphenated dictionary word ("come-uppance", "out-moded", "ex- penditures").
    if (issue.joined) {
      reject('compound');
      continue;
    }
    // A dropped g marked by an apostrophe ("countin'", "Puttin' On The Ritz") is speech written down.
    if (isElision(ctx.text, start, issue.text)) {
      reject('elision');
      continue;
    }
    // Editorial brackets inside a word ("[I]ncreasingly", "con[c]essions") split it; the parts are not typos.
    if (isBracket(ctx.text[start - 1]) && /\p{L}/u.test(ctx.text[start - 2] ?? '') || (isBracket(ctx.text[end]) && /\p{L}/u.test(ctx.text[end + 1] ?? '')) || EDITED_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) || EDITED_AFTER.test(ctx.text.slice(end, end + 12))) {
      reject('bracketed');
      continue;
    }
    // Social handles, channels, user names and web addresses (@peoplesvote, #ohjelmointiputka,
    // raven_alwayz, *.minetest.net).
    // A word glued to digits ("Brianhayden1980") is an identifier; a word after a slash is part
    // of a path ("example.com/seattlepolitics"); a word before an "@" is a user name, spaced or not.
    if (
      '@#_./'.includes(ctx.text[start - 1] || ' ') ||
      ctx.text[end] === '_' ||
      (ctx.text[end] === '.' && /\p{L}/u.test(ctx.text[end + 1] ?? '')) ||
      /\p{N}/u.test(ctx.text[start - 1] ?? '') ||
      /\p{N}/u.test(ctx.text[end] ?? '') ||
      /^ ?@/.test(ctx.text.slice(end, end + 2))
    ) {
      reject('handle');
      continue;
    }
    // Acronyms (CNBC, AfCFTA) and inner capitals (YouTube, ZMapp) are names, the name check's business.
    if (/^\p{Lu}{2,}/u.test(issue.text) || /\p{Lu}.*\p{Lu}/u.test(ctx.text.slice(atomStart(ctx.text, start), atomEnd(ctx.text, end)))) {
      reject('acronym');
      continue;
    }
    if (isElidedName(issue.text)) {
      reject('name-phrase');
      continue;
    }
    // The team's flagWords, and known misspellings written in lower case, stay flags whatever
    // else the article does. A capitalised word on the misspellings list ("Gude", "Durin") may
    // still be a name: the name evidence below decides.
    const capitalisedWord = /^\p{Lu}/u.test(issue.text);
    if (issue.forbidden && (foreign.has(issue) || ctx.lexicon?.inForeignContext(issue.text, wordsAround(ctx.text, start, end)))) {
      reject('foreign-passage');
      continue;
    }
    if (issue.forbidden && !(capitalisedWord && (issue.preferred?.length || ctx.names.isNameWord(issue.text)))) {
      kept.push(issue);
      continue;
    }
    // A British "-our" derivation of a word the dictionaries have ("vapourised" beside "vapour" and "vaporised").
    if (issue.variantOf) {
      reject('variant');
      continue;
    }
    // English dictionaries cannot judge other scripts or accented loanwords and names (hijāb, Zooarchæology).
    if (/[^A-Za-z'’]/.test(issue.text)) {
      reject('not-english');
      continue;
    }
    if (dialect.has(issue)) {
      reject('quoted-dialect');
      continue;
    }
    // Speech written as it sounds, in a quotation or beside dropped g's ("givin'"): a word with an
    // apostrophe for a lost syllable ("rep'tation"), a regular past of a common verb ("throwed").
    if (!capitalisedWord && isEyeDialect(issue.text, ctx.lexicon) && inSpeech(ctx.text, start, end)) {
      reject('quoted-dialect');
      continue;
    }
    // A word broken off in transcribed speech ("esca-—ecala-—excuse me"): a hyphen, then a dash.
    if (isCutOff(ctx.text, end)) {
      reject('cut-off');
      continue;
    }
    // An old spelling ("feare", "libertie", "vnto", "runneth") in a quotation of an old document:
    // one attributed to a year before 1800, or with Early Modern English in it ("thou", "hath").
    if (ctx.lexicon && oldDocument.holds(start, end, issue.text)) {
      reject('old-spelling');
      continue;
    }
    // A combining form before a hyphen ("giga-projects", "astro-tourism"): a piece ending in o
    // or a that begins everyday words. Slips before a hyphen ("mutli-year", "thre-day",
    // "proo-Russian" with its last letter doubled) do not.
    if (ctx.text[end] === '-' && /\p{Ll}/u.test(ctx.text[end + 1] ?? '') && /^\p{Ll}{3,}[oa]$/u.test(issue.text) && !/(.)\1$/u.test(issue.text) && (ctx.lexicon?.wordsBeginningWith(issue.text) ?? 0) >= 3) {
      reject('compound');
      continue;
    }
    // A real word the dictionaries lack (a rare or old spelling, a technical word, a loanword),
    // unless it is a slip of a common word; a foreign word among words of its language.
    const vouched = ctx.lexicon?.vouchFor(issue.text, wordsAround(ctx.text, start, end));
    // A capitalised one is more likely a name ("Dunkel", "Germania"): the name evidence below decides.
    // Inside a passage in another language ("hay muchos abortos pese a la amenaza"), a frequent
    // foreign word is that language's, whatever English word it resembles (below).
    if (vouched === 'loanword' && !capitalisedWord && !foreign.has(issue)) {
      kept.push({ ...issue, doubt: 'loanword' });
      continue;
    }
    if (vouched && vouched !== 'loanword') {
      reject(vouched);
      continue;
    }
    // (A long lower-case word may still be a slip of the keys beside another language's words,
    // "the kreditanstalt fur wiederaufbau bank of gwrmany": judged by its neighbours, below.)
    if (foreign.has(issue) && !capitalisedWord && issue.text.length >= FOREIGN_SLIP_LENGTH) {
      const ev = (evidence ??= new ArticleEvidence(ctx.prose, ctx.atomsOf));
      kept.push({ ...issue, doubt: 'foreign-passage', articleName: (w) => ev.usedAsName(w) });
      continue;
    }
    if (foreign.has(issue) || (issue.text.length <= 5 && !/^\p{Lu}/u.test(issue.text) && inOtherScript(ctx.text, start, end))) {
      reject('foreign-passage');
      continue;
    }
    // A Latin phrase in an English sentence ("pacta sunt servanda", "noli me tangere"): a word
    // with a Latin ending beside a Latin function word, or beside another unknown Latin-looking word.
    if (!capitalisedWord && ctx.lexicon && inLatinPhrase(ctx.text, start, end, issue.text, ctx.lexicon, unknownLower)) {
      reject('latin');
      continue;
    }
    // A word mentioned rather than used: alone in quotation marks ("fursonas", "kuffar"), or
    // glossed in square brackets after it (taghut [idolatry]): a term being introduced.
    // Unless a typist's slip explains it (a button's label: “enablle”), which the checker decides.
    // (Or a typist's slip of a name the article writes: the "superfnud" tax of the Superfund.)
    if (!issue.forbidden && !/^\p{Lu}/u.test(issue.text) && isMentioned(ctx.text, start, end)) {
      const ev = (evidence ??= new ArticleEvidence(ctx.prose, ctx.atomsOf));
      kept.push({ ...issue, doubt: 'mentioned', articleName: (w) => ev.usedAsName(w) });
      continue;
    }
    // A word the article uses again and again is its vocabulary (a species, a slang term, a
    // product), not a slip of the keys: real typos are one-offs, and habitual misspellings are
    // in the forbidden list, which is handled above.
    if ((terms.get(termKey(issue.text)) ?? 0) >= 2) {
      reject('article-term');
      continue;
    }
    // Two dictionary words written together (a coinage: "userbase"): not a typo, unless a
    // dictionary word is one slip away ("discusseed"), which the checker decides with the
    // suggestions. The second part of a Latin binomial (Carcharodon carcharias, P. damicornis)
    // with a Latin ending is a species, not a typo.
    // (A capitalised one is judged as a possible name first, below.)
    if (issue.compound && !capitalisedWord) {
      // The article's own words make it ("midcourt" beside "court", "wormable" beside "worm"): a
      // coinage of its subject. A slip that happens to split into words ("discus" + "seed") has
      // a part the article never uses.
      // Every long part must be the article's ("share" is, "older" is not: "shareolder" is no coinage).
      evidence ??= new ArticleEvidence(ctx.prose, ctx.atomsOf);
      const long = issue.parts?.filter((p) => p.length >= 4) ?? [];
      // A short part must be an everyday word ("mid" in "midcourt"), not a rare one that only
      // happens to fit ("wat" in "watship", a slip of "warship").
      const shortEveryday = (issue.parts ?? []).every((p) => p.length >= 4 || !ctx.lexicon || ctx.lexicon.isCommon(p));
      if (long.length && shortEveryday && long.every((p) => evidence!.usesWord(p, start))) {
        const ev = evidence;
        kept.push({ ...issue, doubt: 'compound', articleUses: (w) => ev.usesWord(w, start) });
        continue;
      }
      kept.push({ ...issue, doubt: 'compound' });
      continue;
    }
    // (Not a typist's slip of a long common word after an unknown name: "Amal miiltia"; a Latin
    // adjective is the English one with its ending cut, "Porites cylindrica", and stays an epithet.)
    const epithet = () => isEpithet(ctx.text, start, issue.text, unknownAt) && !slipNotLatin(issue);
    const species = () => afterLatinGenus(ctx.text, start, issue.text) && !!ctx.lexicon && !ctx.lexicon.slipOfCommon(issue.text);
    if (!/^\p{Lu}/u.test(issue.text) && (epithet() || species())) {
      reject('scientific-name');
      continue;
    }
    // A lower-case part joined to a capitalised word ("Jae-myung", "al-Assad") belongs to that name.
    const capitalised = /^\p{Lu}/u.test(issue.text) || (ctx.text[start - 1] === '-' && /\p{Lu}\p{L}*$/u.test(ctx.text.slice(Math.max(0, start - 40), start - 1)));
    if (!capitalised) {
      // The article's own name, written in lower case once ("at freenode" beside "Freenode").
      evidence ??= new ArticleEvidence(ctx.prose, ctx.atomsOf);
      if (evidence.usedAsName(issue.text[0].toUpperCase() + issue.text.slice(1), true)) {
        reject('article-name');
        continue;
      }
      // A short particle between two words of a name ("Daniel arap Moi", "Palazzetto dello
      // Sport"), unless it is a slip of an English function word ("the Bank fo England"), a
      // typist's slip of a word of office ("State Planning cihef Nikolai Talyzin"), or, five
      // letters long, of a common word, when no other language has it ("Caloundra coqch Geoff
      // Ingram"; "dello" is Italian's, though a key from "cello").
      const slipOfWord = () => issue.text.length === 5 && !!ctx.lexicon?.slipOfCommon(issue.text, 0) && !ctx.lexicon.languagesOf(issue.text).length;
      if (issue.text.length <= 5 && evidence.betweenNameWords(start, (o) => unknownAt.has(o)) && !nearFunctionWord(issue.text) && !slipOfTitleWord(issue.text) && !slipOfWord()) {
        reject('name-phrase');
        continue;
      }
      // A word a technical dictionary holds ("allelochemicals"): a typo only if a word is one edit away.
      const ev = evidence;
      kept.push({ ...issue, ...(issue.technical ? { doubt: 'technical' as const } : {}), articleName: (w) => ev.usedAsName(w) });
      continue;
    }
    // A known name, or the people of a known place or the followers of a known person ("Brooklynites").
    if (ctx.names.isNameWord(issue.text) || isNameDerivative(issue.text, ctx.names)) {
      reject('known-name');
      continue;
    }
    evidence ??= new ArticleEvidence(ctx.prose, ctx.atomsOf);
    if (evidence.usedAsName(issue.text)) {
      reject('article-name');
      continue;
    }
    if (evidence.inNamePhrase(start, end)) {
      reject('name-phrase');
      continue;
    }
    if (evidence.extendsArticleName(issue.text)) {
      reject('article-name');
      continue;
    }
    // A romanised syllable hyphen-joined to a name's word ("Kung Ming-hsin", "Jeong Eun-kyeong"):
    // a given name the dictionaries cannot judge.
    if (!/^\p{Lu}/u.test(issue.text) && ROMANISED_SYLLABLE.test(issue.text) && evidence.hyphenedToName(start)) {
      reject('name-phrase');
      continue;
    }
    // Words written together and capitalised ("Earthjustice", "Expositionary" opening a
    // sentence): a name or a coinage, unless a typist's slip explains it (the checker decides).
    kept.push(issue.compound ? { ...issue, doubt: 'compound' } : issue);
  }
  return kept;
}

/**
 * True when the words around [start, end) are in another script (a Hindi answer with English
 * words in it): a short Latin word there is that language romanised ("bada", "pappa"), while
 * the longer English words in it are English, typos included ("councelling").
 */
function inOtherScript(text: string, start: number, end: number): boolean {
  // Within the word's own sentence: a caption in another script after it ("took third plae in
  // 2018. Image: Дмитрий Кошелев.") is no passage the word belongs to.
  let before = text.slice(Math.max(0, start - 60), start);
  let after = text.slice(end, Math.min(text.length, end + 60));
  const cut = before.search(/[.!?]\s+(?=[^.!?]*$)|\n(?=[^\n]*$)/);
  if (cut >= 0) before = before.slice(cut + 1);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  if (stop >= 0) after = after.slice(0, stop);
  return /(?![\p{Script=Latin}])\p{L}/u.test(before + after);
}

/** The words within two of [start, end) in its sentence (for the language of its neighbours). */
export function wordsAround(text: string, start: number, end: number): string[] {
  const clause = /[.!?;:()[\]“”"\n]/;
  const side = (s: string) => s.split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);
  let before = text.slice(Math.max(0, start - 60), start);
  let after = text.slice(end, end + 60);
  const cut = Math.max(...[...before].map((c, i) => (clause.test(c) ? i : -1)));
  if (cut >= 0) before = before.slice(cut + 1);
  const stop = [...after].findIndex((c) => clause.test(c));
  if (stop >= 0) after = after.slice(0, stop);
  // The first and last pieces may be cut words: a whole word only when bounded by the window's edge.
  const b = side(before);
  const a = side(after);
  if (start - 60 > 0 && cut < 0 && /\p{L}/u.test(before[0] ?? '')) b.shift();
  if (stop < 0 && /\p{L}/u.test(after[after.length - 1] ?? '')) a.pop();
  return [...b.slice(-2), ...a.slice(0, 2)];
}

const OPEN_QUOTES = '"“‘«';
const CLOSE_QUOTES = '"”’»';

/**
 * True when [start, end) is alone in quotation marks, or is followed by an editor's gloss in
 * square brackets. (Parentheses also hold ordinary asides: "42 kilometwrs (approximately …)".)
 */
function isMentioned(text: string, start: number, end: number): boolean {
  if (OPEN_QUOTES.includes(text[start - 1] ?? ' ') && CLOSE_QUOTES.includes(text[end] ?? ' ')) return true;
  return /^ ?\[\p{Ll}/u.test(text.slice(end, end + 3));
}

/** Suffixes for the people of a place or the followers of a person ("Brooklynites", "Palmerites"). */
const NAME_SUFFIXES = ['ites', 'ite', 'ians', 'ian', 'ans', 'ers'];

/** True for a capitalised word formed from a known name by a suffix for its people or followers. */
function isNameDerivative(word: string, names: NameVocabulary): boolean {
  const w = word.replace(/['’]s$/, '');
  return NAME_SUFFIXES.some((x) => w.endsWith(x) && w.length - x.length >= 3 && names.isNameWord(w.slice(0, -x.length)));
}

const LATIN_ENDING = /(?:us|um|is|as|ae|i|a|es|ensis|oides)$/;

/** True when the word (with a Latin ending) follows a genus: an unknown capitalised word or an initial ("P."), after one space. */
function isEpithet(text: string, start: number, word: string, unknownAt: ReadonlySet<number>): boolean {
  if (!LATIN_ENDING.test(word)) return false;
  // The initial stands alone: the last letter of "U.S." or "N.Y." is no genus ("U.S. chpis").
  const m = /(\p{Lu}\p{Ll}+|(?<![\p{L}.])\p{Lu}\.) $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  if (m[1].endsWith('.')) return true;
  // A genus ends as Latin nouns do (Danio, Porites, Carcharodon, Acipenser, Salix): not
  // "Entregrowth shres", a firm's name before a slip.
  return LATIN_NOUN_END.test(m[1]) && unknownAt.has(start - 1 - m[1].length);
}
const LATIN_NOUN_END = /(?:[aeiouy]|[sxnrm])$/;

/**
 * True when the word has a Latin ending and follows, after one space and mid-sentence, a
 * capitalised word with a Latin genus ending ("Bacillus subtilis", "Noctiluca miliaris"), even
 * one the dictionaries know. The checker adds that no common word is one slip away.
 */
function afterLatinGenus(text: string, start: number, word: string): boolean {
  if (!/(?:us|um|is|ae|a|i|ensis|oides)$/.test(word) || word.length < 5) return false;
  const m = /(?:^|[^.!?:;"“\s]\s*)\s(\p{Lu}\p{Ll}{3,}(?:us|a|um|ia|ium|on|is|ella|ina)) $/u.exec(text.slice(Math.max(0, start - 60), start));
  return !!m;
}

/** One key for a word and its plural or possessive ("fursuit", "fursuits", "fursuit's"). */
function termKey(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/(?:es|s)$/, '');
}

/** Letters an editor put in square brackets against the word ("[I]ncreasingly", "increase[d]"); not "[…]" or "[,]" after it. */
const EDITED_BEFORE = /\[\p{L}+\]$/u;
const EDITED_AFTER = /^\[\p{L}+\]/u;

function isBracket(c: string | undefined): boolean {
  return c === '[' || c === ']';
}

function atomStart(text: string, i: number): number {
  while (i > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[i - 1])) i--;
  return i;
}
function atomEnd(text: string, i: number): number {
  while (i < text.length && /[\p{L}\p{M}\p{N}]/u.test(text[i])) i++;
  return i;
}

/**
 * Issues inside a passage in another language (a quote in Spanish, an answer in Hindi): a
 * lower-case unknown word with two more within a few words of it, in its paragraph, is not
 * English with a typo.
 * Capitalised unknowns are mostly names and do not count.
 */
function foreignPassages(
  issues: readonly RawSpellingIssue[],
  text: string,
  english: (i: RawSpellingIssue) => boolean,
  besideForeign: (i: RawSpellingIssue) => boolean,
  slip: (i: RawSpellingIssue) => boolean,
): Set<RawSpellingIssue> {
  const out = new Set<RawSpellingIssue>();
  // Latin-script words only: English typos inside Hindi text ("police harrasment हो") stay flags.
  // Neighbours that say "another language" also include lower-case words with accents no English
  // word has ("megvétele", "juramentación"): they are never flags themselves (not English), but a
  // quoted passage in Hungarian or Spanish is full of them. Capitalised ones are mostly names.
  // Pieces of hyphenated English words and dropped g's ("come-uppance", "countin’") are English.
  // Nor are a typist's slips of long common words ("scetor", "cntral"): English with typos in it.
  const lower = issues.filter((i) => !/^\p{Lu}/u.test(i.text) && !i.forbidden && !i.joined && !isElision(text, i.offset, i.text) && !isCutOff(text, i.offset + i.text.length) && (/^[A-Za-z'’]+$/.test(i.text) || /^[\p{Script=Latin}'’]+$/u.test(i.text)) && !slip(i));
  // An English word a larger list attests ("brinksmanship") says nothing about another
  // language, so it does not count as a neighbour; but among two words that do, and beside a
  // function word of another language, it is that language's ("les siens": "siens" is also an
  // English word). Three typos together are no passage.
  // (Nor does a word with no vowel: an abbreviation of the copy's own, "dlrs", "mln", "pct";
  // every word of the languages a passage could be in has one.)
  const counted = lower.filter((i) => !english(i) && /[aeiouyà-ÿ]/iu.test(i.text));
  const forbidden = issues.filter((i) => i.forbidden && !/^\p{Lu}/u.test(i.text));
  const WINDOW = 60;
  let from = 0;
  for (const word of lower) {
    if (!/^[A-Za-z'’]+$/.test(word.text)) continue;
    while (from < counted.length && word.offset - (counted[from].offset + counted[from].text.length) > WINDOW) from++;
    let near = 0;
    for (let j = from; j < counted.length && counted[j].offset - (word.offset + word.text.length) <= WINDOW; j++) if (counted[j] !== word && sameParagraph(text, counted[j], word)) near++;
    if (near >= 2 && (!english(word) || besideForeign(word))) out.add(word);
  }
  // A listed misspelling inside such a passage ("momento" in Spanish) is that language's word.
  // It must sit inside the passage (unknown words on both sides), not beside it, and be no
  // typist's slip of a long common word ("comany"), and a word next to it must be one of the
  // passage's (an unknown word, a function word of another language: "un momento", not
  // "meeting representives of the").
  const countedAt = new Set(counted.map((i) => i.offset));
  const besidePassageWord = (f: RawSpellingIssue) => {
    const from = Math.max(0, f.offset - 40);
    const end = f.offset + f.text.length;
    const prev = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(from, f.offset));
    const next = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(end, end + 40));
    return (!!prev && countedAt.has(from + prev.index)) || (!!next && countedAt.has(end + next[0].length - next[1].length)) || besideForeign(f);
  };
  for (const f of forbidden) {
    if (slip(f) || !besidePassageWord(f)) continue;
    let before = 0;
    let after = 0;
    for (const l of counted) {
      if (!sameParagraph(text, l, f)) continue;
      if (l.offset < f.offset && f.offset - (l.offset + l.text.length) <= WINDOW) before++;
      else if (l.offset > f.offset && l.offset - (f.offset + f.text.length) <= WINDOW) after++;
    }
    if (before >= 1 && after >= 1 && before + after >= 3) out.add(f);
  }
  return out;
}

/** True when no blank line parts the two words: a passage in another language stays in its paragraph. */
function sameParagraph(text: string, a: RawSpellingIssue, b: RawSpellingIssue): boolean {
  const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
  return !/\n[ \t]*\n/.test(text.slice(first.offset + first.text.length, second.offset));
}

/** Endings of Latin words (nouns, adjectives, verbs): a Latin phrase is made of such words. */
const LATIN_SHAPE = /(?:us|um|ae|is|es|os|as|am|em|i|a|o|e|unt|ant|ent|tur|ntur|it|at|ur)$/;

/**
 * True when the lower-case word looks Latin and sits in a Latin phrase: a Latin function word
 * ("sunt", "atque") within two words of it in its clause, or another lower-case unknown word
 * with a Latin ending there ("noli me tangere", "transversus abdominis") when neither is a
 * typist's slip of a common English word.
 */
function inLatinPhrase(text: string, start: number, end: number, word: string, lexicon: SpellingLexicon, unknown: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (w.length < 3 || !LATIN_SHAPE.test(w)) return false;
  const around = wordsAround(text, start, end);
  // (Written in lower case: "NEC" beside a word is a firm, not the Latin "nec".)
  if (around.some((a) => /^\p{Ll}/u.test(a) && lexicon.isLatinFunctionWord(a))) return true;
  // The other word is next to it, or one plain word away, with no punctuation between ("etizolam,
  // or benzos" is a list, not a phrase).
  const before = /(?:(\p{L}+) )?(\p{L}+) $/u.exec(text.slice(Math.max(0, start - 40), start)) ?? [];
  const after = /^ (\p{L}+)(?: (\p{L}+))?/u.exec(text.slice(end, end + 40)) ?? [];
  const pair = [before[1], before[2], after[1], after[2]].some((l) => !!l && l !== w && l.length >= 3 && unknown.has(l) && LATIN_SHAPE.test(l) && !lexicon.slipOfCommon(l));
  return pair && !lexicon.slipOfCommon(w);
}

/**
 * Words of Early Modern English that are still in the dictionaries (so never flagged), and say
 * that the passage around them is old: its other old spellings are no typos.
 */
const EARLY_MODERN = /(?<![\p{L}'’])(?:thou|thee|thy|thine|ye|hath|doth|dost|hast|shalt|saith|unto|vnto|wherefore|hither|thither)(?![\p{L}'’])/iu;
/** A year before 1800 (the end of the old spellings), written as one. */
const OLD_YEAR = /(?<![\p{N}\p{L}])1[0-7]\d\d(?![\p{N}\p{L}%])/u;

/**
 * Passages of an old document in the article: a quotation (or a paragraph that is one, without
 * quotation marks) with Early Modern English in it ("thou", "hath"), a quotation attributed to a
 * year before 1800 (the year in its paragraph), or one with two old spellings of everyday words
 * or more ("sworde … feare"). An old spelling inside one is no typo. A verb's "-eth"
 * ("runneth") in any quotation is scripture or an old saying.
 */
class OldDocuments {
  private readonly spans = new Map<number, boolean>();

  constructor(
    private readonly text: string,
    private readonly issues: readonly RawSpellingIssue[],
    private readonly lexicon: SpellingLexicon | undefined,
  ) {}

  holds(start: number, end: number, word: string): boolean {
    const lexicon = this.lexicon;
    if (!lexicon) return false;
    const modern = lexicon.modernFormOf(word);
    if (!modern) return false;
    const quote = quoteAround(this.text, start, end);
    // (Not a typist's slip of an everyday word: "would not be woeth anything" is no "woe".)
    if (quote && /eth$/i.test(word) && lexicon.isCommon(modern) && !lexicon.slipOfCommon(word, 0)) return true;
    const span = quote ?? paragraphAround(this.text, start, end);
    let old = this.spans.get(span[0]);
    if (old === undefined) {
      // A block quotation ("> …") is a quotation too.
      old = this.isOld(span, !!quote || this.text[span[0]] === '>');
      this.spans.set(span[0], old);
    }
    return old;
  }

  private isOld([from, to]: [number, number], quoted: boolean): boolean {
    const inside = this.text.slice(from, to);
    if (EARLY_MODERN.test(inside)) return true;
    if (!quoted) return false;
    const [pFrom, pTo] = paragraphAround(this.text, from, to);
    // The year may open the paragraph ("In 1598 the mayor wrote: …") or follow the quote.
    if (OLD_YEAR.test(this.text.slice(Math.max(pFrom, from - 300), from)) || OLD_YEAR.test(this.text.slice(to, Math.min(pTo, to + 120)))) return true;
    let old = 0;
    for (const i of this.issues) if (i.offset >= from && i.offset < to && !i.forbidden && this.lexicon!.modernFormOf(i.text) && ++old >= 2) return true;
    return false;
  }
}

/** The paragraph holding [start, end): between blank lines. */
function paragraphAround(text: string, start: number, end: number): [number, number] {
  const para = text.lastIndexOf('\n\n', start);
  const stop = text.indexOf('\n\n', end);
  return [para < 0 ? 0 : para + 2, stop < 0 ? text.length : stop];
}

/** A word with an apostrophe between letters, or the "-ed" past of a common word ("knowed"). */
function isEyeDialect(word: string, lexicon: SpellingLexicon | undefined): boolean {
  if (/\p{L}['’]\p{L}/u.test(word.replace(/['’]s$/, ''))) return true;
  const w = word.toLowerCase();
  // Only where the regular past is the stem plus "-ed": on a stem ending in e ("surprise") the
  // past is "surprised", and "surpriseed" is a doubled key.
  return !!lexicon && w.endsWith('ed') && w.length >= 6 && !w.endsWith('eed') && (lexicon.isCommon(w.slice(0, -2)) || lexicon.isCommon(w.slice(0, -1)));
}

/** True inside a quotation, or within a few lines of a dropped g ("seizin'", "givin'") in the same paragraph. */
function inSpeech(text: string, start: number, end: number): boolean {
  if (quoteAround(text, start, end)) return true;
  const para = text.lastIndexOf('\n\n', start);
  const paraEnd = text.indexOf('\n\n', end);
  const around = text.slice(Math.max(para < 0 ? 0 : para, start - 200), Math.min(paraEnd < 0 ? text.length : paraEnd, end + 200));
  return /\p{L}in['’](?!\p{L})/u.test(around);
}

/** True when the word ending at `end` is broken off in speech: a hyphen, then a dash ("esca-—"). */
function isCutOff(text: string, end: number): boolean {
  return /^-[-—–]/.test(text.slice(end, end + 2));
}

/** True for a word ending in "in" followed by an apostrophe that ends it: a dropped g ("countin’"). */
function isElision(text: string, start: number, word: string): boolean {
  const end = start + word.length;
  return /in$/i.test(word) && /['’]/.test(text[end] ?? '') && !/\p{L}/u.test(text[end + 1] ?? '');
}


/**
 * Lower-case unknown words inside a quotation that is thick with them (two or more, at least
 * one word in ten, each within a few words of another): speech or a letter written as it sounds ("thicker than lise on a hen
 * and a dam site ornraier"), or a quote in another language. A quotation with one unknown word,
 * or a long one with two, is English with typos in it, and stays checked; known misspellings do
 * not count.
 */
function quotedDialect(issues: readonly RawSpellingIssue[], text: string, slip: (i: RawSpellingIssue) => boolean): Set<RawSpellingIssue> {
  const out = new Set<RawSpellingIssue>();
  // A word with no vowel is the copy's own abbreviation ("dlrs", "mln"), not speech written as it sounds.
  // A typist's slip of a long common word ("obligatoins", "sooothe") is a typo in the quote, not
  // speech, unless it is a dropped g ("nothin").
  const lower = issues.filter((i) => !i.forbidden && !i.joined && /^\p{Ll}[\p{L}'’]*$/u.test(i.text) && /[aeiouy]/iu.test(i.text) && (!slip(i) || /in$/i.test(i.text)));
  if (lower.length < 2) return out;
  const byQuote = new Map<number, { issues: RawSpellingIssue[]; words: number }>();
  for (const issue of lower) {
    const quote = quoteAround(text, issue.offset, issue.offset + issue.text.length);
    if (!quote) continue;
    const entry = byQuote.get(quote[0]);
    if (entry) entry.issues.push(issue);
    else byQuote.set(quote[0], { issues: [issue], words: text.slice(quote[0], quote[1]).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length });
  }
  // Each word needs another within a few words of it: dialect comes in clusters, while a typo
  // in the English of a quote that goes on in Spanish is far from the Spanish.
  const near = (a: RawSpellingIssue, b: RawSpellingIssue) => a !== b && Math.abs(a.offset - b.offset) <= 60 + Math.min(a.text.length, b.text.length);
  for (const { issues: list, words } of byQuote.values()) {
    if (list.length < 2 || list.length * 10 < words) continue;
    for (const issue of list) if (list.some((other) => near(issue, other))) out.add(issue);
  }
  return out;
}

/** True when [start, end) overlaps a span of the sorted list (binary search). */
function overlaps(spans: readonly FlaggedSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start < end; i++) if (spans[i].end > start) return true;
  return false;
}
