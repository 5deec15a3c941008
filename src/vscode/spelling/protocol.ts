// Messages between the extension host and the spelling worker (dist/spellWorker.js).
import type { Neighbours, SpellingCheckResult, SpellingRequest } from '../../core/spelling/types';

export type WorkerRequest =
  | { id: number; method: 'check'; request: SpellingRequest }
  | { id: number; method: 'suggest'; uri: string; words: string[]; language?: string }
  | { id: number; method: 'neighbours'; uri: string; words: string[]; language?: string }
  | { id: number; method: 'reset' }
  | { id: number; method: 'warm' }
  | { id: number; method: 'forget'; uri: string };

export type WorkerResponse = { id: number; ok: true; result: SpellingCheckResult | string[][] | Neighbours[] | null } | { id: number; ok: false; error: string };

/** Data the worker needs at start. */
export interface WorkerData {
  /** Folder whose node_modules holds the dictionaries (the extension's root). */
  root: string;
}
