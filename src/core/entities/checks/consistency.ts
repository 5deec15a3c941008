// Inconsistent spellings of one entity inside one article ("Sergei Lavrov" …
// "Sergey Lavrov"; "Zelenskyy" … "Zelensky"). The house-preferred spelling wins
// when the house list sets one; otherwise the spelling used most (at a tie the
// canonical one, then the first).
import { formKeys, scanAtoms } from '../../text/atoms';
import { withPossessive, type CheckContext, type Mention, type Block } from '../context';
import type { NameForm } from '../registry';
import type { Finding } from '../types';
import { isTitleWord } from '../titles';
import { foldMarks } from '../fold';

export function findInconsistentNames(ctx: CheckContext): Finding[] {
  return [...findVariantClashes(ctx), ...findSeparatorClashes(ctx), ...findAccentClashes(ctx)];
}

/**
 * A word of a known name written with other accents than the article writes it in that name
 * ("Maroš Šefčović" … "Šefčovič"): the marks are a slip. Without any accents ("Sefcovic")
 * a spelling is the writer's choice, and capitals drop them in datelines ("BELÉM").
 */
function findAccentClashes(ctx: CheckContext): Finding[] {
  const marked = /[^\x00-\x7f]/;
  // Accented words of known names as the article writes them, by their folded form.
  const right = new Map<string, { word: string; entity: string; name: string }>();
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      if (m.form.role === 'wrong' || m.form.role === 'acronym') continue;
      for (let k = m.first; k <= m.last; k++) {
        const a = block.atoms[k];
        if (marked.test(a.base) && a.base !== a.base.toUpperCase() && !right.has(foldMarks(a.base))) right.set(foldMarks(a.base), { word: a.base, entity: m.form.entity.id, name: m.form.entity.name });
      }
    }
  }
  if (right.size === 0) return [];
  const out: Finding[] = [];
  for (const block of ctx.blocks) {
    block.atoms.forEach((a, k) => {
      if (!a.capitalized || block.mentionAt[k] || !marked.test(a.base) || a.base === a.base.toUpperCase()) return;
      const model = right.get(foldMarks(a.base));
      if (!model || model.word === a.base || ctx.registry.isAccepted(a.base)) return;
      out.push({
        start: block.start + a.start,
        end: block.start + a.end,
        code: 'inconsistent-name',
        severity: 'warning',
        message: `“${a.base}” has other accents than “${model.word}” elsewhere in this article (${model.name}).`,
        suggestions: [withPossessive(a.text, a.base, model.word)],
        text: a.text,
        entityId: model.entity,
      });
    });
  }
  return out;
}

/**
 * The same name with its words joined differently ("Yoon Suk Yeol" … "Yoon Suk-yeol"): the way the
 * entity's own name joins them wins ("Freeport McMoran" … "Freeport-McMoran's": Freeport-McMoRan),
 * else the way the article uses most, at a tie the first. Letter case is not compared (headlines
 * capitalise after hyphens).
 */
function findSeparatorClashes(ctx: CheckContext): Finding[] {
  const byName = new Map<string, Array<{ joins: string; text: string; block: Block; m: Mention }>>();
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      if (m.form.keys.length < 2 || m.form.role === 'wrong' || m.form.role === 'acronym') continue;
      // A name hyphenated into a longer word is that word's ("the Reinhold-Würth-Hochschule"), not the name joined another way.
      if (block.atoms[m.last + 1]?.gap === '-') continue;
      let joins = '';
      for (let k = m.first + 1; k <= m.last; k++) joins += block.atoms[k].gap;
      const id = `${m.form.entity.id}|${m.form.keys.join(' ')}`;
      const last = block.atoms[m.last];
      const text = ctx.text.slice(block.start + m.start, block.start + m.end - (last.text.length - last.base.length));
      const uses = byName.get(id);
      if (uses) uses.push({ joins, text, block, m });
      else byName.set(id, [{ joins, text, block, m }]);
    }
  }
  const out: Finding[] = [];
  for (const uses of byName.values()) {
    if (uses.every((u) => u.joins === uses[0].joins)) continue;
    const own = ownJoins(uses[0].m.form);
    const count = (joins: string) => uses.filter((u) => u.joins === joins).length;
    const winner = uses.find((u) => u.joins === own) ?? uses.reduce((best, u) => (count(u.joins) > count(best.joins) ? u : best));
    for (const { joins, block, m } of uses) {
      if (joins === winner.joins) continue;
      const written = ctx.text.slice(block.start + m.start, block.start + m.end);
      if (ctx.registry.isAccepted(written)) continue;
      const last = block.atoms[m.last];
      const where = winner.block.start + winner.m.start < block.start + m.start ? 'earlier' : 'elsewhere';
      out.push({
        start: block.start + m.start,
        end: block.start + m.end,
        code: 'inconsistent-name',
        severity: 'warning',
        message: `“${written}” is written “${winner.text}” ${where} in this article (${m.form.entity.name}).`,
        suggestions: [withPossessive(written, written.slice(0, written.length - (last.text.length - last.base.length)), winner.text)],
        text: written,
        entityId: m.form.entity.id,
      });
    }
  }
  return out;
}

/**
 * How the entity's own name joins the words of this form (spaces, hyphens) where it holds them in
 * a row ("Coca-Cola" in The Coca-Cola Company), else how the form itself is recorded.
 */
function ownJoins(form: NameForm): string | undefined {
  const n = form.keys.length;
  for (const name of [form.entity.name, form.form]) {
    const atoms = scanAtoms(name);
    for (let k = 0; k + n <= atoms.length; k++) {
      if (!form.keys.every((key, j) => atoms[k + j].key === key)) continue;
      const joins = atoms.slice(k + 1, k + n).map((a) => a.gap);
      if (joins.every((g) => g !== 'break')) return joins.join('');
    }
  }
  return undefined;
}

function findVariantClashes(ctx: CheckContext): Finding[] {
  const byEntity = new Map<string, Array<{ m: Mention; block: Block }>>();
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      const r = m.form.role;
      if (r === 'wrong' || r === 'acronym' || r === 'adjective' || r === 'demonym' || r === 'combining') continue;
      const e = m.form.entity;
      if (!e.variants?.length && !ctx.registry.preferred.has(e.id)) continue;
      const list = byEntity.get(e.id);
      if (list) list.push({ m, block });
      else byEntity.set(e.id, [{ m, block }]);
    }
  }
  const out: Finding[] = [];
  for (const [id, uses] of byEntity) {
    const preferred = ctx.registry.preferred.get(id);
    const preferredFamily = preferred !== undefined ? familyOf(uses[0].m.form, preferred) : undefined;
    // Spellings that say nothing about the variant ("Lavrov" for Sergei/Sergey) are neutral.
    const telling = uses.filter((u) => u.m.form.family !== '' || hasVariantCounterpart(u.m.form));
    if (telling.length === 0) continue;
    // The house's spelling wins; else the spelling the article uses most; at a tie the
    // canonical one, then the first — never simply the first one written.
    const counts = new Map<string, number>();
    for (const u of telling) counts.set(u.m.form.family, (counts.get(u.m.form.family) ?? 0) + 1);
    const most = Math.max(...counts.values());
    const leaders = [...counts].filter(([, n]) => n === most).map(([f]) => f);
    const winner = preferredFamily ?? (leaders.includes('') ? '' : telling.find((u) => leaders.includes(u.m.form.family))!.m.form.family);
    if (preferredFamily === undefined && telling.every((u) => u.m.form.family === winner)) continue;
    const winnerExample = preferred ?? telling.find((u) => u.m.form.family === winner)?.m.form.form ?? counterpart(telling[0].m.form, winner) ?? uses[0].m.form.entity.name;
    for (const { m, block } of telling) {
      if (m.form.family === winner) continue;
      // Inside another name the old spelling is that name's ("KSR Bangalore station").
      if (insideLongerName(block, m, ctx)) continue;
      const text = ctx.text.slice(block.start + m.start, block.start + m.end);
      if (ctx.registry.isAccepted(text)) continue;
      const replacement = counterpart(m.form, winner);
      if (!replacement) continue;
      const last = block.atoms[m.last];
      const fix = withPossessive(last.text, last.base, replacement);
      const why = preferred !== undefined ? `the house list prefers “${preferred}”` : `this article also writes “${winnerExample}”`;
      out.push({
        start: block.start + m.start,
        end: block.start + m.end,
        code: 'inconsistent-name',
        severity: 'warning',
        message: `“${text}” is spelled differently elsewhere: ${why} (${m.form.entity.name}).`,
        suggestions: [fix],
        text,
        entityId: id,
      });
    }
  }
  return out;
}

/** Words that make an institution of the place before them: "Prince of Songkla University" keeps its own old spelling. */
export const INSTITUTIONS = new Set(['university', 'college', 'school', 'academy', 'institute', 'hospital', 'airport', 'station', 'stadium', 'cathedral', 'museum', 'library']);

/** A capitalised word the knowledge does not hold joined to the mention, or an institution's word after it: it belongs to another name. */
function insideLongerName(block: Block, m: Mention, ctx: CheckContext): boolean {
  const before = m.first > 0 && block.atoms[m.first].gap === ' ' && !block.atoms[m.first].sentenceStart ? block.atoms[m.first - 1] : undefined;
  const after = block.atoms[m.last + 1]?.gap === ' ' ? block.atoms[m.last + 1] : undefined;
  const foreign = (a: typeof before) => a !== undefined && a.capitalized && a.base === a.text && !isTitleWord(a.key) && !ctx.registry.curatedKeys.has(a.key) && !block.mentionAt[block.atoms.indexOf(a)];
  return foreign(before) || foreign(after) || (after !== undefined && after.capitalized && INSTITUTIONS.has(after.key));
}

/** The family of the entity's form spelled like `form`. */
function familyOf(some: NameForm, form: string): string | undefined {
  const keys = formKeys(form).join(' ');
  const e = some.entity;
  const canonical = [e.name, ...(e.aliases ?? []), ...(e.short ?? [])];
  if (canonical.some((f) => formKeys(f).join(' ') === keys)) return '';
  const canonicalKeys = new Set(canonical.flatMap(formKeys));
  return formKeys(form).filter((k) => !canonicalKeys.has(k)).join(' ');
}

/** True when a canonical form has a variant with the same shape (so it tells the family apart). */
function hasVariantCounterpart(form: NameForm): boolean {
  const e = form.entity;
  return (e.variants ?? []).some((v) => formKeys(v).length === form.keys.length && formKeys(v).some((k, i) => k !== form.keys[i]));
}

/** The form of the same entity with the same number of words, spelled in `family`. */
function counterpart(form: NameForm, family: string): string | undefined {
  const e = form.entity;
  const pool =
    family === ''
      ? [e.name, ...(e.aliases ?? []), ...(e.short ?? [])]
      : (e.variants ?? []).filter((v) => familyOf(form, v) === family);
  const same = pool.filter((p) => formKeys(p).length === form.keys.length);
  if (same.length === 0) return undefined;
  // Prefer the candidate that shares the most words with what was written.
  const score = (p: string) => formKeys(p).filter((k, i) => k === form.keys[i]).length;
  return same.sort((a, b) => score(b) - score(a))[0];
}
