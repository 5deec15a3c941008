// Spelling in a real extension host: a typo planted in the seed article is
// flagged (code copydesk.spelling) next to the name diagnostics, never on a
// name; its quick-fixes (best suggestion preferred, add to the workspace cspell
// words, ignore in this file) work; Fix All Spelling is its own command; the
// team's cspell configuration and the setting switch apply.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from './helpers';

const SEED = 'articles/seed-article.md';
const SPELLING = 'copydesk.spelling';

const diagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
const spelling = (uri: vscode.Uri) => diagnostics(uri).filter((d) => d.code === SPELLING);
const names = (uri: vscode.Uri) => diagnostics(uri).filter((d) => d.code !== SPELLING);

/** A copy of the seed article with typos planted in one of its sentences. */
async function openPlanted(name: string, replace: Array<[string, string]> = [['the spread of', 'the sprread of'], ['practical cooperation', 'practical cooperatoin']]): Promise<vscode.TextEditor> {
  let text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
  for (const [from, to] of replace) {
    assert.ok(text.includes(from), `test bug: “${from}” is not in the seed article`);
    text = text.replace(from, to);
  }
  const uri = workspaceUri(`articles/spelling-test/${name}.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

describe('Spelling diagnostics and quick-fixes', function () {
  // The first check loads cspell-lib and its dictionaries in the worker thread.
  this.timeout(120_000);
  const cspellJson = () => workspaceUri('cspell.json');

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(cspellJson()).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('copydesk').update('spelling.enabled', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('flags the planted typos beside the name diagnostics, never on a name', async () => {
    const doc = (await openPlanted('ranges')).document;
    const found = await waitFor(() => spelling(doc.uri).length >= 2 && spelling(doc.uri), 'spelling diagnostics', 90_000);
    assert.deepStrictEqual(found.map((d) => doc.getText(d.range)).sort(), ['cooperatoin', 'sprread']);
    const d = found.find((x) => doc.getText(x.range) === 'sprread')!;
    assert.strictEqual(d.range.start.character, doc.lineAt(d.range.start.line).text.indexOf('sprread'));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(d.message, /sprread/);
    // Suggestions follow the diagnostics (asked for after publishing): the message gains the best one.
    await waitFor(() => spelling(doc.uri).some((x) => /did you mean “spread”/.test(x.message)), 'the suggestion in the message');
    // The name checks go on beside spelling, and no span carries both kinds.
    await waitFor(() => names(doc.uri).length >= 4, 'the name diagnostics');
    for (const s of spelling(doc.uri)) for (const n of names(doc.uri)) assert.ok(!s.range.intersection(n.range), `${doc.getText(s.range)} overlaps a name flag`);
  });

  it('offers the best suggestion first (preferred), the cspell words and ignore; the fix is one undoable edit', async () => {
    const doc = (await openPlanted('quickfix')).document;
    const typo = await waitFor(() => spelling(doc.uri).find((d) => doc.getText(d.range) === 'sprread'), 'the sprread diagnostic', 90_000);
    const actions = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, typo.range, vscode.CodeActionKind.QuickFix.value);
      return all?.some((a) => a.isPreferred && a.title.includes('sprread')) && all;
    }, 'quick-fixes for sprread');
    const titles = actions.map((a) => a.title);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1, titles.join(' / '));
    assert.strictEqual(preferred[0].title, 'Change “sprread” to “spread”');
    assert.ok(titles.includes('Add “sprread” to the workspace cspell words'), titles.join(' / '));
    assert.ok(titles.includes('Add “sprread” to the house list'), titles.join(' / '));
    assert.ok(titles.includes('Ignore “sprread” in this file'), titles.join(' / '));
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
    assert.ok(doc.getText().includes('the spread of'));
    await waitFor(() => !spelling(doc.uri).some((d) => doc.getText(d.range).includes('spread')), 'the fixed flag to go');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before);
  });

  it('Fix All Spelling fixes the typos and leaves the names to Fix All Names', async () => {
    const doc = (await openPlanted('fixall')).document;
    await waitFor(() => spelling(doc.uri).length === 2, 'the two spelling flags', 90_000);
    const fixed = await vscode.commands.executeCommand<number>('copydesk.fixAllSpelling');
    assert.strictEqual(fixed, 2);
    assert.ok(doc.getText().includes('the spread of') && doc.getText().includes('practical cooperation'));
    assert.ok(doc.getText().includes('Govt-19'), 'names are untouched');
    await waitFor(() => spelling(doc.uri).length === 0, 'no spelling flags');
  });

  it('adds a word to the workspace cspell words, and the team configuration silences it', async () => {
    const doc = (await openPlanted('cspell-words')).document;
    const typo = await waitFor(() => spelling(doc.uri).find((d) => doc.getText(d.range) === 'cooperatoin'), 'the cooperatoin flag', 90_000);
    await vscode.commands.executeCommand('copydesk.addToCspellWords', doc.uri, doc.getText(typo.range));
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(cspellJson())));
    assert.deepStrictEqual(written.words, ['cooperatoin']);
    await waitFor(() => spelling(doc.uri).length === 1 && doc.getText(spelling(doc.uri)[0].range) === 'sprread', 'only sprread left', 90_000);
  });

  it('ignores a word in one file only, and honours cspell:ignore in the article', async () => {
    const doc = (await openPlanted('ignore', [['the spread of', 'the sprread of'], ['Both parties agreed', '<!-- cspell:ignore cooperatoin -->\nBoth parties agreed'], ['practical cooperation', 'practical cooperatoin']])).document;
    await waitFor(() => spelling(doc.uri).length === 1, 'one flag (cooperatoin is ignored in the article)', 90_000);
    await vscode.commands.executeCommand('copydesk.ignoreSpellingInFile', doc.uri, 'sprread');
    await waitFor(() => spelling(doc.uri).length === 0, 'no flags after ignoring sprread');
  });

  it('stops when copydesk.spelling.enabled is off, and names go on', async () => {
    const doc = (await openPlanted('disabled')).document;
    await waitFor(() => spelling(doc.uri).length === 2, 'spelling flags', 90_000);
    await vscode.workspace.getConfiguration('copydesk').update('spelling.enabled', false, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => spelling(doc.uri).length === 0 && names(doc.uri).length >= 4, 'no spelling flags, names still there');
  });
});
