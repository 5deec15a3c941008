// Builds data/generated/entities.json (a KnowledgeBaseFile) from the World
// Factbook extracts in data/sources/ and the curated YAML in data/curated/,
// then chains build-near-words.mjs. Deterministic: rerunning gives the same bytes.
//
// Usage: node scripts/build-entities.mjs [--no-near-words]
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'data', 'sources');
const CURATED = join(ROOT, 'data', 'curated');
const OUT = join(ROOT, 'data', 'generated', 'entities.json');

const FB = 'The World Factbook (public domain)';

// ---------------------------------------------------------------- text helpers

const HTML_NAMED = { amp: '&', rsquo: '\u2019', lsquo: '\u2018', quot: '"', nbsp: ' ', szlig: 'ß', aelig: 'æ', oslash: 'ø', eth: 'ð', thorn: 'þ' };
const HTML_MARKS = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030A', caron: '\u030C' };

/** The Factbook extract keeps HTML entities ("Bras&iacute;lia"); decode them. */
export function decodeHtml(text) {
  return text
    .replace(/&([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|caron);/g, (_, ch, mark) => (ch + HTML_MARKS[mark]).normalize('NFC'))
    .replace(/&([a-z]+);/g, (m, name) => HTML_NAMED[name] ?? m)
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Luiz Inácio" -> "Luiz Inacio": newsrooms that drop accents write the folded form. */
export function fold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss').replace(/ı/g, 'i');
}

export function slugify(text) {
  return fold(text).toLowerCase().replace(/['\u2019.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const PARTICLES = new Set(['da', 'de', 'del', 'della', 'der', 'den', 'des', 'di', 'do', 'dos', 'das', 'du', 'e', 'i', 'la', 'le', 'van', 'von', 'bin', 'bint', 'ibn', 'ibni', 'al', 'el', 'y']);

/** "VAN DER BELLEN" -> "Van der Bellen", "SASSOU" -> "Sassou", "al-BURHAN" -> "al-Burhan". */
function titleCaseWord(word, isFirst) {
  return word
    .split('-')
    .map((part, i) => {
      if (part === '') return part;
      const lower = part.toLowerCase();
      if (part !== part.toUpperCase()) return part; // already mixed case: keep as written
      if ((!isFirst || i > 0) && PARTICLES.has(lower)) return lower;
      if (/^[ivx]+$/i.test(part) && part.length <= 4 && !isFirst) return part.toUpperCase();
      // Keep apostrophe-internal capitals lower ("Muli'aka'aka"), capitalise after Mc.
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('-');
}

function titleCaseWords(words) {
  return words.map((w, i) => titleCaseWord(w, i === 0));
}

const isCapsToken = (t) => {
  if (t.includes('.')) return false; // initials ("J.M.") are given names
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};
/** A token with an all-caps hyphen part: "Hoseini-KHAMENEI", "al-BURHAN", "OSMANI-Sadriu". */
const hasCapsPart = (t) => t.split('-').some((p) => isCapsToken(p));

function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const item of list) {
    if (!item) continue;
    const s = item.trim();
    if (!s || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------- loading

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function loadCurated() {
  const merged = {};
  const files = readdirSync(CURATED).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of files) {
    const doc = parseYaml(readFileSync(join(CURATED, file), 'utf8')) ?? {};
    for (const [key, value] of Object.entries(doc)) {
      if (Array.isArray(value)) {
        merged[key] = [...(merged[key] ?? []), ...value.map((v) => (typeof v === 'object' && v ? { ...v, _file: file } : v))];
      } else if (value && typeof value === 'object') {
        merged[key] = { ...(merged[key] ?? {}), ...value };
      } else {
        merged[key] = value;
      }
    }
  }
  return merged;
}

/** Every curated entry names its reference: `wiki: Title` and/or `sources: [...]`. */
function curatedSources(entry) {
  const out = [];
  for (const w of [].concat(entry.wiki ?? [])) {
    const m = /^wiktionary:(.*)$/.exec(w);
    if (m) out.push(`Wiktionary: ${m[1]} (https://en.wiktionary.org/wiki/${encodeURI(m[1])})`);
    // The title alone: the hover card makes the link (entityCard.ts wikipediaUrl).
    else out.push(`Wikipedia: ${w}`);
  }
  for (const s of [].concat(entry.sources ?? [])) out.push(String(s));
  if (out.length === 0) throw new Error(`curated entry without sources in ${entry._file}: ${JSON.stringify(entry).slice(0, 200)}`);
  return out;
}

// ---------------------------------------------------------------- entity store

/** Bodies whose id was taken from their acronym, not given in the data (see addCuratedEntities). */
const idFromAcronym = new WeakSet();

class Store {
  constructor() {
    /** @type {Map<string, any>} */
    this.byId = new Map();
  }
  add(entity) {
    if (this.byId.has(entity.id)) throw new Error(`duplicate id ${entity.id}`);
    this.byId.set(entity.id, entity);
    return entity;
  }
  get(id) {
    return this.byId.get(id);
  }
  all() {
    return [...this.byId.values()];
  }
}

const LIST_FIELDS = ['aliases', 'short', 'acronyms', 'variants', 'wrong', 'adjectives', 'demonyms', 'combiningForms'];

function push(entity, field, ...values) {
  entity[field] = uniq([...(entity[field] ?? []), ...values.flat()]);
}

/** Curated values override scalars and extend lists; `drop` removes forms anywhere. */
function applyCurated(entity, patch, store) {
  const previousName = entity.name;
  for (const field of ['name', 'description']) if (patch[field]) entity[field] = patch[field];
  if (patch.country) entity.country = resolveCountry(patch.country, store);
  if (previousName && patch.name && patch.name !== previousName && !patch.dropOldName) {
    push(entity, patch.oldNameAs ?? 'aliases', previousName);
  }
  for (const field of LIST_FIELDS) if (patch[field] !== undefined) push(entity, field, patch[field]);
  if (patch.drop) {
    const drop = new Set(patch.drop);
    for (const field of LIST_FIELDS) if (entity[field]) entity[field] = entity[field].filter((f) => !drop.has(f));
  }
  entity.sources = uniq([...(entity.sources ?? []), ...curatedSources(patch)]);
}

function resolveCountry(ref, store) {
  const id = ref.includes(':') ? ref : `country:${ref}`;
  if (!store.get(id)) throw new Error(`unknown country ${ref}`);
  return id;
}

// ---------------------------------------------------------------- countries

/** "Aruban(s)" -> ["Aruban", "Arubans"]; "Irishman(men)" -> ["Irishman", "Irishmen"]. */
export function splitNationality(text) {
  if (!text) return [];
  let t = decodeHtml(text).replace(/;?\s*note\s*-.*$/i, '');
  // "(or Taiwanese)" introduces an alternative, other parentheses are notes
  t = t.replace(/\(or ([^)]+)\)/g, ', $1');
  t = t.replace(/\((singular(?: and plural)?|plural|colloquial|collective plural|US citizens|US nationals)\)/gi, '');
  const parts = t.split(/\s*(?:[,;/]|\bor\b)\s*/).map((p) => p.trim()).filter(Boolean);
  const out = [];
  for (let part of parts) {
    part = part.replace(/\s+/g, ' ').replace(/\s*\((\w+)\)$/, '($1)');
    if (/^(none|NA)$/i.test(part) || /\(/.test(part.replace(/\((s|es|men|women)\)$/, ''))) continue;
    const m = /^(.*?)\((s|es|men|women)\)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    const base = m[1].trim();
    out.push(base);
    if (m[2] === 's' || m[2] === 'es') out.push(base + m[2]);
    else if (m[2] === 'men' && base.endsWith('man')) out.push(base.slice(0, -3) + 'men');
    else if (m[2] === 'women' && base.endsWith('woman')) out.push(base.slice(0, -5) + 'women');
  }
  return uniq(out.filter((p) => /^\p{Lu}/u.test(p) || /^(li|ema|e)Swati/.test(p)));
}

/** Name forms from "Belgique/Belgie/Belgien", "Suomi (Finnish)/ Finland (Swedish)", "Ellas or Ellada". */
function splitLocalForms(text) {
  if (!text) return [];
  return decodeHtml(text)
    .split(/\s*(?:\/|\bor\b|;)\s*/)
    .map((p) => p.replace(/\([^)]*\)/g, '').trim())
    .filter((p) => p && p !== 'none' && /^[\p{Script=Latin}\s'\-.]+$/u.test(p) && !/'/.test(p));
}

function cleanLongForm(text) {
  if (!text) return undefined;
  const t = decodeHtml(text).replace(/;.*$/, '').replace(/\s*\(.*?\)\s*/g, ' ').trim();
  return t && t !== 'none' ? t : undefined;
}

/** Capitals: "La Paz (administrative capital); Sucre (constitutional ...)", "Baku (Baki, Baky)". */
export function parseCapitals(text) {
  if (!text) return [];
  const t = decodeHtml(text).replace(/;\s*note\s*-.*$/i, '');
  const parts = t.split(/;\s*|,\s*(?!D\.C\.)(?=\p{Lu}[^()]*\()/u);
  const out = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (!/^\p{Lu}/u.test(part)) continue; // "no official capital...", "administered from London..."
    const m = /^([^()]+?)\s*(?:\(([^)]*)\)\s*(.*))?$/.exec(part);
    if (!m) continue;
    const name = m[1].trim();
    // Text after the parentheses ("located in Akrotiri") means this is prose, not a name.
    if (m[3]) continue;
    // "Nay Pyi Taw is the administrative capital", "Chisinau in Romanian": prose.
    if (/\b(is|in|on|from)\b/.test(name)) continue;
    const note = m[2] ?? '';
    const entry = { name, aliases: [], note: '' };
    // Parentheses holding only capitalised words are other names; otherwise a note.
    const alts = note.split(/\s*[,/]\s*/).filter(Boolean);
    if (note && alts.every((a) => a.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)))) entry.aliases = alts;
    else entry.note = note;
    out.push(entry);
  }
  return out;
}

function buildCountries(store, fbCountries, curated) {
  const overrides = curated.countries ?? {};
  const skip = new Set(curated.skipFactbookCodes ?? []);
  const byCode = new Map();
  for (const entry of fbCountries.entries) {
    const n = entry.names ?? {};
    const short = cleanLongForm(n['conventional short form']);
    const long = cleanLongForm(n['conventional long form']);
    if ((!short && !long) || skip.has(entry.code)) continue;
    const over = overrides[entry.code] ?? {};
    const name = over.name ?? short ?? long;
    const id = `country:${slugify(name)}`;
    const fbName = short ?? long;
    const src = (field) => `${FB}, ${fbName}: ${field}`;
    const e = { id, kind: 'country', name, sources: [src('Government > Country name')] };
    const aliases = [];
    const acronyms = [];
    // "DRC" is the Factbook's short form for the Democratic Republic of the Congo: an acronym.
    if (short && short !== name) (/^[A-Z]{2,}$/.test(short) ? acronyms : aliases).push(short);
    if (long && long !== name) aliases.push(long);
    for (const f of ['local short form', 'official short form']) for (const l of splitLocalForms(n[f])) aliases.push(l);
    if (n.abbreviation) {
      for (const a of decodeHtml(n.abbreviation).split(/\s*(?:\/|\bor\b|,)\s*/)) {
        const clean = a.replace(/\(.*?\)/g, '').replace(/[()]/g, '').replace(/^or\s+/, '').trim();
        if (!clean) continue;
        if (/^[A-Z][A-Z.]*[A-Z.](?: [A-Z]+)?$/.test(clean) || /^Lao PDR$/.test(clean)) acronyms.push(clean);
        else aliases.push(clean);
      }
    }
    e.aliases = uniq(aliases.filter((a) => a !== name));
    e.acronyms = uniq(acronyms);
    const nat = entry.nationality ?? {};
    e.adjectives = splitNationality(nat.adjective);
    e.demonyms = splitNationality(nat.noun);
    if (nat.adjective || nat.noun) e.sources.push(src('People and Society > Nationality'));
    // The Factbook's world region ("africa", "east-n-southeast-asia"): which countries are neighbours' bodies' neighbours.
    if (entry.region) e.region = entry.region;
    e._code = entry.code;
    e._orgCount = (entry.organizations ?? '').split(',').filter(Boolean).length;
    e._fb = entry;
    store.add(e);
    byCode.set(entry.code, e);
  }
  return byCode;
}

function buildCapitals(store, byCode, curated) {
  const overrides = curated.countries ?? {};
  for (const [code, country] of [...byCode.entries()].sort()) {
    const over = overrides[code] ?? {};
    const capitals = over.capitals ?? parseCapitals(country._fb.capital);
    const fromFactbook = !over.capitals;
    capitals.forEach((cap, index) => {
      let id = `place:${slugify(cap.name)}`;
      const existing = store.get(id);
      if (existing && existing.country !== country.id) id = `place:${slugify(cap.name)}-${slugify(country.name)}`;
      const role = cap.note && /capital|seat/.test(cap.note) ? cap.note : capitals.length > 1 ? 'capital' : '';
      const description = capitals.length > 1 || role ? `${role ? role[0].toUpperCase() + role.slice(1) : 'Capital'} of ${withArticle(country.name)}` : `Capital of ${withArticle(country.name)}`;
      const src = fromFactbook ? `${FB}, ${country._fb.names?.['conventional short form'] ?? country.name}: Government > Capital` : null;
      let place = store.get(id);
      if (!place) {
        place = store.add({ id, kind: 'place', name: cap.name, country: country.id, description: description.replace(/^Capital capital/, 'Capital'), sources: [] });
      }
      push(place, 'aliases', cap.aliases ?? []);
      push(place, 'variants', cap.variants ?? []);
      if (src) push(place, 'sources', src);
      if (!fromFactbook) place.sources = uniq([...place.sources, ...curatedSources(over)]);
      if (index === 0) country.capital = id;
    });
  }
}

// ---------------------------------------------------------------- people from the Factbook

const TITLE_WORDS = new Set(
  `President Vice Co-Vice Prime Minister Premier King Queen Emperor Pope Sultan Amir Emir Prince Princess Crown Co-prince
   Archbishop Grand Duke Chancellor Governor Governor-General General Lieutenant Lieutenant-Governor High Commissioner
   Administrator Superior Chief Executive Mayor Chairman Chairperson Chair Secretary Supreme Leader Taliban Interim Acting
   Transitional Transition Caretaker Taoiseach Sir Dame Dr. Col. Gen. Capt. Sr. Air Vice-Marshal Marshal Ratu Lord Mann
   Prefect Captains Regent Council Commander-in-Chief State Affairs Commission CNSP GNU Presidential Leadership Sovereign
   Bailiff Territorial Assembly Government People's Supreme Ministers Cabinet Presidency Island Pontifical co-chiefs
   Co-prince of the and for Armed Forces Sudanese Minister-equivalent`.split(/\s+/),
);
const HONORIFICS = new Set(['Sir', 'Dame', 'Dr.', 'Col.', 'Gen.', 'Capt.', 'Sr.', 'Ratu', 'General', 'Air', 'Vice-Marshal', 'Grand', 'Chief']);
const MONARCH_TITLES = /\b(King|Queen|Emperor|Pope|Sultan|Amir|Emir|Prince|Grand Duke|Co-prince)\b/;
const ARAB_MARKERS = /\b(bin|bint|ibn|ibni|Al|al|el|Ould|Abd)\b|\bal-|\bAl-/;

/**
 * One Factbook person string ("President Vladimir Vladimirovich PUTIN (since 7 May 2012)")
 * -> { title, given, caps, trailing, since, raw } or null when it is not a clean name.
 */
export function parseFactbookPerson(text, { patronymic, commonArabGiven, titleNouns }) {
  let t = decodeHtml(text)
    .replace(/"[^"]*"/g, ' ')
    .replace(/,\s*Jr\./g, ' Jr.');
  const since = /\(since (?:\d{1,2} )?(?:[A-Z][a-z]+ )?(\d{4})/.exec(t)?.[1];
  t = t.replace(/\([^)]*\)/g, ' ').replace(/;.*$/, '').replace(/,.*$/, '').replace(/\s+/g, ' ').trim();
  const tokens = t.split(' ');
  const first = tokens.findIndex((tok) => hasCapsPart(tok) && !TITLE_WORDS.has(tok));
  if (first < 0) return null;
  let start = first;
  while (start > 0 && start > first - 4) {
    const prev = tokens[start - 1];
    if (TITLE_WORDS.has(prev) && !PARTICLES.has(prev.toLowerCase())) break;
    if (!/^[\p{Lu}\p{Ll}]/u.test(prev)) break;
    if (/^\p{Ll}/u.test(prev) && !PARTICLES.has(prev.toLowerCase()) && !/^d'/.test(prev)) break;
    if (prev === 'of' || prev === 'the' || prev === 'and') break;
    // "President of the Swiss Confederation Guy PARMELIN": country words belong to the title.
    if (titleNouns.has(prev) && tokens.slice(0, start).includes('of')) break;
    start--;
  }
  let capsEnd = first;
  // "CORREIA e SILVA": a particle between capitalised parts belongs to the surname.
  while (
    capsEnd + 1 < tokens.length &&
    (hasCapsPart(tokens[capsEnd + 1]) || (PARTICLES.has(tokens[capsEnd + 1]) && capsEnd + 2 < tokens.length && hasCapsPart(tokens[capsEnd + 2])))
  )
    capsEnd++;
  let end = capsEnd;
  // Trailing name parts ("Jinping", "da Silva", "Al Nuhayyan") start upper case or are particles; "is the ..." is prose.
  while (
    end + 1 < tokens.length &&
    /^[\p{L}'.-]+$/u.test(tokens[end + 1]) &&
    !TITLE_WORDS.has(tokens[end + 1]) &&
    (/^\p{Lu}/u.test(tokens[end + 1]) || PARTICLES.has(tokens[end + 1].toLowerCase()) || /^(al|el)-/.test(tokens[end + 1]))
  )
    end++;
  const title = tokens.slice(0, start).filter((w) => !HONORIFICS.has(w) || ['General', 'Grand', 'Chief'].includes(w) && false).join(' ');
  let given = tokens.slice(start, first);
  // Particles directly before the capitalised surname belong to it: "de SAUSMAREZ", "Le COCQ".
  const surnamePrefix = [];
  while (given.length && PARTICLES.has(given[given.length - 1].toLowerCase())) surnamePrefix.unshift(given.pop());
  if (given.some((g) => TITLE_WORDS.has(g))) return null;
  // Patronymics are never the first given name ("Vladimir Vladimirovich PUTIN").
  const patronymics = given.filter((g, i) => i > 0 && patronymic.test(g));
  given = given.filter((g, i) => !(i > 0 && patronymic.test(g)));
  const caps = [...surnamePrefix, ...titleCaseWords(tokens.slice(first, capsEnd + 1))];
  if (surnamePrefix.length) caps[surnamePrefix.length] = titleCaseWord(tokens[first], false).replace(/^./, (c) => c.toUpperCase());
  const trailing = tokens.slice(capsEnd + 1, end + 1);
  const arab = ARAB_MARKERS.test([...given, ...tokens.slice(first, end + 1)].join(' '));
  return { title: cleanTitle(tokens.slice(0, start).join(' ')), given, caps, trailing, since, arab, patronymics, commonArabGiven, raw: tokens.slice(start, end + 1).join(' ') };
}

function cleanTitle(title) {
  return title
    .split(' ')
    .filter((w) => !['Sir', 'Dame', 'Dr.', 'Col.', 'Gen.', 'Capt.', 'Sr.', 'Ratu'].includes(w))
    .join(' ')
    .replace(/\bAir Vice-Marshal\b/, '')
    .replace(/\s+Grand Chief$/, '')
    .replace(/(?<!Governor)\s+General$/, '')
    .replace(/^Governor General\b/, 'Governor-General')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Turn a parsed Factbook person into an EntityRecord in news form. */
function personFromParsed(p, country, role, translit, genitive) {
  const isRegnal = p.trailing.length && /^[IVX]+$/.test(p.trailing[p.trailing.length - 1]) || (p.caps.length && /^[IVX]+$/.test(p.caps[p.caps.length - 1]));
  const monarch = MONARCH_TITLES.test(p.title) && !/President/.test(p.title);
  const newsGiven = p.given.map((g) => translit[g] ?? g);
  const bgnGiven = p.given;
  const surname = p.caps.join(' ');
  const particleTrail = p.trailing.length && PARTICLES.has(p.trailing[0].toLowerCase());
  let name;
  const aliases = [];
  const short = [];
  const variants = [];
  if (monarch && p.given.length === 0) {
    // "King CHARLES III", "Emperor NARUHITO": the title belongs to the news form.
    const bare = [surname, ...p.trailing].join(' ');
    const title = /Pope/.test(p.title) ? 'Pope' : /Emperor/.test(p.title) ? 'Emperor' : /Sultan/.test(p.title) ? 'Sultan' : /Amir|Emir/.test(p.title) ? 'Emir' : /Grand Duke/.test(p.title) ? 'Grand Duke' : /Prince/.test(p.title) && !/Crown/.test(p.title) ? 'Prince' : /Crown Prince/.test(p.title) ? '' : 'King';
    if (p.arab || !title) {
      name = bare;
    } else {
      name = `${title} ${bare}`;
      if (isRegnal || bare.includes('-') || bare.split(' ').length > 1) aliases.push(bare);
    }
  } else if (p.given.length === 0) {
    // Surname first (Chinese, Korean, Cambodian...) or a name the Factbook capitalises first.
    name = [surname, ...p.trailing].join(' ');
    if (p.trailing.length && !(p.arab && p.caps.length === 1 && p.commonArabGiven.has(p.caps[0]))) short.push(surname);
  } else {
    const full = [...newsGiven, surname, ...p.trailing].join(' ');
    const core = [...newsGiven, surname, ...(particleTrail ? p.trailing : [])].join(' ');
    name = core;
    if (full !== core) aliases.push(full);
    // "Javier Gerardo Milei" -> also "Javier Milei"; initials dropped: "Donald J. Trump" -> "Donald Trump".
    const plainGiven = newsGiven.filter((g) => !/^[A-Z](\.[A-Z])*\.$/.test(g));
    if (plainGiven.length) aliases.push([plainGiven[0], surname, ...(particleTrail ? p.trailing : [])].join(' '));
    if (plainGiven.length !== newsGiven.length) aliases.push([...plainGiven, surname].join(' '));
    if (name.endsWith(' Jr.')) aliases.push(name.replace(/ Jr\.$/, ''));
    // A patronymic in the genitive (Mongolian: "Gombojavyn"), written plain before or after the name by English copy.
    if (genitive && newsGiven.length === 1 && genitive.test(newsGiven[0])) {
      const plain = newsGiven[0].replace(genitive, '');
      if (plain.length >= 3) aliases.push(`${plain} ${surname}`, `${surname} ${plain}`);
    }
    if (newsGiven.join(' ') !== bgnGiven.join(' ')) variants.push([...bgnGiven, surname, ...(particleTrail ? p.trailing : [])].join(' '));
    short.push(surname + (particleTrail ? ' ' + p.trailing.join(' ') : ''));
    if (particleTrail) short.push(surname);
    const lead = p.caps[0]?.toLowerCase();
    if (p.caps.length > 1 && (lead === 'al' || lead === 'el' || lead === 'al-')) short.push(p.caps.slice(1).join(' '));
    if (/^(al|el)-/i.test(surname)) short.push(surname.replace(/^(al|el)-/i, ''));
  }
  if (p.arab && short.length) {
    for (let i = short.length - 1; i >= 0; i--) if (p.commonArabGiven.has(short[i])) short.splice(i, 1);
  }
  const desc = describe(p.title, country.name, role, p.since);
  return {
    id: `person:${slugify(name)}`,
    kind: 'person',
    name,
    aliases: uniq(aliases.filter((a) => a !== name)),
    short: uniq(short.filter((s) => s !== name)),
    variants: uniq(variants.filter((v) => v !== name)),
    country: country.id,
    description: desc,
    sources: [`${FB}, ${country._fb.names?.['conventional short form'] ?? country.name}: Government > ${role === 'representative' ? 'Chief of state (representative)' : role === 'chief' ? 'Chief of state' : 'Head of government'}`],
  };
}

/** "Prime Minister of the United Kingdom", not "of United Kingdom". */
function withArticle(name) {
  return /^(United |Republic |Democratic |Central African|Dominican Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Federated|Holy See)|Islands$/.test(name) ? `the ${name}` : name;
}

function describe(title, countryName, role, since) {
  let t = title.replace(/^(overall|co-chiefs of state)\s*/i, '').trim();
  if (!t) t = role === 'head' ? 'Head of government' : role === 'representative' ? 'Representative of the head of state' : 'Head of state';
  const of = / of /.test(t) ? ` (${countryName})` : ` of ${withArticle(countryName)}`;
  return `${t}${of}${since ? ` (since ${since})` : ''}`;
}

function buildFactbookPeople(store, byCode, curated) {
  const patronymic = new RegExp(curated.transliteration?.patronymicPattern ?? '(ovich|evich|ovna|evna|ivna|ichna)$');
  const translit = curated.transliteration?.givenNames ?? {};
  const genitives = Object.fromEntries(Object.entries(curated.transliteration?.genitivePatronymics ?? {}).map(([c, re]) => [`country:${c}`, new RegExp(re)]));
  const commonArabGiven = new Set(curated.transliteration?.commonArabGivenNames ?? []);
  const titleNouns = new Set(['Confederation', 'Government', 'Council', 'Presidency']);
  for (const c of byCode.values()) for (const w of [c.name, ...(c.aliases ?? []), ...(c.adjectives ?? [])].join(' ').split(/\s+/)) if (/^\p{Lu}/u.test(w)) titleNouns.add(w);
  const skipRaw = new Set(curated.skipFactbookPeople ?? []);
  /** raw name -> list of appearances */
  const appearances = new Map();
  for (const country of byCode.values()) {
    for (const [field, role] of [['chiefOfState', 'chief'], ['headOfGovernment', 'head']]) {
      const text = country._fb[field];
      if (!text) continue;
      const decoded = decodeHtml(text);
      const represented = /represented by/i.test(decoded);
      const [main, ...rest] = decoded.split(/[;,]\s*represented by\s*/i);
      const segments = [{ text: main, role, represented }];
      // Only Governors-General are kept among representatives (see data/README.md).
      for (const r of rest) if (/^Governor[- ]General (?!of)/.test(r)) segments.push({ text: r, role: 'representative', represented: false });
      // "Captains Regent Matteo ROSSI and Lorenzo BUGLI": two people, one title.
      for (const seg of segments) {
        const parts = seg.text.split(/\s+and\s+(?=[A-Z][a-z]+ [A-Z]{2,})/);
        for (const part of parts) {
          const p = parseFactbookPerson(part, { patronymic, commonArabGiven, titleNouns });
          if (!p || skipRaw.has(p.raw)) continue;
          if (/ of (China|the Netherlands|Denmark|Norway|New Zealand|the Commonwealth of Australia)\b/.test(seg.text.split(p.raw)[0])) continue;
          if (p.patronymics.length) p.patronymicDropped = true;
          const list = appearances.get(p.raw) ?? [];
          list.push({ p, country, role: seg.role, represented: seg.represented });
          appearances.set(p.raw, list);
        }
      }
    }
  }
  const people = [];
  for (const [raw, list] of [...appearances.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    // Home country: the appearance not "represented by" anyone, in the entry with most memberships.
    const ranked = [...list].sort((a, b) => Number(a.represented) - Number(b.represented) || b.country._orgCount - a.country._orgCount || a.country.id.localeCompare(b.country.id));
    const home = ranked[0];
    const sameHome = list.filter((a) => a.country === home.country);
    const role = sameHome.some((a) => a.role === 'chief') ? 'chief' : home.role;
    const first = sameHome.find((a) => a.role === role) ?? home;
    const person = personFromParsed(first.p, home.country, role, translit, genitives[home.country.id]);
    if (sameHome.length > 1 && sameHome.some((a) => a.role === 'head') && role === 'chief') {
      person.sources.push(`${FB}, ${home.country._fb.names?.['conventional short form'] ?? home.country.name}: Government > Head of government`);
    }
    person._raw = raw;
    people.push(person);
  }
  return people;
}

// ---------------------------------------------------------------- organisations

function buildOrganizations(store, fbOrgs, curated) {
  const drop = new Set(curated.dropOrganizations ?? []);
  const overrides = curated.organizationOverrides ?? {};
  const minAcronym = new Set(curated.keepShortAcronyms ?? []);
  for (const entry of fbOrgs.entries) {
    const fbName = decodeHtml(entry.name);
    if (drop.has(fbName) || /^\p{Ll}/u.test(fbName)) continue;
    const over = overrides[fbName] ?? {};
    if (over.skip) continue;
    const acronyms = [];
    for (const a of (entry.acronym ?? '').split(/\s*(?:;|\bor\b|,)\s*/)) {
      const clean = a.replace(/\s*-\s*(Spanish|Portuguese|French)$/, '').trim();
      if (!clean || /\s/.test(clean) && !/^ACP Group$/.test(clean)) continue;
      // One- and two-letter Factbook codes ("C", "CE", "RG") are not news usage and collide with words.
      if (clean.replace(/[^A-Za-z0-9]/g, '').length <= 2 && !minAcronym.has(clean) && !/^[A-Z]-\d+$/.test(clean)) continue;
      acronyms.push(clean);
      if (/^[A-Z]+-\d+$/.test(clean)) acronyms.push(clean.replace('-', ''));
    }
    const name = over.name ?? fbName;
    const key = over.id ?? (acronyms[0] ? acronyms[0].replace('-', '') : name);
    let id = `org:${slugify(key)}`;
    if (store.get(id)) id = `org:${slugify(name)}`;
    const org = { id, kind: 'organization', name, sources: [`${FB}, Appendix B: International Organizations and Groups, ${fbName}${entry.acronym ? ` (${entry.acronym})` : ''}`] };
    if (name !== fbName && !over.dropOldName) push(org, 'aliases', fbName);
    push(org, 'acronyms', acronyms);
    store.add(org);
    if (Object.keys(over).some((k) => !['name', 'id', 'oldNameAs'].includes(k) && k !== '_file')) {
      const { name: _n, ...rest } = over;
      applyCurated(org, { ...rest, wiki: over.wiki, sources: over.sources }, store);
    }
  }
}

// ---------------------------------------------------------------- curated entities

const nameTokens = (text) => fold(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
/** "Daniel Ortega" is contained in "Jose Daniel Ortega Saavedra". */
function containsAllTokens(person, name) {
  const have = new Set([person.name, ...(person.aliases ?? [])].flatMap(nameTokens));
  const want = nameTokens(name).filter((t) => !['king', 'queen', 'sheikh', 'emperor', 'pope', 'sultan', 'prince'].includes(t));
  return want.length >= 2 && want.every((t) => have.has(t));
}

const KIND_PREFIX = { country: 'country', place: 'place', person: 'person', organization: 'org', event: 'event', other: 'other' };

/** Forms index for matching curated entries to generated ones ("Benyamin Netanyahu" -> Netanyahu). */
function formsOf(e) {
  return [e.name, ...(e.aliases ?? []), ...(e.variants ?? [])].map((f) => fold(f).toLowerCase());
}

function addCuratedEntities(store, curated, factbookPeople) {
  const lists = { person: curated.people ?? [], organization: curated.organizations ?? [], event: curated.events ?? [], place: curated.places ?? [], other: curated.other ?? [] };
  // Factbook people are indexed by their forms so a curated entry can claim one.
  const fbIndex = new Map();
  for (const p of factbookPeople) for (const f of formsOf(p)) if (!fbIndex.has(f)) fbIndex.set(f, p);
  const fbByRaw = new Map(factbookPeople.map((p) => [p._raw, p]));
  const claimed = new Set();
  const curatedPeople = [];
  for (const [kind, entries] of Object.entries(lists)) {
    for (const entry of entries) {
      const e = { kind, name: entry.name, sources: [] };
      if (kind === 'person') {
        // Surname as the default short form unless the entry says otherwise.
        const shortDefault = entry.short === undefined ? [entry.name.split(' ').slice(-1)[0]] : [];
        const match =
          (entry.factbook && fbByRaw.get(entry.factbook)) ||
          [entry.name, ...[].concat(entry.aliases ?? []), ...[].concat(entry.variants ?? [])].map((f) => fbIndex.get(fold(f).toLowerCase())).find(Boolean) ||
          factbookPeople.find((p) => !claimed.has(p) && entry.country && p.country === resolveCountry(entry.country, store) && containsAllTokens(p, entry.name));
        if (match && !claimed.has(match)) {
          claimed.add(match);
          const oldName = match.name;
          const oldForms = [match.name, ...(match.aliases ?? []), ...(match.variants ?? [])];
          match.name = entry.name;
          match.id = entry.id ?? `person:${slugify(entry.name)}`;
          // A Factbook form the curated entry calls a variant ("Benyamin Netanyahu") stays a variant only.
          const curatedVariants = new Set([].concat(entry.variants ?? []).map((v) => fold(v).toLowerCase()));
          if (oldName !== entry.name) push(match, 'aliases', oldName);
          for (const field of ['aliases', 'variants']) match[field] = (match[field] ?? []).filter((f) => !curatedVariants.has(fold(f).toLowerCase()));
          void oldForms;
          // The curated entry decides which short forms are right.
          match.short = [];
          applyCurated(match, { ...entry, short: entry.short ?? shortDefault, name: undefined }, store);
          if (entry.drop) applyCurated(match, { drop: entry.drop, sources: ['-'] }, store), (match.sources = match.sources.filter((s) => s !== '-'));
          if (entry.description) match.description = entry.description;
          continue;
        }
        e.id = entry.id ?? `person:${slugify(entry.name)}`;
        applyCurated(e, { ...entry, short: entry.short ?? shortDefault, name: undefined }, store);
        curatedPeople.push(e);
        continue;
      }
      e.id = entry.id ?? `${KIND_PREFIX[kind]}:${slugify(entry.acronyms?.[0] && kind === 'organization' ? entry.acronyms[0] : entry.name)}`;
      // Bodies share acronyms (CSA: Canadian Space Agency, Cricket South Africa): an id taken from
      // the acronym extends the body already under it only when that body has this name too.
      if (!entry.id && store.get(e.id) && !formsOf(store.get(e.id)).includes(fold(entry.name).toLowerCase())) {
        e.id = `${KIND_PREFIX[kind]}:${slugify(entry.name)}`;
      }
      // An id given in the data is that body's, even where a body read earlier took it from a shared
      // acronym (the Country Music Association's CMA before the Competition and Markets Authority,
      // org:cma): the earlier body moves to an id of its name instead of merging with this one.
      const holder = entry.id ? store.get(entry.id) : undefined;
      if (holder && idFromAcronym.has(holder) && !formsOf(holder).includes(fold(entry.name).toLowerCase())) {
        store.byId.delete(holder.id);
        holder.id = `${KIND_PREFIX[kind]}:${slugify(holder.name)}`;
        store.add(holder);
      }
      // A curated entry for something the Factbook already has extends it.
      // (Not a namesake of another country given its own id: each country's Supreme Electoral Tribunal is its own body.)
      const country = entry.country ? resolveCountry(entry.country, store) : undefined;
      const namesake = (x) => entry.id !== undefined && country !== undefined && x.country !== undefined && x.country !== country;
      const existing = store.get(e.id) ?? store.all().find((x) => x.kind === kind && formsOf(x).includes(fold(entry.name).toLowerCase()) && !namesake(x));
      if (existing) {
        applyCurated(existing, { ...entry, name: entry.name !== existing.name ? entry.name : undefined }, store);
        continue;
      }
      applyCurated(e, { ...entry, name: undefined }, store);
      store.add(e);
      if (!entry.id && entry.acronyms?.[0] && kind === 'organization' && e.id === `${KIND_PREFIX[kind]}:${slugify(entry.acronyms[0])}`) idFromAcronym.add(e);
    }
  }
  for (const p of [...factbookPeople, ...curatedPeople]) {
    delete p._raw;
    if (store.get(p.id)) throw new Error(`duplicate person id ${p.id}`);
    store.add(p);
  }
}

function applyCountryOverrides(store, byCode, curated) {
  for (const [code, over] of Object.entries(curated.countries ?? {})) {
    const country = byCode.get(code);
    if (!country) throw new Error(`countries override for unknown Factbook code ${code}`);
    const { name: _name, capitals: _caps, ...rest } = over;
    applyCurated(country, { ...rest }, store);
  }
}

// ---------------------------------------------------------------- finishing

/**
 * A central bank named "National Bank of Poland" or "Reserve Bank of Australia" is the "Polish
 * National Bank" or the "Australian Reserve Bank" in much English copy: English describes it so.
 * (Not the other way: "National Bank of Switzerland" for the Swiss National Bank renders its
 * native name word for word.) Only these heads, a central bank's, so no other body gains a form
 * that may be another's.
 */
function addCentralBankForms(store) {
  const countries = store.all().filter((c) => c.kind === 'country' && c.adjectives?.length);
  const HEAD = /^(National|Central|Reserve|People's) Bank$/;
  for (const e of store.all()) {
    if (e.kind !== 'organization') continue;
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      for (const c of countries) {
        const of = new RegExp(`^(.+) of (?:the )?${c.name}$`).exec(f);
        if (of && HEAD.test(of[1])) push(e, 'aliases', `${c.adjectives[0]} ${of[1]}`);
      }
    }
  }
}

/** Number words from two: index 0 is "Two" (indexes past the list are left in figures). */
const NUMBER_WORDS = ['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', '', '', 'Fifteen', '', '', '', '', 'Twenty'];

/** Accented forms get their folded twin in the same list ("Erdoğan" -> "Erdogan"). */
function addFoldedForms(e) {
  for (const field of ['aliases', 'short', 'variants']) {
    if (!e[field]) continue;
    push(e, field, e[field].map(fold));
  }
  const foldedName = fold(e.name);
  if (foldedName !== e.name) push(e, 'aliases', foldedName);
  // A company's legal word has its abbreviation: "United Microelectronics Corporation" is also
  // "United Microelectronics Corp." (keys drop the full stop, so "Corp" stands for both).
  if (e.kind === 'organization') {
    const ABBREVIATED = [[/ Corporation$/, ' Corp'], [/ Company$/, ' Co'], [/ Limited$/, ' Ltd'], [/ Incorporated$/, ' Inc']];
    for (const f of [e.name, ...(e.aliases ?? [])]) for (const [re, short] of ABBREVIATED) if (re.test(f)) push(e, 'aliases', f.replace(re, short));
    // Copy writes the ampersand out: "Procter and Gamble", "Marks and Spencer".
    for (const f of [e.name, ...(e.aliases ?? [])]) if (/ & \p{Lu}/u.test(f)) push(e, 'aliases', f.replace(/ & (?=\p{Lu})/gu, ' and '));
  }
  // British and American copy spell a body's -isation/-ization either way whatever the body
  // writes ("World Health Organisation", "Organization for Economic Co-operation…"): both are forms of it.
  if (e.kind === 'organization' || e.kind === 'event' || e.kind === 'other') {
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      if (/[a-z]izations?\b/.test(f)) push(e, 'aliases', f.replace(/([a-z])ization(s?)\b/g, '$1isation$2'));
      if (/[a-z]isations?\b/.test(f)) push(e, 'aliases', f.replace(/([a-z])isation(s?)\b/g, '$1ization$2'));
    }
  }
  // News copy names a body in looser forms that are still its name, never a slip: the inner "the"
  // dropped ("Organization of Petroleum Exporting Countries"), a small number written out or in
  // figures ("Group of Seven", "Group of 7"), a department by its subject first ("Agriculture
  // Department").
  if (e.kind === 'organization' || e.kind === 'event' || e.kind === 'other') {
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      if (/ of the \p{Lu}/u.test(f)) push(e, 'aliases', f.replace(/ of the (?=\p{Lu})/gu, ' of '));
      const figures = f.replace(/\b(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty)\b/g, (w) => String(NUMBER_WORDS.indexOf(w) + 2));
      if (figures !== f) push(e, 'aliases', figures);
      const words = f.replace(/\bof (\d{1,2})\b/g, (m, n) => (NUMBER_WORDS[Number(n) - 2] ? `of ${NUMBER_WORDS[Number(n) - 2]}` : m));
      if (words !== f) push(e, 'aliases', words);
    }
  }
  if (e.kind === 'organization') {
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      // (Not "Defence Ministry": a letter from "Defence Minister", a title.)
      const m = /^(United States |U\.S\. )?(Department) of (?:the )?(\p{Lu}[\p{L}']+(?: \p{Lu}[\p{L}']+)?)$/u.exec(f);
      if (!m) continue;
      push(e, 'aliases', `${m[3]} ${m[2]}`);
      if (m[1]) push(e, 'aliases', `U.S. ${m[3]} ${m[2]}`);
    }
  }
  // News copy calls an Olympics by its host and "Games" ("the Paris Games", "the Los Angeles Games",
  // "the Beijing Winter Games"): each form of an Olympics or Paralympics has that form too.
  // (Its host and year, "Milano Cortina 2026", give the host's form too: "the Milano Cortina Games".)
  if (e.kind === 'event' && /\b(Olympics|Olympic Games|Paralympics|Paralympic Games)$/.test(e.name)) {
    for (const f of [e.name, ...(e.aliases ?? []), ...(e.variants ?? [])]) {
      const m = /^(.+?) (Olympics|Olympic Games|Paralympics|Paralympic Games|\d{4})$/.exec(f);
      if (m && !/^(Summer|Winter|Youth|Special)$/.test(m[1])) push(e, 'aliases', `${m[1]} Games`);
    }
  }
  // "Saint Lucia" is "St. Lucia" in AP style.
  if (e.kind === 'place' || e.kind === 'country') {
    for (const f of [e.name, ...(e.aliases ?? [])]) if (/^Saint[ -]/.test(f)) push(e, 'aliases', f.replace(/^Saint[ -]/, 'St. '));
  }
}

function finalize(e) {
  addFoldedForms(e);
  const correct = new Set([e.name, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.acronyms ?? [])]);
  for (const field of ['variants', 'short']) if (e[field]) e[field] = e[field].filter((v) => v !== e.name && (field !== 'variants' || !correct.has(v)));
  if (e.aliases) e.aliases = e.aliases.filter((a) => a !== e.name);
  const ordered = { id: e.id, kind: e.kind, name: e.name };
  // (A person's empty list of short forms is kept: the curated entry says no short form is theirs,
  // "short: []", and the registry lets no word of the name stand for them alone.)
  for (const field of LIST_FIELDS) if (e[field]?.length || (field === 'short' && e.kind === 'person' && Array.isArray(e.short))) ordered[field] = [...e[field]].sort((a, b) => a.localeCompare(b, 'en'));
  for (const field of ['capital', 'country', 'region', 'description']) if (e[field]) ordered[field] = e[field];
  ordered.sources = uniq(e.sources);
  return ordered;
}

function checkConsistency(entities) {
  const problems = [];
  const correct = new Map();
  for (const e of entities) for (const f of [e.name, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.variants ?? []), ...(e.acronyms ?? [])]) correct.set(f.toLowerCase(), e.id);
  const ids = new Set(entities.map((e) => e.id));
  for (const e of entities) {
    for (const w of e.wrong ?? []) if (correct.has(w.toLowerCase())) problems.push(`${e.id}: wrong form "${w}" is a correct form of ${correct.get(w.toLowerCase())}`);
    for (const ref of [e.capital, e.country]) if (ref && !ids.has(ref)) problems.push(`${e.id}: dangling reference ${ref}`);
    if (!e.sources.length) problems.push(`${e.id}: no sources`);
  }
  if (problems.length) throw new Error(`knowledge base check failed:\n  ${problems.join('\n  ')}`);
}

export async function main(argv = process.argv.slice(2)) {
  const started = Date.now();
  const fbCountries = readJson(join(SOURCES, 'factbook-countries.json'));
  const fbOrgs = readJson(join(SOURCES, 'factbook-organizations.json'));
  const curated = loadCurated();
  const store = new Store();
  const byCode = buildCountries(store, fbCountries, curated);
  buildCapitals(store, byCode, curated);
  applyCountryOverrides(store, byCode, curated);
  const factbookPeople = buildFactbookPeople(store, byCode, curated);
  buildOrganizations(store, fbOrgs, curated);
  addCuratedEntities(store, curated, factbookPeople);
  addCentralBankForms(store);
  for (const e of store.all()) for (const k of Object.keys(e)) if (k.startsWith('_')) delete e[k];
  const entities = store.all().map(finalize).sort((a, b) => a.id.localeCompare(b.id, 'en'));
  checkConsistency(entities);
  const file = {
    source: `${fbCountries.source}; ${fbOrgs.source.split(',')[0]} (page copy of about 2020); curated additions in data/curated/*.yaml, each citing its reference. Built by scripts/build-entities.mjs.`,
    generated: 'Generated file: do not edit. Run `npm run build:data` to rebuild from data/sources and data/curated.',
    entities,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(file, null, 1) + '\n');
  const counts = {};
  for (const e of entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  console.log(`entities.json: ${entities.length} entities ${JSON.stringify(counts)} in ${Date.now() - started} ms`);
  if (!argv.includes('--no-near-words')) {
    const { main: nearWords } = await import(pathToFileURL(join(ROOT, 'scripts', 'build-near-words.mjs')).href);
    await nearWords();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err.message ?? err);
    process.exitCode = 1;
  });
}
