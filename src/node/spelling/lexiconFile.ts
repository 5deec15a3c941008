// Reads data/generated/spelling-lexicon.json (the spelling check's word lists beyond cspell's
// dictionaries) once per process; a missing or broken file leaves the check without it.
import { join } from 'node:path';
import { readDataFile } from '../dataFiles';
import { SpellingLexicon, type SpellingLexiconFile } from '../../core/spelling/lexicon';

const loaded = new Map<string, SpellingLexicon | undefined>();

/**
 * The lexicon under `dataDir` (the extension's or the CLI's data folder), or undefined when the
 * file cannot be read: the check then judges unknown words by the dictionaries alone.
 */
export function loadSpellingLexicon(dataDir: string, complain?: (message: string) => void): SpellingLexicon | undefined {
  const parts = ['generated', 'spelling-lexicon.json'];
  const path = join(dataDir, ...parts);
  if (loaded.has(path)) return loaded.get(path);
  let lexicon: SpellingLexicon | undefined;
  try {
    lexicon = new SpellingLexicon(JSON.parse(readDataFile(dataDir, parts).toString('utf8')) as SpellingLexiconFile);
  } catch (e) {
    complain?.(`spelling word lists (${path}) could not be read: ${(e as Error).message}; unknown words are judged by the dictionaries alone`);
  }
  loaded.set(path, lexicon);
  return lexicon;
}
