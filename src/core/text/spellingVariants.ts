// British and American spellings of one English word ("organisation"/"organization",
// "defence"/"defense", "centre"/"center", "labour"/"labor", "aluminium"/"aluminum"): one word,
// never two names, never a slip.

const VARIANT_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/our(s?)$/, 'or$1'],
  [/tre(s?)$/, 'ter$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ium$/, 'um'],
  [/ence$/, 'ense'],
];

/** True when two (lower-case) words differ only as the spellings of VARIANT_ENDINGS ("aluminum"/"aluminium"). */
export function englishVariants(a: string, b: string): boolean {
  // (Every pair differs at the end by a letter at most, the first letter kept: most words end here, cheaply.)
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  const plain = (w: string) => VARIANT_ENDINGS.reduce((x, [from, to]) => x.replace(from, to), w);
  return a !== b && plain(a) === plain(b);
}
