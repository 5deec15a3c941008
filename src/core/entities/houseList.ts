// Reads the newsroom's house list (.copydesk/entities.yaml) and the `words` of
// a cspell configuration, reporting problems with file, line and column so a
// broken list never silently stops checking.
import { isAlias, isMap, isScalar, isSeq, LineCounter } from 'yaml';
import { lineColumnAt } from '../text/lineIndex';
import { nodeToData, parseJsonBounded, parseYamlBounded, yamlToData } from '../config/safeParse';
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
  const posAt = (offset: number) => {
    const pos = lc.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  try {
    const parsed = parseYamlBounded(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (!parsed.doc) {
      // The lexer stopped before the line counter saw the whole text: count lines on the text itself.
      return { list, problems: [{ message: `House list is ${parsed.problem!.message}.`, ...lineColumnAt(text, parsed.problem!.offset) }] };
    }
    const doc = parsed.doc;
    for (const err of doc.errors) problems.push({ message: `House list is not valid YAML: ${err.message.split('\n')[0]}`, ...posAt(err.pos[0]) });
    if (problems.length) return { list, problems };
    const root = doc.contents;
    if (root === null || root === undefined) return { list, problems };
    const at = (node: unknown) => posAt((node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0);
    // `accept: *names` and `- *name` read through to the anchored node.
    const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
    // `preferred:` and `entities:` with nothing yet are empty sections, as `accept:` is.
    const isEmpty = (node: unknown) => node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
    if (!isMap(root)) {
      problems.push({ message: 'House list must be a map with `accept`, `preferred` and `entities`.', ...at(root) });
      return { list, problems };
    }
    for (const pair of root.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const value = deref(pair.value);
      const where = value ?? pair.key;
      if (key.startsWith('x-')) {
        continue; // extension keys hold anchors shared by the sections (`x-names: &names [...]`)
      } else if (key !== 'accept' && key !== 'preferred' && key !== 'entities') {
        problems.push({ message: `Unknown house list section “${key}” (expected accept, preferred or entities; keys starting with x- may hold anchors).`, ...at(pair.key) });
      } else if (isEmpty(value)) {
        continue;
      } else if (key === 'accept') {
        if (!isSeq(value)) {
          problems.push({ message: '`accept` must be a list of names.', ...at(where) });
          continue;
        }
        for (const item of value.items) {
          const v = (deref(item) as { value?: unknown } | undefined)?.value;
          if (typeof v === 'string' && v.trim()) list.accept.push(v.trim());
          else problems.push({ message: 'Each accepted name must be text.', ...at(item) });
        }
      } else if (key === 'preferred') {
        if (!isMap(value)) {
          problems.push({ message: '`preferred` must map a preferred form to the forms it replaces, e.g. `Kyiv: [Kiev]`.', ...at(where) });
          continue;
        }
        for (const p of value.items) {
          const form = String((p.key as { value?: unknown })?.value ?? '');
          const over = toStrings(deref(p.value), deref);
          if (!form || !over) problems.push({ message: `Preferred form “${form}” must list the forms it replaces.`, ...at(p.value ?? p.key) });
          else list.preferred.push({ form, over });
        }
      } else {
        if (!isSeq(value)) {
          problems.push({ message: '`entities` must be a list.', ...at(where) });
          continue;
        }
        for (const item of value.items) {
          const data = nodeToData(doc, deref(item));
          const problem = (m: string) => problems.push({ message: m, ...at(item) });
          if (data.problem) problem(`This entity's ${data.problem.message}.`);
          else {
            const e = readEntity(data.data, problem);
            if (e) list.entities.push(e);
          }
        }
      }
    }
  } catch (e) {
    // Whatever the file holds, a problem with a place beats an exception that stops every check.
    problems.push({ message: `House list cannot be read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, line: 1, column: 1 });
  }
  return { list, problems };
}

function toStrings(node: unknown, deref: (n: unknown) => unknown): string[] | undefined {
  if (isSeq(node)) {
    const out = node.items.map((i) => (deref(i) as { value?: unknown } | undefined)?.value);
    return out.every((x) => typeof x === 'string') ? (out as string[]) : undefined;
  }
  const v = (node as { value?: unknown } | undefined)?.value;
  return typeof v === 'string' ? [v] : undefined;
}

function readEntity(data: unknown, problem: (m: string) => void): EntityRecord | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Map) {
    problem('Each entity must be a map with at least `name`.');
    return undefined;
  }
  const obj = data as Record<string, unknown>;
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

/** One insertion into the house list text: the only change "Add to house list" makes. */
export interface TextInsertion {
  offset: number;
  text: string;
}

const NEW_HOUSE_LIST_HEADER = '# Copydesk house list: names that are right in this newsroom.\n';

/**
 * Where and what to insert so that `accept` lists `name`; undefined when it already does.
 * The rest of the file stays byte for byte: no re-serialising, so long lines are not folded,
 * flow lists stay flow, comments stay where they are and `accept: *names` keeps its anchor
 * (the name joins the anchored list). Throws an Error with a clear message when the file
 * cannot take the name without a rewrite (YAML errors, a list at the top, `accept: ~`).
 */
export function planAcceptedName(text: string, name: string): TextInsertion | undefined {
  const item = yamlScalar(name);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!text.trim()) return { offset: 0, text: `${NEW_HOUSE_LIST_HEADER}accept: [${item}]${eol}`.replace(/\n/g, eol) };
  const parsed = parseYamlBounded(text, { prettyErrors: false });
  if (!parsed.doc) throw new Error(`The house list is ${parsed.problem!.message}; fix it before adding names.`);
  const doc = parsed.doc;
  if (doc.errors.length) throw new Error(`The house list has a YAML error; fix it before adding names: ${doc.errors[0].message.split('\n')[0]}`);
  const root = doc.contents;
  if (root === null || root === undefined) return { offset: text.length, text: `${endsLine(text) ? '' : eol}accept: [${item}]${eol}` };
  if (!isMap(root) || root.flow) throw new Error('The house list must be a map with `accept`, `preferred` and `entities`.');
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'accept');
  if (!pair) {
    // A new section after the last one, at the same indentation as the other keys.
    const indent = ' '.repeat(columnOf(text, root.range?.[0] ?? 0));
    return { offset: text.length, text: `${endsLine(text) ? '' : eol}${indent}accept:${eol}${indent}  - ${item}${eol}` };
  }
  let value: unknown = pair.value;
  if (isAlias(value)) value = value.resolve(doc);
  if (isSeq(value)) {
    if (value.items.some((i) => ((isAlias(i) ? i.resolve(doc) : i) as { value?: unknown } | undefined)?.value === name)) return undefined;
    const range = value.range;
    if (!range) throw new Error('The house list’s `accept` list has no position; add the name by hand.');
    if (value.flow) {
      const last = value.items[value.items.length - 1] as { range?: [number, number, number] } | undefined;
      if (last?.range) return { offset: last.range[1], text: `, ${item}` };
      // An empty `[]`: just inside the bracket.
      return { offset: text.lastIndexOf(']', range[1] - 1), text: item };
    }
    // Block list: a new line after the last item, indented like the first item's dash.
    const last = value.items[value.items.length - 1] as { range?: [number, number, number] } | undefined;
    const indent = ' '.repeat(columnOf(text, range[0]));
    const lineEnd = lineEndAfter(text, last?.range?.[1] ?? range[0]);
    return newLineAfter(text, lineEnd, `${indent}- ${item}`, eol);
  }
  if (value === null || value === undefined || (isScalar(value) && value.value === null && (value.source ?? '') === '')) {
    // `accept:` with nothing yet (perhaps a comment): the list starts on the next line.
    const keyEnd = (pair.key as { range?: [number, number, number] }).range?.[1] ?? 0;
    const lineEnd = lineEndAfter(text, keyEnd);
    const indent = ' '.repeat(columnOf(text, (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0) + 2);
    return newLineAfter(text, lineEnd, `${indent}- ${item}`, eol);
  }
  throw new Error('The house list’s `accept` is not a list; make it one (e.g. `accept: [Brenza Latin]`) before adding names.');
}

/**
 * Adds a name to `accept` with planAcceptedName's one insertion, and checks that the result
 * still parses and accepts the name before anyone writes it.
 */
export function addAcceptedName(text: string, name: string): string {
  const plan = planAcceptedName(text, name);
  if (!plan) return text;
  const updated = text.slice(0, plan.offset) + plan.text + text.slice(plan.offset);
  const check = parseHouseList(updated);
  if (check.problems.length > parseHouseList(text).problems.length || !check.list.accept.includes(name.trim())) {
    throw new Error(`Copydesk could not add “${name}” to the house list without changing other entries; add it by hand.`);
  }
  return updated;
}

/** A name as a YAML scalar that reads back as exactly that text, in flow and block lists. */
function yamlScalar(name: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’()-]*$/u.test(name) && !/\s$/.test(name) && !/^(?:true|false|yes|no|on|off|null|~|[-+.\d].*)$/i.test(name);
  // JSON strings are YAML double-quoted scalars.
  return plain ? name : JSON.stringify(name);
}

function endsLine(text: string): boolean {
  return text.endsWith('\n') || text.endsWith('\r');
}

/**
 * Offset of the `\n` ending the line whose content ends at `end` (text.length on a last line
 * without one). The yaml library's ranges for block items may already include that `\n`.
 */
function lineEndAfter(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end - 1;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl;
}

/** Inserts `line` as a line of its own after the line ending at `lineEnd`. */
function newLineAfter(text: string, lineEnd: number, line: string, eol: string): TextInsertion {
  return lineEnd === text.length ? { offset: lineEnd, text: `${endsLine(text) ? '' : eol}${line}${endsLine(text) ? eol : ''}` } : { offset: lineEnd + 1, text: `${line}${eol}` };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

export interface CspellWords {
  words: string[];
  problems: HouseListProblem[];
}

/** `words` (and `names`-like lists) of cspell.json, .cspell.json, cspell.config.yaml, .cspell.yaml. */
export function parseCspellConfig(text: string, fileName: string): CspellWords {
  const fail = (message: string, offset: number): CspellWords => ({ words: [], problems: [{ message, ...lineColumnAt(text, offset) }] });
  let data: unknown;
  try {
    if (/\.ya?ml$/i.test(fileName)) {
      const lc = new LineCounter();
      const parsed = parseYamlBounded(text, { lineCounter: lc, prettyErrors: false });
      if (!parsed.doc) return fail(`cspell configuration is ${parsed.problem!.message}`, parsed.problem!.offset);
      if (parsed.doc.errors.length) {
        const pos = lc.linePos(parsed.doc.errors[0].pos[0]);
        return { words: [], problems: [{ message: `cspell configuration is not valid YAML: ${parsed.doc.errors[0].message.split('\n')[0]}`, line: pos.line, column: pos.col }] };
      }
      const read = yamlToData(parsed.doc);
      if (read.problem) return fail(`cspell configuration ${read.problem.message}`, read.problem.offset);
      data = read.data;
    } else {
      const read = parseJsonBounded(text);
      if (read.problem) {
        const deep = /^nested/.test(read.problem.message);
        return fail(`cspell configuration ${deep ? 'is' : 'is not valid JSON:'} ${read.problem.message}`, read.problem.offset);
      }
      data = read.data;
    }
  } catch (e) {
    return fail(`cspell configuration cannot be read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, 0);
  }
  const words: string[] = [];
  if (data && typeof data === 'object') {
    const w = (data as { words?: unknown }).words;
    if (Array.isArray(w)) for (const x of w) if (typeof x === 'string') words.push(x);
  }
  return { words, problems: [] };
}

export const CSPELL_CONFIG_NAMES = ['cspell.json', '.cspell.json', 'cSpell.json', '.cSpell.json', 'cspell.config.json', 'cspell.config.yaml', 'cspell.config.yml', 'cspell.yaml', 'cspell.yml', '.cspell.yaml'];
