// Turns article text into ranking terms: lower case, no stop words, plural "s"
// folded, so "talks" and "talk", "countries" and "country" count as one term.

/**
 * A deliberately small English stop-word list: function words only. News
 * vocabulary ("said", "government") stays in, because BM25's IDF already
 * discounts words that occur in most articles.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say mr mrs ms'
  ).split(' '),
);

/** Light stemming: only the plural "s" (and "-ies", "-es" after sibilants). Safer than Porter for names. */
export function stem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Raw word → term ('' for a dropped word). News vocabulary repeats, so caching the
 * stop-word and stemming decisions makes indexing 10,000 articles markedly faster.
 */
const termCache = new Map<string, string>();

function termOf(w: string): string {
  let t = termCache.get(w);
  if (t !== undefined) return t;
  // Single letters, stop words, and bare numbers other than years ("2021") carry little topic signal.
  if (w.length < 2 || STOP_WORDS.has(w) || (/^\d+$/.test(w) && w.length !== 4)) t = '';
  else t = stem(w);
  if (termCache.size > 200_000) termCache.clear();
  termCache.set(w, t);
  return t;
}

/** Terms of a text in order of appearance (with repeats). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().split(SEPARATORS)) {
    if (w === '') continue;
    const t = termOf(w);
    if (t !== '') out.push(t);
  }
  return out;
}

/** Adds each term's count to `into` (times `weight`). */
export function countTerms(terms: readonly string[], weight: number, into: Map<string, number>): Map<string, number> {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}
