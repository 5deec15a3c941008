// Confusable names: a correct word written where another entity is meant,
// flagged only where the context is strong ("Columbia" among Latin American
// countries is Colombia; Columbia University and British Columbia are not).
import type { CheckContext } from '../context';
import type { Finding } from '../types';

export interface ConfusableRule {
  written: string;
  meant: string;
  explain: string;
  /** Words that, in the same sentence, show the `meant` entity is meant. */
  context: string[];
  /** Capitalised words after `written` that make it some other name. */
  notBefore: string[];
  /** Words before `written` that make it some other name. */
  notAfter: string[];
  /** Capitalised words after `meant` that make it a name spelled with `written` ("Colombia University"). */
  meantNeverBefore?: string[];
  /** Words before `meant` that make it a name spelled with `written` ("British Colombia", "District of Colombia"). */
  meantNeverAfter?: string[];
  sources: string[];
}

export function findConfusables(ctx: CheckContext, rules: readonly ConfusableRule[], article = false): Finding[] {
  const out: Finding[] = [];
  if (rules.length === 0) return out;
  for (const block of ctx.blocks) {
    const { atoms } = block;
    const slice = ctx.text.slice(block.start, block.end);
    if (!rules.some((r) => slice.includes(r.written) || (!article && slice.includes(r.meant)))) continue;
    for (let i = 0; i < atoms.length; i++) {
      const a = atoms[i];
      for (const rule of rules) {
        if (!article && a.base === rule.meant) {
          // The other way round: the country's spelling inside a name that is the other word's
          // ("Colombia University", "British Colombia", "District of Colombia").
          const next = atoms[i + 1];
          const before = next && next.gap === ' ' && a.text === a.base && next.capitalized && (rule.meantNeverBefore ?? []).includes(next.base);
          const words = (n: number) => (i - n >= 0 && atoms.slice(i - n + 1, i + 1).every((x) => x.gap === ' ') ? atoms.slice(i - n, i).map((x) => x.base).join(' ') : undefined);
          const after = (rule.meantNeverAfter ?? []).find((w) => words(w.split(' ').length) === w);
          if (!before && !after) continue;
          out.push({
            start: block.start + a.start,
            end: block.start + a.end,
            code: 'confusable-name',
            severity: 'warning',
            message: `“${before ? `${a.base} ${next.base}` : `${after} ${a.base}`}” is spelled with “${rule.written}”: ${rule.explain}`,
            suggestions: [rule.written + a.text.slice(a.base.length)],
            text: a.text,
          });
          continue;
        }
        if (a.base !== rule.written) continue;
        const next = atoms[i + 1];
        const prev = atoms[i - 1];
        if (next && next.gap !== 'break' && rule.notBefore.includes(next.base)) continue;
        if (prev && a.gap !== 'break' && rule.notAfter.includes(prev.base)) continue;
        const inSentence = sentenceHasContext(ctx, block.start, block.end, block.start + a.start, block.start + a.end, rule.context);
        // Block by block, the sentence shows the country; over the whole article, the rest of it does.
        if (article ? inSentence || !articlePointsTo(ctx, rule.meant, block, i) : !inSentence) continue;
        if (ctx.registry.isAccepted(a.base)) continue;
        out.push({
          start: block.start + a.start,
          end: block.start + a.end,
          code: 'confusable-name',
          severity: 'warning',
          message: `“${a.base}” here reads as the country: ${rule.explain}`,
          suggestions: [rule.meant + a.text.slice(a.base.length)],
          text: a.text,
        });
      }
    }
  }
  return out;
}

const contextPatterns = new WeakMap<string[], RegExp>();

/** One regex for all of a rule's context words, built once. */
function contextPattern(words: string[]): RegExp {
  let re = contextPatterns.get(words);
  if (!re) {
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives})(?:$|[^\\p{L}])`, 'u');
    contextPatterns.set(words, re);
  }
  return re;
}

function sentenceHasContext(ctx: CheckContext, blockStart: number, blockEnd: number, start: number, end: number, words: string[]): boolean {
  const text = ctx.masked;
  let s = start;
  while (s > blockStart && !(/[.!?]/.test(text[s - 2]) && /\s/.test(text[s - 1]))) s--;
  let e = end;
  while (e < blockEnd && !/[.!?]/.test(text[e])) e++;
  return contextPattern(words).test(text.slice(s, start) + ' ' + text.slice(end, e));
}

/**
 * True when the rest of the article shows the meant country: it names the country itself (or its
 * adjective) in another sentence, or two things of it the knowledge places there (Bogotá, Gustavo
 * Petro, Ecopetrol). The word written must stand alone: not inside a longer known name, not a
 * town's address ("Columbia, Missouri"), and the article must give the meant country only.
 */
function articlePointsTo(ctx: CheckContext, meant: string, at: CheckContext['blocks'][number], i: number): boolean {
  const own = at.mentionAt[i];
  if (own && (own.first !== i || own.last !== i || own.form.entity.kind !== 'place')) return false;
  const next = at.atoms[i + 1];
  if (next && ctx.text.slice(at.start + at.atoms[i].end, at.start + next.start) === ', ' && next.capitalized) return false;
  const memo = pointsMemo.get(ctx) ?? pointsMemo.set(ctx, new Map()).get(ctx)!;
  let answer = memo.get(meant);
  if (answer === undefined) {
    const key = meant.toLowerCase();
    let country: string | undefined;
    const pieces = new Set<string>();
    let named = false;
    for (const block of ctx.blocks)
      for (const m of block.mentions) {
        const e = m.form.entity;
        if (e.kind === 'country' && e.name.toLowerCase() === key) {
          country = e.id;
          named = true;
        }
      }
    for (const block of ctx.blocks)
      for (const m of block.mentions) {
        const e = m.form.entity;
        if (e.kind === 'country' || !e.country) continue;
        if (country ? e.country === country : e.country === `country:${key}`) pieces.add(e.id);
      }
    answer = named || pieces.size >= 2;
    memo.set(meant, answer);
  }
  return answer;
}

const pointsMemo = new WeakMap<CheckContext, Map<string, boolean>>();
