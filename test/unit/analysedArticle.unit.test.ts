// One analysis per text: the line model (\r\n, \n and a lone \r), front matter and
// prose on CR-only files, masking that stays linear on pathological input, and the
// name checker and preview reading the same analysis.
import * as assert from 'node:assert/strict';
import { analyseArticle, mapProse, type AnalysisCounters } from '../../src/core/article/analysedArticle';
import { MASK } from '../../src/core/article/prose';
import { LineIndex } from '../../src/core/text/lineIndex';
import { countWords } from '../../src/core/text/words';
import { renderArticle } from '../../src/core/preview';
import type { Finding } from '../../src/core/entities/types';
import { miniChecker } from './helpers/miniKnowledge';

/** The fastest of a few runs, in ms: one slow run on a shared machine says nothing. */
function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

/**
 * Asserts that 4× the input costs under 12× the time (quadratic work would cost 16× and
 * more). The small input is timed as four runs in a row, so both timings are of the same
 * order, and small and large runs alternate so a loaded machine slows both alike. A
 * quadratic scanner misses by far every time; noise on a busy machine may miss once, so
 * the measurement gets three tries.
 */
function assertRatio(small: () => void, large: () => void, label: string): void {
  small(); // warm up
  large();
  let ratio = Infinity;
  let detail = '';
  for (let attempt = 0; attempt < 3 && ratio >= 12; attempt++) {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 5; i++) {
      a = Math.min(a, fastest(() => {
        for (let k = 0; k < 4; k++) small();
      }, 1));
      b = Math.min(b, fastest(large, 1));
    }
    ratio = (4 * b) / a;
    detail = `${(a / 4).toFixed(1)} ms → ${b.toFixed(1)} ms`;
  }
  assert.ok(ratio < 12, `${label}: 4× the input took ${ratio.toFixed(1)}× the time (${detail})`);
}

function assertLinear(make: (n: number) => string, work: (input: string) => void, label: string): void {
  const small = make(50_000);
  const large = make(200_000);
  assertRatio(() => work(small), () => work(large), label);
}

describe('LineIndex', () => {
  it('counts \\r\\n, \\n and a lone \\r each as one line end', () => {
    const lines = new LineIndex('a\r\nb\nc\rd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 3, 5, 7].map((o) => lines.positionAt(o)), [
      { line: 0, character: 0 },
      { line: 1, character: 0 },
      { line: 2, character: 0 },
      { line: 3, character: 0 },
    ]);
    assert.deepEqual([0, 1, 2, 3].map((l) => lines.lineText(l)), ['a', 'b', 'c', 'd']);
    assert.equal(lines.offsetAt(3, 1), 8);
  });

  it('puts a line end at the end of its own line, and "\\r\\r" ends two lines', () => {
    const lines = new LineIndex('x\r\ry');
    assert.equal(lines.lineCount, 3);
    assert.deepEqual(lines.positionAt(1), { line: 0, character: 1 });
    assert.deepEqual(lines.positionAt(3), { line: 2, character: 0 });
  });
});

describe('AnalysedArticle', () => {
  const LF = '---\ntitle: Olaf Sholz in Paris\nauthor: Anna\n---\n# Head\n\nOlaf Scholz met Olaf Sholz.\n\nSholz again.\n';
  const CR = LF.replaceAll('\n', '\r');

  it('recognises front matter in a CR-only file', () => {
    const article = analyseArticle(CR);
    assert.equal(article.frontMatter.frontMatter?.data.title, 'Olaf Sholz in Paris');
    assert.equal(article.bodyStart, CR.indexOf('# Head'));
    assert.equal(article.bodyLine, 4);
  });

  it('finds the same prose blocks in CR-only, CRLF and LF files', () => {
    for (const eol of ['\r', '\r\n']) {
      const text = LF.replaceAll('\n', eol);
      const blocks = mapProse(text).blocks.map(([s, e]) => text.slice(s, e).replaceAll(eol, '\n'));
      assert.deepEqual(blocks, mapProse(LF).blocks.map(([s, e]) => LF.slice(s, e)), JSON.stringify(eol));
    }
  });

  it('keeps every line break of a CR-only file in the masked text', () => {
    const { masked } = mapProse(CR);
    assert.equal(masked.length, CR.length);
    assert.deepEqual([...masked].flatMap((c, i) => (c === '\r' ? [i] : [])), [...CR].flatMap((c, i) => (c === '\r' ? [i] : [])));
  });

  it('gives a CR-only file the same findings as its LF twin, once each, at real lines and columns', () => {
    const checker = miniChecker();
    const lf = checker.check(LF);
    const cr = checker.check(CR);
    assert.deepEqual(cr.map((f) => [f.start, f.end, f.text, f.code]), lf.map((f) => [f.start, f.end, f.text, f.code]));
    assert.equal(new Set(cr.map((f) => f.start)).size, cr.length);
    const lines = analyseArticle(CR).lines;
    assert.deepEqual(cr.map((f) => lines.positionAt(f.start).line), [1, 6, 8]);
  });

  it('reports a YAML error in CR-only front matter at its real line', () => {
    const split = analyseArticle('---\rtitle: ok\r  bad: indent\r---\rBody.\r').frontMatter;
    assert.deepEqual([split.frontMatter?.error?.line, split.frontMatter?.error?.column], [2, 8]);
  });

  it('computes each part once, and the name check and See also names share it', () => {
    const counters: AnalysisCounters = { analyses: 0, blockParses: 0, inlineParses: 0 };
    const article = analyseArticle(LF, counters);
    const checker = miniChecker();
    checker.checkArticle(article);
    assert.ok(checker.entitiesIn(article).includes('person:olaf-scholz'));
    renderArticle(article);
    renderArticle(article);
    assert.deepEqual(counters, { analyses: 1, blockParses: 1, inlineParses: 1 });
  });
});

describe('inline masking stays linear', () => {
  const paragraph = (run: string) => `Write to desk ${run} today.\n`;
  const cases: Array<[string, (n: number) => string]> = [
    ['an @ before a long word (e-mail)', (n) => paragraph('@ ' + 'a'.repeat(n))],
    ['a long local part with no @ after it (e-mail)', (n) => paragraph('a.'.repeat(n / 2))],
    ['tags that never close', (n) => paragraph('<a'.repeat(n / 2))],
    ['link targets that never close', (n) => paragraph(']('.repeat(n / 2))],
    ['shortcodes that never close', (n) => paragraph('{{'.repeat(n / 4) + '{%'.repeat(n / 4))],
    ['autolinks that never close', (n) => paragraph('<http:'.repeat(n / 6))],
    ['unmatched backtick runs', (n) => paragraph('` ``'.repeat(n / 4))],
  ];
  for (const [label, make] of cases) {
    it(`on ${label}`, () => assertLinear(make, (t) => void mapProse(t).masked, label));
  }

  it('still masks what it should after a pathological run', () => {
    const text = paragraph('@ ' + 'a'.repeat(1000) + ' mail olaf@example.com and <b>x</b>');
    const masked = mapProse(text).masked;
    assert.equal(masked.slice(text.indexOf('olaf@'), text.indexOf('olaf@') + 16), MASK.repeat(16));
    assert.equal(masked.slice(text.indexOf('<b>'), text.indexOf('<b>') + 3), MASK.repeat(3));
    assert.equal(masked.slice(text.indexOf('a'.repeat(10)), text.indexOf('a'.repeat(10)) + 10), 'a'.repeat(10));
  });
});

describe('NameChecker on the analysed article', () => {
  it('returns 150,000 findings without running out of call arguments', () => {
    const text = 'Govt-19 '.repeat(150_000) + '\n';
    const findings = miniChecker().check(text);
    assert.equal(findings.length, 150_000);
  });

  it('says when only the first characters were checked, instead of cutting silently', () => {
    const text = 'Olaf Sholz spoke.\n\n' + 'Word '.repeat(100) + '\n\nOlaf Sholz again.\n';
    const result = miniChecker().checkArticle(analyseArticle(text), { maxCheckedChars: 100 });
    assert.equal(result.findings.length, 1);
    assert.deepEqual(
      { checked: result.truncated?.checkedChars, total: result.truncated?.totalChars },
      { checked: 100, total: text.length },
    );
    assert.match(result.truncated!.message, /Only the first 100 of \d+ characters were checked/);
    assert.equal(miniChecker().checkArticle(analyseArticle(text)).truncated, undefined);
  });
});

describe('renderArticle on the analysed article', () => {
  const flag = (text: string, start: number, word: string): Finding => ({
    start,
    end: start + word.length,
    code: 'near-miss',
    severity: 'warning',
    message: 'm',
    suggestions: [],
    text: text.slice(start, start + word.length),
  });

  it('leaves the shared tokens as parsed: two renders with different findings differ only in their flags', () => {
    const text = 'BRUSSELS — Olaf Sholz met Sholz.\n\n![A photo](p.png "Sholz")\n\nSee also: [X](x.md) — Outlet\n';
    const article = analyseArticle(text);
    const first = renderArticle(article, { findings: [flag(text, text.indexOf('Sholz'), 'Sholz')] }).html;
    const plain = renderArticle(article).html;
    assert.equal(plain, renderArticle(text).html);
    assert.equal((first.match(/<mark/g) ?? []).length, 1);
    assert.equal((plain.match(/<mark/g) ?? []).length, 0);
    assert.equal((plain.match(/class="dateline"/g) ?? []).length, 1);
  });

  it('places a flag by its offset: the second of two equal words, not the first', () => {
    const text = 'Sholz and [Sholz](Sholz.md) and Sholz.\n';
    const at = text.lastIndexOf('Sholz');
    const html = renderArticle(text, { findings: [flag(text, at, 'Sholz')] }).html;
    assert.ok(html.includes('</a> and <mark'), html);
  });

  it('places flags in table cells and in a CR-only file', () => {
    const table = '| Name | Note |\n| --- | --- |\n| Sholz | Sholz |\n';
    const second = table.lastIndexOf('Sholz');
    assert.match(renderArticle(table, { findings: [flag(table, second, 'Sholz')] }).html, /<td>Sholz<\/td>\s*<td><mark[^>]*>Sholz<\/mark><\/td>/);
    const cr = '---\rtitle: T\r---\rFirst.\r\rOlaf Sholz.\r';
    const html = renderArticle(cr, { findings: [flag(cr, cr.indexOf('Sholz'), 'Sholz')] }).html;
    assert.match(html, /<p class="code-line" data-line="5">Olaf <mark[^>]*>Sholz<\/mark>\.<\/p>/);
  });

  it('places 10,000 flags in one paragraph in linear time', () => {
    const make = (n: number) => {
      const text = 'Sholz '.repeat(n) + '\n';
      const findings = Array.from({ length: n }, (_, i) => flag(text, i * 6, 'Sholz'));
      return { article: analyseArticle(text), findings };
    };
    const small = make(2_500);
    const large = make(10_000);
    assertRatio(
      () => renderArticle(small.article, { findings: small.findings }),
      () => renderArticle(large.article, { findings: large.findings }),
      '10,000 flags',
    );
    assert.equal((renderArticle(large.article, { findings: large.findings }).html.match(/<mark/g) ?? []).length, 10_000);
  });
});

describe('countWords', () => {
  it('counts letters and digits joined across one apostrophe, full stop or hyphen as one word', () => {
    const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    for (const text of ["O'Brien met U.S. officials in São Paulo — well-known 2,000 times.", "a--b 'x' -y- ..z.. Ω𝒳 d'' e’f", '', '   ', '𝒳𝒳 𝒳-𝒳']) {
      assert.equal(countWords(text), text.match(WORD)?.length ?? 0, text);
    }
  });
});
