// A status bar item for the active article: how many name issues it has (or
// why it was not checked); clicking it lists them (and leads to the Problems view).
import * as vscode from 'vscode';
import type { NameDiagnostics } from './diagnostics';

export class NameStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.names', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly diagnostics: NameDiagnostics) {
    this.item.name = 'Copydesk names';
    this.item.command = 'copydesk.showProblems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidCheck(({ uri }) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const checked = document && this.diagnostics.current(document);
    if (!document || !checked) {
      this.item.hide();
      return;
    }
    if (checked.skipped) {
      this.item.text = '$(circle-slash) Names not checked';
      this.item.tooltip = checked.skipped;
    } else {
      const n = checked.findings.length;
      this.item.text = n === 0 ? '$(check) Names' : `$(warning) ${n} name${n === 1 ? '' : 's'}`;
      this.item.tooltip = n === 0 ? 'Copydesk: no name problems in this article' : `Copydesk: ${n} name problem${n === 1 ? '' : 's'} in this article. Click to list them.`;
      // Never truncate silently: say how much was checked.
      if (checked.truncated) {
        this.item.text += ' (partly checked)';
        this.item.tooltip += ` ${checked.truncated}`;
      }
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
