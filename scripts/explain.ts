// Developer aid: show every figure the extractor saw in a text, what it became and why.
//   node --import ./scripts/register-ts-node.mjs scripts/explain.ts "text" [published_at]
// (the same output as `casualty-claims extract --explain`)
import { explainLines } from '../src/extract/explain.js';
import { runStages } from '../src/extract/pipeline.js';
const ctx = runStages({ id: 'x', text: process.argv[2], title: null, published_at: process.argv[3] ?? null, publisher: null, url: null });
for (const line of explainLines(ctx)) console.log(line);
