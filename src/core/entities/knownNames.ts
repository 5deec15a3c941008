// The news-scale name lists (data/generated/known-names.txt, built by
// scripts/build-known-names.mjs) in the packed form they ship in: three sorted
// sections of accent-folded keys, one per line, searched in place by binary
// search over line offsets. Nothing is split into objects: decoding is one
// pass to find line starts, and lookups touch about 18 lines each.
//
// Pure: the adapters read the bytes and hand them in.

export type KnownWordSource = 'name' | 'census';

/** A place from the lists, found near a written word. */
export interface KnownPlace {
  key: string;
  display: string;
  description: string;
  /** Inhabitants (GeoNames), where the lists give it (towns and cities; not regions). */
  population?: number;
}

/** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

import { foldWord } from './fold';

export { foldWord };

interface Section {
  from: number;
  count: number;
}

export class KnownNames {
  private starts?: Uint32Array;
  private readonly sections: { name: Section; census: Section; phrase: Section; place: Section; placeInfo: Section };
  private readonly placeMemo = new Map<string, KnownPlace[]>();

  private constructor(
    private readonly text: string,
    counts: number[],
  ) {
    let at = 1;
    const next = (n: number): Section => {
      const s = { from: at, count: n };
      at += n;
      return s;
    };
    this.sections = { name: next(counts[0]), census: next(counts[1]), phrase: next(counts[2]), place: next(counts[3] ?? 0), placeInfo: next(counts[3] ?? 0) };
  }

  /** Reads the packed bytes; throws a clear error on anything else. */
  static decode(bytes: Uint8Array | string): KnownNames {
    const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes);
    const nl = text.indexOf('\n');
    const head = text.slice(0, nl < 0 ? text.length : nl).split('\t');
    const ok = (head[0] === 'copydesk-known-names 1' && head.length === 4) || (head[0] === 'copydesk-known-names 2' && head.length === 5);
    if (!ok) throw new Error('known-names data: not a copydesk-known-names file (version 1 or 2)');
    const counts = head.slice(1).map(Number);
    if (counts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('known-names data: bad section sizes');
    return new KnownNames(text, counts);
  }

  /** An empty list (tests, or a build without the name lists). */
  static empty(): KnownNames {
    return KnownNames.decode('copydesk-known-names 2\t0\t0\t0\t0\n');
  }

  get size(): number {
    return this.sections.name.count + this.sections.census.count + this.sections.phrase.count;
  }

  /** Where a single word (an atom's key) is known from: a real name, only the census name lists, or nowhere. */
  wordSource(word: string): KnownWordSource | undefined {
    const key = foldWord(word);
    if (key.length < 2) return undefined;
    if (this.find(this.sections.name, key)) return 'name';
    if (this.find(this.sections.census, key)) return 'census';
    return undefined;
  }

  /** True when these words, in this order, are a whole known name ("Kataib Hezbollah"). */
  hasName(words: readonly string[]): boolean {
    if (words.length < 2) return this.wordSource(words[0] ?? '') === 'name';
    return this.find(this.sections.phrase, words.map(foldWord).join(' '));
  }

  /** True when a place or region of the lists has exactly this name ("Naples", "Mato Grosso"). */
  isPlace(name: string): boolean {
    return this.find(this.sections.place, name.split(/\s+/).map(foldWord).join(' '));
  }

  /**
   * Places and regions whose one-word name is one edit (or a swap of neighbours) from
   * `word`, keeping its first letter: "Cuppertino" → Cupertino, "Oaklahoma" → Oklahoma.
   */
  placesNear(word: string): KnownPlace[] {
    const key = foldWord(word);
    const hit = this.placeMemo.get(key);
    if (hit) return hit;
    const out: KnownPlace[] = [];
    const sec = this.sections.place;
    if (sec.count > 0 && key.length >= 4) {
      const starts = this.lineStarts();
      // The section is sorted, so every key with this first letter sits in one range.
      let i = this.lowerBound(sec, key[0]);
      const end = sec.from + sec.count;
      for (; i < end; i++) {
        const len = starts[i + 1] - starts[i] - 1;
        if (this.text.charCodeAt(starts[i]) !== key.charCodeAt(0)) break;
        if (Math.abs(len - key.length) > 1) continue;
        const k = this.line(i);
        if (k === key || k.includes(' ') || !withinOneEdit(key, k)) continue;
        const [display, description, population] = this.line(i + sec.count).split('\t');
        out.push({ key: k, display, description: description ?? '', ...(population ? { population: Number(population) } : {}) });
      }
    }
    if (this.placeMemo.size > 20_000) this.placeMemo.clear();
    this.placeMemo.set(key, out);
    return out;
  }

  private lowerBound(section: Section, key: string): number {
    let lo = section.from;
    let hi = section.from + section.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.line(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    let n = 0;
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let k = 0;
    starts[k++] = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && k <= n; i = this.text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.starts = starts;
    return starts;
  }

  private line(i: number): string {
    const starts = this.lineStarts();
    return this.text.slice(starts[i], starts[i + 1] - 1);
  }

  private find(section: Section, key: string): boolean {
    if (section.count === 0) return false;
    let lo = section.from;
    let hi = section.from + section.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = this.line(mid);
      if (l === key) return true;
      if (l < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
