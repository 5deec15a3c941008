// `npm start`: builds Copydesk and opens it, as an extension under development, in a real
// VS Code (code-server) on http://127.0.0.1:<port> with the sample newsroom workspace.
// Runs until Ctrl+C. Port: $PORT, else 8080, else any free one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, isCleaningUp, startCodeServer } from './test-host/codeServer.mjs';
import { checkSystemPrerequisites, ensureCodeServer } from './test-host/install.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  // Only ripgrep is needed here: the browser is yours.
  checkSystemPrerequisites({ needChromium: false });
  console.log('[start] building…');
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed (node esbuild.js)');
  await ensureCodeServer();

  const sample = path.join(repoRoot, 'samples', 'newsroom');
  const workspace = fs.existsSync(sample) ? sample : path.join(repoRoot, 'test', 'fixtures', 'newsroom');
  const server = await startCodeServer({
    workspace,
    port: Number(process.env.PORT) || 8080,
    // Ask for trust as a user would not: this is a local sample.
    userSettings: { 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none' },
    startTimeoutMs: 120_000,
  });
  // NOTE: code-server rejects --extensionDevelopmentPath; only the URL payload loads an
  // extension under development, so the plain URL would open VS Code without Copydesk.
  const url = server.url({ folder: workspace, extensionDevelopmentPath: repoRoot });
  console.log(`
Copydesk is running in VS Code (code-server ${server.origin}).
Workspace: ${path.relative(repoRoot, workspace)}

Open this URL in a browser — it loads Copydesk from this folder (${repoRoot}):

  ${url}

Opening ${server.origin}/ without the ?payload part shows VS Code without Copydesk.
After changing the code, run \`npm run build\` (or \`npm run watch\`) and reload the page.
Press Ctrl+C to stop.`);
  const code = await server.exited;
  if (isCleaningUp()) return new Promise(() => {}); // Ctrl+C: the signal handler exits
  throw new Error(`code-server stopped (${code})\n${server.log().split('\n').slice(-20).join('\n')}`);
}

try {
  await main();
} catch (err) {
  console.error(`✘ ${err.message}`);
  await cleanup();
  process.exit(1);
}
