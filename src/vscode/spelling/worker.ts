// The spelling worker thread: owns cspell-lib and its dictionaries so that
// loading them (about a second) and checking never block the extension host.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { CspellEngine } from '../../node/spelling/cspellEngine';
import type { WorkerData, WorkerRequest, WorkerResponse } from './protocol';

// Dictionaries are in dist/node_modules beside this bundle (copied by esbuild.js).
const engine = new CspellEngine(join((workerData as WorkerData).root, 'dist'));
const port = parentPort;
if (!port) throw new Error('spellWorker must run as a worker thread');

// NOTE: one request at a time (a check and its lookups use the same validator), but checks
// go first: suggestions (50–500 ms a word) are asked for after diagnostics are published, and
// a keystroke's check must not wait behind them. A suggest request is worked a word at a time,
// and between words any waiting check, lookup or reset runs.
const urgent: Array<Exclude<WorkerRequest, { method: 'suggest' }>> = [];
const later: Array<{ message: Extract<WorkerRequest, { method: 'suggest' }>; done: string[][] }> = [];
let running = false;

port.on('message', (message: WorkerRequest) => {
  if (message.method === 'suggest') later.push({ message, done: [] });
  else urgent.push(message);
  if (!running) void pump();
});

async function pump(): Promise<void> {
  running = true;
  try {
    for (;;) {
      const next = urgent.shift();
      if (next) {
        port!.postMessage(await answer(next));
        continue;
      }
      const job = later[0];
      if (!job) break;
      const { message, done } = job;
      try {
        const word = message.words[done.length];
        if (word !== undefined) done.push(...(await engine.suggest(message.uri, [word], message.language)));
        if (done.length >= message.words.length) {
          later.shift();
          port!.postMessage({ id: message.id, ok: true, result: done } satisfies WorkerResponse);
        }
      } catch (e) {
        later.shift();
        port!.postMessage({ id: message.id, ok: false, error: (e as Error)?.stack ?? String(e) } satisfies WorkerResponse);
      }
      // Let a check that arrived meanwhile in before the next word.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    running = false;
  }
}

async function answer(message: Exclude<WorkerRequest, { method: 'suggest' }>): Promise<WorkerResponse> {
  try {
    switch (message.method) {
      case 'check':
        return { id: message.id, ok: true, result: await engine.check(message.request) };
      case 'neighbours':
        return { id: message.id, ok: true, result: await engine.neighbours(message.uri, message.words, message.language) };
      case 'warm':
        await engine.warm();
        return { id: message.id, ok: true, result: null };
      case 'reset':
        engine.reset();
        return { id: message.id, ok: true, result: null };
      case 'forget':
        engine.forget(message.uri);
        return { id: message.id, ok: true, result: null };
    }
  } catch (e) {
    return { id: message.id, ok: false, error: (e as Error)?.stack ?? String(e) };
  }
}
