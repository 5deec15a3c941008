// `npm run bench`: every speed figure, each against a peer measured in the same run.
//   1. entity engine vs cspell-lib's DocumentValidator and the cspell CLI (bench/engine.bench.mjs)
//   1b. spelling (name-aware, on cspell-lib) vs cspell-lib alone (bench/spelling.bench.mjs)
//   2. preview renderer vs markdown-it's plain render (bench/preview.bench.mjs)
//   3. hostile 2 MB paragraphs vs a normal 2 MB article (bench/badInput.bench.mjs)
//   3b. See also index over 100,000 generated articles: build, query, save, reopen, memory, with MiniSearch as the peer (bench/seeAlso.bench.mjs)
//   3c. Check All's worker threads without VS Code, one and two, and their CPU by thread (bench/checkAllWorkers.bench.mjs)
//   4. in a real VS Code (code-server): activation, first diagnostics, keystroke → preview DOM;
//      Check All Articles over 2,000 articles, keystroke → diagnostics during the run vs idle
// Benchmarks print figures; they never fail the test suite.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (title, cmd, args, env = {}) => {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✘ ${title} failed (exit ${r.status})`);
    process.exitCode = 1;
  }
};

step('build', process.execPath, ['esbuild.js']);
step('compile', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json']);
step('entity engine vs cspell', process.execPath, ['bench/engine.bench.mjs']);
step('spelling vs cspell-lib alone', process.execPath, ['bench/spelling.bench.mjs']);
step('preview renderer vs markdown-it', process.execPath, ['bench/preview.bench.mjs']);
step('See also index', process.execPath, ['--expose-gc', 'bench/seeAlso.bench.mjs']);
step('hostile input vs a normal article', process.execPath, ['bench/badInput.bench.mjs']);
step('Check All workers without VS Code', process.execPath, ['bench/checkAllWorkers.bench.mjs', '--runs', '1']);
step('real VS Code host (code-server)', process.execPath, ['scripts/run-integration.mjs'], {
  COPYDESK_INTEGRATION_FILES: ['host.bench.js', 'checkAll.bench.js'].map((f) => path.join(root, 'out', 'test', 'hostBench', f)).join(','),
});
