// The extension host's side of the spelling worker: a SpellingEngine whose
// work happens in dist/spellWorker.js. Started on the first check; a worker
// that dies is started again on the next request, and its callers get an error.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Neighbours, SpellingCheckResult, SpellingEngine, SpellingRequest } from '../../core/spelling/types';
import type { WorkerData, WorkerRequest, WorkerResponse } from './protocol';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Body = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export class WorkerEngine implements SpellingEngine {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** @param root the extension's folder: dist/spellWorker.js and node_modules/@cspell/dict-* live under it. */
  constructor(private readonly root: string) {}

  check(request: SpellingRequest): Promise<SpellingCheckResult> {
    return this.call({ method: 'check', request }) as Promise<SpellingCheckResult>;
  }

  suggest(uri: string, words: string[], language?: string): Promise<string[][]> {
    return this.call({ method: 'suggest', uri, words, language }) as Promise<string[][]>;
  }

  neighbours(uri: string, words: string[], language?: string): Promise<Neighbours[]> {
    return this.call({ method: 'neighbours', uri, words, language }) as Promise<Neighbours[]>;
  }

  /** Starts the worker and loads the dictionaries, ahead of the first check. */
  warm(): void {
    void this.call({ method: 'warm' }).catch(() => undefined);
  }

  /** Configuration changed: the worker drops its validators and cspell's caches. */
  reset(): void {
    if (this.worker) void this.call({ method: 'reset' }).catch(() => undefined);
  }

  forget(uri: string): void {
    if (this.worker) void this.call({ method: 'forget', uri }).catch(() => undefined);
  }

  private call(body: Body): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(join(this.root, 'dist', 'spellWorker.js'), { workerData: { root: this.root } satisfies WorkerData });
    worker.on('message', (m: WorkerResponse) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error));
    });
    const fail = (e: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The spelling worker stopped (exit ${code}).`)));
    // NOTE: an idle worker must not keep the extension host (or a test process) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
