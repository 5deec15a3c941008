// Which parts of an article are prose (and so checked for names), how inline
// non-prose is masked, and how front matter is split off and read.
import * as assert from 'node:assert/strict';
import { MASK } from '../../src/core/article/prose';
import { mapProse } from '../../src/core/article/analysedArticle';
import { splitFrontMatter } from '../../src/core/article/frontMatter';

/** The text of each prose block. */
const blockTexts = (text: string): string[] => mapProse(text).blocks.map(([s, e]) => text.slice(s, e));
/** The masked text with MASK shown as █, so expectations can be written out in full. */
const shown = (text: string): string => mapProse(text).masked.replaceAll(MASK, '█');
/** `text` with each of `parts` (found in order) replaced by as many █ as it has characters. */
function hide(text: string, ...parts: string[]): string {
  let out = text;
  let from = 0;
  for (const part of parts) {
    const at = out.indexOf(part, from);
    assert.ok(at >= 0, `test bug: “${part}” is not in the text`);
    out = out.slice(0, at) + '█'.repeat(part.length) + out.slice(at + part.length);
    from = at + part.length;
  }
  return out;
}

describe('mapProse', () => {
  describe('front matter', () => {
    const text = '---\ntitle: Scholz visits Paris\nauthor: Anna Sholz\nsummary: "Talks on trade"\ndate: 2024-05-01\n---\nBody text.\n';

    it('treats the values of title and summary as prose, with exact ranges', () => {
      const { blocks } = mapProse(text);
      const title = text.indexOf('Scholz visits Paris');
      const summary = text.indexOf('Talks on trade');
      assert.deepEqual(blocks.slice(0, 2), [
        [title, title + 'Scholz visits Paris'.length],
        [summary, summary + 'Talks on trade'.length],
      ]);
    });

    it('masks the keys, the quotes, the fences and the values of other keys', () => {
      assert.equal(shown(text), '███\n███████Scholz visits Paris\n██████████████████\n██████████Talks on trade█\n████████████████\n███\nBody text.\n');
    });

    it('ends the front matter at a closing "..." line as well', () => {
      assert.deepEqual(blockTexts('---\ntitle: Scholz in Paris\n...\nBody.\n'), ['Scholz in Paris', 'Body.\n']);
    });

    it('skips title and summary values that are not text', () => {
      const t = '---\ntitle: 2024\nsummary: true\ncaption:\n  - Sholz\n---\nBody.\n';
      assert.deepEqual(blockTexts(t), ['Body.\n']);
    });
  });

  describe('Markdown blocks', () => {
    it('treats a heading and a paragraph as one block each', () => {
      assert.deepEqual(blockTexts('# Scholz in Paris\n\nFirst line\nsecond line.\n'), ['# Scholz in Paris\n', 'First line\nsecond line.\n']);
    });

    it('treats each list item and a block quote as prose', () => {
      assert.deepEqual(blockTexts('- item one\n- item two\n\n> quoted text\n'), ['- item one\n', '- item two\n', '> quoted text\n']);
    });

    it('does not treat fenced code, indented code or an HTML block as prose', () => {
      const text = 'Para.\n\n```\nfenced Sholz\n```\n\n    indented Sholz\n\n<div>\nhtml Sholz\n</div>\n\nEnd.\n';
      assert.deepEqual(blockTexts(text), ['Para.\n', 'End.\n']);
      assert.equal(shown(text), 'Para.\n\n███\n████████████\n███\n\n██████████████████\n\n█████\n██████████\n██████\n\nEnd.\n');
    });
  });

  describe('inline masking', () => {
    it('masks inline code', () => {
      assert.equal(shown('Run `Sholz --fix` now.\n'), hide('Run `Sholz --fix` now.\n', '`Sholz --fix`'));
    });

    it('masks a bare URL and a www address', () => {
      const text = 'See https://example.com/Sholz and www.sholz.de today.\n';
      assert.equal(shown(text), hide(text, 'https://example.com/Sholz', 'www.sholz.de'));
    });

    it('masks the link target and keeps the link text', () => {
      const text = 'Meet [Olaf Scholz](https://example.com/sholz "Sholz") today.\n';
      assert.equal(shown(text), hide(text, '](https://example.com/sholz "Sholz")'));
    });

    it('masks an image target and keeps the alt text', () => {
      const text = 'Photo: ![Olaf Scholz](sholz.jpg).\n';
      assert.equal(shown(text), hide(text, '](sholz.jpg)'));
    });

    it('masks an autolink', () => {
      const text = 'Read <https://example.com/Sholz> now.\n';
      assert.equal(shown(text), hide(text, '<https://example.com/Sholz>'));
    });

    it('masks HTML tags and keeps the text between them', () => {
      const text = 'A <span class="x">Scholz</span> quote.\n';
      assert.equal(shown(text), hide(text, '<span class="x">', '</span>'));
    });

    it('masks HTML tags as CommonMark reads them: attributes of every kind, across a line break, self-closing', () => {
      const text = 'A <img src=a.png alt=\'Olaf Sholz\'\n  data-x="1" /> and <br/> here.\n';
      assert.equal(shown(text), hide(text, '<img src=a.png alt=\'Olaf Sholz\'', '  data-x="1" />', '<br/>'));
    });

    it('keeps as prose what CommonMark shows as text: no tag name, or words that are no attributes', () => {
      for (const text of ['Pennzoil said <Texaco Inc (TX), New York> would appeal.\n', 'If a < b and c > d, Sholz wins.\n', 'An <a.b> code.\n']) assert.equal(shown(text), text);
    });

    it('masks ticker symbols with their exchange, and not a parenthesised acronym', () => {
      const text = 'CSR Ltd <CSRA.S> and IBM (IBM.N) rose; the Bank of Japan (BOJ) did not.\n';
      assert.equal(shown(text), hide(text, '<CSRA.S>', '(IBM.N)'));
    });

    it('masks an e-mail address', () => {
      const text = 'Write to olaf.sholz@example.com today.\n';
      assert.equal(shown(text), hide(text, 'olaf.sholz@example.com'));
    });

    it('masks Hugo and Jekyll shortcodes', () => {
      const text = 'A {{< tweet Sholz >}} and {% include Sholz.html %} here.\n';
      assert.equal(shown(text), hide(text, '{{< tweet Sholz >}}', '{% include Sholz.html %}'));
    });

    it('keeps the length and every newline, even inside masked code spanning lines', () => {
      const text = '---\ntitle: Scholz\nauthor: Sholz\n---\nLine one\nline two `a\nb` end\n\n```\ncode\n```\n';
      const { masked } = mapProse(text);
      assert.equal(masked.length, text.length);
      const newlines = (s: string) => [...s].flatMap((c, i) => (c === '\n' ? [i] : []));
      assert.deepEqual(newlines(masked), newlines(text));
      assert.equal(masked.slice(text.indexOf('line two')), 'line two ██\n██ end\n\n███\n████\n███\n'.replaceAll('█', MASK));
    });
  });

  it('reads the whole text as Markdown when the front matter is never closed', () => {
    const text = '---\ntitle: Scholz visits Paris\n\nOlaf Sholz spoke.\n';
    const { split } = mapProse(text);
    assert.deepEqual(split, { unterminated: { message: 'Front matter starts with “---” on line 1 but is never closed with “---”.', line: 1 }, bodyStart: 0 });
    assert.deepEqual(blockTexts(text), ['title: Scholz visits Paris\n', 'Olaf Sholz spoke.\n']);
  });

  it('finds front matter after a byte order mark, with ranges counting the BOM', () => {
    const text = '\uFEFF---\ntitle: Scholz in Paris\n---\nBody text.\n';
    const { blocks, split } = mapProse(text);
    assert.equal(split.bodyStart, text.indexOf('Body'));
    assert.deepEqual(blocks, [
      [12, 27],
      [32, 43],
    ]);
    assert.equal(text.slice(12, 27), 'Scholz in Paris');
    assert.equal(text.slice(32, 43), 'Body text.\n');
  });

  it('keeps exact ranges with CRLF line endings in front matter and body', () => {
    const text = '---\r\ntitle: Scholz in Paris\r\nauthor: Anna\r\n---\r\n# Head\r\n\r\nPara one\r\nline two.\r\n';
    const { blocks, masked } = mapProse(text);
    assert.deepEqual(
      blocks.map(([s, e]) => text.slice(s, e)),
      ['Scholz in Paris', '# Head\r\n', 'Para one\r\nline two.\r\n'],
    );
    assert.equal(blocks[0][0], text.indexOf('Scholz'));
    assert.equal(blocks[1][0], text.indexOf('# Head'));
    assert.equal(masked.length, text.length);
    assert.equal(masked.slice(blocks[2][0], blocks[2][1]), 'Para one\r\nline two.\r\n');
  });
});

describe('splitFrontMatter', () => {
  it('returns no front matter for an article without one', () => {
    assert.deepEqual(splitFrontMatter('# Headline\n\nBody.\n'), { bodyStart: 0 });
  });

  it('needs the opening fence on the first line', () => {
    assert.deepEqual(splitFrontMatter('\n---\ntitle: x\n---\n'), { bodyStart: 0 });
  });

  it('reads fields in source order with the ranges of single-line text values', () => {
    const text = "---\ntitle: Scholz in Paris\nsummary: 'Talks'\ndate: 2024-05-01\n---\nBody.\n";
    const split = splitFrontMatter(text);
    assert.equal(split.bodyStart, text.indexOf('Body.'));
    assert.deepEqual(split.frontMatter, {
      start: 0,
      end: text.indexOf('Body.'),
      fields: [
        { key: 'title', value: 'Scholz in Paris', valueStart: 11, valueEnd: 26 },
        { key: 'summary', value: 'Talks', valueStart: 37, valueEnd: 42 },
        { key: 'date', value: '2024-05-01', valueStart: 50, valueEnd: 60 },
      ],
      data: { title: 'Scholz in Paris', summary: 'Talks', date: '2024-05-01' },
    });
  });

  it('reads values that are not text, with no range', () => {
    const text = '---\ntitle: 2024\ndraft: true\ntags:\n  - politics\n  - europe\n---\n';
    assert.deepEqual(splitFrontMatter(text).frontMatter?.fields, [
      { key: 'title', value: 2024 },
      { key: 'draft', value: true },
      { key: 'tags', value: ['politics', 'europe'] },
    ]);
  });

  it('gives no range to a folded value or one with an escape, whose text differs from the source', () => {
    const text = '---\nsummary: >\n  folded text\n  here\nheadline: "say \\"no\\""\n---\n';
    assert.deepEqual(splitFrontMatter(text).frontMatter?.fields, [
      { key: 'summary', value: 'folded text here\n' },
      { key: 'headline', value: 'say "no"' },
    ]);
  });

  it('reports invalid YAML with the line and column in the whole article', () => {
    const text = '---\ntitle: ok\n  bad: indent\n---\nBody.\n';
    const split = splitFrontMatter(text);
    assert.equal(split.bodyStart, text.indexOf('Body.'));
    assert.deepEqual(split.frontMatter?.fields, []);
    assert.deepEqual(split.frontMatter?.error, { message: 'Front matter is not valid YAML: Nested mappings are not allowed in compact mappings', line: 2, column: 8 });
  });

  it('reports invalid YAML after a BOM and CRLF line endings on the same line and column', () => {
    const text = '\uFEFF---\r\ntitle: ok\r\n  bad: indent\r\n---\r\nBody.\r\n';
    const error = splitFrontMatter(text).frontMatter?.error;
    assert.deepEqual([error?.line, error?.column], [2, 8]);
  });

  it('reports front matter that is a list instead of key: value lines', () => {
    assert.deepEqual(splitFrontMatter('---\n- a\n- b\n---\nBody.\n').frontMatter?.error, { message: 'Front matter should be a list of “key: value” lines.', line: 2, column: 1 });
  });

  it('reads empty front matter as no fields and no error', () => {
    assert.deepEqual(splitFrontMatter('---\n---\nBody.\n'), { frontMatter: { start: 0, end: 8, fields: [], data: {} }, bodyStart: 8 });
  });
});
