// Registers the live news preview: its two commands, the panel serializer (restore
// after reload) and the dynamic previews that follow the active Markdown editor.
import * as vscode from 'vscode';
import { NewsPreviewPanel, PREVIEW_VIEW_TYPE, isMarkdown, type PanelState, type PreviewDeps, type PreviewSnapshot } from './previewPanel';

export { PREVIEW_VIEW_TYPE };
export type { PreviewDeps, PreviewSnapshot };

/**
 * TEST ONLY: not contributed in package.json. Returns a PreviewSnapshot of the last
 * rendered preview (or of the preview of the given resource URI string): the body HTML
 * last posted and the last version the webview confirmed it patched into its DOM.
 */
export const LAST_RENDERED_COMMAND = 'copydesk.preview._lastRenderedHtml';

export function registerNewsPreview(context: vscode.ExtensionContext, deps: PreviewDeps): vscode.Disposable {
  const manager = new NewsPreviewManager(context.extensionUri, deps);
  return vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('copydesk.showPreview', (uri?: vscode.Uri) => manager.show(uri, false)),
    vscode.commands.registerCommand('copydesk.showPreviewToSide', (uri?: vscode.Uri) => manager.show(uri, true)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    vscode.commands.registerCommand(LAST_RENDERED_COMMAND, (resource?: string) => manager.snapshot(resource)),
  );
}

class NewsPreviewManager implements vscode.WebviewPanelSerializer<PanelState>, vscode.Disposable {
  private readonly panels = new Set<NewsPreviewPanel>();
  private lastRendered: NewsPreviewPanel | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly deps: PreviewDeps,
  ) {
    // Dynamic previews follow the active Markdown editor, like VS Code's own preview.
    this.subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && isMarkdown(editor.document)) for (const p of this.panels) p.retarget(editor.document.uri);
    });
  }

  async show(uri: vscode.Uri | undefined, sideBySide: boolean): Promise<void> {
    const active = vscode.window.activeTextEditor;
    const resource = uri instanceof vscode.Uri ? uri : active && isMarkdown(active.document) ? active.document.uri : undefined;
    if (!resource) {
      void vscode.window.showInformationMessage('Open a Markdown article to preview it.');
      return;
    }
    const editorColumn = active?.viewColumn ?? vscode.ViewColumn.One;
    const column: vscode.ViewColumn = sideBySide ? editorColumn + 1 : editorColumn;
    // One preview per column: reuse the one already there.
    const existing = [...this.panels].find((p) => p.viewColumn === column);
    if (existing) {
      existing.retarget(resource);
      existing.reveal(column, sideBySide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: column, preserveFocus: sideBySide },
      { enableScripts: true, enableFindWidget: true },
    );
    this.track(new NewsPreviewPanel(panel, resource, this.extensionUri, this.deps));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    if (!state || typeof state.resource !== 'string') {
      panel.dispose();
      return;
    }
    this.track(new NewsPreviewPanel(panel, vscode.Uri.parse(state.resource, true), this.extensionUri, this.deps, state.line));
  }

  snapshot(resource?: string): PreviewSnapshot | undefined {
    const panel = resource ? [...this.panels].find((p) => p.resourceUri.toString() === resource) : this.lastRendered;
    return panel?.snapshot();
  }

  dispose(): void {
    this.subscription.dispose();
    for (const p of [...this.panels]) p.dispose();
  }

  private track(preview: NewsPreviewPanel): void {
    this.panels.add(preview);
    preview.onDidRender(() => (this.lastRendered = preview));
    preview.onDidDispose(() => {
      this.panels.delete(preview);
      if (this.lastRendered === preview) this.lastRendered = undefined;
    });
  }
}
