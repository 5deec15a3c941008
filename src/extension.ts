// Entry point: wiring only. Every registration is a Disposable pushed into
// context.subscriptions; nothing heavy runs here (the entity engine loads on
// first need, the See also index a few seconds after start).
import * as vscode from 'vscode';
import type { Finding } from './core/entities/types';
import { NameCodeActions } from './vscode/names/codeActions';
import { registerNameCommands } from './vscode/names/commands';
import { NameDiagnostics } from './vscode/names/diagnostics';
import { NameService } from './vscode/names/nameService';
import { NameStatusBar } from './vscode/names/statusBar';
import { registerNewsPreview } from './vscode/preview/newsPreview';
import { registerSeeAlso } from './vscode/seeAlso/registerSeeAlso';
import { registerSpelling } from './vscode/spelling/spellingActions';
import { SpellingDiagnostics } from './vscode/spelling/spellingDiagnostics';

/** Activation cost, for `npm run bench` (read through a test-only command). */
const activation = { activateMs: NaN, firstDiagnosticsMs: NaN };

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const names = new NameService(context.extensionUri);
  const diagnostics = new NameDiagnostics(names, context.workspaceState);
  // Spelling follows each name result in a worker thread: names never wait for dictionaries.
  const spelling = new SpellingDiagnostics(context.extensionUri, names, diagnostics, context.workspaceState);
  const first = diagnostics.onDidChange((uri) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document && (diagnostics.current(document)?.findings.length ?? 0) > 0) {
      activation.firstDiagnosticsMs = performance.now() - started;
      first.dispose();
    }
  });
  context.subscriptions.push(
    names,
    diagnostics,
    new NameStatusBar(diagnostics),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new NameCodeActions(diagnostics), {
      providedCodeActionKinds: NameCodeActions.kinds,
    }),
    registerNameCommands(names, diagnostics),
    registerSpelling(spelling),
    registerNewsPreview(context, {
      // The preview marks spelling flags too, with their own class (copydesk-flag-copydesk-spelling).
      findingsFor: async (document) => [...(await diagnostics.findingsFor(document)), ...((spelling.current(document)?.findings ?? []) as unknown as Finding[])],
      onDidChangeFindings: (listener, thisArg?, disposables?) => {
        const both = vscode.Disposable.from(diagnostics.onDidChange(listener, thisArg), spelling.onDidChange(listener, thisArg));
        disposables?.push(both);
        return both;
      },
    }),
    registerSeeAlso(context, {
      namesOf: (text) => names.entityIdsIn(text),
      nameLabel: (id) => names.entityName(id),
    }),
    first,
    // Test-only (not contributed in package.json): how long activation and the first diagnostics took.
    vscode.commands.registerCommand('copydesk._activationStats', () => ({ ...activation, engineLoadMs: names.engineLoadMs, spellingFirstCheckMs: spelling.firstCheckMs })),
  );
  activation.activateMs = performance.now() - started;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
