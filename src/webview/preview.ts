// Runs inside the news preview webview: patches the article in place on updates,
// keeps scroll in sync with the editor and hands link clicks to the extension.
// NOTE: no 'vscode' import here; the webview talks to the extension through acquireVsCodeApi().
import morphdom from 'morphdom';
import type { FromWebview, PreviewPageSettings, ToWebview } from '../core/preview/protocol';

interface WebviewApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): WebviewApi;

type Settings = Partial<PreviewPageSettings>;

const vscode = acquireVsCodeApi();
const root = document.getElementById('copydesk-root') as HTMLElement;
const settings = readSettings();
let resource = settings.resource ?? '';

/** Scrolls caused by the editor are not echoed back to it (and vice versa, on the extension side). */
let ignoreScrollUntil = 0;
const ECHO_WINDOW_MS = 200;

function readSettings(): Settings {
  try {
    return JSON.parse(document.body.dataset.settings ?? '{}') as Settings;
  } catch {
    return {};
  }
}

// --- updates -------------------------------------------------------------------

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') {
    resource = message.resource;
    patch(message.html);
    vscode.postMessage({ type: 'rendered', version: message.version });
  } else if (message.type === 'scrollTo') {
    ignoreScrollUntil = Date.now() + ECHO_WINDOW_MS;
    scrollToLine(message.line);
  }
});

function patch(html: string): void {
  // Parsed in an inert <template> (nothing loads or runs there) and cleaned before it is adopted.
  // Defence in depth: the renderer never emits raw HTML, but no content may change the page's rules.
  const template = document.createElement('template');
  template.innerHTML = html;
  template.content.querySelectorAll('meta, script, iframe, frame, object, embed, base, link, style, form').forEach((el) => el.remove());
  template.content.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'style' || (/^(href|src|xlink:href|action|formaction)$/i.test(attr.name) && /^\s*(javascript|vbscript|data:text)/i.test(attr.value))) {
        el.removeAttribute(attr.name);
      }
    }
  });
  const next = document.createElement('main');
  next.appendChild(template.content);
  morphdom(root, next, {
    childrenOnly: true,
    // Skipping identical subtrees keeps loaded images and the scroll position untouched.
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  });
  lines = undefined;
  saveState();
}

// --- scroll sync ---------------------------------------------------------------

interface LineElement {
  line: number;
  element: HTMLElement;
}
let lines: LineElement[] | undefined;

/** Elements with a source line, in document order (the order scroll positions follow). */
function lineElements(): LineElement[] {
  lines ??= Array.from(document.querySelectorAll<HTMLElement>('.code-line[data-line]'))
    .map((element) => ({ line: Number(element.dataset.line), element }))
    .filter((e) => Number.isFinite(e.line) && e.element.offsetParent !== null);
  return lines;
}

function top(element: HTMLElement): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/** Scrolls so that (fractional) source line `line` is at the top, interpolating between blocks. */
function scrollToLine(line: number): void {
  const all = lineElements();
  if (all.length === 0) return;
  if (line <= 0) {
    window.scroll(window.scrollX, 0);
    return;
  }
  // The last element at or before the line, and the next one after it (in line order).
  let before: LineElement | undefined;
  let after: LineElement | undefined;
  for (const e of all) {
    if (e.line <= line && (!before || e.line >= before.line)) before = e;
    if (e.line > line && (!after || e.line < after.line)) after = e;
  }
  if (!before) {
    window.scroll(window.scrollX, 0);
    return;
  }
  const from = top(before.element);
  const to = after ? top(after.element) : from + before.element.getBoundingClientRect().height;
  const span = after ? after.line - before.line : 1;
  const fraction = Math.min(1, (line - before.line) / span);
  window.scroll(window.scrollX, Math.max(0, from + (to - from) * fraction));
}

/** The (fractional) source line at the top of the viewport. */
function lineAtTop(): number | undefined {
  const all = lineElements();
  const y = window.scrollY;
  let current: LineElement | undefined;
  let next: LineElement | undefined;
  for (const e of all) {
    if (top(e.element) <= y + 1) current = e;
    else {
      next = e;
      break;
    }
  }
  if (!current) return all.length ? 0 : undefined;
  const start = top(current.element);
  const height = current.element.getBoundingClientRect().height;
  if (next && next.line > current.line) {
    const end = top(next.element);
    return current.line + ((y - start) / Math.max(1, end - start)) * (next.line - current.line);
  }
  return current.line + Math.min(1, (y - start) / Math.max(1, height));
}

let scrollFrame = 0;
window.addEventListener(
  'scroll',
  () => {
    if (Date.now() < ignoreScrollUntil) return;
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      const line = lineAtTop();
      if (line === undefined) return;
      saveState(line);
      vscode.postMessage({ type: 'revealLine', line });
    });
  },
  { passive: true },
);
window.addEventListener('resize', () => (lines = undefined));

function saveState(line?: number): void {
  const previous = (vscode.getState() ?? {}) as { line?: number };
  vscode.setState({ resource, line: line ?? previous.line ?? settings.line ?? 0 });
}

// --- links ---------------------------------------------------------------------

document.addEventListener(
  'click',
  (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor) return;
    // Every click is handled here: the webview itself never navigates.
    event.preventDefault();
    const href = anchor.getAttribute('href');
    if (!href) return;
    if (href.startsWith('#')) {
      document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
      return;
    }
    vscode.postMessage({ type: 'openLink', href });
  },
  true,
);

// --- start -----------------------------------------------------------------------

ignoreScrollUntil = Date.now() + ECHO_WINDOW_MS;
if (typeof settings.line === 'number' && settings.line > 0) {
  window.addEventListener('load', () => scrollToLine(settings.line!), { once: true });
}
saveState();
vscode.postMessage({ type: 'rendered', version: settings.version ?? 0, ready: true });
