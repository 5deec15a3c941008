// `npm run test:integration`: runs out/test/integration/index.js (mocha) inside a real VS Code
// extension host — code-server on loopback, driven by headless Chromium — against a temp copy
// of test/fixtures/newsroom. Exits with mocha's result; a host that cannot start or a run that
// does not finish in time is a failure, never a skip.
//
//   node scripts/run-integration.mjs [--grep <pattern>] [--timeout <seconds>] [--verbose]
//
// Environment: COPYDESK_TEST_GREP, COPYDESK_INTEGRATION_FILES (comma-separated compiled test
// files replacing discovery), COPYDESK_INTEGRATION_TIMEOUT (seconds, default 600),
// COPYDESK_HOST_VERBOSE=1 (echo the code-server log).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { cleanup, copyWorkspace, launchChromium, startCodeServer, timeout } from './test-host/codeServer.mjs';
import { checkSystemPrerequisites, ensureCodeServer } from './test-host/install.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULT_PREFIX = '[copydesk-integration] ';

// The workbench's own chatter on these machines (see real-vscode-host.md); --verbose shows it.
const WORKBENCH_NOISE = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution/,
  /ENOTFOUND open-vsx\.org/,
  /vsda/,
];

function parseArgs(argv) {
  const options = {
    grep: process.env.COPYDESK_TEST_GREP || '',
    timeoutSeconds: Number(process.env.COPYDESK_INTEGRATION_TIMEOUT || 600),
    verbose: !!process.env.COPYDESK_HOST_VERBOSE,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--grep') options.grep = argv[++i] ?? '';
    else if (argv[i] === '--timeout') options.timeoutSeconds = Number(argv[++i]);
    else if (argv[i] === '--verbose') options.verbose = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

/** Builds only what is missing, so `npm run test:integration` works on a fresh clone too. */
function ensureBuilt() {
  const steps = [
    { output: 'dist/extension.js', cmd: process.execPath, args: ['esbuild.js'] },
    { output: 'out/test/integration/index.js', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.test.json'] },
  ];
  for (const { output, cmd, args } of steps) {
    if (fs.existsSync(path.join(repoRoot, output))) continue;
    console.log(`[integration] ${output} is missing: running ${path.basename(cmd)} ${args.join(' ')}`);
    const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
  }
}

/** Counts from index.js's result line, else from the spec reporter's summary. */
function countResults(lines, exitCode) {
  for (const line of lines) {
    const at = line.indexOf(RESULT_PREFIX);
    if (at >= 0) {
      try {
        const { passes, failures } = JSON.parse(line.slice(at + RESULT_PREFIX.length));
        return { passed: passes, failed: failures };
      } catch {
        /* fall through to the summary */
      }
    }
  }
  const text = lines.join('\n');
  const passed = Number(/(\d+) passing/.exec(text)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(text)?.[1] ?? 0);
  // A run that failed without any mocha summary (crash, bad test file) still counts as a failure.
  return { passed, failed: exitCode !== 0 && failed === 0 ? 1 : failed };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  checkSystemPrerequisites();
  ensureBuilt();
  await ensureCodeServer();

  const workspace = copyWorkspace(path.join(repoRoot, 'test', 'fixtures', 'newsroom'));
  const env = {};
  if (options.grep) env.COPYDESK_TEST_GREP = options.grep;
  if (process.env.COPYDESK_INTEGRATION_FILES) env.COPYDESK_INTEGRATION_FILES = process.env.COPYDESK_INTEGRATION_FILES;
  const server = await startCodeServer({ workspace, env, verbose: options.verbose });
  const { page } = await launchChromium();

  const lines = [];
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  // Everything logged in the extension host (mocha's spec reporter included) reaches the page's
  // automation logger as console.log arguments, mixed with the workbench's own logging.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]).map((a) => (a && typeof a === 'object' ? JSON.stringify(a) : a)));
    if (options.verbose || !WORKBENCH_NOISE.some((re) => re.test(text))) {
      for (const line of text.split('\n')) lines.push(line);
      if (!text.includes(RESULT_PREFIX)) (type === 'error' ? console.error : console.log)(text);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (err) => lines.push(`[page error] ${err.message}`));

  const url = server.url({
    folder: workspace,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
  });
  console.log(`[integration] code-server ${server.origin} (pid ${server.pid}), workspace ${workspace}`);
  await page.goto(url);

  const limit = timeout(options.timeoutSeconds * 1000, 'the integration run');
  let exitCode;
  try {
    exitCode = await Promise.race([
      exited,
      limit,
      server.exited.then((code) => {
        throw new Error(`code-server exited (${code}) during the run`);
      }),
    ]);
  } catch (err) {
    console.error(`✘ ${err.message}: no result from the extension host.`);
    console.error('  (Nothing runs when the payload URIs do not match the page origin; a test may also hang.)');
    const tail = lines.slice(-40);
    if (tail.length && !options.verbose) console.error(`  last host output:\n${tail.map((l) => `    ${l}`).join('\n')}`);
    if (!options.verbose) console.error(`  code-server log tail:\n${server.log().split('\n').slice(-15).map((l) => `    ${l}`).join('\n')}`);
    exitCode = 1;
  } finally {
    limit.cancel();
  }

  const { passed, failed } = countResults(lines, exitCode);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`[integration] finished in ${seconds} s, exit code ${exitCode}`);
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return exitCode === 0 && failed === 0 ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`✘ integration tests could not run: ${err.message}`);
  console.log('integration: 0 passed, 1 failed');
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
