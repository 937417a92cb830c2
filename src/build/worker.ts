// A build worker thread: extracts the files it is sent and posts the results back in order.
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-file.js';

parentPort!.on('message', async (msg: { seq: number; path: string; root: string }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, result: await extractFile(msg.path, msg.root) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).stack ?? String(err) });
  }
});
