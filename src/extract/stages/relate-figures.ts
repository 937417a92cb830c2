// Refiner: relations between figures of one sentence.
//  - parts: "30 people, including 10 children" / "10 of them" / "among them 3 women": the part
//    points at its total (part_of) and shares its category when it has none of its own;
//  - coordination: "2 soldiers and 3 civilians were killed": a figure without a harm word shares
//    the category of a figure joined to it by "and", "or" or a comma;
//  - composition: "30 people, including civilians and militants" (no figures) is kept as text;
//  - "others": "wounding 70 others" counts the same kind of people as the figure before it.
import type { Candidate, DocContext } from '../types.js';

const PART_BEFORE = /(?:\b(?:including|includes|included|among\s+them|among\s+whom|among\s+those|of\s+whom|the\s+dead\s+included|the\s+victims\s+included|the\s+dead\s+include|the\s+victims\s+include|among\s+the\s+(?:dead|victims|wounded|injured)\s+(?:were|are))\s*(?:were\s+|are\s+)?)$/i;
const PART_AFTER = /^\s+(?:of\s+(?:them|whom|those|the\s+(?:dead|victims|wounded|injured|people|killed)))\b/i;
const COORDINATION = /^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|,)\s*$/i;
const COMPOSITION = /^,?\s+((?:including|mostly|mainly|many\s+of\s+them|most\s+of\s+them|among\s+them)\s+[^,.;:()]+?)(?=,|\.|;|:|$)/i;

export function relateFigures(ctx: DocContext): void {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of ctx.candidates) {
    if (c.dropped) continue;
    const list = bySentence.get(c.sentence.index) ?? [];
    list.push(c);
    bySentence.set(c.sentence.index, list);
  }
  let previousSentenceLast: Candidate | null = null;
  for (const index of [...bySentence.keys()].sort((a, b) => a - b)) {
    const list = bySentence.get(index)!.sort((a, b) => a.quantity.start - b.quantity.start);
    const text = list[0].sentence.text;
    list.forEach((c, k) => {
      const before = text.slice(0, c.quantity.start);
      const after = text.slice(c.subject ? c.subject.end : c.quantity.end);
      const isPart = PART_BEFORE.test(before) || PART_AFTER.test(text.slice(c.quantity.end));
      if (isPart) {
        const parent = [...list.slice(0, k)].reverse().find((p) => p.category && p.category !== 'attacks' && !p.partOf)
          ?? (/^\s*(?:\S+\s+){0,2}$/.test(before.replace(PART_BEFORE, '')) && previousSentenceLast?.category !== 'attacks' ? previousSentenceLast : null);
        if (parent && (!c.category || c.category === parent.category)) {
          c.partOf = parent;
          if (!c.category) { c.category = parent.category; c.harm = { ...(parent.harm ?? { text: '', start: 0, end: 0 }), how: 'inherited' }; }
          if (c.subject?.text.match(/^(?:them|whom|those|these)$/i)) c.subject = null;
          c.tags.push('relate.part');
        }
      }
      const comp = COMPOSITION.exec(after);
      if (comp && !/\d/.test(comp[1]) && !list.some((o) => o !== c && o.quantity.start > c.quantity.start && o.quantity.start < (c.subject?.end ?? c.quantity.end) + comp[0].length)) {
        c.composition = comp[1].trim();
        c.tags.push('relate.composition');
      }
    });
    // coordination, both directions, until nothing changes
    for (let changed = true; changed; ) {
      changed = false;
      for (let k = 0; k < list.length; k++) {
        const c = list[k];
        if (c.category) continue;
        const prev = list[k - 1];
        const next = list[k + 1];
        const gap = (a: Candidate, b: Candidate) => text.slice(a.subject ? a.subject.end : a.quantity.end, b.quantity.start);
        const donor = next?.category && COORDINATION.test(gap(c, next)) ? next : prev?.category && COORDINATION.test(gap(prev, c)) ? prev : null;
        if (donor && (donor.category === 'attacks') === (c.subject?.noun === 'attack')) {
          c.category = donor.category;
          c.harm = donor.harm ? { ...donor.harm, how: 'inherited' } : null;
          c.tags.push('relate.coordination');
          changed = true;
        }
      }
    }
    for (const c of list) {
      if (c.subject && /^others?$/i.test(c.subject.text)) {
        const earlier = ctx.candidates.filter((o) => !o.dropped && o !== c && o.category && o.category !== 'attacks' && (o.sentence.index < c.sentence.index || (o.sentence.index === c.sentence.index && o.quantity.start < c.quantity.start)));
        const ref = earlier[earlier.length - 1];
        if (ref?.subject && ref.subject.group !== 'unspecified') { c.subject = { ...c.subject, group: ref.subject.group }; c.tags.push('relate.others'); }
      }
    }
    const classified = list.filter((c) => c.category && c.category !== 'attacks');
    previousSentenceLast = classified[classified.length - 1] ?? null;
  }
}
