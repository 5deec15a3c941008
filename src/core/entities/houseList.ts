// Reads the newsroom's house list (.copydesk/entities.yaml) and the `words` of
// a cspell configuration, reporting problems with file, line and column so a
// broken list never silently stops checking.
import { parse as parseJsonc, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { isMap, isSeq, LineCounter, parseDocument, YAMLMap, type Document } from 'yaml';
import { lineColumnAt } from '../text/lineIndex';
import type { HouseList } from './registry';
import type { EntityKind, EntityRecord } from './types';

export interface HouseListProblem {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
}

export interface ParsedHouseList {
  list: HouseList;
  problems: HouseListProblem[];
}

/** The default house list path, relative to the workspace folder. */
export const HOUSE_LIST_PATH = '.copydesk/entities.yaml';

const KINDS: EntityKind[] = ['country', 'place', 'person', 'organization', 'event', 'other'];
const LIST_FIELDS = ['aliases', 'short', 'acronyms', 'variants', 'wrong', 'adjectives', 'demonyms', 'combiningForms', 'sources'] as const;

/**
 * Format (YAML):
 *   accept: [Brenza Latin, Harbor Daily]        # names that are right here
 *   preferred:                                  # house style: form → forms it replaces
 *     Kyiv: [Kiev]
 *   entities:                                   # add or extend entities
 *     - name: Volodymyr Zelenskyy
 *       kind: person
 *       variants: [Volodymyr Zelensky]
 */
export function parseHouseList(text: string): ParsedHouseList {
  const problems: HouseListProblem[] = [];
  const list: HouseList = { accept: [], preferred: [], entities: [] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const pos = lc.linePos(err.pos[0]);
    problems.push({ message: `House list is not valid YAML: ${err.message.split('\n')[0]}`, line: pos.line, column: pos.col });
  }
  if (problems.length) return { list, problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { list, problems };
  const at = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const pos = lc.linePos(range ? range[0] : 0);
    return { line: pos.line, column: pos.col };
  };
  if (!isMap(root)) {
    problems.push({ message: 'House list must be a map with `accept`, `preferred` and `entities`.', ...at(root) });
    return { list, problems };
  }
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const value = pair.value;
    if (key === 'accept') {
      if (value === null || value === undefined || (value as { value?: unknown }).value === null) continue; // `accept:` with nothing yet
      if (!isSeq(value)) {
        problems.push({ message: '`accept` must be a list of names.', ...at(value ?? pair.key) });
        continue;
      }
      for (const item of value.items) {
        const v = (item as { value?: unknown }).value;
        if (typeof v === 'string' && v.trim()) list.accept.push(v.trim());
        else problems.push({ message: 'Each accepted name must be text.', ...at(item) });
      }
    } else if (key === 'preferred') {
      if (!isMap(value)) {
        problems.push({ message: '`preferred` must map a preferred form to the forms it replaces, e.g. `Kyiv: [Kiev]`.', ...at(value ?? pair.key) });
        continue;
      }
      for (const p of value.items) {
        const form = String((p.key as { value?: unknown })?.value ?? '');
        const over = toStrings(p.value);
        if (!form || !over) problems.push({ message: `Preferred form “${form}” must list the forms it replaces.`, ...at(p.value ?? p.key) });
        else list.preferred.push({ form, over });
      }
    } else if (key === 'entities') {
      if (!isSeq(value)) {
        problems.push({ message: '`entities` must be a list.', ...at(value ?? pair.key) });
        continue;
      }
      for (const item of value.items) {
        const e = readEntity(item, (m) => problems.push({ message: m, ...at(item) }));
        if (e) list.entities.push(e);
      }
    } else {
      problems.push({ message: `Unknown house list section “${key}” (expected accept, preferred or entities).`, ...at(pair.key) });
    }
  }
  return { list, problems };
}

function toStrings(node: unknown): string[] | undefined {
  if (isSeq(node)) {
    const out = node.items.map((i) => (i as { value?: unknown }).value);
    return out.every((x) => typeof x === 'string') ? (out as string[]) : undefined;
  }
  const v = (node as { value?: unknown } | undefined)?.value;
  return typeof v === 'string' ? [v] : undefined;
}

function readEntity(node: unknown, problem: (m: string) => void): EntityRecord | undefined {
  if (!isMap(node)) {
    problem('Each entity must be a map with at least `name`.');
    return undefined;
  }
  const obj = (node as YAMLMap).toJSON() as Record<string, unknown>;
  if (typeof obj.name !== 'string' || !obj.name.trim()) {
    problem('An entity needs a `name`.');
    return undefined;
  }
  const kind = (obj.kind ?? 'other') as EntityKind;
  if (!KINDS.includes(kind)) {
    problem(`Unknown kind “${String(obj.kind)}” (expected one of ${KINDS.join(', ')}).`);
    return undefined;
  }
  const e: EntityRecord = {
    id: typeof obj.id === 'string' ? obj.id : `house:${obj.name.trim().toLowerCase().replace(/\s+/g, '-')}`,
    kind,
    name: obj.name.trim(),
    sources: ['house list'],
  };
  if (typeof obj.description === 'string') e.description = obj.description;
  for (const f of LIST_FIELDS) {
    const v = obj[f];
    if (v === undefined) continue;
    const arr = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(arr) || !arr.every((x) => typeof x === 'string')) {
      problem(`\`${f}\` of “${e.name}” must be a list of text.`);
      return undefined;
    }
    if (f === 'sources') e.sources = arr as string[];
    else e[f] = arr as string[];
  }
  return e;
}

/**
 * Adds a name to `accept`, keeping the file's comments and layout (the yaml
 * library edits the document tree, not the text).
 */
export function addAcceptedName(text: string, name: string): string {
  const doc: Document = text.trim() ? parseDocument(text) : parseDocument('# Copydesk house list: names that are right in this newsroom.\naccept: []\n');
  if (doc.errors.length) throw new Error(`The house list has a YAML error; fix it before adding names: ${doc.errors[0].message.split('\n')[0]}`);
  if (doc.contents === null || doc.contents === undefined) doc.contents = doc.createNode({ accept: [] }) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) throw new Error('The house list must be a map with `accept`, `preferred` and `entities`.');
  const accept = doc.get('accept');
  if (isSeq(accept)) {
    if (accept.items.some((i) => (i as { value?: unknown }).value === name)) return doc.toString();
    accept.flow = accept.flow && accept.items.length < 8;
    accept.add(doc.createNode(name));
  } else {
    doc.set('accept', doc.createNode([name]));
  }
  return doc.toString();
}

export interface CspellWords {
  words: string[];
  problems: HouseListProblem[];
}

/** `words` (and `names`-like lists) of cspell.json, .cspell.json, cspell.config.yaml, .cspell.yaml. */
export function parseCspellConfig(text: string, fileName: string): CspellWords {
  const problems: HouseListProblem[] = [];
  let data: unknown;
  if (/\.ya?ml$/i.test(fileName)) {
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length) {
      const pos = lc.linePos(doc.errors[0].pos[0]);
      return { words: [], problems: [{ message: `cspell configuration is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, line: pos.line, column: pos.col }] };
    }
    data = doc.toJSON();
  } else {
    const errors: ParseError[] = [];
    data = parseJsonc(text, errors, { allowTrailingComma: true });
    if (errors.length) {
      const at = lineColumnAt(text, errors[0].offset);
      return { words: [], problems: [{ message: `cspell configuration is not valid JSON: ${printParseErrorCode(errors[0].error)}`, ...at }] };
    }
  }
  const words: string[] = [];
  if (data && typeof data === 'object') {
    const w = (data as { words?: unknown }).words;
    if (Array.isArray(w)) for (const x of w) if (typeof x === 'string') words.push(x);
  }
  return { words, problems };
}

export const CSPELL_CONFIG_NAMES = ['cspell.json', '.cspell.json', 'cSpell.json', '.cSpell.json', 'cspell.config.json', 'cspell.config.yaml', 'cspell.config.yml', 'cspell.yaml', 'cspell.yml', '.cspell.yaml'];
