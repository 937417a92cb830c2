// Developer aid: for each miss of a labelled set, the claims that made the document's total.
//   node --import ./scripts/register-ts-node.mjs scripts/misses-context.ts FILE.jsonl killed|wounded [N]
import { readFileSync } from 'node:fs';
import { documentTotals } from '../src/aggregate/document-totals.js';
import { extractClaims } from '../src/extract/pipeline.js';
const [file, cat, limit] = process.argv.slice(2);
let shown = 0;
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line);
  if (c.label_derivable === false) continue;
  const claims = extractClaims({ id: c.id, text: c.text, title: null, published_at: c.published_at ?? null, publisher: null, url: null });
  const t = documentTotals(c.id, claims) as Record<string, number | null>;
  const best = t[`${cat}_best`] ?? 0;
  if (best === c.labels[cat]) continue;
  if (shown++ >= Number(limit ?? 20)) break;
  console.log(`\n## ${c.id} label ${c.labels[cat]} got ${best}`);
  for (const cl of claims.filter((x) => x.category === cat)) console.log(`  ${cl.count_text} [${cl.subject_text ?? ''}] ${cl.victim_group} ${cl.scope}${cl.part_of ? ' part' : ''}${cl.superseded_by ? ' SUPERSEDED' : ''} :: ${cl.quote.slice(0, 160)}`);
}
