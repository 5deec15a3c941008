// Hostile input against ordinary copy of the same size, measured in one run:
// 2 MB paragraphs built to defeat backtracking masks (the "desk @ aaaa…" e-mail
// of issue 10 and its cousins), one paragraph of many findings, and lone-\r line
// ends, each beside a normal generated 2 MB article. Target: each hostile 2 MB
// paragraph checks in under 1 s. Run after `node esbuild.js && npx tsc -p tsconfig.test.json`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { generateArticle, root, median } from './corpus.mjs';

const require = createRequire(path.join(root, 'package.json'));
const { createNameChecker } = require(path.join(root, 'out/src/core/entities/knowledgeBase.js'));
const { loadBuiltInKnowledge } = require(path.join(root, 'out/src/node/knowledgeFiles.js'));
const { renderArticle } = require(path.join(root, 'out/src/core/preview/index.js'));

const SIZE = 2 * 1024 * 1024;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fill = (head, unit, tail = '\n') => head + unit.repeat(Math.ceil((SIZE - head.length - tail.length) / unit.length)) + tail;

// A normal article of about 2 MB: generated news copy, about 330,000 words.
let normal = generateArticle(340_000, 11);
normal = normal.slice(0, normal.lastIndexOf('\n\n', SIZE) + 1);
const hostile = [
  ['e-mail mask: “Write to desk @ aaaa…”', fill('Write to desk @ ', 'a')],
  ['e-mail mask: “a.a.a.a…@”', fill('', 'a.', '@\n')],
  ['HTML tag mask: “<a <a <a …”', fill('', '<a ')],
  ['link target mask: “](x ](x …”', fill('', '](x ')],
  ['shortcode mask: “{{ {{ {{ …”', fill('', '{{ ')],
  ['code span mask: “a`a`a`…”', fill('', 'a`')],
  ['lone \\r line ends (old Mac export)', normal.replace(/\n/g, '\r')],
];
// Not a target (every finding is real work), but it must stay linear: a paragraph that is all slips.
const manyFindings = fill('Olaf Scholz. ', 'Olaf Sholz, Sino-Chinese. ');

const checker = createNameChecker(loadBuiltInKnowledge(path.join(root, 'data')));
/** Median of 3 runs; each run gets a fresh checker cache (text changes by one character). */
function timeCheck(text) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const variant = text + ' '.repeat(i + 1);
    const t0 = process.hrtime.bigint();
    checker.check(variant);
    times.push(ms(t0));
  }
  return median(times);
}

console.log(`Machine: ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}; every input is ${(SIZE / 1024 / 1024).toFixed(0)} MB of text`);
const normalMs = timeCheck(normal);
console.log(`${'normal 2 MB article (the peer)'.padEnd(46)} ${fmt(normalMs).padStart(8)} ms`);
let worst = 0;
for (const [name, text] of hostile) {
  const t = timeCheck(text);
  worst = Math.max(worst, t);
  console.log(`${name.padEnd(46)} ${fmt(t).padStart(8)} ms   ${(t / normalMs).toFixed(2)}× the normal article   ${t < 1000 ? '✔' : '✘'} target < 1000 ms`);
}
{
  const t = timeCheck(manyFindings);
  const n = checker.check(manyFindings).length;
  console.log(`${`one paragraph of ${n.toLocaleString('en')} findings`.padEnd(46)} ${fmt(t).padStart(8)} ms   ${(t / normalMs).toFixed(2)}× the normal article   (no target)`);
}

// The preview of one paragraph with many flags (placing flags was quadratic per paragraph).
{
  const para = fill('', 'Olaf Sholz met Sholz. ').slice(0, 200_000);
  const findings = checker.check(para);
  const t0 = process.hrtime.bigint();
  renderArticle(para, { findings });
  const t = ms(t0);
  const n0 = process.hrtime.bigint();
  renderArticle(para, {});
  const plain = ms(n0);
  console.log(`${`preview: one paragraph, ${findings.length} flags`.padEnd(46)} ${fmt(t).padStart(8)} ms   ${(t / plain).toFixed(2)}× the same paragraph unflagged (${fmt(plain)} ms)`);
}

// The CLI end to end (fresh process: load, read, check) on the first hostile paragraph and the normal article.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bad-bench-'));
try {
  const cli = path.join(root, 'dist', 'cli.js');
  const run = (name, text) => {
    const file = path.join(tmp, name);
    writeFileSync(file, text);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'check', file, '--format', 'json'], { cwd: tmp, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    return { ms: ms(t0), status: r.status };
  };
  const a = run('normal.md', normal);
  const b = run('desk.md', hostile[0][1]);
  console.log(`${'CLI: copydesk check, normal 2 MB article'.padEnd(46)} ${fmt(a.ms).padStart(8)} ms   exit ${a.status}`);
  console.log(`${'CLI: copydesk check, “desk @ aaaa…” 2 MB'.padEnd(46)} ${fmt(b.ms).padStart(8)} ms   exit ${b.status}   ${(b.ms / a.ms).toFixed(2)}× the normal article`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`worst hostile 2 MB check: ${fmt(worst)} ms (${worst < 1000 ? 'under' : 'OVER'} the 1 s target)`);
