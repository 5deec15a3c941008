// Hover card on every recognised name: who Copydesk thinks it is and where that comes from;
// on a flagged name, the entity meant with its fixes one click away. A thin adapter: the card
// is built by core/names/entityCard from the findings and mentions the diagnostics computed.
import * as vscode from 'vscode';
import { entityCard } from '../../core/names/entityCard';
import type { Finding } from '../../core/entities/types';
import type { NameDiagnostics } from './diagnostics';

// (Not copydesk.applyNameFix: that is the quick-fixes' versioned replace, with other arguments.)
export const APPLY_HOVER_FIX = 'copydesk.applyHoverFix';

/** What a fix link carries: the edit, and the document version it was computed for. */
export interface NameFixArgs {
  uri: string;
  version: number;
  start: number;
  end: number;
  replacement: string;
}

export class NameHoverProvider implements vscode.HoverProvider {
  constructor(private readonly diagnostics: NameDiagnostics) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    await this.diagnostics.findingsFor(document);
    const checked = this.diagnostics.current(document);
    if (!checked || checked.skipped) return undefined;
    const mentions = checked.mentions ?? [];
    const lookup = checked.entity ?? (() => undefined);
    const offset = document.offsetAt(position);
    const covers = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
    const flagged = checked.findings.find(covers);
    const mention = mentions.find(covers);
    if (!flagged && !mention) return undefined;
    // On a flagged name, the entity meant; else the one the name stands for.
    const entityId = flagged?.entityId ?? mention?.entityId;
    const entity = entityId ? lookup(entityId) : undefined;
    if (!entity && !flagged) return undefined;
    const fixLink = (f: Finding, replacement: string) => {
      const args: NameFixArgs = { uri: document.uri.toString(), version: checked.version, start: f.start, end: f.end, replacement };
      return `command:${APPLY_HOVER_FIX}?${encodeURIComponent(JSON.stringify([args]))}`;
    };
    const markdown = new vscode.MarkdownString(entityCard({ entity, mentions, findings: checked.findings, flagged, fixLink }, { entity: lookup }), true);
    // Only the fix command may run from this card: names come from data and the article.
    markdown.isTrusted = { enabledCommands: [APPLY_HOVER_FIX] };
    const span = flagged ?? mention!;
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }
}

/** Applies one fix from a hover link as one undoable edit, only to the version it was offered for. */
export async function applyHoverFix(args: NameFixArgs): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  if (!document) return false;
  if (document.version !== args.version) {
    void vscode.window.setStatusBarMessage('Copydesk: the article changed since this card was shown; hover the name again.', 4000);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(args.start), document.positionAt(args.end)), args.replacement);
  return vscode.workspace.applyEdit(edit);
}

export function registerNameHover(diagnostics: NameDiagnostics): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider({ language: 'markdown' }, new NameHoverProvider(diagnostics)),
    vscode.commands.registerCommand(APPLY_HOVER_FIX, (args: NameFixArgs) => applyHoverFix(args)),
  );
}
