// Developer aid: show every figure the extractor saw in a text, what it became and why.
//   node --import ./scripts/register-ts-node.mjs scripts/explain.ts "text" [published_at]
import { runStages } from '../src/extract/pipeline.js';
const text = process.argv[2];
const ctx = runStages({ id: 'x', text, title: null, published_at: process.argv[3] ?? null, publisher: null, url: null });
for (const c of ctx.candidates) {
  const what = c.dropped ? `DROPPED ${c.dropped}` : `${c.category} ${c.quantity.low}/${c.quantity.best}/${c.quantity.high} group=${c.subject?.group ?? '-'} scope=${c.scope}${c.partOf ? ' part' : ''}${c.supersededBy ? ' superseded' : ''}`;
  console.log(`${JSON.stringify(c.quantity.text)} [${c.subject?.text ?? ''}] -> ${what}  {${c.tags.join(' ')}}`);
}
