// The packaged extension ships its generated data Brotli-packed (scripts/pack-data.mjs); the
// Node adapters read either form (src/node/dataFiles.ts) and must get the same bytes.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { dataFileExists, dataFileSize, readDataFile } from '../../src/node/dataFiles';

describe('packed data files', () => {
  let dir: string;
  const parts = ['generated', 'known-names.txt'];
  const plain = Buffer.from('copydesk-known-names 3\nAakjær\nOkonkwo\n', 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-packed-'));
    mkdirSync(join(dir, 'generated'));
    mkdirSync(join(dir, 'packed', 'generated'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const pack = (bytes: Buffer, size = bytes.length) => {
    writeFileSync(join(dir, 'packed', 'generated', 'known-names.txt.br'), brotliCompressSync(bytes));
    writeFileSync(join(dir, 'packed', 'sizes.json'), JSON.stringify({ 'generated/known-names.txt': size }));
  };

  it('reads the packed copy, byte for byte, when the plain file is not there (the .vsix)', () => {
    pack(plain);
    assert.ok(dataFileExists(dir, parts));
    assert.deepEqual(readDataFile(dir, parts), plain);
    assert.equal(dataFileSize(dir, parts), plain.length);
  });

  it('prefers the plain file to a packed copy left from an older packaging (a checkout)', () => {
    pack(Buffer.from('stale'), 5);
    writeFileSync(join(dir, ...parts), plain);
    assert.deepEqual(readDataFile(dir, parts), plain);
    assert.equal(dataFileSize(dir, parts), plain.length);
  });

  it('reports a file in neither form as missing, and reading it fails with the plain path', () => {
    assert.equal(dataFileExists(dir, parts), false);
    assert.throws(() => readDataFile(dir, parts), /known-names\.txt/);
  });
});
