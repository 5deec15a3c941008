// The news-scale name lists (data/generated/known-names.txt, built by
// scripts/build-known-names.mjs) in the packed form they ship in: three sorted
// sections of accent-folded keys, one per line, searched in place by binary
// search over line offsets. Nothing is split into objects: decoding is one
// pass to find line starts, and lookups touch about 18 lines each.
//
// Pure: the adapters read the bytes and hand them in.

export type KnownWordSource = 'name' | 'census';

/** Accent-folded, lower-case, apostrophes and the ʻokina removed: "Nukuʻalofa" → "nukualofa". Same as the build. */
export function foldWord(word: string): string {
  let w = word;
  if (!/^[\x00-\x7f]*$/.test(w)) {
    w = w
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .replace(/ø/g, 'o')
      .replace(/Ø/g, 'O')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/ß/g, 'ss');
  }
  return w.replace(/['’ʻʼ‘`]/g, '').toLowerCase();
}

interface Section {
  from: number;
  count: number;
}

export class KnownNames {
  private starts?: Uint32Array;
  private readonly sections: { name: Section; census: Section; phrase: Section };

  private constructor(
    private readonly text: string,
    counts: [number, number, number],
  ) {
    this.sections = {
      name: { from: 1, count: counts[0] },
      census: { from: 1 + counts[0], count: counts[1] },
      phrase: { from: 1 + counts[0] + counts[1], count: counts[2] },
    };
  }

  /** Reads the packed bytes; throws a clear error on anything else. */
  static decode(bytes: Uint8Array | string): KnownNames {
    const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes);
    const nl = text.indexOf('\n');
    const head = text.slice(0, nl < 0 ? text.length : nl).split('\t');
    if (head[0] !== 'copydesk-known-names 1' || head.length !== 4) throw new Error('known-names data: not a copydesk-known-names 1 file');
    const counts = head.slice(1).map(Number) as [number, number, number];
    if (counts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('known-names data: bad section sizes');
    return new KnownNames(text, counts);
  }

  /** An empty list (tests, or a build without the name lists). */
  static empty(): KnownNames {
    return KnownNames.decode('copydesk-known-names 1\t0\t0\t0\n');
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
