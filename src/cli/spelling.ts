// `copydesk check --spelling`: the name-aware spelling check in the terminal,
// with cspell-lib in-process (no worker: the CLI has no editor to keep
// responsive). Same findings, same JSON shape as names; `code` is
// "copydesk.spelling". The team's cspell configuration is found from each
// file's folder, as Code Spell Checker and the cspell CLI find it.
import { pathToFileURL } from 'node:url';
import type { AnalysedArticle } from '../core/article/analysedArticle';
import type { NameChecker } from '../core/entities/nameChecker';
import type { Finding } from '../core/entities/types';
import { nameVocabulary } from '../core/spelling/names';
import { SpellingChecker } from '../core/spelling/spellingChecker';
import type { SpellingFinding } from '../core/spelling/types';
import { CspellEngine } from '../node/spelling/cspellEngine';
import { loadSpellingLexicon } from '../node/spelling/lexiconFile';
import { join } from 'node:path';

export interface CliSpelling {
  /** Spelling findings of one file's analysis, given its name findings (their spans are not flagged twice). */
  check(file: string, article: AnalysedArticle, names: readonly Finding[]): Promise<SpellingFinding[]>;
}

export function createCliSpelling(names: NameChecker, complain: (message: string) => void): CliSpelling {
  // dist/cli.js: the dictionaries are in dist/node_modules beside it (copied by esbuild.js).
  const engine = new CspellEngine(__dirname, { terms: 'first' });
  const checker = new SpellingChecker(engine, nameVocabulary(names.registry), loadSpellingLexicon(join(__dirname, '..', 'data'), complain));
  const reported = new Set<string>();
  return {
    async check(file, article, flagged) {
      const uri = pathToFileURL(file).href;
      const result = await checker.checkArticle(article, { uri, flagged, severity: 'information', language: process.env.COPYDESK_SPELLING_LANGUAGE || undefined });
      engine.forget(uri);
      for (const e of result.errors ?? []) if (!reported.has(e) && reported.add(e)) complain(`cspell configuration: ${e}`);
      return result.findings;
    },
  };
}
