// Shows name findings as diagnostics: on open and while typing (debounced),
// discarding results for stale document versions, cleared on close. Keeps the
// findings per document version so quick-fixes and "fix all" use exactly what
// was shown.
import * as vscode from 'vscode';
import type { NameMention } from '../../core/entities/nameChecker';
import type { EntityRecord, Finding } from '../../core/entities/types';
import { isArticle, settingsFor, toDiagnosticSeverity } from '../settings';
import type { NameService } from './nameService';

export const DIAGNOSTIC_SOURCE = 'copydesk';
/** NOTE: short enough to feel live, long enough not to re-check on every key of a fast typist. */
const DEBOUNCE_MS = 200;
const IGNORED_KEY = 'copydesk.ignoredNames';

export interface CheckedDocument {
  version: number;
  findings: readonly Finding[];
  /** Every known name in this version (for the hover card and the story tree). */
  mentions: readonly NameMention[];
  /** The knowledge this version was checked with (built-in plus the folder's house list). */
  entity: (id: string) => EntityRecord | undefined;
  /** Why the document was not checked (too large, disabled), if it was not. */
  skipped?: string;
}

export class NameDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, CheckedDocument>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's findings changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.changed];

  constructor(
    private readonly names: NameService,
    private readonly state: vscode.Memento,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk')) this.recheckAll();
      }),
      names.onDidChangeKnowledge(() => this.recheckAll()),
    );
    this.recheckAll();
  }

  /** The findings shown for a document, if they belong to its current version. */
  current(document: vscode.TextDocument): CheckedDocument | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r : undefined;
  }

  /** Findings for the current version, checking now if needed (for the preview and commands). */
  async findingsFor(document: vscode.TextDocument): Promise<readonly Finding[]> {
    return (this.current(document) ?? (await this.check(document)))?.findings ?? [];
  }

  recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  ignoredIn(uri: vscode.Uri): Set<string> {
    return new Set(this.state.get<Record<string, string[]>>(IGNORED_KEY, {})[uri.toString()] ?? []);
  }

  async ignore(uri: vscode.Uri, text: string): Promise<void> {
    const all = { ...this.state.get<Record<string, string[]>>(IGNORED_KEY, {}) };
    all[uri.toString()] = [...new Set([...(all[uri.toString()] ?? []), text])];
    await this.state.update(IGNORED_KEY, all);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) await this.check(doc);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.check(document);
      }, delay),
    );
  }

  private async check(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    if (document.isClosed) return undefined;
    const key = document.uri.toString();
    const settings = settingsFor(document.uri);
    if (!isArticle(document) || !settings.enabled) {
      this.forget(document.uri);
      return undefined;
    }
    const version = document.version;
    const text = document.getText();
    if (text.length > settings.maxFileSizeKB * 1024) {
      const result: CheckedDocument = { version, findings: [], mentions: [], entity: () => undefined, skipped: `Larger than ${settings.maxFileSizeKB} KB (copydesk.maxFileSizeKB): names not checked.` };
      this.collection.delete(document.uri);
      this.results.set(key, result);
      this.changed.fire(document.uri);
      return result;
    }
    const checker = await this.names.checkerFor(document.uri);
    // NOTE: a newer version may have arrived while the engine loaded; its own check will follow.
    if (document.isClosed || document.version !== version) return undefined;
    const findings = checker.check(text, { severity: settings.severity, ignore: this.ignoredIn(document.uri) });
    // Right after check(): the blocks are cached, so finding the mentions rescans nothing.
    const result: CheckedDocument = { version, findings, mentions: checker.mentions(text), entity: (id) => checker.registry.entities.get(id) };
    this.results.set(key, result);
    this.collection.set(document.uri, findings.map((f) => toDiagnostic(document, f)));
    this.changed.fire(document.uri);
    return result;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

export function toDiagnostic(document: Pick<vscode.TextDocument, 'positionAt'>, f: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
  const d = new vscode.Diagnostic(range, f.message, toDiagnosticSeverity(f.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = f.code;
  return d;
}
