// The packaged extension as a user gets it: build the .vsix, install it into a clean
// code-server, open an article in a real browser and look at the screen — squiggles, the
// Problems panel, the quick fix under Ctrl+. — then save the screenshots the README shows.
//
//   node scripts/e2e-vsix.mjs [--verbose]
//
// Prints `vsix: N passed, N failed`. Each check that cannot run because an earlier one failed
// counts as failed. Screenshots of failures go to test-results/ (ignored by git).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, codeServerCli, copyWorkspace, launchChromium, makeTempDir, startCodeServer } from './test-host/codeServer.mjs';
import { checkSystemPrerequisites, ensureCodeServer } from './test-host/install.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const extensionId = `${pkg.publisher}.${pkg.name}`.toLowerCase();
const verbose = process.argv.includes('--verbose') || !!process.env.COPYDESK_HOST_VERBOSE;
const imagesDir = path.join(repoRoot, 'docs', 'images');
const failuresDir = path.join(repoRoot, 'test-results');
const ARTICLE = 'seed-article.md';
// The engine's fix titles read "Replace with …"; any Copydesk quick fix must be among the entries.
const QUICK_FIX_LABEL = /Replace with/i;
const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

const checks = [];
let blocked = null; // the first failed check; everything after it cannot run

/** Runs one named check; once one fails, the rest are reported as failed, not skipped. */
async function check(name, fn) {
  const started = Date.now();
  if (blocked) {
    checks.push({ name, ok: false });
    console.log(`  ✘ ${name} — not run: "${blocked}" failed`);
    return undefined;
  }
  try {
    const value = await fn();
    checks.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    return value;
  } catch (err) {
    checks.push({ name, ok: false });
    blocked = name;
    console.log(`  ✘ ${name} (${Date.now() - started} ms)\n${indent(err.message)}`);
    return undefined;
  }
}

const indent = (text, by = '      ') => text.split('\n').map((l) => by + l).join('\n');

/** The `package` script's vsce arguments, so the test packages exactly what `npm run package` ships. */
function vsceArgs(outFile) {
  const script = pkg.scripts?.package ?? '';
  const words = script.startsWith('vsce package') ? script.split(/\s+/).slice(2) : ['--no-dependencies'];
  const args = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '-o' || words[i] === '--out') i++;
    else args.push(words[i]);
  }
  return ['vsce', 'package', ...args, '-o', outFile];
}

function runQuiet(cmd, args, { timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    // NOTE: vsce asks questions (a missing LICENSE, for one) on stdin; with no stdin it must
    // fail rather than wait, and the timeout backs that up.
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? code}):\n${out.trim()}`));
    });
  });
}

/** Clicks into the editor and runs a command from the Command Palette, as a user types it. */
async function runFromPalette(page, title) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(`>${title}`);
  const label = title.replace(/^Copydesk: /, '');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/** Puts the cursor at the start of the first match of `text` in the editor (Ctrl+F, then back to the editor). */
async function placeCursorOn(page, text) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const find = page.locator('.find-widget textarea, .find-widget input').first();
  await find.waitFor({ timeout: 10_000 });
  await find.fill(text);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('Escape'); // closes the find widget, the match stays selected
  await page.keyboard.press('ArrowLeft'); // the cursor at the start of the name
  await page.keyboard.press('ArrowRight');
}

/** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns the hover holding `text`. */
async function showHover(page, text) {
  const hover = page.locator('.monaco-hover', { hasText: text }).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    try {
      await hover.waitFor({ state: 'visible', timeout: 10_000 });
      return hover;
    } catch {
      // The engine may still be checking the article on the first try.
    }
  }
  throw new Error(`no hover with "${text}" at the cursor`);
}

async function screenshotFailure(page, name) {
  if (!page) return;
  fs.mkdirSync(failuresDir, { recursive: true });
  const file = path.join(failuresDir, `vsix-${name.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  console.log(`    screenshot of the failure: ${path.relative(repoRoot, file)}`);
}

async function main() {
  const started = Date.now();
  checkSystemPrerequisites();
  await ensureCodeServer();
  const work = makeTempDir('vsix');
  const vsixFile = path.join(work, 'copydesk.vsix');
  const extensionsDir = path.join(work, 'extensions');
  let page;
  const hostMessages = [];

  console.log(`vsix: ${extensionId}`);
  await check('packages the extension as a .vsix', async () => {
    const args = vsceArgs(vsixFile);
    console.log(`    $ npx ${args.join(' ')}`);
    const out = await runQuiet('npx', args);
    if (verbose) console.log(indent(out.trim()));
    const kb = fs.statSync(vsixFile).size / 1024;
    console.log(`    .vsix size: ${kb.toFixed(1)} KB (${fs.statSync(vsixFile).size} bytes)`);
  });

  await check('installs with code-server --install-extension', async () => {
    const out = await codeServerCli(['--install-extension', vsixFile, '--extensions-dir', extensionsDir]);
    if (verbose) console.log(indent(out.trim()));
    const installed = fs.readdirSync(extensionsDir).find((d) => d.toLowerCase().startsWith(`${extensionId}-`));
    if (!installed) throw new Error(`${extensionId} is not in ${extensionsDir} after install:\n${out.trim()}`);
  });

  await check('loads the workbench with the installed extension', async () => {
    const workspace = copyWorkspace(path.join(repoRoot, 'test', 'fixtures', 'newsroom'));
    const server = await startCodeServer({
      workspace,
      extensionsDir,
      userSettings: { 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none' },
      verbose,
    });
    ({ page } = await launchChromium({ viewport: { width: 1400, height: 900 } }));
    page.on('console', (msg) => {
      const text = msg.text();
      if (/copydesk|Activating extension|extension host/i.test(text)) {
        // First line only, without the console's %c styling: the stack traces are the workbench's.
        hostMessages.push(`[${msg.type()}] ${text.split('\n')[0].replace(/%c\s*\w*\s*color: #\w+\s*/g, '')}`);
      }
    });
    await page.goto(server.url({ folder: workspace }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
  });

  await check(`opens articles/${ARTICLE} with Ctrl+P`, async () => {
    // Focus the workbench first: keys typed before that go nowhere.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(ARTICLE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: ARTICLE }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: ARTICLE }).waitFor({ timeout: 15_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'Wang Yi' }).first().waitFor({ timeout: 15_000 });
  });

  await check('shows squiggles under wrong names', async () => {
    try {
      await page.locator(SQUIGGLES).first().waitFor({ state: 'attached', timeout: 60_000 });
    } catch {
      const problems = await page.locator('[id="status.problems"]').textContent().catch(() => '?');
      throw new Error(
        `no squiggles in the editor after 60 s (status bar problems: "${problems?.trim()}")` +
          (hostMessages.length ? `\nextension host messages:\n${hostMessages.slice(-10).join('\n')}` : ''),
      );
    }
    const count = await page.locator(SQUIGGLES).count();
    const problems = (await page.locator('[id="status.problems"]').textContent())?.trim();
    console.log(`    ${count} squiggle(s) in view; status bar problems: "${problems}"`);
    // Copydesk's own status bar item counts the article's name issues.
    const item = page.locator('.statusbar-item', { hasText: /\d+ names?/ }).first();
    await item.waitFor({ timeout: 15_000 });
    console.log(`    Copydesk status bar item: "${(await item.textContent())?.trim()}"`);
    // The Problems panel lists them too; this is the README's picture.
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500); // let the panel lay out and syntax colouring land before the picture
    fs.mkdirSync(imagesDir, { recursive: true });
    await page.screenshot({ path: path.join(imagesDir, 'diagnostics.png') });
    console.log('    saved docs/images/diagnostics.png');
  });

  await check('offers a quick fix on Ctrl+.', async () => {
    const squiggle = page.locator(SQUIGGLES).first();
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the first squiggle has no position on screen');
    // The squiggle is drawn under the text; clicking its middle puts the cursor in the word.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const widget = page.locator('.action-widget');
    await widget.waitFor({ timeout: 15_000 });
    const rows = widget.locator('.monaco-list-row.action');
    await rows.first().waitFor({ timeout: 10_000 }).catch(() => {});
    const labels = (await rows.allTextContents()).map((t) => t.trim()).filter(Boolean);
    if (labels.length === 0) {
      throw new Error(`the quick-fix widget has no entries: "${(await widget.textContent())?.trim()}"`);
    }
    console.log(`    quick fixes: ${labels.map((l) => `"${l}"`).join(', ')}`);
    if (!labels.some((l) => QUICK_FIX_LABEL.test(l))) {
      throw new Error(`no "Replace with …" entry among the quick fixes: ${labels.join(' | ')}`);
    }
    await page.screenshot({ path: path.join(imagesDir, 'quickfix.png') });
    console.log('    saved docs/images/quickfix.png');
  });

  await check('shows the hover card on a recognised name', async () => {
    await page.keyboard.press('Escape');
    await placeCursorOn(page, 'Sergei Lavrov in Rome');
    const card = await showHover(page, 'Sergei Lavrov');
    const text = (await card.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    console.log(`    card: "${text.slice(0, 160)}…"`);
    for (const part of ['Sergei Lavrov', 'person', 'In this article', 'Source']) {
      if (!text.includes(part)) throw new Error(`the hover card lacks "${part}": ${text}`);
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(imagesDir, 'hover.png') });
    console.log('    saved docs/images/hover.png');
    await page.keyboard.press('Escape');
  });

  await check('lists the people and organisations of the story in the Explorer, flagged ones marked', async () => {
    // Room for the view: no panel, and the other Explorer sections folded.
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    const header = page.locator('.pane-header', { hasText: 'People and organisations in this story' });
    await header.waitFor({ timeout: 15_000 });
    for (const other of ['newsroom', 'Outline', 'Timeline']) {
      const h = page.locator('.pane-header', { hasText: other }).filter({ hasNotText: 'People and organisations' }).first();
      if ((await h.count()) && (await h.getAttribute('aria-expanded')) === 'true') await h.click();
    }
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const pane = page.locator('.pane', { has: header });
    const rows = pane.locator('.monaco-list-row');
    await rows.filter({ hasText: 'Sergei Lavrov' }).first().waitFor({ timeout: 30_000 });
    const texts = (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    console.log(`    ${texts.length} rows in view: ${texts.slice(0, 7).map((r) => `"${r}"`).join(', ')}…`);
    if (!texts.some((r) => /^People\s*\d/.test(r))) throw new Error(`no People group: ${texts.join(' | ')}`);
    // The last group is the other names (COVID-19, flagged as Govt-19): End scrolls the list there.
    await pane.locator('.monaco-list').first().focus();
    await page.keyboard.press('End');
    const covid = rows.filter({ hasText: 'COVID-19' }).first();
    await covid.waitFor({ timeout: 10_000 });
    const covidText = (await covid.textContent())?.replace(/\s+/g, ' ').trim();
    console.log(`    last entity: "${covidText}"`);
    if (!/flagged/.test(covidText ?? '') || (await covid.locator('.codicon-warning').count()) === 0) throw new Error(`COVID-19 is not marked flagged: "${covidText}"`);
    // A click jumps to the name in the article.
    await covid.click();
    await page.waitForTimeout(500);
    const position = (await page.locator('[id="status.editor.selection"]').textContent())?.trim();
    console.log(`    after clicking COVID-19: ${position}`);
    if (!/Ln 19,/.test(position ?? '')) throw new Error(`the click did not select Govt-19 on line 19 (${position})`);
    await page.mouse.move(900, 300); // no tooltip over the picture
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(imagesDir, 'story-tree.png') });
    console.log('    saved docs/images/story-tree.png');
    // The Explorer as it was for the pictures that follow.
    await header.click();
    const folders = page.locator('.pane-header', { hasText: 'newsroom' }).filter({ hasNotText: 'People and organisations' }).first();
    if ((await folders.getAttribute('aria-expanded')) !== 'true') await folders.click();
  });

  await check('fixes a flagged name from its hover card with one click', async () => {
    await placeCursorOn(page, 'Govt-19');
    const card = await showHover(page, 'Replace with');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(imagesDir, 'hover-flagged.png') });
    console.log('    saved docs/images/hover-flagged.png');
    await card.locator('a', { hasText: 'Replace with “COVID-19”' }).first().click();
    await page.locator('.monaco-editor .view-lines', { hasText: 'spread of COVID-19' }).first().waitFor({ timeout: 15_000 });
    console.log('    “Govt-19” → “COVID-19”');
    await page.keyboard.press('Control+Z');
    await page.locator('.monaco-editor .view-lines', { hasText: 'spread of Govt-19' }).first().waitFor({ timeout: 15_000 });
  });

  await check('picks a problem from the status bar list, and Ctrl+. then offers its fixes', async () => {
    await page.keyboard.press('Escape');
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    await page.locator('.statusbar-item', { hasText: /\d+ names?/ }).first().click();
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '→' }).first();
    await row.waitFor({ timeout: 15_000 });
    console.log(`    picked: "${(await row.textContent())?.replace(/\s+/g, ' ').trim().slice(0, 80)}"`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    // No click: the focus must already be back in the editor for Ctrl+. to reach it.
    await page.waitForTimeout(500);
    const widget = page.locator('.action-widget');
    for (let attempt = 0; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await widget.waitFor({ timeout: 5_000 });
        break;
      } catch (err) {
        // The code actions may still be computing for the new selection; a second press, still no click.
        if (attempt === 1) throw err;
      }
    }
    const labels = (await widget.locator('.monaco-list-row.action').allTextContents()).map((t) => t.trim()).filter(Boolean);
    if (!labels.some((l) => QUICK_FIX_LABEL.test(l))) throw new Error(`no "Replace with …" after picking from the list: ${labels.join(' | ')}`);
    console.log(`    quick fixes: ${labels.slice(0, 3).map((l) => `"${l}"`).join(', ')}`);
    await page.keyboard.press('Escape');
  });

  await check('flags a planted typo as spelling and fixes it through Ctrl+.', async () => {
    await page.keyboard.press('Escape');
    // Plant the typo at the end of the seed article, as a reporter would type it.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The goverment said so.', { delay: 10 });
    const typo = page.locator('.view-lines .view-line', { hasText: 'The goverment said so.' }).first();
    await typo.waitFor({ timeout: 15_000 });
    // Spelling flags are information diagnostics (code copydesk.spelling), checked in a worker thread.
    const squiggle = page.locator('.squiggly-info').last();
    await squiggle.waitFor({ state: 'attached', timeout: 90_000 });
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the spelling squiggle has no position on screen');
    const widget = page.locator('.action-widget');
    // (Asked the moment the squiggle appears, the workbench may still answer "No code actions
    // available" while the spelling result for the typed version arrives: ask again, up to three times.)
    for (let attempt = 1; ; attempt++) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.press('Control+.');
      try {
        await widget.waitFor({ timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        console.log(`    no quick-fix list on attempt ${attempt}: asking again`);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(1_000);
      }
    }
    const fix = widget.locator('.monaco-list-row.action', { hasText: /Change .goverment. to .government./ }).first();
    try {
      await fix.waitFor({ timeout: 15_000 });
    } catch {
      const labels = (await widget.locator('.monaco-list-row.action').allTextContents()).map((t) => t.trim());
      throw new Error(`no "Change “goverment” to “government”" among the quick fixes: ${labels.join(' | ')}`);
    }
    const labels = (await widget.locator('.monaco-list-row.action').allTextContents()).map((t) => t.trim()).filter(Boolean);
    console.log(`    spelling quick fixes: ${labels.map((l) => `"${l}"`).join(', ')}`);
    // The workbench blocks pointer clicks while the widget opens: choose with the keyboard.
    for (let i = 0; i < 8 && !((await fix.getAttribute('class')) ?? '').includes('focused'); i++) await page.keyboard.press('ArrowDown');
    if (!((await fix.getAttribute('class')) ?? '').includes('focused')) throw new Error('cannot move the quick-fix selection to the spelling fix');
    await page.keyboard.press('Enter');
    await page.locator('.view-lines .view-line', { hasText: 'The government said so.' }).first().waitFor({ timeout: 15_000 });
    console.log('    “goverment” → “government” applied');
    // Put the article back as it was for the steps that follow (one undo: the fix, then the typing).
    await page.keyboard.press('Control+Z');
    await page.locator('.view-lines .view-line', { hasText: 'The goverment said so.' }).first().waitFor({ timeout: 15_000 });
    for (let i = 0; i < 30; i++) await page.keyboard.press('Control+Z');
  });

  await check('opens the news preview beside the article from the Command Palette', async () => {
    await page.keyboard.press('Escape');
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J'); // this picture is editor + preview
    await runFromPalette(page, 'Copydesk: Open News Preview to the Side');
    await page.locator('.tab', { hasText: 'Preview:' }).first().waitFor({ timeout: 20_000 });
    // The webview lives in nested iframes; wait for the rendered headline inside them.
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await frame.locator('h1').first().waitFor({ timeout: 30_000 });
    const headline = (await frame.locator('h1').first().textContent())?.trim();
    const flags = await frame.locator('mark.copydesk-flag').count();
    console.log(`    preview headline: "${headline}"; ${flags} flagged name(s) marked`);
    if (!headline?.includes('Wang Yi')) throw new Error(`unexpected preview headline: ${headline}`);
    if (flags === 0) throw new Error('the preview marks no flagged names');
    // Scroll the editor to the paragraphs with flagged names; the preview follows (scroll sync).
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(':23');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(imagesDir, 'preview.png') });
    console.log('    saved docs/images/preview.png');
  });

  await check('lists related articles for See also from the Command Palette', async () => {
    // Back to the article (the preview has focus), then the command as a user runs it.
    await runFromPalette(page, 'Copydesk: Insert See Also');
    // The index builds in the background; the picker opens when it is ready.
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert See also' }).waitFor({ timeout: 30_000 });
    await rows.first().waitFor({ timeout: 15_000 });
    const labels = (await rows.allTextContents()).map((t) => t.trim()).filter(Boolean);
    console.log(`    ${labels.length} related article(s); first: "${labels[0]?.slice(0, 90)}"`);
    if (labels.length === 0) throw new Error('the See also picker lists no articles');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(imagesDir, 'seealso.png') });
    console.log('    saved docs/images/seealso.png');
    await page.keyboard.press('Escape');
  });

  if (blocked) await screenshotFailure(page, blocked);
  if (blocked && hostMessages.length && verbose) console.log(indent(hostMessages.join('\n')));
  console.log(`[vsix] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

let code = 1;
try {
  await main();
} catch (err) {
  console.error(`✘ the .vsix check could not run: ${err.message}`);
  if (checks.length === 0) checks.push({ name: 'setup', ok: false });
}
await cleanup();
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
console.log(`vsix: ${passed} passed, ${failed} failed`);
code = failed > 0 || passed === 0 ? 1 : 0;
process.exit(code);
