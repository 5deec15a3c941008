// Reads the built-in knowledge files from disk for the Node adapters (the extension
// host and the CLI); the core only ever sees their text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_FILES, parseBuiltInKnowledge, type BuiltInKnowledge, type KnowledgeFileTexts } from '../core/entities/knowledgeBase';

/** Reads data/generated/*.json and data/rules/*.json under `dataDir`. */
export function loadBuiltInKnowledge(dataDir: string): BuiltInKnowledge {
  const texts = {} as KnowledgeFileTexts;
  for (const [name, parts] of Object.entries(KNOWLEDGE_FILES) as Array<[keyof KnowledgeFileTexts, readonly string[]]>) {
    texts[name] = readFileSync(join(dataDir, ...parts), 'utf8');
  }
  return parseBuiltInKnowledge(texts);
}
