// Entry point of the integration suite inside a real VS Code extension host. The host calls
// run(); the same file serves code-server (scripts/run-integration.mjs) and
// @vscode/test-electron (runElectron.ts).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Machine-readable result line; scripts/run-integration.mjs looks for this prefix. */
export const RESULT_PREFIX = '[copydesk-integration] ';

function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.name.endsWith('.integration.test.js')) found.push(full);
  }
  return found.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    // NOTE: in code-server the extension host's stdout is not a terminal: the spec reporter's
    // console.log lines travel through the workbench log to the page (codeAutomationLog).
    reporter: 'spec',
    color: false,
    grep: process.env.COPYDESK_TEST_GREP || undefined,
  });
  // COPYDESK_INTEGRATION_FILES (comma-separated paths) replaces discovery: one file at a
  // time while working, or checking the runner itself with throwaway tests.
  const override = process.env.COPYDESK_INTEGRATION_FILES;
  const files = override ? override.split(',').filter(Boolean) : findTestFiles(__dirname);
  for (const file of files) mocha.addFile(path.resolve(file));

  return new Promise((resolve, reject) => {
    try {
      if (files.length === 0) throw new Error(`no *.integration.test.js files under ${__dirname}`);
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        console.log(`${RESULT_PREFIX}${JSON.stringify({ passes, failures, pending })}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      // A test file that throws while loading lands here; report it like a failed run.
      console.error(err);
      console.log(`${RESULT_PREFIX}${JSON.stringify({ passes: 0, failures: 1, pending: 0 })}`);
      reject(err);
    }
  });
}
