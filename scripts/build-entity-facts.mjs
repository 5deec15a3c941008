// Builds data/generated/entity-facts.json: facts about entities that an article can contradict
// in its own sentence structure — which countries a named group has (data/curated/groups.yaml)
// where bodies have their headquarters (data/curated/headquarters.yaml) and where the big venues
// are (data/curated/venues.yaml, marked `venue`), and the languages of regions copy names by
// their language (data/curated/language-regions.yaml), and superlatives that belong to one
// country (data/curated/superlatives.yaml) — with country names
// resolved to the ids of data/generated/entities.json. Used by
// src/core/entities/checks/factContradictions.ts. Every entry keeps its source.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kb = JSON.parse(readFileSync(join(root, 'data/generated/entities.json'), 'utf8'));
const groupsFile = parse(readFileSync(join(root, 'data/curated/groups.yaml'), 'utf8'));
const hqFile = parse(readFileSync(join(root, 'data/curated/headquarters.yaml'), 'utf8'));
const languagesFile = parse(readFileSync(join(root, 'data/curated/language-regions.yaml'), 'utf8'));
const venuesFile = parse(readFileSync(join(root, 'data/curated/venues.yaml'), 'utf8'));
const superlativesFile = parse(readFileSync(join(root, 'data/curated/superlatives.yaml'), 'utf8'));

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const countries = new Map();
for (const e of kb.entities) if (e.kind === 'country') for (const n of [e.name, ...(e.aliases ?? []), ...(e.short ?? [])]) if (!countries.has(fold(n))) countries.set(fold(n), e.id);

function countryId(name, where) {
  const id = countries.get(fold(name));
  if (!id) throw new Error(`${where}: unknown country "${name}"`);
  return id;
}

const groups = groupsFile.groups.map((g) => {
  if (!g.id || !g.names?.length || !g.members?.length || !g.source) throw new Error(`groups.yaml: ${g.id ?? '?'} needs id, names, members and source`);
  const ids = (list) => (list ?? []).map((n) => countryId(n, `groups.yaml ${g.id}`));
  return {
    id: g.id,
    names: g.names,
    ...(g.nouns ? { nouns: true } : {}),
    members: ids(g.members),
    ...(g.joined ? { joined: ids(g.joined) } : {}),
    ...(g.also ? { also: ids(g.also) } : {}),
    source: g.source,
  };
});

const headquarters = hqFile.headquarters.map((h) => {
  if (!h.names?.length || !h.city || !h.country || !h.source) throw new Error(`headquarters.yaml: ${h.names?.[0] ?? '?'} needs names, city, country and source`);
  return { names: h.names, city: h.city, ...(h.also ? { also: h.also } : {}), country: countryId(h.country, `headquarters.yaml ${h.names[0]}`), source: h.source };
});

const venues = venuesFile.venues.map((v) => {
  if (!v.names?.length || !v.city || !v.country || !v.source) throw new Error(`venues.yaml: ${v.names?.[0] ?? '?'} needs names, city, country and source`);
  return { names: v.names, city: v.city, ...(v.also ? { also: v.also } : {}), country: countryId(v.country, `venues.yaml ${v.names[0]}`), venue: true, source: v.source };
});

const languageRegions = languagesFile.regions.map((r) => {
  if (!r.name || !r.country || !r.languages?.length || !r.source) throw new Error(`language-regions.yaml: ${r.name ?? '?'} needs name, country, languages and source`);
  return { name: r.name, country: countryId(r.country, `language-regions.yaml ${r.name}`), languages: r.languages, ...(r.suggest === false ? { suggest: false } : {}), source: r.source };
});

const superlatives = superlativesFile.superlatives.map((s) => {
  if (!s.country || !s.phrases?.length || !s.source) throw new Error(`superlatives.yaml: ${s.phrases?.[0] ?? '?'} needs country, phrases and source`);
  return { country: countryId(s.country, `superlatives.yaml ${s.phrases[0]}`), phrases: s.phrases, source: s.source };
});

const out = {
  source: 'Copydesk curated facts: data/curated/groups.yaml, headquarters.yaml, venues.yaml, language-regions.yaml and superlatives.yaml (each entry cites its Wikipedia article); country ids from data/generated/entities.json',
  nouns: groupsFile.nouns,
  groups,
  headquarters: [...headquarters, ...venues],
  languageWords: languagesFile.words,
  languageRegions,
  superlatives,
};
writeFileSync(join(root, 'data/generated/entity-facts.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`entity-facts.json: ${groups.length} groups, ${headquarters.length} headquarters, ${venues.length} venues, ${languageRegions.length} regions by language, ${superlatives.length} superlatives`);
