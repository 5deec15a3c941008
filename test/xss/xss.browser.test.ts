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
/** The one remote host payloads may load images from on purpose (an https image is allowed content). */
const ALLOWED_REMOTE = 'ok.example';
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
  /** Requests that left the webview origin for anywhere but ALLOWED_REMOTE (all are aborted). */
  const outbound: string[] = [];
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
      if (url.origin !== ORIGIN) {
        if (url.hostname !== ALLOWED_REMOTE) outbound.push(`${current}: ${route.request().url()}`);
        return route.abort();
      }
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
    assert.deepEqual(outbound, [], 'outbound requests');
    assert.deepEqual(failures, []);
  });

  it('cleans raw HTML posted past the renderer: tabbed schemes, srcset, poster, ping and //host run and load nothing', async () => {
    // The webview's own sanitiser is the second wall: these bodies skip renderArticle entirely.
    const bodies = [
      '<a id="t1" href="java\tscript:window.__pwned(\'tab\')">tab</a>',
      '<a id="t2" href="java\nscript:window.__pwned(\'newline\')">newline</a>',
      '<a id="t3" href=" \u0001javascript:window.__pwned(\'control\')">control</a>',
      '<a id="t4" href="JaVaScRiPt&colon;window.__pwned(\'entity\')">entity</a>',
      '<img id="t5" src="x.png" srcset="https://evil.example/srcset.png 1x, https://evil.example/srcset2.png 2x">',
      '<picture><source srcset="https://evil.example/source.png"><img src="x.png"></picture>',
      '<video poster="https://evil.example/poster.png"></video>',
      '<a id="t6" href="https://ok.example/" ping="https://evil.example/ping">ping</a>',
      '<img id="t7" src="//evil.example/pr.png"><img src="/\\evil.example/pr2.png"><img src="\\\\evil.example/pr3.png">',
      '<img src="/\t/evil.example/pr4.png">',
      '<div style="background:url(https://evil.example/bg.png)" background="https://evil.example/bg2.png">bg</div>',
      '<svg><image href="https://evil.example/svg.png"/></svg>',
      '<form action="https://evil.example/f"><button formaction="javascript:window.__pwned(\'formaction\')">b</button></form>',
    ].join('\n');
    // Any page will do as the starting point: load the first payload's, then patch in the raw bodies.
    current = payloads[0].name;
    await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
    current = 'raw html update';
    const before = outbound.length;
    await page.evaluate((html) => window.postMessage({ type: 'update', html, version: 7, resource: 'file:///article.md' }, '*'), bodies);
    await page.waitForFunction(() => ((window as unknown as { __messages: Array<{ type: string; version: number }> }).__messages ?? []).some((m) => m.type === 'rendered' && m.version === 7));
    const left = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of Array.from(document.querySelectorAll('#copydesk-root *'))) {
        for (const attr of Array.from(el.attributes)) {
          if (/^(srcset|poster|ping|style|background|formaction|action)$/i.test(attr.name) || /^on/i.test(attr.name)) found.push(`<${el.localName}> ${attr.name}`);
          if (/^(href|src)$/i.test(attr.name)) {
            const v = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
            if (/^[\\/]{2}/.test(v) || /^(?!https?:|mailto:)[a-z][a-z0-9+.-]*:/i.test(v)) found.push(`<${el.localName}> ${attr.name}=${attr.value}`);
          }
        }
      }
      for (const sel of ['video', 'source', 'svg', 'form', 'button']) if (document.querySelector(`#copydesk-root ${sel}`)) found.push(`element ${sel}`);
      return found;
    });
    await page.evaluate(pokeAndInspect);
    await page.waitForTimeout(100);
    assert.deepEqual(left, [], 'attributes the sanitiser should have dropped');
    assert.deepEqual(outbound.slice(before), [], 'outbound requests');
    assert.deepEqual(pwned, [], 'payloads ran');
    assert.deepEqual(navigations, [], 'the page navigated');
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
