// Check All's worker (src/vscode/names/checkAllWorker.ts, run from the compiled tests' copy):
// it reads and checks files with the same checker the extension host builds, and hands files
// back when it cannot run.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { LineIndex } from '../../src/core/text/lineIndex';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';
import { CheckAllPool } from '../../src/vscode/names/checkAllPool';
import type { HouseList } from '../../src/core/entities/registry';

const ROOT = resolve(__dirname, '../../..');
const DATA = join(ROOT, 'data');
// The compiled worker beside this test (out/src/...): the same code esbuild bundles into dist/.
const WORKER = resolve(__dirname, '../../src/vscode/names/checkAllWorker.js');
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus', 'holdout');

describe('Check All worker', function () {
  this.timeout(60_000);
  const knowledge = loadBuiltInKnowledge(DATA);
  let dir: string;
  let pool: CheckAllPool;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-pool-'));
    pool = new CheckAllPool(WORKER, DATA);
  });
  after(() => {
    pool.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds what the host checker finds, at the same lines and characters', async () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).slice(0, 6);
    assert.ok(files.length >= 3);
    const host = createNameChecker(knowledge);
    let compared = 0;
    await Promise.all(
      files.map(async (f) => {
        const path = join(CORPUS, f);
        const text = readFileSync(path, 'utf8');
        const placed = await pool.check(path, undefined, { severity: 'warning', ignore: [], maxBytes: 1 << 20 });
        const want = host.check(text, { severity: 'warning' });
        const lines = new LineIndex(text);
        assert.deepEqual(placed, want.map((finding) => ({ finding, start: lines.positionAt(finding.start), end: lines.positionAt(finding.end) })), f);
        compared += want.length;
      }),
    );
    assert.ok(compared > 0, 'the articles have findings to compare');
  });

  it('checks with the folder’s house list and the file’s ignored names', async () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, '# Talks\n\nChancellor Olaf Sholz met Emmanuel Macrom in Berlin.\n');
    const plain = await pool.check(path, undefined, { severity: 'warning', ignore: [], maxBytes: 1 << 20 });
    assert.deepEqual(plain?.map((p) => p.finding.text), ['Sholz', 'Macrom']);
    const house: HouseList = { accept: ['Sholz'], preferred: [], entities: [] };
    const accepted = await pool.check(path, house, { severity: 'error', ignore: ['Macrom'], maxBytes: 1 << 20 });
    assert.deepEqual(accepted, []);
    const again = await pool.check(path, house, { severity: 'error', ignore: [], maxBytes: 1 << 20 });
    assert.deepEqual(again?.map((p) => [p.finding.text, p.finding.severity, p.start.line, p.start.character]), [['Macrom', 'error', 2, 35]]);
  });

  it('shows nothing for a missing file, one over the size limit, or one that is not text', async () => {
    const big = join(dir, 'big.md');
    writeFileSync(big, 'Olaf Sholz spoke.\n'.repeat(100));
    const binary = join(dir, 'binary.md');
    writeFileSync(binary, Buffer.from([0x4f, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    assert.equal(await pool.check(join(dir, 'gone.md'), undefined, { severity: 'warning', ignore: [], maxBytes: 1 << 20 }), undefined);
    assert.equal(await pool.check(big, undefined, { severity: 'warning', ignore: [], maxBytes: 1000 }), undefined);
    assert.equal(await pool.check(binary, undefined, { severity: 'warning', ignore: [], maxBytes: 1 << 20 }), undefined);
  });

  it('hands the file back (rejects) when the worker cannot run, so the host checks it', async () => {
    const broken = new CheckAllPool(join(dir, 'no-such-worker.js'), DATA);
    try {
      await assert.rejects(broken.check(join(CORPUS, readdirSync(CORPUS)[0]), undefined, { severity: 'warning', ignore: [], maxBytes: 1 << 20 }));
      assert.equal(broken.busy, 0);
    } finally {
      broken.dispose();
    }
  });
});
