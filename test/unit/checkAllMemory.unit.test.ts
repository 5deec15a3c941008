// Check All's watching state across window reloads (src/vscode/names/checkAllMemory.ts).
import * as assert from 'node:assert/strict';
import { CheckAllMemory, WATCHING_KEY, type StateStore, type Timers } from '../../src/vscode/names/checkAllMemory';

function store(initial: Record<string, unknown> = {}): StateStore & { data: Record<string, unknown>; writes: number } {
  const s = {
    data: { ...initial },
    writes: 0,
    get: <T>(key: string) => s.data[key] as T | undefined,
    update: (key: string, value: unknown) => {
      s.writes++;
      if (value === undefined) delete s.data[key];
      else s.data[key] = value;
      return Promise.resolve();
    },
  };
  return s;
}

function timers(): Timers & { pending: Array<{ fn: () => void; ms: number; cleared: boolean }>; fire(): void } {
  const t = {
    pending: [] as Array<{ fn: () => void; ms: number; cleared: boolean }>,
    setTimeout: (fn: () => void, ms: number) => {
      const h = { fn, ms, cleared: false };
      t.pending.push(h);
      return h;
    },
    clearTimeout: (h: unknown) => {
      (h as { cleared: boolean }).cleared = true;
    },
    fire: () => {
      for (const h of t.pending.splice(0)) if (!h.cleared) h.fn();
    },
  };
  return t;
}

describe('Check All watching across reloads', () => {
  it('remembers that a run started, in the workspace state, once', async () => {
    const s = store();
    const memory = new CheckAllMemory(s);
    assert.equal(memory.watching, false);
    await memory.remember();
    await memory.remember();
    assert.equal(s.data[WATCHING_KEY], true);
    assert.equal(s.writes, 1);
    // The next window reads it from the same state.
    assert.equal(new CheckAllMemory(s).watching, true);
  });

  it('resumes after a reload when the last window was watching, after the delay, once', () => {
    const memory = new CheckAllMemory(store({ [WATCHING_KEY]: true }));
    const t = timers();
    let runs = 0;
    memory.resumeIfWatching(() => runs++, 1500, t);
    assert.equal(runs, 0, 'not during activation');
    assert.deepEqual(t.pending.map((p) => p.ms), [1500]);
    t.fire();
    assert.equal(runs, 1);
  });

  it('does not resume in a workspace where Check All never ran', () => {
    const memory = new CheckAllMemory(store());
    const t = timers();
    let runs = 0;
    memory.resumeIfWatching(() => runs++, 1500, t);
    t.fire();
    assert.equal(runs, 0);
    assert.equal(t.pending.length, 0);
  });

  it('does not resume once the window closed before the delay', () => {
    const memory = new CheckAllMemory(store({ [WATCHING_KEY]: true }));
    const t = timers();
    let runs = 0;
    memory.resumeIfWatching(() => runs++, 1500, t).dispose();
    t.fire();
    assert.equal(runs, 0);
  });

  it('forgets a run the writer stopped, so a reload does not start it again', async () => {
    const s = store({ [WATCHING_KEY]: true });
    const memory = new CheckAllMemory(s);
    await memory.forget();
    assert.equal(WATCHING_KEY in s.data, false);
    const t = timers();
    let runs = 0;
    new CheckAllMemory(s).resumeIfWatching(() => runs++, 1500, t);
    t.fire();
    assert.equal(runs, 0);
  });
});
