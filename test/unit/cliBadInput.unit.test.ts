// The built CLI on the inputs that used to crash it or pass silently: each broken
// configuration exits 2 with file:line:column on stderr, never a stack trace, and the
// articles are still checked; a file checked only in part says so. Needs `node esbuild.js`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MAX_NESTING } from '../../src/core/config/safeParse';
import { MAX_CHECKED_CHARS } from '../../src/core/entities/nameChecker';

const CLI = resolve(__dirname, '../../../dist/cli.js');
const SHOLZ = 'Chancellor Olaf Sholz said.\n';
/** The finding every run below must still print: the article was checked. */
const SHOLZ_FINDING = /^a\.md:1:17 {2}warning {2}“Sholz” looks like a misspelling of Scholz/m;
/** What a Node stack trace looks like. */
const STACK = /^\s+at .+[:(]\d+/m;

describe('copydesk CLI on broken configuration and huge files', function () {
  this.timeout(60_000);
  let cwd: string;

  before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run \`node esbuild.js\` before the unit tests`));
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'copydesk-bad-'));
    write('a.md', SHOLZ);
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  const write = (name: string, content: string) => {
    mkdirSync(dirname(join(cwd, name)), { recursive: true });
    writeFileSync(join(cwd, name), content);
  };
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  /** Exit 2, the one problem on stderr, no stack trace, and the article still checked. */
  const assertBrokenConfig = (r: ReturnType<typeof run>, problem: RegExp) => {
    assert.equal(r.status, 2, r.stderr);
    assert.doesNotMatch(r.stderr, STACK);
    assert.match(r.stderr, problem);
    assert.match(r.stdout, SHOLZ_FINDING);
  };

  it('uses a cspell.json of 130,000 words (exit 0 when it accepts the name)', () => {
    write('cspell.json', JSON.stringify({ words: [...Array.from({ length: 130_000 }, (_, i) => `w${i}`), 'Sholz'] }));
    assert.deepEqual(run('a.md'), { status: 0, stdout: 'No name problems in 1 file.\n', stderr: '' });
  });

  it('reports a cspell.json nested 100,000 deep as cspell.json:1:257 and checks the article', () => {
    write('cspell.json', '['.repeat(100_000) + ']'.repeat(100_000));
    assertBrokenConfig(run('a.md'), new RegExp(`^copydesk: cspell\\.json:1:${MAX_NESTING + 1}: cspell configuration is nested more than ${MAX_NESTING} levels deep$`, 'm'));
  });

  it('reports a YAML alias bomb in cspell.yaml at its first alias and checks the article', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 20; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    write('cspell.yaml', `${lines.join('\n')}\nwords: *a19\n`);
    assertBrokenConfig(run('a.md'), /^copydesk: cspell\.yaml:2:10: cspell configuration aliases expand too far/m);
  });

  it('reports a house list path that is a folder and checks the article', () => {
    mkdirSync(join(cwd, '.copydesk', 'entities.yaml'), { recursive: true });
    assertBrokenConfig(run('a.md'), /^copydesk: \.copydesk\/entities\.yaml: is a folder, not a file; not read$/m);
  });

  it('reports a house list nested too deep with its line and column', () => {
    write('.copydesk/entities.yaml', `# list\naccept: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    assertBrokenConfig(run('a.md'), new RegExp(`^copydesk: \\.copydesk/entities\\.yaml:2:${'accept: '.length + MAX_NESTING + 1}: House list is nested`, 'm'));
  });

  it('keeps a house list with an empty `preferred:` and `entities:` in force', () => {
    write('.copydesk/entities.yaml', 'preferred:\nentities:\naccept: [Sholz]\n');
    assert.deepEqual(run('a.md'), { status: 0, stdout: 'No name problems in 1 file.\n', stderr: '' });
  });

  it('uses the entries of a house list that were read when one entry is broken', () => {
    write('.copydesk/entities.yaml', 'accept: [Sholz]\nentities:\n  - kind: person\n');
    const r = run('a.md');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, 'No name problems in 1 file.\n');
    assert.equal(r.stderr, 'copydesk: .copydesk/entities.yaml:3:5: An entity needs a `name`. (the rest of the list is used)\n');
  });

  it('checks the other files when one has 150,000 findings, without a stack trace', () => {
    write('many.md', 'Sino-Chinese talks. '.repeat(150_000) + '\n');
    const r = run('many.md', 'a.md');
    assert.doesNotMatch(r.stderr, STACK);
    assert.match(r.stdout, SHOLZ_FINDING);
    // Either every finding is listed, or the file is named as not checked and the exit is 2.
    if (r.status === 1) assert.match(r.stdout, /^150001 name problems in 2 of 2 files\.$/m);
    else {
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^copydesk: many\.md: could not be checked \(.+\); the other files were still checked$/m);
    }
  });

  it('says when only the first part of a file was checked, where it stopped, and exits 2', () => {
    const para = 'Olaf Scholz met Emmanuel Macron in Paris today.\n\n';
    const copies = Math.ceil(MAX_CHECKED_CHARS / para.length) + 10;
    const huge = para.repeat(copies) + SHOLZ;
    write('huge.md', huge);
    const r = run('huge.md', 'a.md');
    assert.equal(r.status, 2);
    const checked = huge.slice(0, MAX_CHECKED_CHARS).split('\n');
    const [line, column] = [checked.length, checked[checked.length - 1].length + 1];
    assert.match(r.stderr, new RegExp(`^copydesk: huge\\.md:${line}:${column}: only the first 8,000,000 characters were checked \\(the file has [\\d,]+\\); split the article to check the rest$`, 'm'));
    assert.match(r.stdout, SHOLZ_FINDING);
    assert.doesNotMatch(r.stdout, /^huge\.md:/m);
  });
});
