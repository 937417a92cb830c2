// Stage: "all the gunmen" is as many as the attackers counted before it ("Three terrorists ...
// attacked a hotel ... 8 people, including four hotel employees and all terrorists, were killed":
// three). With no such figure nearby the phrase counts no one we can give a number to: dropped.
import type { DocContext } from '../types.js';

const LOOKBACK = 6;

export function resolveAllOfEarlier(ctx: DocContext): void {
  for (const c of ctx.candidates) {
    if (c.dropped || !/^all\b/i.test(c.quantity.text)) continue;
    const earlier = [...ctx.candidates].reverse().find((p) => p !== c && (!p.dropped || p.dropped === 'not.no-harm-word')
      && (p.sentence.index < c.sentence.index || (p.sentence === c.sentence && p.quantity.end <= c.quantity.start))
      && c.sentence.index - p.sentence.index <= LOOKBACK && (p.subject?.group === 'perpetrators' || p.subject?.group === 'militants')
      && (p.quantity.kind === 'digits' || p.quantity.kind === 'words') && (p.quantity.best ?? 0) >= 2);
    if (!earlier) { c.dropped = 'not.all-unresolved'; continue; }
    const n = earlier.quantity.best!;
    c.quantity = { ...c.quantity, low: n, best: n, high: n };
    c.tags.push('figure.all-of-earlier');
  }
}

