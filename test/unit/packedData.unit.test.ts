// The packaged extension ships its generated data Brotli-packed (scripts/pack-data.mjs); the
// Node adapters read either form (src/node/dataFiles.ts) and must get the same bytes.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('reads the packed copy, byte for byte, when the plain file is not there (the .vsix), and keeps it unpacked for the next load', () => {
    pack(plain);
    assert.ok(dataFileExists(dir, parts));
    assert.equal(dataFileSize(dir, parts), plain.length);
    assert.deepEqual(readDataFile(dir, parts), plain);
    assert.deepEqual(readFileSync(join(dir, ...parts)), plain);
    assert.deepEqual(readdirSync(join(dir, 'generated')), ['known-names.txt']);
    assert.deepEqual(readDataFile(dir, parts), plain);
  });

  it('still reads the packed copy where the plain file cannot be written (a read-only install)', () => {
    // A file where the plain file's folder would be: no write can succeed there.
    writeFileSync(join(dir, 'generated-blocker'), '');
    const blocked = ['generated-blocker', 'known-names.txt'];
    mkdirSync(join(dir, 'packed', 'generated-blocker'), { recursive: true });
    writeFileSync(join(dir, 'packed', 'generated-blocker', 'known-names.txt.br'), brotliCompressSync(plain));
    assert.deepEqual(readDataFile(dir, blocked), plain);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 0);
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
