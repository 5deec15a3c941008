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
import { decodeRegistryIndex, knowledgeStamp } from './registryIndex';
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
  /**
   * The registry's indexes prebuilt from the knowledge files (data/generated/registry-index.json):
   * a reader of the index text and the stamp of the files at hand; an index with another stamp
   * is not used.
   */
  registryIndex?: { read(): string; stamp: string };
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
  /** The towns of the place facts, one per line (src/core/entities/checks/placeFacts.ts). */
  towns: ['generated', 'towns.tsv'],
  /** The registry's indexes, prebuilt from the files above (src/core/entities/registryIndex.ts). */
  registryIndex: ['generated', 'registry-index.json'],
} as const;

/**
 * The files' texts, except `knownNames` and `towns`: those files' UTF-8 bytes, one code unit
 * each (the file read as latin1), searched as they are (KnownNames.fromUtf8Bytes, placeFacts.ts).
 */
export type KnowledgeFileTexts = Record<keyof typeof KNOWLEDGE_FILES, string>;

/** The files the registry is built from, in the order of their stamp (knowledgeStamp). */
export const REGISTRY_INPUTS = ['entities', 'nearWords', 'wordSwaps', 'popular'] as const;

/**
 * The built-in knowledge from the texts of its files (see KNOWLEDGE_FILES). `files` may read
 * each text when it is asked for (each is asked for once, but the index once per checker): when the prebuilt registry index fits the files (`inputSizes`, the
 * byte sizes of REGISTRY_INPUTS, match its stamp), the entities and word lists are read and
 * parsed only if something asks for them (a house list with entities needs the registry built
 * anew). Without `inputSizes` the index is not used.
 */
export function parseBuiltInKnowledge(files: KnowledgeFileTexts, options: { inputSizes?: readonly number[] } = {}): BuiltInKnowledge {
  const rules = JSON.parse(files.confusables) as { rules: ConfusableRule[] };
  const knownNames = KnownNames.fromUtf8Bytes(files.knownNames);
  const countries = countryPartners(JSON.parse(files.confusableCountries) as CountryPairsFile);
  // The index text (10 MB) is not kept: each checker reads it anew, and it is garbage once decoded.
  const stamp = options.inputSizes ? knowledgeStamp(options.inputSizes) : undefined;
  const index = stamp !== undefined ? { read: () => files.registryIndex, stamp } : undefined;
  const factsFile = JSON.parse(files.entityFacts) as EntityFactsFile;
  if (factsFile.places) {
    const towns = files.towns;
    factsFile.places.towns = towns.endsWith('\n') ? towns.slice(0, -1) : towns;
    factsFile.places.townsUtf8 = true;
  }
  const facts = entityFacts(factsFile);
  const knowledge = { confusables: rules.rules, countryPartners: countries, knownNames, facts, ...(index ? { registryIndex: index } : {}) } as BuiltInKnowledge;

  // The .vsix ships the entities and the words near names only inside the registry index (the curated ones are its entities
  // the lists do not hold, the popular ones those they do, each in the order of their file; a
  // registry built anew from them is the index's own, as a test checks): read from there when a
  // file is not at hand. The index is decoded once for both.
  // (It is the knowledge's one built-in registry, which checkers share: see builtInRegistry.)
  const fromIndex = (file: string): EntityRegistry => {
    const registry = indexedRegistry(knowledge);
    if (!registry) throw new Error(`${file} is missing and the registry index does not fit the knowledge files`);
    return registry;
  };
  lazy(knowledge, 'kb', () => {
    const text = files.entities;
    if (text) return JSON.parse(text) as KnowledgeBaseFile;
    const registry = fromIndex('entities.json');
    return { source: 'the registry index', entities: [...registry.entities.values()].filter((e) => !registry.isListed(e)) };
  });
  // (So are the ordinary words near names, near-words.json: the registry keeps them as they were given.)
  let near: { words: string[]; namesOnly?: string[] } | undefined;
  const nearWords = () => {
    if (near) return near;
    const text = files.nearWords;
    if (text) return (near = JSON.parse(text) as { words: string[]; namesOnly?: string[] });
    const registry = fromIndex('near-words.json');
    return (near = { words: [...registry.ordinaryWords], namesOnly: [...registry.namesOnlyWords] });
  };
  lazy(knowledge, 'ordinaryWords', () => nearWords().words);
  lazy(knowledge, 'namesOnly', () => nearWords().namesOnly ?? []);
  // (So are the word-swap groups and the native glossary, word-swaps.json: the registry keeps them by word.)
  lazy(knowledge, 'wordSwaps', () => {
    const text = files.wordSwaps;
    if (text) return (JSON.parse(text) as { groups: WordSwapGroup[] }).groups;
    return fromIndex('word-swaps.json').wordSwapGroupsKept();
  });
  // The .vsix ships the popular entities only inside the registry index (they are its listed
  // entities, in the same order): read from there when the file is not at hand.
  lazy(knowledge, 'popular', () => {
    const text = files.popular;
    if (text) return (JSON.parse(text) as KnowledgeBaseFile).entities;
    const registry = fromIndex('popular-entities.json');
    return [...registry.entities.values()].filter((e) => registry.isListed(e));
  });
  return knowledge;
}

/** Defines `key` on `target` as computed on first read, then kept (a plain, writable field from then on). */
function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

/** A checker over the built-in knowledge plus a house list (and accepted cspell words). */
export function createNameChecker(knowledge: BuiltInKnowledge, house: HouseList = EMPTY_HOUSE_LIST): NameChecker {
  // A house list of accepted names, and of preferences among forms the knowledge has, goes on
  // top of the knowledge's one registry, shared by every such checker (the extension's per
  // folder, the built-in one, Check All's); one that adds entities or forms changes the records
  // themselves, so it gets a registry of its own.
  const registry =
    EntityRegistry.withHouse(builtInRegistry(knowledge), house) ??
    new EntityRegistry(knowledge.kb.entities, knowledge.ordinaryWords, house, knowledge.namesOnly, knowledge.wordSwaps, knowledge.knownNames, knowledge.popular);
  return new NameChecker(registry, knowledge.confusables, knowledge.countryPartners, knowledge.facts);
}

const builtInRegistries = new WeakMap<BuiltInKnowledge, EntityRegistry>();

/**
 * The registry of the built-in knowledge alone, built once per knowledge: from the prebuilt
 * index when it fits the files, else from the records.
 */
function builtInRegistry(knowledge: BuiltInKnowledge): EntityRegistry {
  let registry = indexedRegistry(knowledge);
  if (!registry) {
    registry = new EntityRegistry(knowledge.kb.entities, knowledge.ordinaryWords, EMPTY_HOUSE_LIST, knowledge.namesOnly, knowledge.wordSwaps, knowledge.knownNames, knowledge.popular);
    builtInRegistries.set(knowledge, registry);
  }
  return registry;
}

/** The built-in registry decoded from the prebuilt index (once), if the index fits the files. */
function indexedRegistry(knowledge: BuiltInKnowledge): EntityRegistry | undefined {
  let registry = builtInRegistries.get(knowledge);
  if (registry) return registry;
  const index = knowledge.registryIndex;
  if (!index || !knowledge.knownNames) return undefined;
  const prebuilt = decodeRegistryIndex(index.read(), index.stamp, EntityRegistry.indexTables());
  registry = prebuilt && EntityRegistry.fromIndex(prebuilt, knowledge.knownNames);
  if (registry) builtInRegistries.set(knowledge, registry);
  return registry;
}
