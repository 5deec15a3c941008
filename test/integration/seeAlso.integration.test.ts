// `copydesk.insertSeeAlso` and the `cd-article` snippet inside a real extension host, on a
// temp copy of test/fixtures/newsroom. The command's `{ pick }` argument stands in for the QuickPick.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

const EXTENSION_ID = 'copydesk.copydesk';
const ARTICLE = 'articles/americas/brazil-runoff.md';
const PICK = 'articles/americas/lula-wins-runoff.md';
const PICK_FAR = 'articles/world/lavrov-wang-yi-un.md';

interface InsertSeeAlsoResult {
  inserted: string[];
  alreadyLinked: string[];
  notFound: string[];
}

function folderUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of test/fixtures/newsroom) is open');
  return folder.uri;
}

async function openArticle(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderUri(), relative));
  return vscode.window.showTextDocument(doc);
}

function placeCursorIn(editor: vscode.TextEditor, text: string): void {
  const offset = editor.document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in the article`);
  const pos = editor.document.positionAt(offset + 3);
  editor.selection = new vscode.Selection(pos, pos);
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('Insert See also', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  afterEach(async () => {
    // Leave the workspace copy as it was for the other suites.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('inserts a See also block after the paragraph holding the cursor, linking to an existing file', async () => {
    const editor = await openArticle(ARTICLE);
    const paragraph = 'Bolsonaro did better than polls had suggested. Lula, 76, said he was confident of victory in the second round.';
    placeCursorIn(editor, 'did better than polls');

    const result = await vscode.commands.executeCommand<InsertSeeAlsoResult>('copydesk.insertSeeAlso', { pick: [PICK] });
    assert.deepStrictEqual(result?.inserted, ['lula-wins-runoff.md']);

    const text = editor.document.getText();
    const expected = `${paragraph}\n\n**See also:** [Lula wins Brazil's presidential runoff against Bolsonaro](lula-wins-runoff.md) — Harbor Daily\n\nMarkets in Sao Paulo rose on Monday.`;
    assert.ok(text.includes(expected), `block after the paragraph, got:\n${text}`);

    const link = /\]\(([^)]+)\) — Harbor Daily/.exec(text)![1];
    const target = vscode.Uri.joinPath(editor.document.uri, '..', decodeURIComponent(link));
    const stat = await vscode.workspace.fs.stat(target);
    assert.strictEqual(stat.type, vscode.FileType.File);
  });

  it('links across folders with ../ and does not insert an article twice', async () => {
    const editor = await openArticle(ARTICLE);
    placeCursorIn(editor, 'Former President');

    const first = await vscode.commands.executeCommand<InsertSeeAlsoResult>('copydesk.insertSeeAlso', { pick: [PICK_FAR] });
    assert.deepStrictEqual(first?.inserted, ['../world/lavrov-wang-yi-un.md']);
    const once = editor.document.getText();

    placeCursorIn(editor, 'Markets in Sao Paulo');
    const second = await vscode.commands.executeCommand<InsertSeeAlsoResult>('copydesk.insertSeeAlso', { pick: [PICK_FAR] });
    assert.deepStrictEqual(second?.inserted, []);
    assert.deepStrictEqual(second?.alreadyLinked, [PICK_FAR]);
    assert.strictEqual(editor.document.getText(), once);
    assert.strictEqual(count(once, '](../world/lavrov-wang-yi-un.md)'), 1);

    const resolved = vscode.Uri.joinPath(editor.document.uri, '..', '../world/lavrov-wang-yi-un.md');
    assert.strictEqual((await vscode.workspace.fs.stat(resolved)).type, vscode.FileType.File);
  });

  it('inserts the block as one undoable edit', async () => {
    const editor = await openArticle(ARTICLE);
    const before = editor.document.getText();
    placeCursorIn(editor, 'did better than polls');
    await vscode.commands.executeCommand('copydesk.insertSeeAlso', { pick: [PICK, PICK_FAR] });
    assert.notStrictEqual(editor.document.getText(), before);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
  });

  it('reports picks that are not indexed articles', async () => {
    await openArticle(ARTICLE);
    const result = await vscode.commands.executeCommand<InsertSeeAlsoResult>('copydesk.insertSeeAlso', { pick: ['articles/nope.md'] });
    assert.deepStrictEqual(result?.notFound, ['articles/nope.md']);
    assert.deepStrictEqual(result?.inserted, []);
  });
});

describe('Article snippets', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('expands the New article snippet (cd-article) into front matter, headline and dateline', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    // Snippet files load lazily: retry until the contribution is known.
    const text = await waitFor(async () => {
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'New article' });
      return doc.getText().length > 0 && doc.getText();
    }, 'the New article snippet to expand');
    const year = String(new Date().getFullYear());
    assert.ok(text.startsWith('---\ntitle: Headline\n'), text);
    for (const key of ['date', 'byline', 'outlet', 'section', 'tags', 'summary']) assert.match(text, new RegExp(`^${key}: `, 'm'), key);
    assert.match(text, new RegExp(`^date: ${year}-\\d{2}-\\d{2}$`, 'm'));
    assert.match(text, /^# Headline$/m);
    // News style: "Dec. 1", never "Dec. 01".
    assert.match(text, /^CITY, [A-Z][a-z]{2}\. [1-9]\d? \(Harbor Daily\) — /m);
  });
});

describe('See also index persistence', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('reopens the saved index in the next session without reading any unchanged article', async () => {
    const r = await vscode.commands.executeCommand<{
      built: number;
      atReady: { size: number; reopened: boolean; filesRead: number };
      filesReadAfterCheck: number;
      paths: string[];
    }>('copydesk._seeAlsoReopen');
    assert.ok(r, 'the test-only command answers');
    assert.ok(r.built >= 5, `the workspace index holds the fixture articles (${r.built})`);
    assert.deepStrictEqual(r.atReady, { size: r.built, reopened: true, filesRead: 0 });
    // Checked against mtime and size: nothing changed, so nothing is read again.
    assert.strictEqual(r.filesReadAfterCheck, 0);
    assert.ok(r.paths.some((p) => p.endsWith('/articles/americas/lula-wins-runoff.md')));
  });
});
