// The built `copydesk` CLI (dist/cli.js) run as a child process: exit codes,
// text and JSON output, bad input, and the house list and cspell words it
// reads from the current folder. Needs `node esbuild.js` first.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { JsonFinding } from '../../src/cli/main';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const CLI = resolve(__dirname, '../../../dist/cli.js');

const CLEAN = 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.\n';
const SHOLZ = 'Chancellor Olaf Sholz said.\n';
/** 1-based column of “Sholz” in SHOLZ, and the column just past it. */
const SHOLZ_COLUMN = SHOLZ.indexOf('Sholz') + 1;
const SHOLZ_END_COLUMN = SHOLZ_COLUMN + 'Sholz'.length;
const USAGE_LINE = 'Usage: copydesk check <files or folders…> [--format text|json|sarif] [--spelling] [--changed [<git ref>] | --staged] [--max-warnings N]';
/** One text-format finding line for Sholz; the message text comes from the data, so only its shape is pinned. */
const sholzLine = (file: string, line: number, column: number) =>
  new RegExp(`^${escape(file)}:${line}:${column}  warning  “Sholz” looks like a misspelling of Scholz \\(Olaf Scholz[^\\n]*\\)\\.  \\[near-miss\\]  → Scholz$`);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


describe('copydesk CLI', () => {
  let cwd: string;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`node esbuild.js\` before the unit tests`);
  });

  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  });

  afterEach(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  /** Writes `content` to `name` under the temp folder, creating folders on the way. */
  const write = (name: string, content: string | Buffer) => {
    const path = join(cwd, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  };

  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  const runJson = (...args: string[]) => {
    const r = run(...args, '--format', 'json');
    return { ...r, findings: JSON.parse(r.stdout) as JsonFinding[] };
  };

  it('exits 0 with a one-line summary on a clean article', () => {
    write('clean.md', CLEAN);
    assert.deepEqual(run('check', 'clean.md'), { status: 0, stdout: 'No name problems in 1 file.\n', stderr: '' });
  });

  it('exits 0 and prints an empty JSON array on a clean article', () => {
    write('clean.md', CLEAN);
    assert.deepEqual(run('check', '--format=json', 'clean.md'), { status: 0, stdout: '[]\n', stderr: '' });
  });

  it('exits 1 and prints file:line:col  severity  message  [code]  → fix for a misspelled name', () => {
    write('bad.md', SHOLZ);
    const r = run('check', 'bad.md');
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], sholzLine('bad.md', 1, SHOLZ_COLUMN));
    assert.equal(lines[1], '1 name problem in 1 of 1 file.');
    assert.equal(lines[2], '');
  });

  it('prints JSON findings with exactly the documented fields, pointing at Sholz', () => {
    write('bad.md', SHOLZ);
    const { status, findings, stderr } = runJson('check', 'bad.md');
    assert.equal(status, 1);
    assert.equal(stderr, '');
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.deepEqual(Object.keys(f), ['file', 'line', 'column', 'endLine', 'endColumn', 'code', 'severity', 'message', 'suggestions']);
    const { message, ...position } = f;
    assert.deepEqual(position, { file: 'bad.md', line: 1, column: 17, endLine: 1, endColumn: 22, code: 'near-miss', severity: 'warning', suggestions: ['Scholz'] });
    assert.equal(SHOLZ.slice(f.column - 1, f.endColumn - 1), 'Sholz');
    assert.equal(f.suggestions[0], 'Scholz');
    assert.match(message, /^“Sholz” looks like a misspelling of Scholz/);
  });

  it('counts lines and columns from 1 in the whole file, front matter included', () => {
    write('story.md', `---\ntitle: Talks in Paris\n---\n\n${SHOLZ}`);
    const { findings } = runJson('check', 'story.md');
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]),
      [[5, SHOLZ_COLUMN, 5, SHOLZ_END_COLUMN]],
    );
  });

  describe('bad usage exits 2 with a message on stderr and nothing on stdout', () => {
    const cases: Array<[string, string[], string]> = [
      ['no command', [], 'copydesk: No command given.'],
      ['an unknown command', ['fix', 'a.md'], 'copydesk: Unknown command “fix”.'],
      ['an unknown option', ['check', '--strict', 'a.md'], 'copydesk: Unknown option “--strict”.'],
      ['--format xml', ['check', '--format', 'xml', 'a.md'], 'copydesk: --format must be text, json or sarif, not “xml”.'],
      ['--format without a value', ['check', 'a.md', '--format'], 'copydesk: --format must be text, json or sarif, not “”.'],
      ['no paths', ['check'], 'copydesk: Name at least one file or folder.'],
    ];
    for (const [what, args, message] of cases) {
      it(`rejects ${what}`, () => {
        write('a.md', SHOLZ);
        const r = run(...args);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        const lines = r.stderr.split('\n');
        assert.equal(lines[0], message);
        assert.equal(lines[2], USAGE_LINE);
      });
    }
  });

  it('prints the usage on stdout and exits 0 for --help', () => {
    const r = run('--help');
    assert.equal(r.status, 0);
    assert.equal(r.stdout.split('\n')[0], USAGE_LINE);
    assert.equal(r.stderr, '');
  });

  it('exits 2 when one of several files is missing, and still checks and reports the others', () => {
    write('bad.md', SHOLZ);
    write('clean.md', CLEAN);
    const r = run('check', 'bad.md', 'missing.md', 'clean.md');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'copydesk: missing.md: no such file or folder\n');
    const lines = r.stdout.split('\n');
    assert.match(lines[0], sholzLine('bad.md', 1, SHOLZ_COLUMN));
    assert.deepEqual(lines.slice(1), ['1 name problem in 1 of 2 files.', '']);
  });

  it('exits 2 for a binary file (NUL bytes) without checking it, and still reports the other files', () => {
    write('photo.md', Buffer.concat([Buffer.from('PNG\0\0\0'), Buffer.from(SHOLZ)]));
    write('bad.md', SHOLZ);
    const { status, stderr, findings } = runJson('check', 'photo.md', 'bad.md');
    assert.equal(status, 2);
    assert.equal(stderr, 'copydesk: photo.md: looks like a binary file (it contains NUL bytes), not an article; not checked\n');
    assert.deepEqual(
      findings.map((f) => [f.file, f.line, f.column]),
      [['bad.md', 1, SHOLZ_COLUMN]],
    );
  });

  it('reads invalid UTF-8 with a warning on stderr and still checks the file', () => {
    // 0xE9 is “é” in Latin-1; in UTF-8 it becomes one U+FFFD, one UTF-16 unit.
    write('latin1.md', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talk: '), Buffer.from(SHOLZ)]));
    const { status, stderr, findings } = runJson('check', 'latin1.md');
    assert.equal(status, 1);
    assert.equal(stderr, 'copydesk: latin1.md is not valid UTF-8; invalid bytes were read as �\n');
    const column = 'Caf\uFFFD talk: '.length + SHOLZ_COLUMN;
    assert.deepEqual(
      findings.map((f) => [f.file, f.line, f.column, f.suggestions[0]]),
      [['latin1.md', 1, column, 'Scholz']],
    );
  });

  it('recurses into a folder, checks .md and .markdown files in name order, and skips node_modules and other files', () => {
    write('desk/sub/a.md', SHOLZ);
    write('desk/b.markdown', SHOLZ);
    write('desk/notes.txt', SHOLZ);
    write('desk/clean.md', CLEAN);
    write('desk/node_modules/pkg/readme.md', SHOLZ);
    const { status, findings, stderr } = runJson('check', 'desk');
    assert.equal(status, 1);
    assert.equal(stderr, '');
    assert.deepEqual(
      findings.map((f) => f.file),
      [join('desk', 'b.markdown'), join('desk', 'sub', 'a.md')],
    );
    const text = run('check', 'desk');
    assert.equal(text.stdout.split('\n').at(-2), '2 name problems in 2 of 3 files.');
  });

  describe('house list in the current folder', () => {
    it('accepts a name listed in .copydesk/entities.yaml', () => {
      write('.copydesk/entities.yaml', 'accept:\n  - Sholz\n');
      write('bad.md', SHOLZ);
      assert.deepEqual(run('check', 'bad.md'), { status: 0, stdout: 'No name problems in 1 file.\n', stderr: '' });
    });

    it('flags Kiev with Kyiv as the fix when the house prefers Kyiv', () => {
      write('.copydesk/entities.yaml', 'preferred:\n  Kyiv: [Kiev]\n');
      write('kyiv.md', 'Officials in Kiev said.\n');
      const { status, findings } = runJson('check', 'kyiv.md');
      assert.equal(status, 1);
      assert.deepEqual(
        findings.map((f) => [f.line, f.column, f.endColumn, f.code, f.suggestions[0]]),
        [[1, 14, 18, 'inconsistent-name', 'Kyiv']],
      );
    });

    it('prints file:line:col of a malformed house list on stderr, exits 2, and still runs the built-in checks', () => {
      write('.copydesk/entities.yaml', 'accept:\n  - Sholz\nfoo: bar: baz\n');
      write('bad.md', SHOLZ);
      const { status, stderr, findings } = runJson('check', 'bad.md');
      assert.equal(status, 2);
      assert.equal(
        stderr,
        `copydesk: ${join('.copydesk', 'entities.yaml')}:3:6: House list is not valid YAML: Nested mappings are not allowed in compact mappings (built-in names still checked)\n`,
      );
      // The broken list is not applied: its accepted name is flagged by the built-in data.
      assert.deepEqual(
        findings.map((f) => [f.file, f.line, f.column, f.suggestions[0]]),
        [['bad.md', 1, SHOLZ_COLUMN, 'Scholz']],
      );
    });

    it('exits 2 and names the section when the house list is valid YAML of the wrong shape', () => {
      write('.copydesk/entities.yaml', 'accept: Sholz\n');
      write('clean.md', CLEAN);
      const r = run('check', 'clean.md');
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `copydesk: ${join('.copydesk', 'entities.yaml')}:1:9: \`accept\` must be a list of names. (built-in names still checked)\n`);
      assert.equal(r.stdout, 'No name problems in 1 file.\n');
    });

    it('does not check articles inside .copydesk when given the whole folder', () => {
      write('.copydesk/entities.yaml', 'accept: []\n');
      write('.copydesk/template.md', SHOLZ);
      write('clean.md', CLEAN);
      assert.deepEqual(run('check', '.'), { status: 0, stdout: 'No name problems in 1 file.\n', stderr: '' });
    });
  });

  describe('cspell configuration in the current folder', () => {
    it('accepts the `words` of cspell.json, comments and trailing commas included', () => {
      write('cspell.json', '{\n  // newsroom names\n  "words": ["Sholz",],\n}\n');
      write('bad.md', SHOLZ);
      assert.deepEqual(run('check', 'bad.md'), { status: 0, stdout: 'No name problems in 1 file.\n', stderr: '' });
    });

    it('accepts the `words` of cspell.config.yaml', () => {
      write('cspell.config.yaml', 'words:\n  - Sholz\n');
      write('bad.md', SHOLZ);
      assert.equal(run('check', 'bad.md').status, 0);
    });

    it('reports invalid JSON in cspell.json with line and column and exits 2', () => {
      write('cspell.json', '{\n  "words": ["Sholz"\n');
      write('bad.md', SHOLZ);
      const r = run('check', 'bad.md');
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'copydesk: cspell.json:3:1: cspell configuration is not valid JSON: CloseBracketExpected\n');
      assert.match(r.stdout.split('\n')[0], sholzLine('bad.md', 1, SHOLZ_COLUMN));
    });
  });

  it('treats an empty file as clean', () => {
    write('empty.md', '');
    assert.deepEqual(run('check', 'empty.md'), { status: 0, stdout: 'No name problems in 1 file.\n', stderr: '' });
  });

  it('finishes a 5 MB single-line file and finds the one misspelling at its end', function () {
    this.timeout(60_000);
    const filler = 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. ';
    const body = filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length));
    write('long.md', body + SHOLZ);
    const { status, findings, stderr } = runJson('check', 'long.md');
    assert.equal(stderr, '');
    assert.equal(status, 1);
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.endColumn]),
      [[1, body.length + SHOLZ_COLUMN, body.length + SHOLZ_END_COLUMN]],
    );
  });
});
