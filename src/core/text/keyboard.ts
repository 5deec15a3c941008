// Which slips a typist's fingers make: keys that touch on a QWERTY keyboard. Shared by the
// spelling filter (is an unknown word a slip of a dictionary word?) and the name checks (is an
// unknown word a slip of a country, or another name that happens to be one letter away?).

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** True when keys `a` and `b` touch on a QWERTY keyboard (the rows are staggered). */
export function keysTouch(a: string, b: string): boolean {
  const at = (c: string) => KEY_ROWS.findIndex((r) => r.includes(c));
  const ra = at(a);
  const rb = at(b);
  if (ra < 0 || rb < 0 || Math.abs(ra - rb) > 1) return false;
  const ia = KEY_ROWS[ra].indexOf(a);
  const ib = KEY_ROWS[rb].indexOf(b);
  if (ra === rb) return Math.abs(ia - ib) === 1;
  // A key touches the two above it (same index, one to the right) and the two below it.
  return ra < rb ? ib === ia || ib === ia - 1 : ib === ia || ib === ia + 1;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * True when writing `typed` for `intended` (one letter changed) is a slip people make: a key
 * beside the right one, or one vowel for another (the commonest misspelling of a name heard
 * rather than read). Another consonant far from the right key makes another word ("Spotland").
 */
export function likelySubstitution(typed: string, intended: string): boolean {
  const t = typed.toLowerCase();
  const w = intended.toLowerCase();
  const d = singleChange(t, w);
  if (d < 0) return false;
  return keysTouch(t[d], w[d]) || (VOWELS.has(t[d]) && VOWELS.has(w[d]));
}

/** The one index where two words of the same length differ, or -1. */
export function singleChange(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  let d = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (d >= 0) return -1;
    d = i;
  }
  return d;
}

/** The same letters with one pair of neighbours swapped ("Tutle"/"Tuttle" aside: "Okonkow"/"Okonkwo"). */
/**
 * Two letters with one between them swapped ("Baymarov" for Bayramov): a slip of the hand in a
 * long word, where the letter between is typed in its place.
 */
export function isSwapAcross(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
  return diffs.length === 2 && diffs[1] === diffs[0] + 2 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
}

export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
  return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
}
