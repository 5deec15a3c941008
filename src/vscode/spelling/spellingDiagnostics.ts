// Spelling diagnostics (code `copydesk.spelling`): checked after the names of
// the same document version, so a span the name check flags never gets a
// second diagnostic; the dictionaries load and check in a worker thread, so
// name diagnostics never wait for them and the editor never blocks. Results
// are kept per document version for the quick-fixes and Fix All Spelling.
import * as vscode from 'vscode';
import { CSPELL_CONFIG_NAMES } from '../../core/entities/houseList';
import { nameVocabulary } from '../../core/spelling/names';
import { SpellingChecker } from '../../core/spelling/spellingChecker';
import { SPELLING_CODE, type SpellingFinding } from '../../core/spelling/types';
import { DIAGNOSTIC_SOURCE, type CheckedDocument, type NameDiagnostics } from '../names/diagnostics';
import type { NameService } from '../names/nameService';
import { isArticle, settingsFor, toDiagnosticSeverity } from '../settings';
import { loadSpellingLexicon } from '../../node/spelling/lexiconFile';
import { WorkerEngine } from './workerEngine';

const IGNORED_KEY = 'copydesk.ignoredSpelling';

export interface SpellingSettings {
  enabled: boolean;
  /** Undefined: the cspell configuration's `language`, else US English (British spellings accepted). */
  language: string | undefined;
}

export function spellingSettingsFor(uri?: vscode.Uri): SpellingSettings {
  const c = vscode.workspace.getConfiguration('copydesk', uri);
  return { enabled: c.get<boolean>('spelling.enabled', true), language: c.get<string>('spelling.language', '')?.trim() || undefined };
}

export interface SpelledDocument {
  version: number;
  /** As published; suggestions may be pending until `completed` settles. */
  findings: readonly SpellingFinding[];
  skipped?: string;
  /** The findings with every suggestion, once the worker has them. */
  completed?: Promise<readonly SpellingFinding[]>;
}

export class SpellingDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('copydesk-spelling');
  private readonly results = new Map<string, SpelledDocument>();
  /** The newest requested version per document: older checks finishing late are dropped. */
  private readonly wanted = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly engine: WorkerEngine;
  private readonly checkers = new WeakMap<object, SpellingChecker>();
  private readonly output = vscode.window.createOutputChannel('Copydesk Spelling');
  private readonly reported = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.changed, this.output];
  private warmed = false;

  /** The spelling word lists (data/generated/spelling-lexicon.json), read on the first check. */
  private lexicon() {
    return loadSpellingLexicon(vscode.Uri.joinPath(this.extensionUri, 'data').fsPath, (m) => this.output.appendLine(m));
  }
  /** For `npm run bench` and tests: ms from the first request to the first result. */
  firstCheckMs: number | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly names: NameService,
    private readonly nameDiagnostics: NameDiagnostics,
    private readonly state: vscode.Memento,
  ) {
    this.engine = new WorkerEngine(extensionUri.fsPath);
    this.disposables.push(
      { dispose: () => this.engine.dispose() },
      // Names first: spelling follows each name result of the same version, on its analysis.
      nameDiagnostics.onDidCheck((result) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri.toString());
        if (doc && !result.inactive) void this.check(doc, result);
        else this.forget(result.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk.spelling')) this.recheckAll(true);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.recheckAll(true)),
    );
    // NOTE: the dictionaries take a second or two to load: start while the name check of the
    // first article runs, in the worker, so spelling follows names closely.
    const warm = (d: vscode.TextDocument) => {
      if (this.warmed || !isArticle(d) || !spellingSettingsFor(d.uri).enabled) return;
      this.warmed = true;
      this.engine.warm();
    };
    vscode.workspace.textDocuments.forEach(warm);
    this.disposables.push(vscode.workspace.onDidOpenTextDocument(warm));
    for (const name of CSPELL_CONFIG_NAMES) {
      const watcher = vscode.workspace.createFileSystemWatcher(`**/${name}`);
      const refresh = () => this.recheckAll(true);
      this.disposables.push(watcher, watcher.onDidCreate(refresh), watcher.onDidChange(refresh), watcher.onDidDelete(refresh));
    }
  }

  current(document: vscode.TextDocument): SpelledDocument | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r : undefined;
  }

  /** Findings of the current version, checking now if needed (for the preview and Fix All Spelling). */
  async findingsFor(document: vscode.TextDocument): Promise<readonly SpellingFinding[]> {
    const checked = this.current(document) ?? (await this.check(document));
    return checked ? await this.completed(checked) : [];
  }

  ignoredIn(uri: vscode.Uri): Set<string> {
    return new Set(this.state.get<Record<string, string[]>>(IGNORED_KEY, {})[uri.toString()] ?? []);
  }

  async ignore(uri: vscode.Uri, word: string): Promise<void> {
    const all = { ...this.state.get<Record<string, string[]>>(IGNORED_KEY, {}) };
    all[uri.toString()] = [...new Set([...(all[uri.toString()] ?? []), word])];
    await this.state.update(IGNORED_KEY, all);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) await this.check(doc);
  }

  recheckAll(configChanged = false): void {
    if (configChanged) this.engine.reset();
    for (const d of vscode.workspace.textDocuments) void this.check(d);
  }

  private async check(document: vscode.TextDocument, nameResult?: CheckedDocument): Promise<SpelledDocument | undefined> {
    const key = document.uri.toString();
    const settings = spellingSettingsFor(document.uri);
    if (document.isClosed || !isArticle(document) || !settings.enabled || !settingsFor(document.uri).enabled) {
      this.forget(document.uri);
      return undefined;
    }
    const version = document.version;
    this.wanted.set(key, version);
    const names = nameResult && nameResult.version === version ? nameResult : this.nameDiagnostics.current(document);
    if (!names) return undefined; // the name check of this version is still running; its event brings us back
    if (names.skipped) {
      this.publish(document, { version, findings: [], skipped: names.skipped });
      return this.results.get(key);
    }
    const started = performance.now();
    try {
      const nameChecker = await this.names.checkerFor(document.uri);
      let checker = this.checkers.get(nameChecker);
      if (!checker) this.checkers.set(nameChecker, (checker = new SpellingChecker(this.engine, nameVocabulary(nameChecker.registry), this.lexicon())));
      if (!names.article) return undefined;
      // The same analysis (prose map, atoms) the name checks read for this version.
      const result = await checker.checkArticle(names.article, {
        uri: key,
        languageId: document.languageId,
        language: settings.language,
        severity: 'information',
        flagged: names.findings,
        ignore: this.ignoredIn(document.uri),
        readConfig: vscode.workspace.isTrusted,
        // Diagnostics first; suggestions (cspell's slow part) follow in the background.
        suggestions: 'lazy',
      });
      this.firstCheckMs ??= performance.now() - started;
      for (const e of result.errors ?? []) if (!this.reported.has(e) && this.reported.add(e)) this.output.appendLine(`cspell configuration: ${e}`);
      if (document.isClosed || this.wanted.get(key) !== version || document.version !== version) return undefined;
      this.publish(document, { version, findings: result.findings, skipped: result.skipped });
      const published = this.results.get(key)!;
      if (result.findings.some((f) => f.pending)) published.completed = this.complete(document, checker, published, settings.language);
      return published;
    } catch (e) {
      this.output.appendLine(`Spelling check of ${document.uri.fsPath || key} failed: ${(e as Error).message}`);
      return undefined;
    }
  }

  /**
   * The findings of `checked` with their suggestions (asked for now if still pending), for the
   * quick-fixes and Fix All Spelling; the messages of the published diagnostics are updated.
   */
  async completed(checked: SpelledDocument): Promise<readonly SpellingFinding[]> {
    return checked.completed ? await checked.completed : checked.findings;
  }

  private async complete(document: vscode.TextDocument, checker: SpellingChecker, checked: SpelledDocument, language: string | undefined): Promise<readonly SpellingFinding[]> {
    try {
      const findings = await checker.complete(document.uri.toString(), checked.findings, language);
      // Still the version on screen: the messages gain their "did you mean".
      if (this.results.get(document.uri.toString()) === checked && !document.isClosed && document.version === checked.version) {
        checked.findings = findings;
        this.collection.set(document.uri, findings.map((f) => toDiagnostic(document, f)));
        this.changed.fire(document.uri);
      }
      return findings;
    } catch (e) {
      this.output.appendLine(`Spelling suggestions for ${document.uri.fsPath || document.uri.toString()} failed: ${(e as Error).message}`);
      return checked.findings;
    }
  }

  private publish(document: vscode.TextDocument, result: SpelledDocument): void {
    this.results.set(document.uri.toString(), result);
    this.collection.set(document.uri, result.findings.map((f) => toDiagnostic(document, f)));
    this.changed.fire(document.uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.wanted.delete(key);
    const had = this.results.delete(key);
    this.collection.delete(uri);
    this.engine.forget(key);
    if (had) this.changed.fire(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function toDiagnostic(document: vscode.TextDocument, f: SpellingFinding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
  const d = new vscode.Diagnostic(range, f.message, toDiagnosticSeverity(f.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = SPELLING_CODE;
  return d;
}
