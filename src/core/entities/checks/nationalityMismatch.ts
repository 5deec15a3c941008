// A nationality that does not fit the person it introduces, when the two
// countries are easily confused in writing ("Austrian Prime Minister Anthony
// Albanese" for Australian, "Slovenian Prime Minister Robert Fico" for Slovak).
import { editDistance } from '../editDistance';
import { isTitleWord } from '../titles';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import type { CountryPartners } from './confusableCountries';

export function findNationalityMismatches(ctx: CheckContext, partners: CountryPartners = new Map()): Finding[] {
  const out: Finding[] = [];
  const reg = ctx.registry;
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (const m of block.mentions) {
      const person = m.form.entity;
      if (person.kind !== 'person' || !person.country || m.form.keys.length < 2) continue;
      const home = reg.entities.get(person.country);
      if (!home?.adjectives?.length) continue;
      // Walk back over the title ("Prime Minister", "former President") to the nationality.
      let k = m.first - 1;
      let titles = 0;
      while (k >= 0 && titles < 4 && isTitleWord(atoms[k].key) && atoms[k + 1].gap === ' ') {
        k--;
        titles++;
      }
      if (k < 0 || titles === 0 || atoms[k + 1].gap !== ' ') continue;
      const adj = atoms[k];
      const part = reg.countryParts.get(adj.key);
      if (!part || part.role !== 'adjective' || part.country.id === home.id) continue;
      // "South Korean" is one adjective: the word before may complete it.
      const before = k > 0 && atoms[k].gap === ' ' ? `${atoms[k - 1].key} ${adj.key}` : adj.key;
      if (home.adjectives.some((a) => a.toLowerCase() === adj.key || a.toLowerCase() === before)) continue;
      const right = home.adjectives.find((a) => !/\s/.test(a)) ?? home.adjectives[0];
      // Only spellings that are easy to confuse: a different country on purpose is a fact to check, not a typo.
      // (or countries the confusable pairs hold: Dutch and Danish).
      const paired = partners.get(home.id)?.includes(part.country.id) ?? false;
      if (!paired && !(adj.key.slice(0, 3) === right.toLowerCase().slice(0, 3) || editDistance(adj.key, right.toLowerCase(), 3) <= 3)) continue;
      out.push({
        start: adj.start,
        end: adj.end,
        code: 'confusable-name',
        severity: 'warning',
        message: `“${adj.text}” does not fit ${person.name}${person.description ? ` (${person.description})` : ''}: ${home.name} is ${right}.`,
        suggestions: [right],
        text: adj.text,
        entityId: home.id,
      });
    }
  }
  return out;
}
