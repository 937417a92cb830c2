// Stage helper of count-people: one-by-one mentions that belong to a total already counted. Each
// rule links a mention (a person told singly) to a figure told before it, so the people are counted
// once, in that figure: someone later found to be one of the attackers, people told one by one as
// many as a total just given, and one who died of a count of people harmed whose outcome was not told.
import type { Candidate, DocContext } from '../types.js';

/** Runs before the coreference walk of count-people, which then skips the linked mentions. */
export function linkMentionsToTotals(ctx: DocContext): void {
  linkConfirmedAttackers(ctx);
  linkVictimsTold(ctx);
  linkDeathOfTheWounded(ctx);
}

// "a 20-year-old man arrived at a hospital with a gunshot wound, and deputies later confirmed he
// was the second intruder": someone found to be one of the attackers already counted is one of them
const CONFIRMED_ATTACKER = /\b(?:(?:he|she)\s+(?:was|is)|identified\s+(?:him|her)\s+as|as)\s+the\s+(?:second|other|third|fourth|remaining|missing|fleeing)\s+(?:intruder|gunman|robber|attacker|assailant|shooter|suspect|burglar|bomber)\b/i;
function linkConfirmedAttackers(ctx: DocContext): void {
  for (const c of ctx.candidates) {
    if (c.dropped || c.partOf || c.quantity.best !== 1 || (c.category !== 'wounded' && c.category !== 'killed') || c.subject?.group === 'perpetrators') continue;
    if (!CONFIRMED_ATTACKER.test(c.sentence.text.slice(c.quantity.end))) continue;
    const group = [...ctx.candidates].reverse().find((p) => !p.dropped && !p.partOf && p.subject?.group === 'perpetrators' && (p.category === 'wounded' || p.category === 'killed')
      && (p.quantity.best ?? 0) >= 2 && p.sentence.index < c.sentence.index && c.sentence.index - p.sentence.index <= 8);
    if (!group) continue;
    c.partOf = group;
    if (c.subject) c.subject = { ...c.subject, group: 'perpetrators' };
    c.tags.push('people.confirmed-attacker');
  }
}

// "killing a father of three and wounding two other guests ... A 29-year-old woman was shot in the
// hip and a 16-year-old boy was hit in the forearm; both recovered": people told one by one in one
// sentence, as many as a total of their harm just given, are those people
function linkVictimsTold(ctx: DocContext): void {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of ctx.candidates) if (!c.dropped && !c.partOf && (c.category === 'wounded' || c.category === 'killed')) bySentence.set(c.sentence.index, [...(bySentence.get(c.sentence.index) ?? []), c]);
  for (const [index, list] of bySentence) {
    if (list.length < 2 || !list.every((c) => c.quantity.kind === 'article' && c.subject?.noun === 'person' && c.subject.group !== 'perpetrators' && c.category === list[0].category)) continue;
    if (/\b(?:also|another|other|others|second|third|more)\b/i.test(list[0].sentence.text)) continue;
    const total = [...ctx.candidates].reverse().find((p) => !p.dropped && !p.partOf && p.category === list[0].category && p.sentence.index < index && index - p.sentence.index <= 6
      && p.quantity.best === list.length && p.quantity.kind !== 'article' && p.quantity.kind !== 'implicit' && p.subject?.group !== 'perpetrators');
    if (!total) continue;
    for (const c of list) { c.partOf = total; c.tags.push('people.victims-told'); }
  }
}

// "Four people were stabbed at the festival ... A 17-year-old boy has died in hospital": with no death
// told before, one who died in hospital or later, after a count of people harmed whose outcome was
// not told, is one of them (GVA codes one killed, three injured)
const DIED_IN_HOSPITAL_OR_LATER = /\b(?:has|have|had)?\s*(?:died|succumbed)\b[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+|a\s+)?hospital\b|\b(?:later|since|subsequently)\s+died\b|\bdied\s+(?:later|overnight|the\s+next\s+day)\b/i;
function linkDeathOfTheWounded(ctx: DocContext): void {
  for (const c of ctx.candidates) {
    if (c.dropped || c.partOf || c.category !== 'killed' || c.quantity.best !== 1 || (c.quantity.kind !== 'article' && c.quantity.kind !== 'implicit')) continue;
    if (c.subject?.group === 'perpetrators' || !DIED_IN_HOSPITAL_OR_LATER.test(c.sentence.text)) continue;
    const before = ctx.candidates.filter((p) => !p.dropped && p.sentence.index < c.sentence.index && c.sentence.index - p.sentence.index <= 5);
    if (before.some((p) => p.category === 'killed')) continue;
    const total = [...before].reverse().find((p) => !p.partOf && p.category === 'wounded' && (p.quantity.best ?? 0) >= 2 && p.subject?.group !== 'perpetrators' && p.notes.some((n) => n.startsWith('outcome not stated')));
    if (!total) continue;
    c.partOf = total;
    c.tags.push('people.died-of-the-wounded');
  }
}
