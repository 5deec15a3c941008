// A national legislature put in a town of its country where it does not sit: "The Seimas in
// Kaunas" (it sits in Vilnius), "the Legislative Assembly in Neiafu" (Tonga's sits in Nukuʻalofa),
// "Members of the House of Representatives debated … at the parliament building in Casablanca"
// (Morocco's sits in Rabat). Which bodies are national legislatures is read from the curated
// descriptions ("Lithuania's parliament", "Lower house of the Parliament of Morocco"); one sits in
// its country's capital unless data/curated/legislature-seats.yaml says where else (The Hague,
// Valparaíso, Cape Town) or that its seat is split or contested. Regional parliaments ("Legislature
// of Assam", "State parliament of Hesse", "the regional assembly in Horta") are never read, and a
// town near the seat (a suburb, within SUBURB_KM) stands. (A region's own legislature and government
// are placeFacts.ts's legislatureSeats: "the provincial legislature in Polokwane".)
import type { Block, CheckContext, PendingFinding } from '../context';
import type { EntityRegistry } from '../registry';
import type { EntityRecord } from '../types';
import { townAt, type Town } from './confusableCountries';
import { placeKey, townsApart, type PlaceFacts } from './placeFacts';

/** Where national legislatures sit, by country id, where that is not the capital (entity-facts.json). */
export type LegislatureSeats = ReadonlyMap<string, { towns?: readonly string[]; unsure?: boolean }>;

/** How far from a legislature's seat a town may lie and still be the seat's (a suburb: km). */
const SUBURB_KM = 40;

/** Words of a legislature's description. */
const LEGISLATURE = /\b(?:parliament|legislature|congress|diet|national assembly|parliamentary assembly)\b/i;

/** Words of a description that make the body another than a sitting national legislature. */
const NOT_NATIONAL =
  /\b(?:state|states|provincial|province|regional|region|city|territory|territorial|community|canton|cantonal|county|municipal|autonomous|devolved|U\.S\.|until|dissolved|former|transitional|advisory|European|Nordic|Andean|Pan-African|Arab|Latin American|Commonwealth|party|group)\b/i;

/** Generic words copy calls a legislature by, lower case or capitalised, before "in": "the parliament in …", "the Legislative Assembly in …". */
const GENERIC = new Set(['parliament', 'legislature', 'assembly', 'congress', 'building']);

/** Words before a generic name that make it another body's ("the regional assembly", "the state legislature"). */
const OTHER_LEVEL = new Set(['state', 'provincial', 'regional', 'city', 'local', 'municipal', 'devolved', 'territorial', 'county', 'cantonal', 'student', 'youth', 'european', 'party', 'general', 'constituent', 'world']);

const nationalMemo = new WeakMap<EntityRecord, boolean>();

/** True when the curated description says the body is its country's sitting national legislature (or a house of it). */
function isNational(reg: EntityRegistry, e: EntityRecord): boolean {
  let hit = nationalMemo.get(e);
  if (hit === undefined) {
    const home = e.country ? reg.entities.get(e.country) : undefined;
    const d = e.description ?? '';
    const names = home ? [home.name, ...(home.aliases ?? []), ...(home.short ?? []), ...(home.adjectives ?? [])] : [];
    hit = e.kind === 'organization' && !!home && home.kind === 'country' && LEGISLATURE.test(d) && !NOT_NATIONAL.test(d) && names.some((n) => n.length > 2 && d.includes(n));
    nationalMemo.set(e, hit);
  }
  return hit;
}

const byCountryMemo = new WeakMap<object, Map<string, EntityRecord[]>>();

/** The national legislatures (and houses) of each country, by country id; once per registry. */
function legislaturesByCountry(reg: EntityRegistry): Map<string, EntityRecord[]> {
  let out = byCountryMemo.get(reg.memoKey);
  if (!out) {
    out = new Map();
    for (const e of reg.entities.values()) if (e.country && isNational(reg, e)) (out.get(e.country) ?? out.set(e.country, []).get(e.country)!).push(e);
    byCountryMemo.set(reg.memoKey, out);
  }
  return out;
}

/** The towns where a country's legislature sits: the listed ones, else the capital; none where its seat is unsure. */
function seatTowns(reg: EntityRegistry, seats: LegislatureSeats | undefined, country: string): readonly string[] | undefined {
  const listed = seats?.get(country);
  if (listed) return listed.unsure ? undefined : listed.towns;
  const capital = reg.entities.get(country)?.capital;
  const name = capital ? reg.entities.get(capital)?.name : undefined;
  return name ? [name] : undefined;
}

/**
 * The national legislature a name written at atoms [first, last] stands for in the town's country:
 * a body the name is a form of ("Seimas", "House of Representatives", shared by many countries), or
 * for a generic name ("the Legislative Assembly", "the parliament building"), one whose name opens
 * with it, or that the sentence names.
 */
function legislatureNamed(ctx: CheckContext, block: Block, first: number, last: number, country: string): EntityRecord | undefined {
  const reg = ctx.registry;
  const { atoms } = block;
  const own = legislaturesByCountry(reg).get(country);
  if (!own) return undefined;
  const m = block.mentionAt[last];
  if (m && m.first === first && m.last === last) {
    const named = reg.formsWithKeys(m.form.keys).map((f) => f.entity).find((e) => e.country === country && isNational(reg, e));
    if (named) return named;
  }
  // A generic name: its capitalised words open one of the country's ("Legislative Assembly" of Tonga's,
  // "National Congress" of Chile's, whatever other country's body has the name alone).
  const words = atoms.slice(first, last + 1).map((a) => a.base);
  if (atoms[first].capitalized && words.length >= 2) {
    const phrase = placeKey(words.join(' '));
    const hit = own.find((e) => [e.name, ...(e.aliases ?? [])].some((n) => placeKey(n) === phrase || placeKey(n).startsWith(`${phrase} of `)));
    if (hit) return hit;
  }
  // Or the legislature the sentence names: "Members of the House of Representatives debated the budget at the parliament building in …".
  let from = first;
  while (from > 0 && !atoms[from].sentenceStart) from--;
  for (let k = from; k < first; k++) {
    const x = block.mentionAt[k];
    if (!x || x.first !== k) continue;
    const e = reg.formsWithKeys(x.form.keys).map((f) => f.entity).find((y) => y.country === country && isNational(reg, y));
    if (e) return e;
  }
  return undefined;
}

export function legislatureSeatChecks(ctx: CheckContext, block: Block, places: PlaceFacts | undefined, seats: LegislatureSeats | undefined, push: (f: PendingFinding) => void): void {
  const { atoms } = block;
  const reg = ctx.registry;
  for (let i = 1; i + 1 < atoms.length; i++) {
    if (atoms[i].key !== 'in' || atoms[i].gap !== ' ' || atoms[i].capitalized || atoms[i + 1].gap !== ' ') continue;
    // What is "in" the town: a name that ends right before it, or a generic word.
    const m = block.mentionAt[i - 1];
    let first: number;
    if (m && m.last === i - 1) first = m.first;
    else if (GENERIC.has(atoms[i - 1].key) && !block.mentionAt[i - 1]) {
      first = i - 1;
      if (atoms[first].key === 'building') {
        if (atoms[first - 1]?.key !== 'parliament' || atoms[first].gap !== ' ') continue;
        first--;
      }
      // ("Legislative Assembly", "National Congress": the capitalised words of the name.)
      while (first > 0 && atoms[first].capitalized && atoms[first - 1].capitalized && atoms[first].gap === ' ' && !atoms[first - 1].sentenceStart && !block.mentionAt[first - 1] && i - first < 3) first--;
      const before = atoms[first - 1];
      if (before && atoms[first].gap === ' ' && (OTHER_LEVEL.has(before.key) || (before.capitalized && !before.sentenceStart && block.mentionAt[first - 1]?.form.entity.kind !== 'country'))) continue;
    } else continue;
    const town: Town | undefined = townAt(ctx, block, i + 1, false);
    if (!town?.country) continue;
    const after = atoms[town.last + 1];
    if (after && after.gap === ' ' && after.capitalized) continue;
    const body = legislatureNamed(ctx, block, first, i - 1, town.country);
    if (!body) continue;
    const where = seatTowns(reg, seats, town.country);
    if (!where?.length || where.some((t) => placeKey(t) === placeKey(town.name))) continue;
    // Only far from every seat: a legislature's town may be written by its metropolis or a suburb.
    // (Each seat the lists of towns place: "The Hague" is "Den Haag" there.)
    const apart = where.map((t) => townsApart(places, t, town.name, SUBURB_KM));
    if (apart.includes(false) || !apart.includes(true)) continue;
    const start = atoms[town.first].start;
    const end = atoms[town.last].end;
    push({
      start,
      end,
      code: 'confusable-name',
      severity: 'warning',
      message: `${body.name} sits in ${where[0]}, not in ${town.name}.`,
      suggestions: [where[0] + atoms[town.last].text.slice(atoms[town.last].base.length)],
      text: ctx.text.slice(start, end),
      entityId: body.id,
    });
  }
}
