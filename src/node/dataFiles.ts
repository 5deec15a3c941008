// Reads a built-in data file for the Node adapters: the file itself in a checkout, or its
// Brotli-packed copy in the packaged extension (data/packed/, written by scripts/pack-data.mjs
// when the .vsix is built; the .vsix ships only the packed copies, see .vscodeignore). A packed
// copy is unpacked beside it on first use, so only the first load pays for unpacking.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { brotliDecompressSync } from 'node:zlib';

/** The folder under the data folder that holds the packed copies. */
export const PACKED_DIR = 'packed';
/** The packed copies' byte sizes before packing (the registry index is stamped with them). */
export const PACKED_SIZES = 'sizes.json';

function packedPath(dataDir: string, parts: readonly string[]): string {
  return join(dataDir, PACKED_DIR, ...parts) + '.br';
}

/** Whether the data file (or its packed copy) is there. */
export function dataFileExists(dataDir: string, parts: readonly string[]): boolean {
  return existsSync(join(dataDir, ...parts)) || existsSync(packedPath(dataDir, parts));
}

/**
 * The data file's bytes. The plain file wins when both are there: a checkout keeps its packed
 * copies only from the last packaging, so they may be stale.
 */
export function readDataFile(dataDir: string, parts: readonly string[]): Buffer {
  const plain = join(dataDir, ...parts);
  if (existsSync(plain)) return readFileSync(plain);
  const packed = packedPath(dataDir, parts);
  if (existsSync(packed)) {
    const bytes = brotliDecompressSync(readFileSync(packed));
    keepUnpacked(plain, bytes);
    return bytes;
  }
  return readFileSync(plain); // neither: the plain file's error
}

/**
 * Writes the unpacked bytes where the plain file belongs, so later loads read them as they are
 * (unpacking the registry index takes 50-75 ms on a loaded machine, at every engine load). Written
 * under a temporary name and renamed, so a reader in another thread or process never sees
 * half a file; where the extension's folder is read-only the next load simply unpacks again.
 */
function keepUnpacked(plain: string, bytes: Buffer): void {
  // One name per process and thread: the spelling and Check All workers are threads of one process.
  const temporary = `${plain}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(plain), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, plain);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/** The data file's byte size (of the plain file, whether it is read plain or packed). */
export function dataFileSize(dataDir: string, parts: readonly string[]): number {
  const plain = join(dataDir, ...parts);
  // (A file the .vsix carries only inside another, popular-entities.json in the registry index,
  // keeps its size in the packed sizes.)
  const sizesFile = join(dataDir, PACKED_DIR, PACKED_SIZES);
  if (existsSync(plain) || (!existsSync(packedPath(dataDir, parts)) && !existsSync(sizesFile))) return statSync(plain).size;
  const sizes = JSON.parse(readFileSync(sizesFile, 'utf8')) as Record<string, number>;
  const size = sizes[parts.join('/')];
  if (typeof size !== 'number') throw new Error(`data file ${parts.join('/')}: no size in ${PACKED_DIR}/${PACKED_SIZES}`);
  return size;
}
