// Property-based tests (fast-check) over the public core: random Unicode, mixed line ends
// (\n, \r\n, lone \r), Markdown nesting, long lines and broken front matter. Nothing may
// throw; every finding lies inside the text and spans exactly its flagged word; the
// renderer emits no script, handler or style; configuration parsing reports, never throws;
// and work grows linearly with the input (a ratio between two sizes, never a clock limit).
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { mapProse } from '../../src/core/article/analysedArticle';
import { splitFrontMatter } from '../../src/core/article/frontMatter';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';
import type { NameChecker } from '../../src/core/entities/nameChecker';
import { addAcceptedName, parseCspellConfig, parseHouseList } from '../../src/core/entities/houseList';
import { planReplacement, revalidateReplacements } from '../../src/core/edits/versionedReplace';
import { formatSeeAlsoLine } from '../../src/core/seeAlso/block';
import { renderArticle } from '../../src/core/preview';

// Compiled tests run from out/test/fuzz/, so the repository root is three levels up.
const DATA_DIR = resolve(__dirname, '../../../data');
/** Runs per property: enough to find the known classes, quick enough for every `npm test`. */
const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 200);
const SEED = process.env.COPYDESK_FUZZ_SEED ? Number(process.env.COPYDESK_FUZZ_SEED) : undefined;
const params = (numRuns = RUNS) => ({ numRuns, seed: SEED });

// --- generators ---------------------------------------------------------------

/** Pieces that exercise every branch of the prose map and the checks. */
const SNIPPETS = [
  'Olaf Scholz', 'Olaf Sholz', 'Sholz', 'Sino-Chinese', 'Govt-19', 'Kiev', 'Kyiv', 'Twenty20', 'Emmanuel Macron', 'Wang Yi', 'Lavrov',
  'the', ' ', '  ', '.', ',', "'s", '’s', '-', '—',
  '# ', '## ', '> ', '- ', '* ', '1. ', '**', '_', '`', '```', '~~~', '    ', '\t', '|', '|---|', ':-:', '[', ']', '(', ')', '](', '![',
  '<', '>', '</', '<a href="x">', '<!--', '-->', '@', 'a@b.co', 'http://', 'https://x.example/a_b', 'www.', '{{', '}}', '{%', '%}', ']: ', '\\',
  '---', '...', 'title: ', 'summary: ', 'key: [', ']', '{', '}', '&a ', '*a', '|-', '>-',
  '\u0000', '\uFEFF', '\u00A0', '\u200B', '\u202E', '\u2066', 'é', 'e\u0301', 'İ', 'ß', '😀', '\uD83D', '\uDE00', '👩‍👩‍👧', 'مرحبا', '漢字',
];
const EOLS = ['\n', '\r\n', '\r'];

const snippet = fc.constantFrom(...SNIPPETS);
const eol = fc.constantFrom(...EOLS);
/** Random Unicode, lone surrogates included. */
const unicode = fc.string({ unit: 'binary', maxLength: 12 });
const piece = fc.oneof({ weight: 6, arbitrary: snippet }, { weight: 2, arbitrary: eol }, { weight: 2, arbitrary: unicode });

/** An article-shaped text: maybe front matter (perhaps broken), then pieces. */
const article = fc
  .tuple(
    fc.constantFrom('', '---\ntitle: Olaf Sholz in Kiev\nsummary: Sino-Chinese talks\n---\n', '---\ntitle: [unclosed\n---\n', '---\r\ntitle: Sholz\r\n---\r\n', '---\rtitle: Sholz\r---\r', '---\ntitle: never closed\n', '\uFEFF---\ntitle: Sholz\n---\n'),
    fc.array(piece, { maxLength: 120 }),
  )
  .map(([fm, parts]) => fm + parts.join(''));

/** Deep nesting: quotes, lists, emphasis and brackets many levels down. */
const nested = fc
  .tuple(fc.constantFrom('> ', '- ', '  ', '[', '**', '_', '(', '<b>', '{{'), fc.integer({ min: 1, max: 400 }), fc.constantFrom('Olaf Sholz', 'Govt-19', 'x'))
  .map(([open, depth, word]) => `${open.repeat(depth)}${word}\n`);

/** One long line (up to 60,000 characters) of a repeated piece. */
const longLine = fc.tuple(snippet, fc.integer({ min: 1, max: 4000 }), eol).map(([s, n, e]) => `Olaf Sholz ${s.repeat(n)} Sholz${e}Sholz again.${e}`);

/** Front matter nested deeper than the yaml library can compose (it would abort the process). */
const deepFrontMatter = fc
  .tuple(fc.constantFrom('[', '{a: ', '[{b: ', '- ['), fc.integer({ min: 200, max: 20_000 }), eol)
  .map(([open, depth, e]) => `---${e}title: ${open.repeat(depth)}${e}---${e}Olaf Sholz spoke.${e}`);

const anyText = fc.oneof({ weight: 5, arbitrary: article }, { weight: 2, arbitrary: nested }, { weight: 1, arbitrary: longLine }, { weight: 1, arbitrary: deepFrontMatter });

/** The same text with its line ends rewritten. */
const withLineEnds = (text: string, e: string) => text.replace(/\r\n|\r|\n/g, e);

// --- properties ----------------------------------------------------------------

describe('fuzz: the core on random and hostile text', function () {
  this.timeout(600_000);
  let checker: NameChecker;

  before(() => {
    checker = createNameChecker(loadBuiltInKnowledge(DATA_DIR));
  });

  it('checks any text without throwing, every finding inside the text and equal to its flagged word', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of checker.check(text)) {
          assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `integer offsets: ${JSON.stringify(f)}`);
          assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `inside the text: ${f.start}..${f.end} of ${text.length}`);
          assert.equal(text.slice(f.start, f.end), f.text);
        }
      }),
      params(),
    );
  });

  it('finds the same words whichever line ends the text uses (\\n, \\r\\n or a lone \\r)', () => {
    const words = (text: string) => checker.check(text).map((f) => `${f.code}:${f.text}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(snippet, fc.constant('\n'), fc.constant('\n\n')), { maxLength: 80 }), fc.boolean(), (parts, frontMatter) => {
        const lf = (frontMatter ? '---\ntitle: Olaf Sholz\n---\n' : '') + parts.join('');
        const expected = words(lf);
        for (const e of ['\r\n', '\r']) assert.deepEqual(words(withLineEnds(lf, e)), expected, `line ends ${JSON.stringify(e)}`);
      }),
      params(),
    );
  });

  it('maps prose and front matter of any text with the same length and ordered blocks inside it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const split = splitFrontMatter(text);
        assert.ok(split.bodyStart >= 0 && split.bodyStart <= text.length);
        const prose = mapProse(text);
        assert.equal(prose.masked.length, text.length);
        let at = 0;
        for (const [start, end] of prose.blocks) {
          assert.ok(at <= start && start <= end && end <= text.length, `block ${start}..${end} after ${at}`);
          at = end;
        }
      }),
      params(),
    );
  });

  it('renders any text, with its findings flagged, to HTML with no script, handler, style or foreign scheme', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { html } = renderArticle(text, { findings: checker.check(text) });
        assert.doesNotMatch(html, /<script|<iframe|<object|<embed|<style|<base|<meta/i);
        assert.doesNotMatch(html, /\s(?:on[a-z]+|style|srcset)\s*=/i);
        assert.doesNotMatch(html, /(?:href|src)="\s*(?!https?:|mailto:|data:image\/(?:png|gif|jpeg|webp);|[^":]*(?:[/?#"]|$))/i);
        assert.doesNotMatch(html, /(?:href|src)="[\\/]{2}/i);
      }),
      params(),
    );
  });

  it('parses any house list or cspell configuration to a result with problems, never an exception', () => {
    const yamlish = fc
      .array(fc.oneof(fc.constantFrom('accept:', 'preferred:', 'entities:', 'words:', '- ', '  ', '[', ']', '{', '}', ': ', '&a ', '*a', '! ', '!!map ', '? ', '"', "'", '#', ',', 'Sholz', 'name: X', 'kind: person', '---', '...', '%YAML 1.2'), eol, unicode), { maxLength: 60 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(yamlish, fc.constantFrom('cspell.json', 'cspell.yaml'), (text, name) => {
        for (const p of [...parseHouseList(text).problems, ...parseCspellConfig(text, name).problems]) {
          assert.ok(p.line >= 1 && p.column >= 1 && p.message.length > 0, JSON.stringify(p));
        }
      }),
      params(),
    );
  });

  it('adds a name to any house list as one insertion or refuses with an Error, never corrupting it', () => {
    const list = fc
      .array(fc.oneof(fc.constantFrom('accept:', 'accept: [A, B]', 'accept: []', '  - A', '- B', 'x-n: &n [C]', 'accept: *n', 'preferred:', '  Kyiv: [Kiev]', 'entities:', '  - name: X', '# note', ''), eol), { maxLength: 14 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(list, fc.oneof(fc.constantFrom('Twenty20', 'true', 'A: b', '[x]', 'O’Neill'), fc.string({ minLength: 1, maxLength: 8 })), (text, name) => {
        let updated: string;
        try {
          updated = addAcceptedName(text, name);
        } catch (e) {
          assert.ok(e instanceof Error && e.message.length > 0);
          return;
        }
        if (updated === text) return; // already accepted
        // The original is the result minus one contiguous insertion.
        let head = 0;
        while (head < text.length && text[head] === updated[head]) head++;
        const inserted = updated.length - text.length;
        assert.ok(inserted > 0);
        assert.equal(updated.slice(0, head) + updated.slice(head + inserted), text);
        assert.ok(parseHouseList(updated).list.accept.includes(name.trim()));
      }),
      params(),
    );
  });

  it('replaces only the planned word, or nothing, after random edits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Sholz', ' ', 'Scholz', 'a', '\n'), { minLength: 1, maxLength: 40 }), fc.nat(), fc.string({ maxLength: 6 }), fc.nat(), (parts, pick, typed, where) => {
        const text = parts.join('');
        const at = [...text.matchAll(/Sholz/g)].map((m) => m.index!);
        if (at.length === 0) return;
        const start = at[pick % at.length];
        const plan = planReplacement(text, start, start + 5, 'Scholz');
        const cut = where % (text.length + 1);
        const current = text.slice(0, cut) + typed + text.slice(cut);
        const r = revalidateReplacements(current, [plan]);
        if (r) for (const x of r) assert.equal(current.slice(x.start, x.end), 'Sholz');
      }),
      params(),
    );
  });

  it('keeps any See also title inside its link', () => {
    const md = new MarkdownIt({ html: true });
    fc.assert(
      fc.property(fc.array(fc.oneof(snippet, eol, unicode), { maxLength: 20 }).map((p) => p.join('')), (title) => {
        const tokens = md.parse(formatSeeAlsoLine({ title, path: 'x.md', outlet: 'HD' }), {});
        assert.equal(tokens.filter((t) => t.type === 'paragraph_open').length, 1);
        assert.equal(tokens.length, 3);
        const children = tokens[1].children ?? [];
        assert.equal(children.filter((c) => c.type === 'link_open').length, 1);
        assert.ok(!children.some((c) => c.type === 'html_inline' || c.type === 'image'));
      }),
      params(),
    );
  });
});

// --- linear time ------------------------------------------------------------------

/** This process's CPU time in ms: other processes on a loaded machine do not add to it as they add to wall time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * The fastest of three calls after one warm-up, in CPU time (noise on a shared machine only ever
 * adds time, so the minimum is the steadiest estimate). Each call gets the text with 0–3 more leading
 * spaces (still the same paragraph to Markdown), so a cache keyed by the text never answers
 * instead of the work being measured.
 */
function fastestMs(run: (text: string) => void, text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const variant = ' '.repeat(i) + text;
    const t = cpuMs();
    run(variant);
    if (i > 0) times.push(cpuMs() - t);
  }
  return Math.min(...times);
}

/**
 * Time at 8× the size over time at 1×: linear work gives about 8, quadratic about 64.
 * Allowed: 24, three times linear, for noise on a shared machine.
 */
const SIZE_FACTOR = 8;
const MAX_RATIO = 24;

function assertLinear(name: string, build: (n: number) => string, run: (text: string) => void, n: number): void {
  const small = build(n);
  const large = build(n * SIZE_FACTOR);
  // A floor of 5 ms on the small size keeps timer resolution and GC pauses out of the ratio.
  const ratio = fastestMs(run, large) / Math.max(5, fastestMs(run, small));
  assert.ok(ratio < MAX_RATIO, `${name}: ${SIZE_FACTOR}× the input took ${ratio.toFixed(1)}× the time (linear ≈ ${SIZE_FACTOR}, allowed < ${MAX_RATIO})`);
}

describe('fuzz: work grows linearly with the input', function () {
  this.timeout(600_000);
  let checker: NameChecker;

  before(() => {
    checker = createNameChecker(loadBuiltInKnowledge(DATA_DIR));
  });

  /** One paragraph that defeated a backtracking mask, by the piece that repeats in it. */
  const PATHOLOGICAL: Array<[string, (n: number) => string]> = [
    ['e-mail mask (“desk @ aaaa…”)', (n) => `Write to desk @ ${'a'.repeat(n)}\n`],
    ['e-mail mask (“a.a.a.…”)', (n) => `${'a.'.repeat(n / 2)}@\n`],
    ['HTML tag mask (“<a <a <a …”)', (n) => `${'<a '.repeat(n / 3)}\n`],
    ['link target mask (“](](](…”)', (n) => `${'](x '.repeat(n / 4)}\n`],
    ['shortcode mask (“{{ {{ {{ …”)', (n) => `${'{{ '.repeat(n / 3)}\n`],
    ['code span mask (“` `` ``` …”)', (n) => `${'a`'.repeat(n / 2)}\n`],
    ['reference definition mask', (n) => `[${'a'.repeat(n)}]:\n`],
    ['lone \\r line ends', (n) => `---\rtitle: Sholz\r---\r${'Olaf Sholz spoke.\r'.repeat(n / 18)}`],
  ];

  for (const [name, build] of PATHOLOGICAL) {
    it(`checks a paragraph built on the ${name} in linear time`, () => {
      assertLinear(name, build, (text) => checker.check(text), 100_000);
    });
  }

  it('checks a paragraph with many findings in linear time', () => {
    assertLinear('many findings', (n) => `Olaf Scholz. ${'Olaf Sholz, Sino-Chinese. '.repeat(n / 26)}\n`, (text) => checker.check(text), 10_000);
  });

  it('renders a paragraph with many flagged names in linear time', () => {
    const build = (n: number) => `${'Olaf Sholz met Sholz. '.repeat(n / 22)}\n`;
    // Findings of each variant are computed outside the timed render.
    const findingsFor = new Map<string, ReturnType<NameChecker['check']>>();
    for (const n of [10_000, 10_000 * SIZE_FACTOR]) for (let i = 0; i < 4; i++) findingsFor.set(' '.repeat(i) + build(n), checker.check(' '.repeat(i) + build(n)));
    assertLinear('flags in one paragraph', build, (text) => renderArticle(text, { findings: findingsFor.get(text)! }), 10_000);
  });

  it('reads a house list of many entities and a cspell configuration of many words in linear time', () => {
    const list = (n: number) => `entities:\n${Array.from({ length: n / 40 }, (_, i) => `  - {name: Person Number${i}, kind: person}\n`).join('')}`;
    assertLinear('house list parse', list, (text) => parseHouseList(text), 40_000);
    const cspell = (n: number) => JSON.stringify({ words: Array.from({ length: n / 8 }, (_, i) => `w${i}`) });
    assertLinear('cspell.json parse', cspell, (text) => parseCspellConfig(text, 'cspell.json'), 320_000);
  });
});
