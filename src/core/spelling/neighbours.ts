// Dictionary words one slip of the keys from a word: the cheap test behind the
// name-aware filter's "is this a slip or a coinage?". cspell's suggest() answers
// it too, but costs 50–500 ms a word; generating the one-edit variants and
// looking each up (a few µs) costs about a millisecond, so a new unknown word is
// judged on the diagnostics path and its suggestions are left for later.
import { keysTouch } from '../text/keyboard';

/**
 * Letters tried in substitutions and insertions. English letters only: a lookup costs 5–20 µs,
 * and the dictionaries match accents loosely anyway ("cafe" finds "café").
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** What the dictionaries say about a candidate word: its dictionary form, or undefined. */
export type Lookup = (candidate: string) => string | undefined;

/**
 * True when `typed` is `intended` with one typist's slip: a letter dropped, a letter doubled or
 * a neighbouring key added, two letters swapped, or a key struck beside the right one. A change
 * no finger makes ("postgame" for "postname") is a different word, not a slip.
 */
export function isTypingSlip(typed: string, intended: string): boolean {
  const t = typed.toLowerCase();
  const w = intended.toLowerCase();
  if (t.length + 1 === w.length) return true;
  let i = 0;
  while (i < Math.min(t.length, w.length) && t[i] === w[i]) i++;
  if (t.length === w.length + 1) {
    // The extra letter at i: a double, or a key beside one of its neighbours.
    const extra = t[i];
    return extra === t[i - 1] || extra === t[i + 1] || keysTouch(extra, t[i - 1] ?? '') || keysTouch(extra, t[i + 1] ?? '');
  }
  if (t.length !== w.length) return false;
  if (t[i + 1] === w[i] && t[i] === w[i + 1] && t.slice(i + 2) === w.slice(i + 2)) return true;
  return t.slice(i + 1) === w.slice(i + 1) && keysTouch(t[i], w[i]);
}

/**
 * Dictionary words one edit (a deletion, insertion, substitution or adjacent transposition)
 * from `word`, in dictionary case; and `hyphenated`, a dictionary form that is the word itself
 * with a hyphen ("co-founder" for "cofounder"), which says it is a variant, not a slip.
 * The search stops at the first neighbour that settles every question the checker asks (an
 * ordinary word, a typist's slip of it, not its stem): most typos have one, and it is tried first.
 */
export function oneEditNeighbours(word: string, lookup: Lookup): { neighbours: string[]; hyphenated?: string } {
  const w = word.toLowerCase();
  let hyphenated: string | undefined;
  for (let i = 2; i <= w.length - 2 && !hyphenated; i++) hyphenated = lookup(`${w.slice(0, i)}-${w.slice(i)}`);
  const seen = new Set<string>([w]);
  const out: string[] = [];
  let settled = false;
  const tryWord = (c: string) => {
    if (settled || seen.has(c)) return;
    seen.add(c);
    const found = lookup(c);
    if (found === undefined) return;
    out.push(found);
    settled = /^\p{Ll}/u.test(found) && isTypingSlip(w, found) && !w.startsWith(found.toLowerCase()) && !w.endsWith(found.toLowerCase());
  };
  // The slips a typist makes first: a letter dropped or doubled, two swapped, a key beside.
  for (let i = 0; i < w.length; i++) tryWord(w.slice(0, i) + w.slice(i + 1));
  for (let i = 0; i + 1 < w.length; i++) tryWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 0; i < w.length; i++) for (const c of ALPHABET) if (keysTouch(c, w[i])) tryWord(w.slice(0, i) + c + w.slice(i + 1));
  for (let i = 0; i <= w.length; i++) for (const c of ALPHABET) tryWord(w.slice(0, i) + c + w.slice(i));
  for (let i = 0; i < w.length; i++) for (const c of ALPHABET) if (c !== w[i]) tryWord(w.slice(0, i) + c + w.slice(i + 1));
  // The wrong letter doubled ("sherrif" for "sheriff", "tommorow" for "tomorrow"): two edits,
  // but one slip, which cspell's suggestions often rank below names ("Sherri").
  for (let i = 0; i + 1 < w.length && !settled; i++) {
    if (w[i] !== w[i + 1] || !/[a-z]/.test(w[i])) continue;
    const single = w.slice(0, i) + w.slice(i + 1);
    for (let j = 0; j < single.length; j++) if (j !== i && /[a-z]/.test(single[j])) tryWord(single.slice(0, j + 1) + single[j] + single.slice(j + 1));
  }
  return hyphenated ? { neighbours: out, hyphenated } : { neighbours: out };
}
