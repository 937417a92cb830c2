// Developer aid: show failing cases of a case table with what the extractor gave.
//   node --import ./scripts/register-ts-node.mjs scripts/case-diff.ts tests/extract/cases/FILE.cases.json
import { readFileSync } from 'node:fs';
import { documentTotals } from '../src/aggregate/document-totals.js';
import { extractClaims } from '../src/extract/pipeline.js';
const table = JSON.parse(readFileSync(process.argv[2], 'utf8'));
table.cases.forEach((c: any, i: number) => {
  const claims = extractClaims({ id: 'case', text: c.text, title: null, published_at: c.published_at ?? null, publisher: null, url: null });
  const totals = documentTotals('case', claims) as any;
  const problems: string[] = [];
  if (c.expect) {
    const got = claims.map((x) => `${x.category} ${x.count_text}`).join(' | ');
    const want = c.expect.map((x: any) => `${x.category} ${x.count_text}`).join(' | ');
    if (got !== want) problems.push(`claims: want [${want}] got [${got}]`);
    else c.expect.forEach((e: any, k: number) => { for (const [f, v] of Object.entries(e)) if (!['part_of_index', 'superseded_by_index', 'notes_include'].includes(f) && JSON.stringify((claims[k] as any)[f]) !== JSON.stringify(v)) problems.push(`claim ${k + 1} ${f}: want ${JSON.stringify(v)} got ${JSON.stringify((claims[k] as any)[f])}`); });
  }
  for (const [f, v] of Object.entries(c.totals ?? {})) if (totals[f] !== v) problems.push(`totals ${f}: want ${v} got ${totals[f]}`);
  if (!problems.length) return;
  console.log(`\n#${i + 1} ${c.text}\n  ${problems.join('\n  ')}\n  claims: ${claims.map((x) => `${x.category} '${x.count_text}' [${x.subject_text}] ${x.victim_group}${x.part_of ? ' part' : ''}${x.superseded_by ? ' SUP' : ''} ${x.scope}`).join('; ')}`);
});
