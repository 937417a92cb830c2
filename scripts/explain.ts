// Developer aid: show every figure the extractor saw in a text, what it became and why, then the
// document totals.
//   node --import ./scripts/register-ts-node.mjs scripts/explain.ts "text" [published_at]
// (the lines are those of `casualty-claims extract --explain`)
import { documentTotals } from '../src/aggregate/document-totals.js';
import { explainLines } from '../src/extract/explain.js';
import { runStages } from '../src/extract/pipeline.js';
import { toClaims } from '../src/extract/stages/to-claims.js';
const ctx = runStages({ id: 'x', text: process.argv[2], title: null, published_at: process.argv[3] ?? null, publisher: null, url: null });
for (const line of explainLines(ctx)) console.log(line);
const claims = toClaims(ctx);
for (const c of claims) console.log(`claim ${c.category} ${JSON.stringify(c.count_text)} subject=${JSON.stringify(c.subject_text)} group=${c.victim_group}${c.part_of ? ` part_of=${claims.findIndex((p) => p.claim_id === c.part_of)}` : ''}`);
const totals = Object.entries(documentTotals('x', claims)).filter(([k, v]) => k !== 'doc_id' && v !== null);
console.log('totals', totals.map(([k, v]) => `${k}=${v}`).join(' '));
