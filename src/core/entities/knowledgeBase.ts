// Loads the built-in knowledge (generated from the World Factbook and the
// curated files; see data/README.md) and builds a NameChecker with the
// newsroom's house list on top.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameChecker } from './nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST, type HouseList, type WordSwapGroup } from './registry';
import type { ConfusableRule } from './checks/confusables';
import { KnownNames } from './knownNames';
import type { EntityRecord, KnowledgeBaseFile } from './types';

export interface BuiltInKnowledge {
  kb: KnowledgeBaseFile;
  ordinaryWords: string[];
  /** The subset of ordinaryWords that only name lists (people, companies) vouch for. */
  namesOnly: string[];
  confusables: ConfusableRule[];
  wordSwaps: WordSwapGroup[];
  /** Every name the open lists know (shields correct names from being taken for slips). */
  knownNames?: KnownNames;
  /** The popular part of the open lists (attracts near-miss suggestions), after the curated entities. */
  popular?: EntityRecord[];
}

/** Reads data/generated/*.json and data/rules/*.json under `dataDir`. */
export function loadBuiltInKnowledge(dataDir: string): BuiltInKnowledge {
  const read = <T>(...parts: string[]): T => JSON.parse(readFileSync(join(dataDir, ...parts), 'utf8')) as T;
  const kb = read<KnowledgeBaseFile>('generated', 'entities.json');
  const near = read<{ words: string[]; namesOnly?: string[] }>('generated', 'near-words.json');
  const rules = read<{ rules: ConfusableRule[] }>('rules', 'confusables.json');
  const swaps = read<{ groups: WordSwapGroup[] }>('rules', 'word-swaps.json');
  const knownNames = KnownNames.decode(readFileSync(join(dataDir, 'generated', 'known-names.txt')));
  const popular = read<KnowledgeBaseFile>('generated', 'popular-entities.json').entities;
  return { kb, ordinaryWords: near.words, namesOnly: near.namesOnly ?? [], confusables: rules.rules, wordSwaps: swaps.groups, knownNames, popular };
}

/** A checker over the built-in knowledge plus a house list (and accepted cspell words). */
export function createNameChecker(knowledge: BuiltInKnowledge, house: HouseList = EMPTY_HOUSE_LIST): NameChecker {
  const registry = new EntityRegistry(knowledge.kb.entities, knowledge.ordinaryWords, house, knowledge.namesOnly, knowledge.wordSwaps, knowledge.knownNames, knowledge.popular);
  return new NameChecker(registry, knowledge.confusables);
}
