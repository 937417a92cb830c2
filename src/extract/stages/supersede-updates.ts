// Refiner: "the toll rose to 30". An update replaces the other incident figures of the same
// category (and the same kind of people) that it exceeds, wherever the article puts them
// (a lede often gives the newest figure first); they stay as claims, marked
// superseded_by, with a note on both sides.
import { ORDINAL_ARTICLE, WEEKDAY_NAME } from '../text-utils.js';
import type { DocContext } from '../types.js';

const GENERAL = new Set(['people', 'unspecified', 'civilians']);

// "They later said two people had been shot", "officials revised the figure": a later statement
// (and a statement the story places later in the day: "In the evening, police spokesman Sadiq Omar
// Nur said 18 people had died", "By nightfall, officials put the toll at 30")
const LATER_STATEMENT = /\b(?:later|subsequently|since)\s+(?:said|say|reported|put|raised|revised|confirmed|updated|told)\b|^\s*(?:In\s+the\s+(?:evening|late\s+afternoon)|By\s+(?:the\s+)?(?:evening|nightfall|late\s+afternoon|mid-?afternoon|mid-?day|night|the\s+end\s+of\s+the\s+day)|Late\s+(?:in\s+the\s+day|on\s+\p{Lu}\p{Ll}+))\s*,\s*(?:[^,;.]{1,80}?\s+)?(?:said|says|reported|put|raised|revised|confirmed|updated|told)\b|^\s*(?:later|subsequently)\s*,?\s+(?:[\p{L}'’]+\s+){1,3}?(?:said|say|reported|put|raised|revised|confirmed|updated|told)\b|\bnow\s+(?:say|says|put|puts)\b|\b(?:revised|updated)\s+(?:the\s+)?(?:toll|figure|number|count)\b/iu;

const DATED_STATEMENT = new RegExp(String.raw`\b(?:said|reported|announced|confirmed)\s+(?:on\s+)?(?:late\s+|early\s+)?${WEEKDAY_NAME}\b|^\s*(?:On\s+|Late\s+|Early\s+|By\s+)(?:on\s+)?${WEEKDAY_NAME}\b[^.;]*\b(?:said|reported|announced|confirmed)\b`);
// (and the label of an updated story's first text: "Original story: Three people were stabbed ...")
const EARLIER_VERSION = /\ban\s+(?:earlier|previous)\s+version\s+(?:of\s+(?:this|the)\s+(?:story|article|report)\b|(?:said|stated|reported|incorrectly|wrongly|misstated)\b)|^\s*(?:Original\s+(?:story|report|post|article)|Earlier\s+report|Previous\s+report)\s*:/i;
const EARLIER_STATEMENT_WORDS = /\b(?:initially|originally|previously|earlier|at\s+first)\s+(?:said|reported|put|gave|issued|told|announced|stated|estimated|confirmed|spoke\s+of)\b|^\s*(?:initially|originally|at\s+first)\s*,?\s+(?:[\p{L}'’]+\s+){1,3}?(?:had\s+)?(?:said|reported|put|gave|told|announced|stated|estimated|spoken\s+of|spoke\s+of)\b|\b(?:issued|given|reported|released)\s+earlier\b|\b(?:told|said|reported|announced|stated)\s+(?:\S+\s+){0,3}?earlier\s+(?:in\s+the\s+day|on|that)\b|\bhad\s+(?:initially\s+|earlier\s+|previously\s+)?(?:said|reported|put\s+the)\b[^.;]*\b(?:earlier|initially|previously)\b|\b(?:earlier|initially|previously)\b[^.;]*\bhad\s+(?:said|reported)\b|\bhad\s+(?:put|given|placed)\s+(?:the\s+|a\s+)?(?:death\s+)?(?:toll|number|figure|count)\s+(?:at|of)\b|\b(?:initial|early|earlier|first|preliminary)\s+(?:reports?|figures?|estimates?|counts?|tolls?|accounts?)\b[^.;]{0,40}?\b(?:spoke\s+of|said|put|gave|reported|suggested|showed|indicated|counted|listed)\b|\b(?:In|At)\s+(?:his|her|their|its|the)?\s*(?:initial|early|earlier|first|preliminary)\s+(?:remarks|statements?|briefings?|comments)\b[^.;]{0,80}?\b(?:said|put|gave|reported)\b|\b(?:said|reported|told|announced|posted|wrote)\b[^.;]{0,60}?\b(?:soon|shortly|immediately|just|hours)\s+after\s+the\s+(?:attack|blast|explosion|bombing|shooting|incident|strike|raid|assault)\b|\bhad\s+(?:said|reported|announced|stated)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b/iu;
// (and a story's correction of itself: "An earlier version of this story said 14")
export const EARLIER_STATEMENT = new RegExp(`${EARLIER_STATEMENT_WORDS.source}|${EARLIER_VERSION.source}`, 'iu');
// (read once per sentence: stages ask it of every figure, and of every figure against every other)
const earlierCache = new WeakMap<object, boolean>();
export function toldAsEarlier(sentence: { text: string }): boolean {
  let v = earlierCache.get(sentence);
  if (v === undefined) { v = EARLIER_STATEMENT.test(sentence.text); earlierCache.set(sentence, v); }
  return v;
}

// (and "raising its earlier figure of 21 dead", "revising an initial toll of 14")
const EARLIER_FIGURE = /\b(?:up|rose|risen|rising|climbed|increased|revised|raised)\s+from\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|initial\s+)?(?:toll\s+|figure\s+|count\s+)?(?:of\s+)?$|\b(?:raising|revising|updating|raised|revised|updated|up\s+from)\s+(?:its|their|his|her|the|an?)\s+(?:earlier|previous|initial|first|preliminary)\s+(?:(?:death|casualty)\s+)?(?:toll|figure|count|estimate|tally)\s+of\s+$/i;

// ("One of them died ... The other two remain in hospital": the other N are the rest as well)
const REMAINING = /\b(?:the|its)\s+(?:remaining|other)\s+$/i;
// ("FACT CHECK: Posts falsely claim 200 students killed": a claim the text calls false)
const FALSE_CLAIM = /\b(?:falsely|wrongly|inaccurately|misleadingly)\s+(?:claim|claims|claimed|claiming|say|says|said|saying|report|reports|reported|state|states|stated)\s+(?:that\s+)?[^.;]*$|\b(?:false|fake|bogus|debunked|misleading)\s+(?:claims?|reports?|posts?|rumou?rs?)\s+(?:that\s+|of\s+)?[^.;]*$/i;
const DENIED_REPORT = /\b(?:contradicting|contradicted|denying|denied|dismissing|dismissed|rejecting|rejected|refuting|refuted|withdrawing|withdrew|retracting|retracted)\s+(?:the\s+|an?\s+|its\s+|their\s+|early\s+|earlier\s+|initial\s+|some\s+)*(?:reports?|claims?|rumou?rs?|accounts?|statements?)\s+(?:\S+\s+){0,4}?that\s+(?:(?!,\s*(?:saying|adding|but|while|and\s+said)\b)[^.;])*$/i;
const NAMED_FIGURE_BEFORE = /\b(?:figure|toll|number|count|tally|total)\s+of\s+(?:(?:at\s+least|about|around|some)\s+)?$/i;
const ERRONEOUS_AFTER = /^[^.;]*?\b(?:was|were|had\s+been|has\s+been|is)\s+(?:\S+\s+)?(?:erroneous(?:ly)?|mistaken(?:ly)?|wrong(?:ly)?|incorrect(?:ly)?|false|in\s+error|an?\s+(?:error|mistake))\b/i;
const FALSE_VERDICT = /(?:^|\n)\s*(?:Verdict|Rating|Our\s+ruling|Conclusion)\s*:\s*(?:False|Misleading|Incorrect|Wrong|Fake|Fabricated|Unsupported|Pants\s+on\s+fire)\b/i;
const CLAIM_LINE = /^\s*(?:The\s+)?Claims?\s*:/i;
// "The toll rose steadily through the night. Shortly after the blast, an officer said five had
// died. By midnight, ... eight bodies": a narrated rise; the figures told after it are its stages
const TOLL_ROSE_OVER_TIME = /\b(?:death\s+)?toll\s+(?:rose|climbed|grew|increased|mounted|kept\s+rising)\s+(?:steadily|gradually|slowly|through|throughout|during|over|overnight|all)\b/i;
const STAGE_SENTENCES = 3;

// "Two men were found suffering from gunshot wounds. They were taken to hospital, where they were
// pronounced dead": "they" dying right after a wounded figure are those people, dead; when the
// incident already counts as many dead, they are those dead
const THEY_DIED = /^\s*They\b[^.;]*?\b(?:(?:pronounced|declared|confirmed|certified)\s+dead|(?:later\s+)?(?:died|succumbed))\b/;
const SOME_SURVIVED = /\b(?:survived|survivor|stable|recovering|discharged|one\s+of\s+them|the\s+other)\b/i;
function theyDiedLater(ctx: DocContext): void {
  const live = ctx.candidates.filter((c) => !c.dropped && c.category && c.scope === 'incident' && !c.partOf && !c.supersededBy);
  for (const c of live) {
    if (c.category !== 'wounded' || (c.quantity.best ?? 0) < 2) continue;
    const next = ctx.sentences[c.sentence.index + 1];
    if (!next || !THEY_DIED.test(next.text) || SOME_SURVIVED.test(next.text)) continue;
    if (live.some((o) => o !== c && o.sentence === c.sentence && o.category === 'wounded')) continue;
    const dead = live.find((o) => o.category === 'killed' && o.quantity.best === c.quantity.best && o.sentence.index < c.sentence.index
      && (!o.subject || !c.subject || o.subject.group === c.subject.group || GENERAL.has(o.subject.group) || GENERAL.has(c.subject.group)));
    if (!dead) continue;
    c.supersededBy = dead;
    c.notes.push('superseded: "they" were later pronounced dead');
    c.tags.push('people.they-died');
  }
}

// "19 people had been killed and 25 wounded. The rescue group confirmed the toll, saying two of
// the injured had died overnight": the deaths told to explain a toll just confirmed are inside it
const CONFIRMED_TOLL = /\bconfirm(?:ed|s|ing)\s+(?:the|this|that|these|those)\s+(?:(?:death|casualty)\s+)?(?:toll|figures?|numbers?|count|tally)\s*,\s*(?:saying|adding|and\s+said)\b/i;
function deathsInsideConfirmedToll(ctx: DocContext): void {
  for (const c of ctx.candidates) {
    if (c.dropped || c.category !== 'killed' || c.scope !== 'incident' || c.partOf?.category !== 'wounded' || !CONFIRMED_TOLL.test(c.sentence.text.slice(0, c.quantity.start))) continue;
    const toll = [...ctx.candidates].reverse().find((o) => !o.dropped && o.category === 'killed' && o.scope === 'incident' && !o.partOf && !o.supersededBy && o.sentence.index < c.sentence.index && (o.quantity.best ?? 0) > (c.quantity.best ?? 0));
    if (!toll) continue;
    c.partOf = toll;
    c.tags.push('update.inside-confirmed-toll');
  }
}

export function supersedeUpdates(ctx: DocContext): void {
  deathsInsideConfirmedToll(ctx);
  const live = ctx.candidates.filter((c) => !c.dropped && c.category && c.scope === 'incident' && !c.partOf);
  for (const c of live) {
    if (!c.isUpdate && LATER_STATEMENT.test(c.sentence.text)) { c.isUpdate = true; c.tags.push('update.later-statement'); }
  }
  // "The health ministry said on Saturday night that 23 people had been injured ... On Sunday the
  // ombudsman's office said 27 had been injured": of two statements dated by their day, the later
  // one is the newer figure
  const dated = live.filter((c) => c.eventDate && DATED_STATEMENT.test(c.sentence.text) && !toldAsEarlier(c.sentence));
  for (const c of dated) {
    if (c.isUpdate) continue;
    if (dated.some((o) => o !== c && o.category === c.category && o.sentence.index !== c.sentence.index && o.eventDate! < c.eventDate!)) {
      c.isUpdate = true;
      c.tags.push('update.later-dated-statement');
    }
  }
  // "The figures differed from ones issued earlier by the police, who had said that three were
  // killed", "initially reported one wounded": a figure told as an earlier statement gives way to
  // the document's current figure of the same category
  const perps = (c: (typeof live)[number]) => c.subject?.group === 'perpetrators';
  for (const old of live.filter((c) => toldAsEarlier(c.sentence) && !c.isUpdate && !c.supersededBy)) {
    // (not one more person counted on top, "rescuers recovered a fifth body")
    // (nor the attackers' figure by the victims' current one: "the army said eight soldiers had
    // been killed ..., while 20 assailants were killed" when only the soldiers' toll rose since)
    const current = live.find((c) => c !== old && c.category === old.category && !toldAsEarlier(c.sentence) && !c.supersededBy
      && !ORDINAL_ARTICLE.test(c.quantity.text) && perps(c) === perps(old));
    if (!current) continue;
    old.supersededBy = current;
    old.notes.push(`superseded: told as an earlier statement; the document's current figure is ${current.quantity.text}`);
    old.tags.push('update.earlier-statement');
  }
  // "Of the remaining five wounded, one is still in hospital": the survivors once the dead are taken
  // out; a larger wounded figure told before counted the dead among them
  // ("the other two" only after a death among the wounded: "Four sustained injuries, two of them
  // serious ... The other two are being treated" are the other part, not the survivors)
  // (or a death told just before in the same sentence: "two men ... had died during the night, and
  // that the other 38 wounded were still being treated")
  const diedJustBefore = (c: (typeof live)[number]) => ctx.candidates.some((k) => !k.dropped && k.category === 'killed' && ((k.partOf?.category === 'wounded' && k.sentence.index <= c.sentence.index && c.sentence.index - k.sentence.index <= 1)
    || (k.sentence === c.sentence && k.quantity.start < c.quantity.start && k.scope === 'incident' && /\b(?:died|succumbed)\b/i.test(c.sentence.text.slice(k.quantity.end, c.quantity.start)))));
  // ("With the death of the 31-year-old, the two surviving patients are in a stable condition": the
  // survivors, even when told as a part of the wounded figure they replace)
  // (a count of them, not a share: "Several of the surviving wounded required amputations")
  const survivors = (c: (typeof live)[number]) => /^surviving\b/i.test(c.subject?.text ?? '') && (c.quantity.kind === 'words' || c.quantity.kind === 'digits')
    && !/^\s+of\b/i.test(c.sentence.text.slice(c.quantity.end)) && !c.dropped && c.scope === 'incident' && !c.supersededBy;
  // ("one of the soldiers wounded in Sunday's attack died ... 'The five other wounded are in stable
  // condition'": "the N other wounded" after a death told of the wounded are the rest of them)
  const diedOfTheWounded = (c: (typeof live)[number]) => ctx.candidates.some((k) => !k.dropped && k.category === 'killed' && k.sentence.index < c.sentence.index
    && /^\s+of\s+(?:the|those)\s+(?:\S+\s+){0,2}?(?:wounded|injured)\b/i.test(k.sentence.text.slice(k.quantity.end)));
  // (and "two of the injured had died overnight ... and that 25 others were still being treated")
  const otherAfter = (c: (typeof live)[number]) => (/\b(?:the|its)\s+$/i.test(c.sentence.text.slice(Math.max(0, c.quantity.start - 10), c.quantity.start))
    && /^\s+other\s+(?:wounded|injured)\b/i.test(c.sentence.text.slice(c.quantity.end)) && diedOfTheWounded(c))
    || (/^\s+others\s+(?:were|are|remain|remained)\s+(?:still\s+)?(?:being\s+treated|in\s+(?:the\s+)?hospital|hospitali[sz]ed|receiving\s+treatment)/i.test(c.sentence.text.slice(c.quantity.end)) && diedJustBefore(c));
  const restFigures = [...live, ...ctx.candidates.filter((c) => c.partOf && c.category === 'wounded' && (survivors(c) || otherAfter(c)))];
  for (const rest of restFigures.filter((c) => c.category === 'wounded' && ((REMAINING.test(c.sentence.text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start))
    && (/remaining\s+$/i.test(c.sentence.text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start)) || diedJustBefore(c))) || survivors(c) || otherAfter(c)))) {
    if (rest.partOf && (rest.partOf.quantity.best ?? 0) > (rest.quantity.best ?? 0)) rest.partOf = null;
    for (const old of live) {
      if (old === rest || old.category !== 'wounded' || old.supersededBy || old.sentence.index >= rest.sentence.index || (old.quantity.best ?? 0) <= (rest.quantity.best ?? 0)) continue;
      old.supersededBy = rest;
      old.notes.push(`superseded: the remaining wounded, once the dead are taken out, are ${rest.quantity.text}`);
      old.tags.push('update.remaining');
      // ("killed nine and wounded 27 ... two women with shrapnel wounds had died overnight and the
      // other 25 wounded were recovering": the dead told beside the rest, adding up to the wounded
      // total, died among those wounded)
      const died = ctx.candidates.find((k) => !k.dropped && k.category === 'killed' && !k.partOf && k.sentence === rest.sentence && k.quantity.start < rest.quantity.start && k.scope === 'incident'
        && (k.quantity.best ?? 0) + (rest.quantity.best ?? 0) === old.quantity.best);
      if (died) { died.partOf = old; died.tags.push('relate.died-among-wounded', 'relate.partitive'); }
    }
  }
  for (const rise of ctx.sentences.filter((x) => TOLL_ROSE_OVER_TIME.test(x.text) && !/\d/.test(x.text))) {
    for (const old of live) {
      if (old.supersededBy || old.isUpdate || old.sentence.index <= rise.index || old.sentence.index > rise.index + STAGE_SENTENCES) continue;
      const current = live.filter((c) => c !== old && c.category === old.category && c.sentence.index < rise.index && (c.quantity.best ?? 0) > (old.quantity.best ?? 0))
        .sort((a, b) => (b.quantity.best ?? 0) - (a.quantity.best ?? 0))[0];
      if (!current) continue;
      old.supersededBy = current;
      old.notes.push(`superseded: a stage of the rising toll; the document's current figure is ${current.quantity.text}`);
      old.tags.push('update.toll-stage');
    }
  }
  supersedeByLiveBlogTime(ctx, live);
  pronouncedDeadAfter(ctx, live);
  // "contradicting early reports on local radio that two people had died", "An earlier version of
  // this story reported that one person had been killed. Police later said both victims survived":
  // a figure denied or corrected away, with no current figure of its category, counts no one
  // a fact check's claim line, judged false: "Claim: A post says 'over 100 students have been shot
  // dead' ... Verdict: False"
  const falseVerdict = FALSE_VERDICT.test(ctx.text);
  for (const c of live) {
    if (c.supersededBy || c.isUpdate) continue;
    if (falseVerdict && CLAIM_LINE.test(c.sentence.text)) {
      c.notes.push('retracted: the claim a fact check judged false');
      c.tags.push('update.retracted');
      continue;
    }
    const before = c.sentence.text.slice(0, c.quantity.start);
    // ("the figure of 236 was erroneously reached by combining the numbers of dead and wounded")
    const denied = DENIED_REPORT.test(before.slice(-120)) || FALSE_CLAIM.test(before.slice(-120)) || (NAMED_FIGURE_BEFORE.test(before.slice(-40)) && ERRONEOUS_AFTER.test(c.sentence.text.slice(c.quantity.end)));
    const corrected = EARLIER_VERSION.test(before) && !live.some((o) => o !== c && o.category === c.category && o.sentence.index !== c.sentence.index && (o.quantity.best ?? 0) > 0);
    if (!denied && !corrected) continue;
    c.notes.push(denied ? 'retracted: a report denied in the text' : 'retracted: an earlier version of the story, corrected');
    c.tags.push('update.retracted');
  }
  // "rose from the toll of 59", "up from 32": a figure named as the old one
  const namedEarlier = (c: (typeof live)[number]) => EARLIER_FIGURE.test(c.sentence.text.slice(0, c.quantity.start)) || c.tags.includes('relate.earlier-figure');
  for (const old of live.filter(namedEarlier)) {
    const newer = live.filter((c) => c !== old && c.category === old.category && !namedEarlier(c))
      .sort((a, b) => (b.quantity.best ?? 0) - (a.quantity.best ?? 0))[0];
    if (!newer) continue;
    old.supersededBy = newer;
    old.notes.push(`superseded: named as an earlier figure; the document's later figure is ${newer.quantity.text}`);
    old.tags.push('update.earlier-figure');
    if (!newer.notes.some((n) => n.startsWith('update:'))) newer.notes.push(`update: replaces an earlier figure of ${old.quantity.text}`);
  }
  // "raised the death toll to 236, though ... an official told them this was an error and the
  // actual figure was 115": a corrected figure replaces the toll it corrects, even a higher one
  for (const fixed of live.filter((c) => c.tags.includes('update.corrected-figure'))) {
    for (const wrong of live) {
      if (wrong === fixed || wrong.category !== fixed.category || wrong.supersededBy || wrong.sentence.index > fixed.sentence.index || (wrong.sentence.index === fixed.sentence.index && wrong.quantity.start > fixed.quantity.start)) continue;
      wrong.supersededBy = fixed;
      wrong.notes.push(`superseded: corrected in the text; the corrected figure is ${fixed.quantity.text}`);
      wrong.tags.push('update.corrected');
    }
  }
  // per category and kind of people, the highest update replaces every lower figure (one pass:
  // long documents stay linear)
  const groupKey = (c: (typeof live)[number]) => `${c.category}|${GENERAL.has(c.subject?.group ?? 'unspecified') ? 'general' : c.subject!.group}`;
  const highest = new Map<string, (typeof live)[number]>();
  for (const u of live) if (u.isUpdate && !u.supersededBy && (!highest.get(groupKey(u)) || (highest.get(groupKey(u))!.quantity.best ?? 0) < (u.quantity.best ?? 0))) highest.set(groupKey(u), u);
  for (const earlier of live) {
    const update = highest.get(groupKey(earlier));
    // (not one the report leaves out of the toll: "he is not included in the toll")
    if (!update || earlier === update || earlier.supersededBy || (earlier.quantity.best ?? 0) >= (update.quantity.best ?? 0) || earlier.tags.includes('harm.outside-toll')) continue;
    earlier.supersededBy = update;
    earlier.notes.push(`superseded: a later figure in the document updates this one to ${update.quantity.text}`);
    earlier.tags.push('update.superseded');
    if (!update.notes.some((n) => n.startsWith('update:'))) update.notes.push(`update: replaces an earlier figure of ${earlier.quantity.text}`);
  }
  theyDiedLater(ctx);
}

// "Officers located two adult male victims suffering from gunshot wounds ... after all lifesaving
// efforts failed, the victims were pronounced dead": the people just counted as wounded, told again
// without a numeral, died; the wounded figure becomes a count of the dead
const THE_VICTIMS_DIED = /\b(?:the|both|all)\s+(?:(?:two|three|four|five|both|male|female|adult|young)\s+)*(?:victims|men|women|people|persons|boys|girls|teens|teenagers|brothers|sisters)\s+(?:were|have\s+been|had\s+been|later|both|all|subsequently|\s)*(?:pronounced|declared)\s+dead\b|\b(?:both|all)\s+(?:of\s+them\s+|victims\s+|men\s+)?(?:later\s+|subsequently\s+)?(?:died|succumbed)\b/i;
function pronouncedDeadAfter(ctx: DocContext, live: DocContext['candidates']): void {
  for (const s of ctx.sentences) {
    if (!/dead|died|succumbed/i.test(s.text) || !THE_VICTIMS_DIED.test(s.text)) continue;
    // (no count of the dead of its own in the sentence)
    if (live.some((c) => c.sentence.index === s.index && c.category === 'killed')) continue;
    const wounded = live.filter((c) => c.category === 'wounded' && !c.supersededBy && !c.partOf && c.sentence.index < s.index && s.index - c.sentence.index <= 2 && (c.quantity.best ?? 0) >= 2 && c.subject?.group !== 'perpetrators').pop();
    if (!wounded || live.some((c) => c.category === 'killed' && c.sentence.index >= wounded.sentence.index && c.sentence.index <= s.index)) continue;
    wounded.category = 'killed';
    wounded.notes.push(`outcome told later: '${THE_VICTIMS_DIED.exec(s.text)![0].trim()}'`);
    wounded.tags.push('update.victims-died-later');
  }
}

// A live blog: entries stamped with the time ("10:48 - Police now say ...", or the time on a line of
// its own), newest first or last. Of a category's figures, the one under the latest stamp is the
// current figure; the figures of earlier entries give way to it (a headline or summary above the
// first stamp is left alone).
const TIME_STAMP = /^\s*(\d{1,2})[:.](\d{2})\b(?!\s*(?:a\.?m|p\.?m|GMT|UTC|local|hours|hrs))/i;
const MIN_STAMPS = 3;
function supersedeByLiveBlogTime(ctx: DocContext, live: DocContext['candidates']): void {
  const raw: Array<{ at: number; minutes: number }> = [];
  let lastParagraph = -1;
  for (const s of ctx.sentences) {
    const m = s.paragraph !== lastParagraph ? TIME_STAMP.exec(s.text) : null;
    lastParagraph = s.paragraph;
    if (m) raw.push({ at: s.index, minutes: Number(m[1]) * 60 + Number(m[2]) });
  }
  if (raw.length < MIN_STAMPS) return;
  // (entries cross midnight: in a blog told forward a time smaller than the one before is the next
  // day's; in one told newest first, a larger one is the day before's)
  const steps = raw.slice(1).map((r, i) => r.minutes - raw[i].minutes);
  const forward = steps.filter((d) => d > 0).length >= steps.filter((d) => d < 0).length;
  let offset = 0;
  const stampAt = new Map<number, number>();
  raw.forEach((r, i) => {
    if (i > 0 && (forward ? r.minutes < raw[i - 1].minutes : r.minutes > raw[i - 1].minutes)) offset += forward ? 1440 : -1440;
    stampAt.set(r.at, r.minutes + offset);
  });
  const stamps = new Map<number, number>(); // sentence index -> time of the entry it belongs to
  let current: number | null = null;
  for (const s of ctx.sentences) {
    if (stampAt.has(s.index)) current = stampAt.get(s.index)!;
    if (current !== null) stamps.set(s.index, current);
  }
  for (const category of ['killed', 'wounded'] as const) {
    const timed = live.filter((c) => c.category === category && !c.partOf && !c.supersededBy && stamps.has(c.sentence.index) && c.subject?.group !== 'perpetrators');
    // (a blog that adds places up, "Two more people have been killed in Dessel", tells no single toll)
    if (timed.length < 2 || timed.some((c) => c.tags.includes('relate.additive') || c.tags.includes('relate.sequel'))) continue;
    // (a zero of an earlier entry gives way too, "16:00 - a controlled explosion ... No one was hurt";
    // the newest figure is a count)
    const counts = timed.filter((c) => c.quantity.kind !== 'zero');
    if (!counts.length) continue;
    const latestCount = Math.max(...counts.map((c) => stamps.get(c.sentence.index)!));
    const newest = counts.filter((c) => stamps.get(c.sentence.index) === latestCount).sort((a, b) => (b.quantity.best ?? 0) - (a.quantity.best ?? 0))[0];
    for (const old of timed) {
      if (old === newest || stamps.get(old.sentence.index)! >= latestCount) continue;
      old.supersededBy = newest;
      old.notes.push(`superseded: an earlier entry of a live blog; the latest entry's figure is ${newest.quantity.text}`);
      old.tags.push('update.live-blog-entry');
    }
  }
}
