// The live news preview in a real VS Code: opens beside the article, follows edits, marks
// flagged names and works again after it is closed. The webview DOM is out of reach of the
// extension API, so it reads the test-only command copydesk.preview._lastRenderedHtml, whose
// renderedVersion only moves when the webview script has patched its DOM and answered.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sleep, waitFor, workspaceUri } from './helpers';

const LAST_RENDERED = 'copydesk.preview._lastRenderedHtml';
const HEADLINE = 'Wang Yi met with Russian Foreign Minister Sergei Lavrov';

interface PreviewSnapshot {
  resource: string;
  title: string;
  html: string;
  version: number;
  renderedVersion: number;
  viewColumn: number | undefined;
}

function previewTabs(): Array<{ tab: vscode.Tab; column: vscode.ViewColumn }> {
  return vscode.window.tabGroups.all.flatMap((group) =>
    group.tabs
      // code-server and VS Code prefix the viewType ("mainThreadWebview-copydesk.preview").
      .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('copydesk.preview'))
      .map((tab) => ({ tab, column: group.viewColumn })),
  );
}

/** The snapshot once the webview has confirmed it shows at least `minVersion` and `accept` holds. */
async function rendered(what: string, accept: (s: PreviewSnapshot) => boolean, minVersion = 1): Promise<PreviewSnapshot> {
  return waitFor(async () => {
    const s = await vscode.commands.executeCommand<PreviewSnapshot | undefined>(LAST_RENDERED);
    return s && s.renderedVersion >= Math.max(minVersion, s.version) && accept(s) ? s : undefined;
  }, what);
}

async function closePreviews(): Promise<void> {
  const tabs = previewTabs().map((t) => t.tab);
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
  await waitFor(() => previewTabs().length === 0 || undefined, 'the preview tabs to close');
}

describe('News preview in a real VS Code', function () {
  this.timeout(60_000);
  let editor: vscode.TextEditor;

  before(async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('articles/seed-article.md'));
    editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  });

  after(async () => {
    await closePreviews();
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the article with the headline in its tab title', async () => {
    await vscode.commands.executeCommand('copydesk.showPreviewToSide');
    const { tab, column } = await waitFor(() => previewTabs()[0], 'a copydesk.preview webview tab');
    assert.equal(column, vscode.ViewColumn.Two);
    await waitFor(() => previewTabs()[0]?.tab.label.includes(HEADLINE) || undefined, `the tab label to contain the headline (is “${tab.label}”)`);
    const s = await rendered('the first render', (x) => x.title === HEADLINE);
    assert.ok(s.html.includes(`<h1 class="headline code-line" data-line="1">${HEADLINE}</h1>`), s.html.slice(0, 600));
    assert.equal(s.resource, editor.document.uri.toString());
    // The editor keeps the focus.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  it('marks the flagged “Govt-19”', async () => {
    const s = await rendered('Govt-19 to be marked', (x) => /<mark class="copydesk-flag copydesk-flag-[a-z-]+" title="[^"]*">Govt-19<\/mark>/.test(x.html));
    assert.match(s.html, /spread of <mark class="copydesk-flag[^>]*>Govt-19<\/mark>/);
  });

  it('shows an edit in the editor in the preview, patched in place', async () => {
    const before = await rendered('a settled preview', () => true);
    const line = editor.document.lineAt(10);
    const ok = await editor.edit((b) => b.insert(line.range.end, ' Preview marker 4711.'));
    assert.ok(ok, 'the edit applied');
    const after = await rendered('the edit to show', (x) => x.html.includes('(local time). Preview marker 4711.</p>'), before.version + 1);
    assert.ok(after.version > before.version);
    assert.equal(previewTabs().length, 1, 'still one preview');
  });

  it('works again after it is closed and reopened', async () => {
    await closePreviews();
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('copydesk.showPreviewToSide');
    const { column } = await waitFor(() => previewTabs()[0], 'the preview to open again');
    assert.equal(column, vscode.ViewColumn.Two);
    const s = await rendered('the reopened preview', (x) => x.title === HEADLINE && x.html.includes('Preview marker 4711.'));
    assert.match(s.html, /<mark class="copydesk-flag[^>]*>Govt-19<\/mark>/);
    const ok = await editor.edit((b) => b.insert(editor.document.lineAt(10).range.end, ' Second marker.'));
    assert.ok(ok);
    await rendered('an edit after reopening', (x) => x.html.includes('Preview marker 4711. Second marker.</p>'), s.version + 1);
  });

  it('parses, checks and renders once per keystroke burst, with the preview open', async () => {
    const stats = () => vscode.commands.executeCommand<Record<string, number>>('copydesk._pipelineStats');
    await rendered('a settled preview', (x) => x.html.includes('Second marker.'));
    // Wait until nothing runs any more (the See also index builds a few seconds after start).
    let before = await stats();
    for (let quiet = false; !quiet; ) {
      await sleep(1500);
      const now = await stats();
      quiet = JSON.stringify(now) === JSON.stringify(before);
      before = now;
    }
    const start = await rendered('the settled preview', () => true);
    // A fast typist: five keystrokes, each applied before the next.
    for (const ch of ' Burst') {
      const line = editor.document.lineAt(10);
      assert.ok(await editor.edit((b) => b.insert(line.range.end, ch)));
    }
    await rendered('the burst in the preview', (x) => x.html.includes('(local time). Preview marker 4711. Second marker. Burst</p>'), start.version + 1);
    // Let every debounce fire (diagnostics 200 ms, See also 400 ms) before counting.
    await sleep(1500);
    const after = await stats();
    const delta = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
    assert.deepEqual(delta, { analyses: 1, blockParses: 1, inlineParses: 1, checks: 1, renders: 1 });
  });
});
