// One news preview webview panel: renders its article with the core renderer,
// patches updates in place, syncs scrolling and opens clicked links. It renders the
// results the diagnostics push (the shared analysis and its findings), never its own parse.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { renderArticle, renderPreviewPage, urlScheme } from '../../core/preview';
import { readFromWebview, type PreviewPageSettings, type ToWebview } from '../../core/preview/protocol';
import type { PipelineCounters } from '../articleAnalyses';
import type { CheckedDocument } from '../names/diagnostics';
import { settingsFor } from '../settings';

export const PREVIEW_VIEW_TYPE = 'copydesk.preview';

/** Throttle for updates while typing (see scheduleUpdate). */
const UPDATE_DELAY_MS = 50;
/** Scrolls one side caused on the other are not echoed back inside this window. */
const ECHO_WINDOW_MS = 200;
const EDITOR_SCROLL_THROTTLE_MS = 50;

/** Where the preview gets its article from: results pushed per document version. */
export interface PreviewDeps {
  /** Fires with each new result (the shared analysis and its findings). */
  onDidCheck: vscode.Event<CheckedDocument>;
  /** The result for the document's current version, if there is one yet. */
  latest(document: vscode.TextDocument): CheckedDocument | undefined;
  /** Asks for a result for the current version; it arrives through onDidCheck. */
  request(document: vscode.TextDocument): void;
  /** Counts renders (see ArticleAnalyses). */
  counters?: PipelineCounters;
}

/** What the test-only command reports about the last render. */
export interface PreviewSnapshot {
  resource: string;
  title: string;
  html: string;
  version: number;
  /** The last version the webview reported as patched into its DOM. */
  renderedVersion: number;
  /** Milliseconds from the last edit in that render reaching the extension host to the DOM patched. */
  lastEditToDomMs?: number;
  viewColumn: number | undefined;
}

export interface PanelState {
  resource: string;
  line?: number;
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

export class NewsPreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDidDisposeEmitter.event;
  private readonly onDidRenderEmitter = new vscode.EventEmitter<NewsPreviewPanel>();
  readonly onDidRender = this.onDidRenderEmitter.event;

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every render request; an async render whose number is stale is dropped. */
  private requestId = 0;
  private version = 0;
  private renderedVersion = 0;
  /** When the latest edit reached the extension host, and which edit each render holds. */
  private lastEditAt = 0;
  private readonly editForVersion = new Map<number, number>();
  /** From the last edit a render holds to the webview reporting it patched (for `npm run bench`). */
  private lastEditToDomMs: number | undefined;
  /** False until the first full page is set, and after a document switch: then the whole page is rebuilt. */
  private pageLoaded = false;
  private lastHtml = '';
  private lastTitle = '';
  private ignoreEditorScrollUntil = 0;
  private editorScrollTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resource: vscode.Uri,
    private readonly extensionUri: vscode.Uri,
    private readonly deps: PreviewDeps,
    private initialLine?: number,
  ) {
    this.configureWebview();
    panel.iconPath = {
      light: vscode.Uri.joinPath(extensionUri, 'media', 'preview-light.svg'),
      dark: vscode.Uri.joinPath(extensionUri, 'media', 'preview-dark.svg'),
    };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => this.onMessage(m)),
      // Edits only start the clock for `npm run bench`; the render follows the result they lead to.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isOwn(e.document.uri)) this.lastEditAt = performance.now();
      }),
      deps.onDidCheck((result) => {
        if (this.isOwn(result.uri) && result.version >= 0) this.scheduleUpdate();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk.preview', this.resource)) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e)),
    );
    this.safeUpdate();
  }

  get resourceUri(): vscode.Uri {
    return this.resource;
  }

  get viewColumn(): vscode.ViewColumn | undefined {
    return this.panel.viewColumn;
  }

  snapshot(): PreviewSnapshot {
    return {
      resource: this.resource.toString(),
      title: this.lastTitle,
      html: this.lastHtml,
      version: this.version,
      renderedVersion: this.renderedVersion,
      lastEditToDomMs: this.lastEditToDomMs,
      viewColumn: this.panel.viewColumn,
    };
  }

  /** Follow another article (the dynamic preview follows the active Markdown editor). */
  retarget(resource: vscode.Uri): void {
    if (this.isOwn(resource)) return;
    this.resource = resource;
    this.pageLoaded = false;
    this.initialLine = undefined;
    this.configureWebview();
    this.safeUpdate();
  }

  reveal(viewColumn: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(viewColumn, preserveFocus);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.editorScrollTimer);
    this.onDidDisposeEmitter.fire();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDidDisposeEmitter.dispose();
    this.onDidRenderEmitter.dispose();
  }

  private isOwn(uri: vscode.Uri): boolean {
    return uri.toString() === this.resource.toString();
  }

  private configureWebview(): void {
    const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
    roots.push(vscode.Uri.joinPath(this.extensionUri, 'media'));
    if (this.resource.scheme === 'file' && !vscode.workspace.getWorkspaceFolder(this.resource)) {
      // An article outside the workspace may still show the images beside it.
      roots.push(vscode.Uri.joinPath(this.resource, '..'));
    }
    this.panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: roots };
  }

  /**
   * Throttle with a leading edge: a keystroke after a quiet spell renders at once; keystrokes
   * that follow within UPDATE_DELAY_MS are coalesced into one trailing render.
   */
  private scheduleUpdate(): void {
    if (this.timer || this.disposed) return;
    // Long articles render slower: never spend more than about a third of the time rendering.
    const wait = this.lastUpdateAt + Math.max(UPDATE_DELAY_MS, this.lastRenderMs * 2) - Date.now();
    const run = () => {
      this.timer = undefined;
      this.lastUpdateAt = Date.now();
      this.safeUpdate();
    };
    if (wait <= 0) run();
    else this.timer = setTimeout(run, wait);
  }

  private lastUpdateAt = 0;
  private lastRenderMs = 0;

  /** An update whose failure shows on the page instead of disappearing as a rejected promise. */
  private safeUpdate(): void {
    this.update().catch((e: unknown) => {
      if (this.disposed) return;
      this.pageLoaded = false;
      this.panel.webview.html = this.errorPage(`The preview could not be rendered: ${e instanceof Error ? e.message : String(e)}`);
    });
  }

  private async update(): Promise<void> {
    const request = ++this.requestId;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(this.resource);
    } catch (e) {
      if (!this.disposed) this.panel.webview.html = this.errorPage(`Cannot open ${this.resource.fsPath}: ${(e as Error).message}`);
      return;
    }
    if (this.disposed || request !== this.requestId) return;
    const result = this.deps.latest(document);
    if (!result) {
      // No result for this version yet: it will be pushed (onDidCheck) and rendered then.
      this.deps.request(document);
      return;
    }
    if (!result.article) {
      // NOTE: rendering a huge file on every keystroke would stall the extension host.
      const limitKB = settingsFor(document.uri).maxFileSizeKB;
      this.pageLoaded = false;
      this.panel.webview.html = this.errorPage(`This article is larger than ${limitKB} KB (setting copydesk.maxFileSizeKB), so the live preview is off for it.`);
      return;
    }

    const renderStarted = Date.now();
    const rendered = renderArticle(result.article, {
      findings: result.findings,
      wordsPerMinute: settingsFor(document.uri).wordsPerMinute,
      resolveImage: (src) => this.resolveImage(src, document.uri),
    });
    if (this.deps.counters) this.deps.counters.renders++;
    const html = rendered.html;
    this.lastRenderMs = Date.now() - renderStarted;
    const version = ++this.version;
    if (this.lastEditAt > 0) this.editForVersion.set(version, this.lastEditAt);
    this.lastHtml = html;
    this.lastTitle = rendered.title;
    this.panel.title = `Preview: ${rendered.title || basename(document.uri)}`;

    // A hidden webview gets no messages and is rebuilt from its html when shown again,
    // so it always gets the whole page.
    if (!this.pageLoaded || !this.panel.visible) {
      this.pageLoaded = true;
      const webview = this.panel.webview;
      const settings: PreviewPageSettings = { resource: document.uri.toString(), version, line: this.initialLine ?? this.firstVisibleLine() ?? 0 };
      webview.html = renderPreviewPage({
        body: html,
        cspSource: webview.cspSource,
        nonce: randomBytes(16).toString('base64'),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'dist', 'preview.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
        title: rendered.title,
        settings: { ...settings },
      });
    } else {
      this.post({ type: 'update', html, version, resource: document.uri.toString() });
    }
    this.onDidRenderEmitter.fire(this);
  }

  /** Local images load through the webview's resource URIs; remote and data images as written. */
  private resolveImage(src: string, documentUri: vscode.Uri): string | undefined {
    if (urlScheme(src) !== '' || src.startsWith('//')) return undefined;
    let path: string;
    try {
      path = decodeURIComponent(src.replace(/[?#].*$/, ''));
    } catch {
      return undefined;
    }
    if (path === '') return undefined;
    let target: vscode.Uri;
    if (path.startsWith('/')) {
      // Like VS Code's preview: an absolute path is relative to the workspace folder.
      const folder = vscode.workspace.getWorkspaceFolder(documentUri);
      target = folder ? vscode.Uri.joinPath(folder.uri, path) : documentUri.with({ path });
    } else {
      target = vscode.Uri.joinPath(documentUri, '..', path);
    }
    return this.panel.webview.asWebviewUri(target).toString();
  }

  private firstVisibleLine(): number | undefined {
    const editor = vscode.window.visibleTextEditors.find((e) => this.isOwn(e.document.uri));
    return editor?.visibleRanges[0]?.start.line;
  }

  private onEditorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.isOwn(e.textEditor.document.uri) || e.visibleRanges.length === 0) return;
    if (Date.now() < this.ignoreEditorScrollUntil || this.editorScrollTimer) return;
    this.editorScrollTimer = setTimeout(() => {
      this.editorScrollTimer = undefined;
      if (this.disposed || Date.now() < this.ignoreEditorScrollUntil) return;
      const line = e.textEditor.visibleRanges[0]?.start.line ?? 0;
      this.post({ type: 'scrollTo', line });
    }, EDITOR_SCROLL_THROTTLE_MS);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    const m = readFromWebview(raw);
    if (!m) return;
    switch (m.type) {
      case 'rendered':
        // The page's script has just started with the version baked into the page; an update
        // posted while it was loading may have been missed, so send the latest again.
        if (m.ready && m.version < this.version) {
          this.post({ type: 'update', html: this.lastHtml, version: this.version, resource: this.resource.toString() });
        }
        if (m.version > this.renderedVersion) {
          this.renderedVersion = m.version;
          const editAt = this.editForVersion.get(m.version);
          if (editAt !== undefined) this.lastEditToDomMs = performance.now() - editAt;
          this.editForVersion.clear();
          this.onDidRenderEmitter.fire(this);
        }
        break;
      case 'revealLine':
        this.revealInEditors(m.line);
        break;
      case 'openLink':
        void this.openLink(m.href);
        break;
    }
  }

  private revealInEditors(line: number): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => this.isOwn(e.document.uri));
    if (editors.length === 0) return;
    this.ignoreEditorScrollUntil = Date.now() + ECHO_WINDOW_MS;
    for (const editor of editors) {
      const target = Math.max(0, Math.min(Math.floor(line), editor.document.lineCount - 1));
      editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  /** External links go to the browser; relative links to other articles open in the editor. */
  private async openLink(href: string): Promise<void> {
    const scheme = urlScheme(href);
    if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') {
      await vscode.env.openExternal(vscode.Uri.parse(href, true));
      return;
    }
    if (scheme !== '' || href.startsWith('//')) return; // the renderer never emits others; refuse anyway
    let path: string;
    try {
      path = decodeURIComponent(href.replace(/[?#].*$/, ''));
    } catch {
      return;
    }
    if (path === '') return;
    const folder = vscode.workspace.getWorkspaceFolder(this.resource);
    const target = path.startsWith('/') && folder ? vscode.Uri.joinPath(folder.uri, path) : vscode.Uri.joinPath(this.resource, '..', path);
    const sourceEditor = vscode.window.visibleTextEditors.find((e) => this.isOwn(e.document.uri));
    const column = sourceEditor?.viewColumn ?? vscode.ViewColumn.One;
    if (/\.(md|markdown)$/i.test(target.path)) {
      try {
        await vscode.window.showTextDocument(target, { viewColumn: column });
      } catch (e) {
        void vscode.window.showWarningMessage(`Cannot open ${path}: ${(e as Error).message}`);
      }
    } else {
      await vscode.commands.executeCommand('vscode.open', target, column);
    }
  }

  private errorPage(message: string): string {
    const esc = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${esc}</p></body></html>`;
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
