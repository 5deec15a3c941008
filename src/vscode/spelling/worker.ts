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

// NOTE: one request at a time, in order: a check and its suggestions use the same validator.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: WorkerRequest) => {
  queue = queue.then(async () => {
    let response: WorkerResponse;
    try {
      switch (message.method) {
        case 'check':
          response = { id: message.id, ok: true, result: await engine.check(message.request) };
          break;
        case 'suggest':
          response = { id: message.id, ok: true, result: await engine.suggest(message.uri, message.words, message.language) };
          break;
        case 'reset':
          engine.reset();
          response = { id: message.id, ok: true, result: null };
          break;
        case 'forget':
          engine.forget(message.uri);
          response = { id: message.id, ok: true, result: null };
          break;
      }
    } catch (e) {
      response = { id: message.id, ok: false, error: (e as Error)?.stack ?? String(e) };
    }
    port.postMessage(response);
  });
});
