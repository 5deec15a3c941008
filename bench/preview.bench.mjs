// Times the news preview renderer on a generated 5,000-word article against markdown-it's
// plain render() of the same text. Target: renderArticle ≤ 15 ms a render.
//   npx tsc -p tsconfig.test.json && node bench/preview.bench.mjs
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const { renderArticle } = require(path.join(root, 'out', 'src', 'core', 'preview', 'index.js'));
const MarkdownIt = require('markdown-it');

const WORDS = 'the minister said talks in Brussels would continue on Friday after leaders failed to agree a cap on gas prices while Govt-19 measures **eased** and [markets](https://example.com/markets) rallied'.split(' ');

/** A news article: front matter, dateline, paragraphs of about 60 words, See-also lines, a subheading now and then. */
function article(targetWords) {
  const lines = ['---', 'title: European leaders debate energy prices in Brussels', 'date: 2022-10-21', 'byline: Staff Reporter', 'outlet: Harbor Daily', 'section: Europe', '---', ''];
  let words = 0;
  let n = 0;
  while (words < targetWords) {
    const para = [];
    for (let i = 0; i < 60; i++) para.push(WORDS[(n * 7 + i) % WORDS.length]);
    words += para.length;
    lines.push((n === 0 ? 'BRUSSELS, Oct. 21 (Harbor Daily) — ' : '') + para.join(' ') + '.', '');
    if (++n % 10 === 0) lines.push(`## Section ${n / 10}`, '', `**See also:** [Related story ${n}](../europe/story-${n}.md) — Harbor Daily`, '');
  }
  return lines.join('\n');
}

const text = article(5000);
const findings = [];
for (let i = text.indexOf('Govt-19'); i !== -1; i = text.indexOf('Govt-19', i + 1)) {
  findings.push({ start: i, end: i + 7, code: 'known-wrong-form', severity: 'warning', message: '“Govt-19” is not a name; did you mean COVID-19?', suggestions: ['COVID-19'], text: 'Govt-19' });
}
const md = new MarkdownIt({ html: false });

function time(fn, runs = 60) {
  for (let i = 0; i < 10; i++) fn(); // warm up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p90: samples[Math.floor(runs * 0.9)] };
}

const facts = renderArticle(text, { findings }).facts;
const plain = time(() => md.render(text));
const preview = time(() => renderArticle(text, { findings }));
console.log(`article: ${text.length} chars, ${facts.words} rendered words, ${findings.length} flagged names`);
console.log(`markdown-it render():  median ${plain.median.toFixed(2)} ms, p90 ${plain.p90.toFixed(2)} ms`);
console.log(`renderArticle():       median ${preview.median.toFixed(2)} ms, p90 ${preview.p90.toFixed(2)} ms`);
console.log(`ratio: ${(preview.median / plain.median).toFixed(2)}× markdown-it; target ≤ 15 ms: ${preview.median <= 15 ? 'met' : 'NOT met'}`);
process.exitCode = preview.median <= 15 ? 0 : 1;
