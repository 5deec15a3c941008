// The extension as VS Code sees it: installed, activated by a Markdown article, and every
// command it contributes actually registered (a contributed but unregistered command shows in
// the palette and fails with "command not found").
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from './helpers';

const EXTENSION_ID = 'copydesk.copydesk';

describe('Copydesk in a real VS Code', () => {
  it('is installed under the id copydesk.copydesk', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not among the extensions`);
  });

  it('activates when a Markdown article from the workspace is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const document = await vscode.workspace.openTextDocument(workspaceUri('articles/seed-article.md'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'markdown');
    await waitFor(() => extension.isActive, `${EXTENSION_ID} to activate`);
  });

  it('registers every command it contributes in package.json', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const contributed: string[] = (extension.packageJSON.contributes?.commands ?? []).map(
      (c: { command: string }) => c.command,
    );
    assert.ok(contributed.length > 0, 'package.json contributes at least one command');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.ok(missing.length === 0, `contributed but not registered: ${missing.join(', ')}`);
  });
});
