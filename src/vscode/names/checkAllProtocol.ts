// Messages between Check All Articles (extension host) and its worker (dist/checkAllWorker.js).
// Plain data only: they are structured-cloned across threads.
import type { HouseList } from '../../core/entities/registry';
import type { Finding, Severity } from '../../core/entities/types';

export interface CheckAllWorkerData {
  /** The extension's data/ folder (the built-in knowledge). */
  dataDir: string;
}

export type CheckAllRequest =
  /** A checker for a folder's house list (undefined: built-in knowledge only); sent once before its first use. */
  | { type: 'checker'; checker: number; house: HouseList | undefined }
  /** The host no longer uses this checker (its house list changed). */
  | { type: 'drop'; checker: number }
  /** Read a file from disk and check it. */
  | { type: 'check'; id: number; path: string; checker: number; severity: Severity; ignore: string[]; maxBytes: number };

/** A finding with its offsets as line and character, as the editor shows them. */
export interface PlacedFinding {
  finding: Finding;
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export type CheckAllResponse =
  /** `findings` undefined: nothing to show (unreadable, not text, over the size limit). */
  | { type: 'done'; id: number; findings: PlacedFinding[] | undefined }
  | { type: 'failed'; id: number; message: string };
