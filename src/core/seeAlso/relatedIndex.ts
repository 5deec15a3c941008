// The seam between the See also command (and `copydesk related`) and whatever ranks
// related articles. SeeAlsoIndex, in memory and persisted between sessions, is the one
// implementation shipped; a newsroom's own search engine can be another: an OpenSearch
// or Elasticsearch index answering `query` with a more-like-this query (docs/see-also.md
// maps each call). Paths are the adapter's keys (URIs in VS Code, relative paths in the CLI).
import type { IndexedArticle, SeeAlsoCandidate } from './seeAlsoIndex';

export interface RelatedArticleIndex {
  /** How many articles are indexed. */
  readonly size: number;
  has(path: string): boolean;
  /** Front-matter facts of an indexed article (for inserting a chosen one). */
  get(path: string): IndexedArticle | undefined;
  paths(): string[];
  /** Adds an article or replaces its previous version (`text` is the whole Markdown file). */
  set(path: string, text: string): void;
  remove(path: string): boolean;
  /**
   * The `limit` indexed articles most related to `currentText`, best first, never
   * `currentPath` itself, each with the reasons to show. A remote engine answers
   * asynchronously, so callers await the result.
   */
  query(currentPath: string, currentText: string, limit?: number): SeeAlsoCandidate[] | Promise<SeeAlsoCandidate[]>;
}

/** An index that can be saved and reopened (SeeAlsoIndex.fromSnapshot reads the bytes back). */
export interface PersistentRelatedArticleIndex extends RelatedArticleIndex {
  toSnapshot(fingerprint?: string): Uint8Array;
}
