// The See-also index's fast paths against the reference code they replace: the
// front-matter line scan against splitFrontMatter/yaml, and the character-loop
// tokenizer and word-id table against `toLowerCase().split(/[^\p{L}\p{N}]+/u)`.
import * as assert from 'node:assert/strict';
import { readArticleFields, readFrontMatter, readFrontMatterWithYaml, scanSimpleFrontMatter } from '../../src/core/seeAlso/article';
import { WordIdTable, termOf, tokenize } from '../../src/core/seeAlso/text';
import { SeeAlsoIndex } from '../../src/core/seeAlso/seeAlsoIndex';

const fm = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nBody text.\n`;

/** Front matter the line scan must read itself (and read exactly as yaml does). */
const SIMPLE: string[] = [
  fm('title: Wang Yi meets Sergei Lavrov in Rome', 'date: 2021-10-30', 'byline: Staff Reporter', 'outlet: Harbor Daily', 'section: World', 'tags: [diplomacy, China, Russia]'),
  fm('title: Lula wins', 'tags: Brazil, elections, brazil').replace(/\n/g, '\r\n'),
  '\uFEFF' + fm('title: With a byte-order mark'),
  fm('# a comment line', 'title: C# and F# at 10:30 # trailing comment', '  # indented comment', 'section: World #tag-like'),
  fm('title: "Lula: the comeback"', "outlet: 'Harbor Daily'", 'section: "World"  # comment'),
  fm('title: T', 'tags:', '  - Energy', '  - Gas', 'section: Europe'),
  fm('title: T', 'tags:', '- Energy', '- Gas'),
  fm('title: T', 'tags: # chosen by the desk', '  - a', '', '  - b'),
  fm('title: First', 'title: Second'),
  fm('title: T', 'summary:'),
  fm('title: T', 'tags: []', 'date: 2021-10-30T10:00:00Z'),
  fm('title: Brackets [inside] and {braces}, commas', 'section: a-b_c'),
  fm('title: Trailing spaces   ', 'outlet:    Harbor Daily'),
  fm('title: Zürich, São Paulo and 北京 — “quoted” ‘words’'),
  fm('title: 2021 review: no, wait').replace('review: no', 'review-no'),
  fm('title: version 1.2.3', 'section: 1st', 'outlet: 12 Monkeys', 'tags: [v1.2, 3rd]'),
  fm('title: T', 'date:', 'section: World'),
  '---\n---\n\nEmpty front matter.\n',
  '---\ntitle: Closed with dots\n...\nBody\n',
  '---\ntitle: No newline after the closing fence\n---',
  fm('title: x', '_private: y', 'with-dash: z'),
];

/** Front matter the line scan must leave to yaml. */
const UNUSUAL: string[] = [
  fm('title: "Escaped \\"quotes\\""'),
  fm("title: 'It''s here'"),
  fm('title: a multi-line', '  plain value'),
  fm('title: "a multi-line', '  quoted value"'),
  fm('tags: [a, [b, c]]'),
  fm('tags: {a: 1}'),
  fm('tags: [a,', '  b]'),
  fm("tags: ['a', b]"),
  fm('title: &t Anchored', 'outlet: *t'),
  fm('title: !!str 1984'),
  fm('summary: >', '  Folded', '  text.'),
  fm('summary: |', '  Literal'),
  fm('title: 1984'),
  fm('title: 1e3'),
  fm('title: 0x1F'),
  fm('title: .inf'),
  fm('title: -12'),
  fm('section: true'),
  fm('title: ~'),
  fm('title: null'),
  fm('tags: [1, true]'),
  fm('meta:', '  author: x'),
  fm('title: a: b'),
  fm('title:\tTabbed'),
  fm('? complex key', ': value'),
  '---\n%YAML 1.2\ntitle: x\n---\n',
  fm('title: "a" junk'),
  fm('title: T', 'tags:', '  - a', '    - b'),
  fm('title: T', 'tags:', '  - a', ' - b'),
  fm(' title: indented map'),
  fm('Null: x', 'title: T'),
  fm('title: T', '- stray item'),
  fm('title: ends with colon:'),
  fm('title:no space'),
  fm('title: a', 'tags: [a, b,]'),
  fm('title: a\u0085b'),
  '---\ntitle: never closed\n\nBody\n',
  '# No front matter\n\nBody\n',
];

describe('See also front matter fast path', () => {
  for (const text of SIMPLE) {
    it(`reads ${JSON.stringify(text.slice(4, 60))} without yaml, exactly as yaml does`, () => {
      const fast = scanSimpleFrontMatter(text);
      assert.ok(fast, 'expected the line scan to handle this');
      assert.deepEqual(fast, readFrontMatterWithYaml(text));
    });
  }

  for (const text of UNUSUAL) {
    it(`leaves ${JSON.stringify(text.slice(0, 50))} to yaml`, () => {
      assert.equal(scanSimpleFrontMatter(text), undefined);
      assert.deepEqual(readFrontMatter(text), readFrontMatterWithYaml(text));
    });
  }

  it('gives the same article fields as the yaml path on random mixes of simple and tricky lines', () => {
    const pieces = [
      'title: Plain title', 'title: "Quoted: title"', "title: 'single'", 'title: 1984', 'title:', 'title: a # c',
      'date: 2021-10-30', 'date: 2021-10-30 10:00', 'date: "2021-10-30"', 'section: World', 'section: True',
      'tags: [a, B, a]', 'tags: a, b', 'tags:', '  - x', '- y', '    - z', 'tags: []', 'tags: [a, [b]]',
      'outlet: Harbor Daily', 'summary: Short summary.', 'summary: >', '  folded', '# comment', '', '  ',
      'title: x: y', 'key: &a v', 'other: *a', 'title: "esc \\" q"', 'title: C#', 'a-b: c', '"quoted key": v',
      'title: [x', 'title: ]', 'title: {', 'title: -', 'title: - x', 'title: ?x', 'title: 0o17', 'title: +1.5e3',
    ];
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let fastCount = 0;
    for (let n = 0; n < 3000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pieces[Math.floor(rand() * pieces.length)]);
      const text = fm(...lines) + (rand() < 0.5 ? '# Heading\n\nMore body.\n' : '');
      const fast = scanSimpleFrontMatter(text);
      const reference = readFrontMatterWithYaml(text);
      if (fast) {
        fastCount++;
        assert.deepEqual(fast, reference, JSON.stringify(text));
      }
      assert.deepEqual(readFrontMatter(text), reference, JSON.stringify(text));
    }
    // The mix must exercise the fast path, not only the fallback.
    assert.ok(fastCount > 300, `fast path used ${fastCount} times`);
  });

  it('reads the same fields through readArticleFields on every sample', () => {
    for (const text of [...SIMPLE, ...UNUSUAL]) {
      const f = readArticleFields(text);
      const data = readFrontMatterWithYaml(text).data;
      if (typeof data.title === 'string' && data.title.trim()) assert.equal(f.title, data.title.trim());
      if (typeof data.section === 'string') assert.equal(f.section, data.section.trim());
    }
  });
});

/** The tokenizer as it was: lower-case the whole text, split on non-letters/digits. */
function referenceTokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map(termOf)
    .filter((t) => t !== '');
}

const TRICKY_TEXTS = [
  "The Ministers said it's 83 percent in 2022; TALKS resume.",
  'Lula’s allies—and Bolsonaro’s—met in São Paulo (Brazil) at 10:30.',
  'İstanbul, İZMİR and DİYARBAKIR; the Kelvin sign \u212A; Ångström \u212B.',
  'ΟΔΟΣ ΟΔΟΣ. ΟΔΟΣ\'Α ΣΑΣ ΑΣ\'Β — final sigma looks across apostrophes.',
  'Emoji 🇧🇷 and 𝐁𝐨𝐥𝐝 letters, CJK 北京 and 東京, Arabic القاهرة, Cyrillic МОСКВА.',
  'Dotted: U.S. e.g. 3.14 1,000 2021-10-30 co-operation naïve café résumé CAFÉ',
  'x y z a1 1a 007 0000 19999 ßtraße STRASSE ǅungla ǄUNGLA ﬁnance',
  'Tabs\tand\r\nCRLF\u00a0nbsp\u2009thin\u2028sep\u0085nel',
  '',
  '   ...   ',
];

describe('See also tokenizer fast path', () => {
  it('gives the same terms as lower-casing and splitting the whole text', () => {
    for (const text of TRICKY_TEXTS) assert.deepEqual(tokenize(text), referenceTokenize(text), text);
  });

  it('maps each word to the same term id as the reference tokenizer, with any table size', () => {
    for (const max of [500_000, 3]) {
      const table = new WordIdTable(max);
      const terms: string[] = [];
      const ids = new Map<string, number>();
      const resolve = (w: string) => {
        const t = termOf(w);
        if (t === '') return -1;
        let id = ids.get(t);
        if (id === undefined) ids.set(t, (id = terms.push(t) - 1));
        return id;
      };
      // Twice: the second pass reads from the table.
      for (let pass = 0; pass < 2; pass++) {
        for (const text of TRICKY_TEXTS) {
          const n = table.scan(text, resolve);
          const got = Array.from(table.out.subarray(0, n)).filter((id) => id >= 0).map((id) => terms[id]);
          assert.deepEqual(got, referenceTokenize(text), `${text} (max ${max}, pass ${pass})`);
        }
      }
    }
  });

  it('grows its table and output buffer without losing words', () => {
    const table = new WordIdTable();
    const words = Array.from({ length: 40_000 }, (_, i) => `Word${i.toString(36)}x`);
    const seen = new Map<string, number>();
    const resolve = (w: string) => {
      let id = seen.get(w);
      if (id === undefined) seen.set(w, (id = seen.size));
      return id;
    };
    const n = table.scan(words.join(' '), resolve);
    assert.equal(n, words.length);
    const again = table.scan(words.join(' ').toUpperCase(), resolve);
    assert.equal(again, words.length);
    for (let i = 0; i < n; i++) assert.equal(table.out[i], i);
    assert.equal(seen.size, words.length);
  });

  it('does not cache ids below -1 (unknown query words)', () => {
    const table = new WordIdTable();
    let known = false;
    const resolve = () => (known ? 7 : -2);
    assert.equal(table.out[table.scan('novel', resolve) - 1], -2);
    known = true;
    assert.equal(table.out[table.scan('novel', resolve) - 1], 7);
  });
});

describe('See also index term table', () => {
  it('ranks the same after the term table drops thousands of unused terms', () => {
    // Each round replaces every article with new one-off words, so old terms lose all postings.
    const text = (i: number, round: number) => {
      const oneOff = Array.from({ length: 12 }, (_, k) => `zq${round}x${i}y${k}`).join(' ');
      const shared = ['harbour strike', 'gas price cap', 'election runoff', 'vaccine talks'][i % 4];
      return `---\ntitle: ${shared} ${i % 7}\ndate: 2021-01-${String(1 + (i % 28)).padStart(2, '0')}\nsection: S${i % 3}\ntags: [t${i % 5}]\n---\n\n${shared} ${oneOff} ${shared}.\n`;
    };
    const index = new SeeAlsoIndex();
    for (let round = 0; round < 4; round++) for (let i = 0; i < 150; i++) index.set(`a${i}.md`, text(i, round));
    const fresh = new SeeAlsoIndex();
    for (let i = 0; i < 150; i++) fresh.set(`a${i}.md`, text(i, 3));
    for (let i = 0; i < 150; i += 7) {
      const q = text(i, 3) + ' zq0x1y1 zq1x2y2';
      assert.deepEqual(
        index.query(`a${i}.md`, q, 10).map((c) => [c.path, c.score.toFixed(9), c.reasons]),
        fresh.query(`a${i}.md`, q, 10).map((c) => [c.path, c.score.toFixed(9), c.reasons]),
      );
    }
    // Old one-off words are gone: a query made only of them finds nothing by its words.
    assert.deepEqual(index.query('new.md', '---\ntitle: zq0x1y1\n---\n\nzq1x2y2 zq2x3y3\n', 5), []);
  });
});
