// Splits prose into "atoms": runs of letters and digits (with internal
// apostrophes, as in O'Brien or Putin's), remembering what separates each
// atom from the previous one, so phrase matching can cross spaces and hyphens
// but not sentence punctuation.

export interface Atom {
  /** [start, end) in the document. */
  start: number;
  end: number;
  /** The atom as written, possessive included: "Putin's". */
  text: string;
  /** Without a possessive ending: "Putin". */
  base: string;
  /** Lower-cased base, the key for every lookup. */
  key: string;
  /** What precedes the atom since the previous one: ' ', '-', or 'break' (punctuation, line end, masked text). */
  gap: ' ' | '-' | 'break';
  /** True when the atom starts with an upper-case letter. */
  capitalized: boolean;
  /** True when the atom opens a sentence (after . ! ? : or at the start of a block). */
  sentenceStart: boolean;
}

const POSSESSIVE = /['’]s$/i;

/**
 * True when the atom is written with a singular's possessive ("Putin's"): it ends any name it is
 * in. A plural's apostrophe ("Players'") may stand inside a name: "the Gaelic Players' Association".
 */
export function ownsWhatFollows(a: Atom): boolean {
  return a.text.length - a.base.length > 1;
}
const UPPER = /^\p{Lu}/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER_MARK_OR_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * Length (1 or 2 UTF-16 units) of the character at `i` if it matches `re`, else 0.
 * ASCII is decided by code; other characters (and surrogate pairs) by the Unicode regex.
 */
function charIn(text: string, i: number, kind: 0 | 1 | 2): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const digit = c >= 48 && c <= 57;
    return letter || (digit && kind !== 2) ? 1 : 0;
  }
  const re = kind === 0 ? LETTER_OR_NUMBER : kind === 1 ? LETTER_MARK_OR_NUMBER : LETTER_OR_MARK;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return re.test(text.slice(i, i + 2)) ? 2 : 0;
  return re.test(text[i]) ? 1 : 0;
}

/**
 * True when the apostrophe at `j` ends a plural's possessive: it follows an s, a space and a
 * letter follow it, and no single quote opened earlier in the paragraph waits to be closed by it
 * ("the players' union", not "they called them 'the Dons' and left").
 */
function pluralPossessiveAt(text: string, j: number, to: number): boolean {
  const a = text.charCodeAt(j);
  if ((a !== 39 && a !== 0x2019) || j + 2 >= to) return false;
  const s = text.charCodeAt(j - 1);
  if ((s !== 115 && s !== 83) || text.charCodeAt(j + 1) !== 32 || charIn(text, j + 2, 2) === 0) return false;
  // Single quotes opened and closed since the paragraph began (a quote mark with a letter on one side only).
  let open = 0;
  for (let k = j - 1; k >= 0 && j - k < 2000; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c !== 39 && c !== 0x2018 && c !== 0x2019) continue;
    const before = k > 0 && charIn(text, k - 1, 2) > 0;
    const after = k + 1 < text.length && charIn(text, k + 1, 2) > 0;
    if (after && !before) open++;
    else if (before && !after) open--;
  }
  return open <= 0;
}

/**
 * Atoms of `text` between `from` and `to`. `text` should already have non-prose masked.
 * An atom is a letter or digit followed by letters, marks and digits, with internal
 * apostrophes before letters (O'Brien, Putin's). Hand-written rather than a regex:
 * this runs over every word of every keystroke's changed paragraph.
 */
export function scanAtoms(text: string, from = 0, to = text.length, out: Atom[] = []): Atom[] {
  let prevEnd = from;
  let first = true;
  // A dateline ("PHNOM PENH —", "ABUJA, Nigeria —"): the sentence opens with a word in capitals, and
  // the word after its spaced dash opens the story's first sentence.
  let capsLead = false;
  let sinceStart = 0;
  let i = from;
  while (i < to) {
    const w = charIn(text, i, 0);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let j = i;
    for (;;) {
      let n: number;
      while (j < to) {
        const c = text.charCodeAt(j);
        // ASCII letters and digits decided here, the rest by charIn.
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          j++;
          continue;
        }
        if (c >= 65 && c <= 90) {
          upper = true;
          j++;
          continue;
        }
        if (c < 128 || (n = charIn(text, j, 1)) === 0) break;
        upper = true; // let toLowerCase decide
        j += n;
      }
      // An apostrophe joins when a letter follows: O'Brien, Putin's.
      const a = text.charCodeAt(j);
      if (j + 1 < to && (a === 39 || a === 0x2019) && charIn(text, j + 1, 2) > 0) {
        j++;
        while (j < to && (n = charIn(text, j, 2)) > 0) {
          const c = text.charCodeAt(j);
          if ((c >= 65 && c <= 90) || c >= 128) upper = true;
          j += n;
        }
        continue;
      }
      break;
    }
    // Initials written with full stops are one word: "U.S.", "U.N.", "J.K." (else each letter would
    // be a word of its own and the stop a sentence's end: "the U.S. Treasury" named nothing).
    if (j === start + 1 && upper) j = initialsEnd(text, start, to);
    // A plural's possessive apostrophe before the next word is the word's, not a closing quote:
    // "the Gaelic Players' Association" is one name, "Drivers' Alliance" one phrase.
    if (j - start > 2 && pluralPossessiveAt(text, j, to)) j++;
    const end = j;
    const raw = text.slice(start, end);
    // Most atoms follow a single space: skip the gap scan for them.
    const plainSpace = !first && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32;
    const gapBits = first || plainSpace ? 0 : scanGap(text, prevEnd, start);
    const gap: Atom['gap'] = first ? 'break' : plainSpace ? ' ' : gapBits & GAP_SPACE ? ' ' : gapBits & GAP_HYPHEN ? '-' : 'break';
    const last = raw.charCodeAt(raw.length - 1);
    const base = last === 39 || last === 0x2019 ? raw.slice(0, -1) : end - start > 3 && (raw.includes("'") || raw.includes('’')) && POSSESSIVE.test(raw) ? raw.slice(0, -2) : raw;
    const c0 = raw.charCodeAt(0);
    const opens = first || (gapBits & GAP_SENTENCE) !== 0;
    const afterDateline = !opens && capsLead && sinceStart <= 6 && DATELINE_DASH.test(text.slice(prevEnd, start));
    if (opens || afterDateline) {
      capsLead = opens && raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      sinceStart = 0;
    } else sinceStart++;
    out.push({
      start,
      end,
      text: raw,
      base,
      key: upper ? base.toLowerCase() : base,
      gap,
      capitalized: c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(raw),
      sentenceStart: opens || afterDateline,
    });
    prevEnd = end;
    first = false;
    i = end;
  }
  return out;
}

/**
 * The end of a run of capital letters each followed by a full stop that starts at `start` ("U.S.",
 * "U.S.A."), after its last stop; `start + 1` when the letter at `start` does not begin two or more.
 */
function initialsEnd(text: string, start: number, to: number): number {
  const upperAt = (k: number) => {
    const c = text.charCodeAt(k);
    return k < to && c >= 65 && c <= 90;
  };
  let k = start;
  while (upperAt(k) && text.charCodeAt(k + 1) === 46 && k + 1 < to) k += 2;
  return k - start >= 4 ? k : start + 1;
}

/** The spaced dash after a dateline. */
const DATELINE_DASH = /^\s+[—–]\s+$/;

/** What scanGap finds between two atoms. */
const GAP_SPACE = 1; // only white space, and no blank line: a name may go on across it
const GAP_HYPHEN = 2; // exactly one hyphen
const GAP_SENTENCE = 4; // the next atom opens a sentence

const WHITE = /^\s$/;
const isWhite = (c: number, ch: string) => c === 32 || c === 9 || c === 10 || c === 13 || (c > 127 && WHITE.test(ch));

/**
 * Classifies text[from, to) between two atoms in one pass, without allocating:
 * - GAP_SPACE: white space only, without a blank line (a single line break inside a
 *   paragraph still joins a name: "European\nCentral Bank");
 * - GAP_HYPHEN: "-", U+2010 or U+2011 alone;
 * - GAP_SENTENCE: sentence punctuation (. ! ? : ; and quotes) followed by white space only,
 *   a blank line, or a list, quote, heading or table marker after leading white space.
 * Line ends are "\r\n", "\n" or a lone "\r", as LineIndex counts them.
 */
function scanGap(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 45 || c === 0x2010 || c === 0x2011) return GAP_HYPHEN;
  }
  let allWhite = true;
  let blank = false;
  let lineEndSeen = false; // a line end with only spaces and tabs after it so far
  let punctuation = false; // sentence punctuation followed by white space only so far
  let leading = true; // still in the leading white space
  let marker = false; // leading white space, then a marker, then white space
  let afterMarker = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const ch = text[k];
    if (isWhite(c, ch)) {
      if (afterMarker) marker = true;
      afterMarker = false;
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(k + 1) === 10 && k + 1 < to) k++;
        if (lineEndSeen) blank = true;
        lineEndSeen = true;
      } else if (c !== 32 && c !== 9) lineEndSeen = false;
      continue;
    }
    allWhite = false;
    lineEndSeen = false;
    punctuation = c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201c || c === 0x201d;
    afterMarker = leading && (c === 45 || c === 42 || c === 43 || c === 62 || c === 35 || c === 124);
    leading = false;
  }
  let bits = 0;
  if (allWhite && !blank) bits |= GAP_SPACE;
  if (punctuation || blank || marker) bits |= GAP_SENTENCE;
  return bits;
}

/** Splits a name form into lower-case keys the same way the text is split. */
export function formKeys(form: string): string[] {
  return scanAtoms(form).map((a) => a.key);
}

/** Matches the case pattern of `original` onto `replacement` when the original is all caps. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return replacement.toUpperCase();
  }
  return replacement;
}
