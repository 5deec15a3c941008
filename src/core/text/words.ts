// What counts as a word for word counts (the preview's facts, the evaluation's totals):
// letters and digits, joined across an inner apostrophe, full stop or hyphen
// ("O'Brien", "U.S", "well-known" are one word each).

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
