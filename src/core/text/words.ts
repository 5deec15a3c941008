// What counts as a word for word counts (the preview's facts): letters and digits,
// joined across one inner apostrophe, full stop or hyphen ("O'Brien", "U.S",
// "well-known" are one word each) — /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/u, counted
// by a scanner that allocates nothing (it runs over every paragraph of every render).

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Length (1 or 2 UTF-16 units) of the letter or digit at `i`, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_NUMBER.test(text[i]) ? 1 : 0;
}

const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;

export function countWords(text: string): number {
  let words = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    words++;
    // The rest of the word: letters and digits, and a joiner when a letter or digit follows.
    for (i += w; i < n; ) {
      w = wordCharAt(text, i);
      if (w > 0) i += w;
      else if (isJoiner(text.charCodeAt(i)) && i + 1 < n && wordCharAt(text, i + 1) > 0) i++;
      else break;
    }
  }
  return words;
}
