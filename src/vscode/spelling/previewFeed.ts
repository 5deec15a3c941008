// What the preview reads (PreviewDeps): the name results, with the spelling flags of the
// same document version added, so the preview marks both (each with its own class).
import * as vscode from 'vscode';
import type { Finding } from '../../core/entities/types';
import type { CheckedDocument, NameDiagnostics } from '../names/diagnostics';
import type { SpellingDiagnostics } from './spellingDiagnostics';

export interface CheckedFeed extends vscode.Disposable {
  onDidCheck: vscode.Event<CheckedDocument>;
  latest(document: vscode.TextDocument): CheckedDocument | undefined;
  request(document: vscode.TextDocument): void;
}

export function namesWithSpelling(names: NameDiagnostics, spelling: SpellingDiagnostics): CheckedFeed {
  const emitter = new vscode.EventEmitter<CheckedDocument>();
  /** Per URI: the version last pushed and the spelling flags it carried, so an unchanged spelling result is not pushed again (one render a burst). */
  const pushed = new Map<string, { version: number; spelling: string }>();
  const spellingKey = (document: vscode.TextDocument | undefined, version: number) => {
    const s = document && spelling.current(document);
    return s && s.version === version ? s.findings.map((f) => `${f.start}:${f.end}`).join(',') : '';
  };
  const push = (result: CheckedDocument) => {
    pushed.set(result.uri.toString(), { version: result.version, spelling: spellingKey(documentOf(result.uri), result.version) });
    emitter.fire(merged(result));
  };
  const documentOf = (uri: vscode.Uri): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const merged = (result: CheckedDocument): CheckedDocument => {
    const document = documentOf(result.uri);
    const spelled = document && spelling.current(document);
    if (!spelled || spelled.version !== result.version || spelled.findings.length === 0 || result.inactive) return result;
    // NOTE: a spelling finding has the shape of a name Finding; only its code differs.
    return { ...result, findings: [...result.findings, ...(spelled.findings as unknown as Finding[])].sort((a, b) => a.start - b.start) };
  };
  const subscriptions = [
    emitter,
    names.onDidCheck((result) => push(result)),
    spelling.onDidChange((uri) => {
      const document = documentOf(uri);
      const result = document && names.latest(document);
      if (!result) return;
      const last = pushed.get(uri.toString());
      if (last && last.version === result.version && last.spelling === spellingKey(document, result.version)) return;
      push(result);
    }),
  ];
  return {
    onDidCheck: emitter.event,
    latest: (document) => {
      const r = names.latest(document);
      return r && merged(r);
    },
    request: (document) => names.request(document),
    dispose: () => subscriptions.forEach((s) => s.dispose()),
  };
}
