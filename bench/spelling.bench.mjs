// Spelling (name-aware, cspell-lib underneath) against cspell-lib alone with its default
// settings, on the same 2,000-word article, in one run:
//   first check in a fresh process (import, dictionary load, check, suggestions),
//   recheck after a one-word edit (warm; median over 40 edits in different paragraphs).
// Targets (issue 11): first check ≤ 3 s; recheck ≤ 30 ms. The name check runs before spelling
// in the editor and is measured in bench/engine.bench.mjs; it is excluded here.
// Run after `node esbuild.js && npx tsc -p tsconfig.test.json`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, generateArticle, median, root, runCold, wordCount } from './corpus.mjs';

const require = createRequire(path.join(root, 'package.json'));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
function report(name, ours, peer, target) {
  console.log(`${name.padEnd(44)} copydesk ${fmt(ours).padStart(8)} ms   cspell ${fmt(peer).padStart(8)} ms   ratio ${(ours / peer).toFixed(2)}×   ${target}`);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-spell-bench-'));
// A typo every few hundred words, so suggestions are part of the cost.
let article = generateArticle(2000, 7);
for (const [from, to] of [['government', 'goverment'], ['received', 'recieved'], ['minister', 'minsiter']]) article = article.replace(from, to);
const articlePath = path.join(tmp, 'article.md');
writeFileSync(articlePath, article);
const uri = pathToFileURL(articlePath).href;
console.log(`Article: ${wordCount(article)} words; machine: ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);

const out = (p) => JSON.stringify(path.join(root, 'out', 'src', p));
const coldOurs = `
const t0 = process.hrtime.bigint();
const { CspellEngine } = require(${out('node/spelling/cspellEngine.js')});
const { SpellingChecker } = require(${out('core/spelling/spellingChecker.js')});
const text = require('fs').readFileSync(${JSON.stringify(articlePath)}, 'utf8');
const checker = new SpellingChecker(new CspellEngine(${JSON.stringify(root)}), { isNameWord: () => false });
checker.check(text, { uri: ${JSON.stringify(uri)}, readConfig: false }).then((r) => console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, n: r.findings.length })));`;
const coldPeer = `
const t0 = process.hrtime.bigint();
const m = await import('cspell-lib');
const text = (await import('fs')).readFileSync(${JSON.stringify(articlePath)}, 'utf8');
const doc = m.createTextDocument({ uri: ${JSON.stringify(uri)}, content: text, languageId: 'markdown' });
const v = new m.DocumentValidator(doc, { noConfigSearch: true }, await m.getDefaultSettings());
await v.prepare();
const n = (await v.checkDocumentAsync()).length;
console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, n }));`;
const coldA = [];
const coldB = [];
for (let i = 0; i < 3; i++) {
  coldA.push(runCold(coldOurs, false));
  coldB.push(runCold(coldPeer, true));
}
report('spelling: first check (2,000 words, cold)', median(coldA), median(coldB), 'target ≤ 3,000 ms');

// --- warm recheck after a one-word edit ----------------------------------------------
const { CspellEngine } = require(path.join(root, 'out/src/node/spelling/cspellEngine.js'));
const { SpellingChecker } = require(path.join(root, 'out/src/core/spelling/spellingChecker.js'));
const checker = new SpellingChecker(new CspellEngine(root), { isNameWord: () => false });
await checker.check(article, { uri, readConfig: false });
const cspell = await import('cspell-lib');
const doc = cspell.createTextDocument({ uri, content: article, languageId: 'markdown' });
const validator = new cspell.DocumentValidator(doc, { noConfigSearch: true, generateSuggestions: true }, await cspell.getDefaultSettings());
await validator.prepare();
await validator.checkDocumentAsync();
const words = [...article.matchAll(/\b[a-z]{5,}\b/g)].filter((m) => m.index > 200);
const edits = Array.from({ length: 40 }, (_, i) => {
  const m = words[Math.floor((i * words.length) / 40)];
  return article.slice(0, m.index) + m[0].slice(0, -1) + 'x' + article.slice(m.index + m[0].length);
});
const reA = [];
const reB = [];
for (const text of edits) {
  let t0 = process.hrtime.bigint();
  await checker.check(text, { uri, readConfig: false });
  reA.push(ms(t0));
  t0 = process.hrtime.bigint();
  await validator.updateDocumentText(text);
  await validator.checkDocumentAsync();
  reB.push(ms(t0));
}
report('spelling: recheck, edit makes a new unknown word', median(reA), median(reB), 'target ≤ 30 ms');

// The same, when the edit leaves a dictionary word (most keystrokes end a word so): no new suggestions.
const words2 = edits.map((_, i) => words[Math.floor((i * words.length) / 40)]);
const plain = words2.map((m) => article.slice(0, m.index) + 'report' + article.slice(m.index + m[0].length));
const reC = [];
const reD = [];
for (const text of plain) {
  let t0 = process.hrtime.bigint();
  await checker.check(text, { uri, readConfig: false });
  reC.push(ms(t0));
  t0 = process.hrtime.bigint();
  await validator.updateDocumentText(text);
  await validator.checkDocumentAsync();
  reD.push(ms(t0));
}
report('spelling: recheck, edit leaves a known word', median(reC), median(reD), 'target ≤ 30 ms');
rmSync(tmp, { recursive: true, force: true });
