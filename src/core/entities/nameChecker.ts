// Runs every name check over an article and returns findings sorted by
// position, one per span (the most specific check wins an overlap). Blocks
// are cached by their text, so re-checking after a one-word edit only
// re-reads the paragraph that changed.
import { mapProse } from '../article/prose';
import { scanAtoms, type Atom } from '../text/atoms';
import { findMentions, type Block, type CheckContext, type Mention, type PendingFinding } from './context';
import type { EntityRegistry, FormRole } from './registry';
import type { Finding, FindingCode, Severity } from './types';
import { findKnownWrongForms } from './checks/knownWrongForms';
import { findNearMisses } from './checks/nearMiss';
import { findInconsistentNames } from './checks/consistency';
import { findAcronymMismatches } from './checks/acronymMismatch';
import { findImpossibleCompounds } from './checks/impossibleCompound';
import { findConfusables, type ConfusableRule } from './checks/confusables';
import { findNationalityMismatches } from './checks/nationalityMismatch';
import { findUnknownNameVariants } from './checks/unknownNameVariants';

/** One known name as written in an article. */
export interface NameMention {
  /** [start, end) UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** How the text names the entity: its name, a short form, an acronym, a known wrong form… */
  role: FormRole;
}

export interface CheckOptions {
  /** Severity for every finding (adapters map it to their own levels). */
  severity?: Severity;
  /** Texts to leave alone in this document ("ignore in this file"). */
  ignore?: ReadonlySet<string>;
}

/** Checks earlier in this list win when two findings overlap. */
const PRIORITY: FindingCode[] = ['known-wrong-form', 'acronym-mismatch', 'impossible-compound', 'inconsistent-name', 'near-miss', 'confusable-name'];

/** Articles past this size are checked in their first part only (the adapters also enforce a size limit). */
export const MAX_CHECKED_CHARS = 8_000_000;

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

  /** A checker over the same knowledge with its own block cache: background work then never evicts the editor's. */
  fork(): NameChecker {
    return new NameChecker(this.registry, this.confusables);
  }

  check(text: string, options: CheckOptions = {}): Finding[] {
    if (text.length > MAX_CHECKED_CHARS) text = text.slice(0, MAX_CHECKED_CHARS);
    const prose = mapProse(text);
    const blocks: Block[] = [];
    const all: PendingFinding[] = [];
    const nextCache = new Map<string, CachedBlock>();
    for (const [start, end] of prose.blocks) {
      const original = text.slice(start, end);
      let cached = this.cache.get(original) ?? nextCache.get(original);
      if (!cached) cached = this.analyseBlock(original, prose.masked.slice(start, end));
      nextCache.set(original, cached);
      blocks.push({ start, end, atoms: cached.atoms, mentions: cached.mentions, mentionAt: cached.mentionAt });
      for (const f of cached.local) all.push({ ...f, start: f.start + start, end: f.end + start });
    }
    this.cache = nextCache;
    // Checks that compare blocks with each other run on every check; they only walk the mentions.
    const ctx: CheckContext = { text, masked: prose.masked, blocks, registry: this.registry };
    all.push(...findImpossibleCompounds(ctx), ...findInconsistentNames(ctx), ...findUnknownNameVariants(ctx));
    const confirmed = confirmPending(all, blocks);
    // Names the newsroom accepted are never flagged, whichever check found them.
    const accepted = this.registry.accepted.size ? confirmed.filter((f) => !this.registry.isAccepted(f.text.replace(/['’]s$/, ''))) : confirmed;
    return resolveOverlaps(accepted, options);
  }

  /** Atoms, known names and the findings that depend on this block alone (cached by its text). */
  private analyseBlock(original: string, masked: string): CachedBlock {
    const atoms = scanAtoms(masked);
    const found = findMentions(atoms, this.registry);
    const block: Block = { start: 0, end: original.length, atoms, ...found };
    const ctx: CheckContext = { text: original, masked, blocks: [block], registry: this.registry };
    const local = [...findKnownWrongForms(ctx), ...findAcronymMismatches(ctx), ...findNearMisses(ctx), ...findConfusables(ctx, this.confusables), ...findNationalityMismatches(ctx)];
    return { atoms, ...found, local };
  }

  /**
   * Every known name in the text with its span and entity, in order (known wrong forms
   * included, with role 'wrong'): what hovers and the entity tree show. Blocks the last
   * check() analysed are reused, so calling this right after check() rescans nothing.
   */
  mentions(text: string): NameMention[] {
    if (text.length > MAX_CHECKED_CHARS) text = text.slice(0, MAX_CHECKED_CHARS);
    const prose = mapProse(text);
    const out: NameMention[] = [];
    for (const [start, end] of prose.blocks) {
      const cached = this.cache.get(text.slice(start, end));
      const found = cached?.mentions ?? findMentions(scanAtoms(prose.masked.slice(start, end)), this.registry).mentions;
      for (const m of found) out.push({ start: m.start + start, end: m.end + start, text: text.slice(m.start + start, m.end + start), entityId: m.form.entity.id, role: m.form.role });
    }
    return out;
  }

  /** Entity ids named in the text (for ranking related articles). */
  entitiesIn(text: string): string[] {
    const prose = mapProse(text);
    const ids = new Set<string>();
    for (const [start, end] of prose.blocks) {
      const atoms = scanAtoms(prose.masked, start, end);
      for (const m of findMentions(atoms, this.registry).mentions) if (m.form.role !== 'wrong') ids.add(m.form.entity.id);
    }
    return [...ids];
  }
}

/** Keeps a pending finding only where the article names its entity with the required word. */
function confirmPending(findings: PendingFinding[], blocks: Block[]): Finding[] {
  if (!findings.some((f) => f.requires)) return findings;
  const named = new Set<string>();
  for (const b of blocks) for (const m of b.mentions) for (const k of m.form.keys) named.add(`${m.form.entity.id}|${k}`);
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.requires) out.push(f);
    else if (named.has(`${f.requires.entityId}|${f.requires.key}`)) {
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
