// "People and organisations in this story": an Explorer tree of the entities the active article
// names, grouped by kind, with mention counts; flagged ones marked; a click jumps to the name.
// Redrawn from the diagnostics' own results whenever they change (no second analysis).
import * as vscode from 'vscode';
import { entityCard } from '../../core/names/entityCard';
import { storyEntities, type StoryEntity, type StoryGroup, type StoryOccurrence } from '../../core/names/storyEntities';
import type { EntityKind } from '../../core/entities/types';
import { isArticle } from '../settings';
import type { CheckedDocument, NameDiagnostics } from './diagnostics';

export const STORY_VIEW = 'copydesk.storyNames';

type Node =
  | { type: 'group'; group: StoryGroup }
  | { type: 'entity'; entity: StoryEntity }
  | { type: 'occurrence'; entity: StoryEntity; occurrence: StoryOccurrence };

const KIND_ICON: Record<EntityKind, string> = {
  person: 'person',
  organization: 'organization',
  country: 'globe',
  place: 'location',
  event: 'calendar',
  other: 'symbol-constant',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class StoryNamesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** The article shown: the active editor's, kept while focus is in a panel or this view. */
  private document: vscode.TextDocument | undefined;
  private checked: CheckedDocument | undefined;
  private groups: StoryGroup[] = [];

  constructor(private readonly diagnostics: NameDiagnostics) {
    this.view = vscode.window.createTreeView(STORY_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && e.document.languageId === 'markdown') this.show(e.document);
      }),
      diagnostics.onDidCheck((result) => {
        if (result.uri.toString() === this.document?.uri.toString()) this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.show(undefined);
      }),
    );
    const active = vscode.window.activeTextEditor?.document;
    this.show(active?.languageId === 'markdown' ? active : undefined);
  }

  private show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    // A document not checked yet gets its result pushed soon (onDidCheck redraws then).
    if (document) this.diagnostics.request(document);
    this.refresh();
  }

  private refresh(): void {
    const document = this.document;
    this.checked = document && this.diagnostics.current(document);
    this.groups = this.checked && !this.checked.skipped ? storyEntities(this.checked.mentions ?? [], this.checked.findings, { entity: this.checked.entity ?? (() => undefined) }) : [];
    this.view.description = document ? vscode.workspace.asRelativePath(document.uri) : undefined;
    this.view.message = !document
      ? 'Open an article to list the people and organisations it names.'
      : !isArticle(document)
        ? 'This file is not an article (see copydesk.articles.include and exclude).'
        : this.checked?.skipped
        ? this.checked.skipped
        : this.checked && this.groups.length === 0
          ? 'This article names no one Copydesk knows.'
          : undefined;
    const flagged = this.groups.reduce((n, g) => n + g.entities.filter((e) => e.flagged > 0).length, 0);
    this.view.badge = flagged ? { value: flagged, tooltip: `${plural(flagged, 'name')} flagged in this article` } : undefined;
    this.changed.fire(undefined);
  }

  /** The tree as plain data, for tests: [group label, [[name, mentions, flagged]]]. */
  snapshot(): { uri?: string; version?: number; groups: Array<[string, Array<[string, number, number]>]> } {
    return {
      uri: this.document?.uri.toString(),
      version: this.checked?.version,
      groups: this.groups.map((g) => [g.label, g.entities.map((e) => [e.entity.name, e.mentions, e.flagged] as [string, number, number])]),
    };
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups.map((group) => ({ type: 'group', group }));
    if (node.type === 'group') return node.group.entities.map((entity) => ({ type: 'entity', entity }));
    if (node.type === 'entity') return node.entity.occurrences.map((occurrence) => ({ type: 'occurrence', entity: node.entity, occurrence }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.group.entities.length);
      item.id = `group:${node.group.kind}`;
      return item;
    }
    const document = this.document!;
    if (node.type === 'entity') {
      const e = node.entity;
      const item = new vscode.TreeItem(e.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${e.entity.id}`;
      const parts = [];
      if (e.mentions) parts.push(plural(e.mentions, 'mention'));
      if (e.flagged) parts.push(`${e.flagged} flagged`);
      item.description = parts.join(' · ');
      item.iconPath = e.flagged ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(KIND_ICON[e.entity.kind]);
      item.contextValue = e.flagged ? 'copydesk.entity.flagged' : 'copydesk.entity';
      const card = new vscode.MarkdownString(entityCard({ entity: e.entity, mentions: this.checked?.mentions ?? [], findings: this.checked?.findings ?? [] }, { entity: (id) => this.checked?.entity?.(id) }), true);
      item.tooltip = card;
      item.accessibilityInformation = { label: `${e.entity.name}, ${item.description}` };
      const first = e.occurrences.find((o) => o.finding) ?? e.occurrences[0];
      if (first) item.command = reveal(document, first, 'Go to the first mention');
      return item;
    }
    const o = node.occurrence;
    const item = new vscode.TreeItem(`“${o.text}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `occurrence:${node.entity.entity.id}:${o.start}`;
    item.description = `line ${document.positionAt(o.start).line + 1}${o.finding?.suggestions[0] ? ` → ${o.finding.suggestions[0]}` : ''}`;
    if (o.finding) {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.tooltip = o.finding.message;
    }
    item.command = reveal(document, o, 'Go to this mention');
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Opens the article with the name selected (and focused, so Ctrl+. works on a flagged one). */
function reveal(document: vscode.TextDocument, span: { start: number; end: number }, title: string): vscode.Command {
  const selection = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  return { command: 'vscode.open', title, arguments: [document.uri, { selection, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
}
