// The messages between the preview panel (extension host) and its webview script
// (browser), in one module both sides import, as VS Code's Markdown preview does.
// Pure types and a validator: no DOM, no vscode.

/** Settings the page starts with, carried as an escaped data-* attribute. */
export interface PreviewPageSettings {
  resource: string;
  /** The render the page was built with. */
  version: number;
  /** 0-based source line to show at the top. */
  line: number;
}

/** Extension → webview. */
export type ToWebview =
  /** A new body for the article, patched in place. */
  | { type: 'update'; html: string; version: number; resource: string }
  /** Scroll so that (fractional) source line `line` is at the top. */
  | { type: 'scrollTo'; line: number };

/** Webview → extension. */
export type FromWebview =
  /** The body of `version` is in the DOM; `ready` on the page's first run. */
  | { type: 'rendered'; version: number; ready?: boolean }
  /** The user scrolled the preview: (fractional) source line at the top. */
  | { type: 'revealLine'; line: number }
  /** The user clicked a link. */
  | { type: 'openLink'; href: string };

/**
 * A message from the webview, checked: the page runs article content, so the extension
 * treats what it sends as untrusted input. Undefined for anything malformed.
 */
export function readFromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  switch (m.type) {
    case 'rendered':
      return finite(m.version) ? { type: 'rendered', version: m.version, ready: m.ready === true } : undefined;
    case 'revealLine':
      return finite(m.line) ? { type: 'revealLine', line: m.line } : undefined;
    case 'openLink':
      return typeof m.href === 'string' ? { type: 'openLink', href: m.href } : undefined;
    default:
      return undefined;
  }
}
