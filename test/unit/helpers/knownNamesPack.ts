// A packed known-names file built in memory, as scripts/build-known-names.mjs writes it, for unit tests.
import { KnownNames, foldWord } from '../../../src/core/entities/knownNames';

/** A place line: its display form, its description, and (optionally) its population and the romanised flag. */
export type PlaceRow = [display: string, description: string, population?: number, romanised?: boolean];

export function packKnownNames(names: string[], census: string[], phrases: string[] = [], places: PlaceRow[] = []): KnownNames {
  return KnownNames.decode(packKnownNamesBytes(names, census, phrases, places));
}

/** The packed file's bytes (UTF-8). */
export function packKnownNamesBytes(names: string[], census: string[], phrases: string[] = [], places: PlaceRow[] = []): Uint8Array {
  const w = [...new Set(names.map(foldWord))].sort();
  const c = [...new Set(census.map(foldWord))].filter((x) => !w.includes(x)).sort();
  const p = [...new Set(phrases.map((x) => x.split(/[\s-]+/).map(foldWord).join(' ')))].sort();
  const pl = places.map(([display, description, population, romanised]) => ({
    key: display.split(/\s+/).map(foldWord).join(' '),
    line: [display, description, ...(population ? [String(population)] : []), ...(romanised ? ['r'] : [])].join('\t'),
  }));
  pl.sort((a, b) => (a.key < b.key ? -1 : 1));
  const lines = [`copydesk-known-names 2\t${w.length}\t${c.length}\t${p.length}\t${pl.length}`, ...w, ...c, ...p, ...pl.map((x) => x.key), ...pl.map((x) => x.line)];
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
