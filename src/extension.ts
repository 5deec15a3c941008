// Entry point: wiring only. Every registration is a Disposable pushed into
// context.subscriptions; nothing heavy runs here (the entity engine loads on first need).
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.Disposable.from());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
