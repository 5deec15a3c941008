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

const ATOM = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const UPPER = /^\p{Lu}/u;

/** Atoms of `text` between `from` and `to`. `text` should already have non-prose masked with spaces. */
export function scanAtoms(text: string, from = 0, to = text.length, out: Atom[] = []): Atom[] {
  ATOM.lastIndex = from;
  let prevEnd = from;
  let first = true;
  for (let m = ATOM.exec(text); m !== null && m.index < to; m = ATOM.exec(text)) {
    const start = m.index;
    let raw = m[0];
    if (start + raw.length > to) raw = raw.slice(0, to - start);
    const end = start + raw.length;
    // Most atoms follow a single space: skip the slower checks for them.
    const plainSpace = !first && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32;
    const between = plainSpace ? ' ' : text.slice(prevEnd, start);
    const gap = first ? 'break' : plainSpace ? ' ' : classifyGap(between);
    const base = (raw.includes("'") || raw.includes('’')) && POSSESSIVE.test(raw) && raw.length > 3 ? raw.slice(0, -2) : raw;
    const c = raw.charCodeAt(0);
    out.push({
      start,
      end,
      text: raw,
      base,
      key: base.toLowerCase(),
      gap,
      capitalized: c >= 65 && c <= 90 ? true : c < 128 ? false : UPPER.test(raw),
      sentenceStart: !plainSpace && (first || /[.!?:;"“”]\s*$|\n\s*\n/.test(between) || /^\s*[-*+>#|]\s/.test(between)),
    });
    prevEnd = end;
    first = false;
  }
  return out;
}

function classifyGap(between: string): Atom['gap'] {
  if (between === ' ' || between === '\u00a0') return ' ';
  if (between === '-' || between === '\u2010' || between === '\u2011') return '-';
  // A single line break inside a paragraph still joins a name ("European\nCentral Bank").
  if (/^[ \t]*\r?\n[ \t]*$/.test(between)) return ' ';
  if (/^\s+$/.test(between) && !/\n\s*\n/.test(between)) return ' ';
  return 'break';
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
