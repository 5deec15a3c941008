// Shows name findings as diagnostics: on open and while typing (debounced),
// discarding results for stale document versions, cleared on close. Keeps the
// findings per document version so quick-fixes and "fix all" use exactly what
// was shown.
import * as vscode from 'vscode';
import type { AnalysedArticle } from '../../core/article/analysedArticle';
import type { Finding } from '../../core/entities/types';
import type { ArticleAnalyses } from '../articleAnalyses';
import { isArticle, settingsFor, toDiagnosticSeverity } from '../settings';
import type { NameService } from './nameService';

export const DIAGNOSTIC_SOURCE = 'copydesk';
/** NOTE: short enough to feel live, long enough not to re-check on every key of a fast typist. */
const DEBOUNCE_MS = 200;
const IGNORED_KEY = 'copydesk.ignoredNames';

/** The result for one version of a Markdown document, pushed to every subscriber (status bar, preview). */
export interface CheckedDocument {
  uri: vscode.Uri;
  version: number;
  /** The shared analysis of this version; undefined when the document is too large to analyse. */
  article?: AnalysedArticle;
  findings: readonly Finding[];
  /** Why the names were not checked (too large), if they were not. */
  skipped?: string;
  /** Set when the document is no article (by language or the article globs) or checks are off: nothing to show. */
  inactive?: true;
  /** Set when only the first part of a very long article was checked. */
  truncated?: string;
}

/** Where errors go: the "Copydesk" output channel (a LogOutputChannel fits). */
export interface Log {
  error(message: string): void;
  warn(message: string): void;
}

export class NameDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, CheckedDocument>();
  private readonly changed = new vscode.EventEmitter<CheckedDocument>();
  /** Fires with each new result, and with an inactive result when a document stops being checked. */
  readonly onDidCheck = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.changed];

  constructor(
    private readonly names: NameService,
    private readonly state: vscode.Memento,
    private readonly analyses: ArticleAnalyses,
    private readonly log: Log,
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

  /** The findings shown for a document, if they belong to its current version and it is checked. */
  current(document: vscode.TextDocument): CheckedDocument | undefined {
    const r = this.latest(document);
    return r && !r.inactive ? r : undefined;
  }

  /** The result for the document's current version, inactive ones included (the preview renders those too). */
  latest(document: vscode.TextDocument): CheckedDocument | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r : undefined;
  }

  /** Findings for the current version, checking now if needed (for commands that act on them). */
  async findingsFor(document: vscode.TextDocument): Promise<readonly Finding[]> {
    return (this.current(document) ?? (await this.check(document)))?.findings ?? [];
  }

  /** Asks for a result for the document soon (it arrives through onDidCheck); a version already done is not redone. */
  request(document: vscode.TextDocument): void {
    const done = this.latest(document);
    if (done) this.changed.fire(done);
    else this.schedule(document, 0);
  }

  /** Re-checks every open document: settings or knowledge changed, so results for the same versions are stale. */
  recheckAll(): void {
    this.results.clear();
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
    if (doc) {
      this.results.delete(doc.uri.toString());
      await this.check(doc);
    }
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // One document's failure is logged and never stops the others.
        this.check(document).catch((e: unknown) => this.report(document, e));
      }, delay),
    );
  }

  private report(document: vscode.TextDocument, e: unknown): void {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    this.log.error(`Checking names in ${document.uri.toString(true)} failed: ${detail}`);
  }

  private async check(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    if (document.isClosed) return undefined;
    const version = document.version;
    // A version already done (the preview asked, the debounce fired, a document reopened) is not redone.
    const done = this.latest(document);
    if (done) return done;
    if (document.languageId !== 'markdown') {
      this.forget(document.uri);
      return undefined;
    }
    const settings = settingsFor(document.uri);
    if (document.getText().length > settings.maxFileSizeKB * 1024) {
      return this.publish({ uri: document.uri, version, findings: [], skipped: `Larger than ${settings.maxFileSizeKB} KB (copydesk.maxFileSizeKB): names not checked.` });
    }
    const article = this.analyses.get(document);
    if (!isArticle(document) || !settings.enabled) return this.publish({ uri: document.uri, version, article, findings: [], inactive: true });
    const checker = await this.names.checkerFor(document.uri);
    // NOTE: a newer version may have arrived while the engine loaded; its own check will follow.
    if (document.isClosed || document.version !== version) return undefined;
    this.analyses.counters.checks++;
    const result = checker.checkArticle(article, { severity: settings.severity, ignore: this.ignoredIn(document.uri) });
    if (result.truncated) this.log.warn(`${document.uri.toString(true)}: ${result.truncated.message}`);
    return this.publish({ uri: document.uri, version, article, findings: result.findings, truncated: result.truncated?.message });
  }

  private publish(result: CheckedDocument): CheckedDocument {
    this.results.set(result.uri.toString(), result);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri.toString());
    if (result.inactive || result.skipped || !document) this.collection.delete(result.uri);
    else this.collection.set(result.uri, result.findings.map((f) => toDiagnostic(document, f)));
    this.changed.fire(result);
    return result;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const had = this.results.delete(key);
    this.analyses.forget(uri);
    this.collection.delete(uri);
    if (had) this.changed.fire({ uri, version: -1, findings: [], inactive: true });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

export function toDiagnostic(document: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
  const d = new vscode.Diagnostic(range, f.message, toDiagnosticSeverity(f.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = f.code;
  return d;
}
