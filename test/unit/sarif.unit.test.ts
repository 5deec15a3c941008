// `copydesk check --format sarif`: every log the CLI writes is valid SARIF 2.1.0 (checked against
// the official JSON schema), with one rule per check, the same positions and messages as the
// other formats, and fixes that turn the flagged text into the suggestion. Needs `node esbuild.js`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { RULE_HELP, toSarif } from '../../src/cli/sarif';
import type { Finding } from '../../src/core/entities/types';
import type { JsonFinding } from '../../src/cli/main';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const CORPUS = join(ROOT, 'test/fixtures/corpus');
// The OASIS SARIF 2.1.0 schema (final, "rtm.5"), as Microsoft's SARIF SDK ships it.
const SCHEMA = join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// NOTE: the schema's language pattern has a stray `]` that only non-unicode regular expressions accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);

function assertValid(log: unknown, what: string): void {
  const ok = validate(log);
  assert.ok(ok, `${what} is not valid SARIF 2.1.0:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}


const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('SARIF output', () => {
  before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run \`node esbuild.js\` first`));

  it('rejects a log that breaks the schema (the validator can fail)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  });

  for (const corpus of readdirSync(CORPUS).sort()) {
    it(`is valid SARIF 2.1.0 for the ${corpus} corpus, with the positions and messages of --format json`, () => {
      const folder = join('test/fixtures/corpus', corpus);
      const sarif = run(['check', folder, '--format', 'sarif']);
      assert.ok(sarif.status === 0 || sarif.status === 1, sarif.stderr);
      const log = JSON.parse(sarif.stdout) as Sarif.Log;
      assertValid(log, corpus);
      const json = JSON.parse(run(['check', folder, '--format', 'json']).stdout) as JsonFinding[];
      const results = log.runs[0].results ?? [];
      assert.equal(results.length, json.length);
      results.forEach((r, i) => {
        const j = json[i];
        const loc = r.locations![0].physicalLocation!;
        assert.equal(loc.artifactLocation!.uri, j.file.split('\\').join('/'));
        assert.deepEqual(
          [loc.region!.startLine, loc.region!.startColumn, loc.region!.endLine, loc.region!.endColumn],
          [j.line, j.column, j.endLine, j.endColumn],
        );
        assert.equal(r.message.text, j.message);
        assert.equal(r.ruleId, j.code);
        assert.deepEqual(r.fixes?.map((f) => f.artifactChanges[0].replacements[0].insertedContent?.text) ?? [], j.suggestions);
      });
    });
  }

  it('describes every check as a rule with help text, and points each result at its rule', () => {
    const log = toSarif([]);
    const rules = log.runs[0].tool.driver.rules!;
    assert.deepEqual(rules.map((r) => r.id).sort(), Object.keys(RULE_HELP).sort());
    for (const r of rules) {
      assert.ok(r.help?.text && r.help.text.length > 40, r.id);
      assert.ok(r.shortDescription?.text, r.id);
    }
    assertValid(log, 'an empty run');
  });

  it('counts columns in UTF-16 units and lines across CRLF, and its fixes rewrite exactly the flagged span', () => {
    // The flag is 4 UTF-16 units (2 code points): Sholz starts at column 22 in UTF-16 units.
    const text = '---\r\ntitle: Talks\r\n---\r\n\r\n🇩🇪 Chancellor Olaf Sholz said.\r\n';
    const start = text.indexOf('Sholz');
    const finding: Finding = { start, end: start + 5, code: 'near-miss', severity: 'warning', message: '“Sholz” looks like a misspelling of Scholz.', suggestions: ['Scholz'], text: 'Sholz' };
    const log = toSarif([{ uri: 'world/talks.md', text, findings: [finding] }], { toolVersion: '1.2.3' });
    assertValid(log, 'the sample');
    const result = log.runs[0].results![0];
    const region = result.locations![0].physicalLocation!.region!;
    assert.deepEqual([region.startLine, region.startColumn, region.endLine, region.endColumn], [5, 22, 5, 27]);
    assert.equal(result.level, 'warning');
    assert.equal(log.runs[0].tool.driver.rules![result.ruleIndex!].id, 'near-miss');
    // Apply the fix by its character offsets, as a SARIF consumer would.
    const replacement = result.fixes![0].artifactChanges[0].replacements[0];
    const { charOffset, charLength } = replacement.deletedRegion;
    const fixed = text.slice(0, charOffset!) + replacement.insertedContent!.text + text.slice(charOffset! + charLength!);
    assert.equal(fixed, text.replace('Sholz', 'Scholz'));
    // And by its lines and columns (1-based, end column exclusive).
    const line = text.split('\n')[region.startLine! - 1];
    assert.equal(line.slice(region.startColumn! - 1, region.endColumn! - 1), 'Sholz');
  });

  it('with --spelling, carries the spelling flags under their own rule, with their fixes, as valid SARIF', function () {
    this.timeout(60_000);
    const cwd = mkdtempSync(join(tmpdir(), 'copydesk-sarif-spelling-'));
    try {
      writeFileSync(join(cwd, 'a.md'), '---\ntitle: Talks\n---\nChancellor Olaf Sholz said the goverment would act.\n\nThe minstry replied.\n');
      const r = run(['check', 'a.md', '--spelling', '--format', 'sarif'], cwd);
      assert.equal(r.status, 1, r.stderr);
      const log = JSON.parse(r.stdout) as Sarif.Log;
      assertValid(log, 'a run with spelling');
      const results = log.runs[0].results!;
      const rules = log.runs[0].tool.driver.rules!;
      assert.deepEqual(
        results.map((x) => [x.ruleId, x.locations![0].physicalLocation!.region!.snippet!.text, x.fixes?.[0].artifactChanges[0].replacements[0].insertedContent?.text]),
        [
          ['near-miss', 'Sholz', 'Scholz'],
          ['copydesk.spelling', 'goverment', 'government'],
          ['copydesk.spelling', 'minstry', 'ministry'],
        ],
      );
      for (const x of results) assert.equal(rules[x.ruleIndex!].id, x.ruleId);
      const spellingRule = rules.find((x) => x.id === 'copydesk.spelling')!;
      assert.deepEqual(spellingRule.properties?.tags, ['spelling', 'copy-editing']);
      assert.equal(results[1].level, 'note');
      // The same findings as --format json, in the same order.
      const json = JSON.parse(run(['check', 'a.md', '--spelling', '--format', 'json'], cwd).stdout) as JsonFinding[];
      assert.deepEqual(results.map((x) => x.message.text), json.map((j) => j.message));
      // Without --spelling, names only.
      const namesOnly = JSON.parse(run(['check', 'a.md', '--format', 'sarif'], cwd).stdout) as Sarif.Log;
      assert.deepEqual(namesOnly.runs[0].results!.map((x) => x.ruleId), ['near-miss']);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('reports unreadable input as a tool notification and a failed invocation', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'copydesk-sarif-'));
    try {
      writeFileSync(join(cwd, 'a.md'), 'Chancellor Olaf Sholz said.\n');
      const r = run(['check', 'a.md', 'missing.md', '--format', 'sarif'], cwd);
      assert.equal(r.status, 2);
      const log = JSON.parse(r.stdout) as Sarif.Log;
      assertValid(log, 'a run with a missing file');
      const invocation = log.runs[0].invocations![0];
      assert.equal(invocation.executionSuccessful, false);
      assert.match(invocation.toolExecutionNotifications![0].message.text!, /missing\.md: no such file/);
      assert.equal(log.runs[0].results!.length, 1);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
