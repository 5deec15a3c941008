// Shared by the integration tests: polling (diagnostics and webviews reach the
// workbench a moment after the API says so) and paths in the test workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 100 ms until it gives something other than undefined, null or false. */
export async function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** A path in the test workspace (a temporary copy of test/fixtures/newsroom). */
export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of test/fixtures/newsroom) is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}
