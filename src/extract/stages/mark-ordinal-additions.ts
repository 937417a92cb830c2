// Refiner: one more person named by an ordinal. "Four civilians were killed ... rescuers recovered
// a fifth body": an ordinal beyond the people already counted in the incident names one more
// (tagged relate.additive, added by the totals); "Two men were shot ... a second man had been hit
// in the hip" names one of them. Runs after scope: background tolls are not the people in view.
import type { Candidate, DocContext } from '../types.js';

const ORDINAL = /^an?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const ORDINAL_VALUE: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

export function markOrdinalAdditions(ctx: DocContext): void {
  const largest = new Map<string, number>(); // per category, the largest incident figure so far
  for (const c of ctx.candidates) {
    if (c.dropped || !c.category || c.category === 'attacks' || c.scope !== 'incident') continue;
    const m = ORDINAL.exec(c.quantity.text);
    if (m && !c.partOf && !c.tags.includes('relate.additive')) {
      // (a body is counted among the dead; a person among all the harmed: "killing one man and
      // injuring another ... a second man was grazed")
      const body = /^(?:body|bodies|corpse|corpses)$/i.test(c.subject?.text ?? '');
      const inView = body ? largest.get(c.category) ?? 0
        : (largest.get('killed') ?? 0) + (largest.get('wounded') ?? 0) + (c.category === 'killed' || c.category === 'wounded' ? 0 : largest.get(c.category) ?? 0);
      if (inView > 0 && ORDINAL_VALUE[m[1].toLowerCase()] > inView) c.tags.push('relate.additive');
    }
    if (!c.partOf) largest.set(c.category, Math.max(largest.get(c.category) ?? 0, c.quantity.best ?? 0));
  }
}
