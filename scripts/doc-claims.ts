// Developer aid: the claims of one article file (title line blanked, as the headline check does).
import { readFileSync } from 'node:fs';
import { documentTotals } from '../src/aggregate/document-totals.js';
import { extractClaims } from '../src/extract/pipeline.js';
const path = process.argv[2];
const cat = process.argv[3] ?? 'killed';
const text = readFileSync(path, 'utf8');
const meta = JSON.parse(readFileSync(path.replace(/\.txt$/, '.meta.json'), 'utf8'));
const nl = text.indexOf('\n');
const claims = extractClaims({ id: meta.id, text: ' '.repeat(nl) + text.slice(nl), title: null, published_at: meta.published_at, publisher: null, url: null });
console.log(JSON.stringify(documentTotals(meta.id, claims)).slice(0, 200));
for (const c of claims.filter((x) => x.category === cat)) console.log(`  ${c.count_text} [${c.subject_text}] ${c.victim_group} ${c.scope}${c.part_of ? ' part' : ''}${c.superseded_by ? ' SUP' : ''} ${c.attribution_type ?? ''} :: ${c.quote.slice(0, 150)}`);
