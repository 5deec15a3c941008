// A stand-in for the entity engine's `namesOf`: a fixed list of names and the ids
// they stand for, matched as whole words. Shared by the See-also unit tests.
import * as fs from 'node:fs';
import * as path from 'node:path';

const NAMES: Record<string, { id: string; label: string }> = {};
function name(id: string, label: string, ...forms: string[]): void {
  for (const f of [label, ...forms]) NAMES[f] = { id, label };
}
name('person:wang-yi', 'Wang Yi');
name('person:sergei-lavrov', 'Sergei Lavrov', 'Lavrov');
name('person:xi-jinping', 'Xi Jinping');
name('person:vladimir-putin', 'Vladimir Putin', 'Putin');
name('person:olaf-scholz', 'Olaf Scholz', 'Scholz');
name('person:lula', 'Luiz Inácio Lula da Silva', 'Lula');
name('person:jair-bolsonaro', 'Jair Bolsonaro', 'Bolsonaro');
name('person:christine-lagarde', 'Christine Lagarde', 'Lagarde');
name('person:mario-draghi', 'Mario Draghi');
name('person:joe-biden', 'Joe Biden');
name('org:united-nations', 'United Nations');
name('org:g20', 'Group of Twenty', 'G20');
name('org:european-union', 'European Union');
name('country:china', 'China');
name('country:russia', 'Russia');
name('country:brazil', 'Brazil');

const FORMS = Object.keys(NAMES).sort((a, b) => b.length - a.length);
const RE = new RegExp(`\\b(?:${FORMS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gu');

export function namesOf(text: string): string[] {
  return [...new Set([...text.matchAll(RE)].map((m) => NAMES[m[0]].id))];
}

export function nameLabel(id: string): string {
  return Object.values(NAMES).find((n) => n.id === id)?.label ?? id;
}

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/seealso');

/** Every fixture article as [workspace-relative path, text]. */
export function readFixtures(dir = FIXTURES): [string, string][] {
  const out: [string, string][] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith('.md')) out.push([r, fs.readFileSync(path.join(dir, r), 'utf8')]);
    }
  };
  walk('');
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}
