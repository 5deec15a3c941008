// Packs the generated data files for the .vsix (run by `npm run package-build`): each file of
// data/generated/ but those kept plain (below), and data/rules/word-swaps.json, goes to data/packed/<name>.br (Brotli, the
// best quality; Node's zlib reads it back in milliseconds), with the plain sizes in
// data/packed/sizes.json. The .vsix ships these instead of the plain files (.vscodeignore), and
// src/node/dataFiles.ts reads whichever is there, unpacking a packed copy once, on first use. The
// bytes read back are the same.
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const from = join(root, 'data', 'generated');
const to = join(root, 'data', 'packed', 'generated');
// Files cspell-lib reads itself (a gzipped trie) or that must stay readable (licences) stay plain.
const keepPlain = (name) => /\.gz$|LICENSE/.test(name);

/** Brotli at its best, checked by reading it back. */
function pack(bytes, name) {
  const packed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  if (!brotliDecompressSync(packed).equals(bytes)) throw new Error(`pack-data: ${name} does not read back`);
  return packed;
}

rmSync(join(root, 'data', 'packed'), { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const sizes = {};
let before = 0;
let after = 0;
for (const name of readdirSync(from).sort()) {
  if (keepPlain(name)) continue;
  const bytes = readFileSync(join(from, name));
  const packed = pack(bytes, name);
  writeFileSync(join(to, `${name}.br`), packed);
  sizes[`generated/${name}`] = bytes.length;
  before += bytes.length;
  after += packed.length;
}
// The technical words' trie, which cspell-lib reads from a file: Brotli packs it a sixth smaller than
// its gzip, and the spelling engine unpacks it once to the temporary folder (src/node/spelling/cspellEngine.ts).
writeFileSync(join(to, 'technical-terms.trie.br'), pack(gunzipSync(readFileSync(join(from, 'technical-terms.trie.gz'))), 'technical-terms.trie'));
// The word-swap rules with the native glossary (data/rules/word-swaps.json, 0.3 MB of readable
// JSON, a hand-kept source) ship packed too; the other rules file is small and ships plain.
for (const name of ['word-swaps.json']) {
  const bytes = readFileSync(join(root, 'data', 'rules', name));
  mkdirSync(join(root, 'data', 'packed', 'rules'), { recursive: true });
  const packed = pack(bytes, name);
  writeFileSync(join(root, 'data', 'packed', 'rules', `${name}.br`), packed);
  sizes[`rules/${name}`] = bytes.length;
  before += bytes.length;
  after += packed.length;
}
writeFileSync(join(root, 'data', 'packed', 'sizes.json'), JSON.stringify(sizes, null, 1) + '\n');
console.log(`pack-data: ${Object.keys(sizes).length} files, ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB in data/packed`);
