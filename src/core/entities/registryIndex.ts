// The registry's indexes built at build time (scripts/build-registry-index.mjs writes
// data/generated/registry-index.json): every field the EntityRegistry constructor fills from
// the built-in knowledge (no house list), written as a graph that keeps shared objects shared
// (a name form sits under its first word and under each name token; an entity under its id and
// in every form). Loading is one JSON.parse and a walk that rebuilds the Maps and Sets, instead
// of parsing 3.6 MB of entities and indexing 23,000 name forms.
//
// The encoding is generic over the registry's fields, so a field another check adds to the
// constructor is carried without changes here; a unit test rebuilds the index from the data
// files and requires it to equal the shipped one (stale data or code fails it).
//
// Pure: the adapters read the text and hand it in.

/** Header of the file: a format line, then the stamp of the inputs it was built from. */
export const REGISTRY_INDEX_FORMAT = 'copydesk-registry-index 1';

// Node tags. Every non-primitive value is an array [tag, id, payload]; id ≥ 0 when the object
// is referenced more than once (later references are [REF, id]).
const UNDEFINED = 0;
const REF = 1;
const ARRAY = 2;
const OBJECT = 3;
const MAP = 4; // string keys only; payload [k, v, k, v, …]
const SET = 5;
const PLAIN = 6; // a subtree of plain JSON data (no shared inner objects): used as parsed

type Node = string | number | boolean | null | unknown[];

/**
 * A stamp of the knowledge files an index is built from: their sizes in bytes. An index whose
 * stamp differs from the files at hand is not used (the registry is built from the files
 * instead), so data regenerated without its index does not load a stale one; the sizes come
 * from the file system, so a matching index spares reading the files at all.
 */
export function knowledgeStamp(byteSizes: readonly number[]): string {
  return byteSizes.join(',');
}

/** The fields of `state` (an object's own fields, skipping `omit`) as index text. */
export function encodeRegistryIndex(state: object, stamp: string, omit: readonly string[]): string {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) if (!omit.includes(k)) fields[k] = v;
  const refs = countReferences(fields);
  const ids = new Map<object, number>();
  const plain = new Map<object, boolean>();
  const encode = (value: unknown): Node => {
    if (value === undefined) return [UNDEFINED];
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`registry index: cannot store the number ${value}`);
      return value;
    }
    if (typeof value !== 'object') throw new Error(`registry index: cannot store a ${typeof value}`);
    const seen = ids.get(value);
    if (seen !== undefined) return [REF, seen];
    let id = -1;
    if ((refs.get(value) ?? 0) > 1) {
      id = ids.size;
      ids.set(value, id);
    }
    if (isPlain(value, refs, plain, true)) return [PLAIN, id, value];
    if (value instanceof Map) {
      const out: Node[] = [];
      for (const [k, v] of value) {
        if (typeof k !== 'string') throw new Error('registry index: only maps with string keys are stored');
        out.push(k, encode(v));
      }
      return [MAP, id, out];
    }
    if (value instanceof Set) return [SET, id, [...value].map(encode)];
    if (Array.isArray(value)) return [ARRAY, id, value.map(encode)];
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`registry index: cannot store a ${value.constructor?.name ?? 'class instance'}`);
    const out: Record<string, Node> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v);
    return [OBJECT, id, out];
  };
  const root = encode(fields);
  // ASCII only (other characters as \u escapes): the text then loads as a one-byte string, half
  // the memory of a two-byte one and quicker to parse.
  const json = JSON.stringify(root).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${REGISTRY_INDEX_FORMAT}\n${stamp}\n${json}\n`;
}

/** How often each object is reached from `root`. */
function countReferences(root: unknown): Map<object, number> {
  const refs = new Map<object, number>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const n = refs.get(v) ?? 0;
    refs.set(v, n + 1);
    if (n > 0) continue;
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
  }
  return refs;
}

/** True for arrays and plain objects of JSON data whose inner objects nothing else shares. */
function isPlain(v: object, refs: Map<object, number>, memo: Map<object, boolean>, top: boolean): boolean {
  if (!top && (refs.get(v) ?? 0) > 1) return false;
  const hit = memo.get(v);
  if (hit !== undefined) return hit;
  let ok = Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype;
  if (ok) {
    for (const x of Array.isArray(v) ? v : Object.values(v)) {
      if (x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) continue;
      if (typeof x === 'object' && isPlain(x, refs, memo, false)) continue;
      ok = false;
      break;
    }
  }
  memo.set(v, ok);
  return ok;
}

/**
 * The fields stored by encodeRegistryIndex, rebuilt, or undefined when `text` is not an index
 * for `stamp` (then the caller builds the registry from the knowledge itself).
 */
export function decodeRegistryIndex(text: string, stamp: string): Record<string, unknown> | undefined {
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  if (second < 0 || text.slice(0, first) !== REGISTRY_INDEX_FORMAT || text.slice(first + 1, second) !== stamp) return undefined;
  const root = JSON.parse(text.slice(second + 1)) as Node;
  const table: unknown[] = [];
  const decode = (node: Node): unknown => {
    if (!Array.isArray(node)) return node;
    const tag = node[0] as number;
    if (tag === REF) return table[node[1] as number];
    if (tag === UNDEFINED) return undefined;
    const id = node[1] as number;
    const payload = node[2];
    if (tag === PLAIN) {
      if (id >= 0) table[id] = payload;
      return payload;
    }
    if (tag === MAP) {
      const out = new Map<string, unknown>();
      if (id >= 0) table[id] = out;
      const items = payload as Node[];
      for (let i = 0; i < items.length; i += 2) out.set(items[i] as string, decode(items[i + 1]));
      return out;
    }
    if (tag === SET) {
      const out = new Set<unknown>();
      if (id >= 0) table[id] = out;
      for (const x of payload as Node[]) out.add(decode(x));
      return out;
    }
    // Arrays and objects are decoded in place: the parsed payload becomes the value.
    if (tag === ARRAY) {
      const items = payload as unknown[];
      if (id >= 0) table[id] = items;
      for (let i = 0; i < items.length; i++) items[i] = decode(items[i] as Node);
      return items;
    }
    if (tag === OBJECT) {
      const fields = payload as Record<string, unknown>;
      if (id >= 0) table[id] = fields;
      for (const k in fields) fields[k] = decode(fields[k] as Node);
      return fields;
    }
    throw new Error(`registry index: unknown node ${tag}`);
  };
  return decode(root) as Record<string, unknown>;
}
