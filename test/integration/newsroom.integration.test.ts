// The newsroom workflow in a real extension host: the hover card on recognised and flagged
// names (with a working fix link), the "People and organisations in this story" tree following
// the writer's edits, and Check All Articles filling the Problems view for closed files and
// keeping it current as files change on disk.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { sleep, waitFor, workspaceUri } from './helpers';

type Snapshot = { uri?: string; version?: number; groups: Array<[string, Array<[string, number, number]>]> };

const copydesk = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');

async function write(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function open(relative: string, text: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(await write(relative, text));
  return vscode.window.showTextDocument(document);
}

const STORY = '---\ntitle: Talks in Berlin\n---\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.\n\nScholz said the talks went well. Later Chancellor Sholz left for Paris.\n';

describe('Newsroom workflow', function () {
  this.timeout(90_000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('hover card', () => {
    it('shows who a recognised, unflagged name is, the forms used and the source', async () => {
      const editor = await open('articles/newsroom-test/hover.md', STORY);
      const doc = editor.document;
      await waitFor(() => copydesk(doc.uri).length > 0, 'diagnostics on the story');
      const at = doc.positionAt(doc.getText().indexOf('Scholz said') + 2);
      const text = await waitFor(async () => {
        const t = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? []);
        return t.includes('Olaf Scholz') && t;
      }, 'the hover card');
      assert.match(text, /\*\*Olaf Scholz\*\*/);
      assert.match(text, /person · Chancellor of Germany/);
      assert.match(text, /In this article: “Olaf Scholz”, “Scholz”|In this article: “Scholz”, “Olaf Scholz”/);
      assert.match(text, /Source: \[Wikipedia: Olaf Scholz\]\(https:\/\/en\.wikipedia\.org\/wiki\/Olaf_Scholz\)/);
      assert.match(text, /other flagged form in this article: “Sholz”/);
      assert.doesNotMatch(text, /Replace with/);
    });

    it('on a flagged name shows the entity meant, and its fix link replaces the name in one undoable step', async () => {
      const editor = await open('articles/newsroom-test/hover-fix.md', STORY);
      const doc = editor.document;
      await waitFor(() => copydesk(doc.uri).some((d) => doc.getText(d.range) === 'Sholz'), 'the Sholz diagnostic');
      const at = doc.positionAt(doc.getText().indexOf('Sholz') + 1);
      const text = await waitFor(async () => {
        const t = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? []);
        return t.includes('Replace with') && t;
      }, 'the flagged hover card');
      assert.match(text, /`near-miss`/);
      assert.match(text, /\*\*Olaf Scholz\*\*/);
      const link = /\[Replace with “Scholz”\]\(command:copydesk\.applyHoverFix\?([^)]+)\)/.exec(text);
      assert.ok(link, `a fix link in: ${text}`);
      const [args] = JSON.parse(decodeURIComponent(link[1])) as [unknown];
      const before = doc.getText();
      assert.strictEqual(await vscode.commands.executeCommand('copydesk.applyHoverFix', args), true);
      assert.strictEqual(doc.getText(), before.replace('Chancellor Sholz', 'Chancellor Scholz'));
      // The same link, now stale (the version moved on), changes nothing.
      assert.strictEqual(await vscode.commands.executeCommand('copydesk.applyHoverFix', args), false);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), before);
    });
  });

  describe('story tree', () => {
    it('lists the entities by kind with counts, marks the flagged one, and follows typing', async () => {
      const editor = await open('articles/newsroom-test/tree.md', STORY);
      const doc = editor.document;
      const snap = () => vscode.commands.executeCommand<Snapshot>('copydesk._storyNames');
      const first = await waitFor(async () => {
        const s = await snap();
        return s.uri === doc.uri.toString() && s.version === doc.version && s.groups.length > 0 && s;
      }, 'the story tree');
      const people = first.groups.find(([label]) => label === 'People')![1];
      assert.deepStrictEqual(people, [
        ['Olaf Scholz', 2, 1],
        ['Emmanuel Macron', 1, 0],
      ]);
      assert.ok(first.groups.some(([label, entities]) => label === 'Countries' && entities.some(([name]) => name === 'Germany')));
      // The writer fixes the slip and adds a name: the tree follows, from the diagnostics' own run.
      await editor.edit((b) => {
        const start = doc.getText().indexOf('Sholz');
        b.replace(new vscode.Range(doc.positionAt(start), doc.positionAt(start + 5)), 'Scholz');
        b.insert(doc.positionAt(doc.getText().length), '\nMacron thanked Xi Jinping.\n');
      });
      const after = await waitFor(async () => {
        const s = await snap();
        return s.version === doc.version && s;
      }, 'the tree after the edit');
      assert.deepStrictEqual(after.groups.find(([label]) => label === 'People')![1], [
        ['Olaf Scholz', 3, 0],
        ['Emmanuel Macron', 2, 0],
        ['Xi Jinping', 1, 0],
      ]);
    });
  });

  describe('Check All Articles', () => {
    it('fills the Problems view for closed articles and keeps it current on disk', async () => {
      const bad = await write('articles/newsroom-test/closed-bad.md', '# Report\n\nChancellor Olaf Sholz spoke in Berlin.\n');
      const good = await write('articles/newsroom-test/closed-good.md', '# Report\n\nChancellor Olaf Scholz spoke in Berlin.\n');
      const gone = await write('articles/newsroom-test/closed-gone.md', '# Report\n\nThe spread of Govt-19 slowed.\n');
      const summary = await vscode.commands.executeCommand<{ files: number; checked: number; withProblems: number; cancelled: boolean }>('copydesk.checkAllArticles');
      assert.ok(summary.files >= 9, `found ${summary.files} articles`);
      assert.strictEqual(summary.checked, summary.files);
      assert.strictEqual(summary.cancelled, false);
      // Remembered in the workspace state: the next window (a reload) resumes the watching.
      const stats = await vscode.commands.executeCommand<{ remembered: boolean }>('copydesk._checkAllStats');
      assert.strictEqual(stats.remembered, true);
      const onBad = await waitFor(() => copydesk(bad).length > 0 && copydesk(bad), 'problems on the closed article');
      assert.strictEqual(onBad.length, 1);
      assert.deepStrictEqual([onBad[0].range.start.line, onBad[0].range.start.character, onBad[0].range.end.character], [2, 16, 21]);
      assert.strictEqual(onBad[0].code, 'near-miss');
      assert.strictEqual(copydesk(good).length, 0);
      assert.strictEqual(copydesk(gone).length, 1);

      // Changed on disk: the watcher re-checks it.
      await write('articles/newsroom-test/closed-good.md', '# Report\n\nThe spread of Govt-19 slowed.\n');
      await waitFor(() => copydesk(good).some((d) => d.code === 'known-wrong-form'), 'a problem after the file changed on disk');
      await write('articles/newsroom-test/closed-bad.md', '# Report\n\nChancellor Olaf Scholz spoke in Berlin.\n');
      await waitFor(() => copydesk(bad).length === 0, 'the problem gone after the fix on disk');

      // Opened: the live diagnostics take over, never both.
      const doc = await vscode.workspace.openTextDocument(good);
      await vscode.window.showTextDocument(doc);
      await sleep(1000);
      assert.strictEqual(copydesk(good).length, 1);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');

      // Deleted: its problems go.
      await vscode.workspace.fs.delete(gone);
      await waitFor(() => copydesk(gone).length === 0, 'no problems on a deleted file');
    });
  });

  describe('rough edges', () => {
    it('drops the accepted names of a deleted .copydesk folder at once (rm -rf, no reload)', async () => {
      // A house list of this test's own (other tests leave theirs open with edits), written
      // before the setting points at it, so the checker built after the change reads it.
      const folder = workspaceUri('desk-test/.copydesk');
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'entities.yaml'), new TextEncoder().encode('accept:\n  - Sholz\n'));
      const config = vscode.workspace.getConfiguration('copydesk');
      await config.update('houseList.path', 'desk-test/.copydesk/entities.yaml', vscode.ConfigurationTarget.Workspace);
      try {
        const editor = await open('articles/newsroom-test/accepted.md', '# Talks\n\nChancellor Olaf Sholz spoke in Berlin.\n');
        const doc = editor.document;
        // Accepted: give the house list time to be read, then expect silence.
        await sleep(2000);
        assert.strictEqual(copydesk(doc.uri).length, 0, 'the accepted name is not flagged');
        // As `rm -rf .copydesk` does it: one delete event, for the folder.
        fs.rmSync(folder.fsPath, { recursive: true, force: true });
        await waitFor(() => copydesk(doc.uri).some((d) => doc.getText(d.range) === 'Sholz'), 'Sholz flagged once the folder is gone');
      } finally {
        await config.update('houseList.path', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  });
});
