// Reads the built-in knowledge files from disk for the Node adapters (the extension
// host and the CLI); the core only ever sees their text.
import { dataFileExists, dataFileSize, readDataFile } from './dataFiles';
import { KNOWLEDGE_FILES, parseBuiltInKnowledge, REGISTRY_INPUTS, type BuiltInKnowledge, type KnowledgeFileTexts } from '../core/entities/knowledgeBase';
import { EntityRegistry } from '../core/entities/registry';
import { encodeRegistryIndex, knowledgeStamp } from '../core/entities/registryIndex';

/** Files the knowledge works without: the prebuilt registry index only makes loading faster. */
const OPTIONAL: ReadonlySet<keyof KnowledgeFileTexts> = new Set(['registryIndex', 'popular', 'entities', 'nearWords', 'wordSwaps']);

/**
 * Files read as latin1, one code unit per byte, without decoding UTF-8: the registry index is
 * ASCII only (registryIndex.ts escapes the rest), and the known names are searched as their
 * UTF-8 bytes (KnownNames.fromUtf8Bytes; decoded, the 8 MB would be a two-byte string of 16),
 * and so are the towns (placeFacts.ts).
 */
const BYTES: ReadonlySet<keyof KnowledgeFileTexts> = new Set(['registryIndex', 'knownNames', 'towns']);

/**
 * The knowledge files' texts, each read when asked for and not kept here (with the prebuilt
 * registry index, the 3.6 MB of entities it was built from need not be read at all).
 */
function knowledgeFiles(dataDir: string): KnowledgeFileTexts {
  const texts = {} as KnowledgeFileTexts;
  for (const [name, parts] of Object.entries(KNOWLEDGE_FILES) as Array<[keyof KnowledgeFileTexts, readonly string[]]>) {
    Object.defineProperty(texts, name, {
      enumerable: true,
      get: () => (OPTIONAL.has(name) && !dataFileExists(dataDir, parts) ? '' : readDataFile(dataDir, parts).toString(BYTES.has(name) ? 'latin1' : 'utf8')),
    });
  }
  return texts;
}

/** Byte sizes of the files the registry is built from (the stamp of a prebuilt index). */
function inputSizes(dataDir: string): number[] {
  return REGISTRY_INPUTS.map((name) => dataFileSize(dataDir, KNOWLEDGE_FILES[name]));
}

/** Reads data/generated/* and data/rules/*.json under `dataDir`. */
export function loadBuiltInKnowledge(dataDir: string): BuiltInKnowledge {
  return parseBuiltInKnowledge(knowledgeFiles(dataDir), { inputSizes: inputSizes(dataDir) });
}

/**
 * The text of data/generated/registry-index.json for the knowledge files under `dataDir`: the
 * registry built from them (never from an index), encoded. Used by scripts/build-registry-index.mjs
 * and by the test that keeps the shipped index current.
 */
export function buildRegistryIndex(dataDir: string): string {
  const k = parseBuiltInKnowledge(knowledgeFiles(dataDir));
  const registry = new EntityRegistry(k.kb.entities, k.ordinaryWords, undefined, k.namesOnly, k.wordSwaps, k.knownNames, k.popular).prebuildForIndex();
  return encodeRegistryIndex(registry, knowledgeStamp(inputSizes(dataDir)), EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(registry));
}
