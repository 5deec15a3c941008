// Entity engine against cspell-lib's DocumentValidator (default English
// settings) on the same text, measured in one run:
//   cold first check (fresh process: import, load, check a 2,000-word article),
//   engine load cold and the resident memory of the loaded knowledge (fresh processes; the
//   engine bundled by esbuild, as the extension ships it),
//   recheck of that article after a one-word edit (warm),
//   a 100,000-word document (warm engine, nothing cached),
//   the CLI over 200 generated articles against the cspell CLI (9.x).
// Run after `node esbuild.js && npx tsc -p tsconfig.test.json`.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fmt, generateArticle, median, root, runCold, wordCount } from './corpus.mjs';

const require = createRequire(path.join(root, 'package.json'));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const results = [];
function report(name, ours, peer, target) {
  const ratio = ours / peer;
  results.push({ name, ours, peer, ratio, target });
  console.log(`${name.padEnd(44)} copydesk ${fmt(ours).padStart(8)} ms   cspell ${fmt(peer).padStart(8)} ms   ratio ${ratio.toFixed(2)}×   ${target}`);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
const article = generateArticle(2000, 7);
const articlePath = path.join(tmp, 'article.md');
writeFileSync(articlePath, article);
console.log(`Article: ${wordCount(article)} words; machine: ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);

// The name engine as the product ships it: one esbuild bundle (as esbuild.js builds the
// extension's), so a cold load pays for one file rather than for resolving the compiled tree.
const enginePath = path.join(tmp, 'engine.js');
const engineEntry = path.join(tmp, 'engine.ts');
writeFileSync(
  engineEntry,
  `export { createNameChecker } from ${JSON.stringify(path.join(root, 'src/core/entities/knowledgeBase'))};\nexport { loadBuiltInKnowledge } from ${JSON.stringify(path.join(root, 'src/node/knowledgeFiles'))};\n`,
);
buildSync({ entryPoints: [engineEntry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], outfile: enginePath, logLevel: 'error' });

// --- cold first check, each in a fresh Node process ------------------------------
const coldOurs = `
const t0 = process.hrtime.bigint();
const { createNameChecker, loadBuiltInKnowledge } = require(${JSON.stringify(enginePath)});
const text = require('fs').readFileSync(${JSON.stringify(articlePath)}, 'utf8');
const checker = createNameChecker(loadBuiltInKnowledge(${JSON.stringify(path.join(root, 'data'))}));
const n = checker.check(text).length;
console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, n }));`;
const coldPeer = `
const t0 = process.hrtime.bigint();
const m = await import('cspell-lib');
const text = (await import('fs')).readFileSync(${JSON.stringify(articlePath)}, 'utf8');
const doc = m.createTextDocument({ uri: 'file://${articlePath}', content: text, languageId: 'markdown' });
const v = new m.DocumentValidator(doc, {}, await m.getDefaultSettings());
await v.prepare();
const n = (await v.checkDocumentAsync()).length;
console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, n }));`;
const coldA = [];
const coldB = [];
for (let i = 0; i < 3; i++) {
  coldA.push(runCold(coldOurs, false));
  coldB.push(runCold(coldPeer, true));
}
report('cold first check (2,000 words)', median(coldA), median(coldB), 'target ≤ 0.5×');

// --- engine load and resident memory of the loaded knowledge, each in a fresh process ----
// Load: import, read the knowledge (curated entities, packed name lists, popular entities)
// and build the registry, ready to check. Peer: cspell-lib import + default settings + prepare.
// Memory: heap growth after a full GC once the knowledge is loaded (and one check ran).
const loadOurs = `
const t0 = process.hrtime.bigint();
global.gc(); const h0 = process.memoryUsage().heapUsed;
const { createNameChecker, loadBuiltInKnowledge } = require(${JSON.stringify(enginePath)});
const checker = createNameChecker(loadBuiltInKnowledge(${JSON.stringify(path.join(root, 'data'))}));
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
checker.check(require('fs').readFileSync(${JSON.stringify(articlePath)}, 'utf8'));
global.gc();
console.log(JSON.stringify({ ms: loadMs, mb: (process.memoryUsage().heapUsed - h0) / 1e6 }));`;
const loadPeer = `
const t0 = process.hrtime.bigint();
global.gc(); const h0 = process.memoryUsage().heapUsed;
const m = await import('cspell-lib');
const doc = m.createTextDocument({ uri: 'file://${articlePath}', content: 'warm up', languageId: 'markdown' });
const v = new m.DocumentValidator(doc, {}, await m.getDefaultSettings());
await v.prepare();
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
await v.checkDocumentAsync();
global.gc();
console.log(JSON.stringify({ ms: loadMs, mb: (process.memoryUsage().heapUsed - h0) / 1e6 }));`;
function runLoad(code, esm) {
  const args = ['--expose-gc', ...(esm ? ['--input-type=module'] : []), '-e', code];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
// The same load with the registry indexed from the knowledge files at load time (no prebuilt
// data/generated/registry-index.json): what the prebuilt index saves, in the same run.
const loadUnindexed = loadOurs.replace(/const checker = createNameChecker\(loadBuiltInKnowledge\(([^\n]*)\)\);/, 'const k = loadBuiltInKnowledge($1); delete k.registryIndex; const checker = createNameChecker(k);');
if (loadUnindexed === loadOurs) throw new Error('engine bench: the load without the prebuilt index was not set up');
const loadA = [];
const loadB = [];
const loadC = [];
for (let i = 0; i < 3; i++) {
  loadA.push(runLoad(loadOurs, false));
  loadB.push(runLoad(loadPeer, true));
  loadC.push(runLoad(loadUnindexed, false));
}
report('engine load, cold (import + knowledge + index)', median(loadA.map((x) => x.ms)), median(loadB.map((x) => x.ms)), 'target ≤ 300 ms');
const indexed = median(loadA.map((x) => x.ms));
const unindexed = median(loadC.map((x) => x.ms));
console.log(`${'  prebuilt index vs indexing at load'.padEnd(44)} copydesk ${fmt(indexed).padStart(8)} ms   indexing at load ${fmt(unindexed).padStart(8)} ms   ratio ${(indexed / unindexed).toFixed(2)}×`);
const memA = median(loadA.map((x) => x.mb));
const memB = median(loadB.map((x) => x.mb));
results.push({ name: 'resident memory of the loaded knowledge (MB)', ours: memA, peer: memB, ratio: memA / memB, target: '≤ 150 MB' });
console.log(`${'resident memory of the loaded knowledge'.padEnd(44)} copydesk ${memA.toFixed(1).padStart(8)} MB   cspell ${memB.toFixed(1).padStart(8)} MB   ratio ${(memA / memB).toFixed(2)}×   target ≤ 150 MB`);

// --- warm: recheck after a one-word edit --------------------------------------------
const { createNameChecker, loadBuiltInKnowledge } = require(enginePath);
const knowledge = loadBuiltInKnowledge(path.join(root, 'data'));
const checker = createNameChecker(knowledge);
const cspell = await import('cspell-lib');
const settings = await cspell.getDefaultSettings();
const doc = cspell.createTextDocument({ uri: `file://${articlePath}`, content: article, languageId: 'markdown' });
const validator = new cspell.DocumentValidator(doc, {}, settings);
await validator.prepare();
await validator.checkDocumentAsync();
checker.check(article);

// Each edit changes one word in a different paragraph, as a typist would.
const words = [...article.matchAll(/\b[a-z]{5,}\b/g)].filter((m) => m.index > 200);
const edits = Array.from({ length: 40 }, (_, i) => {
  const m = words[Math.floor((i * words.length) / 40)];
  return article.slice(0, m.index) + m[0].slice(0, -1) + 'x' + article.slice(m.index + m[0].length);
});
for (let i = 0; i < 5; i++) {
  checker.check(edits[i]);
  validator.updateDocumentText(edits[i]);
  await validator.checkDocumentAsync();
}
const reA = [];
const reB = [];
for (const text of edits) {
  let t0 = process.hrtime.bigint();
  checker.check(text);
  reA.push(ms(t0));
  t0 = process.hrtime.bigint();
  validator.updateDocumentText(text);
  await validator.checkDocumentAsync();
  reB.push(ms(t0));
}
report('recheck after a one-word edit (median)', median(reA), median(reB), 'target ≤ 5 ms and ≤ 0.3×');

// --- a 100,000-word document ---------------------------------------------------------
const big = generateArticle(100_000, 11);
const bigA = [];
const bigB = [];
for (let i = 0; i < 3; i++) {
  const fresh = createNameChecker(knowledge); // nothing cached: every paragraph is new to it
  let t0 = process.hrtime.bigint();
  fresh.check(big);
  bigA.push(ms(t0));
  const d = cspell.createTextDocument({ uri: `file://${tmp}/big${i}.md`, content: big, languageId: 'markdown' });
  const v = new cspell.DocumentValidator(d, {}, settings);
  await v.prepare();
  t0 = process.hrtime.bigint();
  await v.checkDocumentAsync();
  bigB.push(ms(t0));
}
report(`${wordCount(big).toLocaleString('en')}-word document (warm engine)`, median(bigA), median(bigB), 'target ≤ 300 ms');

// --- CLI over 200 articles -----------------------------------------------------------
const corpus = path.join(tmp, 'corpus');
mkdirSync(corpus);
for (let i = 0; i < 200; i++) writeFileSync(path.join(corpus, `a${String(i).padStart(3, '0')}.md`), generateArticle(600, 100 + i));
const cli = path.join(root, 'dist', 'cli.js');
const cspellBin = path.join(root, 'node_modules', 'cspell', 'bin.mjs');
function timeCommand(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: tmp, encoding: 'utf8' });
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return ms(t0);
}
const cliA = [];
const cliB = [];
for (let i = 0; i < 3; i++) {
  cliA.push(timeCommand([cli, 'check', corpus]));
  cliB.push(timeCommand([cspellBin, 'lint', '--no-progress', '--no-summary', '--no-cache', 'corpus/**/*.md']));
}
report('CLI over 200 articles (copydesk vs cspell)', median(cliA), median(cliB), 'target ≥ 5× faster (ratio ≤ 0.2×)');

rmSync(tmp, { recursive: true, force: true });
export { results };
