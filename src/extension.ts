// Entry point: wiring only. Every registration is a Disposable pushed into
// context.subscriptions; nothing heavy runs here (the entity engine loads on
// first need, the See also index a few seconds after start).
import * as vscode from 'vscode';
import { ArticleAnalyses } from './vscode/articleAnalyses';
import { CheckAllArticles } from './vscode/names/checkAll';
import { NameCodeActions } from './vscode/names/codeActions';
import { registerNameCommands } from './vscode/names/commands';
import { NameDiagnostics } from './vscode/names/diagnostics';
import { NameService } from './vscode/names/nameService';
import { registerNameHover } from './vscode/names/hover';
import { NameStatusBar } from './vscode/names/statusBar';
import { StoryNamesTree } from './vscode/names/storyTree';
import { registerNewsPreview } from './vscode/preview/newsPreview';
import { registerSeeAlso } from './vscode/seeAlso/registerSeeAlso';
import { namesWithSpelling } from './vscode/spelling/previewFeed';
import { registerSpelling } from './vscode/spelling/spellingActions';
import { SpellingDiagnostics } from './vscode/spelling/spellingDiagnostics';

/** Activation cost, for `npm run bench` (read through a test-only command). */
const activation = { activateMs: NaN, firstDiagnosticsMs: NaN };

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  // Errors go to the "Copydesk" output channel, created on the first one (not at startup).
  let channel: vscode.LogOutputChannel | undefined;
  const output = () => (channel ??= vscode.window.createOutputChannel('Copydesk', { log: true }));
  const log = { error: (message: string) => output().error(message), warn: (message: string) => output().warn(message) };
  // One analysis per document version, shared by diagnostics, preview and See also.
  const analyses = new ArticleAnalyses();
  const names = new NameService(context.extensionUri);
  const diagnostics = new NameDiagnostics(names, context.workspaceState, analyses, log);
  const storyTree = new StoryNamesTree(diagnostics);
  // Spelling follows each name result (same analysis) in a worker thread: names never wait for dictionaries.
  const spelling = new SpellingDiagnostics(context.extensionUri, names, diagnostics, context.workspaceState);
  // The preview marks spelling flags too, with their own class (copydesk-flag-copydesk-spelling).
  const checked = namesWithSpelling(diagnostics, spelling);
  const first = diagnostics.onDidCheck((result) => {
    if (result.findings.length > 0) {
      activation.firstDiagnosticsMs = performance.now() - started;
      first.dispose();
    }
  });
  context.subscriptions.push(
    { dispose: () => channel?.dispose() },
    names,
    diagnostics,
    new NameStatusBar(diagnostics),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new NameCodeActions(diagnostics), {
      providedCodeActionKinds: NameCodeActions.kinds,
    }),
    registerNameCommands(names, diagnostics),
    registerNameHover(diagnostics),
    storyTree,
    // Test-only (not contributed): the story tree as plain data.
    vscode.commands.registerCommand('copydesk._storyNames', () => storyTree.snapshot()),
    new CheckAllArticles(names, diagnostics, context.workspaceState, context.extensionUri.fsPath),
    registerSpelling(spelling),
    checked,
    registerNewsPreview(context, {
      onDidCheck: checked.onDidCheck,
      latest: (document) => checked.latest(document),
      request: (document) => checked.request(document),
      counters: analyses.counters,
    }),
    registerSeeAlso(context, {
      namesOf: (text) => names.entityIdsIn(analyses.forText(text)),
      analysisOf: (document) => analyses.get(document),
      nameLabel: (id) => names.entityName(id),
    }),
    first,
    // Test-only (not contributed in package.json): how long activation and the first diagnostics took.
    vscode.commands.registerCommand('copydesk._activationStats', () => ({ ...activation, engineLoadMs: names.engineLoadMs, spellingFirstCheckMs: spelling.firstCheckMs })),
    // Test-only: work done so far (analyses, parses, checks, renders), to count it per keystroke burst.
    vscode.commands.registerCommand('copydesk._pipelineStats', () => ({ ...analyses.counters })),
  );
  activation.activateMs = performance.now() - started;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
