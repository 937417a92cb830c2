// Refiner: a toll that already holds the attacker. "Three people are dead after what police call a
// murder-suicide ... The suspect was found dead from a self-inflicted gunshot wound": the killer of
// a murder-suicide is one of the dead its toll counts, so the attacker's own claim is part_of that
// toll (totals report it apart, as for "16 killed, including the bomber"). Runs after scope.
import type { DocContext } from '../types.js';

const MURDER_SUICIDE = /\bmurder[-\s]suicide\b/i;

export function linkAttackersInToll(ctx: DocContext): void {
  const toll = ctx.candidates.find((c) => !c.dropped && !c.partOf && c.category === 'killed' && c.scope === 'incident'
    && (c.quantity.best ?? 0) >= 2 && (!c.subject || c.subject.group === 'people' || c.subject.group === 'unspecified') && MURDER_SUICIDE.test(c.sentence.text));
  if (!toll) return;
  for (const c of ctx.candidates) {
    if (c.dropped || c.partOf || c.supersededBy || c === toll || c.category !== 'killed' || c.scope !== 'incident' || c.subject?.group !== 'perpetrators') continue;
    if ((c.quantity.best ?? 0) !== 1) continue;
    c.partOf = toll;
    c.tags.push('relate.attacker-in-toll');
  }
}
