// The extension host's side of Check All's worker (dist/checkAllWorker.js): started for a run
// over many files, fed a few files at a time, stopped when idle. A worker that fails hands its
// files back (`check` rejects) and is started again for the next run.
import { Worker } from 'node:worker_threads';
import type { HouseList } from '../../core/entities/registry';
import type { Severity } from '../../core/entities/types';
import type { CheckAllRequest, CheckAllResponse, CheckAllWorkerData, PlacedFinding } from './checkAllProtocol';

/** NOTE: an idle worker holds a second copy of the knowledge (about 45 MB): let it go after this long. */
const IDLE_MS = 30_000;

/** Checkers (one per folder's house list) the worker keeps; the oldest goes first. */
const MAX_CHECKERS = 4;

interface Job {
  resolve: (findings: PlacedFinding[] | undefined) => void;
  reject: (e: Error) => void;
}

export class CheckAllPool {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();
  /** Checker ids the worker has, by the house list object they were built from. */
  private readonly checkerIds = new Map<HouseList | undefined, number>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param workerFile the worker's script (dist/checkAllWorker.js in the extension)
   * @param dataDir the extension's data/ folder
   */
  constructor(
    private readonly workerFile: string,
    private readonly dataDir: string,
  ) {}

  /** Files being checked now. */
  get busy(): number {
    return this.jobs.size;
  }

  /** Reads and checks a file in the worker with the checker of this house list. */
  check(path: string, house: HouseList | undefined, options: { severity: Severity; ignore: Iterable<string>; maxBytes: number }): Promise<PlacedFinding[] | undefined> {
    const worker = this.start();
    let checker = this.checkerIds.get(house);
    if (checker === undefined) {
      checker = this.nextId++;
      this.checkerIds.set(house, checker);
      this.post(worker, { type: 'checker', checker, house });
      // Each checker is a full index: keep those of the last few house lists (folders) only.
      if (this.checkerIds.size > MAX_CHECKERS) this.forget(this.checkerIds.keys().next().value);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      this.post(worker, { type: 'check', id, path, checker, severity: options.severity, ignore: [...options.ignore], maxBytes: options.maxBytes });
    });
  }

  /** A house list no longer in use: the worker drops its checker. */
  private forget(house: HouseList | undefined): void {
    const checker = this.checkerIds.get(house);
    if (checker === undefined) return;
    this.checkerIds.delete(house);
    if (this.worker) this.post(this.worker, { type: 'drop', checker });
  }

  private post(worker: Worker, m: CheckAllRequest): void {
    worker.postMessage(m);
  }

  private start(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, { workerData: { dataDir: this.dataDir } satisfies CheckAllWorkerData });
    worker.on('message', (m: CheckAllResponse) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      this.jobs.delete(m.id);
      if (m.type === 'done') job.resolve(m.findings);
      else job.reject(new Error(m.message));
      if (this.jobs.size === 0) this.idleTimer = setTimeout(() => this.dispose(), IDLE_MS);
    });
    const fail = (e: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.checkerIds.clear();
      for (const job of this.jobs.values()) job.reject(e);
      this.jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The Check All worker stopped (exit ${code}).`)));
    // NOTE: an idle worker must not keep the extension host (or a test process) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    this.checkerIds.clear();
    for (const job of this.jobs.values()) job.reject(new Error('The Check All worker was stopped.'));
    this.jobs.clear();
    void worker?.terminate();
  }
}
