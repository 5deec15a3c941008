// The adapters' one cache of analysed articles, keyed by URI + version: diagnostics,
// the preview and See also all read the same analysis of a document version (as VS
// Code's Markdown language service keeps one MdDocumentInfoCache entry per document).
// NOTE: no runtime import of 'vscode', so unit tests drive it with plain objects.
import { AnalysedArticle, type AnalysisCounters } from '../core/article/analysedArticle';

/** What the cache needs of a document: a vscode.TextDocument fits. */
export interface VersionedDocument {
  readonly uri: { toString(): string };
  readonly version: number;
  getText(): string;
}

/** Work done, for tests that count it per keystroke burst and for `npm run bench`. */
export interface PipelineCounters extends AnalysisCounters {
  /** Name checks run. */
  checks: number;
  /** Preview renders. */
  renders: number;
}

export class ArticleAnalyses {
  readonly counters: PipelineCounters = { analyses: 0, blockParses: 0, inlineParses: 0, checks: 0, renders: 0 };
  /** One entry per URI: a new version replaces the old one. */
  private readonly entries = new Map<string, { version: number; article: AnalysedArticle }>();

  /** The analysis of the document's current version, made on first request. */
  get(document: VersionedDocument): AnalysedArticle {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.article;
    const article = new AnalysedArticle(document.getText(), this.counters);
    this.entries.set(key, { version: document.version, article });
    return article;
  }

  /**
   * The cached analysis whose text is exactly `text` (an open document's current version),
   * else a new one that is not kept. For callers that hold only text (See also's index).
   */
  forText(text: string): AnalysedArticle {
    for (const { article } of this.entries.values()) if (article.text.length === text.length && article.text === text) return article;
    return new AnalysedArticle(text, this.counters);
  }

  /** Drops a closed document's analysis. */
  forget(uri: { toString(): string }): void {
    this.entries.delete(uri.toString());
  }
}
