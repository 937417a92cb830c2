// Refiner: one more person named by an ordinal. "Four civilians were killed ... rescuers recovered
// a fifth body": an ordinal beyond the people already counted in the incident names one more
// (tagged relate.additive, added by the totals); "Two men were shot ... a second man had been hit
// in the hip" names one of them. Runs after scope: background tolls are not the people in view.
import { ordinalValue } from '../text-utils.js';
import type { DocContext } from '../types.js';

const head = (t: string | undefined) => (t ?? '').toLowerCase().split(/\s+/).pop() ?? '';

export function markOrdinalAdditions(ctx: DocContext): void {
  const largest = new Map<string, number>(); // per category, the largest incident figure so far
  const largestFigure = new Map<string, (typeof ctx.candidates)[number]>();
  for (const c of ctx.candidates) {
    if (c.dropped || !c.category || c.category === 'attacks' || c.scope !== 'incident') continue;
    const k = ordinalValue(c.quantity.text);
    if (k !== null && !c.partOf && !c.tags.includes('relate.additive')) {
      // (a body is counted among the dead; a person among all the harmed: "killing one man and
      // injuring another ... a second man was grazed")
      const body = /^(?:body|bodies|corpse|corpses)$/i.test(c.subject?.text ?? '');
      const inView = body ? largest.get(c.category) ?? 0
        : (largest.get('killed') ?? 0) + (largest.get('wounded') ?? 0) + (c.category === 'killed' || c.category === 'wounded' ? 0 : largest.get(c.category) ?? 0);
      // ("A suicide bomber blew up a car, killing 19 people ... A second bomber was shot dead": the
      // ordinal continues a series of its own noun, told before it, not the toll)
      const series = !body && !!c.subject && ctx.candidates.some((o) => o !== c && !o.dropped && o.category === c.category && o.scope === 'incident' && !o.partOf
        && o.sentence.index < c.sentence.index && o.quantity.best === k - 1 && (o.subject?.group === c.subject!.group || (c.subject!.group === 'perpetrators' && o.subject?.group === 'militants'))
        // (attackers are one series whatever they are called: "troops had killed two militants ...
        // the body of a third attacker")
        && (head(o.subject?.text) === head(c.subject!.text) || c.subject!.group === 'perpetrators'))
        // (not a series inside a larger figure of its own group: "Two men were shot ... a 24-year-old
        // man ... A second man")
        && largestFigure.get(c.category)?.subject?.group !== c.subject!.group;
      if ((inView > 0 && k > inView) || series) c.tags.push('relate.additive');
      // ("A paramedic was killed and two colleagues were injured ... a second paramedic suffered
      // shrapnel wounds": within the people counted, one of those of the same harm)
      // (a noun of its own: "a third" alone continues another list, "two of the assailants ... a third")
      else if (inView > 0 && !body && c.quantity.kind === 'article' && !!c.subject && c.subject.text.toLowerCase() !== c.quantity.text.toLowerCase() && (largestFigure.get(c.category)?.quantity.best ?? 0) >= k && largestFigure.get(c.category)!.sentence.index < c.sentence.index) {
        c.partOf = largestFigure.get(c.category)!;
        c.tags.push('people.ordinal-among-counted');
      }
      // "Third victim dies from park shooting", "A third person has died": an ordinal death told
      // before any other figure of the incident is the toll itself
      else if (inView === 0 && k >= 2 && c.category === 'killed' && c.harm && /^(?:died|dies|has\s+died|have\s+died|succumbed|succumbs)$/i.test(c.harm.text)) {
        c.quantity = { ...c.quantity, low: k, best: k, high: k };
        c.notes.push(`an ordinal death told first: a toll of ${k}`);
        c.tags.push('update.toll-ordinal');
      }
    }
    if (!c.partOf) {
      if ((c.quantity.best ?? 0) > (largest.get(c.category) ?? 0)) largestFigure.set(c.category, c);
      largest.set(c.category, Math.max(largest.get(c.category) ?? 0, c.quantity.best ?? 0));
    }
  }
}
