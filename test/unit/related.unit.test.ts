// `copydesk related` run as a child process (dist/cli.js, built by `node esbuild.js`):
// JSON and text output, paths relative to --in, --limit, and a missing article
// reported with exit 2 while the others are still answered.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../dist/cli.js');

const article = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\nsection: World\n---\n\n${body}\n`;

interface Entry {
  article: string;
  related: { path: string; title: string; date: string; score: number; reasons: { names: string[]; tags: string[]; sameSection: boolean } }[];
  error?: string;
}

describe('copydesk related', function () {
  // Each case starts node and loads the knowledge base.
  this.timeout(20_000);
  let dir: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'related', ...args], { cwd: dir, encoding: 'utf8' });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-related-'));
    mkdirSync(join(dir, 'archive', 'world'), { recursive: true });
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'archive', 'world', 'quake-papua.md'), article('Earthquake hits Papua', '2023-01-02', 'A magnitude 6.1 earthquake hit Papua province. Olaf Scholz sent condolences.'));
    writeFileSync(join(dir, 'archive', 'world', 'quake-aid.md'), article('Aid reaches Papua after earthquake', '2023-01-04', 'Aid arrived after the 6.1 earthquake in Papua.'));
    writeFileSync(join(dir, 'archive', 'world', 'budget.md'), article('Budget passes', '2023-01-03', 'Parliament passed the budget.'));
    writeFileSync(join(dir, 'archive', 'notes.md'), 'No front matter: not an article.\n');
    writeFileSync(join(dir, 'drafts', 'quake.md'), article('Papua earthquake toll rises', '2023-01-03', 'The toll of the 6.1 earthquake in Papua rose. Olaf Scholz sent condolences.'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ranks the folder’s articles for a draft, best first, with paths relative to --in', () => {
    const r = run('drafts/quake.md', '--in', 'archive', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const [entry] = JSON.parse(r.stdout) as Entry[];
    assert.equal(entry.article, 'drafts/quake.md');
    assert.deepEqual(entry.related.slice(0, 2).map((c) => c.path).sort(), ['world/quake-aid.md', 'world/quake-papua.md']);
    assert.ok(!entry.related.some((c) => c.path === 'notes.md'));
    const papua = entry.related.find((c) => c.path === 'world/quake-papua.md')!;
    assert.equal(papua.title, 'Earthquake hits Papua');
    assert.equal(papua.date, '2023-01-02');
    assert.deepEqual(papua.reasons.names, ['Olaf Scholz']);
    assert.equal(papua.reasons.sameSection, true);
    for (let i = 1; i < entry.related.length; i++) assert.ok(entry.related[i - 1].score >= entry.related[i].score);
  });

  it('never lists an article as related to itself and honours --limit', () => {
    const r = run('archive/world/quake-papua.md', '--in', 'archive', '--limit', '1', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const [entry] = JSON.parse(r.stdout) as Entry[];
    assert.deepEqual(entry.related.map((c) => c.path), ['world/quake-aid.md']);
  });

  it('answers the other articles and exits 2 when one is missing', () => {
    const r = run('drafts/missing.md', 'drafts/quake.md', '--in', 'archive', '--format', 'json');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /drafts\/missing\.md: no such file/);
    const entries = JSON.parse(r.stdout) as Entry[];
    assert.deepEqual(entries.map((e) => e.article), ['drafts/missing.md', 'drafts/quake.md']);
    assert.equal(entries[0].error, 'no such file');
    assert.ok(entries[1].related.length > 0);
  });

  it('prints a readable list by default', () => {
    const r = run('drafts/quake.md', '--in', 'archive', '--limit', '2');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^drafts\/quake\.md\n {2}1\. world\/quake-(papua|aid)\.md — /);
    assert.match(r.stdout, /names: Olaf Scholz; same section/);
  });

  it('rejects bad options with exit 2 and the usage', () => {
    for (const args of [['drafts/quake.md', '--limit', 'x'], ['drafts/quake.md', '--format', 'xml'], [], ['drafts/quake.md', '--in', 'nowhere']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /copydesk: /);
    }
  });
});
