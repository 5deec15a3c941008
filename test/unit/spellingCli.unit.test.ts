// `copydesk check --spelling` (the built dist/cli.js, run as a child process):
// spelling findings in the same JSON shape as names, told apart by `code`; the
// cspell configuration of the file's folder applies; names stay names.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../dist/cli.js');

describe('copydesk check --spelling', function () {
  this.timeout(60_000);
  let cwd: string;
  before(() => {
    cwd = mkdtempSync(join(tmpdir(), 'copydesk-spell-cli-'));
    writeFileSync(join(cwd, 'cspell.json'), JSON.stringify({ words: ['Zorblat'], flagWords: ['zorgle'] }));
    writeFileSync(
      join(cwd, 'a.md'),
      '---\ntitle: "Officials said the goverment acted"\nslugg: not-checked\n---\nChancellor Olaf Sholz met Zorblat and said zorgle about the `codde` and [a link](https://exampel.com).\n\nThe minstry replied.\n',
    );
  });
  after(() => rmSync(cwd, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8' });

  it('reports spelling and names in one JSON list, told apart by code', () => {
    const r = run('a.md', '--spelling', '--format', 'json');
    assert.equal(r.status, 1, r.stderr);
    const all = JSON.parse(r.stdout) as Array<{ code: string; line: number; column: number; suggestions: string[]; message: string }>;
    assert.deepEqual(
      all.map((f) => [f.code, f.line]),
      [
        ['copydesk.spelling', 2],
        ['near-miss', 5],
        ['copydesk.spelling', 5],
        ['copydesk.spelling', 7],
      ],
    );
    assert.equal(all[0].suggestions[0], 'government');
    assert.equal(all[1].suggestions[0], 'Scholz');
    assert.match(all[2].message, /zorgle/);
    assert.equal(all[3].suggestions[0], 'ministry');
  });

  it('counts the two checks apart in the text summary', () => {
    const r = run('a.md', '--spelling');
    assert.equal(r.stdout.split('\n').at(-2), '4 problems (1 name, 3 spelling) in 1 of 1 file.');
    writeFileSync(join(cwd, 'b.md'), '---\ntitle: Fine\n---\nAll is well here.\n');
    assert.equal(run('b.md', '--spelling').stdout, 'No name or spelling problems in 1 file.\n');
    assert.equal(run('b.md').stdout, 'No name problems in 1 file.\n');
  });

  it('marks the team’s flagWords as such, and checks only names without --spelling', () => {
    const r = run('a.md', '--format', 'json');
    assert.deepEqual(
      (JSON.parse(r.stdout) as Array<{ code: string }>).map((f) => f.code),
      ['near-miss'],
    );
    const s = JSON.parse(run('a.md', '--spelling', '--format', 'json').stdout) as Array<{ code: string; message: string }>;
    assert.match(s[2].message, /zorgle/);
    assert.match(s[2].message, /flagWords/);
  });
});
