// Assembles the full preview page (head with CSP, nonce, style and script) around a
// rendered article body. Pure, so the browser XSS test loads exactly the panel's page.
import { escapeHtml } from './html';

export interface PreviewPageOptions {
  /** Body HTML from renderArticle (which has already removed any `<meta http-equiv>`). */
  body: string;
  /** webview.cspSource: the origin local resources are served from. */
  cspSource: string;
  /** A fresh random nonce for every full render. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** Document title (plain text). */
  title?: string;
  /** Settings for the webview script; they travel as an escaped data-* attribute, never as inline script. */
  settings?: Record<string, unknown>;
}

/** The panel's Content-Security-Policy: nothing by default, scripts only with the nonce. */
export function previewContentSecurityPolicy(cspSource: string, nonce: string): string {
  const n = sanitizeNonce(nonce);
  return [
    "default-src 'none'",
    `img-src ${cspSource} https: data:`,
    `style-src ${cspSource} 'nonce-${n}'`,
    `script-src 'nonce-${n}'`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function renderPreviewPage(o: PreviewPageOptions): string {
  const nonce = sanitizeNonce(o.nonce);
  const settings = escapeHtml(JSON.stringify(o.settings ?? {}));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewContentSecurityPolicy(o.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(o.title ?? 'Preview')}</title>
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}" nonce="${nonce}">
</head>
<body class="copydesk-preview" data-settings="${settings}">
<main id="copydesk-root" class="copydesk-root">
${o.body}</main>
<script nonce="${nonce}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>
`;
}

/** A nonce goes into attributes and the CSP unquoted by the browser: keep it to base64 characters. */
function sanitizeNonce(nonce: string): string {
  const clean = nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
  if (clean.length < 16) throw new Error('The preview nonce must be at least 16 base64 characters.');
  return clean;
}
