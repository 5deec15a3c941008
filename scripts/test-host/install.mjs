// Installs the real VS Code host used by the integration and .vsix tests:
// code-server 4.100.3 (VS Code 1.100.3 on Node 20), cached outside the repo.
// See /work/shared/docs/real-vscode-host.md for why each step is needed.
// Importable (`ensureCodeServer()`) and runnable (`node scripts/test-host/install.mjs`).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM_PATH = process.env.COPYDESK_CHROMIUM || '/usr/bin/chromium';
const RG_PATH = '/usr/bin/rg';
const MARKER = '.copydesk-install-complete';
const SETUP_HINT =
  'Install the system packages first: as root run `bash .ci/run` (it installs them), or ' +
  '`apt-get update && apt-get install -y chromium ripgrep libkrb5-dev` (see README, "Tests").';

export function cacheRoot() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'copydesk');
}

export function installDir() {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

/** The code-server entry script; run it with the same Node that runs us. */
export function codeServerEntry(dir = installDir()) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function isInstalled(dir = installDir()) {
  return fs.existsSync(path.join(dir, MARKER)) && fs.existsSync(codeServerEntry(dir));
}

/** Fails with a message that says what to do when a system package is missing. */
export function checkSystemPrerequisites({ needChromium = true } = {}) {
  const missing = [];
  if (!fs.existsSync(RG_PATH)) missing.push(`ripgrep (${RG_PATH})`);
  if (needChromium && !fs.existsSync(CHROMIUM_PATH)) missing.push(`chromium (${CHROMIUM_PATH})`);
  if (missing.length) {
    throw new Error(`Missing system package(s): ${missing.join(', ')}.\n${SETUP_HINT}`);
  }
}

/**
 * NOTE: @vscode/ripgrep@1.15.11's postinstall downloads rg from GitHub, which is
 * unreachable here; it looks in this cache first, so we put Debian's rg there.
 */
function prepareRipgrepCache() {
  const cacheDir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = path.join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(tarball) && fs.statSync(tarball).size > 0) return tarball;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-rg-'));
  try {
    fs.copyFileSync(RG_PATH, path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    const partial = `${tarball}.${process.pid}.partial`;
    const r = spawnSync('tar', ['-czf', partial, '-C', staging, 'rg'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`tar failed building ${tarball}`);
    fs.renameSync(partial, tarball);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return tarball;
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** A lock directory so two test runs on one machine do not install at once. */
async function withLock(lockPath, fn) {
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lockPath);
      fs.writeFileSync(path.join(lockPath, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lockPath, 'pid'), 'utf8'));
      } catch {
        /* the owner may not have written its pid yet */
      }
      const stale = Number.isFinite(owner) ? !pidAlive(owner) : Date.now() - started > 10_000;
      if (stale) {
        fs.rmSync(lockPath, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > 15 * 60_000) throw new Error(`Timed out waiting for ${lockPath}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockPath, { recursive: true, force: true });
  }
}

function run(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

/**
 * Ensures code-server is installed and returns the path of its entry script.
 * The install happens in a staging folder that is renamed into place only after
 * `npm install` and a start-up check succeed, so a half-finished install is
 * never mistaken for a good one; it is simply redone.
 */
export async function ensureCodeServer({ log = (m) => console.error(m) } = {}) {
  const dir = installDir();
  if (isInstalled(dir)) return codeServerEntry(dir);
  checkSystemPrerequisites({ needChromium: false });
  fs.mkdirSync(cacheRoot(), { recursive: true });
  return withLock(`${dir}.lock`, async () => {
    if (isInstalled(dir)) return codeServerEntry(dir); // another run finished it meanwhile
    const t0 = Date.now();
    log(`[host] installing code-server ${CODE_SERVER_VERSION} into ${dir} (first time only, ~2 min)…`);
    prepareRipgrepCache();
    const staging = `${dir}.partial`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true }); // no marker: leftovers of a broken install
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(
      path.join(staging, 'package.json'),
      JSON.stringify({ name: 'copydesk-test-host', private: true, description: 'code-server for Copydesk tests' }, null, 2),
    );
    const env = {
      ...process.env,
      // code-server's postinstall builds VS Code's native modules and refuses to run as root without this.
      npm_config_unsafe_perm: 'true',
      // One of its steps runs `npx node-gyp`, which would otherwise wait for a "y".
      npm_config_yes: 'true',
      // NOTE: npm 11 blocks dependency install scripts unless approved in package.json
      // `allowScripts`. code-server's postinstall runs further `npm install`s inside its own
      // folders (VS Code's native modules, @vscode/ripgrep), which have no such field, so the
      // approval has to travel through the environment to every nested npm. We only install
      // one pinned package here, into a private cache folder.
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    await run('npm', ['install', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: staging,
      env,
    });
    // Prove the install works before marking it good: the postinstall must have built
    // VS Code's server (lib/vscode/out) and its native modules.
    const entry = codeServerEntry(staging);
    const must = [
      entry,
      path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
    ];
    for (const f of must) if (!fs.existsSync(f)) throw new Error(`code-server install is incomplete: ${f} is missing`);
    const version = spawnSync(process.execPath, [entry, '--version'], { encoding: 'utf8', timeout: 60_000 });
    if (version.status !== 0 || !version.stdout.includes(CODE_SERVER_VERSION)) {
      throw new Error(`code-server --version failed: ${version.stderr || version.stdout}`);
    }
    fs.renameSync(staging, dir);
    fs.writeFileSync(
      path.join(dir, MARKER),
      JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, at: new Date().toISOString() }) + '\n',
    );
    log(`[host] code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return codeServerEntry(dir);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    checkSystemPrerequisites();
    const entry = await ensureCodeServer();
    console.log(`code-server ${CODE_SERVER_VERSION} ready: ${entry}`);
  } catch (e) {
    console.error(`✘ ${e.message}`);
    process.exit(1);
  }
}
