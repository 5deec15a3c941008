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

/** ASCII letters and digits: the only ASCII characters that belong to words. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[a-zA-Z0-9]/.test(ch) ? 1 : 0;
}

/**
 * Calls `visit` with each word of `text`, in order. A word is what
 * `text.toLowerCase().split(/[^\p{L}\p{N}]+/u)` yields, except that pure-ASCII
 * words are passed as written (not lower-cased): callers map words to terms
 * through `termOfWord`, which lower-cases, and usually through a cache keyed by
 * the word as written, so the common word costs one slice and one Map lookup
 * instead of a regex split plus a lower-casing of the whole text.
 *
 * How it stays exact: ASCII is scanned with a lookup table. A run that holds any
 * non-ASCII character (accents, curly quotes, dashes, other scripts) is lower-cased
 * and split with the original Unicode regex, so `İ` → `i̇` and the like behave as
 * before. Lower-casing is context-free in JavaScript except for the Greek final
 * sigma (Σ → ς at a word end, which looks across apostrophes and full stops), so a
 * text containing `Σ` takes the original path as a whole.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  if (text.includes('\u03a3')) {
    for (const w of text.toLowerCase().split(SEPARATORS)) if (w !== '') visit(w);
    return;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 && ASCII_WORD[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
      } else ascii = false;
    }
    if (ascii) visit(text.slice(start, i));
    else for (const w of text.slice(start, i).toLowerCase().split(SEPARATORS)) if (w !== '') visit(w);
  }
}

/** Lower-cased word → term ('' for a dropped word). Not cached: see termOfWord and WordIdTable. */
export function termOf(w: string): string {
  // Single letters, stop words, and bare numbers other than years ("2021") carry little topic signal.
  if (w.length < 2 || STOP_WORDS.has(w) || (/^\d+$/.test(w) && w.length !== 4)) return '';
  return stem(w);
}

/**
 * Word (as written, or already lower-cased) → term ('' for a dropped word). News
 * vocabulary repeats, so caching the lower-casing, stop-word and stemming decisions
 * makes indexing 10,000 articles markedly faster.
 */
const termCache = new Map<string, string>();

export function termOfWord(word: string): string {
  let t = termCache.get(word);
  if (t !== undefined) return t;
  t = termOf(word.toLowerCase());
  if (termCache.size > 200_000) termCache.clear();
  termCache.set(word, t);
  return t;
}

/** Terms of a text in order of appearance (with repeats). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => {
    const t = termOfWord(w);
    if (t !== '') out.push(t);
  });
  return out;
}

/**
 * Word → id cache for the index's hot loop: `scan` does what
 * `forEachWord(text, w => visit(resolve(w)))` does, but finds a pure-ASCII word
 * by hashing its characters in place (ASCII letters folded to lower case) in an
 * open-addressing table, so the usual word costs no string slice, no
 * `toLowerCase` and no `Map` hashing. Only a word seen for the first time is
 * sliced and passed to `resolve`. Words with non-ASCII characters go through the
 * same Unicode path as `forEachWord` and then through the same table.
 *
 * `resolve` gets the lower-cased word; results below -1 are passed on but not
 * cached (the index uses that for query words it does not know yet).
 *
 * Ids are written to `out` (reused between calls) rather than passed to a
 * callback: the caller's counting loop then runs on local variables.
 */
export class WordIdTable {
  /** Slot → entry index + 1 (0 = empty). Capacity is a power of two, at most half full. */
  private slots = new Int32Array(1 << 14);
  /** Slot → hash of the entry in it, to skip most string comparisons. */
  private slotHash = new Int32Array(1 << 14);
  /** Entry → lower-cased word, and the id `resolve` gave for it. */
  private words: string[] = [];
  private ids: number[] = [];
  /** The ids of the last `scan`, in order: out[0..count). */
  out = new Int32Array(4096);
  private count = 0;

  constructor(private readonly maxEntries = 500_000) {}

  get size(): number {
    return this.words.length;
  }

  /** Ids of the words of `text`, in order, into `out`; returns how many. */
  scan(text: string, resolve: (word: string) => number): number {
    this.count = 0;
    if (text.includes('\u03a3')) {
      // Final sigma: see forEachWord.
      for (const w of text.toLowerCase().split(SEPARATORS)) if (w !== '') this.push(this.idOf(w, 0, w.length, hashOf(w, 0, w.length), resolve));
      return this.count;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 128 && ASCII_WORD[c] === 0) {
        i++;
        continue;
      }
      const start = i;
      let ascii = true;
      // FNV-1a over the lower-cased characters, computed while finding the word's end.
      let h = 0x811c9dc5 | 0;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_WORD[c] === 0) break;
          if (c <= 90 && c >= 65) c += 32;
        } else ascii = false;
        h = Math.imul(h ^ c, 0x01000193);
      }
      if (ascii) this.push(this.idOf(text, start, i, h, resolve));
      else {
        for (const w of text.slice(start, i).toLowerCase().split(SEPARATORS)) {
          if (w !== '') this.push(this.idOf(w, 0, w.length, hashOf(w, 0, w.length), resolve));
        }
      }
    }
    return this.count;
  }

  private push(id: number): void {
    if (this.count === this.out.length) {
      const grown = new Int32Array(this.out.length * 2);
      grown.set(this.out);
      this.out = grown;
    }
    this.out[this.count++] = id;
  }

  /** The id of text[start, end) (ASCII letters compared case-insensitively). */
  private idOf(text: string, start: number, end: number, h: number, resolve: (word: string) => number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const e = this.slots[slot];
      if (e === 0) break;
      if (this.slotHash[slot] === h) {
        const w = this.words[e - 1];
        if (w.length === len && sameWord(text, start, w)) return this.ids[e - 1];
      }
      slot = (slot + 1) & mask;
    }
    // First sighting: slice, lower-case, resolve, remember.
    const word = text.slice(start, end).toLowerCase();
    const id = resolve(word);
    if (id < -1) return id;
    if (this.words.length >= this.maxEntries) {
      this.clear();
      slot = h & (this.slots.length - 1);
    }
    this.words.push(word);
    this.ids.push(id);
    this.slots[slot] = this.words.length;
    this.slotHash[slot] = h;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const cap = this.slots.length * 2;
    const slots = new Int32Array(cap);
    const slotHash = new Int32Array(cap);
    const mask = cap - 1;
    for (let s = 0; s < this.slots.length; s++) {
      const e = this.slots[s];
      if (e === 0) continue;
      let t = this.slotHash[s] & mask;
      while (slots[t] !== 0) t = (t + 1) & mask;
      slots[t] = e;
      slotHash[t] = this.slotHash[s];
    }
    this.slots = slots;
    this.slotHash = slotHash;
  }

  private clear(): void {
    this.slots = new Int32Array(1 << 14);
    this.slotHash = new Int32Array(1 << 14);
    this.words = [];
    this.ids = [];
  }
}

function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c <= 90 && c >= 65) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** text[start, start + w.length) equals the lower-cased word w, folding ASCII capitals. */
function sameWord(text: string, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c <= 90 && c >= 65) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}
