// Figures that only a real extension host can give, for `npm run bench`:
// activation cost, time to the first diagnostics on the seed article, and time
// from the last keystroke to the preview's DOM being patched. Prints them as
// `[bench] …` lines; asserts only that the measurements happened.
import * as assert from 'assert';
import * as vscode from 'vscode';

interface Snapshot {
  version: number;
  renderedVersion: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, relative);
}

describe('host bench', function () {
  this.timeout(120_000);

  it('measures activation and the first diagnostics on the seed article', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('articles/seed-article.md'));
    await vscode.window.showTextDocument(document);
    const deadline = Date.now() + 30_000;
    let stats: { activateMs: number; firstDiagnosticsMs: number } | undefined;
    while (Date.now() < deadline) {
      stats = await vscode.commands.executeCommand('copydesk._activationStats');
      if (stats && Number.isFinite(stats.firstDiagnosticsMs)) break;
      await sleep(50);
    }
    assert.ok(stats && Number.isFinite(stats.firstDiagnosticsMs), 'diagnostics appeared');
    console.log(`[bench] activate() returned after ${stats.activateMs.toFixed(1)} ms`);
    console.log(`[bench] first diagnostics on the seed article ${stats.firstDiagnosticsMs.toFixed(0)} ms after activate() began`);
  });

  it('measures the time from the last keystroke to the preview DOM updated', async () => {
    const editor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('copydesk.showPreviewToSide');
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const snap = () => vscode.commands.executeCommand<Snapshot | undefined>('copydesk.preview._lastRenderedHtml', editor.document.uri.toString());
    for (let i = 0; i < 100 && !(await snap())?.renderedVersion; i++) await sleep(50);
    const samples: number[] = [];
    const line = editor.document.lineCount - 2;
    for (let i = 0; i < 15; i++) {
      // A burst of three keystrokes, then measure from the last one.
      for (const ch of ['x', 'y', 'z']) {
        await editor.edit((b) => b.insert(new vscode.Position(line, 0), ch));
      }
      const t0 = performance.now();
      const version = editor.document.version;
      for (;;) {
        const s = await snap();
        if (s && s.renderedVersion >= version) break;
        if (performance.now() - t0 > 5000) throw new Error('the preview never caught up');
        await sleep(2);
      }
      samples.push(performance.now() - t0);
      await sleep(300);
    }
    console.log(`[bench] last keystroke → preview DOM patched: median ${median(samples).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms (${samples.length} bursts)`);
    assert.strictEqual(samples.length, 15);
  });
});
