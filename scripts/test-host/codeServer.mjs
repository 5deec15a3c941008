// Starts the real VS Code host (code-server on loopback) and a headless Chromium to drive it,
// and makes sure both, with every temp folder, are gone however the run ends.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, codeServerEntry, ensureCodeServer } from './install.mjs';

// ---------------------------------------------------------------------------------------------
// Cleanup: one registry for the whole process. Handlers run once, newest first, on normal
// completion (`cleanup()`), on an uncaught error, on exit and on SIGINT/SIGTERM/SIGHUP.

const cleanups = [];
let cleaning = null;

/** Registers a cleanup step; returns a function that runs it early and unregisters it. */
export function onCleanup(fn) {
  const entry = { fn, done: false };
  cleanups.push(entry);
  return async () => {
    if (entry.done) return;
    entry.done = true;
    await fn();
  };
}

/** True once cleanup has begun (a Ctrl+C, say): processes ending now are expected to. */
export function isCleaningUp() {
  return cleaning !== null;
}

export function cleanup() {
  cleaning ??= (async () => {
    for (const entry of cleanups.reverse()) {
      if (entry.done) continue;
      entry.done = true;
      try {
        await entry.fn();
      } catch (e) {
        console.error(`[host] cleanup step failed: ${e.message}`);
      }
    }
  })();
  return cleaning;
}

/** Last resort on `exit`: only synchronous work is possible there. */
const syncKills = new Set();
const syncRemovals = new Set();
process.on('exit', () => {
  for (const pid of syncKills) killGroup(pid, 'SIGKILL');
  for (const dir of syncRemovals) fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n[host] ${signal}: stopping code-server and Chromium, removing temp folders…`);
    // A second Ctrl+C while cleaning up exits at once (the exit hook still kills the groups).
    process.once(signal, () => process.exit(130));
    cleanup().finally(() => process.exit(130));
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/** A temp folder removed at cleanup. */
export function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `copydesk-${prefix}-`));
  syncRemovals.add(dir);
  onCleanup(() => {
    syncRemovals.delete(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Copies a fixture workspace to a temp folder the tests may write to. */
export function copyWorkspace(source) {
  const dir = path.join(makeTempDir('workspace'), path.basename(source));
  fs.cpSync(source, dir, { recursive: true });
  // Fixture files may be read-only in git checkouts; tests edit the copies.
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const p = path.join(entry.parentPath ?? entry.path, entry.name);
    fs.chmodSync(p, entry.isDirectory() ? 0o755 : 0o644);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Ports

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port free on 127.0.0.1 right now: the preferred one if it is free, else one the OS picks. */
export async function freePort(preferred) {
  if (preferred && (await canListen(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// code-server

// Known, harmless noise on these machines (see real-vscode-host.md).
const NOISE = [/ENOTFOUND open-vsx\.org/, /vsda/, /code-server-ipc\.sock/];

/**
 * Starts code-server and resolves once it is listening.
 * @param {object} options
 * @param {string} [options.workspace] folder to open by default
 * @param {string} [options.extensionsDir] defaults to an empty temp folder
 * @param {object} [options.userSettings] written to the user-data-dir's User/settings.json
 * @param {number} [options.port] preferred port (falls back to a free one)
 * @param {object} [options.env] extra environment for the server and its extension host
 * @param {boolean} [options.verbose] echo the server log (always kept for error messages)
 * @param {number} [options.startTimeoutMs]
 */
export async function startCodeServer({
  workspace,
  extensionsDir,
  userSettings = { 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none' },
  port: preferredPort,
  env = {},
  verbose = !!process.env.COPYDESK_HOST_VERBOSE,
  startTimeoutMs = 60_000,
} = {}) {
  await ensureCodeServer();
  const entry = codeServerEntry();
  const home = makeTempDir('code-server');
  const userDataDir = path.join(home, 'user-data');
  extensionsDir ??= path.join(home, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  // NOTE: without --config, code-server writes ~/.config/code-server/config.yaml.
  const configFile = path.join(home, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');

  const port = await freePort(preferredPort);
  const args = [
    entry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  if (workspace) args.push(workspace);

  // detached: the server gets its own process group, so killing -pid also ends the
  // extension host and anything it spawned.
  const child = spawn(process.execPath, args, {
    cwd: home,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  syncKills.add(child.pid);
  let exited = false;
  const exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    resolve(signal ?? code);
  }));
  const stop = onCleanup(async () => {
    if (!exited) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
      await exitPromise;
      clearTimeout(timer);
    }
    // Stragglers in the group (language servers) go too.
    killGroup(child.pid, 'SIGKILL');
    syncKills.delete(child.pid);
  });

  const logLines = [];
  const onData = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      logLines.push(line);
      if (logLines.length > 400) logLines.shift();
      if (verbose && !NOISE.some((re) => re.test(line))) console.error(`[code-server] ${line}`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`code-server did not start within ${startTimeoutMs / 1000} s.\n${logLines.slice(-30).join('\n')}`));
    }, startTimeoutMs);
    const check = (chunk) => {
      if (chunk.toString().includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    exitPromise.then((code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code}) before listening.\n${logLines.slice(-30).join('\n')}`));
    });
  });

  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    pid: child.pid,
    userDataDir,
    extensionsDir,
    exited: exitPromise,
    log: () => logLines.join('\n'),
    /**
     * The workbench URL. extensionDevelopmentPath/extensionTestsPath only work through the
     * `payload` query parameter, and only as vscode-remote URIs whose authority matches the page.
     */
    url({ folder = workspace, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      let url = `${origin}/`;
      const query = [];
      if (folder) query.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
      if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      if (query.length) url += `?${query.join('&')}`;
      return url;
    },
    stop,
  };
}

/** Runs code-server's CLI once (e.g. --install-extension) and returns its output. */
export async function codeServerCli(args, { timeoutMs = 120_000 } = {}) {
  await ensureCodeServer();
  const home = makeTempDir('code-server-cli');
  const configFile = path.join(home, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [codeServerEntry(), '--config', configFile, '--user-data-dir', path.join(home, 'user-data'), ...args],
      { cwd: home, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    syncKills.add(child.pid);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      syncKills.delete(child.pid);
      if (code === 0) resolve(out);
      else reject(new Error(`code-server ${args.join(' ')} failed (${signal ?? code}):\n${out}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Chromium

/** Headless Debian Chromium through playwright-core; closed at cleanup. */
export async function launchChromium({ viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`bash .ci/run\` (as root) or ` +
        '`apt-get install -y chromium` (see README, "Tests").',
    );
  }
  const { chromium } = await import('playwright-core');
  const profile = makeTempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // NOTE: playwright-core starts Chromium in its own process group and kills it when
  // this process exits, so closing the context is all that is left to do here.
  const close = onCleanup(async () => {
    await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close };
}

/** Rejects after `ms` with a clear message; the caller decides that this is a failure. */
export function timeout(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  promise.cancel = () => clearTimeout(timer);
  return promise;
}
