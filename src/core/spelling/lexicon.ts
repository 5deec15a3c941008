// What the spelling check knows beyond cspell's English dictionaries, to tell a word the
// dictionaries lack from a typo: a typo is almost always a slip of the keys on a common word,
// while a correct word the dictionaries lack (a rare or old spelling, a technical word, a
// loanword) is attested in a larger word list and is no slip of a common word.
// Data: data/generated/spelling-lexicon.json (scripts/build-spelling-lexicon.mjs).
import { foldMarks as fold } from '../entities/fold';
import { isTypingSlip } from './neighbours';

/** The shape of data/generated/spelling-lexicon.json. */
export interface SpellingLexiconFile {
  /** Lower-case English words larger open word lists hold and cspell's dictionaries lack. */
  attested: string[];
  /** Lower-case English words of everyday frequency. */
  common: string[];
  /** By language code: frequent words of that language that are not English (accents folded). */
  foreign: Record<string, string[]>;
  /** By language code: its most frequent words that are not everyday English ("le", "une", "delle"). */
  function: Record<string, string[]>;
  /** Latin function words that are not everyday English ("sunt", "atque", "quae"): a Latin phrase is beside them. */
  latin?: string[];
}

/**
 * Why the lexicon vouches for a word: a larger English list attests it; it is a foreign word
 * among words of its language; or a frequent foreign word on its own (a loanword), which is
 * still a slip when any dictionary word is one edit away (the checker decides).
 */
export type LexiconReason = 'attested' | 'foreign-word' | 'loanword';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Words this long or shorter are taken for a slip of any common word one edit away. */
const SHORT = 5;

/**
 * A sorted word list searched in place: the lists hold about 200,000 words, and building Sets
 * of them would cost the first spelling check a few hundred milliseconds more than parsing.
 */
class SortedWords {
  private readonly words: readonly string[];
  constructor(words: readonly string[]) {
    // The build writes them sorted; a hand-made list (tests) may not be.
    this.words = words.every((w, i) => i === 0 || words[i - 1] < w) ? words : [...new Set(words)].sort();
  }
  has(word: string): boolean {
    return this.words[this.lowerBound(word)] === word;
  }
  /** The words that begin with `prefix`, in order. */
  *beginningWith(prefix: string): Generator<string> {
    for (let i = this.lowerBound(prefix); i < this.words.length && this.words[i].startsWith(prefix); i++) yield this.words[i];
  }
  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export class SpellingLexicon {
  private readonly attested: SortedWords;
  private readonly common: SortedWords;
  private readonly foreign: ReadonlyMap<string, SortedWords>;
  private readonly functionWords: ReadonlyMap<string, SortedWords>;
  private readonly latin: SortedWords;

  constructor(file: SpellingLexiconFile) {
    this.latin = new SortedWords(file.latin ?? []);
    this.attested = new SortedWords(file.attested);
    this.common = new SortedWords(file.common);
    this.foreign = new Map(Object.entries(file.foreign).map(([l, ws]) => [l, new SortedWords(ws)]));
    this.functionWords = new Map(Object.entries(file.function).map(([l, ws]) => [l, new SortedWords(ws)]));
  }

  /**
   * A common word that `word` is one typist's slip of (a letter dropped, doubled or struck
   * beside the right key, two letters swapped; any one edit for a word of five letters or
   * fewer), or undefined. Such a word is taken for a typo
   * however well attested it is ("shools" for "schools", "employes" for "employees").
   */
  slipOfCommon(word: string, anyEditUpTo = SHORT): string | undefined {
    const w = word.toLowerCase();
    const tried = new Set<string>();
    // A short word is near common words by chance, but old and Scrabble spellings of short words
    // are near them by descent ("hault" for "halt"): any one edit counts there (`anyEditUpTo` 0:
    // only a typist's slip counts, at any length).
    const anyEdit = w.length <= anyEditUpTo;
    const test = (c: string): string | undefined => {
      if (c === w || tried.has(c)) return undefined;
      tried.add(c);
      return this.common.has(c) && (anyEdit || isTypingSlip(w, c)) ? c : undefined;
    };
    for (let i = 0; i <= w.length; i++) {
      let found = i < w.length ? test(w.slice(0, i) + w.slice(i + 1)) : undefined;
      if (!found && i + 1 < w.length) found = test(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      for (const c of ALPHABET) {
        if (found) break;
        found = test(w.slice(0, i) + c + w.slice(i)) ?? (i < w.length ? test(w.slice(0, i) + c + w.slice(i + 1)) : undefined);
      }
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Two everyday words written together that `word` is a typist's slip of, a letter doubled or
   * two letters swapped ("eurobonnds" for "euro" + "bonds"), as "euro-bonds"; undefined when the
   * word itself is two such words (a coinage, no slip).
   */
  slipOfCoinage(word: string): string | undefined {
    const w = word.toLowerCase();
    if (w.length < 9 || this.coinageOf(w)) return undefined;
    for (let i = 0; i + 1 < w.length; i++) {
      const repaired = w[i] === w[i + 1] ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      const found = this.coinageOf(repaired);
      if (found) return found;
    }
    return undefined;
  }

  /** `w` as two everyday words of four letters or more ("euro-bonds"), or undefined (short words fit anywhere: "sin-likely"). */
  private coinageOf(w: string): string | undefined {
    for (let i = 4; i <= w.length - 4; i++) if (this.common.has(w.slice(0, i)) && this.common.has(w.slice(i))) return `${w.slice(0, i)}-${w.slice(i)}`;
    return undefined;
  }

  /**
   * How many everyday words (up to `enough`) begin with `piece` and go on for at least three
   * letters more ("astro" in "astronaut", "astronomy", "astrology").
   */
  wordsBeginningWith(piece: string, enough = 3): number {
    const p = piece.toLowerCase();
    let n = 0;
    for (const w of this.common.beginningWith(p)) if (w.length >= p.length + 3 && ++n >= enough) break;
    return n;
  }

  /** True for an English word of everyday frequency. */
  isCommon(word: string): boolean {
    return this.common.has(word.toLowerCase());
  }

  /** True when a larger English word list holds the word (lower case; a possessive is dropped). */
  isAttested(word: string): boolean {
    return this.attested.has(key(word));
  }

  /** The languages whose frequent words include `word` (accents folded). */
  languagesOf(word: string): string[] {
    const k = fold(word);
    return [...this.foreign].filter(([, ws]) => ws.has(k)).map(([l]) => l);
  }

  /** True for a Latin function word that is not everyday English ("sunt", "atque", "quae"). */
  isLatinFunctionWord(word: string): boolean {
    return this.latin.has(word.toLowerCase());
  }

  /**
   * The everyday word an old spelling is of ("feare" → "fear", "libertie" → "liberty", "vnto" →
   * "unto", "haue" → "have", "runneth" → "run", "knowest" → "know", "publick" → "public"), or
   * undefined. Only the regular differences of Early Modern English spelling count: a final -e
   * (after a doubled consonant too: "shoppe"), -ie for -y, u and v or i and j swapped, y for i,
   * -ck for -c, and the -eth and -est of verbs.
   */
  modernFormOf(word: string): string | undefined {
    const w = key(word);
    if (w.length < 3 || this.common.has(w)) return undefined;
    const found = (c: string) => c.length >= 2 && c !== w && this.common.has(c);
    for (const c of oldSpellingCandidates(w)) if (found(c)) return c;
    // Two of them together ("loue" → "love" after u/v; "tyme" → "time").
    for (const c of oldSpellingCandidates(w)) for (const d of oldSpellingCandidates(c)) if (found(d)) return d;
    return undefined;
  }

  /** True for a function word of any of the other languages ("les", "hay", "und"). */
  isForeignFunctionWord(word: string): boolean {
    const k = fold(word);
    for (const words of this.functionWords.values()) if (words.has(k)) return true;
    return false;
  }

  /** True for a function word of `language` ("le", "une", "delle"). */
  isFunctionWord(word: string, language: string): boolean {
    return this.functionWords.get(language)?.has(fold(word)) ?? false;
  }

  /**
   * True when `word` sits among words of another language: it is a frequent word of a language
   * and a word beside it is one too ("le chien", "coureurs de bois"), or two words beside it are
   * ("les siens cet après-midi"), whatever English word it resembles.
   */
  inForeignContext(word: string, around: readonly string[]): boolean {
    const w = fold(word);
    // A capitalised neighbour is mostly a name ("the Dutch comany Akzo"): it says which language
    // only as a function word ("Le chien"). Each neighbour counts once.
    const neighbours = [...new Set(around.filter((a) => fold(a) !== w))];
    for (const [l, words] of this.foreign) {
      const fn = this.functionWords.get(l);
      const theirs = neighbours.filter((a) => {
        const f = fold(a);
        return !!fn?.has(f) || (words.has(f) && !/^\p{Lu}/u.test(a));
      }).length;
      if (theirs >= 2 || (theirs === 1 && words.has(w))) return true;
    }
    return false;
  }

  /**
   * Why the lexicon vouches for an unknown word, or undefined. `around`: the words within two
   * of it in its sentence. A foreign word among words of its language ("le chien", "coureurs de
   * bois") is that language's, whatever English word it resembles; otherwise an attested word,
   * or a frequent foreign word, is a real word unless it is a slip of a common English word.
   */
  vouchFor(word: string, around: readonly string[]): LexiconReason | undefined {
    if (this.inForeignContext(word, around)) return 'foreign-word';
    const languages = this.languagesOf(word);
    const attested = this.isAttested(word);
    if (!attested && !languages.length) return undefined;
    if (this.slipOfCommon(key(word))) return undefined;
    return attested ? 'attested' : 'loanword';
  }
}

/** One step from an old spelling towards a modern one (see modernFormOf). */
function oldSpellingCandidates(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('e')) {
    out.push(w.slice(0, -1));
    if (/([b-df-hj-np-tv-z])\1e$/.test(w)) out.push(w.slice(0, -2));
  }
  if (w.endsWith('ie')) out.push(`${w.slice(0, -2)}y`);
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}ys`);
  if (w.endsWith('ck')) out.push(w.slice(0, -1));
  for (const x of ['eth', 'est']) {
    if (!w.endsWith(x) || w.length < x.length + 2) continue;
    const stem = w.slice(0, -x.length);
    out.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  for (let i = 0; i < w.length; i++) {
    const swap = { u: 'v', v: 'u', i: 'j', j: 'i', y: 'i' }[w[i]];
    if (swap) out.push(w.slice(0, i) + swap + w.slice(i + 1));
  }
  return out;
}

function key(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}
