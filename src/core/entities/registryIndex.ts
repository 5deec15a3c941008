// The registry's indexes built at build time (scripts/build-registry-index.mjs writes
// data/generated/registry-index.json): every field the EntityRegistry constructor fills from
// the built-in knowledge (no house list), written so that loading allocates little more than
// the objects the registry holds.
//
// Layout (one JSON value per line, so each part is parsed on its own):
//   1  the format line            2  the stamp of the inputs it was built from
//   3  the header: the tables' shapes and the names of the fields, in line order
//   then one line per table: the shared records every field points into (entity records, name
//   forms, name tokens and the like column by column: a column of entity numbers, of form
//   strings, of keys joined by spaces; values many records hold alike, such as an entity's
//   list of sources, once in a pool after the columns), then one line per registry field,
//   in which a record is its number, a list of records a list of numbers, and a Map whose
//   values are records or lists of records a flat [key, numbers, key, numbers…] array.
// So the 30,000 name forms cost no property names and no wrapper arrays to parse, and a Map
// of 10,000 keys is one array walk. Which objects are records is the registry's choice
// (EntityRegistry.indexTables); everything else falls back to a generic graph encoding that
// keeps shared objects shared, so a field another check adds to the constructor is carried
// without changes here. A unit test rebuilds the index from the data files and requires it
// to equal the shipped one (stale data or code fails it).
//
// Pure: the adapters read the text and hand it in.

/** Header of the file: a format line, then the stamp of the inputs it was built from. */
export const REGISTRY_INDEX_FORMAT = 'copydesk-registry-index 6';

// Node tags. Every non-primitive value is an array [tag, id, payload]; id ≥ 0 when the object
// is referenced more than once (later references are [REF, id]). Records of the tables have
// the ids 0… in table order, so they are referenced from anywhere by number.
const UNDEFINED = 0;
const REF = 1;
const ARRAY = 2;
const OBJECT = 3;
const MAP = 4; // string keys only; payload [k, v, k, v, …]
const SET = 5;
const PLAIN = 6; // a subtree of plain JSON data (no shared inner objects): used as parsed
const RECORDS = 7; // an array of records: payload [n, n, …]
const RECORD_MAP = 8; // a Map<string, record>: payload [k, n, k, n, …]
const RECORDS_MAP = 9; // a Map<string, record[]> (lists not shared): payload [k, [n…], k, [n…], …]
const STRING_SET = 10; // a Set<string>: payload [s, s, …]
const RECORDS_BY_ID = 11; // a Map<string, record> keyed by each record's own `id`: payload [n, n, …]
const IDS_OF_RECORDS = 12; // a Set<string> of records' `id`s: payload [n, n, …]

type Node = string | number | boolean | null | unknown[];

/**
 * Shared records the registry's fields point into, written once. Records of a table with
 * `write` and `read` (entity records, name forms and the like) are written by columns and
 * rebuilt by their owner's `read` (an object literal: records of one shape, as the optimising
 * compiler likes them, and no property names to parse); plain JSON records without them are
 * written as they are. Columns hold JSON data; a record pointed at is written as its number.
 */
export interface RecordTable<T extends object = object> {
  records: readonly T[];
  /**
   * The record's column values, each record it points at written as `id(record)`. A value many
   * records hold alike (a list of sources) may be written as `shared(value)`: a number into the
   * table's pool of JSON values, where each distinct value is written once (by its JSON text).
   */
  write?(record: T, id: (record: object) => number, shared: (value: unknown) => number): unknown[];
  /**
   * Record `i` from the parsed columns; `records[n]` is the record written as n, `pool[n]` the
   * value written as `shared` n (one object for all the records that hold it).
   */
  read?(columns: readonly unknown[][], i: number, records: readonly unknown[], pool: readonly unknown[]): T;
}

interface IndexHeader {
  /**
   * Each table's rows, in line order; `columns` for a table by columns, `nodes` for records
   * written as generic nodes (plain objects that share inner data), neither for plain records.
   */
  tables: Array<{ rows: number; columns?: number; nodes?: boolean; pool?: boolean }>;
  fields: string[];
}

/**
 * A stamp of the knowledge files an index is built from: their sizes in bytes. An index whose
 * stamp differs from the files at hand is not used (the registry is built from the files
 * instead), so data regenerated without its index does not load a stale one; the sizes come
 * from the file system, so a matching index spares reading the files at all.
 */
export function knowledgeStamp(byteSizes: readonly number[]): string {
  return byteSizes.join(',');
}

const isPrimitive = (x: unknown): boolean => x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The fields of `state` (an object's own fields, skipping `omit`) as index text. `tables` are
 * the shared records the fields point into, in an order where a record only points into its own
 * or an earlier table: a table is written as plain records when all of them are plain JSON,
 * else by columns (then all its records must be plain objects of one shape).
 */
export function encodeRegistryIndex(state: object, stamp: string, omit: readonly string[], tables: ReadonlyArray<RecordTable> = []): string {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) if (!omit.includes(k)) fields[k] = v;
  const refs = countReferences(fields);
  const ids = new Map<object, number>();
  for (const table of tables) {
    for (const record of table.records) {
      if (ids.has(record)) throw new Error('registry index: a record is in two tables');
      ids.set(record, ids.size);
    }
  }
  const records = ids.size;
  // Records with an `id` (entity records), by it: a map keyed by those ids or a set of them is
  // written as record numbers, so the 30,000 id strings are parsed once, in their table.
  const byId = new Map<string, number>();
  for (const [record, n] of ids) {
    const id = (record as { id?: unknown }).id;
    if (typeof id === 'string') byId.set(id, byId.has(id) ? -1 : n);
  }
  const ownId = (k: string, v: unknown): boolean => typeof v === 'object' && v !== null && (v as { id?: unknown }).id === k && byId.get(k) === ids.get(v);
  const plain = new Map<object, boolean>();
  const isRecord = (x: unknown): boolean => typeof x === 'object' && x !== null && (ids.get(x) ?? records) < records;
  const recordList = (x: unknown): x is object[] => Array.isArray(x) && (refs.get(x) ?? 0) <= 1 && !ids.has(x) && x.every(isRecord);
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
    if (isPlain(value, refs, plain, true, ids)) return [PLAIN, id, value];
    if (value instanceof Map) {
      const out: Node[] = [];
      let allRecords = true;
      let allLists = true;
      for (const [k, v] of value) {
        if (typeof k !== 'string') throw new Error('registry index: only maps with string keys are stored');
        if (allRecords && !isRecord(v)) allRecords = false;
        if (allLists && !recordList(v)) allLists = false;
      }
      if (value.size > 0 && allRecords && [...value].every(([k, v]) => ownId(k, v))) return [RECORDS_BY_ID, id, [...value.values()].map((r) => ids.get(r as object)!)];
      if (value.size > 0 && (allRecords || allLists)) {
        for (const [k, v] of value) out.push(k, allRecords ? ids.get(v as object)! : (v as object[]).map((r) => ids.get(r)!));
        return [allRecords ? RECORD_MAP : RECORDS_MAP, id, out];
      }
      for (const [k, v] of value) out.push(k, encode(v));
      return [MAP, id, out];
    }
    if (value instanceof Set) {
      const items = [...value];
      if (items.length > 0 && items.every((x) => typeof x === 'string' && (byId.get(x) ?? -1) >= 0)) return [IDS_OF_RECORDS, id, items.map((x) => byId.get(x as string)!)];
      if (items.every((x) => typeof x === 'string')) return [STRING_SET, id, items];
      return [SET, id, items.map(encode)];
    }
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every(isRecord)) return [RECORDS, id, value.map((r) => ids.get(r)!)];
      return [ARRAY, id, value.map(encode)];
    }
    if (!isPlainObject(value)) throw new Error(`registry index: cannot store a ${(value as object).constructor?.name ?? 'class instance'}`);
    const out: Record<string, Node> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v);
    return [OBJECT, id, out];
  };

  const header: IndexHeader = { tables: [], fields: Object.keys(fields) };
  const lines: string[] = [];
  const id = (record: object): number => {
    const n = ids.get(record);
    if (n === undefined || n >= records) throw new Error('registry index: a record points at an object of no table');
    return n;
  };
  for (const table of tables) {
    if (!table.write && table.records.every((r) => isPlain(r, refs, plain, true, ids))) {
      header.tables.push({ rows: table.records.length });
      lines.push(JSON.stringify(table.records));
      continue;
    }
    if (!table.write) {
      // Records that share inner data (a list of sources, say) keep sharing it.
      const nodes = table.records.map((r): Node => {
        if (!isPlainObject(r)) throw new Error('registry index: records without write and read must be plain objects');
        const out: Record<string, Node> = {};
        for (const [k, v] of Object.entries(r)) out[k] = encode(v);
        return [OBJECT, -1, out];
      });
      header.tables.push({ rows: table.records.length, nodes: true });
      lines.push(JSON.stringify(nodes));
      continue;
    }
    const columns: unknown[][] = [];
    const pool: unknown[] = [];
    const pooled = new Map<string, number>();
    const shared = (value: unknown): number => {
      const key = JSON.stringify(value);
      let n = pooled.get(key);
      if (n === undefined) {
        n = pool.length;
        pooled.set(key, n);
        pool.push(value);
      }
      return n;
    };
    for (const record of table.records) {
      const values = table.write(record, id, shared);
      values.forEach((v, c) => (columns[c] ??= []).push(v));
    }
    // The pool, when used, is the line's last array, after the columns.
    header.tables.push({ rows: table.records.length, columns: columns.length, ...(pool.length ? { pool: true } : {}) });
    lines.push(JSON.stringify(pool.length ? [...columns, pool] : columns));
  }
  for (const name of header.fields) lines.push(JSON.stringify(encode(fields[name])));
  // ASCII only (other characters as \u escapes): the text then loads as a one-byte string, half
  // the memory of a two-byte one and quicker to parse.
  const ascii = (s: string) => s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${REGISTRY_INDEX_FORMAT}\n${stamp}\n${JSON.stringify(header)}\n${lines.map(ascii).join('\n')}\n`;
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

/** True for arrays and plain objects of JSON data whose inner objects nothing else shares (and no record). */
function isPlain(v: object, refs: Map<object, number>, memo: Map<object, boolean>, top: boolean, records: ReadonlyMap<object, number>): boolean {
  // A record is written once in its table: a value that holds one is not plain data.
  if (!top && ((refs.get(v) ?? 0) > 1 || records.has(v))) return false;
  const hit = memo.get(v);
  if (hit !== undefined) return hit;
  let ok = Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype;
  if (ok) {
    for (const x of Array.isArray(v) ? v : Object.values(v)) {
      if (isPrimitive(x)) continue;
      if (typeof x === 'object' && x !== null && isPlain(x, refs, memo, false, records)) continue;
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
export function decodeRegistryIndex(text: string, stamp: string, tables: ReadonlyArray<Pick<RecordTable, 'read'> | undefined> = []): Record<string, unknown> | undefined {
  let at = 0;
  const nextLine = (): string => {
    const end = text.indexOf('\n', at);
    if (end < 0) throw new Error('registry index: truncated');
    const line = text.slice(at, end);
    at = end + 1;
    return line;
  };
  if (!text.startsWith(`${REGISTRY_INDEX_FORMAT}\n${stamp}\n`)) return undefined;
  nextLine();
  nextLine();
  const header = JSON.parse(nextLine()) as IndexHeader;
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
    if (tag === RECORDS) {
      // Numbers become the records they stand for, in place.
      const items = payload as unknown[];
      for (let i = 0; i < items.length; i++) items[i] = table[items[i] as number];
      if (id >= 0) table[id] = items;
      return items;
    }
    if (tag === RECORD_MAP || tag === RECORDS_MAP) {
      const out = new Map<string, unknown>();
      if (id >= 0) table[id] = out;
      const items = payload as unknown[];
      if (tag === RECORD_MAP) for (let i = 0; i < items.length; i += 2) out.set(items[i] as string, table[items[i + 1] as number]);
      else {
        for (let i = 0; i < items.length; i += 2) {
          const list = items[i + 1] as unknown[];
          for (let j = 0; j < list.length; j++) list[j] = table[list[j] as number];
          out.set(items[i] as string, list);
        }
      }
      return out;
    }
    if (tag === RECORDS_BY_ID) {
      const items = payload as number[];
      const out = new Map<string, unknown>();
      if (id >= 0) table[id] = out;
      for (let i = 0; i < items.length; i++) {
        const record = table[items[i]] as { id: string };
        out.set(record.id, record);
      }
      return out;
    }
    if (tag === IDS_OF_RECORDS) {
      const items = payload as number[];
      const out = new Set<string>();
      if (id >= 0) table[id] = out;
      for (let i = 0; i < items.length; i++) out.add((table[items[i]] as { id: string }).id);
      return out;
    }
    if (tag === STRING_SET) {
      const out = new Set<unknown>(payload as string[]);
      if (id >= 0) table[id] = out;
      return out;
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

  // Records are numbered 0… in table order; shared objects inside them take the ids after all records.
  let record = 0;
  for (let t = 0; t < header.tables.length; t++) {
    const parsed = JSON.parse(nextLine()) as unknown[];
    const { rows, columns, nodes, pool } = header.tables[t];
    if (nodes) for (let i = 0; i < rows; i++) table[record++] = decode(parsed[i] as Node);
    else if (columns === undefined) for (let i = 0; i < rows; i++) table[record++] = parsed[i];
    else {
      const read = tables[t]?.read;
      if (!read || parsed.length !== columns + (pool ? 1 : 0)) throw new Error('registry index: a table by columns is not read by its registry');
      const shared = pool ? (parsed[columns] as unknown[]) : [];
      for (let i = 0; i < rows; i++) table[record++] = read(parsed as unknown[][], i, table, shared);
    }
  }
  const fields: Record<string, unknown> = {};
  for (const name of header.fields) fields[name] = decode(JSON.parse(nextLine()) as Node);
  return fields;
}
