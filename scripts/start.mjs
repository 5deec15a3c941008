// `npm start`: packages Copydesk as a .vsix, installs it into a real VS Code (code-server) and
// serves the sample newsroom on http://127.0.0.1:<port>, so the plain URL has Copydesk as a user
// gets it; the printed URL also opens the sample article. Runs until Ctrl+C.
// Port: $PORT, else 8080, else any free one.
//
//   node scripts/start.mjs [--dev]
//
// --dev also prints a URL that loads the extension from this folder (after `npm run build`,
// reload the page) instead of the installed package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, codeServerCli, isCleaningUp, makeTempDir, startCodeServer } from './test-host/codeServer.mjs';
import { checkSystemPrerequisites, ensureCodeServer } from './test-host/install.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const extensionId = `${pkg.publisher}.${pkg.name}`.toLowerCase();
const SAMPLE_ARTICLE = path.join('world', 'wang-yi-lavrov-rome.md');

/** The `package` script's vsce arguments with another output file (what `npm run package` ships). */
function vsceArgs(outFile) {
  const words = (pkg.scripts?.package ?? 'vsce package --no-dependencies').split(/\s+/).slice(2);
  const args = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '-o' || words[i] === '--out') i++;
    else args.push(words[i]);
  }
  return ['vsce', 'package', ...args, '-o', outFile];
}

async function main() {
  const dev = process.argv.includes('--dev');
  // Only ripgrep is needed here: the browser is yours.
  checkSystemPrerequisites({ needChromium: false });
  const work = makeTempDir('start');
  const vsix = path.join(work, 'copydesk.vsix');
  console.log('[start] packaging the extension (vsce package: production build)…');
  // NOTE: no stdin: vsce must fail rather than wait for an answer nobody types.
  const packaged = spawnSync('npx', vsceArgs(vsix), { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (packaged.status !== 0 || !fs.existsSync(vsix)) throw new Error('packaging failed (npx vsce package)');
  await ensureCodeServer();

  const extensionsDir = path.join(work, 'extensions');
  console.log(`[start] installing ${path.basename(vsix)} into code-server…`);
  await codeServerCli(['--install-extension', vsix, '--extensions-dir', extensionsDir, '--force']);
  if (!fs.readdirSync(extensionsDir).some((d) => d.toLowerCase().startsWith(`${extensionId}-`))) {
    throw new Error(`${extensionId} is not in ${extensionsDir} after --install-extension`);
  }

  const sample = path.join(repoRoot, 'samples', 'newsroom');
  const workspace = fs.existsSync(sample) ? sample : path.join(repoRoot, 'test', 'fixtures', 'newsroom');
  const server = await startCodeServer({
    workspace,
    extensionsDir,
    port: Number(process.env.PORT) || 8080,
    // Ask for trust as a user would not: this is a local sample.
    userSettings: { 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'git.openRepositoryInParentFolders': 'never' },
    startTimeoutMs: 120_000,
  });
  const article = path.join(workspace, SAMPLE_ARTICLE);
  const url = articleUrl(server, workspace, fs.existsSync(article) ? article : undefined);
  console.log(`
Copydesk ${pkg.version} is installed in VS Code (code-server ${server.origin}).
Workspace: ${path.relative(repoRoot, workspace)}

Open this URL in a browser; it opens ${SAMPLE_ARTICLE}:

  ${url}

${server.origin}/ works too (the installed Copydesk is there; open an article from the Explorer).`);
  if (dev) {
    console.log(`
To try changes without repackaging, this URL loads the extension from ${repoRoot} instead
(run \`npm run build\` or \`npm run watch\`, then reload the page):

  ${server.url({ folder: workspace, extensionDevelopmentPath: repoRoot })}`);
  } else console.log('After changing the code, stop (Ctrl+C) and run `npm start` again, or use `npm start -- --dev`.');
  console.log('Press Ctrl+C to stop.');
  const code = await server.exited;
  if (isCleaningUp()) return new Promise(() => {}); // Ctrl+C: the signal handler exits
  throw new Error(`code-server stopped (${code})\n${server.log().split('\n').slice(-20).join('\n')}`);
}

/**
 * The workbench URL for the folder with a file open. NOTE: the web workbench opens the file in
 * the `openFile` payload entry; it must be a vscode-remote URI whose authority is the page's.
 */
function articleUrl(server, folder, file) {
  const query = [`folder=${encodeURIComponent(path.resolve(folder))}`];
  if (file) {
    const payload = [['openFile', `vscode-remote://127.0.0.1:${server.port}${path.resolve(file)}`]];
    query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `${server.origin}/?${query.join('&')}`;
}

try {
  await main();
} catch (err) {
  console.error(`✘ ${err.message}`);
  await cleanup();
  process.exit(1);
}
