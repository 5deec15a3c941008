// Remembers across window reloads that Check All Articles keeps the workspace's Problems view
// current, and resumes it after a reload. No `vscode` import: the extension hands in its
// workspaceState (a Memento) and a timer, so the unit tier can test it with fakes.

/** The part of vscode.Memento this needs. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

export const WATCHING_KEY = 'copydesk.checkAll.watching';

/**
 * NOTE: a resumed run waits this long after activation, so the window's own restore (editors,
 * the open article's first diagnostics) goes first; it then runs quietly (no notification).
 */
export const RESUME_DELAY_MS = 2000;

export class CheckAllMemory {
  constructor(private readonly store: StateStore) {}

  /** True when the last window had Check All watching the workspace. */
  get watching(): boolean {
    return this.store.get<boolean>(WATCHING_KEY) === true;
  }

  /** A run started: the Problems view is kept current from now on, in this window and the next. */
  remember(): PromiseLike<void> {
    return this.watching ? Promise.resolve() : this.store.update(WATCHING_KEY, true);
  }

  /** The writer stopped a run: a reload does not start it again. */
  forget(): PromiseLike<void> {
    return this.watching ? this.store.update(WATCHING_KEY, undefined) : Promise.resolve();
  }

  /**
   * After a reload: runs `resume` once, `delayMs` later, when the last window was watching.
   * Returns a disposable that cancels a resume not yet started.
   */
  resumeIfWatching(resume: () => void, delayMs = RESUME_DELAY_MS, timers: Timers = globalTimers): { dispose(): void } {
    if (!this.watching) return { dispose: () => undefined };
    const handle = timers.setTimeout(resume, delayMs);
    return { dispose: () => timers.clearTimeout(handle) };
  }
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
