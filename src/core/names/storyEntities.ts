// "People and organisations in this story": the entities an article names, grouped by kind,
// with how often and where, and which are flagged. Pure: built from the same mentions and
// findings the diagnostics use; the tree view only draws it.
import type { NameMention } from '../entities/nameChecker';
import type { EntityKind, EntityRecord, Finding } from '../entities/types';
import type { EntityLookup } from './entityCard';

export interface StoryOccurrence {
  start: number;
  end: number;
  text: string;
  /** The finding at this span, if the name is flagged there. */
  finding?: Finding;
}

export interface StoryEntity {
  entity: EntityRecord;
  /** Correct mentions (known wrong forms and flagged spans are in `flagged`). */
  mentions: number;
  flagged: number;
  /** Every occurrence in text order, flagged ones included. */
  occurrences: StoryOccurrence[];
}

export interface StoryGroup {
  kind: EntityKind;
  label: string;
  entities: StoryEntity[];
}

const GROUPS: Array<[EntityKind, string]> = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['country', 'Countries'],
  ['place', 'Places'],
  ['event', 'Events'],
  ['other', 'Other names'],
];

/**
 * Groups the article's entities by kind (people first), each sorted by first appearance.
 * A flagged name counts for the entity it was meant to be, even when it is not a known form.
 */
export function storyEntities(mentions: readonly NameMention[], findings: readonly Finding[], lookup: EntityLookup): StoryGroup[] {
  const byId = new Map<string, StoryEntity & { first: number }>();
  const entry = (id: string, at: number) => {
    let e = byId.get(id);
    if (!e) {
      const entity = lookup.entity(id);
      if (!entity) return undefined;
      e = { entity, mentions: 0, flagged: 0, occurrences: [], first: at };
      byId.set(id, e);
    }
    e.first = Math.min(e.first, at);
    return e;
  };
  const covered = new Set<Finding>();
  // Findings never overlap each other, nor mentions each other: one sweep pairs them up.
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    while (k < sorted.length && sorted[k].end <= m.start) k++;
    // A finding over this span (a wrong form, or an inconsistent spelling of a known name) wins.
    const finding = k < sorted.length && sorted[k].start < m.end ? sorted[k] : undefined;
    if (finding) covered.add(finding);
    const e = entry(finding?.entityId ?? m.entityId, m.start);
    if (!e) continue;
    if (finding || m.role === 'wrong') e.flagged++;
    else e.mentions++;
    e.occurrences.push({ start: m.start, end: m.end, text: m.text, finding });
  }
  for (const f of findings) {
    if (covered.has(f) || !f.entityId) continue;
    const e = entry(f.entityId, f.start);
    if (!e) continue;
    e.flagged++;
    e.occurrences.push({ start: f.start, end: f.end, text: f.text, finding: f });
  }
  const groups: StoryGroup[] = [];
  for (const [kind, label] of GROUPS) {
    const entities = [...byId.values()].filter((e) => e.entity.kind === kind).sort((a, b) => a.first - b.first);
    if (!entities.length) continue;
    groups.push({
      kind,
      label,
      entities: entities.map(({ first: _first, ...e }) => ({ ...e, occurrences: e.occurrences.sort((a, b) => a.start - b.start) })),
    });
  }
  return groups;
}
