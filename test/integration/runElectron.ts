// `npm run test:electron`: the same integration suite in a downloaded VS Code (Electron), for
// machines that can download it (a contributor's laptop, public CI). These machines cannot;
// they use scripts/run-integration.mjs (code-server) instead.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Compiled to out/test/integration/runElectron.js: three levels up is the repository.
  const repoRoot = path.resolve(__dirname, '../../..');
  const extensionTestsPath = path.resolve(__dirname, 'index.js');
  // The tests write to the workspace, so they get a throwaway copy of the fixture.
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-electron-'));
  const workspace = path.join(tempRoot, 'newsroom');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'newsroom'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(tempRoot, 'user-data')],
    });
  } finally {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('Integration tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
