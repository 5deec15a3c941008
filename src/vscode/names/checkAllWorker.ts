// Check All Articles' worker thread (bundled as dist/checkAllWorker.js): its own copy of the
// name engine checks files it reads from disk, beside the extension host's own slices, so a
// run over thousands of articles uses the machine's second core and not the typing thread.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createNameChecker } from '../../core/entities/knowledgeBase';
import type { NameChecker } from '../../core/entities/nameChecker';
import { decodeArticle } from '../../core/text/decode';
import { LineIndex } from '../../core/text/lineIndex';
import { loadBuiltInKnowledge } from '../../node/knowledgeFiles';
import type { CheckAllRequest, CheckAllResponse, CheckAllWorkerData, PlacedFinding } from './checkAllProtocol';

const port = parentPort;
if (!port) throw new Error('checkAllWorker must run as a worker thread');
const { dataDir } = workerData as CheckAllWorkerData;
// Loaded before the first message is handled: requests wait in the port meanwhile.
const knowledge = loadBuiltInKnowledge(dataDir);
const checkers = new Map<number, NameChecker>();

function check(request: Extract<CheckAllRequest, { type: 'check' }>): PlacedFinding[] | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(request.path);
  } catch {
    return undefined; // gone or unreadable: nothing to show
  }
  if (bytes.length > request.maxBytes) return undefined;
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return undefined;
  const checker = checkers.get(request.checker);
  if (!checker) throw new Error(`no checker ${request.checker}`);
  const findings = checker.check(decoded.text, { severity: request.severity, ignore: new Set(request.ignore) });
  if (findings.length === 0) return [];
  const lines = new LineIndex(decoded.text);
  return findings.map((finding) => ({ finding, start: lines.positionAt(finding.start), end: lines.positionAt(finding.end) }));
}

port.on('message', (m: CheckAllRequest) => {
  if (m.type === 'checker') checkers.set(m.checker, createNameChecker(knowledge, m.house));
  else if (m.type === 'drop') checkers.delete(m.checker);
  else {
    let response: CheckAllResponse;
    try {
      response = { type: 'done', id: m.id, findings: check(m) };
    } catch (e) {
      response = { type: 'failed', id: m.id, message: (e as Error).message };
    }
    port.postMessage(response);
  }
});
