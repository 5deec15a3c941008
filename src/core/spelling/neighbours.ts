// Dictionary words one slip of the keys from a word: the cheap test behind the
// name-aware filter's "is this a slip or a coinage?". cspell's suggest() answers
// it too, but costs 50–500 ms a word; generating the one-edit variants and
// looking each up (a few µs) costs about a millisecond, so a new unknown word is
// judged on the diagnostics path and its suggestions are left for later.

/**
 * Letters tried in substitutions and insertions. English letters only: a lookup costs 5–20 µs,
 * and the dictionaries match accents loosely anyway ("cafe" finds "café").
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** What the dictionaries say about a candidate word: its dictionary form, or undefined. */
export type Lookup = (candidate: string) => string | undefined;

/**
 * Dictionary words one edit (a deletion, insertion, substitution or adjacent transposition)
 * from `word`, in dictionary case; and `hyphenated`, a dictionary form that is the word itself
 * with a hyphen ("co-founder" for "cofounder"), which says it is a variant, not a slip.
 */
export function oneEditNeighbours(word: string, lookup: Lookup): { neighbours: string[]; hyphenated?: string } {
  const w = word.toLowerCase();
  const seen = new Set<string>([w]);
  const out: string[] = [];
  const tryWord = (c: string) => {
    if (seen.has(c)) return;
    seen.add(c);
    const found = lookup(c);
    if (found !== undefined) out.push(found);
  };
  for (let i = 0; i < w.length; i++) tryWord(w.slice(0, i) + w.slice(i + 1));
  for (let i = 0; i + 1 < w.length; i++) tryWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 0; i < w.length; i++) for (const c of ALPHABET) if (c !== w[i]) tryWord(w.slice(0, i) + c + w.slice(i + 1));
  for (let i = 0; i <= w.length; i++) for (const c of ALPHABET) tryWord(w.slice(0, i) + c + w.slice(i));
  let hyphenated: string | undefined;
  for (let i = 2; i <= w.length - 2 && !hyphenated; i++) hyphenated = lookup(`${w.slice(0, i)}-${w.slice(i)}`);
  return hyphenated ? { neighbours: out, hyphenated } : { neighbours: out };
}
