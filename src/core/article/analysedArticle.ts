// One analysis of one version of an article, computed once and shared by every
// feature: the name checks, the preview renderer and See also (and spelling, when it
// comes). Each part is computed on first use and kept: a feature pays only for what it
// reads, and no part is ever computed twice for the same text.
import { scanAtoms, type Atom } from '../text/atoms';
import { LineIndex } from '../text/lineIndex';
import { splitFrontMatter, type SplitArticle } from './frontMatter';
import { parseBlocks, parseInlines, type Token } from './markdown';
import { mapProseOf, type ProseMap } from './prose';

/** How many times each part was computed, for tests that count work per keystroke. */
export interface AnalysisCounters {
  analyses: number;
  blockParses: number;
  inlineParses: number;
}

export class AnalysedArticle {
  private _lines?: LineIndex;
  private _split?: SplitArticle;
  private _blockTokens?: Token[];
  private _inlineParsed = false;
  private _prose?: ProseMap;
  private _atoms?: Atom[][];
  /** markdown-it's environment: reference definitions found by the block phase are used by the inline phase. */
  private readonly env: Record<string, unknown> = {};

  constructor(
    readonly text: string,
    private readonly counters?: AnalysisCounters,
  ) {
    if (counters) counters.analyses++;
  }

  /** Offsets ⇄ lines, with `\r\n`, `\n` and a lone `\r` as line ends. */
  get lines(): LineIndex {
    return (this._lines ??= new LineIndex(this.text));
  }

  /** The front matter (fields with offsets, or the error) and where the body starts. */
  get frontMatter(): SplitArticle {
    return (this._split ??= splitFrontMatter(this.text, this.lines));
  }

  /** Offset where the Markdown body starts (after the front matter). */
  get bodyStart(): number {
    return this.frontMatter.bodyStart;
  }

  /** 0-based line of the body's first line: markdown-it's line maps count from there. */
  get bodyLine(): number {
    return this.lines.lineAt(this.bodyStart);
  }

  /** The body's block tokens; `inline` tokens may have no children yet (see `tokens`). */
  get blockTokens(): readonly Token[] {
    if (!this._blockTokens) {
      this._blockTokens = parseBlocks(this.text.slice(this.bodyStart), this.env);
      if (this.counters) this.counters.blockParses++;
    }
    return this._blockTokens;
  }

  /**
   * The body's full token stream, inline children included. Shared: a reader must not
   * change these tokens (the preview renders from copies of the ones it alters).
   */
  get tokens(): readonly Token[] {
    const tokens = this.blockTokens as Token[];
    if (!this._inlineParsed) {
      parseInlines(tokens, this.env);
      this._inlineParsed = true;
      if (this.counters) this.counters.inlineParses++;
    }
    return tokens;
  }

  /** Where the prose is, and the text with everything else masked. */
  get prose(): ProseMap {
    return (this._prose ??= mapProseOf(this.text, this.frontMatter, this.blockTokens, this.lines));
  }

  /** The prose map if something has computed it already (readers that can do with less ask here first). */
  get proseIfComputed(): ProseMap | undefined {
    return this._prose;
  }

  /** Atoms of prose block `i`, with offsets relative to the block's start. */
  atomsOf(i: number): Atom[] {
    this._atoms ??= new Array<Atom[]>(this.prose.blocks.length);
    const [start, end] = this.prose.blocks[i];
    return (this._atoms[i] ??= scanAtoms(this.prose.masked.slice(start, end)));
  }
}

/** The analysis of a text (adapters keep one per document version; see ArticleAnalyses). */
export function analyseArticle(text: string, counters?: AnalysisCounters): AnalysedArticle {
  return new AnalysedArticle(text, counters);
}

/** The prose map of a text (a convenience for tests and one-off callers). */
export function mapProse(text: string): ProseMap {
  return analyseArticle(text).prose;
}
