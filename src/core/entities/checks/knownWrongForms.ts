// Known wrong forms: corruptions and misnamings that are never right
// ("Govt-19" for COVID-19, "Leaders for Democracy" for the Summit for Democracy).
import { withPossessive, type CheckContext } from '../context';
import type { Finding } from '../types';

export function findKnownWrongForms(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      if (m.form.role !== 'wrong') continue;
      const e = m.form.entity;
      const text = ctx.text.slice(m.start, m.end);
      // Written as words, not as a name, it is the words: "before a national audience" is no
      // National High Court in a literal rendering ("National Audience").
      if (block.atoms.slice(m.first, m.last + 1).some((a) => a.key.length >= 4 && !a.capitalized)) continue;
      const last = block.atoms[m.last];
      const fix = withPossessive(last.text, last.base, e.name);
      const alternatives = [e.name, ...(e.aliases ?? [])].filter((f, i, all) => all.indexOf(f) === i).map((f) => withPossessive(last.text, last.base, f));
      out.push({
        start: m.start,
        end: m.end,
        code: 'known-wrong-form',
        severity: 'warning',
        message: `“${text}” is a known wrong form of ${e.name}.`,
        suggestions: [fix, ...alternatives.filter((a) => a !== fix)].slice(0, 4),
        text,
        entityId: e.id,
      });
    }
  }
  return out;
}
