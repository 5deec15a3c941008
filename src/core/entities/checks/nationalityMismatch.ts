// A nationality that does not fit the person it introduces, when the two
// countries are easily confused in writing ("Austrian Prime Minister Anthony
// Albanese" for Australian, "Slovenian Prime Minister Robert Fico" for Slovak).
import { editDistance } from '../editDistance';
import { isConnector } from '../registry';
import { isTitleWord } from '../titles';
import { afterKnownGivenName, introducesNext } from '../evidence';
import { MONTHS, WEEKDAYS } from '../../text/calendar';
import type { CheckContext, Mention, PendingFinding } from '../context';
import type { EntityRecord, Finding } from '../types';
import type { CountryPartners } from './confusableCountries';

/**
 * The apposition after a person: "said Pellegrini, the Slovenian president", "Albanese, the Austrian
 * prime minister". The person is a known one named at the same words, or by the surname of a
 * known person the article names in full. Only countries easy to confuse, as above.
 */
export function findAppositionNationalities(ctx: CheckContext, partners: CountryPartners): Finding[] {
  const out: Finding[] = findSubjectNationalities(ctx, partners);
  const reg = ctx.registry;
  const bySurname = new Map<string, Set<EntityRecord>>();
  for (const block of ctx.blocks)
    for (const m of block.mentions)
      if (m.form.entity.kind === 'person' && m.form.keys.length >= 2) {
        const last = m.form.keys[m.form.keys.length - 1];
        (bySurname.get(last) ?? bySurname.set(last, new Set()).get(last)!).add(m.form.entity);
      }
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (let i = 0; i + 3 < atoms.length; i++) {
      const name = atoms[i];
      if (!name.capitalized || name.text !== name.base) continue;
      if (ctx.text.slice(block.start + name.end, block.start + atoms[i + 1].start) !== ', ' || !['the', 'a'].includes(atoms[i + 1].key)) continue;
      const adj = atoms[i + 2];
      const after = atoms[i + 3];
      if (adj.gap !== ' ' || after.gap !== ' ' || after.capitalized) continue;
      const part = reg.countryParts.get(adj.key);
      if (!part || part.role !== 'adjective') continue;
      // A name after the words in lower case is whom they describe, the next of a list: "the Nigerian
      // novelist Ayọ̀bámi Adébáyọ̀, the American writer Kiley Reid" makes Kiley Reid American.
      if (introducesNext(atoms, i + 3)) continue;
      const m = block.mentionAt[i];
      // After a given name that is not the known person's, the surname is someone else's: "Karl
      // Jakobs, the German physicist" is not Roy Jakobs of Philips.
      if ((!m || m.first === i) && afterKnownGivenName(atoms, i, reg)) continue;
      // A surname alone is the person the article named in full, before any namesake the lists know.
      const known = !m || m.first === i ? bySurname.get(name.key) : undefined;
      let person: EntityRecord | undefined;
      if (known?.size === 1) person = [...known][0];
      else if (m && m.last === i && m.form.entity.kind === 'person') person = m.form.entity;
      if (!person?.country) continue;
      const home = reg.entities.get(person.country);
      if (!home?.adjectives?.length || part.country.id === home.id) continue;
      if (home.adjectives.some((a) => a.toLowerCase() === adj.key)) continue;
      if (!(partners.get(home.id)?.includes(part.country.id) ?? false)) continue;
      const right = home.adjectives.find((a) => !/\s/.test(a)) ?? home.adjectives[0];
      out.push(nationalityFinding(block.start + adj.start, block.start + adj.end, adj.text, person, home, right));
    }
  }
  return out;
}

const WEEK_AND_MONTH = new Set([...WEEKDAYS, ...MONTHS]);


/**
 * "Novartis reported higher sales. The Swedish drugmaker said…": a sentence that opens with
 * "The", a country's adjective and a lower-case noun speaks of the subject of the sentence before,
 * where that sentence names one body or person the curated knowledge places in a country, and
 * nothing else that could be meant (no other name, no country: "Novartis bought an Austrian
 * biotech. The Austrian company…" speaks of the biotech). Only countries easily confused.
 */
function findSubjectNationalities(ctx: CheckContext, partners: CountryPartners): Finding[] {
  const out: Finding[] = [];
  const reg = ctx.registry;
  let prev: { block: CheckContext['blocks'][number]; from: number; to: number } | undefined;
  for (const block of ctx.blocks) {
    const { atoms } = block;
    let from = 0;
    for (let i = 0; i <= atoms.length; i++) {
      if (i < atoms.length && (i === 0 || !atoms[i].sentenceStart)) continue;
      // The sentence [from, i): does it open with "The <adjective> <noun>"?
      const the = atoms[from];
      const adj = atoms[from + 1];
      const noun = atoms[from + 2];
      if (prev && the?.key === 'the' && adj && noun && from + 2 < i && adj.gap === ' ' && noun.gap === ' ' && /^\p{Ll}+$/u.test(noun.text)) {
        const part = reg.countryParts.get(adj.key);
        const subject = part?.role === 'adjective' ? subjectOf(ctx, prev.block, prev.from, prev.to) : undefined;
        const home = subject?.country ? reg.entities.get(subject.country) : undefined;
        if (subject && part && home?.adjectives?.length && part.country.id !== home.id && !home.adjectives.some((a) => a.toLowerCase() === adj.key) && partners.get(home.id)?.includes(part.country.id)) {
          const right = home.adjectives.find((a) => !/\s/.test(a)) ?? home.adjectives[0];
          out.push(nationalityFinding(block.start + adj.start, block.start + adj.end, adj.text, subject, home, right));
        }
      }
      if (i > from) prev = { block, from, to: i };
      from = i;
    }
  }
  return out;
}

/**
 * The one body or person with a country that a sentence is about: its only name besides places,
 * days and a dateline, and no country named.
 */
function subjectOf(ctx: CheckContext, block: CheckContext['blocks'][number], from: number, to: number): EntityRecord | undefined {
  const { atoms } = block;
  let subject: EntityRecord | undefined;
  for (let k = from; k < to; k++) {
    const a = atoms[k];
    const m = block.mentionAt[k];
    // ("on Friday" is no one's surname here.)
    if (WEEK_AND_MONTH.has(a.key)) continue;
    if (m) {
      const e = m.form.entity;
      if (e.kind === 'place') continue;
      if ((e.kind !== 'organization' && e.kind !== 'person') || !e.country || ctx.registry.isListed(e) || (subject && subject.id !== e.id)) return undefined;
      if (e.kind === 'person' && m.form.keys.length < 2 && !subject) return undefined;
      subject = e;
      continue;
    }
    if (!a.capitalized || isTitleWord(a.key)) continue;
    // "BASEL —": a dateline's capitals, and the sentence's first word.
    if (/^\p{Lu}+$/u.test(a.base) && k === from) continue;
    if (k === from && ctx.registry.ordinaryWords.has(a.key)) continue;
    return undefined;
  }
  return subject;
}

export function findNationalityMismatches(ctx: CheckContext, partners: CountryPartners = new Map()): Finding[] {
  const out: Finding[] = [];
  const reg = ctx.registry;
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (const f of bodyNationalities(ctx, block, partners)) out.push(f);
    for (const m of block.mentions) {
      const person = m.form.entity;
      if (person.kind !== 'person' || !person.country || m.form.keys.length < 2) continue;
      const home = reg.entities.get(person.country);
      if (!home?.adjectives?.length) continue;
      // "Slovakia's Darko Jorgić": the curated person's country in the possessive (the lists' people
      // carry countries of birth, not of the flag they compete under).
      // (People of the second tier written from Wikipedia carry their nationality: "Spain's Agustín Tapia".)
      const owned = reg.isListed(person) && !nationalityKnown(person) ? undefined : possessiveCountry(ctx, block, m, person, home, partners);
      if (owned) out.push(owned);
      if (owned !== undefined) continue;
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
      // (Another country altogether is a fact wrong where the knowledge records the person's
      // nationality and the description does not name that country too: "French Chancellor Olaf Scholz".)
      const factual = nationalityKnown(person) && !describesCountry(person, part.country) && m.form.role !== 'wrong';
      if (!paired && !factual && !(adj.key.slice(0, 3) === right.toLowerCase().slice(0, 3) || editDistance(adj.key, right.toLowerCase(), 3) <= 3)) continue;
      out.push(nationalityFinding(adj.start, adj.end, adj.text, person, home, right));
    }
  }
  return out;
}

/**
 * The same slip for a company or body whose country the curated knowledge records, in the two
 * shapes copy describes one: "Swiss drugmaker Novartis" (a nationality, one or two lower-case
 * words, the name) and "Novartis, the Swiss drugmaker". Only countries easily confused in
 * writing (the confusable pairs, or adjectives alike), as for people; the lists' bodies are
 * left alone (their countries are parsed from descriptions).
 */
function bodyNationalities(ctx: CheckContext, block: CheckContext['blocks'][number], partners: CountryPartners): Finding[] {
  const out: Finding[] = [];
  const reg = ctx.registry;
  const { atoms } = block;
  for (const m of block.mentions) {
    const body = m.form.entity;
    if (body.kind !== 'organization' || !body.country || reg.isListed(body) || m.form.role === 'acronym') continue;
    const home = reg.entities.get(body.country);
    if (!home?.adjectives?.length) continue;
    let k = -1;
    // "Swiss drugmaker Novartis": back over one or two lower-case words to the nationality.
    let j = m.first - 1;
    let lower = 0;
    while (j >= 0 && lower < 2 && !atoms[j].capitalized && atoms[j + 1].gap === ' ' && /^[a-z]+$/.test(atoms[j].text)) {
      j--;
      lower++;
    }
    if (j >= 0 && lower > 0 && atoms[j + 1].gap === ' ') k = j;
    // "Novartis, the Swiss drugmaker"
    if (k < 0 && m.last + 3 < atoms.length && ctx.text.slice(block.start + atoms[m.last].end, block.start + atoms[m.last + 1].start) === ', ' && atoms[m.last + 1].key === 'the') {
      const a = m.last + 2;
      if (atoms[a + 1] && !atoms[a + 1].capitalized && atoms[a + 1].gap === ' ') k = a;
    }
    // "Sweden's Novartis": a country's possessive right before the body.
    const owned = k < 0 ? possessiveCountry(ctx, block, m, body, home, partners) : undefined;
    if (owned !== undefined) {
      if (owned) out.push(owned);
      continue;
    }
    if (k < 0) continue;
    const adj = atoms[k];
    const part = reg.countryParts.get(adj.key);
    if (!part || part.role !== 'adjective' || part.country.id === home.id) continue;
    // "Anglo-Dutch", "Franco-German": a compound names two countries; one of them may be the body's.
    if (adj.gap === '-' || atoms[k + 1]?.gap === '-') continue;
    if (home.adjectives.some((x) => x.toLowerCase() === adj.key)) continue;
    const right = home.adjectives.find((x) => !/\s/.test(x)) ?? home.adjectives[0];
    const paired = partners.get(home.id)?.includes(part.country.id) ?? false;
    if (!paired && !(adj.key.slice(0, 3) === right.toLowerCase().slice(0, 3) || editDistance(adj.key, right.toLowerCase(), 3) <= 3)) continue;
    out.push({
      start: block.start + adj.start,
      end: block.start + adj.end,
      code: 'confusable-name',
      severity: 'warning',
      message: `“${adj.text}” does not fit ${body.name}: it is ${right}.`,
      suggestions: [right],
      text: adj.text,
      entityId: home.id,
    });
  }
  return out;
}

/**
 * A country's possessive right before a name ("Sweden's Novartis", "Slovakia's Darko Jorgić"):
 * the finding where that country is one easily confused with the entity's own, or another
 * country altogether where the knowledge records the entity's country as a fact (a person's
 * nationality, a curated body's base); null where the possessive is there and fits (or names a
 * country the entity may well belong to), undefined where there is none.
 */
function possessiveCountry(ctx: CheckContext, block: CheckContext['blocks'][number], m: Mention, entity: EntityRecord, home: EntityRecord, partners: CountryPartners): Finding | null | undefined {
  const { atoms } = block;
  const owner = block.mentionAt[m.first - 1];
  if (!owner || owner.last !== m.first - 1 || owner.form.entity.kind !== 'country' || atoms[m.first].gap !== ' ' || !/^['’]s?$/.test(atoms[owner.last].text.slice(atoms[owner.last].base.length))) return undefined;
  const y = owner.form.entity;
  if (y.id === home.id) return null;
  // Another country altogether, before a person whose nationality the knowledge records: a fact
  // wrong, not a spelling slip ("France's Jannik Sinner", "Spain's Agustín Tapia") — unless the
  // person's description names that country too (a national coach, "Danish manager of Panama";
  // "Brazilian-American"), or the name is not a person's whole name.
  // The same for a curated company or body, whose country is where it is based: "Norway's Ørsted"
  // (a Danish company) — unless its description names that country too.
  // A name of generic words ("National Police", "Financial Services Authority") is one many
  // countries' bodies bear: the possessive says whose, so only a name of its own counts.
  const factual = entity.kind === 'person' ? m.form.keys.length >= 2 && nationalityKnown(entity) : entity.kind === 'organization' && !ctx.registry.isListed(entity) && ownName(ctx, m);
  if (!partners.get(home.id)?.includes(y.id) && !(factual && m.form.role !== 'wrong' && !describesCountry(entity, y))) return null;
  const start = block.start + owner.start;
  const end = block.start + atoms[owner.last].start + atoms[owner.last].base.length;
  return {
    start,
    end,
    code: 'confusable-name',
    severity: 'warning',
    message: entity.kind === 'person' ? `${entity.name}${entity.description ? ` (${entity.description})` : ''} is from ${home.name}, not ${y.name}.` : `${entity.name} is of ${home.name}, not ${y.name}.`,
    suggestions: [home.name],
    text: ctx.text.slice(start, end),
    entityId: home.id,
  };
}

/**
 * True when every word of the mention's name belongs to three known bodies, places or people at
 * most ("Ørsted", "Novo Nordisk" beside Novo-Ogaryovo and Porto-Novo): a name of its own, not one
 * of words many names share ("National Police").
 */
function ownName(ctx: CheckContext, m: Mention): boolean {
  return m.form.keys.every((k) => {
    if (isConnector(k)) return true;
    const token = ctx.registry.nameTokens.get(k);
    if (!token) return !ctx.registry.ordinaryWords.has(k);
    const holders = new Set<string>();
    for (const f of token.forms) if (holders.add(f.entity.id).size > 3) return false;
    return true;
  });
}

/** True for a person whose country is their nationality: curated, or written from their Wikipedia article (not a list's country of birth). */
function nationalityKnown(person: EntityRecord): boolean {
  return !!person.country && (person.sources ?? []).some((s) => /^Wikipedia(?::|$)/.test(s) || !/via shared\/data\/kb/.test(s));
}

/** True when the person's description names the country, by name or adjective ("head coach of England", "Brazilian-American"). */
function describesCountry(person: EntityRecord, country: EntityRecord): boolean {
  const d = (person.description ?? '').toLowerCase();
  return [country.name, ...(country.aliases ?? []), ...(country.adjectives ?? [])].some((n) => n.length >= 3 && d.includes(n.toLowerCase()));
}

/** The finding for a nationality that does not fit its person: `right` is the home country's adjective. */
function nationalityFinding(start: number, end: number, written: string, person: EntityRecord, home: EntityRecord, right: string): PendingFinding {
  // (Where the paragraph is about the country written, the person is the slip: see staleTitles' countryTitleOffice.)
  return {
    yieldsToPerson: true,
    start,
    end,
    code: 'confusable-name',
    severity: 'warning',
    message: `“${written}” does not fit ${person.name}${person.description ? ` (${person.description})` : ''}: ${home.name} is ${right}.`,
    suggestions: [right],
    text: written,
    entityId: home.id,
  };
}
