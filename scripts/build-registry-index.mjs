// Builds data/generated/registry-index.json: the entity registry's indexes over the built-in
// knowledge, prebuilt so the extension and the CLI load them instead of indexing 23,000 name
// forms at every start (src/core/entities/registryIndex.ts). Run last in `npm run build:data`,
// after every file it is built from; the registry code is bundled on the fly with esbuild.
//
// Usage: node scripts/build-registry-index.mjs
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data', 'generated', 'registry-index.json');

const tmp = mkdtempSync(join(os.tmpdir(), 'copydesk-index-'));
try {
  const bundle = join(tmp, 'knowledgeFiles.cjs');
  buildSync({ entryPoints: [join(ROOT, 'src', 'node', 'knowledgeFiles.ts')], bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], outfile: bundle, logLevel: 'error' });
  const { buildRegistryIndex } = createRequire(import.meta.url)(bundle);
  const text = buildRegistryIndex(join(ROOT, 'data'));
  writeFileSync(OUT, text);
  console.log(`registry index: ${(text.length / 1e6).toFixed(1)} MB → ${OUT}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
