// Figures that only a real extension host can give, for `npm run bench`:
// activation cost, time to the first diagnostics on the seed article, and time
// from the last keystroke to the preview's DOM being patched. Prints them as
// `[bench] …` lines; asserts only that the measurements happened.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sleep, workspaceUri } from '../integration/helpers';

interface Snapshot {
  version: number;
  renderedVersion: number;
  html: string;
  lastEditToDomMs?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('host bench', function () {
  this.timeout(120_000);

  it('measures activation and the first diagnostics on the seed article', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('articles/seed-article.md'));
    await vscode.window.showTextDocument(document);
    const deadline = Date.now() + 30_000;
    let stats: { activateMs: number; firstDiagnosticsMs: number; engineLoadMs?: number } | undefined;
    while (Date.now() < deadline) {
      stats = await vscode.commands.executeCommand('copydesk._activationStats');
      if (stats && Number.isFinite(stats.firstDiagnosticsMs)) break;
      await sleep(50);
    }
    assert.ok(stats && Number.isFinite(stats.firstDiagnosticsMs), 'diagnostics appeared');
    console.log(`[bench] activate() returned after ${stats.activateMs.toFixed(1)} ms`);
    console.log(`[bench] first diagnostics on the seed article ${stats.firstDiagnosticsMs.toFixed(0)} ms after activate() began (engine load, on first need: ${stats.engineLoadMs?.toFixed(0)} ms)`);
  });

  it('measures the time from the last keystroke to the preview DOM updated', async () => {
    const editor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('copydesk.showPreviewToSide');
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const snap = () => vscode.commands.executeCommand<Snapshot | undefined>('copydesk.preview._lastRenderedHtml', editor.document.uri.toString());
    for (let i = 0; i < 100 && !(await snap())?.renderedVersion; i++) await sleep(50);
    const samples: number[] = [];
    const inHost: number[] = [];
    const line = editor.document.lineCount - 2;
    for (let i = 0; i < 15; i++) {
      // A burst of keystrokes typing a word no other render can contain, then time from the last one
      // until the webview reports a render holding that word as patched into its DOM.
      const word = `zq${i}x`;
      for (const ch of word) {
        await editor.edit((b) => b.insert(new vscode.Position(line, 0), ch), { undoStopBefore: false, undoStopAfter: false });
      }
      const typed = word.split('').reverse().join('');
      const t0 = performance.now();
      for (;;) {
        const s = await snap();
        if (s && s.html.includes(typed) && s.renderedVersion >= s.version) {
          if (s.lastEditToDomMs !== undefined) inHost.push(s.lastEditToDomMs);
          break;
        }
        if (performance.now() - t0 > 5000) throw new Error('the preview never caught up');
        await sleep(2);
      }
      samples.push(performance.now() - t0);
      await sleep(300);
    }
    console.log(`[bench] last keystroke → preview DOM patched, seen by the test: median ${median(samples).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms (${samples.length} bursts)`);
    console.log(`[bench] last edit in the extension host → webview reports DOM patched: median ${median(inHost).toFixed(0)} ms, max ${Math.max(...inHost).toFixed(0)} ms`);
    assert.strictEqual(samples.length, 15);
  });
});
