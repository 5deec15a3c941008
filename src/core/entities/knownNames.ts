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
  /** In a country whose own script is not Latin: the English name is a romanisation, its vowels vary. */
  romanised?: boolean;
}

/** A first-level region (state, province) rather than a town: "region" where it attracts as big places do, "province" where only as small towns do. */
export function isRegion(p: KnownPlace): boolean {
  return p.description.startsWith('region') || p.description.startsWith('province');
}

/** A place line of the packed file: display, description, population, flags. */
function placeOf(key: string, line: string): KnownPlace {
  const [display, description, population, flags] = line.split('\t');
  return { key, display, description: description ?? '', ...(population ? { population: Number(population) } : {}), ...(flags === 'r' ? { romanised: true } : {}) };
}

/** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (sameTail(a, i + 1, b, i + 1)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameTail(a, i + 2, b, i + 2);
  }
  return la > lb ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1);
}

/** a.slice(from) === b.slice(bFrom), without slicing: near-miss lookups compare thousands of words. */
function sameTail(a: string, from: number, b: string, bFrom: number): boolean {
  const n = Math.max(0, a.length - from);
  if (n !== Math.max(0, b.length - bFrom)) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

import { foldWord } from './fold';
import { fromUtf8Bytes, toUtf8Bytes } from '../text/utf8Bytes';

export { foldWord };

interface Section {
  from: number;
  count: number;
}

/** True when the code units of `s` from `from` (for `n` of them) are all ASCII. */
function asciiRange(s: string, from: number, n: number): boolean {
  for (let k = from; k < from + n; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}


/** Remembers `value` under `key` in a memo of the lookups, emptied whole when it holds more than `max` (articles repeat their words; memory stays bounded). */
function remember<V>(memo: Map<string, V>, key: string, value: V, max: number): V {
  if (memo.size > max) memo.clear();
  memo.set(key, value);
  return value;
}

export class KnownNames {
  private starts?: Uint32Array;
  private readonly sections: { name: Section; census: Section; phrase: Section; place: Section; placeInfo: Section; grams: Section };
  private gramCounts?: Map<string, number>;
  private readonly placeMemo = new Map<string, KnownPlace[]>();
  private readonly sourceMemo = new Map<string, KnownWordSource | ''>();
  private readonly phraseMemo = new Map<string, boolean>();
  private readonly isPlaceMemo = new Map<string, boolean>();

  private constructor(
    private readonly text: string,
    counts: number[],
    /**
     * `text` holds the file's UTF-8 bytes, one code unit each (read as latin1: a one-byte string,
     * half the memory of the decoded text and no decoding at load); keys are then compared as
     * UTF-8 bytes, whose order is the order of the sorted sections (see bytes()).
     */
    private readonly utf8: boolean = false,
  ) {
    let at = 1;
    const next = (n: number): Section => {
      const s = { from: at, count: n };
      at += n;
      return s;
    };
    this.sections = { name: next(counts[0]), census: next(counts[1]), phrase: next(counts[2]), place: next(counts[3] ?? 0), placeInfo: next(counts[3] ?? 0), grams: next(counts[4] ?? 0) };
  }

  /** Reads the packed bytes; throws a clear error on anything else. */
  static decode(bytes: Uint8Array | string): KnownNames {
    return KnownNames.parse(typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes), false);
  }

  private static parse(text: string, utf8: boolean): KnownNames {
    const nl = text.indexOf('\n');
    const head = text.slice(0, nl < 0 ? text.length : nl).split('\t');
    const ok = (head[0] === 'copydesk-known-names 1' && head.length === 4) || (head[0] === 'copydesk-known-names 2' && head.length === 5) || (head[0] === 'copydesk-known-names 3' && head.length === 6);
    if (!ok) throw new Error('known-names data: not a copydesk-known-names file (version 1, 2 or 3)');
    const counts = head.slice(1).map(Number);
    if (counts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('known-names data: bad section sizes');
    return new KnownNames(text, counts, utf8);
  }

  /**
   * Reads the packed file from its UTF-8 bytes given one per code unit (the file read as latin1),
   * as the adapters read it: answers are those of decode() over the decoded text.
   */
  static fromUtf8Bytes(bytes: string): KnownNames {
    return KnownNames.parse(bytes, true);
  }

  /** A key as the text holds it: its UTF-8 bytes when the text is bytes (ASCII keys are the same). */
  private bytes(key: string): string {
    // NOTE: UTF-8 bytes sort as code points, and so as the build's sort (UTF-16 code units) for
    // every letter below U+D800; a unit test checks the shipped sections are in byte order.
    return this.utf8 ? toUtf8Bytes(key) : key;
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
    // Articles repeat their words: each is looked up once (bounded, as the places' memo).
    const hit = this.sourceMemo.get(word);
    if (hit !== undefined) return hit || undefined;
    const key = foldWord(word);
    let source: KnownWordSource | undefined;
    if (key.length >= 2) {
      const b = this.bytes(key);
      source = this.find(this.sections.name, b) ? 'name' : this.find(this.sections.census, b) ? 'census' : undefined;
    }
    remember(this.sourceMemo, word, source ?? '', 50_000);
    return source;
  }

  private readonly afterMemo = new Map<string, readonly string[]>();

  /**
   * The rest of every whole name (the multi-word section) that begins with the word `first`, as
   * folded keys ("Jonas" → "knudsen", "kaufmann", …): the sorted section holds them in one run.
   */
  namesAfter(first: string): readonly string[] {
    const prefix = `${foldWord(first)} `;
    const hit = this.afterMemo.get(prefix);
    if (hit) return hit;
    const out: string[] = [];
    const sec = this.sections.phrase;
    if (sec.count > 0 && prefix.length > 2) {
      const end = sec.from + sec.count;
      for (let i = this.lowerBound(sec, prefix); i < end; i++) {
        const line = this.line(i);
        if (!line.startsWith(prefix)) break;
        out.push(line.slice(prefix.length));
      }
    }
    return remember(this.afterMemo, prefix, out, 5_000);
  }

  /** True when these words, in this order, are a whole known name ("Kataib Hezbollah"). */
  hasName(words: readonly string[]): boolean {
    if (words.length < 2) return this.wordSource(words[0] ?? '') === 'name';
    // Asked for every pair of capitalised words; pairs recur within and across articles.
    const memoKey = words.join('\u0000');
    const hit = this.phraseMemo.get(memoKey);
    if (hit !== undefined) return hit;
    const found = this.find(this.sections.phrase, this.bytes(words.map(foldWord).join(' ')));
    return remember(this.phraseMemo, memoKey, found, 50_000);
  }

  /** True when a place or region of the lists has exactly this name ("Naples", "Mato Grosso"). */
  isPlace(name: string): boolean {
    const hit = this.isPlaceMemo.get(name);
    if (hit !== undefined) return hit;
    const found = this.find(this.sections.place, this.bytes(placeKey(name))) || (name.includes('-') && this.find(this.sections.place, this.bytes(placeKey(name.replace(/-/g, ' ')))));
    return remember(this.isPlaceMemo, name, found, 50_000);
  }

  /** The place or region of the lists with exactly this name, with its description ("city, Slovenia"). */
  placeNamed(name: string): KnownPlace | undefined {
    let key = placeKey(name);
    let i = this.indexOf(this.sections.place, this.bytes(key));
    // (The lists write some hyphenated names with spaces: "Bobo-Dioulasso" is found as "bobo dioulasso".)
    if (i < 0 && name.includes('-')) i = this.indexOf(this.sections.place, this.bytes((key = placeKey(name.replace(/-/g, ' ')))));
    if (i < 0) return undefined;
    return placeOf(key, this.line(i + this.sections.place.count));
  }

  /**
   * Places and regions of two or three words one of which is one edit (or a swap of neighbours)
   * from the word written, the others the same, keeping the first letter: "Bjelo Polje" → Bijelo
   * Polje. The section is sorted, so only the keys with the phrase's first letter are read.
   */
  placesNearPhrase(words: readonly string[]): KnownPlace[] {
    const parts = words.map(foldWord);
    const key = parts.join(' ');
    const out: KnownPlace[] = [];
    const sec = this.sections.place;
    if (sec.count === 0 || parts.length < 2 || parts.length > 3 || parts.some((w) => w.length === 0)) return out;
    const b = this.bytes(key);
    const end = sec.from + sec.count;
    for (let i = this.lowerBound(sec, b[0]); i < end; i++) {
      if (this.text.charCodeAt(this.lineStarts()[i]) !== b.charCodeAt(0)) break;
      const k = this.line(i);
      if (k.charCodeAt(0) !== key.charCodeAt(0) || Math.abs(k.length - key.length) > 1 || k === key) continue;
      const ks = k.split(' ');
      if (ks.length !== parts.length) continue;
      let off = 0;
      for (let n = 0; n < ks.length && off < 2; n++) if (ks[n] !== parts[n]) off += ks[n][0] === parts[n][0] && withinOneEdit(parts[n], ks[n]) ? 1 : 2;
      if (off === 1) out.push(placeOf(k, this.line(i + sec.count)));
    }
    return out;
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
      const b = this.bytes(key);
      // The section is sorted, so every key with this first letter sits in one range (as bytes:
      // in the range of its first byte, which other letters may share).
      let i = this.lowerBound(sec, b[0]);
      const end = sec.from + sec.count;
      for (; i < end; i++) {
        const from = starts[i];
        const len = starts[i + 1] - from - 1;
        if (this.text.charCodeAt(from) !== b.charCodeAt(0)) break;
        // Lengths in bytes differ by more than in letters only where either has other letters than ASCII.
        if (Math.abs(len - b.length) > 1 && (!this.utf8 || (b === key && asciiRange(this.text, from, len)))) continue;
        const k = this.line(i);
        if (k.charCodeAt(0) !== key.charCodeAt(0) || Math.abs(k.length - key.length) > 1) continue;
        if (k === key || k.includes(' ') || !withinOneEdit(key, k)) continue;
        out.push(placeOf(k, this.line(i + sec.count)));
      }
    }
    return remember(this.placeMemo, key, out, 20_000);
  }

  /**
   * How much a word looks like the names of the lists, letter by letter: the log-probability of
   * its folded letters under a model of letter triples counted over every name word and census
   * name (version 3 files carry the counts; older ones are counted here, as tests' small lists
   * are). "Bobrovksy" scores far below "Bobrovsky": a slip of the hand leaves a cluster names avoid.
   */
  letterShape(word: string): number {
    const grams = this.gramCounts ?? (this.gramCounts = this.countGrams());
    const s = `^^${foldWord(word)}$`;
    let lp = 0;
    for (let i = 2; i < s.length; i++) lp += Math.log(((grams.get(s.slice(i - 2, i + 1)) ?? 0) + 0.1) / ((grams.get(s.slice(i - 2, i)) ?? 0) + 3));
    return lp;
  }

  /** Letter-triple counts ("abc") and, under their first two letters ("ab"), the counts of their contexts. */
  private countGrams(): Map<string, number> {
    const out = new Map<string, number>();
    const add = (gram: string, n: number) => {
      out.set(gram, (out.get(gram) ?? 0) + n);
      const context = gram.slice(0, 2);
      out.set(context, (out.get(context) ?? 0) + n);
    };
    const { grams, name, census } = this.sections;
    if (grams.count > 0) {
      for (let i = grams.from; i < grams.from + grams.count; i++) {
        const line = this.line(i);
        const tab = line.indexOf('\t');
        add(line.slice(0, tab), Number(line.slice(tab + 1)));
      }
      return out;
    }
    for (const sec of [name, census]) {
      for (let i = sec.from; i < sec.from + sec.count; i++) {
        const s = `^^${this.line(i)}$`;
        for (let j = 2; j < s.length; j++) add(s.slice(j - 2, j + 1), 1);
      }
    }
    return out;
  }

  private lowerBound(section: Section, key: string): number {
    let lo = section.from;
    let hi = section.from + section.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareLine(mid, key) < 0) lo = mid + 1;
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

  /** Line `i`, decoded. */
  private line(i: number): string {
    const starts = this.lineStarts();
    const line = this.text.slice(starts[i], starts[i + 1] - 1);
    return this.utf8 ? fromUtf8Bytes(line) : line;
  }

  private find(section: Section, key: string): boolean {
    return this.indexOf(section, key) >= 0;
  }

  /** The line index of `key` in a sorted section, or -1. */
  private indexOf(section: Section, key: string): number {
    if (section.count === 0) return -1;
    let lo = section.from;
    let hi = section.from + section.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareLine(mid, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Line `i` against `key` in place, as `<` orders strings (UTF-16 code units; or bytes, when
   * the text is bytes and `key` too), without slicing the line out: lookups run for every word
   * of every check.
   */
  private compareLine(i: number, key: string): number {
    const starts = this.lineStarts();
    const from = starts[i];
    const len = starts[i + 1] - 1 - from;
    const n = len < key.length ? len : key.length;
    const text = this.text;
    for (let j = 0; j < n; j++) {
      const d = text.charCodeAt(from + j) - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - key.length;
  }
}

/** A place's name as the lists key it: each word folded, joined by spaces. */
function placeKey(name: string): string {
  return name.split(/\s+/).map(foldWord).join(' ');
}
