// Runs every name check over an article and returns findings sorted by
// position, one per span (the most specific check wins an overlap). Blocks
// are cached by their text, so re-checking after a one-word edit only
// re-reads the paragraph that changed.
import { analyseArticle, type AnalysedArticle } from '../article/analysedArticle';
import type { Atom } from '../text/atoms';
import { findMentions, type Block, type CheckContext, type Mention, type PendingFinding } from './context';
import type { EntityRegistry } from './registry';
import type { Finding, FindingCode, Severity } from './types';
import { findKnownWrongForms } from './checks/knownWrongForms';
import { findNearMisses } from './checks/nearMiss';
import { findInconsistentNames } from './checks/consistency';
import { findAcronymMismatches } from './checks/acronymMismatch';
import { findImpossibleCompounds } from './checks/impossibleCompound';
import { findConfusables, type ConfusableRule } from './checks/confusables';
import { findNationalityMismatches } from './checks/nationalityMismatch';
import { findUnknownNameVariants } from './checks/unknownNameVariants';

export interface CheckOptions {
  /** Severity for every finding (adapters map it to their own levels). */
  severity?: Severity;
  /** Texts to leave alone in this document ("ignore in this file"). */
  ignore?: ReadonlySet<string>;
  /** How much of an article to check at most; MAX_CHECKED_CHARS unless given (tests use less). */
  maxCheckedChars?: number;
}

/** Checks earlier in this list win when two findings overlap. */
const PRIORITY: FindingCode[] = ['known-wrong-form', 'acronym-mismatch', 'impossible-compound', 'inconsistent-name', 'near-miss', 'confusable-name'];

/** Articles past this size are checked in their first part only (the adapters also enforce a size limit). */
export const MAX_CHECKED_CHARS = 8_000_000;

/** What one check of an article found. */
export interface NameCheckResult {
  findings: Finding[];
  /**
   * Set when the article is longer than MAX_CHECKED_CHARS: only its first `checkedChars`
   * characters were checked. Adapters show `message`; nothing is truncated silently.
   */
  truncated?: { checkedChars: number; totalChars: number; message: string };
}

interface CachedBlock {
  atoms: Atom[];
  mentions: Mention[];
  mentionAt: Array<Mention | undefined>;
  /** Findings of the checks that only look inside one block, relative to the block's start. */
  local: PendingFinding[];
}

export class NameChecker {
  private cache = new Map<string, CachedBlock>();

  constructor(
    readonly registry: EntityRegistry,
    private readonly confusables: readonly ConfusableRule[] = [],
  ) {}

  /** Checks a text (a convenience for the CLI and tests; adapters pass their shared analysis to `checkArticle`). */
  check(text: string, options: CheckOptions = {}): Finding[] {
    return this.checkArticle(analyseArticle(text), options).findings;
  }

  /** Checks an analysed article. */
  checkArticle(article: AnalysedArticle, options: CheckOptions = {}): NameCheckResult {
    let truncated: NameCheckResult['truncated'];
    const limit = options.maxCheckedChars ?? MAX_CHECKED_CHARS;
    if (article.text.length > limit) {
      truncated = {
        checkedChars: limit,
        totalChars: article.text.length,
        message: `Only the first ${limit.toLocaleString('en-US')} of ${article.text.length.toLocaleString('en-US')} characters were checked for names.`,
      };
      article = analyseArticle(article.text.slice(0, limit));
    }
    const { text } = article;
    const prose = article.prose;
    const blocks: Block[] = [];
    const all: PendingFinding[] = [];
    const nextCache = new Map<string, CachedBlock>();
    prose.blocks.forEach(([start, end], i) => {
      const original = text.slice(start, end);
      let cached = this.cache.get(original) ?? nextCache.get(original);
      if (!cached) cached = this.analyseBlock(original, prose.masked.slice(start, end), article.atomsOf(i));
      nextCache.set(original, cached);
      blocks.push({ start, end, atoms: cached.atoms, mentions: cached.mentions, mentionAt: cached.mentionAt });
      for (const f of cached.local) all.push({ ...f, start: f.start + start, end: f.end + start });
    });
    this.cache = nextCache;
    this.lastBlocks = { article, blocks };
    // Checks that compare blocks with each other run on every check; they only walk the mentions.
    const ctx: CheckContext = { text, masked: prose.masked, blocks, registry: this.registry };
    // NOTE: loops, not push(...spread): an article can have more findings than a call has arguments.
    for (const found of [findImpossibleCompounds(ctx), findInconsistentNames(ctx), findUnknownNameVariants(ctx)]) for (const f of found) all.push(f);
    const confirmed = confirmPending(all, blocks);
    // Names the newsroom accepted are never flagged, whichever check found them.
    const accepted = this.registry.accepted.size ? confirmed.filter((f) => !this.registry.isAccepted(f.text.replace(/['’]s$/, ''))) : confirmed;
    return truncated ? { findings: resolveOverlaps(accepted, options), truncated } : { findings: resolveOverlaps(accepted, options) };
  }

  /** True when `article` is the one this checker checked last (its mentions are at hand). */
  hasChecked(article: AnalysedArticle): boolean {
    return this.lastBlocks?.article === article;
  }

  /** The blocks of the last check, so `entitiesIn` reuses them for the same analysis. */
  private lastBlocks: { article: AnalysedArticle; blocks: Block[] } | undefined;

  /** Atoms, known names and the findings that depend on this block alone (cached by its text). */
  private analyseBlock(original: string, masked: string, atoms: Atom[]): CachedBlock {
    const found = findMentions(atoms, this.registry);
    const block: Block = { start: 0, end: original.length, atoms, ...found };
    const ctx: CheckContext = { text: original, masked, blocks: [block], registry: this.registry };
    const local: PendingFinding[] = [];
    for (const found of [findKnownWrongForms(ctx), findAcronymMismatches(ctx), findNearMisses(ctx), findConfusables(ctx, this.confusables), findNationalityMismatches(ctx)]) {
      for (const f of found) local.push(f);
    }
    return { atoms, ...found, local };
  }

  /** Entity ids named in an article (for ranking related articles): the mentions of its last check when there was one. */
  entitiesIn(article: AnalysedArticle | string): string[] {
    if (typeof article === 'string') article = analyseArticle(article);
    const ids = new Set<string>();
    const add = (mentions: readonly Mention[]) => {
      for (const m of mentions) if (m.form.role !== 'wrong') ids.add(m.form.entity.id);
    };
    if (this.lastBlocks?.article === article) for (const b of this.lastBlocks.blocks) add(b.mentions);
    else for (let i = 0; i < article.prose.blocks.length; i++) add(findMentions(article.atomsOf(i), this.registry).mentions);
    return [...ids];
  }
}

/** Keeps a pending finding only where the article names its entity with the required word. */
function confirmPending(findings: PendingFinding[], blocks: Block[]): Finding[] {
  if (!findings.some((f) => f.requires)) return findings;
  // Entity → the words it is named with; built only for the entities a pending finding asks about.
  const asked = new Map<string, Set<string>>();
  for (const f of findings) if (f.requires && !asked.has(f.requires.entityId)) asked.set(f.requires.entityId, new Set());
  for (const b of blocks) {
    for (const m of b.mentions) {
      const keys = asked.get(m.form.entity.id);
      if (keys) for (const k of m.form.keys) keys.add(k);
    }
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.requires) out.push(f);
    else if (asked.get(f.requires.entityId)!.has(f.requires.key)) {
      const { requires: _, ...finding } = f;
      void _;
      out.push(finding);
    }
  }
  return out;
}

function resolveOverlaps(findings: Finding[], options: CheckOptions): Finding[] {
  const rank = (f: Finding) => PRIORITY.indexOf(f.code);
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept: Finding[] = [];
  // Characters already claimed by a kept finding: linear in the flagged text, whatever the count.
  const taken = new Set<number>();
  for (const f of sorted) {
    if (options.ignore?.has(f.text)) continue;
    let free = true;
    for (let i = f.start; i < f.end && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = f.start; i < f.end; i++) taken.add(i);
    kept.push(options.severity ? { ...f, severity: options.severity } : f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
