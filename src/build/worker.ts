// A build worker thread: extracts the units it is sent and posts each result back with its number.
import { parentPort } from 'node:worker_threads';
import type { CorpusUnit } from '../io/corpus.js';
import { extractUnit } from './extract-unit.js';

parentPort!.on('message', (msg: { seq: number; unit: CorpusUnit }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, result: extractUnit(msg.unit) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).stack ?? String(err) });
  }
});
