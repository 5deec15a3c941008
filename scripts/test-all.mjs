// `npm test`: every check, in order, with its output streamed. Each tier reports its own counts;
// the last line is the total, `N passed, N failed`. Exits non-zero if any tier failed or could
// not run: a missing host, browser or build is a failure, never a skip.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const exists = (p) => fs.existsSync(path.join(repoRoot, p));

/** Runs a command with output streamed through and kept for counting. */
function run(cmd, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', (err) => {
      output += `\n${err.message}`;
      console.error(`✘ could not start ${cmd}: ${err.message}`);
      resolve({ code: 127, output });
    });
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

// --- counting -------------------------------------------------------------------------------

/** A step that is not a test suite counts as one check. */
const byExitCode = ({ code }) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

/** Mocha's spec summary ("12 passing", "1 failing"); a failed run with no summary counts one failure. */
function mochaCounts({ code, output }) {
  const passed = Number(/^\s*(\d+) passing/m.exec(output)?.[1] ?? 0);
  const failed = Number(/^\s*(\d+) failing/m.exec(output)?.[1] ?? 0);
  if (code !== 0 && failed === 0) return { passed, failed: 1 };
  if (code === 0 && passed === 0 && failed === 0) return { passed: 0, failed: 1, note: 'no tests ran' };
  return { passed, failed };
}

/** A `<label>: N passed, N failed` line printed by our own runners. */
function labelledCounts(label) {
  return ({ code, output }) => {
    const matches = [...output.matchAll(new RegExp(`^${label}: (\\d+) passed, (\\d+) failed$`, 'gm'))];
    const last = matches.at(-1);
    if (!last) return { passed: 0, failed: 1, note: `no "${label}:" result line` };
    const counts = { passed: Number(last[1]), failed: Number(last[2]) };
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  };
}

/** Grammar tests: mocha-style or "N passed, N failed" summaries if present, else the exit code. */
function grammarCounts(result) {
  if (/^\s*\d+ (passing|failing)/m.test(result.output)) return mochaCounts(result);
  const summary = [...result.output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (summary) {
    const counts = { passed: Number(summary[1]), failed: Number(summary[2]) };
    if (result.code !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  }
  return byExitCode(result);
}

// --- tiers ----------------------------------------------------------------------------------
// Add a tier here: `when` decides whether it applies to this checkout, `needs` names tiers whose
// failure makes it meaningless (it then counts as failed, not skipped).

const tiers = [
  // The extension and core (no DOM), then the webview script and the XSS tier (DOM), each with its own tsconfig.
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'], count: byExitCode },
  // Enforces the layering (src/core imports neither vscode nor Node built-ins) before any test runs.
  { name: 'lint', cmd: 'npx', args: ['eslint', 'src', 'test'], count: byExitCode },
  { name: 'build', cmd: process.execPath, args: ['esbuild.js'], count: byExitCode },
  // tsc still emits on type errors, so the suites below run even when this step fails.
  { name: 'compile-tests', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.test.json'], count: byExitCode },
  { name: 'unit', cmd: 'npx', args: ['mocha', '--config', '.mocharc.unit.json'], count: mochaCounts },
  {
    name: 'grammar',
    when: () => exists('test/grammar'),
    cmd: 'npm',
    args: ['run', '--silent', 'test:grammar'],
    precheck: () => (pkg.scripts?.['test:grammar'] ? null : 'test/grammar exists but package.json has no "test:grammar" script'),
    count: grammarCounts,
  },
  {
    name: 'xss',
    when: () => exists('out/test/xss'),
    cmd: 'npx',
    // Quoted glob: mocha expands it itself.
    args: ['mocha', 'out/test/xss/*.browser.test.js', '--timeout', '120000'],
    count: mochaCounts,
  },
  {
    name: 'integration',
    needs: ['build'],
    cmd: process.execPath,
    args: ['scripts/run-integration.mjs'],
    count: labelledCounts('integration'),
  },
  { name: 'vsix', needs: ['build'], cmd: process.execPath, args: ['scripts/e2e-vsix.mjs'], count: labelledCounts('vsix') },
];

const results = [];
for (const tier of tiers) {
  if (tier.when && !tier.when()) continue;
  const banner = `━━ ${tier.name} ${'━'.repeat(Math.max(0, 60 - tier.name.length))}`;
  console.log(`\n${banner}\n$ ${[path.basename(tier.cmd), ...tier.args].join(' ')}`);
  const started = Date.now();
  let counts;
  const blocker = (tier.needs ?? []).find((n) => results.find((r) => r.name === n && r.failed > 0));
  const problem = blocker ? `could not run: ${blocker} failed` : tier.precheck?.();
  if (problem) {
    console.error(`✘ ${tier.name} ${problem}`);
    counts = { passed: 0, failed: 1, note: problem };
  } else {
    counts = tier.count(await run(tier.cmd, tier.args));
  }
  const seconds = (Date.now() - started) / 1000;
  results.push({ name: tier.name, ...counts, seconds });
  console.log(`${tier.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds.toFixed(1)} s)${counts.note ? ` — ${counts.note}` : ''}`);
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), { passed: 0, failed: 0 });
console.log(`\n━━ summary ${'━'.repeat(53)}`);
for (const r of results) {
  const mark = r.failed > 0 ? '✘' : '✔';
  console.log(`${mark} ${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed, ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
