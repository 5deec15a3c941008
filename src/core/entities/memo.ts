// Bounded memos for the name checks' lookups that depend on the knowledge alone (a word pair's
// candidate names, a word's near-miss candidates): a Check All run sees the same words in
// article after article, so each is worked out once per registry, and memory stays bounded.

/**
 * A memo of values by one or two string keys (a word, or a word and the next) that holds at
 * most `capacity` entries, forgetting the least recently used first, in two generations (as
 * quick-lru does): lookups hit the current generation, or the previous one and move over; when
 * the current one is half full it becomes the previous one and the older is dropped whole.
 * O(1) per lookup, no per-entry bookkeeping. Two keys are looked up in nested maps rather than
 * joined: an atom's key is a string the lookups share, a joined key a new one each time.
 */
export class BoundedMemo<V extends NonNullable<unknown>> {
  private current = new Map<string, Map<string, V>>();
  private previous = new Map<string, Map<string, V>>();
  /** Entries in `current` and in `previous`. */
  private currentSize = 0;
  private previousSize = 0;
  private readonly half: number;

  constructor(readonly capacity: number) {
    if (!(capacity >= 2)) throw new Error('BoundedMemo: capacity must be at least 2');
    this.half = Math.floor(capacity / 2);
  }

  /** The value remembered for (`a`, `b`), or undefined (`b` is '' for a value of one key). */
  get(a: string, b: string): V | undefined {
    const hit = this.current.get(a)?.get(b);
    if (hit !== undefined) return hit;
    const inner = this.previous.get(a);
    const old = inner?.get(b);
    if (old !== undefined) {
      // Used again: it moves to the current generation.
      inner!.delete(b);
      this.previousSize--;
      this.add(a, b, old);
    }
    return old;
  }

  /** Remembers `value` for (`a`, `b`) and returns it. */
  set(a: string, b: string, value: V): V {
    const old = this.previous.get(a);
    if (old?.delete(b)) this.previousSize--;
    const inner = this.current.get(a);
    if (inner?.has(b)) inner.set(b, value);
    else this.add(a, b, value);
    return value;
  }

  /** How many entries are held (at most `capacity`). */
  get size(): number {
    return this.currentSize + this.previousSize;
  }

  private add(a: string, b: string, value: V): void {
    if (this.currentSize >= this.half) {
      this.previous = this.current;
      this.previousSize = this.currentSize;
      this.current = new Map();
      this.currentSize = 0;
    }
    let inner = this.current.get(a);
    if (!inner) {
      inner = new Map();
      this.current.set(a, inner);
    }
    inner.set(b, value);
    this.currentSize++;
  }
}

/** A capacity every memo takes instead of its own, for tests (undefined: each its own). */
let capacityOverride: number | undefined;

/**
 * Makes every memo created or fetched from now on hold at most `capacity` entries (a tiny one
 * forgets at once, so tests can compare remembered and recomputed answers); undefined undoes it.
 */
export function overrideMemoCapacity(capacity: number | undefined): void {
  capacityOverride = capacity;
}

/**
 * One memo per registry (or other knowledge object) for one purpose: the values depend on that
 * knowledge, so a new registry (another house list) starts afresh and the old memo goes with
 * it. The last owner's memo is kept at hand: lookups come in runs for one registry.
 */
export class MemoPerOwner<O extends object, V extends NonNullable<unknown>> {
  private readonly owners = new WeakMap<O, BoundedMemo<V>>();
  private lastOwner: O | undefined;
  private lastMemo: BoundedMemo<V> | undefined;

  constructor(private readonly capacity: number) {}

  of(owner: O): BoundedMemo<V> {
    const wanted = capacityOverride ?? this.capacity;
    if (owner === this.lastOwner && this.lastMemo!.capacity === wanted) return this.lastMemo!;
    let memo = this.owners.get(owner);
    if (!memo || memo.capacity !== wanted) {
      memo = new BoundedMemo<V>(wanted);
      this.owners.set(owner, memo);
    }
    this.lastOwner = owner;
    this.lastMemo = memo;
    return memo;
  }
}
