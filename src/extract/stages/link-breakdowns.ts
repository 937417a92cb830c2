// Refiner: a toll followed by its breakdown. "Three blasts killed 18 people ... The first bomb
// killed seven, a second killed five and a third six"; "killed six members of one family ...
// killing him, his wife and their four children": smaller figures that come right after a toll
// and add up to it exactly are its details (part_of the toll), not more people. Runs after
// count-people (repeats of one person are already linked) and scope (a breakdown stays in its
// toll's scope).
import type { Candidate, DocContext } from '../types.js';
import { toldAsEarlier } from './supersede-updates.js';
import { ordinalValue } from '../text-utils.js';

// the details follow within this many sentences of the toll
const WINDOW_SENTENCES = 3;
// ... or, after a toll that says it spans separate incidents ("three others were killed in two
// other incidents"), anywhere in the stories of those incidents that follow
const SEPARATE_INCIDENTS = /\bin\s+(?:two|three|four|five|six|\d)\s+(?:other|separate|different|further|more)\s+(?:incidents|attacks|shootings|clashes|bombings|places|locations)\b|\bin\s+separate\s+(?:incidents|attacks|shootings|clashes|bombings)\b/i;
const WINDOW_SEPARATE_INCIDENTS = 8;
const TOLL_RAISED = /\b(?:raised|raising|rose|risen|climbed|brought|bringing|increased|revised|pushed|pushing|taking)\b/i;
const ADDED = /^relate\.(?:additive|sequel)$/;

const counts = (c: Candidate) => !c.dropped && !c.partOf && !c.supersededBy && c.quantity.best !== null;

export function linkBreakdowns(ctx: DocContext): void {
  // "raised to 17 the number of soldiers killed ..., saying five of the wounded had died": the
  // wounded who died, told beside the toll they raised, are inside it
  for (const c of ctx.candidates) {
    if (!counts(c) || c.category !== 'killed' || !c.tags.includes('harm.part-of-wounded-died')) continue;
    const toll = ctx.candidates.find((t) => t !== c && counts(t) && t.category === 'killed' && t.sentence === c.sentence && t.quantity.start < c.quantity.start
      && (t.harm?.how === 'toll' || t.isUpdate || TOLL_RAISED.test(c.sentence.text.slice(0, c.quantity.start))) && (t.quantity.best ?? 0) > (c.quantity.best ?? 0));
    if (!toll) continue;
    c.partOf = toll;
    c.tags.push('relate.deaths-in-toll');
  }
  const live = ctx.candidates.filter((c) => counts(c) && c.category && c.category !== 'attacks');
  for (let i = 0; i < live.length; i++) {
    const total = live[i];
    const n = total.quantity.best!;
    // (only a toll of people in general: "2 civilians were killed" is not broken down into a
    // policeman and an attacker named later)
    const general = !total.subject || total.subject.group === 'people' || total.subject.group === 'unspecified';
    // (nor a figure told as an earlier statement, which a later one replaces: "initially reported 14
    // wounded ... one of them died ... 13 remain in hospital")
    if (n < 2 || total.quantity.kind === 'vague' || total.quantity.kind === 'zero' || total.subject?.group === 'perpetrators' || toldAsEarlier(total.sentence)) continue;
    const parts: Candidate[] = [];
    let sum = 0;
    const window = SEPARATE_INCIDENTS.test(total.sentence.text.slice(total.quantity.end)) ? WINDOW_SEPARATE_INCIDENTS : WINDOW_SENTENCES;
    for (let j = i + 1; j < live.length; j++) {
      const c = live[j];
      if (c.sentence.index - total.sentence.index > window) break;
      // (a list in the toll's own sentence is its coordination, "two Britons, a Swiss and a Dane")
      // (unless a semicolon sets the details apart: "Four students were wounded; one was in critical
      // condition and the other three were stable")
      // (or an aside opened right after the toll's harm word: "12 people had died — 10 at the scene and two more in hospital —")
      const aside = c.tags.includes('harm.aside-breakdown');
      const sameSentence = c.sentence.index === total.sentence.index && !c.sentence.text.slice(total.quantity.end, c.quantity.start).includes(';') && !aside;
      // (nor a figure told as an earlier statement: "Four were injured. Initially the police had spoken
      // of three injured")
      if (sameSentence || c.category !== total.category || c.scope !== total.scope || c.partOf || toldAsEarlier(c.sentence)) continue;
      // (people added on top end the breakdown: "A guard was also wounded"; "the other three" after
      // "one" is the rest of the total)
      if ((c.tags.some((t) => ADDED.test(t)) && !aside && !(parts.length && /\bthe\s+other\s+$/i.test(c.sentence.text.slice(0, c.quantity.start)))) || c.isUpdate || c.quantity.kind === 'vague' || c.quantity.kind === 'zero') break;
      // (the toll told again, or a larger one, is another account, not a detail)
      if ((c.quantity.best ?? 0) >= n) break;
      // ("three victims with gunshot wounds ... A fourth victim": an ordinal beyond the toll is one more)
      if ((ordinalValue(c.quantity.text) ?? 0) > n) break;
      parts.push(c);
      sum += c.quantity.best!;
      if (sum >= n) break;
    }
    // (a group's toll breaks down only into bare figures: "Four students were wounded; one ... the
    // other three")
    const bare = (c: Candidate) => !c.subject || c.subject.group === 'unspecified';
    if (sum !== n || parts.length < 2 || (!general && !parts.every(bare))) continue;
    for (const p of parts) {
      p.partOf = total;
      p.tags.push('relate.breakdown');
    }
    // a detail told again later is that detail, not another account of the toll ("troops killed two
    // teenagers ... The Health Ministry said two 15-year-old Palestinians were killed")
    // (a figure of two or more: one person more is too common to be read as the same one)
    for (const c of live) {
      if (c.partOf || c === total || c.sentence.index <= total.sentence.index || (c.quantity.best ?? 0) < 2) continue;
      const same = parts.find((p) => p.sentence.index < c.sentence.index && p.quantity.best === c.quantity.best && p.category === c.category && p.scope === c.scope
        && (!c.subject || !p.subject || c.subject.group === p.subject.group || c.subject.group === 'people' || p.subject.group === 'people'));
      if (same && !c.tags.some((t) => ADDED.test(t)) && !c.isUpdate) {
        c.partOf = same;
        c.tags.push('relate.detail-repeated');
      }
    }
  }
}
