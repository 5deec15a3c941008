// Reads the built-in knowledge (generated from the World Factbook and the
// curated files; see data/README.md) from the texts of its files, which an
// adapter reads from disk (src/node/knowledgeFiles.ts), and builds a
// NameChecker with the newsroom's house list on top.
import { NameChecker } from './nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST, type HouseList, type WordSwapGroup } from './registry';
import type { ConfusableRule } from './checks/confusables';
import type { KnowledgeBaseFile } from './types';

export interface BuiltInKnowledge {
  kb: KnowledgeBaseFile;
  ordinaryWords: string[];
  /** The subset of ordinaryWords that only name lists (people, companies) vouch for. */
  namesOnly: string[];
  confusables: ConfusableRule[];
  wordSwaps: WordSwapGroup[];
}

/** The knowledge files, by path under the extension's data/ folder. */
export const KNOWLEDGE_FILES = {
  entities: ['generated', 'entities.json'],
  nearWords: ['generated', 'near-words.json'],
  confusables: ['rules', 'confusables.json'],
  wordSwaps: ['rules', 'word-swaps.json'],
} as const;

export type KnowledgeFileTexts = Record<keyof typeof KNOWLEDGE_FILES, string>;

/** The built-in knowledge from the texts of its files (see KNOWLEDGE_FILES). */
export function parseBuiltInKnowledge(files: KnowledgeFileTexts): BuiltInKnowledge {
  const kb = JSON.parse(files.entities) as KnowledgeBaseFile;
  const near = JSON.parse(files.nearWords) as { words: string[]; namesOnly?: string[] };
  const rules = JSON.parse(files.confusables) as { rules: ConfusableRule[] };
  const swaps = JSON.parse(files.wordSwaps) as { groups: WordSwapGroup[] };
  return { kb, ordinaryWords: near.words, namesOnly: near.namesOnly ?? [], confusables: rules.rules, wordSwaps: swaps.groups };
}

/** A checker over the built-in knowledge plus a house list (and accepted cspell words). */
export function createNameChecker(knowledge: BuiltInKnowledge, house: HouseList = EMPTY_HOUSE_LIST): NameChecker {
  const registry = new EntityRegistry(knowledge.kb.entities, knowledge.ordinaryWords, house, knowledge.namesOnly, knowledge.wordSwaps);
  return new NameChecker(registry, knowledge.confusables);
}
