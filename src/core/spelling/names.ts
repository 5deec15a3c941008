// The one seam between spelling and the name knowledge: "is this word part of
// a name the checker knows?" (knowledge base, house list, cspell words the
// name service accepted). Kept to one function so the registry may change.
import type { EntityRegistry } from '../entities/registry';
import { foldKey } from '../entities/registry';
import type { NameVocabulary } from './types';

const POSSESSIVE = /['’]s$/i;

export function nameVocabulary(registry: EntityRegistry): NameVocabulary {
  return {
    isNameWord(word: string): boolean {
      const key = word.replace(POSSESSIVE, '').toLowerCase();
      return registry.knownKeys.has(key) || registry.foldedKeys.has(foldKey(key));
    },
  };
}
