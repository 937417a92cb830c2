// Sorts the misses of a labelled set into rough causes for docs/accuracy.md:
// label not in text / perpetrator convention / extractor. Usage: miss-causes.ts FILE.jsonl killed|wounded [--exclude-perps]
import { readFileSync } from 'node:fs';
import { documentTotals } from '../../src/aggregate/document-totals.js';
import { extractClaims } from '../../src/extract/pipeline.js';
const [file, cat] = process.argv.slice(2);
const exclude = process.argv.includes('--exclude-perps');
const counts: Record<string, number> = {};
const examples: Record<string, string[]> = {};
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line);
  if (c.label_derivable === false) continue;
  const t = documentTotals(c.id, extractClaims({ id: c.id, text: c.text, title: null, published_at: c.published_at ?? null, publisher: null, url: null })) as Record<string, number | null>;
  const perps = t[`${cat}_perpetrators`] ?? 0;
  const best = (t[`${cat}_best`] ?? 0) - (exclude ? perps : 0);
  const label = c.labels[cat];
  if (best === label) continue;
  const inText = c.label_check?.[`${cat}_number_in_text`];
  let cause: string;
  if (label > 0 && inText === false) cause = 'label figure not in the text (later toll, sum, or other coding)';
  else if (!exclude && perps > 0 && best - perps === label) cause = 'perpetrators counted (label excludes them)';
  else if (exclude && perps > 0 && best + perps === label) cause = 'perpetrators not counted (label includes them)';
  else if (label === 0 && best > 0) cause = 'figure where the label is 0';
  else if (best === 0 && label > 0) cause = 'missed (no figure found)';
  else cause = 'wrong figure';
  counts[cause] = (counts[cause] ?? 0) + 1;
  (examples[cause] ??= []).push(c.id);
}
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)}  ${k}  (${examples[k].slice(0, 6).join(', ')})`);
