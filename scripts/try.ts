import { readFileSync } from 'node:fs';
import { runStages } from '../src/extract/pipeline.js';
import { toClaims } from '../src/extract/stages/to-claims.js';
const path = process.argv[2];
const meta = JSON.parse(readFileSync(path.replace(/\.txt$/, '.meta.json'), 'utf8'));
const ctx = runStages({ id: meta.id, text: readFileSync(path, 'utf8'), title: meta.title, published_at: meta.published_at, publisher: meta.publisher, url: meta.url });
for (const c of ctx.candidates) if (c.dropped && process.argv.includes('--dropped')) console.log('DROP', c.dropped, JSON.stringify(c.quantity.text), '|', c.sentence.text.slice(0, 100));
for (const cl of toClaims(ctx)) console.log(JSON.stringify(cl, null, 1));
