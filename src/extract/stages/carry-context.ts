// Refiner: a report names place, date, actor and source once and goes on ("The Syrian
// Observatory said 10 raids hit the city"). A claim without its own takes them from the claim
// before it, within a few sentences; a claim with no date at all gets the publication date,
// marked with precision 'publication'.
import type { DocContext } from '../types.js';
import { findActor } from './find-actor.js';
import { findPlace } from './find-place.js';
import { setDate } from './resolve-dates.js';

const CARRY_SENTENCES = 3;

export function carryContext(ctx: DocContext): void {
  const live = ctx.candidates.filter((c) => !c.dropped);
  for (const c of live) {
    c.location = findPlace(c.sentence.text, ctx.attributions.get(c.sentence.index) ?? null);
    if (c.location) c.tags.push('place.sentence');
    c.actor = findActor(c);
    if (c.actor) c.tags.push('actor.sentence');
  }
  for (let k = 1; k < live.length; k++) {
    const c = live[k];
    let prev: (typeof live)[number] | undefined;
    for (let j = k - 1; j >= 0 && c.sentence.index - live[j].sentence.index <= CARRY_SENTENCES; j--) {
      if (live[j].scope === c.scope) { prev = live[j]; break; }
    }
    if (!prev) continue;
    if (!c.location && prev.location) { c.location = prev.location; c.tags.push('place.carried'); }
    if (!c.eventDate && prev.eventDate && prev.datePrecision !== 'publication') { setDate(c, prev.eventDate, prev.dateText, prev.datePrecision, 'date.carried'); }
    if (!c.actor && prev.actor && c.category !== null) { c.actor = prev.actor; c.tags.push('actor.carried'); }
  }
  for (const c of live) {
    if (!c.eventDate && ctx.doc.published_at) setDate(c, ctx.doc.published_at, null, 'publication', 'date.publication');
  }
}
