// Reads the built-in knowledge (generated from the World Factbook and the
// curated files; see data/README.md) from the texts of its files, which an
// adapter reads from disk (src/node/knowledgeFiles.ts), and builds a
// NameChecker with the newsroom's house list on top.
import { NameChecker } from './nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST, type HouseList, type WordSwapGroup } from './registry';
import type { ConfusableRule } from './checks/confusables';
import { countryPartners, type CountryPairsFile, type CountryPartners } from './checks/confusableCountries';
import { KnownNames } from './knownNames';
import { entityFacts, type EntityFacts, type EntityFactsFile } from './checks/factContradictions';
import type { EntityRecord, KnowledgeBaseFile } from './types';

export interface BuiltInKnowledge {
  kb: KnowledgeBaseFile;
  ordinaryWords: string[];
  /** The subset of ordinaryWords that only name lists (people, companies) vouch for. */
  namesOnly: string[];
  confusables: ConfusableRule[];
  /** Countries easy to write for each other (data/generated/confusable-countries.json). */
  countryPartners?: CountryPartners;
  wordSwaps: WordSwapGroup[];
  /** Every name the open lists know (shields correct names from being taken for slips). */
  knownNames?: KnownNames;
  /** The popular part of the open lists (attracts near-miss suggestions), after the curated entities. */
  popular?: EntityRecord[];
  /** Group memberships and head offices an article can contradict (data/generated/entity-facts.json). */
  facts?: EntityFacts;
}

/** The knowledge files, by path under the extension's data/ folder. */
export const KNOWLEDGE_FILES = {
  entities: ['generated', 'entities.json'],
  nearWords: ['generated', 'near-words.json'],
  confusables: ['rules', 'confusables.json'],
  confusableCountries: ['generated', 'confusable-countries.json'],
  wordSwaps: ['rules', 'word-swaps.json'],
  /** The packed news-scale name lists (src/core/entities/knownNames.ts). */
  knownNames: ['generated', 'known-names.txt'],
  popular: ['generated', 'popular-entities.json'],
  entityFacts: ['generated', 'entity-facts.json'],
} as const;

export type KnowledgeFileTexts = Record<keyof typeof KNOWLEDGE_FILES, string>;

/** The built-in knowledge from the texts of its files (see KNOWLEDGE_FILES). */
export function parseBuiltInKnowledge(files: KnowledgeFileTexts): BuiltInKnowledge {
  const kb = JSON.parse(files.entities) as KnowledgeBaseFile;
  const near = JSON.parse(files.nearWords) as { words: string[]; namesOnly?: string[] };
  const rules = JSON.parse(files.confusables) as { rules: ConfusableRule[] };
  const swaps = JSON.parse(files.wordSwaps) as { groups: WordSwapGroup[] };
  const knownNames = KnownNames.decode(files.knownNames);
  const popular = (JSON.parse(files.popular) as KnowledgeBaseFile).entities;
  const countries = countryPartners(JSON.parse(files.confusableCountries) as CountryPairsFile);
  const facts = entityFacts(JSON.parse(files.entityFacts) as EntityFactsFile);
  return { kb, ordinaryWords: near.words, namesOnly: near.namesOnly ?? [], confusables: rules.rules, countryPartners: countries, wordSwaps: swaps.groups, knownNames, popular, facts };
}

/** A checker over the built-in knowledge plus a house list (and accepted cspell words). */
export function createNameChecker(knowledge: BuiltInKnowledge, house: HouseList = EMPTY_HOUSE_LIST): NameChecker {
  const registry = new EntityRegistry(knowledge.kb.entities, knowledge.ordinaryWords, house, knowledge.namesOnly, knowledge.wordSwaps, knowledge.knownNames, knowledge.popular);
  return new NameChecker(registry, knowledge.confusables, knowledge.countryPartners, knowledge.facts);
}
