// Check All Articles' worker threads outside VS Code: dist/checkAllWorker.js over the host
// bench's 2,000 articles (made from test/fixtures/corpus, every tenth with a slip), fed as
// src/vscode/names/checkAll.ts feeds them (each worker a few files at a time), with one worker
// and with two. Prints the wall time, the first answer, and where the CPU went: the workers'
// own threads against V8's helper threads (optimising compiler, garbage collector), which
// every worker keeps busy while it warms up. A quick A/B of worker-side changes without
// code-server; the real figure is test/hostBench/checkAll.bench.ts.
//
//   node bench/checkAllWorkers.bench.mjs [--workers 1,2] [--runs 2]
// Run after `node esbuild.js`. Linux only for the per-thread figures (/proc).
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { root } from './corpus.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const WORKER_COUNTS = arg('workers', '1,2').split(',').map(Number);
const RUNS = Number(arg('runs', '2'));
const COUNT = 2000;
const DEPTH = 6; // checkAll.ts WORKER_DEPTH
const SLIP = 'Chancellor Olaf Sholz said so. ';

const workerFile = path.join(root, 'dist', 'checkAllWorker.js');
if (!existsSync(workerFile)) throw new Error('dist/checkAllWorker.js is missing: run `node esbuild.js` first');

// The host bench's articles (test/hostBench/checkAll.bench.ts writeArticles).
const corpus = path.join(root, 'test', 'fixtures', 'corpus');
const texts = readdirSync(corpus).flatMap((dir) =>
  readdirSync(path.join(corpus, dir))
    .filter((f) => /^[a-z]\d+.*\.md$/.test(f))
    .map((f) => readFileSync(path.join(corpus, dir, f), 'utf8')),
);
const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-checkall-'));
const files = [];
for (let i = 0; i < COUNT; i++) {
  // Numbered inside the quotes of a quoted title: after them the front matter would not parse.
  let text = texts[i % texts.length].replace(/^title: (?:(["'])(.*)\1|(.*))[ \t]*$/m, (_m, q, quoted, plain) => (q ? `title: ${q}${quoted} (${i})${q}` : `title: ${plain} (${i})`));
  if (i % 10 === 0) text += `\n${SLIP}\n`;
  const file = path.join(folder, `a${String(i).padStart(4, '0')}.md`);
  writeFileSync(file, text);
  files.push(file);
}

/** CPU time (ms) of each thread of this process, by thread id. */
function threadCpu() {
  const out = new Map();
  if (!existsSync('/proc/self/task')) return out;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10); // utime + stime in 1/100 s
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}
const mainTid = existsSync('/proc/thread-self') ? path.basename(realpathSync('/proc/thread-self')) : '';

async function run(workers) {
  const before = threadCpu();
  const t0 = performance.now();
  let next = 0;
  let done = 0;
  let problems = 0;
  let first;
  const pool = [];
  await new Promise((finish, fail) => {
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(workerFile, { workerData: { dataDir: path.join(root, 'data') } });
      pool.push(worker);
      worker.postMessage({ type: 'checker', checker: 1, house: undefined });
      let inFlight = 0;
      const feed = () => {
        while (inFlight < DEPTH && next < files.length) {
          inFlight++;
          worker.postMessage({ type: 'check', id: next, path: files[next++], checker: 1, severity: 'warning', ignore: [], maxBytes: 1e7 });
        }
      };
      worker.on('message', (m) => {
        if (m.type !== 'done') return fail(new Error(m.message));
        inFlight--;
        done++;
        first ??= performance.now() - t0;
        problems += m.findings?.length ?? 0;
        if (done === files.length) finish();
        else feed();
      });
      worker.on('error', fail);
      feed();
    }
  });
  const wall = performance.now() - t0;
  const after = threadCpu();
  await Promise.all(pool.map((w) => w.terminate()));
  let main = 0;
  let helpers = 0;
  const started = [];
  for (const [tid, ms] of after) {
    const d = ms - (before.get(tid) ?? 0);
    if (tid === mainTid) main += d;
    else if (!before.has(tid)) started.push(d);
    else helpers += d;
  }
  const s = (ms) => (ms / 1000).toFixed(2);
  console.log(
    `${workers} worker${workers === 1 ? ' ' : 's'}: ${files.length} articles, ${problems} problems; first answer ${first.toFixed(0)} ms, done ${s(wall)} s; ` +
      `CPU: workers ${started.sort((a, b) => b - a).map(s).join(' + ') || '?'} s, V8 helpers ${s(helpers)} s, this thread ${s(main)} s (load average ${os.loadavg()[0].toFixed(1)})`,
  );
}

try {
  console.log(`Check All workers over ${COUNT} articles; machine: ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);
  for (let r = 0; r < RUNS; r++) for (const n of WORKER_COUNTS) await run(n);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
