// Lookups of words by strings made from them (their one-letter deletions, their spelling with
// doubled letters collapsed), packed into two typed arrays: each string is a 32-bit hash beside
// the word's number, sorted. A Map from every such string to its words held hundreds of
// thousands of strings and lists (tens of MB); this holds 8 bytes an entry. A lookup finds the
// hash's run by binary search and checks each word of the run (hashes collide), so it answers
// exactly what the Map answered, in the same order (the words' own).
import { deletions } from './editDistance';

/** The most words an index holds: a word's number shares a float64 with its 32-bit hash. */
const MAX_WORDS = 1 << 21;

export class HashIndex {
  private readonly hashes: Uint32Array;
  private readonly ids: Int32Array;

  /** `words` must be distinct; `keysOf(word)` are the strings it is found by. */
  constructor(
    private readonly words: readonly string[],
    keysOf: (word: string) => readonly string[],
  ) {
    if (words.length >= MAX_WORDS) throw new Error(`hash index: ${words.length} words (at most ${MAX_WORDS - 1})`);
    const packed: number[] = [];
    words.forEach((w, id) => {
      const seen = new Set<number>();
      for (const k of keysOf(w)) {
        const h = hashOf(k);
        // (A word's strings may repeat, "merkel" → "merkl" twice, and two may share a hash: one entry each.)
        if (seen.has(h)) continue;
        seen.add(h);
        // (hash × 2^21 + number is exact in a float64's 53 bits: sorting them sorts by hash, then number.)
        packed.push(h * MAX_WORDS + id);
      }
    });
    const sorted = Float64Array.from(packed).sort();
    this.hashes = new Uint32Array(sorted.length);
    this.ids = new Int32Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
      const h = Math.floor(sorted[i] / MAX_WORDS);
      this.hashes[i] = h;
      this.ids[i] = sorted[i] - h * MAX_WORDS;
    }
  }

  /** Calls `visit` with each word that may have `key` among its strings (all that do, and a few whose hash collides), in the words' order. */
  candidates(key: string, visit: (word: string) => void): void {
    const h = hashOf(key);
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.hashes.length && this.hashes[i] === h; i++) visit(this.words[this.ids[i]]);
  }
}

/** A symmetric-delete index (one deletion each side) over `words`. */
export function deletionIndex(words: readonly string[]): HashIndex {
  return new HashIndex(words, (w) => [w, ...deletions(w)]);
}

/**
 * The words w ≠ `key` of a deletionIndex such that `key` or one of its one-letter deletions is
 * w or one of w's: for each of those strings of `key` in turn (`key` first, then its deletions
 * from the first letter on), its words in the index's order, each once.
 */
export function nearByDeletion(index: HashIndex, key: string, found: Set<string> = new Set()): Set<string> {
  for (const d of [key, ...deletions(key)]) {
    index.candidates(d, (w) => {
      if (w !== key && (w === d || isDeletionOf(w, d))) found.add(w);
    });
  }
  return found;
}

/** True when deleting one character of `long` gives `short`. */
function isDeletionOf(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  // The rest of `long` after the skipped character must be the rest of `short`.
  for (let j = i; j < short.length; j++) if (long.charCodeAt(j + 1) !== short.charCodeAt(j)) return false;
  return true;
}

/** FNV-1a over the UTF-16 code units, as an unsigned 32-bit number. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
