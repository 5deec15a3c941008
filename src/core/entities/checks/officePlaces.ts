// A person given the office they hold (or held) of one place as the same office of another place:
// "Antonio Decaro, … the former mayor of Lecce" when the knowledge knows him as Mayor of Bari
// (2014–2024), "Lecce mayor Antonio Decaro", "Doug Ford, the premier of Quebec". The offices are
// the curated people's own descriptions (see staleTitles' office index); the place written is
// judged only where the person has held that title of exactly one place, and both places are
// places of one country. Whatever the article's date: a mayor of Bari was never mayor of Lecce.
import type { Atom } from '../../text/atoms';
import type { Block, CheckContext, Mention, PendingFinding } from '../context';
import { foldKey } from '../fold';
import { PARTY } from '../bodyWords';
import { officesOf } from './staleTitles';

/** The titles of a place's head whose place copy confuses ("mayor of Lecce" for Bari's). */
const PLACE_TITLES: ReadonlySet<string> = new Set(['mayor', 'lord mayor', 'governor', 'premier', 'chief minister', 'minister president', 'prefect', 'regional president']);

export function findOfficePlaceSlips(ctx: CheckContext): PendingFinding[] {
  const out: PendingFinding[] = [];
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      const person = m.form.entity;
      if (person.kind !== 'person' || m.form.role === 'wrong' || m.last === m.first) continue;
      const held = officesOf(ctx.registry, person.id);
      if (!held) continue;
      for (const written of placeTitlesWritten(ctx, block, m)) {
        const mine = held.filter((h) => h.title === written.title && h.ofText !== undefined);
        if (mine.length === 0 || mine.some((h) => samePlace(h.ofText!, written.place))) continue;
        const places = new Set(mine.map((h) => foldKey(h.ofText!.toLowerCase())));
        if (places.size !== 1) continue;
        const own = mine[0];
        if (!placesOfOneCountry(ctx, own.ofText!, own.of, written.place, written.entity)) continue;
        const start = block.start + block.atoms[written.first].start;
        const end = block.start + block.atoms[written.last].end;
        out.push({
          start,
          end,
          code: 'confusable-name',
          severity: 'warning',
          message: `${person.name} ${own.said}, not of ${written.place}.`,
          suggestions: [own.ofText! + possessive(block.atoms[written.last])],
          text: ctx.text.slice(start, end),
          entityId: person.id,
          // (Where the knowledge knows who holds the office of the place written, the person may be
          // the slip instead: "Nuevo León Governor Pablo Lemus", Jalisco's — that finding wins.)
          yieldsToPerson: true,
        });
        break;
      }
    }
  }
  return out;
}

function possessive(a: Atom): string {
  return a.text.slice(a.base.length);
}

/** True when two place names name one place or one inside the other's name ("Greater Manchester", "Manchester"). */
function samePlace(a: string, b: string): boolean {
  const x = ` ${foldKey(a.toLowerCase())} `;
  const y = ` ${foldKey(b.toLowerCase())} `;
  return x.includes(y) || y.includes(x);
}

/** True when both names are places the knowledge (its entity, where there is one) or the lists place in one country. */
function placesOfOneCountry(ctx: CheckContext, a: string, aEntity: string | undefined, b: string, bEntity: string | undefined): boolean {
  const ca = countryOfPlace(ctx, a, aEntity);
  return ca !== undefined && ca === countryOfPlace(ctx, b, bEntity);
}

/** The country's name, lower case, a place is in. */
function countryOfPlace(ctx: CheckContext, name: string, entity: string | undefined): string | undefined {
  const e = entity ? ctx.registry.entities.get(entity) : undefined;
  if (e && e.kind === 'place' && e.country) return ctx.registry.entities.get(e.country)?.name.toLowerCase();
  if (e && e.kind !== 'place') return undefined;
  const known = ctx.registry.known.placeNamed(name);
  const at = known ? known.description.lastIndexOf(', ') : -1;
  return known && at >= 0 ? known.description.slice(at + 2).trim().toLowerCase() : undefined;
}

interface PlaceTitle {
  title: string;
  place: string;
  /** The place's entity, where the knowledge reads one there. */
  entity?: string;
  first: number;
  last: number;
}

/**
 * The place titles written beside the mention: "<Place> mayor <Name>" right before it, or in the
 * name's apposition, "<Name>, [the former] mayor of <Place>," with no other person named between.
 */
function placeTitlesWritten(ctx: CheckContext, block: Block, m: Mention): PlaceTitle[] {
  const { atoms } = block;
  const out: PlaceTitle[] = [];
  // Before: "Lecce mayor Antonio Decaro", "former Lecce mayor Antonio Decaro".
  for (const k of [2, 1]) {
    const t = m.first - k;
    if (t < 1 || atoms[m.first].gap !== ' ') continue;
    const words = atoms.slice(t, m.first);
    if (words.some((a, j) => (j > 0 && a.gap !== ' ') || a.capitalized !== words[0].capitalized)) continue;
    const title = words.map((a) => a.key).join(' ');
    if (!PLACE_TITLES.has(title) || atoms[t].gap !== ' ') continue;
    const place = placeEndingAt(ctx, block, t - 1);
    if (place) out.push({ title, ...place });
    break;
  }
  // After, in apposition.
  let j = m.last + 1;
  if (!atoms[j] || ctx.text.slice(block.start + atoms[m.last].end, block.start + atoms[j].start) !== ', ') return out;
  for (let steps = 0; j < atoms.length && steps < 14; steps++) {
    const a = atoms[j];
    if (a.sentenceStart) break;
    const other = block.mentionAt[j];
    if (other && other.first === j) {
      if (other.form.entity.kind === 'person') break;
      j = other.last + 1;
      continue;
    }
    // An unread run of capitalised words may be another person: the apposition is no longer the name's.
    if (a.capitalized && !(a.key === 'mayor' || a.key === 'governor' || a.key === 'premier')) break;
    for (const k of [2, 1]) {
      const title = atoms.slice(j, j + k).map((x) => x.key).join(' ');
      if (!PLACE_TITLES.has(title) || atoms[j + k]?.key !== 'of' || atoms[j + k].gap !== ' ') continue;
      // (A body's name right before the title makes it that body's, unless the body is the person's
      // party: "the European Central Bank governor of …" is no office of a place.)
      const body = block.mentionAt[j - 1]?.form.entity;
      if (body && body.kind !== 'person' && body.kind !== 'place' && !PARTY.test(body.description ?? '')) return out;
      const place = placeStartingAt(ctx, block, j + k + 1);
      if (place) out.push({ title, ...place });
      return out;
    }
    // (Words in lower case between: "a member of the European Parliament and the former".)
    if (!/^[a-z-]+$/.test(a.key)) break;
    j++;
  }
  return out;
}

/** A place name of one to three capitalised words ending at atom `last` that the lists know, not opening the sentence. */
function placeEndingAt(ctx: CheckContext, block: Block, last: number): Omit<PlaceTitle, 'title'> | undefined {
  const { atoms } = block;
  for (let first = Math.max(0, last - 2); first <= last; first++) {
    const words = atoms.slice(first, last + 1);
    if (words.some((a, x) => !a.capitalized || (x > 0 && a.gap !== ' ') || a.text !== a.base)) continue;
    const prev = atoms[first - 1];
    if (prev && atoms[first].gap === ' ' && prev.capitalized && !prev.sentenceStart) continue;
    const place = words.map((a) => a.base).join(' ');
    if (isPlace(ctx, block, first, last, place)) return { place, entity: block.mentionAt[first]?.form.entity.id, first, last };
  }
  return undefined;
}

/** A place name of one to three capitalised words from atom `first`, closing the apposition ("of Lecce,"). */
function placeStartingAt(ctx: CheckContext, block: Block, first: number): Omit<PlaceTitle, 'title'> | undefined {
  const { atoms } = block;
  if (!atoms[first] || atoms[first].gap !== ' ') return undefined;
  for (let last = Math.min(atoms.length - 1, first + 2); last >= first; last--) {
    const words = atoms.slice(first, last + 1);
    if (words.some((a, x) => !a.capitalized || (x > 0 && a.gap !== ' ') || (x < words.length - 1 && a.text !== a.base))) continue;
    const after = ctx.text.slice(block.start + atoms[last].base.length + atoms[last].start, block.start + atoms[last].base.length + atoms[last].start + 1);
    const next = atoms[last + 1];
    if (next && next.gap === ' ' && next.capitalized) continue;
    if (after !== '' && !/^[,.;)'’]/.test(after)) continue;
    const place = words.map((a) => a.base).join(' ');
    if (isPlace(ctx, block, first, last, place)) return { place, entity: block.mentionAt[first]?.form.entity.id, first, last };
  }
  return undefined;
}

function isPlace(ctx: CheckContext, block: Block, first: number, last: number, name: string): boolean {
  const m = block.mentionAt[first];
  if (m) return m.first === first && m.last === last && m.form.entity.kind === 'place';
  return ctx.registry.known.isPlace(name);
}
