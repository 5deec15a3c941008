// Where an evaluation set's case stands in its article: shared by `npm run eval` and the corpus
// unit test, so both judge a case at the same places.

/** Where `needle` stands as a whole word (no letter, mark or digit joined to it on either side), in order. */
export function wholeWords(text: string, needle: string): number[] {
  const out: number[] = [];
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (word.test(text.charAt(at - 1)) || word.test(text.charAt(at + needle.length))) continue;
    out.push(at);
  }
  return out;
}

/**
 * The offsets of a case's wrong form in its article. `n` is how many times the article writes it
 * as a whole word (the blind sets' format): each occurrence is the case, and a flag on any of them
 * finds it. Older sets give `n` as which occurrence is meant where the form is written more often
 * than n: that one alone is the case. (Two older cases count an occurrence inside a longer word,
 * "Goodel" in "Goodell": the whole-word ones are the case.)
 */
export function caseOffsets(text: string, wrong: string, n: number): number[] {
  const all = wholeWords(text, wrong);
  return all.length > n ? [all[n - 1]] : all;
}
