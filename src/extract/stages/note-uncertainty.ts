// Stage: why a figure is uncertain. Notes come from the qualifier (a bound only, a vague word),
// from hedges in the sentence ("reportedly", "could not be independently verified", "expected to
// rise"), from a nearby sentence saying the split is unknown ("The monitor could not specify how
// many of those killed were ISIS"), and from other figures for the same thing in the document.
import { lexicon } from '../lexicon.js';
import { type Account, isDetailOf } from '../accounts.js';
import { hasAnyPhrase, hasPhrase } from '../text-utils.js';
import type { Candidate, DocContext } from '../types.js';

const QUALIFIER_NOTES: Partial<Record<Candidate['quantity']['qualifier'], (c: Candidate) => string>> = {
  at_least: (c) => `lower bound only: '${c.quantity.text}'`,
  more_than: (c) => `lower bound only: '${c.quantity.text}' (coded as the figure written)`,
  at_most: (c) => `upper bound only: '${c.quantity.text}'`,
  fewer_than: (c) => `upper bound only: '${c.quantity.text}'`,
  about: (c) => `approximate: '${c.quantity.text}'`,
  range: (c) => `range: '${c.quantity.text}'`,
  vague: (c) => `vague quantity: '${c.quantity.text}' coded ${c.quantity.low}/${c.quantity.best}/${c.quantity.high ?? 'open'} (see CODEBOOK)`,
  none: () => 'no figure given: unknown number',
};

const COMPOSITION_WINDOW = 2;
const REFERS_BACK = /^\s*(?:(?:the|these|those|such|its|their)\s+(?:\p{L}+\s+)?(?:figures?|tolls?|numbers?|claims?|reports?|accounts?|counts?|estimates?)|it|this|neither|none\s+of\s+(?:the|these)\s+\p{L}+)\b|\bcould\s+not\s+(?:independently\s+)?(?:verify|confirm)\s+(?:the|these|those|that|this|it)\b|\b(?:dismissed|rejected|denied|disputed)\s+(?:the|this|that|these)\s+(?:claims?|figures?|tolls?|reports?)\b|\b(?:that|this|the|these|those)\s+(?:figures?|tolls?|numbers?|claims?)\s+(?:is|was|are|were)\s+(?:false|untrue|wrong|incorrect|exaggerated|inflated)\b/iu;
const CLAIMED_ATTACK = /\b(?:claimed|claiming|claims|claim)\s+(?:(?:responsibility|credit)\b|(?:a|an|the|two|three|both|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|assault|strikes?|killings?|ambush|raids?|explosions?)\b)/giu;
const RUMOUR_AS_CAUSE = /\b(?:after|over|following|amid|because\s+of|due\s+to|sparked\s+by|triggered\s+by|fuelled\s+by|fueled\s+by)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}rumou?rs?\b|\brumou?rs?\s*:/giu;
const CONFIRMED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:had|have|has)\s+been\s+(?:officially\s+)?confirmed\b|^\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was)\s+(?:officially\s+)?confirmed\b/iu;
let hedgeList: string[] | undefined;
const hedgePhrases = () => (hedgeList ??= lexicon().hedges.map(([p]) => p));

export function noteUncertainty(ctx: DocContext): void {
  const lex = lexicon();
  const live = ctx.candidates.filter((c) => !c.dropped);
  // the hedges of a sentence, found once for all its figures
  const hedgesOf = new Map<number, string[]>();
  const sentenceHedges = (s: Candidate['sentence']) => {
    let notes = hedgesOf.get(s.index);
    if (!notes) {
      // "claimed responsibility for a bombing that police said killed three": a claim of the
      // attack, not a hedge on the figure
      const claimless = s.text.includes('laim') ? s.text.replace(CLAIMED_ATTACK, ' ') : s.text;
      // (nor is a rumour that caused the attack: "beaten to death by a mob after a rumour spread that
      // child-lifters were roaming", "Child-lifting rumour: Two men lynched")
      const text = /rumou?r/i.test(claimless) ? claimless.replace(RUMOUR_AS_CAUSE, ' ') : claimless;
      notes = hasAnyPhrase(text, hedgePhrases()) ? lex.hedges.filter(([phrase]) => hasPhrase(text, phrase)).map(([, note]) => note) : [];
      hedgesOf.set(s.index, notes);
    }
    return notes;
  };
  for (const c of live) {
    const q = QUALIFIER_NOTES[c.quantity.qualifier];
    if (q) c.notes.unshift(q(c));
    for (const note of sentenceHedges(c.sentence)) {
      if (c.notes.includes(note)) continue;
      if (note.startsWith('hedge: estimated') && c.quantity.text.toLowerCase().includes('estimated')) continue;
      c.notes.push(note);
    }
    if (c.composition) c.notes.push(`composition: ${c.composition}, split not given`);
    // "1,500 families were displaced": the unit is a household, not a person
    if (c.subject && /\b(?:famil(?:y|ies)|households?)$/i.test(c.subject.text)) c.notes.push(`unit: counted in ${c.subject.text.split(/\s+/).pop()}, not people`);
  }
  const bySentence = new Map<number, Candidate[]>();
  for (const c of live) bySentence.set(c.sentence.index, [...(bySentence.get(c.sentence.index) ?? []), c]);
  // "The figure could not be independently verified.": a hedge about the figures just given
  for (const s of ctx.sentences) {
    if (bySentence.has(s.index) || !(bySentence.has(s.index - 1) || bySentence.has(s.index - 2))) continue;
    const notes = sentenceHedges(s);
    if (!notes.length || !REFERS_BACK.test(s.text)) continue;
    // (two sentences back only when the sentence before holds no figure at all: "JNIM said it had
    // killed 'dozens' of soldiers. Its claim could not be verified" is not about the army's figures)
    const figureBefore = /\b(?:its|their|the|this|that)\s+claims?\b/i.test(s.text) && ctx.candidates.some((c) => c.sentence.index === s.index - 1);
    const previous = bySentence.get(s.index - 1) ?? (figureBefore ? undefined : bySentence.get(s.index - 2)) ?? [];
    for (const c of previous) for (const note of notes) if (!c.notes.includes(note)) c.notes.push(note);
  }
  // "The TMC claimed that three of its workers had been killed. However, the police said only two
  // deaths had been confirmed": a claim the next sentence confirms only in part is unverified
  for (const c of live) {
    const s = c.sentence.text;
    if (c.quantity.best === null || !/\bonly\s+$/i.test(s.slice(Math.max(0, c.quantity.start - 6), c.quantity.start)) || !CONFIRMED_AFTER.test(s.slice(c.quantity.end))) continue;
    for (const earlier of bySentence.get(c.sentence.index - 1) ?? []) {
      if (earlier.category !== c.category || (earlier.quantity.best ?? 0) <= c.quantity.best || !earlier.notes.some((n) => n.startsWith('hedge: claim'))) continue;
      earlier.notes.push(`unverified: the next statement confirms only ${c.quantity.text}`);
    }
  }
  const bySentenceWindow = (index: number) => Array.from({ length: COMPOSITION_WINDOW + 1 }, (_, d) => bySentence.get(index - d) ?? []).flat();
  // "could not specify how many of those killed were ISIS": attach to nearby figures
  for (const s of ctx.sentences) {
    // (only sentences at most COMPOSITION_WINDOW after a sentence with a figure can note one)
    if (!Array.from({ length: COMPOSITION_WINDOW + 1 }, (_, d) => s.index - d).some((i) => bySentence.has(i))) continue;
    if (!hasAnyPhrase(s.text, lex.composition)) continue;
    const mentions = { killed: /\b(?:killed|dead|died|deaths)\b/i.test(s.text), wounded: /\b(?:wounded|injured|hurt)\b/i.test(s.text) };
    for (const c of bySentenceWindow(s.index)) {
      if (c.category === 'attacks') continue;
      if ((mentions.killed || mentions.wounded) && !((mentions.killed && c.category === 'killed') || (mentions.wounded && c.category === 'wounded'))) continue;
      c.notes.push(`composition unknown: "${s.text}"`);
      c.tags.push('uncertainty.composition');
    }
  }
  // conflicting figures for the same thing in one document
  const groups = new Map<string, Candidate[]>();
  for (const c of live) {
    if (!c.category || c.scope !== 'incident' || c.partOf || c.supersededBy || c.quantity.best === null) continue;
    const key = `${c.category}|${c.subject?.group ?? 'unspecified'}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const all of groups.values()) {
    // not in conflict, as in the totals: figures of one sentence, which add up ("Forty were killed
    // at the market, and 31 at the station"), figures marked as more people, and one person
    // mentioned after a larger figure ("I saw a body on the road" after "five were killed")
    // (nor, as in the totals, a smaller figure after a larger one from the same source or from
    // none: a detail of that toll, "Six people died at the hospital")
    const detail = (c: Candidate) => all.some((o) => o.sentence.index < c.sentence.index && isDetailOf(account(c), account(o)));
    const list = all.filter((c) => !c.tags.some((t) => t === 'relate.additive' || t === 'relate.sequel') && !detail(c));
    const bySentenceSum = new Map<number, Set<number>>();
    for (const c of list) bySentenceSum.set(c.sentence.index, (bySentenceSum.get(c.sentence.index) ?? new Set()).add(c.quantity.best!));
    const readings = new Set([...bySentenceSum.values()].map((set) => [...set].reduce((a, b) => a + b, 0)));
    if (readings.size < 2) continue;
    const parts = [...new Set(list.map((c) => `${c.quantity.text}${c.attributedTo ? ` (${c.attributedTo})` : ''}`))];
    const summary = parts.length > 6 ? `${parts.slice(0, 6).join('; ')}; and ${parts.length - 6} more` : parts.join('; ');
    for (const c of list) {
      c.notes.push(`conflicting figures in document: ${summary}`);
      c.tags.push('uncertainty.conflict');
    }
  }
}

const account = (c: Candidate): Account => ({ best: c.quantity.best, speaker: c.attributedTo, onePerson: c.quantity.kind === 'article' || c.quantity.kind === 'implicit' });
