// The name checker over the repository's built-in knowledge (data/), loaded once per test
// process and shared by the suites that test checks against real data, and the confusable
// findings of a text as [written, first fix] pairs.
import { join } from 'node:path';
import { createNameChecker } from '../../../src/core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../../src/node/knowledgeFiles';

export const repoRoot = join(__dirname, '..', '..', '..', '..');
export const builtInChecker = createNameChecker(loadBuiltInKnowledge(join(repoRoot, 'data')));

export function confusableFlags(text: string): Array<[string, string | undefined]> {
  return builtInChecker
    .check(text)
    .filter((f) => f.code === 'confusable-name')
    .map((f) => [f.text, f.suggestions[0]]);
}
