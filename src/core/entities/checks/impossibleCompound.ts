// Impossible compounds: a hyphenated pair whose two halves name the same
// country ("Sino-Chinese", "Vietnam-Vietnam"). When the article makes the
// partner clear (the other country it names most), the fix uses it:
// "Sino-Chinese" next to Russia → "Sino-Russian".
import type { Atom } from '../../text/atoms';
import type { CheckContext } from '../context';
import type { FormRole } from '../registry';
import type { EntityRecord, Finding } from '../types';

export function findImpossibleCompounds(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const counts = countryCounts(ctx);
  for (const block of ctx.blocks) {
    const { atoms } = block;
    // Counted once per paragraph, on its first compound: a paragraph of many compounds stays linear.
    let local: Map<string, number> | undefined;
    for (let i = 0; i + 1 < atoms.length; i++) {
      const a = atoms[i];
      const b = atoms[i + 1];
      if (b.gap !== '-' || !a.capitalized || !b.capitalized) continue;
      if (i + 2 < atoms.length && atoms[i + 2].gap === '-') continue; // three-way compounds are rare and ambiguous
      const left = ctx.registry.countryParts.get(a.key);
      const right = ctx.registry.countryParts.get(b.key);
      if (!left || !right || left.country.id !== right.country.id) continue;
      const text = ctx.text.slice(block.start + a.start, block.start + b.end);
      if (ctx.registry.isAccepted(text)) continue;
      // The partner is the other country this paragraph names most, then the article.
      local ??= countryCounts({ ...ctx, blocks: [block] });
      const here = local;
      const score = (id: string) => (here.get(id) ?? 0) * 10 + (counts.get(id) ?? 0);
      const partner = [...counts.keys()]
        .filter((id) => id !== left.country.id)
        .map((id) => [id, score(id)] as const)
        .sort((x, y) => y[1] - x[1])[0];
      const suggestions: string[] = [];
      if (partner) {
        const p = ctx.registry.entities.get(partner[0])!;
        const fixed = partForm(p, right.role, b);
        if (fixed) suggestions.push(`${a.text}-${fixed}${b.text.slice(b.base.length)}`);
      }
      const c = left.country.name;
      out.push({
        start: block.start + a.start,
        end: block.start + b.end,
        code: 'impossible-compound',
        severity: 'warning',
        message: `“${text}” pairs ${c} with itself${suggestions.length ? `; the article's other country is ${ctx.registry.entities.get(partner![0])!.name}` : ''}.`,
        suggestions,
        text,
        entityId: left.country.id,
      });
      i++;
    }
  }
  return out;
}

function countryCounts(ctx: CheckContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      const e = m.form.entity;
      const id = e.kind === 'country' ? e.id : e.kind === 'place' || e.kind === 'person' ? e.country : undefined;
      if (!id || !ctx.registry.entities.has(id)) continue;
      counts.set(id, (counts.get(id) ?? 0) + (e.kind === 'country' ? 1 : 0.5));
    }
  }
  return counts;
}

/** The partner country written the way the replaced half was: adjective, name or combining form. */
function partForm(country: EntityRecord, role: FormRole, as: Atom): string | undefined {
  const pick = (xs?: string[]) => xs?.find((x) => !/\s/.test(x));
  let form: string | undefined;
  if (role === 'adjective' || role === 'demonym') form = pick(country.adjectives) ?? country.name;
  else if (role === 'combining') form = pick(country.combiningForms) ?? pick(country.adjectives);
  else form = country.name;
  void as;
  return form;
}
