// Acronym–expansion mismatch: "the Twenty20 (G20)", "the Joint Security
// Agreement (CSTO)". The words before a known acronym in parentheses must be
// one of its expansions; a near-miss of an expansion gets that expansion as
// the fix. Words whose initials spell the acronym are taken to be another body
// with the same acronym (England and Wales Cricket Board (ECB)) and left alone.
import { formKeys, scanAtoms, type Atom } from '../../text/atoms';
import { editDistance } from '../editDistance';
import { isConnector, normaliseAcronym } from '../registry';
import { sharesStem } from './nearMiss';
import type { CheckContext, PendingFinding } from '../context';
import type { EntityRecord } from '../types';
import { OFFICE_WORDS } from '../titles';
import { englishFix } from '../formalForms';

export function findAcronymMismatches(ctx: CheckContext): PendingFinding[] {
  const out: PendingFinding[] = [];
  const re = /\(\s*([A-Z][A-Za-z0-9.-]{1,11})\s*\)/g;
  for (const block of ctx.blocks) {
    const slice = ctx.masked.slice(block.start, block.end);
    for (const found of expansionsAfter(ctx, block)) {
      const finding = judge(found.expansion, found.acronym, found.entities, ctx.text, ctx.registry, true);
      if (finding) out.push(finding);
    }
    for (const f of expansionsAlone(ctx, block)) out.push(f);
    if (!slice.includes('(')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const acronym = m[1];
      if (!/[A-Z].*[A-Z0-9]/.test(acronym)) continue;
      // A party and a state after a legislator's name is no acronym: "Rep. Ed Jenkins (D-GA.)", "(R-Texas)".
      if (/^[A-Z]-[A-Z][A-Za-z]*\.?$/.test(acronym)) continue;
      const norm = normaliseAcronym(acronym);
      // Numbered series ("COP30") also answer to their series name (COP, Conference of the Parties).
      const series = /^[A-Z]+\d+$/.test(norm) ? ctx.registry.acronyms.get(norm.replace(/\d+$/, '')) : undefined;
      const entities = [...(ctx.registry.acronyms.get(norm) ?? []), ...(series ?? [])];
      if (entities.length === 0) continue;
      const parenStart = block.start + m.index;
      const expansion = expansionBefore(block.atoms, parenStart, ctx.masked);
      if (!expansion) continue;
      // Words all in capitals are no expansion: a dateline and its agency ("ROME (MNS)"), another acronym.
      if (expansion.atoms.every((x) => !/\p{Ll}/u.test(x.text))) continue;
      const finding = judge(expansion, acronym, entities, ctx.text, ctx.registry);
      if (finding) out.push(finding);
    }
  }
  return out;
}

/**
 * The other order news copy uses: the acronym first, its expansion after it in parentheses
 * ("the IMF (International Monetary Fund)") or as an appositive ("the ITTF, the International
 * Table Tennis Federation,"). The expansion must be the whole bracket or appositive, every word
 * of it capitalised or a connector: "NSE (the local bourse)" and "IMF, the lender," are
 * descriptions, not names.
 */
function expansionsAfter(ctx: CheckContext, block: CheckContext['blocks'][number]): Array<{ acronym: string; entities: EntityRecord[]; expansion: Expansion }> {
  const out: Array<{ acronym: string; entities: EntityRecord[]; expansion: Expansion }> = [];
  const { atoms } = block;
  for (let i = 0; i + 2 < atoms.length; i++) {
    const a = atoms[i];
    if (!/^[A-Z][A-Za-z0-9]{1,11}$/.test(a.text) || !/[A-Z].*[A-Z0-9]/.test(a.text) || a.text === a.text[0] + a.text.slice(1).toLowerCase()) continue;
    // A hyphenated acronym is one ("CPN-UML").
    let k = i;
    while (k + 1 < atoms.length && atoms[k + 1].gap === '-' && /^[A-Z0-9]{1,6}$/.test(atoms[k + 1].text)) k++;
    const acronym = ctx.masked.slice(block.start + a.start, block.start + atoms[k].end);
    const between = ctx.masked.slice(block.start + atoms[k].end, block.start + atoms[k + 1]?.start);
    const bracket = /^\s*\(\s*$/.test(between);
    const appositive = /^,\s*$/.test(between) && atoms[k + 1]?.key === 'the';
    if (!bracket && !appositive) continue;
    const entities = ctx.registry.acronyms.get(normaliseAcronym(acronym)) ?? [];
    if (entities.length === 0) continue;
    let first = k + 1;
    if (appositive || atoms[first].key === 'the') first++;
    // In a list, what follows ", the" is the next item, not the acronym's name: another acronym ("the
    // ANC, the DA and the National Freedom Party"), or names joined by "and the".
    if (appositive && (!atoms[first] || /^[A-Z0-9]{2,}$/.test(atoms[first].text))) continue;
    let last = first - 1;
    for (let j = first; j < atoms.length; j++) {
      const w = atoms[j];
      if (j > first && w.gap === 'break') {
        // A name goes on across its own comma ("… Atmospheric, Geophysical and …").
        if (!(/^, $/.test(ctx.masked.slice(block.start + atoms[j - 1].end, block.start + w.start)) && w.capitalized && bracket)) break;
      }
      if (!(w.capitalized || isConnector(w.key) || (w.gap === '-' && j > first) || /^\d/.test(w.text))) {
        last = -1;
        break;
      }
      if (appositive && (w.key === 'and' || w.key === 'or') && atoms[j + 1]?.key === 'the') {
        last = -1;
        break;
      }
      last = j;
    }
    if (last < first + 1) continue;
    while (last > first && isConnector(atoms[last].key)) last--;
    const end = block.start + atoms[last].end;
    const close = ctx.masked.slice(end).match(/^\s*(.)/)?.[1] ?? '';
    if (bracket ? close !== ')' : !/^[,.;:]$/.test(close)) continue;
    const run = atoms.slice(first, last + 1).map((x) => ({ ...x, start: x.start + block.start, end: x.end + block.start }));
    out.push({ acronym, entities, expansion: { atoms: run, start: run[0].start, end: run[run.length - 1].end } });
    i = last;
  }
  return out;
}

/**
 * A known body's name written with other words and without its acronym ("the Badminton Academy of
 * India said"), where the words' initials are the body's acronym and most of them are its own: the
 * body's name written wrong, but only where the article also writes the acronym somewhere
 * (requiresWord), so that the acronym says which body is meant, and names the body's country.
 * The words before an acronym in brackets are judged there (findAcronymMismatches).
 */
function expansionsAlone(ctx: CheckContext, block: CheckContext['blocks'][number]): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  let i = 0;
  while (i < atoms.length) {
    if (!atoms[i].capitalized) {
      i++;
      continue;
    }
    // A run of capitalised words and the connectors inside it, unbroken by punctuation.
    let j = i;
    while (j + 1 < atoms.length && atoms[j + 1].gap !== 'break' && (atoms[j + 1].capitalized || isConnector(atoms[j + 1].key))) j++;
    while (j > i && isConnector(atoms[j].key)) j--;
    const run = atoms.slice(i, j + 1);
    const at = i;
    i = j + 1;
    if (run.length < 3 || /^\s*\(/.test(ctx.masked.slice(block.start + run[run.length - 1].end))) continue;
    const found = aloneIn(ctx, block, run, at);
    if (found) out.push(found);
  }
  return out;
}

const MAX_NAME_ATOMS = 12;

/** Possessives that open bodies' names ("People's Action Party", "Workers' Party", "Women's Tennis Association"). */
const NAME_POSSESSIVES = new Set(['people', 'peoples', 'workers', 'women', 'womens', 'citizens', 'farmers', 'nations', 'children', 'childrens', 'men', 'mens', 'veterans', 'students', 'lawyers', 'writers', 'journalists', 'teachers', 'doctors', 'employers', 'traders', 'consumers']);


/** The longest stretch of the run whose initials are a known acronym and whose words are mostly its body's, written wrong. */
function aloneIn(ctx: CheckContext, block: CheckContext['blocks'][number], run: Atom[], at: number): PendingFinding | undefined {
  // (A name has a dozen words at most: a longer run is tried in windows, in time linear in its length.)
  for (let len = Math.min(run.length, MAX_NAME_ATOMS); len >= 3; len--) {
    for (let s = 0; s + len <= run.length; s++) {
      const part = run.slice(s, s + len);
      if (!part[0].capitalized || !part[len - 1].capitalized) continue;
      const content = part.filter((a) => !isConnector(a.key) && a.key !== '&');
      if (content.length < 3 || content.some((a) => !a.capitalized)) continue;
      // The end of a longer name is that name's: "Parti Gagasan Rakyat Sabah" is no slip of the
      // Gabungan Rakyat Sabah (GRS) it belongs to. A place, a possessive or a sentence's first word
      // before the words may be cut off.
      const before = run[s - 1];
      if (before && !isConnector(before.key) && !before.sentenceStart && before.base === before.text && !ctx.registry.known.isPlace(before.base) && !ctx.registry.countryParts.has(before.key)) continue;
      // A possessive does not open a body's name ("Lee's Democratic Party" is his party, no guess at
      // the LDP), unless it is a people's own ("People's Action Party", "Workers' Party").
      if (part[0].text !== part[0].base && !NAME_POSSESSIVES.has(part[0].key)) continue;
      // An office ends in its holder's word: "National Security Adviser" is a person, not the NSA.
      if (OFFICE_WORDS.has(content[content.length - 1].key)) continue;
      const acronym = content.map((a) => a.text[0].toUpperCase()).join('');
      const entities = (ctx.registry.acronyms.get(acronym) ?? []).filter((e) => e.kind !== 'country' && e.kind !== 'place' && !ctx.registry.isListed(e));
      if (entities.length === 0) continue;
      const span: Expansion = { atoms: part.map((x) => ({ ...x, start: x.start + block.start, end: x.end + block.start })), start: part[0].start + block.start, end: part[len - 1].end + block.start };
      // A known name of anything (the European Film Awards beside the EFA) is that name.
      const m = block.mentionAt[at + s];
      if (m && m.first === at + s && m.last === at + s + len - 1) return undefined;
      if (namesOtherBody(span, ctx.registry) || ctx.registry.known.hasName(part.map((a) => a.base))) return undefined;
      const norms = entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((form) => ({ e, form, norm: normaliseName(form) })));
      if (norms.some((x) => x.norm === normaliseName(ctx.text.slice(span.start, span.end)))) return undefined;
      const found = sameBodyOtherWords(span, acronym, norms, ctx.text, ctx.registry);
      if (found === null) return undefined;
      if (found && found.score >= 2 / 3) return { ...found.finding, requiresWord: acronym };
    }
  }
  return undefined;
}

interface Expansion {
  atoms: Atom[];
  start: number;
  end: number;
}

/** The run of capitalised words (and connectors inside it) right before the parenthesis. */
function expansionBefore(atoms: Atom[], parenStart: number, masked: string): Expansion | undefined {
  let i = atoms.findIndex((a) => a.start >= parenStart) - 1;
  if (i < -1) i = atoms.length - 1;
  if (i < 0) return undefined;
  if (!/^\s*$/.test(masked.slice(atoms[i].end, parenStart))) return undefined;
  const run: Atom[] = [];
  for (let k = i; k >= 0; k--) {
    const a = atoms[k];
    // Lower-case parts of hyphenated words belong to the name ("Co-operation").
    const ok = a.capitalized || /^\d/.test(a.text) || isConnector(a.key) || (a.gap === '-' && k > 0);
    if (!ok) break;
    run.unshift(a);
    // A name goes on across its own punctuation: "Kurdistan Workers' Party", "United Nations
    // Educational, Scientific and Cultural Organization" (a list before it is sorted out by the suffixes).
    // (Across a comma only to a capitalised word: "in January, the National Statistics Institute" starts at National.)
    if (a.gap === 'break' && !(k > 0 && /^(?:['’]|,) $/.test(masked.slice(atoms[k - 1].end, a.start)) && atoms[k - 1].capitalized && (a.capitalized || masked[a.start - 1] !== ' ' || masked[a.start - 2] !== ','))) break;
  }
  while (run.length && isConnector(run[0].key)) run.shift();
  // A name never ends in a connector: the bracket stands for the words' object ("the Enforcement
  // Division of the (SEC)" is a division of the SEC), not for the words.
  if (run.length === 0 || isConnector(run[run.length - 1].key)) return undefined;
  return { atoms: run, start: run[0].start, end: run[run.length - 1].end };
}

function mismatch(span: Expansion, wrong: string, message: string, suggestions: string[], e: EntityRecord): PendingFinding {
  return { start: span.start, end: span.end, code: 'acronym-mismatch', severity: 'warning', message, suggestions: unique(suggestions), text: wrong, entityId: e.id };
}

function contentWords(s: string): string[] {
  return normaliseName(s)
    .split(' ')
    .filter((w) => w && !isConnector(w) && w !== '&');
}

function normaliseName(s: string): string {
  return formKeys(s)
    .filter((k) => k !== 'the')
    .join(' ')
    // A company's abbreviated legal ending names no part of it: "Nippon Telegraph and Telephone
    // Corp (NTT)", "The Broken Hill Pty Co Ltd (BHP)". (Written in full it may: "Professional Game
    // Match Officials Limited (PGMOL)"; a body's abbreviated forms are among its aliases.)
    .replace(/(?: (?:co|corp|inc|ltd|plc|llc|ag|sa|nv|pty|proprietary))+$/, '')
    .replace(/isation/g, 'ization')
    .replace(/co operation/g, 'cooperation')
    .replace(/\band\b/g, '&');
}

function judge(exp: Expansion, acronym: string, entities: EntityRecord[], text: string, registry: CheckContext['registry'], whole = false): PendingFinding | undefined {
  const expansions = entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((form) => ({ e, form })));
  // Try every suffix of the run that starts with a capitalised word ("China and the Joint
  // Security Agreement" → "Joint Security Agreement"): any exact match means all is well.
  const suffixes: Expansion[] = [];
  // (An expansion after its acronym is delimited by its bracket or commas: only the whole of it.)
  for (let s = 0; s < (whole ? 1 : exp.atoms.length); s++) {
    const a = exp.atoms[s];
    if (!a.capitalized && !/^\d/.test(a.text)) continue;
    const atoms = exp.atoms.slice(s);
    suffixes.push({ atoms, start: atoms[0].start, end: exp.end });
  }
  if (suffixes.length === 0) return undefined;
  const norms = expansions.map((x) => ({ ...x, norm: normaliseName(x.form) }));
  for (const s of suffixes) {
    const n = normaliseName(text.slice(s.start, s.end));
    const hit = norms.find((x) => x.norm === n || membersOf(n, x.norm));
    if (hit) {
      // The letters are two countries' bodies' ("INTA": Argentina's farm-technology institute, Spain's
      // aerospace one): the words name one, but in a story another's country leads, the other is meant.
      const others = hit.e.country ? entities.filter((x) => x.country && x.country !== hit.e.country) : [];
      if (others.length !== 1 || others[0].kind !== hit.e.kind) return undefined;
      const [other] = others;
      // (Two countries' bodies of one name — Ghana's and Grenada's National Democratic Congress — are told apart by nothing here.)
      // (Nor is the other's name written short, without its country: "the Securities and Exchange
      // Commission (SEC)" in a Nigerian story is Nigeria's, whatever the American one is called.)
      const words = contentWords(text.slice(s.start, s.end));
      if ([other.name, ...(other.aliases ?? [])].some((f) => normaliseName(f) === n || words.every((w) => contentWords(f).includes(w)))) return undefined;
      const wrong = text.slice(s.start, s.end);
      return { ...mismatch(s, wrong, `${acronym} of this story's country is the ${other.name}, not the ${hit.e.name} (“${wrong}”).`, [other.name], other), requiresCountry: other.country, countryLeads: true };
    }
    // The tail of a known expansion, its beginning written in some short form before it ("U.N.
    // Conference on Trade and Development (UNCTAD)"): the name, not a word swapped in it.
    // (The whole run only: "Tariffs and Trade" ends the GATT's name too.)
    // (Or the run after initials with stops that begin it: "U.N. Conference on Trade and Development".)
    const afterInitials = s.atoms[0] === exp.atoms.find((a) => !a.text.includes('.'));
    if ((s === suffixes[0] || afterInitials) && s.atoms.length >= 3 && norms.some((x) => x.norm.endsWith(' ' + n))) return undefined;
  }
  // Words whose initials are the acronym letter for letter, where no name of the known body's
  // spells it, are another body with the same letters ("International Sugar Organization (ISO)"
  // beside the International Organization for Standardization; "State Statistical Bureau (SSB)").
  // (The whole run: "Swedish Postal and Telegraph Service (PTS)" ends in words that spell PTS.)
  // Unless they hold every word of a known form, one at least in another form: "International
  // Standards Organization (ISO)" is the ISO's name written wrong.
  if (!expansions.some((x) => formSpells(acronym, x.form)) && initialsAre(acronym, exp.atoms)) {
    const written = contentWords(text.slice(exp.start, exp.end));
    if (!expansions.some((x) => contentWords(x.form).every((v) => written.some((w) => w === v || sharesStem(v, w))))) return undefined;
  }
  // A near-miss of an expansion ("European Centrail Bank", "Organization of American State").
  let best: { s: Expansion; form: string; e: EntityRecord; d: number } | undefined;
  for (const s of suffixes) {
    // The full name of another known body is no misspelling (New Zealand's Financial Markets
    // Authority beside Austria's Financial Market Authority, both FMA).
    if (namesOtherBody(s, registry)) continue;
    const n = normaliseName(text.slice(s.start, s.end));
    for (const x of norms) {
      const max = Math.min(3, Math.floor(x.norm.length / 8));
      const d = editDistance(n, x.norm, max);
      if (d <= max && (!best || d < best.d)) best = { s, form: x.form, e: x.e, d };
    }
  }
  if (best) {
    const wrong = text.slice(best.s.start, best.s.end);
    // The writer's own spelling of the fix (Organisation/Organization) only where it is a form of the body.
    const forms = new Set([best.e.name, ...(best.e.aliases ?? [])]);
    const kept = keepWriting(wrong, best.form).filter((k) => forms.has(k));
    return mismatch(best.s, wrong, `“${wrong}” is misspelled: ${acronym} is the ${best.e.name}.`, [...kept, best.form, best.e.name], best.e);
  }
  // One word swapped for another ("Shanghai Coordination Organization", "International
  // Atomic Energy Association"): the rest of the name says which body is meant.
  let swap: { s: Expansion; form: string; e: EntityRecord; same: number } | undefined;
  for (const s of suffixes) {
    const written = text.slice(s.start, s.end);
    const words = contentWords(written);
    for (const x of norms) {
      const want = contentWords(x.form);
      if (want.length < 2 || want.length !== words.length) continue;
      // One word replaced, perhaps with others only in another form ("Official"/"Officials"); or,
      // in a name of four words or more, two each replaced by a word with its initial, so that the
      // acronym still holds ("Department of Disaster Protection and Management (DDPM)").
      const diffs = words.map((w, i) => (w === want[i] ? 0 : sharesStem(w, want[i]) ? 1 : 2));
      const replaced = diffs.filter((d) => d === 2).length;
      if (replaced !== 1 && !(replaced === 2 && want.length >= 4 && diffs.every((d, i) => d !== 2 || words[i][0] === want[i][0]))) continue;
      // A place's name for one of its words is that place's own body ("Toronto Stock Exchange" beside Tokyo's).
      if (words.some((w, i) => diffs[i] === 2 && placeWord(registry, w))) continue;
      // The body's own country's adjective for one of its words describes it ("Iranian
      // Revolutionary Guard Corps (IRGC)" for the Islamic …): not a wrong name.
      if (ownCountryWord(registry, x.e, [words[diffs.indexOf(2)]])) continue;
      // A national body's word rendered another way ("Labor Party (PT)" for the Workers' Party)
      // may name another country's body with the same native acronym (see rendersAll).
      // (Words that spell the acronym are the body's own, rendered wrong: "Independent Elections and
      // Boundaries Commission (IEBC)".)
      // (Nor are words whose acronym is the English name's, not theirs: "Chinese Football Federation (CFA)"
      // for the Chinese Football Association; a native acronym spells neither.)
      if (x.e.country && renders(registry, words[diffs.indexOf(2)], want[diffs.indexOf(2)], x.e.kind) && !spells(acronym, s) && !formSpells(acronym, x.form)) continue;
      // Of equal candidates, the one spelled as the writer spells (Organization vs Organisation).
      const writtenWords = new Set(written.split(/\s+/));
      const same = x.form.split(/\s+/).filter((w) => writtenWords.has(w)).length;
      if (!swap || same > swap.same) swap = { s, form: x.form, e: x.e, same };
    }
    if (swap) break;
  }
  if (swap) {
    const wrong = text.slice(swap.s.start, swap.s.end);
    // (With one word swapped the body is meant even where the article names only other countries: a
    // writer confuses a neighbour's body, "Canada's National Democratic Party (NDP)".)
    const fix = englishFix(swap.form, swap.e.name);
    const f = mismatch(swap.s, wrong, `${acronym} is the ${fix}, not the “${wrong}”.`, [fix, swap.form, swap.e.name], swap.e);
    // Unless the words spell the letters exactly: then, where the article names only countries of
    // other world regions, they are another country's body with the same letters ("the Progressive
    // Democratic Party (PDP)" of Sarawak is not Nigeria's Peoples Democratic Party, nor Egypt's
    // National Democratic Party (NDP) Canada's New Democratic Party).
    // (Where several countries' bodies share the letters, the one the words are judged against counts.)
    const country = initialsAre(acronym, swap.s.atoms) ? (oneCountrys(entities) ?? swap.e.country) : undefined;
    if (country) return { ...f, unlessFarCountries: country };
    // (A native acronym, spelled neither by the body's English name nor by the words: see sameBodyOtherWords.)
    return swap.e.country && !initialsAre(acronym, scanAtoms(swap.form)) && countriesOf(entities) === 1 ? { ...f, requiresCountry: swap.e.country, countryLeads: true } : f;
  }

  // Choose the words that stand for the acronym: the longest suffix without "and"
  // (a list like "China and the …" is not part of the name).
  const chosen = suffixes.find((s) => !s.atoms.some((a) => a.key === 'and' || a.key === '&')) ?? suffixes[suffixes.length - 1];
  const words = chosen.atoms;
  // Words that could spell the acronym name some other body (England and Wales
  // Cricket Board (ECB), Caribbean Community (CARICOM)): leave them alone.
  const fits = suffixes.some((s) => acronymFits(normaliseAcronym(acronym), s.atoms.filter((a) => !isConnector(a.key)).map((a) => a.text.toUpperCase())));
  if (fits) {
    // The run of words that reads best as the body's name written wrong, the "and" of the name
    // included ("Australian Consumer and Competition Council (ACCC)"), nothing before it ("In Sweden, the …");
    // of two that read as well, the longer.
    let best: { finding: PendingFinding; score: number } | undefined;
    for (const s of [...suffixes].reverse()) {
      const found = sameBodyOtherWords(s, acronym, norms, text, registry);
      if (found === null) return undefined;
      if (found && (!best || found.score >= best.score)) best = found;
    }
    return best?.finding;
  }
  // A shorter form of a known expansion ("Caribbean Community" for "Caribbean Community and Common Market").
  // (The whole run only: "Central Bank" ending "West African Central Bank (BCEAO)" begins
  // "Central Bank of West African States", but the run is a translation of it.)
  const chosenNorm = normaliseName(text.slice(chosen.start, chosen.end));
  if (norms.some((x) => x.norm.startsWith(chosenNorm + ' '))) return undefined;
  // The tail of a known expansion, after a beginning written in some short form ("UN Relief and
  // Works Agency for Palestine Refugees in the Near East (UNRWA)").
  if (chosen.atoms.length >= 3 && norms.some((x) => x.norm.endsWith(' ' + chosenNorm))) return undefined;
  if (words.length === 1 && words[0].text.length <= 2) return undefined;
  // A country code after a name is a nationality, as in results ("Coco Gauff (US)", "Lewis Hamilton (GB)"),
  // not an expansion; a misspelt country before its code was caught above as a near-miss.
  if (entities.every((x) => x.kind === 'country' || x.kind === 'place')) return undefined;
  // Acronyms the lists record are many and ambiguous: only a slip of their expansion counts.
  if (entities.every((x) => registry.isListed(x))) return undefined;
  // The full name of another known body, near the acronym's own ("the ITTF, the International
  // Tennis Federation" for the International Table Tennis Federation): the other body is meant
  // by its own acronym, so the writer confused the two. Two words shared at least.
  const other = bodyNamed(chosen, registry);
  if (other) {
    if (entities.includes(other) || other.acronyms?.some((a) => normaliseAcronym(a) === normaliseAcronym(acronym))) return undefined;

    const words = contentWords(text.slice(chosen.start, chosen.end));
    let close: { form: string; e: EntityRecord; shared: number } | undefined;
    for (const x of expansions) {
      if (x.e.kind === 'country' || x.e.kind === 'place') continue;
      const want = contentWords(x.form);
      const shared = words.filter((w) => want.some((v) => v === w || sharesStem(v, w))).length;
      // Two words written as the form writes them: words that only share stems with it are a
      // translation of a native name ("Central Bureau of Statistics (SCB)" beside Statistiska
      // centralbyrån), not another body's name.
      const exact = words.filter((w) => want.includes(w)).length;
      if (shared >= 2 && exact >= 2 && shared >= want.length - 2 && (!close || shared > close.shared)) close = { form: x.form, e: x.e, shared };
    }
    if (!close) return undefined;
    const wrong = text.slice(chosen.start, chosen.end);
    return mismatch(chosen, wrong, `${acronym} is the ${close.form}; the “${wrong}” is another body.`, [close.form, close.e.name], close.e);
  }
  // Words before it that are a real name of their own, or a person's given name and surname
  // ("Leylah Fernandez (CAN)" in a results list): a nationality code, not an expansion.
  // (Only the whole run: a generic name at its end, "… Central Bank (BCEAO)", says nothing.)
  if (chosen.atoms.length >= 2 && registry.known.hasName(chosen.atoms.map((a) => a.base))) return undefined;
  const run = chosen.atoms;
  // One word after a connector is the end of a longer expansion whose head is a name of its own
  // ("the German Chamber of Commerce and Industry (DIHK)"): it is no expansion by itself.
  if (run.length === 1 && /\b(?:and|of|for|&)\s+$/i.test(text.slice(Math.max(0, chosen.start - 5), chosen.start))) return undefined;
  if (run.length === 2 && /^[A-Z]{2,3}$/.test(acronym) && registry.known.wordSource(run[1].base) && !run.some((a) => isConnector(a.key))) return undefined;
  // Of bodies sharing the acronym, the one whose name shares most words with the written one
  // ("Socialist Action Movement (MAS)": the Movement for Socialism, not Singapore's regulator).
  const written = contentWords(text.slice(chosen.start, chosen.end));
  const sharedWith = (x: EntityRecord) => Math.max(...[x.name, ...(x.aliases ?? [])].map((f) => written.filter((w) => contentWords(f).some((v) => v === w || sharesStem(v, w))).length));
  const e = entities.length === 1 ? entities[0] : [...entities].sort((a, b) => sharedWith(b) - sharedWith(a))[0];
  // Two words that share none of the body's before a three-letter code are a competitor and the
  // country code of a results table ("Jhonatan Narváez (ECU)": the European Chess Union is ECU too).
  if (/^[A-Z]{3}$/.test(acronym) && run.length === 2 && !run.some((a) => isConnector(a.key)) && sharedWith(e) === 0) return undefined;
  // Three words or more that share none of the body's and end in another kind of body are that body,
  // with the same letters in its own language ("Socialist Forces Front (FFS)", Algeria's party, is no
  // French Ski Federation): a wrong expansion keeps the kind of body it names.
  if (written.length >= 3 && sharedWith(e) === 0 && !entities.some((x) => [x.name, ...(x.aliases ?? [])].some((f) => contentWords(f).at(-1) === written.at(-1)))) return undefined;
  const wrong = text.slice(chosen.start, chosen.end);
  // Words that name another country and share at most one word with the body's name are that
  // country's own body under its native acronym ("Bolivian Workers' Centre (COB)" is not the
  // Brazilian Olympic Committee): no wrong expansion.
  const countries = chosen.atoms.map((a) => countryOfWord(registry, a.key)).filter((c): c is string => c !== undefined);
  if (countries.some((c) => c !== e.country) && sharedWith(e) <= 1) return undefined;
  // Words that render a national body's name word for word in other English ("Labor Party (PT)"
  // for the Workers' Party) may be another country's body with the same native acronym (Mexico's
  // Partido del Trabajo): the translated-name check, which asks for the country, judges them.
  if (e.country && rendersAll(registry, contentWords(wrong), [e.name, ...(e.aliases ?? [])], e.kind) && !spells(acronym, chosen) && !formSpells(acronym, e.name)) return undefined;
  // After the acronym, words that share none of its name's are more often a gloss ("CDSCO
  // (Ministry of Health)", the body it belongs to) than a wrong expansion.
  if (whole && !contentWords(wrong).some((w) => expansions.some((x) => contentWords(x.form).some((v) => v === w || sharesStem(v, w))))) return undefined;
  // (A body named by its acronym, ORF or ZDF, is fixed by what the acronym stands for, its aliases.)
  // The alias nearest the written words first ("Österreichisches Radio Fernsehen": Österreichischer Rundfunk).
  const near = (f: string) => written.filter((w) => contentWords(f).some((v) => v === w || sharesStem(v, w))).length;
  const spelled = (e.aliases ?? []).filter((a) => !/^[A-Z0-9-]+$/.test(a) && !/\b(?:Corp|Co|Ltd)\.?$/.test(a)).sort((a, b) => near(b) - near(a));
  const fixes = unique(/^[A-Z0-9-]+$/.test(e.name) && spelled.length ? spelled : [e.name, ...spelled]).slice(0, 3);
  const f = mismatch(chosen, wrong, `${acronym} stands for the ${fixes[0]}, not “${wrong}”.`, fixes, e);
  // A national body's letters in an article that points at other countries only, never at the
  // body's own (the body itself aside), are another country's body with the same letters
  // ("Hosni Mubarak's ruling National Democratic Party (NDP)" is not Canada's). Where several
  // countries' bodies share the letters, the one the written words are judged against counts
  // ("Sarawak's Progressive Democratic Party (PDP)" is not Nigeria's Peoples Democratic Party).
  const country = oneCountrys(entities) ?? e.country;
  return country ? { ...f, unlessOtherCountries: country } : f;
}

/**
 * The country of the known bodies with these letters when they are all one country's (the
 * letters of several countries' bodies are judged without it: the article may be about any).
 */
function oneCountrys(entities: readonly EntityRecord[]): string | undefined {
  const country = entities[0]?.country;
  return country && entities.every((e) => e.country === country) ? country : undefined;
}

/** How many countries the national bodies among these belong to. */
function countriesOf(entities: readonly EntityRecord[]): number {
  return new Set(entities.filter((e) => e.country).map((e) => e.country)).size;
}

/**
 * True when the (normalised) words name the body's members: its name's first words with the last
 * of them a plural noun of that word's stem ("christian democrats" for the Christian Democratic
 * Union, "free democrats" for the Free Democratic Party) — the party's people, not a wrong name.
 */
function membersOf(written: string, form: string): boolean {
  const w = written.split(' ');
  const f = form.split(' ');
  const k = w.length - 1;
  if (k < 1 || k >= f.length || !w[k].endsWith('s')) return false;
  for (let i = 0; i < k; i++) if (w[i] !== f[i]) return false;
  return sharesStem(w[k].slice(0, -1), f[k]);
}

/**
 * Words that spell the acronym but are mostly the known body's own words ("European Aviation
 * Security Agency (EASA)" for the European Union Aviation Safety Agency; "Unity Conservative
 * Party (UCP)"): the body's name, written wrong. A body of a country counts only where the
 * article names that country (another country's party may share the acronym and two words).
 * Words that share little with it (England and Wales Cricket Board (ECB)) are another body.
 * Null when the words are a run of the body's own name: then no other reading is tried.
 */
function sameBodyOtherWords(
  chosen: Expansion,
  acronym: string,
  norms: Array<{ e: EntityRecord; form: string }>,
  text: string,
  registry: CheckContext['registry'],
): { finding: PendingFinding; score: number } | null | undefined {
  const wrong = text.slice(chosen.start, chosen.end);
  const words = contentWords(wrong);
  if (words.length < 2) return undefined;
  let best: { e: EntityRecord; form: string; score: number } | undefined;
  for (const x of norms) {
    if (x.e.kind === 'country' || x.e.kind === 'place') continue;
    // Words that are a run of the name itself are that name, written in part ("UN Relief and Works Agency …").
    if ((' ' + normaliseName(x.form) + ' ').includes(' ' + normaliseName(wrong) + ' ')) return null;
    const want = contentWords(x.form);
    // Each word of the name is met once: the same word or stem, then a word rendered another way
    // ("Postal and Telegraph" for Post and Telecom).
    const free = want.map(() => true);
    const take = (ok: (w: string, v: string) => boolean) => {
      let n = 0;
      for (const w of words) {
        const k = want.findIndex((v, i) => free[i] && ok(w, v));
        if (k >= 0) {
          free[k] = false;
          n++;
        }
      }
      return n;
    };
    const same = take((w, v) => v === w || sharesStem(v, w));
    const shared = same + take((w, v) => renders(registry, w, v, x.e.kind));
    // Most of the words of both names, at least two of them as the name writes them.
    const most = Math.max(words.length, want.length);
    // Every word the name's own, in some form, is the name ("Financial Markets Authority (FMA)").
    if (same === most) return null;
    // One word of the name given as its country's adjective is a description of the body, not a
    // wrong name ("Iranian Revolutionary Guard Corps (IRGC)" for the Islamic …); another
    // country's is a wrong body ("Russian Anti-Doping Agency (WADA)").
    if (same === most - 1 && words.length === want.length && ownCountryWord(registry, x.e, words.filter((w) => !want.some((v) => v === w || sharesStem(v, w))))) return null;
    if (same < 2 || shared < Math.ceil(0.6 * most)) continue;
    // A place's name among the words left over makes that place's own body ("The Toronto Stock Exchange", TSE).
    if (words.some((w) => !want.some((v) => v === w || sharesStem(v, w)) && placeWord(registry, w))) continue;
    if (!best || shared / most > best.score) best = { ...x, score: shared / most };
  }
  if (!best) return undefined;
  // (English words that render a native name are fixed with the body's own name.)
  const fix = englishFix(best.form, best.e.name);
  const f = mismatch(chosen, wrong, `${acronym} is the ${fix}, not the “${wrong}”.`, [fix, best.form, best.e.name], best.e);
  // (A native acronym — neither the body's English name nor the words spell it — is shared by bodies of
  // other countries whose names read alike in English: there the body's country must lead the article.
  // "INTA, the National Institute of Agricultural Technology" in a story from Patagonia is Argentina's
  // INTA, whatever Spain's INTA, its National Institute for Aerospace Technology, is.)
  // (Where bodies of several countries share the letters — each Latin American country's CNE — the
  // article's country is not weighed here: the body judged against may be any of them.)
  const native = best.e.country !== undefined && !initialsAre(acronym, scanAtoms(best.form)) && !initialsAre(acronym, chosen.atoms) && countriesOf(norms.map((x) => x.e)) === 1;
  const scoped = native ? { ...f, requiresCountry: best.e.country, countryLeads: true } : best.e.country ? { ...f, requiresEntity: best.e.country } : f;
  return { finding: scoped, score: best.score };
}

/**
 * True when the (normalised) word is a known city's own name (not a country's, nor an adjective:
 * "American"; nor a small town of the lists, whose names are often words: Council, Idaho).
 */
function placeWord(registry: CheckContext['registry'], word: string): boolean {
  return (registry.phrasesByFirst.get(word) ?? []).some((f) => f.keys.length === 1 && f.entity.kind === 'place' && (f.role === 'name' || f.role === 'alias' || f.role === 'short'));
}

/** True when the word left over is the name or adjective of the body's own country. */
function ownCountryWord(registry: CheckContext['registry'], e: EntityRecord, leftOver: readonly string[]): boolean {
  const country = e.country ? registry.entities.get(e.country) : undefined;
  if (!country || leftOver.length !== 1) return false;
  const own = new Set([country.name, ...(country.adjectives ?? []), ...(country.demonyms ?? [])].map((w) => normaliseName(w)));
  return own.has(leftOver[0]);
}

/** The country a single word names, by its name, adjective or demonym ("Bolivian" → bolivia). */
function countryOfWord(registry: CheckContext['registry'], key: string): string | undefined {
  const f = (registry.phrasesByFirst.get(key) ?? []).find((x) => x.keys.length === 1 && x.entity.kind === 'country');
  return f?.entity.id;
}

/** True when the words are a full name of a known body, word for word. */
function namesOtherBody(s: Expansion, registry: CheckContext['registry']): boolean {
  return bodyNamed(s, registry) !== undefined;
}

/** The known body whose full name the words are, word for word. */
function bodyNamed(s: Expansion, registry: CheckContext['registry']): EntityRecord | undefined {
  const keys = s.atoms.map((a) => a.key);
  if (keys.length < 2) return undefined;
  return registry.formsWithKeys(keys).find((f) => (f.role === 'name' || f.role === 'alias') && f.entity.kind === 'organization')?.entity;
}

/** True when a word-swap group (data/rules/word-swaps.json) holds both words for names of this kind. */
function renders(registry: CheckContext['registry'], written: string, wanted: string, kind: EntityRecord['kind']): boolean {
  return (registry.swapGroups.get(written) ?? []).some((g) => g.appliesTo.includes(kind) && g.words.includes(wanted));
}

/** True when the words' initials (or prefixes) spell the acronym. */
function spells(acronym: string, s: Expansion): boolean {
  return acronymFits(normaliseAcronym(acronym), s.atoms.filter((a) => !isConnector(a.key)).map((a) => a.text.toUpperCase()));
}

/** True when the initials of the words (an expansion's, or a name's: scanAtoms), connectors left out, are the acronym's letters exactly. */
function initialsAre(acronym: string, words: readonly Atom[]): boolean {
  const initials = words
    .filter((a) => !isConnector(a.key))
    .map((a) => a.text[0].toUpperCase())
    .join('');
  return initials === normaliseAcronym(acronym);
}

/** True when the initials (or prefixes) of a known form's words spell the acronym: the body's English name is its acronym's. */
function formSpells(acronym: string, form: string): boolean {
  return acronymFits(
    normaliseAcronym(acronym),
    scanAtoms(form)
      .filter((a) => !isConnector(a.key) && a.key !== '&')
      .map((a) => a.text.toUpperCase()),
  );
}

/** True when each written word is a word of one of the forms, or stands for one by a swap group, one at least by a swap group. */
function rendersAll(registry: CheckContext['registry'], words: readonly string[], forms: readonly string[], kind: EntityRecord['kind']): boolean {
  return forms.some((form) => {
    const want = contentWords(form);
    const same = (w: string) => want.some((v) => v === w || sharesStem(v, w));
    return words.length === want.length && words.some((w) => !same(w)) && words.every((w) => same(w) || want.some((v) => renders(registry, w, v, kind)));
  });
}

/**
 * The written name with only its wrong words replaced, when its words line up one to one
 * with the known form's: "Organization of the Petroleum Exploring Countries" becomes
 * "… of the Petroleum Exporting Countries", keeping the writer's "the".
 */
function keepWriting(written: string, form: string): string[] {
  const mine = scanAtoms(written).filter((a) => !isConnector(a.key));
  const theirs = scanAtoms(form).filter((a) => !isConnector(a.key));
  if (mine.length !== theirs.length) return [];
  let out = '';
  let at = 0;
  for (let i = 0; i < mine.length; i++) {
    if (mine[i].key === theirs[i].key) continue;
    out += written.slice(at, mine[i].start) + theirs[i].text;
    at = mine[i].end;
  }
  return [out + written.slice(at)];
}

/**
 * Can the acronym be read as prefixes of successive words, skipping words
 * ("ECB" from England (and Wales) Cricket Board, "CARICOM" from CARIbbean COMmunity)?
 */
export function acronymFits(acronym: string, words: string[]): boolean {
  const fit = (ai: number, wi: number): boolean => {
    if (ai === acronym.length) return true;
    for (let w = wi; w < words.length; w++) {
      const word = words[w];
      for (let len = 1; len <= word.length && ai + len <= acronym.length; len++) {
        if (word[len - 1] !== acronym[ai + len - 1]) break;
        if (fit(ai + len, w + 1)) return true;
      }
      if (w === wi && ai === 0) return false; // the first letter must come from the first word
    }
    return false;
  };
  return words.length > 0 && fit(0, 0);
}

function unique(xs: string[]): string[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}
