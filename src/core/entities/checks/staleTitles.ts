// A person named with an office they have left, in copy dated after they left it: "IOC
// President Thomas Bach" in an article of 2026, when Kirsty Coventry has held the office since
// 2025; "US President Joe Biden" in 2026. The offices and their terms are the curated people's
// own descriptions ("President of the International Olympic Committee (2013–2025)"), the date
// is the front matter's. Only where the knowledge names who holds the office now (that is the
// fix), and never where the copy says the title is past ("former", "then-") or the sentence is
// about an earlier year ("In 2019, Chancellor Angela Merkel …").
import type { Atom } from '../../text/atoms';
import { plainFormAt, type CheckContext, type Mention } from '../context';
import { foldKey } from '../fold';
import { editDistance } from '../editDistance';
import type { EntityRecord, Finding } from '../types';
import { OFFICE_WORDS } from '../titles';
import { MONTHS } from '../../text/calendar';
import { GENERIC_NAME_WORDS, TITLE_KIND_TAIL } from '../bodyWords';
import { compactLists, exact } from '../compact';

interface Term {
  from: number;
  to?: number;
  /** 1–12, where the description gives the month the term began in ("since October 2025"). */
  fromMonth?: number;
  /** 1–12, where it gives the month the term ended in ("2023–October 2025"). */
  toMonth?: number;
}

/**
 * True when the term had surely begun by the article's date: begun in an earlier year, or
 * earlier in its year where the description gives the month (in the month itself, or the year of
 * a term known only to the year, the copy may be from either side of the change).
 */
function begunBy(t: Term, date: ArticleDate | undefined): boolean {
  if (date === undefined) return true;
  return t.from < date.year || (t.from === date.year && t.fromMonth !== undefined && t.fromMonth < date.month);
}

/** True when the term had surely ended by the article's date (see begunBy). */
function endedBy(t: Term, date: ArticleDate): boolean {
  return t.to !== undefined && (t.to < date.year || (t.to === date.year && t.toMonth !== undefined && t.toMonth < date.month));
}

/** True when the term surely runs on past the article's date (an open one, with no date, runs on). */
function runsPast(t: Term, date: ArticleDate | undefined): boolean {
  if (t.to === undefined) return true;
  if (date === undefined) return false;
  return t.to > date.year || (t.to === date.year && t.toMonth !== undefined && t.toMonth > date.month);
}

/** True when the term may cover the article's date (a month the knowledge lacks counts either way). */
function heldAt(t: Term, date: ArticleDate): boolean {
  const started = t.from < date.year || (t.from === date.year && (t.fromMonth === undefined || t.fromMonth <= date.month));
  const running = t.to === undefined || t.to > date.year || (t.to === date.year && (t.toMonth === undefined || t.toMonth >= date.month));
  return started && running;
}

/** A term's end as copy writes it: "2025", "October 2025". */
function endText(t: Term): string {
  return t.toMonth === undefined ? String(t.to) : `${MONTH_NAMES[t.toMonth - 1]} ${t.to}`;
}

function startText(t: Term): string {
  return t.fromMonth === undefined ? String(t.from) : `${MONTH_NAMES[t.fromMonth - 1]} ${t.from}`;
}

/** "January" …, as descriptions write the months of terms. */
const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));
const MONTH = `(${MONTH_NAMES.join('|')})`;
const SINCE = new RegExp(`^since (?:${MONTH} )?(\\d{4})$|^(?:${MONTH} )?(\\d{4})\\s*[–-]$`);
const SPAN = new RegExp(`^(?:${MONTH} )?(\\d{4})\\s*[–-]\\s*(?:${MONTH} )?(\\d{4})$`);
const MONTHS_IN_YEAR = new RegExp(`^${MONTH}\\s*[–-]\\s*${MONTH} (\\d{4})$`);
const monthOf = (name: string | undefined) => (name === undefined ? undefined : MONTH_NAMES.indexOf(name) + 1);

function term(from: string, fromMonth?: string, to?: string, toMonth?: string): Term {
  const t: Term = { from: Number(from) };
  if (fromMonth !== undefined) t.fromMonth = monthOf(fromMonth);
  if (to !== undefined) t.to = Number(to);
  if (toMonth !== undefined) t.toMonth = monthOf(toMonth);
  return t;
}

/** One term as a description writes it: "since 2023", "since October 2025", "2016–2019", "2023–October 2025", "2022" (that year only). */
export function parseTerm(part: string): Term | undefined {
  const text = part.trim();
  const since = SINCE.exec(text);
  if (since) return since[2] !== undefined ? term(since[2], since[1]) : term(since[4], since[3]);
  const span = SPAN.exec(text);
  if (span) return term(span[2], span[1], span[4], span[3]);
  const within = MONTHS_IN_YEAR.exec(text);
  if (within) return term(within[3], within[1], within[3], within[2]);
  const one = /^(\d{4})$/.exec(text);
  return one ? { from: Number(one[1]), to: Number(one[1]) } : undefined;
}

interface Office {
  /** The office as the description writes it: "President of the International Olympic Committee". */
  text: string;
  /** The title's words, lower case: ["president"]. */
  head: string[];
  /** The entity the office is of (a country, a body), when the knowledge names it. */
  of?: string;
  /** What the office is of, as its description writes it ("Victory Party"). */
  ofText?: string;
  /** True when ofText is a body's name of two words or more the name lists hold, though no curated entity ("Metropolitan Police"). */
  listedBody?: boolean;
  holders: Array<{ person: EntityRecord; terms: Term[] }>;
}

interface OfficeIndex {
  byPerson: Map<string, Array<{ office: Office; terms: Term[] }>>;
  /** Offices by title and what they are of: "prime minister|country:montenegro". */
  byKey: Map<string, Office>;
  /** The curated countries', bodies' and places' names, lower case, to their ids. */
  named: Map<string, string>;
}

const indexes = new WeakMap<object, OfficeIndex>();

/** A club's leading letters ("FC Basel", "AC Milan", "SK Rapid"). */
const CLUB_LEAD: ReadonlySet<string> = new Set(['fc', 'f.c.', 'ac', 'as', 'sc', 'ssc', 'afc', 'cf', 'sk', 'fk', 'kv', 'krc', 'bsc', 'sv', 'hc', 'hk', 'rsc', 'kaa', 'rc', 'cd', 'ca', 'us']);

/** The last words of the titles of bodies' heads beside the offices of state ("Head coach", "Team principal", "Chief executive"). */
const HOLDER_WORDS: ReadonlySet<string> = new Set(['executive', 'ceo', 'coach', 'manager', 'owner', 'co-owner', 'principal', 'chair', 'chairperson', 'leader']);

/** The last words of the titles of a team's heads, whom copy names by the team's nickname ("Cubs manager", "Lakers coach"). */
const TEAM_HEADS: ReadonlySet<string> = new Set(['coach', 'manager', 'owner', 'co-owner', 'principal']);

/** Institutions every country has, named alone after a title ("Leader of the Opposition", "President of the Senate"). */
const GENERIC_BODIES: ReadonlySet<string> = new Set(['opposition', 'senate', 'house', 'assembly', 'parliament', 'cabinet', 'government', 'board', 'council', 'party', 'national assembly', 'house of representatives', 'supreme court', 'constitutional court', 'central bank', 'army', 'navy', 'air force', 'armed forces', 'police']);

/**
 * Titles of a body's one executive head, which bodies name differently ("Chief executive of Gavi",
 * "Executive director of the Global Fund", "Director-general of the WHO"): copy that gives a head
 * of one body the head's title at another names the other's head, whatever the title's words.
 */
const HEAD_TITLES = ['chief executive', 'executive director', 'director general', 'managing director'];

/** The ways copy writes a title of one or more words ("CEO", "chief executive officer"; "coach" for a head coach). */
const WRITTEN: Record<string, string[]> = {
  'chief executive': ['chief executive', 'ceo', 'chief executive officer'],
  chairman: ['chairman', 'chair', 'chairwoman', 'chairperson'],
  'head coach': ['head coach', 'coach'],
  director: ['director', 'artistic director'],
  // A German state's head of government is its "premier" or "state premier" in English copy.
  'minister president': ['minister president', 'premier', 'state premier'],
  // The Basque Country's president by the title the Basque Government gives itself.
  president: ['president', 'lehendakari'],
};

/** "Chief executive" and "CEO" name one title. */
const SAME_TITLE: Record<string, string> = Object.fromEntries(
  Object.entries(WRITTEN).flatMap(([title, forms]) => forms.filter((f) => f !== title).map((f) => [f, title])),
);

const WRITTEN_FORMS = new Map(Object.entries(WRITTEN).map(([title, forms]) => [title, forms.map((f) => f.split(' '))]));

/** The written forms of a title, as word lists. */
function writtenForms(title: string): string[][] {
  return WRITTEN_FORMS.get(title) ?? [title.split(' ')];
}

function titleKey(words: readonly string[]): string {
  const joined = words.join(' ');
  return SAME_TITLE[joined] ?? joined;
}

/** An office's text, cut into its title and what it is of ("Prime Minister of Israel" → prime minister, Israel). */
function splitOffice(text: string): { head: string[]; ofText?: string } | undefined {
  const at = text.indexOf(' of ');
  // "New Orleans Saints head coach": the body's capitalised name before a title in lower case.
  const before = at < 0 ? /^((?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})(\p{Ll}[\p{Ll} -]*)$/u.exec(text) : null;
  if (before) {
    const head = before[2].split(/[\s-]+/).filter(Boolean);
    if (head.length <= 3 && (OFFICE_WORDS.has(head[head.length - 1]) || HOLDER_WORDS.has(head[head.length - 1]))) return { head, ofText: before[1].trim().replace(/^the\s+/i, '') };
  }
  // Two offices in one ("Finance Minister and Vice-Chancellor of Germany", "President of Ghana and
  // Chairman of ECOWAS") say no one title; a body's name may hold "and" ("Chairman of the England
  // and Wales Cricket Board").
  if (/\band\b|&|\//.test(at < 0 ? text : text.slice(0, at)) || (at >= 0 && /(?:\band\b|&).* of /.test(text.slice(at + 4)))) return undefined;
  const head = (at < 0 ? text : text.slice(0, at)).toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (head.length === 0 || head.length > 3) return undefined;
  return { head, ofText: at < 0 ? undefined : text.slice(at + 4).replace(/^the\s+/i, '') };
}

/** The offices held, with their terms, in a description: "Prime Minister of Israel (1996–1999, 2009–2021, since 2022)". */
export function officesIn(description: string): Array<{ text: string; terms: Term[] }> {
  const out: Array<{ text: string; terms: Term[] }> = [];
  let title: string | undefined;
  for (const m of description.matchAll(/([^;()]+?)\s*\(([^()]*)\)/g)) {
    const terms: Term[] = [];
    for (const part of m[2].split(/[,;]\s*/)) {
      const term = parseTerm(part);
      if (term) terms.push(term);
    }
    // "Head coach of Delhi Capitals (2018–2024) and Punjab Kings (since 2025)": the second body
    // under the title of the first.
    let text = m[1].trim();
    // "Chinese business executive, CEO of ByteDance (since 2021)": the office is the last clause.
    const clause = /,\s+([^,]+ of [^,]+)$/.exec(text);
    if (clause && !/^(?:and|,)\s/.test(text)) text = clause[1];
    const more = /^(?:and|,)\s+(.+)$/.exec(text);
    if (more && title !== undefined) text = `${title} of ${more[1]}`;
    else title = text.includes(' of ') ? text.slice(0, text.indexOf(' of ')) : undefined;
    if (terms.length) out.push({ text, terms: exact(terms) });
  }
  return out;
}

function officeIndex(reg: CheckContext['registry']): OfficeIndex {
  let index = indexes.get(reg.memoKey);
  if (index) return index;
  // What an office is of, by the names of the curated countries, bodies and places ("Governor of Arizona").
  const named = new Map<string, string>();
  index = { byPerson: new Map(), byKey: new Map(), named };
  for (const e of reg.entities.values()) {
    if (reg.isListed(e) || (e.kind !== 'country' && e.kind !== 'organization' && e.kind !== 'place')) continue;
    for (const f of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]) {
      if (!named.has(f.toLowerCase())) named.set(f.toLowerCase(), e.id);
      // (An office's text drops a name's leading article, "Chief executive of the R&A": so does the index.)
      const bare = f.replace(/^the\s+/i, '').toLowerCase();
      if (bare !== f.toLowerCase() && !named.has(bare)) named.set(bare, e.id);
    }
  }
  const offices = new Map<string, Office>();
  const isTown = (name: string) => reg.known.isPlace(name) || reg.entities.get(named.get(name.toLowerCase()) ?? '')?.kind === 'place';
  for (const person of reg.entities.values()) {
    if (person.kind !== 'person' || !person.description) continue;
    // The lists' people (the second tier curated by class: regional heads, former heads of
    // government) hold offices too; their descriptions may also give life dates ("American
    // artist (1954–2012)"), so only a holder's title counts there ("Governor of Arizona").
    const listed = reg.isListed(person);
    for (const held of officesIn(person.description)) {
      const split = splitOffice(held.text);
      // "Leader of Turkey's Republican People's Party": the party, its country said before it.
      const owner = split?.ofText !== undefined ? /^([\p{L} .-]+?)['’]s (.+)$/u.exec(split.ofText) : null;
      if (split && owner && reg.entities.get(named.get(owner[1].toLowerCase()) ?? '')?.kind === 'country') split.ofText = owner[2];
      // "Minister of Finance of Egypt" is the Finance Minister of Egypt, as copy writes the title
      // ("the finance minister", "Finance Minister Ahmed Kouchouk"); "of Foreign Affairs", foreign.
      const portfolio = split && split.head.join(' ') === 'minister' && split.ofText !== undefined ? /^(?:the )?([\p{L} ]+?) of (?:the )?(.+)$/u.exec(split.ofText) : null;
      if (split && portfolio && named.has(portfolio[2].toLowerCase())) {
        const words = portfolio[1].toLowerCase().split(/\s+/);
        const field = words.length === 2 && words[1] === 'affairs' && AFFAIRS[words[0]] ? [AFFAIRS[words[0]]] : words;
        if (field.length <= 2) {
          split.head = [...field, 'minister'];
          split.ofText = portfolio[2];
        }
      }
      // "Minister of Investment", its country unsaid: the person's own country's investment minister.
      if (split && split.head.join(' ') === 'minister' && split.ofText !== undefined && person.country && !named.has(split.ofText.toLowerCase()) && /^[\p{Ll}\p{Lu}][\p{L}]+(?: [\p{L}]+)?$/u.test(split.ofText) && !/\bof\b/.test(split.ofText)) {
        const words = split.ofText.toLowerCase().split(/\s+/);
        const field = words.length === 2 && words[1] === 'affairs' && AFFAIRS[words[0]] ? [AFFAIRS[words[0]]] : words;
        if (field.length === 1 || (words.length === 2 && field.length === 1)) {
          split.head = [...field, 'minister'];
          split.ofText = reg.entities.get(person.country)?.name ?? split.ofText;
        }
      }
      if (!split || (listed && !OFFICE_WORDS.has(split.head[split.head.length - 1]) && !HOLDER_WORDS.has(split.head[split.head.length - 1]))) continue;
      const of = split.ofText === undefined ? undefined : named.get(split.ofText.toLowerCase());
      // An office of an institution every country has, its country unnamed ("Leader of the
      // Opposition"), is no one office: each country's copy writes it.
      if (of === undefined && split.ofText !== undefined && GENERIC_BODIES.has(split.ofText.toLowerCase())) continue;
      const key = `${titleKey(split.head)}|${of ?? split.ofText?.toLowerCase() ?? ''}`;
      let office = offices.get(key);
      if (!office) {
        offices.set(key, (office = { text: held.text, head: split.head, of, ofText: split.ofText, holders: [] }));
        const words = split.ofText?.split(/\s+/) ?? [];
        if (of === undefined && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && reg.known.hasName(words)) office.listedBody = true;
      }
      // What the office is of, as copy writes it before the title: its name, and its name without
      // the kind words it ends with ("Kakamega Governor" for the Governor of Kakamega County,
      // "Williams team principal" for Williams Racing's, "Haas team principal" for Haas F1 Team's).
      if (split.ofText !== undefined) {
        let words = split.ofText.toLowerCase().split(/\s+/);
        for (;;) {
          const short = `${titleKey(split.head)}|${words.join(' ')}`;
          if (!offices.has(short)) offices.set(short, office);
          if (words.length < 2 || !TITLE_KIND_TAIL.has(words[words.length - 1])) break;
          words = words.slice(0, -1);
        }
        // (And without a club's leading letters: "Basel president" for the President of FC Basel.)
        const all = split.ofText.toLowerCase().split(/\s+/);
        if (all.length >= 2 && CLUB_LEAD.has(all[0])) {
          const short = `${titleKey(split.head)}|${all.slice(1).join(' ')}`;
          if (!offices.has(short)) offices.set(short, office);
        }
        // (And without the town a team is named for: "Cubs manager" for the Manager of the Chicago
        // Cubs, "Lakers coach" for the Los Angeles Lakers'. Only a team's: a word of its sport's.)
        const team = split.ofText.split(/\s+/);
        for (let k = 1; k < team.length && k <= 2; k++) {
          if (!/^\p{Lu}/u.test(team[k]) || !isTown(team.slice(0, k).join(' ')) || !/s$/.test(team[team.length - 1]) || TITLE_KIND_TAIL.has(team[team.length - 1].toLowerCase()) || !TEAM_HEADS.has(split.head[split.head.length - 1])) continue;
          const short = `${titleKey(split.head)}|${all.slice(k).join(' ')}`;
          if (!offices.has(short)) offices.set(short, office);
        }
      }
      office.holders.push({ person, terms: held.terms });
      const list = index.byPerson.get(person.id) ?? [];
      list.push({ office, terms: held.terms });
      index.byPerson.set(person.id, list);
    }
  }
  index.byKey = offices;
  compactLists(index.byPerson);
  for (const office of offices.values()) office.holders = exact(office.holders);
  indexes.set(reg.memoKey, index);
  return index;
}

/** A person's office as the office-place check reads it. */
export interface HeldOffice {
  /** The title, as titleKey writes it ("mayor", "chief executive"). */
  title: string;
  /** What it is of, as the description writes it ("Bari"), and the entity where the knowledge names it. */
  ofText?: string;
  of?: string;
  /** The office and its terms as the message says them: "is Mayor of Bari", "was Mayor of Bari until 2024". */
  said: string;
}

/** A curated person's offices, read from the office index (built once per registry) when asked. */
export function officesOf(reg: CheckContext['registry'], personId: string): HeldOffice[] | undefined {
  return officeIndex(reg)
    .byPerson.get(personId)
    ?.map(({ office, terms }) => ({ title: titleKey(office.head), ofText: office.ofText, of: office.of, said: officeSaid(office, terms, terms.some((t) => t.to === undefined)) }));
}

/** An office as a message says it: "is Foreign Minister of Cambodia", or, left (`running` false), "was … until 2023". */
function officeSaid(office: Office, terms: readonly Term[], running: boolean): string {
  if (terms.length === 0 || running) return `is ${inSentence(office.text)}`;
  const last = terms.reduce((a, b) => ((b.to ?? 0) > (a.to ?? 0) ? b : a));
  return `was ${inSentence(office.text)} until ${endText(last)}`;
}

/**
 * The holders with one person's records merged: the name lists may hold a person twice, spelled two
 * ways ("Salman bin Ebrahim Al Khalifa", "Salman bin Ibrahim Al Khalifa"), each with the office from
 * the same year. Records of names two letters apart or less, of terms begun the same year, are one
 * person's; the first is kept.
 */
function oneEach<H extends { person: EntityRecord; terms: Term[] }>(holders: H[]): H[] {
  if (holders.length < 2) return holders;
  const out: H[] = [];
  for (const h of holders) {
    const key = foldKey(h.person.name.toLowerCase());
    const twin = out.findIndex((o) => h.terms.some((t) => o.terms.some((u) => u.from === t.from)) && editDistance(foldKey(o.person.name.toLowerCase()), key, 2) <= 2);
    if (twin < 0) out.push(h);
  }
  return out;
}

/** The date of a front matter ("2026-01-18", or a parsed date): its year and month, if it has one. */
export function articleDate(front: Record<string, unknown> | undefined): ArticleDate | undefined {
  const date = front?.date;
  if (date instanceof Date && !Number.isNaN(date.getTime())) return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
  const m = typeof date === 'string' ? /^\s*(\d{4})-(\d{1,2})-\d{1,2}/.exec(date) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

export interface ArticleDate {
  year: number;
  /** 1–12. */
  month: number;
}

/** Words before a title that say it is past, or not yet. */
const PAST = new Set(['former', 'ex', 'then', 'late', 'previous', 'past', 'erstwhile', 'outgoing', 'retired', 'onetime', 'one-time', 'incoming', 'future', 'interim', 'acting']);

export function findStaleTitles(ctx: CheckContext, date: ArticleDate | undefined): Finding[] {
  const out: Finding[] = [];
  if (date === undefined) return out;
  let index: OfficeIndex | undefined;
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (const m of block.mentions) {
      const person = m.form.entity;
      // A person named in full (a surname alone may be anyone's), and not in a wrong form.
      if (person.kind !== 'person' || m.form.role === 'wrong' || m.last === m.first) continue;
      index ??= officeIndex(ctx.registry);
      const held = index.byPerson.get(person.id);
      if (!held) continue;
      const found = staleOffice(ctx.registry, ctx.text, block, atoms, m, held, date);
      if (!found) continue;
      const { office, until, now } = found;
      const open = now.terms.filter((t) => heldAt(t, date));
      const since = startText(open.reduce((a, b) => (b.from > a.from ? b : a)));
      out.push({
        start: block.start + m.start,
        end: block.start + m.end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${person.name} was ${office.text} until ${until}; ${holderForm(ctx, now.person)} has held the office since ${since}.`,
        suggestions: [holderForm(ctx, now.person)],
        text: ctx.text.slice(block.start + m.start, block.start + m.end),
        entityId: now.person.id,
      });
    }
  }
  return out;
}

/** The office the title before the mention names, when the person had left it before `year` and one other person holds it then. */
function staleOffice(reg: CheckContext['registry'], text: string, block: CheckContext['blocks'][number], atoms: Atom[], m: Mention, held: ReadonlyArray<{ office: Office; terms: Term[] }>, date: ArticleDate): { office: Office; until: string; now: Office['holders'][number] } | undefined {
  const { year } = date;
  for (const { office, terms } of held) {
    const written = titleWritten(text, block, atoms, m, office);
    if (!written) continue;
    const { qualifier } = written;
    const of = qualifier?.form.entity.id;
    // (An acronym several bodies share names the office's own where it is one of its forms: "IOC".)
    // (An office the knowledge reads as of no curated body is still the qualifier's where its text
    // names it by one of its forms: "Nissan chief executive" for the Chief executive of Nissan, the
    // short name of Nissan Motor Corporation.)
    const ofNamed = office.of === undefined && office.ofText !== undefined && qualifier !== undefined && formOf(reg, qualifier.form.entity.id, office.ofText);
    // (A country's name before the title of its national team's office: "Mexico coach Jaime Lozano"
    // for the Head coach of the Mexico national football team; not its adjective, which says whose
    // the coach is, not which team: "Mexican coach".)
    const nationalTeam = qualifier?.form.entity.kind === 'country' && office.ofText !== undefined && office.ofText.toLowerCase().startsWith(`${qualifier.form.form.toLowerCase()} national `) && /\bteam$/i.test(office.ofText);
    if (qualifier && of !== office.of && !ofNamed && !nationalTeam && !(office.of !== undefined && formOf(reg, office.of, qualifier.form.form))) continue;
    // Words the knowledge does not read as a name may still name the office's body ("Roma coach", "At Roma, where coach").
    const named = !qualifier && !!written.lead?.some((words) => unreadNamesOffice(reg, words, office));
    // Without one, the person must have held one office of that title only.
    if (!qualifier && !named && held.filter((h) => titleKey(h.office.head) === titleKey(office.head)).length > 1) continue;
    // Nor is a bare title of a body's head ("coach Steve Corica") the body's the knowledge has, where
    // that term has ended: coaches and chief executives move on to other bodies, which the knowledge
    // may not have yet (Corica, Sydney FC's coach until 2024, coached Auckland FC in 2025), unless
    // the paragraph names the body ("… for Novo Nordisk. Chief executive Lars Fruergaard Jørgensen").
    if (!qualifier && !named && HOLDER_WORDS.has(office.head[office.head.length - 1] ?? '') && !bodyOfOffice(reg, office) && !paragraphNames(reg, text, block, office)) continue;
    // Still in office then, or left that year (that month, where the knowledge has it): nothing to say.
    // A term known to end in the article's year ended, at the latest, when a successor's began, where
    // the knowledge has that month ("Head coach of Roma (2024–2025)", "(since June 2025)").
    const succeeded = (t: Term) => t.to === year && t.toMonth === undefined && office.holders.some((h) => h.person !== m.form.entity && h.terms.some((s) => s.from === year && s.fromMonth !== undefined && s.fromMonth < date.month));
    if (terms.some((t) => !endedBy(t, date) && !succeeded(t))) continue;
    const last = terms.reduce((a, b) => (b.to! > a.to! || (b.to === a.to && (b.toMonth ?? 0) > (a.toMonth ?? 0)) ? b : a));
    const until = last.to!;
    // "former IOC President", "ex-President", "then-Chancellor", "Thomas Bach, the former IOC president,".
    if (written.before.some((a) => PAST.has(a.key))) continue;
    // "Vice President Bharrat Jagdeo", "Deputy Prime Minister …": another office.
    if (written.other) continue;
    // "Partizan head coach Željko Obradović": what the title is of, in words the knowledge does not
    // read, may be another body than the person's office of that title; only its own name counts.
    // (A country's or a region's office keeps its title under words the knowledge does not read, an
    // adjective or a nickname of the place: "Buckeye State governor", "St Lucian prime minister".)
    const ofKind = office.of !== undefined ? reg.entities.get(office.of)?.kind : undefined;
    // (The sentence's first word too, where it is an acronym and no ordinary word: "UOB chief
    // executive Helen Wong" gives her another bank's title, not OCBC's stale one.)
    const opening = written.lead?.[written.lead.length - 1];
    const unread = written.unread ?? (!qualifier && !written.other && opening !== undefined && /^[A-Z][A-Z&]+$/.test(opening) && !reg.ordinaryWords.has(opening.toLowerCase()) ? opening : undefined);
    if (unread && !named && ofKind !== 'country' && ofKind !== 'place' && !unreadNamesOffice(reg, unread, office)) continue;
    // A sentence about a year of the term, or before it, is history ("In 2015, Chancellor Angela
    // Merkel opened …", "toppled the government of Prime Minister K.P. Sharma Oli last September").
    if (referencedYears(atoms, m.first, date).some((y) => y <= until)) continue;
    // Who held it at the article's date (to the month where the knowledge has it: in April 2025 the
    // French economy minister was Éric Lombard, December 2024–October 2025, not his successor).
    // (A successor whose term has ended since counts only where the change was recent: "the
    // citizenship of President Barack Obama" in 2020 is history, not a slip for Donald Trump.)
    const recent = year - until <= 1;
    const now = oneEach(office.holders.filter((h) => h.person !== m.form.entity && h.terms.some((t) => heldAt(t, date) && (t.to === undefined || recent))));
    if (now.length !== 1) continue;
    return { office, until: endText(last), now: now[0] };
  }
  return undefined;
}

/**
 * Where the office's title is written beside the mention: right before the name, perhaps after
 * what it is of ("IOC President Thomas Bach", "German Chancellor Olaf Scholz"), or in apposition
 * after it ("Thomas Bach, the IOC president,", "Olaf Scholz, Germany's chancellor,", "Thomas Bach,
 * the president of the IOC,"). `before`: the words before the title, where "former" would be.
 */
interface TitleWritten {
  qualifier?: Mention;
  before: Atom[];
  other?: boolean;
  /** Capitalised words before the title no mention covers (not the sentence's first word). */
  unread?: string;
  /** Capitalised words no mention covers that may name what the title is of: right before it (the sentence's first word too), or before "where"/"whose"; longest first. */
  lead?: string[];
}

function titleWritten(text: string, block: CheckContext['blocks'][number], atoms: Atom[], m: Mention, office: Office): TitleWritten | undefined {
  for (const form of writtenForms(titleKey(office.head))) {
    const found = titleWrittenAs(text, block, atoms, m, office, form.length, false);
    if (found) return found;
  }
  // "Rosatom chief Sergei Kiriyenko", "Sergei Kiriyenko, head of Rosatom": a word for any body's head
  // stands for the office of a body's head, where what it is of is a body, named (staleOffice asks
  // that it be the office's).
  if (!TOP_TITLES.has(titleKey(office.head)) || office.of === undefined) return undefined;
  const found = titleWrittenAs(text, block, atoms, m, office, 1, true);
  return found?.qualifier && found.qualifier.form.entity.kind !== 'country' ? found : undefined;
}

/** The offices of a body's head that copy may call its "head" or "chief". */
const TOP_TITLES: ReadonlySet<string> = new Set([...HEAD_TITLES, 'president', 'chairman']);

/** Words copy uses for a body's head, whatever the office's title. */
const HEAD_WORDS: ReadonlySet<string> = new Set(['head', 'chief']);

function titleWrittenAs(text: string, block: CheckContext['blocks'][number], atoms: Atom[], m: Mention, office: Office, k: number, generic: boolean): TitleWritten | undefined {
  const isTitle = (from: number) => {
    const title = atoms.slice(from, from + k);
    if (generic) return title.length === 1 && HEAD_WORDS.has(title[0].key);
    return title.length === k && !title.some((a, j) => j > 0 && a.gap === 'break') && titleKey(title.map((a) => a.key)) === titleKey(office.head);
  };
  const first = m.first - k;
  if (first >= 0 && atoms[m.first].gap === ' ' && isTitle(first)) {
    // What the title is of, right before it, or before "whose" or "where" ("At Roma, where coach …").
    const relative = first > 1 && RELATIVE.has(atoms[first - 1].key) && atoms[first - 1].gap === 'break' && !atoms[first - 1].capitalized;
    const mention = relative ? block.mentionAt[first - 2] : first > 0 && atoms[first].gap !== 'break' ? block.mentionAt[first - 1] : undefined;
    const qualifier = mention && mention.last === (relative ? first - 2 : first - 1) ? mention : undefined;
    if (relative && qualifier) return { qualifier, before: atoms.slice(Math.max(0, qualifier.first - 2), qualifier.first) };
    // Capitalised words no mention covers before "where"/"whose", or opening the sentence right
    // before the title ("Roma coach …"): what the title is of, where they name the office.
    const leadEnd = relative ? first - 2 : first - 1;
    let leadFrom = leadEnd + 1;
    // (A word that says the title is past is none of them: "Former foreign minister Prak Sokhonn".)
    while (leadFrom > 0 && leadFrom > leadEnd - 3 && atoms[leadFrom - 1].capitalized && !block.mentionAt[leadFrom - 1] && !PAST.has(atoms[leadFrom - 1].key) && (leadFrom === leadEnd + 1 || atoms[leadFrom].gap === ' ')) {
      leadFrom--;
      if (atoms[leadFrom].sentenceStart) break;
    }
    // (Longest first: "At Roma", "Roma".)
    const lead: string[] = [];
    if (!qualifier && (relative || atoms[first].gap === ' ')) for (let j = leadFrom; j <= leadEnd; j++) lead.push(atoms.slice(j, leadEnd + 1).map((a) => a.base).join(' '));
    if (relative && lead.length) return { before: atoms.slice(Math.max(0, leadFrom - 2), leadFrom), lead };
    let start = qualifier ? qualifier.first : first;
    // (Past capitalised words the knowledge does not read, a qualifier all the same: "former St Lucian prime minister".)
    while (start > 0 && atoms[start].gap !== 'break' && atoms[start - 1].capitalized && !atoms[start - 1].sentenceStart && !PAST.has(atoms[start - 1].key)) start--;
    const prev = first > 0 && atoms[first].gap === ' ' ? atoms[first - 1] : undefined;
    const other = prev !== undefined && OTHER_OFFICE.has(prev.key);
    // Capitalised words right before the title that no mention covers: what the title is of, unread.
    const unread = !qualifier && !other && start < first ? atoms.slice(start, first).map((a) => a.base).join(' ') : undefined;
    return { qualifier, before: atoms.slice(Math.max(0, start - 2), start), other, unread, lead };
  }
  // Before the name, set off by commas, with what it is of after it: "The speaker of the House, Nancy Pelosi,".
  if (!generic && m.first >= k + 3 && text.slice(block.start + atoms[m.first - 1].end, block.start + atoms[m.first].start) === ', ') {
    const after = text.slice(block.start + m.end, block.start + m.end + 1);
    for (let ofAt = m.first - 2; ofAt >= Math.max(k, m.first - 5); ofAt--) {
      if (atoms[ofAt].key !== 'of' || atoms[ofAt].gap !== ' ' || !isTitle(ofAt - k)) continue;
      const from = atoms[ofAt + 1].key === 'the' ? ofAt + 2 : ofAt + 1;
      const words = atoms.slice(from, m.first);
      const opened = ofAt - k === 0 || atoms[ofAt - k - 1]?.key === 'the' || atoms[ofAt - k].sentenceStart;
      if (!opened || words.length === 0 || words.some((a, x) => x > 0 && a.gap !== ' ') || !/^(?:[,.;]|$)/.test(after)) break;
      const q = block.mentionAt[from];
      const before = atoms.slice(Math.max(0, ofAt - k - 2), ofAt - k);
      if (q && q.first === from && q.last === m.first - 1 && q.form.entity.kind !== 'person') return { qualifier: q, before };
      if (!block.mentionAt[from]) return { before, unread: words.map((a) => a.base).join(' ') };
      break;
    }
  }
  // Before the name, set off by commas, after what it is of: "Lower Saxony's premier, Stephan Weil,",
  // "the German chancellor, Olaf Scholz.".
  if (first > 0 && atoms[first].gap !== 'break' && text.slice(block.start + atoms[m.first - 1].end, block.start + atoms[m.first].start) === ', ' && isTitle(first)) {
    const q = block.mentionAt[first - 1];
    const after = text.slice(block.start + m.end, block.start + m.end + 1);
    const opened = (from: number) => /['’]s$/.test(atoms[first - 1].text) || (atoms[from - 1]?.key === 'the' && atoms[from].gap !== 'break');
    if (q && q.last === first - 1 && q.form.entity.kind !== 'person' && /^(?:[,.;]|$)/.test(after) && opened(q.first)) {
      return { qualifier: q, before: atoms.slice(Math.max(0, q.first - 2), q.first) };
    }
    // (What it is of in capitalised words the knowledge does not read: "the Basque lehendakari, Iñigo Urkullu,".)
    let from = first;
    while (from > 0 && first - from < 3 && atoms[from - 1].capitalized && !atoms[from - 1].sentenceStart && !block.mentionAt[from - 1] && atoms[from].gap !== 'break') from--;
    if (!q && from < first && /^(?:[,.;]|$)/.test(after) && opened(from)) {
      return { before: atoms.slice(Math.max(0, from - 2), from), unread: atoms.slice(from, first).map((a) => a.base).join(' ') };
    }
  }
  // In apposition: a comma after the name, "the" perhaps, words such as "former", what the title is of.
  const open = m.last + 1;
  if (!atoms[open] || text.slice(block.start + m.end, block.start + atoms[open].start) !== ', ') return undefined;
  let j = open;
  if (atoms[j].key === 'the') j++;
  while (atoms[j] && PAST.has(atoms[j].key) && atoms[j + 1]?.gap !== 'break') j++;
  let qualifier: Mention | undefined;
  const q = block.mentionAt[j];
  if (q && q.first === j && q.form.entity.kind !== 'person') {
    qualifier = q;
    j = q.last + 1;
  }
  if (!atoms[j] || (j !== open && atoms[j].gap === 'break') || !isTitle(j)) return undefined;
  const titleAt = j;
  j += k;
  // "the president of the IOC".
  if (!qualifier && atoms[j]?.key === 'of' && atoms[j].gap === ' ') {
    const at = atoms[j + 1]?.key === 'the' ? j + 2 : j + 1;
    const closes = (last: number) => /^(?:[,.;)]|$)/.test(text.slice(block.start + atoms[last].end, block.start + atoms[last].end + 1));
    // (Past a description of the body, a country's possessive or adjective and a few words in lower
    // case: "head of Russia's state nuclear corporation Rosatom", "chief executive of the Danish drugmaker Novo Nordisk".)
    const direct = block.mentionAt[at];
    const of = direct && direct.first === at && closes(direct.last) ? direct : describedBody(block, at);
    if (of && closes(of.last)) {
      qualifier = of;
      j = of.last + 1;
    } else if (atoms[at]?.capitalized && atoms[at].gap === ' ') {
      // (Capitalised words the knowledge does not read as one name, up to the apposition's end:
      // "Marco Lambertini, director general of WWF International," — what the title is of, unread.)
      let last = at;
      while (last - at < 3 && !closes(last) && atoms[last + 1]?.capitalized && atoms[last + 1].gap === ' ') last++;
      if (closes(last) && atoms.slice(at, last + 1).every((a) => a.text === a.base || a === atoms[last])) {
        return { before: atoms.slice(open, titleAt), unread: atoms.slice(at, last + 1).map((a) => a.base).join(' ') };
      }
    }
  }
  // The apposition ends there: a comma, a full stop, a bracket or the paragraph's end.
  const end = block.start + atoms[j - 1].end;
  if (!/^(?:[,.;)]|$)/.test(text.slice(end, end + 1))) return undefined;
  return { qualifier, before: atoms.slice(open, titleAt) };
}

/**
 * The body named after a short description at atom `at`: a country's possessive or adjective, up to
 * four words in lower case, then a name of no person ("Russia's state nuclear corporation Rosatom").
 */
function describedBody(block: CheckContext['blocks'][number], at: number): Mention | undefined {
  const { atoms } = block;
  let j = at;
  const country = block.mentionAt[j];
  if (country && country.first === j && country.form.entity.kind === 'country' && (country.form.role === 'adjective' || atoms[country.last].text !== atoms[country.last].base)) j = country.last + 1;
  const from = j;
  while (j < atoms.length && j - from < 4 && !atoms[j].capitalized && atoms[j].gap === ' ' && !block.mentionAt[j]) j++;
  const body = block.mentionAt[j];
  if (j === from || j === at || !body || body.first !== j || atoms[j].gap !== ' ' || body.form.entity.kind === 'person' || body.form.entity.kind === 'country') return undefined;
  return body;
}

/** True when words before a title that no mention covers name the office's body or place ("Fenerbahçe head coach"). */
function unreadNamesOffice(reg: CheckContext['registry'], words: string, office: Office): boolean {
  const index = officeIndex(reg);
  return officeKeys(index, titleKey(office.head), words).some((key) => index.byKey.get(key) === office) || legislatureWord(reg, words, office);
}

/** Words every country's legislature is called by, alone ("the House", "parliament"). */
const LEGISLATURE_WORDS: ReadonlySet<string> = new Set(['house', 'parliament', 'senate', 'assembly', 'national assembly', 'congress', 'chamber']);

/**
 * True when a word every legislature is called by names the office's body: a word of its name ("House
 * Speaker" for the Speaker of the US House of Representatives), or any legislature for "parliament"
 * ("the speaker of parliament" for the Speaker of the Council of Representatives of Iraq, whose
 * description says it is one). The person's own office only: which country's is theirs.
 */
function legislatureWord(reg: CheckContext['registry'], words: string, office: Office): boolean {
  const w = words.toLowerCase().replace(/^the\s+/, '');
  if (!LEGISLATURE_WORDS.has(w) || office.ofText === undefined) return false;
  if (` ${office.ofText.toLowerCase()} `.includes(` ${w} `)) return true;
  const body = office.of ? reg.entities.get(office.of) : undefined;
  return w === 'parliament' && body?.kind === 'organization' && /^(?:legislature|parliament|unicameral legislature|lower house|national parliament)\b/i.test(body.description ?? '');
}

/** True when `form` is one of the entity's names, acronyms or adjectives. */
function formOf(reg: CheckContext['registry'], id: string, form: string): boolean {
  const e = reg.entities.get(id);
  const f = form.toLowerCase();
  return !!e && [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.short ?? []), ...(e.adjectives ?? [])].some((x) => x.toLowerCase() === f);
}

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * The years the sentence around atom i speaks of: the years it writes (1900–2099), "last year"
 * and "N years ago", and a month named without a year (the last one before the article's date:
 * "last September" in February 2026 is 2025), "last month" in January.
 */
function referencedYears(atoms: Atom[], i: number, date: ArticleDate): number[] {
  let from = i;
  while (from > 0 && !atoms[from].sentenceStart) from--;
  let to = i + 1;
  while (to < atoms.length && !atoms[to].sentenceStart) to++;
  const out: number[] = [];
  for (let j = from; j < to; j++) {
    const a = atoms[j];
    const next = atoms[j + 1];
    if (/^(?:19|20)\d\d$/.test(a.base)) out.push(Number(a.base));
    else if (a.key === 'last' && next?.key === 'year') out.push(date.year - 1);
    else if (a.key === 'last' && next?.key === 'month' && date.month === 1) out.push(date.year - 1);
    else if (a.key in NUMBERS || /^\d+$/.test(a.key)) {
      const n = NUMBERS[a.key] ?? Number(a.key);
      if ((next?.key === 'years' || next?.key === 'year') && atoms[j + 2]?.key === 'ago') out.push(date.year - n);
    } else {
      const month = a.capitalized ? Math.max(MONTHS.indexOf(a.key), MONTH_ABBREVIATIONS.indexOf(a.key)) + 1 : 0;
      // (A month with its year after it says which; "May" may be a name or a verb: only with "last" or "in".)
      if (month === 0 || /^(?:19|20)\d\d$/.test(next?.base ?? '') || (/^\d{1,2}$/.test(next?.base ?? '') && /^(?:19|20)\d\d$/.test(atoms[j + 2]?.base ?? ''))) continue;
      if (a.key === 'may' && !['last', 'in', 'since', 'until'].includes(atoms[j - 1]?.key ?? '')) continue;
      // (A month still to come in a sentence that looks ahead is this year's, no history: "the
      // Federal Assembly is expected to debate the budget in its session, which opens on December 1".)
      if (month > date.month && atoms[j - 1]?.key !== 'last' && atoms.slice(from, to).some((x) => LOOKING_AHEAD.has(x.key))) continue;
      out.push(month >= date.month ? date.year - 1 : date.year);
    }
  }
  return out;
}

/** Words that make a sentence look ahead (a month it names without a year is still to come). */
const LOOKING_AHEAD: ReadonlySet<string> = new Set(['will', 'expected', 'due', 'next', 'upcoming', 'scheduled', 'opens', 'begins', 'starts']);

/** Words before a title that make it another office ("Deputy Prime Minister", "Vice President"). */
const OTHER_OFFICE = new Set(['deputy', 'vice', 'assistant', 'junior', 'shadow', 'associate', 'co']);

/**
 * A person named with the title of another office of their own country, held then by someone
 * else: "Prime Minister Jakov Milatović" when Milatović is Montenegro's President and Milojko
 * Spajić its Prime Minister — the confusion of two officials machine translation and hurried copy
 * make. The offices are the curated people's own descriptions ("President of Montenegro (since
 * 2023)"); the fix is the office's one holder. Never where the person has ever held that title
 * (a stale title is findStaleTitles'), where the copy says the title is past or another
 * ("former", "Deputy"), or where more than one person holds it then.
 */
export function findWrongOffices(ctx: CheckContext, date: ArticleDate | undefined): Finding[] {
  const out: Finding[] = [];
  // (Terms are known to the year, some to the month: in the year a term began, the article may be
  // from before it — "Defence Minister Prabowo Subianto" in February 2024, when he was, and not yet president.)
  // (A term that ended after the article's year was running then: "(2020–2026)" in copy of 2025.)
  const current = (t: Term) => (t.to === undefined || (date !== undefined && t.to > date.year)) && begunBy(t, date);
  let index: OfficeIndex | undefined;
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (const m of mentionsAndPlain(block, ctx.registry)) {
      const person = m.form.entity;
      if (person.kind !== 'person' || m.form.role === 'wrong' || m.last === m.first) continue;
      index ??= officeIndex(ctx.registry);
      const held = index.byPerson.get(person.id);
      if (!held) continue;
      // Where the person is then: an office of theirs that runs, or, in dated copy where none does,
      // the offices they have left (so the knowledge still knows where they were: "Cambodian Defence
      // Minister Prak Sokhonn" in 2025, foreign minister until 2023, when Tea Seiha has been defence minister).
      const now = held.filter((h) => h.office.of !== undefined && h.terms.some(current));
      const own = now.length || date === undefined || held.some((h) => h.terms.some(current)) ? now : held.filter((h) => h.office.of !== undefined && leftLately(h, date));
      if (!own.length) continue;
      const titled = m.first > 0 && atoms[m.first].gap === ' ';
      const found = (titled ? wrongOffice(ctx, block, m, held, own, index, current) : undefined) ?? appositionOffice(ctx, block, m, held, own, index, current);
      // (A namesake in another country's story is no slip: "Defence Minister Pedro Sánchez" in a story
      // about Colombia, whose defence minister he is, names no one in Spain's government.)
      // (An office of a body of no country, "AFC president", is no namesake's: whoever its holders' countries.)
      const body = found ? ctx.registry.entities.get(found.office.of ?? '') : undefined;
      if (!found || (!(body && body.kind !== 'country' && !body.country) && (!countryNamedBesides(ctx, person) || otherCountryHere(block, person)))) continue;
      const { mine, office, holder } = found;
      const written = ctx.text.slice(block.start + m.start, block.start + m.end);
      const fix = holderForm(ctx, holder);
      out.push({
        start: block.start + m.start,
        end: block.start + m.end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${person.name} ${heldAs(held, mine, current)}; the ${office.text} is ${fix}.`,
        suggestions: [fix],
        text: written,
        entityId: holder.id,
      });
    }
  }
  return out;
}

/**
 * True when the person had left the office by the article's date, lately: within LATELY years (a
 * person long out of office, "President Franklin Delano Roosevelt" in 2019, is history, not a slip),
 * and it is an office, not a description's ordinal ("32nd president of the United States").
 */
function leftLately(h: { office: Office; terms: Term[] }, date: ArticleDate): boolean {
  if (/^\d/.test(h.office.head[0] ?? '') || !h.terms.length || !h.terms.every((t) => endedBy(t, date))) return false;
  return h.terms.some((t) => t.to !== undefined && date.year - t.to <= LATELY);
}

/** Years since a person left office within which the copy's title for them is read against where they were. */
const LATELY = 15;

/** The person's own office as the message says it: "is Foreign Minister of Cambodia", or, left, "was Foreign Minister of Cambodia until 2023". */
function heldAs(held: ReadonlyArray<{ office: Office; terms: Term[] }>, mine: Office, current: (t: Term) => boolean): string {
  const terms = held.find((h) => h.office === mine)?.terms ?? [];
  return officeSaid(mine, terms, terms.some(current));
}

const plainByBlock = new WeakMap<readonly Mention[], Mention[]>();

/** Letters with marks, as Latin alphabets write them ("ø", "ć"): not dashes or quotation marks. */
const MARKED_LETTER = /[\u00c0-\u024f]/;

/**
 * The holder's name as the fix: with its marks where the article writes names with marks ("Jonas
 * Gahr Støre", "Jakov Milatović"), else the canonical form.
 */
function holderForm(ctx: CheckContext, holder: EntityRecord): string {
  if (!MARKED_LETTER.test(ctx.text)) return holder.name;
  return (holder.aliases ?? []).find((a) => MARKED_LETTER.test(a) && foldKey(a) === foldKey(holder.name)) ?? holder.name;
}

/**
 * True when the article names the person's country by another mention than the person's own (the
 * country, a place or body in it, another of its people), or names no country at all.
 */
function countryNamedBesides(ctx: CheckContext, person: EntityRecord): boolean {
  if (!person.country) return true;
  let any = false;
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      const e = m.form.entity;
      // (One word of a body's or a person's name may be anything else: "Santander", a Colombian department.)
      if (e === person || (e.kind !== 'country' && m.first === m.last && m.form.role !== 'acronym')) continue;
      const country = e.kind === 'country' ? e.id : e.country;
      if (country === person.country) return true;
      if (country !== undefined) any = true;
    }
  }
  return !any;
}

/**
 * True when the paragraph names a country, or a place of one, that is not the person's,
 * and nothing of the person's own: there an office its words leave unqualified ("Defence Minister
 * Pedro Sánchez" beside "Colombian police") is that country's, whose holder the lists may not know.
 */
function otherCountryHere(block: CheckContext['blocks'][number], person: EntityRecord): boolean {
  if (!person.country) return false;
  let other = false;
  for (const m of block.mentions) {
    const e = m.form.entity;
    // (Countries and places only: a body's name many countries' bodies share, "the National
    // Assembly", "the Social Democrats", may be read as another country's.)
    if (e === person || (e.kind !== 'country' && e.kind !== 'place') || (e.kind === 'place' && m.first === m.last)) continue;
    const country = e.kind === 'country' ? e.id : e.country;
    if (country === person.country) return false;
    if (country !== undefined) other = true;
  }
  return other;
}

/** The block's mentions, then its people named with marks their known form lacks. */
function* mentionsAndPlain(block: CheckContext['blocks'][number], registry: CheckContext['registry']): Generator<Mention> {
  yield* block.mentions;
  yield* plainMentions(block, registry);
}

/** People named with marks their known form has not (see plainFormAt), where no mention is. */
function plainMentions(block: CheckContext['blocks'][number], registry: CheckContext['registry']): Mention[] {
  // Once per block: its mentions are the checker's own for that paragraph (a recheck after a
  // keystroke re-reads only the paragraph that changed).
  const cached = plainByBlock.get(block.mentions);
  if (cached) return cached;
  const out: Mention[] = [];
  plainByBlock.set(block.mentions, out);
  const { atoms } = block;
  for (let i = 1; i < atoms.length; i++) {
    if (!atoms[i].capitalized || block.mentionAt[i] || atoms[i].gap !== ' ') continue;
    const form = plainFormAt(atoms, i, registry);
    if (!form || form.entity.kind !== 'person') continue;
    const last = i + form.keys.length - 1;
    if (atoms.slice(i, last + 1).some((_, k) => block.mentionAt[i + k])) continue;
    out.push({ first: i, last, start: atoms[i].start, end: atoms[last].end, form });
    i = last;
  }
  return out;
}

/**
 * The words that may be a title right before atom `end`, longest first (three words, two, one):
 * plain words joined by spaces, none inside a mention or in the possessive.
 */
function* titlesBefore(block: CheckContext['blocks'][number], end: number): Generator<{ first: number; title: Atom[] }> {
  const { atoms } = block;
  for (let k = Math.min(3, end); k >= 1; k--) {
    const first = end - k;
    const title = atoms.slice(first, end);
    if (title.some((a, j) => (j > 0 && a.gap !== ' ') || block.mentionAt[first + j] !== undefined || a.base !== a.text)) continue;
    yield { first, title };
  }
}

function wrongOffice(
  ctx: CheckContext,
  block: CheckContext['blocks'][number],
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  own: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
): { mine: Office; office: Office; holder: EntityRecord } | undefined {
  const { atoms } = block;
  const ofBody = titleOfBody(ctx, block, m, held, own, index, current);
  if (ofBody) return ofBody === 'theirs' ? undefined : ofBody;
  for (const { first, title } of titlesBefore(block, m.first)) {
    // (Deputies are often several, and the knowledge may know one: "Deputy Prime Minister" is no one person's title.)
    if (OTHER_OFFICE.has(title[0].key) && title[0].key !== 'vice') return undefined;
    const key = titleKey(title.map((a) => a.key));
    // The whole title: the word before it is none of its words ("Deputy Prime Minister", "former Prime Minister").
    const prev = first > 0 && atoms[first].gap === ' ' ? atoms[first - 1] : undefined;
    if (prev && (PAST.has(prev.key) || OTHER_OFFICE.has(prev.key) || (prev.capitalized && !prev.sentenceStart && block.mentionAt[first - 1] === undefined))) return undefined;
    // (A longer title of the person's own ends in these words: "music director Robin Ticciati" is no "director".)
    if (prev && held.some((h) => titleKey(h.office.head) === titleKey([prev.key, ...title.map((a) => a.key)]))) return undefined;
    if (first > 0 && atoms[first].gap === '-') return undefined;
    // What the title is of, written before it, must be the person's own country or body ("Montenegrin Prime Minister").
    const qualifier = prev ? block.mentionAt[first - 1] : undefined;
    const found = officeOfOwnPlace(ctx, m, held, own, index, current, key, qualifier && qualifier.last === first - 1 ? qualifier : undefined);
    if (found === 'theirs') return undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * A title written with the body it is of, right before the name, the body as the person's own
 * country calls it, without the country: "Speaker of the National Assembly Tanja Fajon" in a story
 * about Slovenia, whose National Assembly is Urška Klakočar Zupančič's to chair, and whose foreign
 * minister Fajon is. Only a body of the person's country whose name is the words written, with or
 * without "of" and the country after them; only where the person never held the title there, and
 * one other person holds it then. 'theirs' where the office is the person's own.
 */
function titleOfBody(
  ctx: CheckContext,
  block: CheckContext['blocks'][number],
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  own: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
): { mine: Office; office: Office; holder: EntityRecord } | 'theirs' | undefined {
  const { atoms } = block;
  const person = m.form.entity;
  const country = person.country ? ctx.registry.entities.get(person.country) : undefined;
  if (!country) return undefined;
  // The body's words: capitalised, one to four, after "of" (and "the").
  let bodyFirst = m.first;
  while (bodyFirst > 0 && m.first - bodyFirst < 4 && atoms[bodyFirst - 1].capitalized && atoms[bodyFirst].gap === ' ' && atoms[bodyFirst - 1].base === atoms[bodyFirst - 1].text) bodyFirst--;
  if (bodyFirst === m.first || bodyFirst < 2) return undefined;
  let of = bodyFirst - 1;
  if (atoms[of].key === 'the' && of > 0) of--;
  if (atoms[of].key !== 'of') return undefined;
  const body = atoms.slice(bodyFirst, m.first).map((a) => a.key).join(' ');
  const c = country.name.toLowerCase();
  const ids = [body, `${body} of ${c}`, `${body} of the ${c}`].map((n) => index.named.get(n)).filter((id): id is string => id !== undefined && ctx.registry.entities.get(id)?.country === country.id);
  if (ids.length === 0) return undefined;
  for (const { first, title } of titlesBefore(block, of)) {
    if (OTHER_OFFICE.has(title[0].key)) return undefined;
    const prev = first > 0 && atoms[first].gap === ' ' ? atoms[first - 1] : undefined;
    if (prev && (PAST.has(prev.key) || OTHER_OFFICE.has(prev.key) || (prev.capitalized && !prev.sentenceStart))) return undefined;
    const key = titleKey(title.map((a) => a.key));
    for (const id of ids) {
      const office = index.byKey.get(`${key}|${id}`);
      if (!office) continue;
      if (held.some((h) => h.office === office || (titleKey(h.office.head) === key && h.office.of === id))) return 'theirs';
      const now = oneEach(office.holders.filter((h) => h.person !== person && h.terms.some(current)));
      if (now.length !== 1) return undefined;
      return { mine: own[0].office, office, holder: now[0].person };
    }
  }
  return undefined;
}

/**
 * A title given in apposition, beside the name between commas: "Paulo Rangel, the finance
 * minister, said", "Pierre Wunsch, governor of the Bank of Finland, said", "Portugal's finance
 * minister, Paulo Rangel, said", "Yariv Levin, Israel's defence minister,". The title's atoms, what
 * it is said to be of (a mention: a country, a body), and whether words such as "former" stand
 * before it.
 */
interface Apposition {
  first: number;
  last: number;
  of?: Mention;
  /** Capitalised words no mention covers that the title is said to be of ("Aragon's president, …"): atoms [first, last]. */
  ofUnread?: { first: number; last: number };
  past: boolean;
}

/** Capitalised words no mention covers, ending at atom `last` (one to three, not opening the sentence unless the first): their first atom. */
function unreadRunTo(block: CheckContext['blocks'][number], last: number): number | undefined {
  const { atoms } = block;
  if (!atoms[last].capitalized || block.mentionAt[last]) return undefined;
  let from = last;
  while (from > 0 && last - from < 2 && atoms[from - 1].capitalized && atoms[from].gap === ' ' && !block.mentionAt[from - 1] && !atoms[from - 1].sentenceStart) from--;
  return from;
}

/** Capitalised words no mention covers, starting at atom `first` (one to three, the first taken as read): their last atom. */
function unreadRunFrom(block: CheckContext['blocks'][number], first: number): number {
  const { atoms } = block;
  let e = first;
  while (e < first + 2 && atoms[e].text === atoms[e].base && atoms[e + 1]?.gap === ' ' && atoms[e + 1].capitalized && !block.mentionAt[e + 1]) e++;
  return e;
}

/** Where an apposition ends: a comma, a full stop, a semicolon, a bracket, a dash or the paragraph's end. */
const APPOSITION_END = /^(?:[,.;:)]|\s[—–]|$)/;

function appositionAt(ctx: CheckContext, block: CheckContext['blocks'][number], m: Mention): Apposition[] {
  const { atoms } = block;
  const text = ctx.text;
  const gapText = (a: number, b: number) => text.slice(block.start + atoms[a].end, block.start + atoms[b].start);
  const out: Apposition[] = [];
  // After the name: ", [the] [former] <title> [of [the] <Body>]," or ", <Body>'s <title>,".
  const open = m.last + 1;
  if (open < atoms.length && gapText(m.last, open) === ', ') {
    let j = open;
    let of: Mention | undefined;
    const q = block.mentionAt[j];
    let ofUnread: Apposition['ofUnread'];
    if (q && q.first === j && q.form.entity.kind !== 'person' && /^['’]s$/.test(atoms[q.last].text.slice(atoms[q.last].base.length))) {
      of = q;
      j = q.last + 1;
    } else if (atoms[j].key === 'the') j++;
    else if (!q && atoms[j].capitalized) {
      // ", Aragon's president,": words the knowledge does not read as a name, one to three, the last possessive.
      const e = unreadRunFrom(block, j);
      if (/^['’]s$/.test(atoms[e].text.slice(atoms[e].base.length)) && atoms[e + 1]?.gap === ' ') {
        ofUnread = { first: j, last: e };
        j = e + 1;
      }
    }
    const pastFrom = j;
    while (j < atoms.length && PAST.has(atoms[j].key)) j++;
    const past = j > pastFrom;
    for (let k = 3; k >= 1; k--) {
      const last = j + k - 1;
      if (last >= atoms.length || atoms.slice(j, last + 1).some((a, x) => (x > 0 && a.gap !== ' ') || a.base !== a.text || block.mentionAt[j + x] !== undefined)) continue;
      let end = last;
      let body = of;
      let unread = ofUnread;
      if (!body && !unread && atoms[last + 1]?.key === 'of' && atoms[last + 1].gap === ' ') {
        const at = atoms[last + 2]?.key === 'the' ? last + 3 : last + 2;
        const b = block.mentionAt[at];
        if (b && b.first === at && b.form.entity.kind !== 'person') {
          body = b;
          end = b.last;
        } else if (!b && atoms[at]?.capitalized && atoms[at].gap === ' ') {
          // ", president of Aragon,": capitalised words no mention covers.
          const e = unreadRunFrom(block, at);
          unread = { first: at, last: e };
          end = e;
        }
      }
      const next = atoms[end + 1];
      if (next && !APPOSITION_END.test(text.slice(block.start + atoms[end].end, block.start + next.start))) continue;
      if (!next && !APPOSITION_END.test(text.slice(block.start + atoms[end].end, block.start + atoms[end].end + 1))) continue;
      out.push({ first: j, last, of: body, ofUnread: body ? undefined : unread, past });
    }
  }
  // Before the name: "[<Body>'s | the] <title>, <Name>," — the name closing the apposition.
  const close = m.first - 1;
  if (close >= 1 && gapText(close, m.first) === ', ') {
    const after = atoms[m.last + 1];
    const closed = !after || APPOSITION_END.test(text.slice(block.start + atoms[m.last].end, block.start + after.start));
    for (let k = 3; k >= 1 && closed; k--) {
      const first = close - k + 1;
      if (first < 1 || atoms.slice(first, close + 1).some((a, x) => (x > 0 && a.gap !== ' ') || a.base !== a.text || block.mentionAt[first + x] !== undefined)) continue;
      const before = atoms[first - 1];
      if (atoms[first].gap !== ' ') continue;
      const q = block.mentionAt[first - 1];
      if (q && q.last === first - 1 && q.form.entity.kind !== 'person' && /^['’]s$/.test(before.text.slice(before.base.length))) {
        const prev = q.first > 0 && atoms[q.first].gap === ' ' ? atoms[q.first - 1] : undefined;
        out.push({ first, last: close, of: q, past: prev !== undefined && PAST.has(prev.key) });
      } else if (before.key === 'the' && !before.capitalized) out.push({ first, last: close, past: false });
      else if (PAST.has(before.key)) out.push({ first, last: close, past: true });
      else if (!q && before.capitalized && /^['’]s$/.test(before.text.slice(before.base.length))) {
        // "Aragon's president, Fernando López Miras,": words the knowledge does not read as a name.
        const from = unreadRunTo(block, first - 1);
        if (from !== undefined) {
          const prev = from > 0 && atoms[from].gap === ' ' ? atoms[from - 1] : undefined;
          out.push({ first, last: close, ofUnread: { first: from, last: first - 1 }, past: prev !== undefined && PAST.has(prev.key) });
        }
      }
    }
  }
  return out;
}

/**
 * wrongOffice for a title in apposition: "Paulo Rangel, the finance minister," where Rangel is
 * Portugal's foreign minister and Joaquim Miranda Sarmento its finance minister. The same rules:
 * the title of an office of the person's own country or body, never a title the person has held,
 * one holder then.
 */
function appositionOffice(
  ctx: CheckContext,
  block: CheckContext['blocks'][number],
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  own: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
): { mine: Office; office: Office; holder: EntityRecord } | undefined {
  const { atoms } = block;
  for (const app of appositionAt(ctx, block, m)) {
    if (app.past) return undefined;
    // (A title of words the knowledge does not read is no office of the person's own place it can judge.)
    if (app.ofUnread) continue;
    const title = atoms.slice(app.first, app.last + 1);
    if (OTHER_OFFICE.has(title[0].key) && title[0].key !== 'vice') return undefined;
    const found = officeOfOwnPlace(ctx, m, held, own, index, current, titleKey(title.map((a) => a.key)), app.of);
    if (found === 'theirs') return undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The office of title `key` at the country or body of one of the person's own offices (the one
 * `qualifier` names, where the copy names one), with the one person who holds it then; 'theirs'
 * where the person has held an office of that title (theirs to be named with, or a stale one:
 * findStaleTitles). Shared by wrongOffice and appositionOffice.
 */
function officeOfOwnPlace(
  ctx: CheckContext,
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  own: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
  key: string,
  qualifier: Mention | undefined,
): { mine: Office; office: Office; holder: EntityRecord } | 'theirs' | undefined {
  for (const mine of own) {
    const of = mine.office.of!;
    if (qualifier && qualifier.form.entity.id !== of && !formOf(ctx.registry, of, qualifier.form.form)) continue;
    const office = index.byKey.get(`${key}|${of}`);
    if (!office || office === mine.office) continue;
    if (held.some((h) => titleKey(h.office.head) === key)) return 'theirs';
    const now = oneEach(office.holders.filter((h) => h.person !== m.form.entity && h.terms.some(current)));
    if (now.length !== 1) continue;
    return { mine: mine.office, office, holder: now[0].person };
  }
  // A national of the country the copy names who holds an office of another body now (a European
  // commissioner): that country's office of the title, held then by one other person ("Spain's
  // ecological transition minister, Teresa Ribera" in 2025, when Sara Aagesen was).
  const country = qualifier?.form.entity;
  if (country?.kind === 'country' && m.form.entity.country === country.id && !own.some((o) => o.office.of === country.id)) {
    const office = index.byKey.get(`${key}|${country.id}`);
    if (!office || held.some((h) => titleKey(h.office.head) === key)) return undefined;
    const now = oneEach(office.holders.filter((h) => h.person !== m.form.entity && h.terms.some(current)));
    if (now.length === 1) return { mine: own[0].office, office, holder: now[0].person };
  }
  return undefined;
}

/** A ministry "of … Affairs" as copy names its minister ("foreign minister" for the Minister of Foreign Affairs). */
const AFFAIRS: Record<string, string> = { foreign: 'foreign', home: 'home', internal: 'interior', interior: 'interior', economic: 'economy' };

/** Titles whose "of" may be a portfolio ("Minister of Transport"), not a body or place. */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner']);


/**
 * A person named with the title of another body's office, held then by someone else: "Williams
 * team principal Ayao Komatsu" when Komatsu runs Haas and James Vowles Williams; "Sindh Governor
 * Faisal Karim Kundi" when Kundi governs Khyber Pakhtunkhwa and Kamran Tessori Sindh — the
 * confusion of two officials of one title that hurried copy makes. The offices are the curated
 * people's own descriptions, with their terms; the fix is the other office's one holder. Only
 * where the person holds an office of that very title then (so the knowledge knows where they
 * are), has never held it at the body the copy names, and one person holds it there then.
 */
export function findOtherBodyOffices(ctx: CheckContext, date: ArticleDate | undefined): Finding[] {
  const out: Finding[] = [];
  // (Terms are known to the year, some to the month: in the year or month one began or ended, the copy may be from either side of it.)
  const current = (t: Term) => begunBy(t, date) && runsPast(t, date);
  let index: OfficeIndex | undefined;
  for (const block of ctx.blocks) {
    for (const m of block.mentions) {
      const person = m.form.entity;
      if (person.kind !== 'person' || m.form.role === 'wrong' || m.last === m.first) continue;
      index ??= officeIndex(ctx.registry);
      const held = index.byPerson.get(person.id);
      if (!held) continue;
      // (Where no office of theirs runs then, in dated copy, the offices they have left say where
      // they were: a title they never held, at a body one other person heads then, is that
      // person's — "Metropolitan Police Commissioner Lynne Owens" in 2025, Director General of the
      // National Crime Agency until 2021, when Mark Rowley is commissioner.)
      const left = date !== undefined && !held.some((h) => h.terms.some(current)) ? held.filter((h) => leftLately(h, date)) : [];
      if (!held.some((h) => h.terms.some(current)) && !left.length) continue;
      const found = left.length ? otherTitleOffice(ctx, block, m, held, left, index, current) : otherBodyOffice(ctx, block, m, held, index, current, date !== undefined) ?? appositionOtherBody(ctx, block, m, held, index, current);
      if (!found) continue;
      const { mine, office, holder, qualifier } = found;
      // Two bodies of one name but a word ("European Council President Ursula von der Leyen", of the
      // Commission): the body is the slip, not the person the copy names in full.
      const own = splitOffice(mine.text)?.ofText;
      const fix = holderForm(ctx, holder);
      const ownWords = new Set((own ?? '').toLowerCase().split(/\s+/));
      const theirs = qualifier.text.toLowerCase().split(/\s+/);
      // (The words the two share must say more than what kind of body each is: "Victory Party" and
      // "İYİ Party" are two parties, the person the slip. And the title must be the person's own:
      // "Western Cape premier Geordin Hill-Lewis", the mayor of Cape Town, is the premier's slip.)
      const shared = theirs.filter((w) => ownWords.has(w));
      if (own !== undefined && titleClass(titleKey(mine.head), ofParty(mine)).includes(titleKey(office.head)) && theirs.length >= 2 && theirs.length === ownWords.size && shared.length === theirs.length - 1 && shared.some((w) => !GENERIC_NAME_WORDS.has(w))) {
        out.push({
          start: block.start + qualifier.start,
          end: block.start + qualifier.end,
          code: 'confusable-name',
          severity: 'warning',
          message: `${person.name} is ${inSentence(mine.text)}, not of the ${qualifier.text} (its ${office.head.join(' ')} is ${fix}).`,
          suggestions: [own],
          text: ctx.text.slice(block.start + qualifier.start, block.start + qualifier.end),
          entityId: person.id,
        });
        continue;
      }
      const written = ctx.text.slice(block.start + m.start, block.start + m.end);
      out.push({
        start: block.start + m.start,
        end: block.start + m.end,
        code: 'confusable-name',
        severity: 'warning',
        message: `${person.name} ${heldAs(held, mine, current)}; the ${inSentence(office.text)} is ${fix}.`,
        suggestions: [fix],
        text: written,
        entityId: holder.id,
      });
    }
  }
  return out;
}

/** The keys an office of `title` at the body or place written as `words` may have: by the curated entity, or by its name. */
function officeKeys(index: OfficeIndex, title: string, words: string, entity?: string): string[] {
  const text = words.toLowerCase().replace(/^the\s+/, '');
  const keys = new Set<string>();
  if (entity) keys.add(`${title}|${entity}`);
  const id = index.named.get(text);
  if (id) keys.add(`${title}|${id}`);
  keys.add(`${title}|${text}`);
  return [...keys];
}

/** A party's head, as parties and copy call it ("Chairman of the Republican People's Party", "CHP leader"). */
const PARTY_HEAD_TITLES = ['leader', 'chairman', 'president'];

/** The titles copy may give the head of the body an office of `title` is of (`party`: a party's name, "… Party"). */
function titleClass(title: string, party = false): string[] {
  if (party && PARTY_HEAD_TITLES.includes(title)) return PARTY_HEAD_TITLES;
  return HEAD_TITLES.includes(title) ? HEAD_TITLES : [title];
}

/** True when an office is of a party: "Leader of the Victory Party", "Chairman of Golkar" is not read so. */
function ofParty(office: Office): boolean {
  return /\bParty\b/.test(office.ofText ?? '');
}

/** Words between a body and a title after it that still make the title the body's ("Meituan, whose chief executive is …", "At Roma, where coach …"). */
const RELATIVE = new Set(['whose', 'where']);

function otherBodyOffice(
  ctx: CheckContext,
  block: CheckContext['blocks'][number],
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
  dated: boolean,
): { mine: Office; office: Office; holder: EntityRecord; qualifier: { start: number; end: number; text: string } } | undefined {
  const { atoms } = block;
  const mine = held.filter((h) => h.terms.some(current));
  for (const own of mine) {
    const party = ofParty(own.office);
    // The person's own body named short ("Arsenal manager" for the manager of Arsenal Women).
    const ownWords = (own.office.ofText ?? '').toLowerCase().split(/\s+/);
    for (const title of titleClass(titleKey(own.office.head), party)) for (const form of writtenForms(title)) {
      const k = form.length;
      // Right before the name ("Williams team principal Ayao Komatsu"), or with "is" between
      // ("Meituan, whose chief executive is Liang Rubo").
      const is = m.first > 0 && atoms[m.first - 1].key === 'is' && atoms[m.first - 1].gap === ' ' && !atoms[m.first - 1].capitalized ? 1 : 0;
      const first = m.first - is - k;
      // (Or after "At <body>," opening the sentence: "At Borussia Dortmund, sporting director …".)
      const atLead = first >= 2 && !is && atoms[first].gap === 'break' && ctx.text.slice(block.start + atoms[first - 1].end, block.start + atoms[first].start) === ', ' && atBody(block, first - 1);
      if (first < 1 || atoms[m.first].gap !== ' ' || (atoms[first].gap !== ' ' && !atLead)) continue;
      const words = atoms.slice(first, m.first - is);
      if (words.some((a, j) => (j > 0 && a.gap !== ' ') || block.mentionAt[first + j] !== undefined) || titleKey(words.map((a) => a.key)) !== title) continue;
      // What the title is of: right before it, or before "whose"/"where" and a comma.
      let end = first - 1;
      const relative = RELATIVE.has(atoms[end].key) && !atoms[end].capitalized && atoms[end].gap === 'break' && end > 0;
      if (relative) end--;
      else if (is) continue;
      const candidates = qualifiersBefore(ctx, block, end);
      for (const q of candidates) {
        // "former Williams team principal", "Deputy …", "ex-".
        const prev = q.from > 0 && atoms[q.from].gap !== 'break' ? atoms[q.from - 1] : undefined;
        if (prev && (PAST.has(prev.key) || OTHER_OFFICE.has(prev.key))) return undefined;
        if (q.text.toLowerCase().split(/\s+/).every((w) => ownWords.includes(w)) || townOfOwnBody(ctx, q.text, own.office)) return undefined;
        // A body every country has is the person's own country's where the person's own office is of
        // a body of that country: "Senate Speaker Moses Wetang'ula" (Speaker of Kenya's National
        // Assembly) names the Senate of Kenya, whose speaker is another. Elsewhere it says nothing.
        const generic = q.text.toLowerCase().replace(/^the\s+/, '');
        let body = q.text;
        if (GENERIC_BODIES.has(generic)) {
          const country = m.form.entity.country === undefined ? undefined : ctx.registry.entities.get(m.form.entity.country)?.name;
          if (country === undefined || !(own.office.ofText ?? '').endsWith(` of ${country}`)) continue;
          body = `${generic} of ${country}`;
        }
        const keys = titleClass(title, party).flatMap((t) => officeKeys(index, t, body, body === q.text ? q.entity : undefined));
        // The person's own office there, now or before: the title is theirs (or stale: findStaleTitles).
        if (held.some((h) => keys.some((key) => index.byKey.get(key) === h.office))) return undefined;
        const found = soleHolderElsewhere(keys, own.office, title, party, index, m, current);
        if (found) return { mine: own.office, ...found, qualifier: { start: atoms[q.from].start, end: atoms[end].end, text: q.text } };
      }
    }
  }
  // (Only in dated copy: where the person was then is what tells the title is another's.)
  if (!mine.length || !dated) return undefined;
  return otherTitleOffice(ctx, block, m, held, mine, index, current) ?? countryTitleOffice(ctx, block, m, held, mine, index, current);
}

/**
 * A country's title before a minister of another country, in a paragraph about the country the
 * title names: "Kyrgyzstan … is seeking investment. Kyrgyz Foreign Minister Bakhtiyor Saidov is
 * due to meet …" (Saidov is Uzbekistan's foreign minister, Jeenbek Kulubaev Kyrgyzstan's). The
 * person is the slip where the paragraph names the title's country before, and not the person's
 * own; elsewhere the country's word is (the nationality check's finding, which then stands).
 */
function countryTitleOffice(
  ctx: CheckContext,
  block: CheckContext['blocks'][number],
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  mine: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
): { mine: Office; office: Office; holder: EntityRecord; qualifier: { start: number; end: number; text: string } } | undefined {
  const { atoms } = block;
  const person = m.form.entity;
  if (!person.country || atoms[m.first].gap !== ' ') return undefined;
  for (let k = 3; k >= 1; k--) {
    const first = m.first - k;
    if (first < 1 || atoms[first].gap !== ' ') continue;
    const words = atoms.slice(first, m.first);
    if (words.some((a, j) => (j > 0 && a.gap !== ' ') || block.mentionAt[first + j] !== undefined || a.base !== a.text)) continue;
    const q = block.mentionAt[first - 1];
    if (!q || q.last !== first - 1 || q.form.entity.kind !== 'country' || q.form.entity.id === person.country) return undefined;
    const prev = q.first > 0 && atoms[q.first].gap !== 'break' ? atoms[q.first - 1] : undefined;
    if (prev && (PAST.has(prev.key) || OTHER_OFFICE.has(prev.key) || prev.capitalized)) return undefined;
    if (OTHER_OFFICE.has(words[0].key) || PAST.has(words[0].key)) return undefined;
    const country = q.form.entity.id;
    // (Where the person is now: an office of their own country's.)
    if (!mine.some((o) => o.office.of === person.country)) return undefined;
    // (The paragraph is about the title's country: named before, the person's own not.)
    const before = block.mentions.filter((x) => x.last < q.first);
    if (!before.some((x) => x.form.entity.id === country) || before.some((x) => x.form.entity.id === person.country)) return undefined;
    const title = titleKey(words.map((a) => a.key));
    const office = index.byKey.get(`${title}|${country}`);
    if (!office || held.some((h) => h.office === office)) return undefined;
    const now = oneEach(office.holders.filter((h) => h.person !== person && h.terms.some(current)));
    if (now.length !== 1) return undefined;
    return { mine: mine.find((o) => o.office.of === person.country)!.office, office, holder: now[0].person, qualifier: { start: q.start, end: atoms[first - 1].end, text: ctx.text.slice(block.start + q.start, block.start + q.end) } };
  }
  return undefined;
}

/**
 * True when `written` is a town that the person's own body is named for ("Toulouse coach Ugo Mola",
 * of Stade Toulousain; "Lyon coach" of Lyon OU): a town of several clubs, one of them theirs.
 */
function townOfOwnBody(ctx: CheckContext, written: string, own: Office): boolean {
  if (!own.ofText || /\s/.test(written.trim()) || !ctx.registry.known.isPlace(written)) return false;
  const stem = foldKey(written.toLowerCase()).slice(0, 5);
  return stem.length >= 4 && own.ofText.split(/[\s-]+/).some((w) => foldKey(w.toLowerCase()).startsWith(stem));
}

/**
 * otherBodyOffice for a title the person has never held, anywhere: "Western Cape premier Geordin
 * Hill-Lewis" when Hill-Lewis is mayor of Cape Town and Alan Winde the premier. The knowledge knows
 * where the person is now (an office of theirs runs then, of another body), and one other person
 * holds the office written then. The title right before the name, what it is of right before it.
 */
function otherTitleOffice(
  ctx: CheckContext,
  block: CheckContext['blocks'][number],
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  mine: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
): { mine: Office; office: Office; holder: EntityRecord; qualifier: { start: number; end: number; text: string } } | undefined {
  const { atoms } = block;
  if (atoms[m.first].gap !== ' ') return undefined;
  for (let k = 3; k >= 1; k--) {
    const first = m.first - k;
    if (first < 1 || atoms[first].gap !== ' ') continue;
    const words = atoms.slice(first, m.first);
    if (words.some((a, j) => (j > 0 && a.gap !== ' ') || block.mentionAt[first + j] !== undefined || a.base !== a.text)) continue;
    const title = titleKey(words.map((a) => a.key));
    // (A title of theirs, at any body and time, is the same-title rule's above or the stale-title check's.)
    if (held.some((h) => titleClass(titleKey(h.office.head), ofParty(h.office)).includes(title))) return undefined;
    // (Deputies, acting and former holders are many: "deputy premier" is no one person's title.)
    if (OTHER_OFFICE.has(words[0].key) || PAST.has(words[0].key)) return undefined;
    for (const q of qualifiersBefore(ctx, block, first - 1)) {
      const prev = q.from > 0 && atoms[q.from].gap !== 'break' ? atoms[q.from - 1] : undefined;
      if (prev && (PAST.has(prev.key) || OTHER_OFFICE.has(prev.key))) return undefined;
      if (GENERIC_BODIES.has(q.text.toLowerCase().replace(/^the\s+/, ''))) continue;
      const keys = officeKeys(index, title, q.text, q.entity);
      if (held.some((h) => keys.some((key) => index.byKey.get(key) === h.office))) return undefined;
      const found = soleHolderElsewhere(keys, mine[0].office, title, false, index, m, current);
      // (An office of the body one of theirs is of is no other body's: a second role there may be unknown.)
      if (found && !held.some((h) => h.office.of !== undefined && h.office.of === found.office.of)) return { mine: mine[0].office, ...found, qualifier: { start: atoms[q.from].start, end: atoms[first - 1].end, text: q.text } };
    }
  }
  return undefined;
}

/**
 * otherBodyOffice for a title in apposition: "Pierre Wunsch, governor of the Bank of Finland,"
 * (Wunsch governs the National Bank of Belgium, Olli Rehn the Bank of Finland), "the Bank of
 * Finland's governor, Pierre Wunsch,". The same rules; the body must be a mention.
 */
function appositionOtherBody(
  ctx: CheckContext,
  block: CheckContext['blocks'][number],
  m: Mention,
  held: ReadonlyArray<{ office: Office; terms: Term[] }>,
  index: OfficeIndex,
  current: (t: Term) => boolean,
): { mine: Office; office: Office; holder: EntityRecord; qualifier: { start: number; end: number; text: string } } | undefined {
  const { atoms } = block;
  const mine = held.filter((h) => h.terms.some(current));
  for (const app of appositionAt(ctx, block, m)) {
    const q = app.of;
    // (A country or a region too: "Ghana's finance minister, Wale Edun", Nigeria's; "Aragon's
    // president, Fernando López Miras", Murcia's — where no check flags the country itself, which
    // then stands alone: see NameChecker. A company given another's chief executive is here as well:
    // where the company's own is known, the person is the slip, and the executive check's finding
    // on the company gives way.)
    if ((!q && !app.ofUnread) || app.past || (q && (q.form.role === 'adjective' || q.form.role === 'demonym'))) continue;
    const written = titleKey(atoms.slice(app.first, app.last + 1).map((a) => a.key));
    const qStart = q ? q.start : atoms[app.ofUnread!.first].start;
    const qLast = q ? q.last : app.ofUnread!.last;
    const qText = ctx.text.slice(block.start + qStart, block.start + atoms[qLast].start + atoms[qLast].base.length);
    // An institution every country has, named alone, is the person's own country's ("Puan Maharani,
    // speaker of the House of Representatives," is Indonesia's speaker, not Belarus's).
    if (GENERIC_BODIES.has(qText.toLowerCase().replace(/^the\s+/, ''))) continue;
    for (const own of mine) {
      const party = ofParty(own.office);
      if (!titleClass(titleKey(own.office.head), party).includes(written)) continue;
      const ownWords = (own.office.ofText ?? '').toLowerCase().split(/\s+/);
      if (qText.toLowerCase().split(/\s+/).every((w) => ownWords.includes(w)) || townOfOwnBody(ctx, qText, own.office)) return undefined;
      const keys = titleClass(written, party).flatMap((t) => officeKeys(index, t, qText, q?.form.entity.id));
      if (held.some((h) => keys.some((key) => index.byKey.get(key) === h.office))) return undefined;
      const found = soleHolderElsewhere(keys, own.office, written, party, index, m, current);
      if (found) return { mine: own.office, ...found, qualifier: { start: qStart, end: atoms[qLast].start + atoms[qLast].base.length, text: qText } };
    }
  }
  return undefined;
}

/** True when the words ending at atom `end` are a body after a sentence's opening "At" ("At Borussia Dortmund"). */
function atBody(block: CheckContext['blocks'][number], end: number): boolean {
  const { atoms } = block;
  let from = end;
  const mention = block.mentionAt[end];
  if (mention && mention.last === end) from = mention.first;
  else while (from > 0 && atoms[from - 1].capitalized && atoms[from - 1].key !== 'at' && atoms[from].gap === ' ' && end - from < 3) from--;
  const at = atoms[from - 1];
  return at !== undefined && at.key === 'at' && at.sentenceStart && atoms[from].gap === ' ';
}

/**
 * Of the offices under `keys` (a title at the body the copy names), the one held then by one
 * person other than the mention's, where exactly one person holds any of them: not the person's own
 * office (`mine`), nor an office of the body it is of under another name. Shared by
 * otherBodyOffice and appositionOtherBody.
 */
function soleHolderElsewhere(keys: readonly string[], mine: Office, title: string, party: boolean, index: OfficeIndex, m: Mention, current: (t: Term) => boolean): { office: Office; holder: EntityRecord } | undefined {
  let found: { office: Office; holder: EntityRecord } | undefined;
  let holders = 0;
  for (const key of keys) {
    const office = index.byKey.get(key);
    if (!office || office === mine || found?.office === office) continue;
    // (Another title of a party's head names a party's office only: "Victory Party leader", not the party's namesake body's president.)
    if (party && titleKey(office.head) !== title && !ofParty(office)) continue;
    // (A minister's "of" the knowledge reads as no body is a portfolio: "Transport Minister" is no
    // office of a place called Transport, whatever "Minister of Transport" is split into.)
    // (Unless the lists know it as a body's name: "Commissioner of the Metropolitan Police".)
    if (office.of === undefined && !office.listedBody && PORTFOLIO_TITLES.has(office.head[office.head.length - 1])) continue;
    // (A body the person's own office is of, under another of its names, is no other body.)
    if (office.of !== undefined && office.of === mine.of) continue;
    for (const h of office.holders) {
      if (h.person === m.form.entity || !h.terms.some(current) || (found !== undefined && samePerson(found.holder, h.person))) continue;
      holders++;
      found = { office, holder: h.person };
    }
  }
  return found && holders === 1 ? found : undefined;
}

/**
 * Two records of one person, as two lists name them: the same entity, or the same first and last
 * words of the name once middle names and initials are left out ("Catherine Russell" and
 * "Catherine M. Russell", both Executive Director of UNICEF).
 */
function samePerson(a: EntityRecord, b: EntityRecord): boolean {
  if (a === b) return true;
  const ends = (e: EntityRecord) => {
    const words = e.name.toLowerCase().split(/\s+/);
    return `${words[0]} ${words[words.length - 1]}`;
  };
  return a.kind === 'person' && b.kind === 'person' && ends(a) === ends(b);
}

/** What a title may be of, in the words ending at atom `end`: a name the knowledge reads there, or capitalised words (longest first). */
function qualifiersBefore(ctx: CheckContext, block: CheckContext['blocks'][number], end: number): Array<{ text: string; entity?: string; from: number }> {
  const { atoms } = block;
  const qualifier = block.mentionAt[end];
  const candidates: Array<{ text: string; entity?: string; from: number }> = [];
  // (A country's title — "Slovenian Prime Minister Robert Fico" — is the nationality checks' and findWrongOffices'.)
  if (qualifier && qualifier.last === end && qualifier.form.entity.kind === 'country') return candidates;
  if (qualifier && qualifier.last === end && qualifier.form.entity.kind !== 'person') {
    candidates.push({ text: ctx.text.slice(block.start + qualifier.start, block.start + qualifier.end), entity: qualifier.form.entity.id, from: qualifier.first });
  }
  let from = end;
  // (A word the knowledge reads as a person's surname before a title is a body's name there: "Williams team principal".
  // And a name it reads before capitalised words it does not is the start of a longer one: "Emirates NBD chief executive".)
  while (from >= 0 && atoms[from].capitalized && from > end - 4 && (!block.mentionAt[from] || block.mentionAt[from]!.form.entity.kind === 'person' || (from < end && !block.mentionAt[end]))) {
    const run = atoms.slice(from, end + 1);
    if (run.every((a, j) => j === 0 || a.gap === ' ') && run[run.length - 1].text === run[run.length - 1].base) candidates.push({ text: run.map((a) => a.text).join(' '), from });
    if (atoms[from].gap !== ' ' || atoms[from].sentenceStart) break;
    from--;
  }
  return candidates.reverse();
}

/** An office's text inside a sentence: "Team principal of Haas F1 Team" → "team principal of …" (a title of one word keeps its capital). */
function inSentence(text: string): string {
  return /^\p{Lu}\p{Ll}*\s\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** True when the office is a country's or a place's (a president's, a governor's): a bare title of one is still that office. */
function bodyOfOffice(reg: CheckContext['registry'], office: Office): boolean {
  const kind = office.of !== undefined ? reg.entities.get(office.of)?.kind : undefined;
  return kind === 'country' || kind === 'place';
}

/**
 * True when the paragraph names what the office is of: its entity, its text as the description
 * writes it, or capitalised words the knowledge does not read that name it ("OCBC" of OCBC Bank).
 */
function paragraphNames(reg: CheckContext['registry'], text: string, block: CheckContext['blocks'][number], office: Office): boolean {
  if (office.of !== undefined && block.mentionAt.some((m) => m?.form.entity.id === office.of)) return true;
  if (office.ofText !== undefined && text.slice(block.start, block.end).includes(office.ofText)) return true;
  const { atoms } = block;
  for (let i = 0; i < atoms.length; i++) {
    if (!atoms[i].capitalized || block.mentionAt[i]) continue;
    for (let j = i; j < Math.min(atoms.length, i + 3) && atoms[j].capitalized && !block.mentionAt[j] && (j === i || atoms[j].gap === ' '); j++) {
      if (unreadNamesOffice(reg, atoms.slice(i, j + 1).map((a) => a.base).join(' '), office)) return true;
    }
  }
  return false;
}
