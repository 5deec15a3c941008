// Renders hostile articles through the real preview page (same CSP, same webview script)
// in headless Chromium and checks that no payload ever runs. Fails if Chromium is missing.
/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Finding } from '../../src/core/entities/types';
import { renderArticle, renderPreviewPage } from '../../src/core/preview';

const ROOT = join(__dirname, '..', '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://webview.test';
const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY=';

interface Payload {
  name: string;
  markdown: string;
  flag?: { text: string; message: string };
}

const payloads = JSON.parse(readFileSync(join(ROOT, 'test', 'xss', 'payloads.json'), 'utf8')) as Payload[];

function pageFor(p: Payload): string {
  const findings: Finding[] = [];
  if (p.flag) {
    const start = p.markdown.indexOf(p.flag.text);
    findings.push({ start, end: start + p.flag.text.length, code: 'known-wrong-form', severity: 'warning', message: p.flag.message, suggestions: [], text: p.flag.text });
  }
  const rendered = renderArticle(p.markdown, { findings });
  return renderPreviewPage({
    body: rendered.html,
    cspSource: ORIGIN,
    nonce: NONCE,
    scriptUri: `${ORIGIN}/media/dist/preview.js`,
    styleUri: `${ORIGIN}/media/preview.css`,
    title: rendered.title,
    settings: { resource: 'file:///article.md', version: 1 },
  });
}

const UNSAFE = '__unsafe control__';
/** A page whose body skipped the renderer: the checks must catch it (CSP still blocks it). */
function unsafePage(): string {
  return renderPreviewPage({ body: `<img src=x onerror="window.__pwned('control')"><script>window.__pwned('control2')</script>`, cspSource: ORIGIN, nonce: NONCE, scriptUri: `${ORIGIN}/media/dist/preview.js`, styleUri: `${ORIGIN}/media/preview.css` });
}

/** Runs in the page before anything else: the webview API stub and the tripwires. */
function initScript(): void {
  const w = window as unknown as Record<string, unknown>;
  w.__violations = [];
  w.__messages = [];
  document.addEventListener('securitypolicyviolation', (e) => (w.__violations as string[]).push(`${e.violatedDirective} ${e.blockedURI}`));
  w.acquireVsCodeApi = () => ({
    postMessage: (m: unknown) => (w.__messages as unknown[]).push(m),
    getState: () => undefined,
    setState: () => undefined,
  });
}

/** Pokes every element: clicks links, fires the events handlers listen for, then reports what the DOM holds. */
function pokeAndInspect(): { problems: string[] } {
  const problems: string[] = [];
  const all = Array.from(document.querySelectorAll('*'));
  for (const a of Array.from(document.querySelectorAll('a'))) a.click();
  for (const el of all) {
    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'error', 'load', 'click', 'toggle', 'animationstart', 'pointerover']) {
      el.dispatchEvent(new Event(type, { bubbles: true }));
    }
    if (el instanceof HTMLElement) el.focus();
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) problems.push(`<${el.localName}> has ${attr.name}`);
      if (attr.name === 'style') problems.push(`<${el.localName}> has a style attribute`);
    }
  }
  for (const el of Array.from(document.querySelectorAll('script'))) {
    if (el.getAttribute('src') !== 'https://webview.test/media/dist/preview.js') problems.push(`script: ${el.outerHTML.slice(0, 80)}`);
  }
  for (const sel of ['iframe', 'frame', 'object', 'embed', 'svg', 'math', 'form', 'base', 'style', 'input', 'textarea', 'button', 'select', 'video', 'audio', 'body meta', 'link:not([href="https://webview.test/media/preview.css"])']) {
    if (document.querySelector(sel)) problems.push(`element ${sel} present`);
  }
  if (document.querySelectorAll('head meta[http-equiv]').length !== 1) problems.push('extra meta http-equiv in head');
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href')!.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
    const scheme = /^([^/?#]*?):/.exec(href)?.[1]?.toLowerCase() ?? '';
    if (!['', 'http', 'https', 'mailto'].includes(scheme)) problems.push(`link to ${href.slice(0, 60)}`);
  }
  for (const img of Array.from(document.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src')!;
    if (/^\s*(javascript|vbscript|data:(?!image\/(png|gif|jpeg|webp);))/i.test(src)) problems.push(`image ${src.slice(0, 60)}`);
  }
  return { problems };
}

describe('preview XSS in headless Chromium', function () {
  this.timeout(120000);
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pwned: string[] = [];
  const navigations: string[] = [];
  let current = '';

  before(async () => {
    // Never skip: a missing browser is a failure, not a pass.
    assert.ok(existsSync(CHROMIUM), `Chromium is required at ${CHROMIUM}`);
    assert.ok(existsSync(join(ROOT, 'media', 'dist', 'preview.js')), 'media/dist/preview.js is missing: run `node esbuild.js` first');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    context = await browser.newContext();
    await context.exposeFunction('__pwned', (what: unknown) => pwned.push(`${current}: ${String(what)}`));
    await context.addInitScript(initScript);
    // Everything is served from the fake webview origin; nothing reaches the network.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/index.html') {
        const html = current === UNSAFE ? unsafePage() : pageFor(payloads.find((p) => p.name === current)!);
        return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      }
      if (url.pathname === '/media/preview.css') return route.fulfill({ path: join(ROOT, 'media', 'preview.css'), contentType: 'text/css' });
      if (url.pathname === '/media/dist/preview.js') return route.fulfill({ path: join(ROOT, 'media', 'dist', 'preview.js'), contentType: 'text/javascript' });
      return route.fulfill({ status: 404, body: '' });
    });
    page = await context.newPage();
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url() !== `${ORIGIN}/index.html`) navigations.push(`${current}: ${frame.url()}`);
    });
    page.on('dialog', (d) => {
      pwned.push(`${current}: dialog ${d.message()}`);
      void d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
  });

  it(`runs none of the ${payloads.length} payloads, on first load or as a live update`, async () => {
    assert.ok(payloads.length >= 60);
    const failures: string[] = [];
    for (const p of payloads) {
      current = p.name;
      await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
      const first = await page.evaluate(pokeAndInspect);
      // The same content as a live update, patched by the webview script with morphdom.
      const body = renderArticle(p.markdown).html;
      await page.evaluate((html) => window.postMessage({ type: 'update', html, version: 2, resource: 'file:///article.md' }, '*'), body);
      await page.waitForFunction(() => ((window as unknown as { __messages: Array<{ type: string; version: number }> }).__messages ?? []).some((m) => m.type === 'rendered' && m.version === 2));
      const second = await page.evaluate(pokeAndInspect);
      await page.waitForTimeout(30);
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        violations: (window as unknown as { __violations: string[] }).__violations,
      }));
      const scriptViolations = state.violations.filter((v) => !v.startsWith('img-src'));
      for (const problem of [...first.problems, ...second.problems]) failures.push(`${p.name}: ${problem}`);
      if (state.xss !== undefined) failures.push(`${p.name}: window.__xss set`);
      // A blocked inline script or javascript: URL means the renderer let it through and only CSP stopped it.
      for (const v of scriptViolations) failures.push(`${p.name}: CSP violation ${v}`);
    }
    console.log(`      ${payloads.length} hostile payloads tried`);
    assert.deepEqual(pwned, [], 'payloads ran');
    assert.deepEqual(navigations, [], 'the page navigated');
    assert.deepEqual(failures, []);
  });

  it('sees unescaped HTML when a body bypasses the renderer (the checks are not blind)', async () => {
    current = UNSAFE;
    await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
    const { problems } = await page.evaluate(pokeAndInspect);
    await page.waitForTimeout(50);
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.ok(problems.some((p) => p.includes('onerror')), problems.join('\n'));
    assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
    const before = pwned.length;
    await page.evaluate(() => (window as unknown as { __pwned(x: string): void }).__pwned('self-test'));
    await page.waitForTimeout(20);
    assert.equal(pwned.length, before + 1);
    pwned.splice(before);
  });
});
