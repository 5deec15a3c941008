// Entry point: wiring only. Every registration is a Disposable pushed into
// context.subscriptions; nothing heavy runs here (the entity engine loads on
// first need, the See also index a few seconds after start).
import * as vscode from 'vscode';
import { NameCodeActions } from './vscode/names/codeActions';
import { registerNameCommands } from './vscode/names/commands';
import { NameDiagnostics } from './vscode/names/diagnostics';
import { NameService } from './vscode/names/nameService';
import { NameStatusBar } from './vscode/names/statusBar';
import { registerNewsPreview } from './vscode/preview/newsPreview';
import { registerSeeAlso } from './vscode/seeAlso/registerSeeAlso';

export function activate(context: vscode.ExtensionContext): void {
  const names = new NameService(context.extensionUri);
  const diagnostics = new NameDiagnostics(names, context.workspaceState);
  context.subscriptions.push(
    names,
    diagnostics,
    new NameStatusBar(diagnostics),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new NameCodeActions(diagnostics), {
      providedCodeActionKinds: NameCodeActions.kinds,
    }),
    registerNameCommands(names, diagnostics),
    registerNewsPreview(context, {
      findingsFor: (document) => diagnostics.findingsFor(document),
      onDidChangeFindings: diagnostics.onDidChange,
    }),
    registerSeeAlso(context, {
      namesOf: (text) => names.entityIdsIn(text),
      nameLabel: (id) => names.entityName(id),
    }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
