// Refiner: relations between figures of one sentence.
//  - parts: "30 people, including 10 children" / "10 of them" / "among them 3 women": the part
//    points at its total (part_of); a figure joined by "and" to a part is a part too
//    ("including 5 policemen and 2 children"); total and parts share a category when one of them
//    has none of its own ("At least 31 people, including 5 policemen, were killed");
//  - coordination: "2 soldiers and 3 civilians were killed": a figure without a harm word shares
//    the category of a figure joined to it by "and", "or" or a comma;
//  - composition: "30 people, including civilians and militants" (no figures) is kept as text;
//  - "others": "wounding 70 others" counts the same kind of people as the figure before it.
import { AGENT_BEFORE } from '../text-utils.js';
import type { Candidate, DocContext } from '../types.js';

// (not a negated one: "The figure does not include the bomber" is one more)
const FIGHTERS = new Set(['militants', 'perpetrators', 'combatants']);
const PART_BEFORE = /(?:\b(?<!\bnot\s)(?:including|includes|included|include|among\s+them|among\s+whom|among\s+those|of\s+whom|the\s+dead\s+included|the\s+victims\s+included|the\s+dead\s+include|the\s+victims\s+include|among\s+the\s+(?:dead|victims|wounded|injured)\s+(?:were|are)|among\s+those\s+(?:killed|wounded|injured|hurt|who\s+died)\s+(?:were|are))\s*(?:were\s+|are\s+)?(?:all\s+|both\s+)?)$/i;
const DIED_OF_WOUNDS = /^[^.;]{0,40}?\b(?:succumbed|died\s+(?:of|from)\s+(?:his|her|their)\s+(?:injuries|wounds)|later\s+died|died\s+later|died\s+in\s+(?:the\s+)?hospital)\b/i;
const FATAL_SHARE = /^\s+of\s+(?:them|whom)\s+(?:were\s+|being\s+)?(?:fatal(?:ities)?|deaths?|dead|killed|died)\b/i;
const PART_AFTER = /^\s+(?:of\s+(?:them|whom|those|(?:the|our|their)\s+(?:(?:critically|seriously|severely|badly|gravely)\s+)?(?:dead|victims|wounded|injured|people|killed)))\b/i;
// "Four soldiers were among those killed", "six children were among the dead"
// (or in apposition: "Her neighbour's daughter, also among the wounded, lost a foot")
const AMONG_AFTER = /^(?:\s+(?:\S+\s+){0,3}?(?:were|are|was|is|had\s+been|has\s+been|have\s+been)\s+|(?:\s+(?!(?:were|was|are|is|been|had|has|have)\b)[^\s,.;]+){0,3}?\s*,\s*)(?:also\s+)?among\s+(?:those\s+(?:killed|wounded|injured|hurt|who\s+died|kidnapped|abducted|arrested|detained)|the\s+(?:dead|victims|wounded|injured|casualties|fatalities|hostages|captives|abductees|detainees))\b/i;
// "2 soldiers and 3 civilians"; also across the first noun's "of"-phrase: "Seven members of the
// security forces and 12 militants"
// (a harm's complement may close the first: "shot him dead along with his two sons")
// (an age in apposition between the two does not break it: "The bus driver, aged 58, and two passengers")
const COORDINATION = /^(?:\s+(?:dead|to\s+death))?(?:\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}(?:\s*\([^()]{1,20}\))?)?(?:\s*,\s*(?:aged\s+)?\d{1,3})?\s*(?:,\s*)?(?:and|or|as\s+well\s+as|along\s+with|plus|,)\s*(?:(?:his|her|their|its|all|all\s+the|all\s+of\s+the)\s+)?$/iu;
// (also the next item of its list: "as well as a caretaker and a hospital guard")
// ("in addition to the four attackers": a determiner before the figure; "Four guardsmen were
// wounded, as was a civilian")
const ALONG_WITH_BEFORE = /(?:^|,\s*|\s)(?:along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to|as\s+(?:was|were))\s+(?:[^,;.]{1,40}?(?:\s+and|,)\s+)?(?:(?:the|all|its|their|all\s+the)\s+)?$/i;
const COMPOSITION = /^,?\s+((?:including|mostly|mainly|many\s+of\s+them|most\s+of\s+them|among\s+them)\s+[^,.;:()]+?)(?=,|\.|;|:|$)/i;

// "A police officer was also wounded", "also injuring a guard", "two soldiers died as well",
// "killed three more soldiers":
// people on top of the figures before, not another reading of them. ("were also among those
// killed" names a part; "police also said" qualifies the speaking.)
const ALSO_BEFORE_HARM = /\b(?:also|additionally)\s+(?:(?:been|be|being|reportedly)\s+)?$/i;
const ALSO_AFTER_HARM = /^\s+(?:as\s+well|too)\b/i;
const IN_ADDITION_TO = /\bin\s+addition\s+to\s+$/i;
const inAddition = (c: Candidate) => IN_ADDITION_TO.test(c.sentence.text.slice(Math.max(0, c.quantity.start - 20), c.quantity.start));

// "one of the survivors was later killed", "the bodies of two of the hostages": people who were
// not among the dead counted before
const OF_OTHER_GROUP = /^\s+of\s+(?:the\s+|those\s+)?(?:survivors|hostages|captives|abductees|abducted|kidnapped|missing)\b(?!\s+(?:killed|dead|slain|who|that)\b)/i;
const outOfOtherGroup = (c: Candidate) => c.category === 'killed' && c.quantity.kind !== 'vague' && OF_OTHER_GROUP.test(c.sentence.text.slice(c.quantity.end));

function isAdditive(c: Candidate, lastBefore: Candidate | null): boolean {
  if (!c.harm || c.partOf || c.harm.how === 'inherited' || c.category === 'attacks' || c.quantity.kind === 'zero') return false;
  const text = c.sentence.text;
  const nearBefore = text.slice(Math.max(0, c.harm.start - 30), c.harm.start);
  const between = c.harm.start > endOf(c) ? text.slice(endOf(c), c.harm.start) : '';
  // "three more soldiers", "two additional victims": more people than those counted before
  if (/^\s+(?:more|additional|further)\b/i.test(text.slice(c.quantity.end))) return true;
  // "58 people were treated for crush injuries, in addition to a steward who was shot": besides
  // the people just counted (tagged apart: it adds within its own sentence)
  if (inAddition(c) && c.subject?.group !== 'perpetrators') return true;
  // "At least five other people were wounded", opening its own sentence: people besides those
  // counted before ("killing 3 and wounding 5 others" names others of the same sentence)
  // ("Two other victims remain in critical condition": other than the one just named, among the victims)
  // (not after the dead: "Five men were certified dead. Two other people were taken to hospital"
  // are other than the dead, not more than the headline's "three wounded")
  if (/^\s+other\s+(?!than\b|victims\b|wounded\b|injured\b|casualties\b)/i.test(text.slice(c.quantity.end)) && !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/i.test(text.slice(0, c.quantity.start))
    && (!lastBefore || lastBefore.category === c.category)) return true;
  // "one of the survivors was later killed": survivors were not among the dead counted before
  // (so were the hostages or the missing: "found the bodies of two of the hostages")
  if (outOfOtherGroup(c)) return true;
  return ALSO_BEFORE_HARM.test(nearBefore) || /^\s+(?:\S+\s+)?also\s+(?:\S+\s+)?$/i.test(between) || ALSO_AFTER_HARM.test(text.slice(c.harm.end));
}

// "He then drove to a petrol station and shot dead a guard", "Two hours later a second blast
// on the same road killed a police officer": a later event of the story; the people it names
// with an indefinite figure are new, added to the figures before. Not the speaking ("police
// later said 3 were killed") nor an update of the toll.
// ("shortly after midnight" is a time, not a later event)
const SEQUEL = /\b(?:then|later|afterwards?|subsequently|shortly\s+afterwards?|shortly\s+after(?=\s*[,.;]|\s+(?:that|this)\b))(?![\p{L}])/giu;
// (and finding out: "the Attorney General's office later established that 34 people were killed")
const SPEECH = /\b(?:said|says|say|told|reported|confirmed|announced|added|stated|established|concluded|determined|found|estimated|counted|documented|revised)\b/i;
function isSequel(c: Candidate): boolean {
  if (!c.harm || c.partOf || c.isUpdate || !c.category || c.category === 'attacks') return false;
  const q = c.quantity;
  // (a bare number names people already in view: "ran into 3 officers, injuring one")
  if (!(q.kind === 'digits' || q.kind === 'words' || (q.kind === 'article' && /^an?$/i.test(q.text))) || !c.subject) return false;
  const text = c.sentence.text;
  if (/^\s+of\b/i.test(text.slice(q.end))) return false; // "one of the survivors" is one of people already named
  // a body found later is most often someone already reported dead or missing
  if (/\b(?:body|bodies|corpses?|remains)$/i.test(c.subject.text)) return false;
  // ("A suicide bomber drove a pickup into the gate ... Two gunmen then occupied a building and
  // fought for hours before they were killed": new people, the subject of a later step)
  if (c.subject.group === 'perpetrators' && /^\s+then\s+\p{Ll}+ed\b/u.test(text.slice(c.subject.end))) return true;
  const lead = text.slice(0, Math.min(c.harm.start, q.start));
  const low = lead.toLowerCase();
  if (!(low.includes('then') || low.includes('later') || low.includes('after') || low.includes('subsequent'))) return false;
  let last = -1;
  SEQUEL.lastIndex = 0;
  for (let m = SEQUEL.exec(lead); m; m = SEQUEL.exec(lead)) last = m.index;
  // (the speaking may come right before the word too: "the hospital said later Tuesday that it had treated 41")
  return last !== -1 && !SPEECH.test(lead.slice(last)) && !SPEECH_JUST_BEFORE.test(lead.slice(Math.max(0, last - 14), last));
}
const SPEECH_JUST_BEFORE = /\b(?:said|says|told|reported|confirmed|announced|added|stated|established|concluded|determined|found)\s+$/i;

const OUTCOME_PARTICIPLE = /,\s*(?:(?:\p{L}+ly)\s+)?(?:killing|wounding|injuring)\s+$/iu;
const EARLIER_VALUE = /\bfrom\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|initial\s+)?(?:toll\s+|figure\s+|count\s+)?(?:of\s+)?$/i;
const PUT_THE_NUMBER = /\b(?:put|putting|puts|placed|placing|gave|giving)\s+(?:the\s+)?(?:(?:death|casualty|overall|total|final)\s+)?(?:toll|number|figure|count|total)\s+(?:at|as)\s+(?:(?:at\s+least|about|around|some|more\s+than|over|nearly|almost)\s+)?$/i;
const CORRECTED_FIGURE = /\b(?:actual|real|correct|true|corrected|revised)\s+(?:death\s+)?(?:figure|toll|number|count|tally|total)\s+(?:was|is|stood\s+at|stands\s+at|of)\s+(?:(?:at\s+least|about|around|some|nearly|only)\s+)?$/i;
const RECEIVED_BEFORE = /\b(?:received|receiving|admitted|admitting|treated|treating|took\s+in|taken\s+in|saw|evacuated|rescued)\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly|over)\s+)?$/i;
const TOTAL_BEFORE = /\b(?:in\s+total|a\s+total\s+of|altogether|in\s+all|all\s+told|overall)\s*,?\s*(?:(?:there\s+were|of)\s+)?$/i;

const endOf = (c: Candidate) => (c.subject ? c.subject.end : c.quantity.end);
const inherit = (to: Candidate, from: Candidate, tag: string) => {
  to.category = from.category;
  to.harm = from.harm ? { ...from.harm, how: 'inherited' } : null;
  to.tags.push(tag);
};

/**
 * A part named before its total, in the figure that follows it: "1 of 4 young children injured
 * has died" (a death verb after the group makes the part the dead among them), "One of the 2
 * gunmen was killed" (a finite verb after the group tells what happened to the part alone: the
 * group is only named), "Five children were among the 14 people killed". True when it applied.
 */
function relateToFollowing(c: Candidate, next: Candidate | undefined, text: string, people: (c: Candidate | undefined) => boolean): boolean {
  if (!next || !people(next) || next.quantity.best === null || c.quantity.best === null) return false;
  if (c.quantity.best < next.quantity.best && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(c.quantity.end, next.quantity.start))) {
    const gapToHarm = next.harm && next.harm.start >= endOf(next) ? text.slice(endOf(next), next.harm.start) : null;
    if (next.harm && gapToHarm !== null && (/\b(?:was|were|is|are|has|have|had|been|also|later)\s+(?:\S+\s+)?$/i.test(gapToHarm) || /^(?:died|succumbed)$/i.test(next.harm.text))) {
      c.category = next.category;
      c.harm = next.harm;
      if (!c.subject && next.subject) c.subject = { ...next.subject }; // "One of the 2 gunmen": gunmen
      next.category = null;
      next.harm = null;
      c.tags.push('relate.partitive-subject');
      return true;
    }
    c.partOf = next;
    const died = /^\s*(?:[^\s,.;]+\s+){0,8}?(?:(?:has|have|had|later|since|subsequently)\s+)*(?:died|succumbed|been\s+killed|passed\s+away)\b/i.exec(text.slice(next.harm ? next.harm.end : endOf(next)));
    if (died && next.category === 'wounded') {
      c.category = 'killed';
      c.harm = { text: died[0].trim(), start: endOf(next), end: endOf(next) + died[0].length, how: 'passive' };
    }
    c.tags.push('relate.part-of-next');
    return true;
  }
  if (c.quantity.best <= next.quantity.best && /^\s+(?:[^\s,.;]+\s+){0,3}?(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+|at\s+least\s+)?$/i.test(text.slice(endOf(c), next.quantity.start))) {
    c.partOf = next;
    c.tags.push('relate.part-of-next');
    return true;
  }
  return false;
}

/**
 * A figure with no harm word of its own takes the category of an earlier figure of its sentence
 * (else of the previous sentence's last): the update whose old value it is ("rose to 57 on
 * Friday from 41"), or the count another source puts otherwise ("while the army put the number
 * at 8").
 */
function inheritFromEarlier(list: Candidate[], c: Candidate, donorOk: (o: Candidate) => boolean, fallback: Candidate | null, tag: string): void {
  const donor = [...list].reverse().find((o) => o !== c && o.quantity.start < c.quantity.start && donorOk(o)) ?? fallback;
  if (!donor?.category) return;
  inherit(c, donor, tag);
  c.harm = donor.harm ? { ...donor.harm, how: 'toll' } : null;
}

// a hospital condition, told of people already counted as wounded (not "still in hospital", which
// may be all the wounded left after deaths)
const DASH_ASIDE = /^(\s*(?:[\u2013\u2014]|\s-|\()\s*)([^\u2013\u2014()]{1,160}?)\s*(?:[\u2013\u2014]|\s-\s|\))/;
const COLON_LIST = /^(\s*:\s*)([^;:]{1,240}?)\s*(?:;|[.!]?["”’]?\s*$)/;
const HARM_DASH_ASIDE = /^(\s*[\u2013\u2014]\s*)([^\u2013\u2014]{1,200}?)\s*(?:[\u2013\u2014]|[.!]?["”’]?\s*$)/;
// ("The number of injured now stands at 72 ..., adding that 39 people remained in hospital": those
// still in hospital are some of the injured)
const STILL_IN_HOSPITAL = /\b(?:remained|remain|remains|still)\s+(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed)\b/i;
const CONDITION = /\b(?:critical|serious|stable|grave|fair|satisfactory|life-threatening|guarded)\b[^.;]{0,30}\bcondition\b|\bintensive\s+care\b|\bdischarged\b/i;
const plainNoun = (c: Candidate) => !c.subject || ['people', 'unspecified', 'men', 'women'].includes(c.subject.group) || /^(?:of\s+)?(?:them|those|others?)$/i.test(c.subject.text);

// "Officials had initially reported 12 killed and 63 injured. Of the 63, two have since died": a
// bare figure opening a partitive names the people of the earlier figure of that number; it is
// that figure again (its category, a part of it), whatever its parts are
const OF_THE_OPENING = /^\s*(?:\S+\s+)?(?:Of|Among)\s+(?:the|those)\s+$/i;
function referToEarlierFigure(ctx: DocContext): void {
  const live = ctx.candidates.filter((c) => !c.dropped);
  live.forEach((c, i) => {
    if (c.category || c.subject || (c.quantity.kind !== 'digits' && c.quantity.kind !== 'words') || c.quantity.best === null) return;
    if (!OF_THE_OPENING.test(c.sentence.text.slice(0, c.quantity.start)) || !/^\s*,/.test(c.sentence.text.slice(c.quantity.end))) return;
    const earlier = live.slice(0, i).reverse().find((o) => o.sentence.index < c.sentence.index && o.category && o.category !== 'attacks' && o.quantity.best === c.quantity.best);
    if (!earlier) return;
    inherit(c, earlier, 'relate.earlier-same-figure');
    c.partOf = earlier.partOf ?? earlier;
  });
}

export function relateFigures(ctx: DocContext): void {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of ctx.candidates) {
    if (c.dropped) continue;
    bySentence.set(c.sentence.index, [...(bySentence.get(c.sentence.index) ?? []), c]);
  }
  referToEarlierFigure(ctx);
  let previousSentenceLast: Candidate | null = null;
  let lastPeopleFigure: Candidate | null = null; // "wounding 70 others": the figure "others" follows
  const latestByCategory = new Map<string, Candidate>(); // "three of the injured": the latest such total
  // ("Our forces killed 12 insurgents ... Among the dead were two South African contractors": the
  // latest total of people who are not fighters, for parts who are not)
  const latestVictimsByCategory = new Map<string, Candidate>();
  const totalsSoFar: Candidate[] = [];
  for (const index of [...bySentence.keys()].sort((a, b) => a - b)) {
    const list = bySentence.get(index)!.sort((a, b) => a.quantity.start - b.quantity.start);
    const text = list[0].sentence.text;
    const people = (c: Candidate | undefined) => !!c && c.category !== 'attacks' && c.subject?.noun !== 'attack';
    // parts
    list.forEach((c, k) => {
      const before = text.slice(0, c.quantity.start);
      const prev = list[k - 1];
      // ("killing 8 civilians (+2 bombers)": attackers added beside the toll, never a part of it)
      // (the attackers told already in the sentence are those: "Two suicide bombers detonated their
      // explosives ..., killing 8 civilians (+2 bombers)")
      if (/\(\s*\+\s*$/.test(before)) {
        const told = list.slice(0, k).find((o) => o.subject?.group === 'perpetrators' && o.category === c.category && o.quantity.best === c.quantity.best);
        if (told && c.subject?.group === 'perpetrators') { c.partOf = told; c.tags.push('people.same-number-again'); }
        return;
      }
      // ("Thirteen of the dead were civilians, while seven were soldiers": a second part named by its predicate)
      const joinedToPart = prev?.partOf && (COORDINATION.test(text.slice(endOf(prev), c.quantity.start))
        || (c.tags.includes('subject.predicate') && /^[^.;]*,\s*(?:while|whereas|and|but)\s+$/.test(text.slice(endOf(prev), c.quantity.start))));
      const among = AMONG_AFTER.exec(text.slice(c.quantity.end));
      // "Several children were among those killed or wounded": either harm, so a casualties claim
      // (no part of the killed nor of the wounded)
      if (among && /\b(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|hurt)\b/i.test(text.slice(c.quantity.end + among[0].length - 8, c.quantity.end + among[0].length + 20))) {
        c.category = 'casualties';
        c.harm = { text: among[0].trim(), start: c.quantity.end, end: c.quantity.end + among[0].length, how: 'passive' };
        c.tags.push('relate.among-casualties');
        return;
      }
      // "Two men were shot, one fatally" / "one of them critically": an outcome for some of them
      // ("13 remain in hospital, three in serious condition": a condition is an outcome too)
      const outcome = /^\s+(?:of\s+(?:them|whom)\s+)?(fatally|critically|seriously|gravely|mortally|slightly|lightly|in\s+(?:serious|critical|stable|grave|fair|good)(?:\s+but\s+stable)?\s+condition)\b/i.exec(text.slice(c.quantity.end));
      // (also after the verb: "Three people were shot, one of them fatally")
      const outcomeGap = prev ? text.slice(endOf(prev), c.quantity.start) : '';
      const rightAfter = /^\s*,\s*$/.test(outcomeGap) || (!!prev?.harm && prev.harm.end <= c.quantity.start && /^\s*(?:[^\s,.;]+\s+){0,5}[^\s,.;]+\s*,\s*$/.test(outcomeGap));
      if (outcome && prev && rightAfter && people(prev)) {
        c.partOf = prev;
        c.category = /fatally|mortally/i.test(outcome[1]) ? 'killed' : prev.category ?? 'wounded';
        c.harm = { text: outcome[1], start: c.quantity.end + outcome[0].indexOf(outcome[1]), end: c.quantity.end + outcome[0].length, how: 'passive' };
        c.tags.push('relate.part-outcome');
        return;
      }
      // "Two men were shot; one died at the scene": a bare figure after a clause break, dying,
      // is one of the wounded just counted
      const prevPeople = list.slice(0, k).reverse().find((p) => people(p) && !p.partOf);
      if (!c.subject && c.category === 'killed' && prevPeople?.category === 'wounded' && c.quantity.best !== null && prevPeople.quantity.best !== null
        && c.quantity.best < prevPeople.quantity.best && /^(?:one|two|three|four|\d+)$/i.test(c.quantity.text)
        && /[;,]\s*(?:and\s+|but\s+|while\s+)?$/.test(before) && !list.slice(list.indexOf(prevPeople) + 1, k).some((o) => o.category === 'killed')) {
        c.partOf = prevPeople;
        c.tags.push('relate.part-died');
        return;
      }
      if (relateToFollowing(c, list[k + 1], text, people)) return;
      // "shot 4 people outside the club, killing one" / "stabbed 3 people, seriously wounding
      // one": the participle tells the outcome for some of those shot (GVA codes 1 killed, 3 hurt)
      const outcomeVerb = OUTCOME_PARTICIPLE.exec(before);
      const shotAt = prev && people(prev) && !prev.partOf && prev.harm && /^(?:shot|shooting|shoots|stabbed|stabbing|stabs|attacked|attacking|attacks|hit|hitting|hits|struck|striking|strikes|opened\s+fire\s+on|opens\s+fire\s+on)$/i.test(prev.harm.text);
      if (outcomeVerb && shotAt && c.quantity.best !== null && prev.quantity.best !== null && c.quantity.best <= prev.quantity.best
        && !/[.;:]/.test(text.slice(endOf(prev), outcomeVerb.index))) {
        c.partOf = prev;
        c.tags.push('relate.part-outcome');
        return;
      }
      // "31 others had been injured, many with machete wounds": a vague share right after a figure,
      // telling how they were hurt, is a part of it
      if (prev && !prev.partOf && people(prev) && c.quantity.kind === 'vague' && /^\s*,\s*$/.test(text.slice(Math.max(endOf(prev), prev.harm && prev.harm.end <= c.quantity.start ? prev.harm.end : 0), c.quantity.start))
        && /^\s+(?:with|in|suffering|from|critically|seriously|badly|severely|gravely)\b/i.test(text.slice(c.quantity.end))) {
        c.partOf = prev;
        if (prev.category && c.category !== prev.category) { c.category = prev.category; c.tags.push('relate.part-category'); }
        c.tags.push('relate.part');
        return;
      }
      // "Of the nine wounded, six remained in hospital": the figure after the opening phrase is its part
      // (and "Among the eight injured are five patrolmen and three civilians")
      if (prev && !prev.partOf && people(prev) && (/^\s*Of\s+(?:the|those)\s+[^,;]{1,40},\s*$/i.test(before) || (/^\s*Among\s+(?:the|those)\s+[^,;]{1,40}?\s+(?:are|were|is|was|included?)\s+$/i.test(before) && prev.quantity.end <= before.length))
        && (c.quantity.best ?? 0) < (prev.quantity.best ?? 0)) {
        c.partOf = prev;
        if (!c.category && prev.category) { c.category = prev.category; c.tags.push('relate.part-category'); }
        c.tags.push('relate.part');
        return;
      }
      const isPart = PART_BEFORE.test(before) || PART_AFTER.test(text.slice(c.quantity.end)) || joinedToPart || !!among;
      if (!isPart || !people(c)) return;
      // "Three of the injured": the total is the latest figure of that harm
      // (and "The mayor was among those killed": the latest killed figure, not the last figure)
      const named = /^\s+of\s+(?:the|those|our|their)\s+(dead|killed|victims|wounded|injured)\b/i.exec(text.slice(c.quantity.end));
      const amongWord = among ? /\b(dead|killed|died|wounded|injured|hurt)\b/i.exec(among[0]) : null;
      // ("Among the dead were six children", "the dead included": the phrase before names it too)
      // (with the total's own figure: "Among the eight injured are five patrolmen and three civilians")
      // (and "the toll included seven people who were killed on Friday": a part of the latest toll)
      const namedBefore = /\b(?:among\s+(?:the\s+(?:\S+\s+)?|those\s+)(dead|killed|wounded|injured|hurt)\s+(?:were|are)|the\s+(dead)\s+(?:included|include)|the\s+(?:death\s+)?toll\s+(?:also\s+)?(?:included|includes|include))\s*$/i.exec(before);
      const namedWord = named?.[1] ?? amongWord?.[1] ?? namedBefore?.[1] ?? namedBefore?.[2] ?? (namedBefore ? 'killed' : undefined);
      const namedCategory = namedWord ? (/wounded|injured|hurt/i.test(namedWord) ? 'wounded' : /dead|killed|died/i.test(namedWord) ? 'killed' : null) : null;
      const latest = namedCategory ? (!FIGHTERS.has(c.subject?.group ?? '') && FIGHTERS.has(latestByCategory.get(namedCategory)?.subject?.group ?? '') ? latestVictimsByCategory : latestByCategory).get(namedCategory) : undefined;
      // ("55 civilians and three soldiers were killed ... the toll included seven people": the
      // toll is the latest figure larger than its part)
      const tollIncluded = !!namedBefore && !namedBefore[1] && !namedBefore[2];
      const larger = tollIncluded && latest && (latest.quantity.best ?? 0) <= (c.quantity.best ?? 0)
        ? [...totalsSoFar].reverse().find((p) => p.category === 'killed' && !p.partOf && (p.quantity.best ?? 0) > (c.quantity.best ?? 0)) : undefined;
      const byCategory = namedCategory ? larger ?? latest ?? [...list.slice(0, k)].reverse().find((p) => p.category === namedCategory && !p.partOf) : undefined;
      // ("Three of them were in serious condition", two sentences after "Eleven people were
      // injured": with no total in this sentence or the one before, the latest total of a harm)
      const latestTotal = /^\s+of\s+them\b/i.test(text.slice(c.quantity.end)) && /^\s*(?:\S+\s+){0,3}$/.test(before) ? [...latestByCategory.values()].filter((p) => people(p) && c.sentence.index - p.sentence.index <= 3 && (p.quantity.best ?? 0) > (c.quantity.best ?? 0)).sort((a, b) => b.sentence.index - a.sentence.index || b.quantity.start - a.quantity.start)[0] : undefined;
      // ("Two of the victims died at the scene" after "Four men were shot dead and three people
      // wounded": a part with a harm of its own belongs to the latest total of that harm)
      const ownHarmTotal = !byCategory && !joinedToPart && c.category && /^\s+of\s+(?:the|those)\s+(?:victims|dead|killed|people|casualties)\b/i.test(text.slice(c.quantity.end)) && c.subject?.group !== 'perpetrators' && !list.slice(0, k).some((p) => people(p) && !p.partOf)
        // (a death of wounds, "one of the victims succumbed to his injuries", is one of the wounded)
        ? (c.category === 'killed' && DIED_OF_WOUNDS.test(text.slice(c.quantity.end)) && latestByCategory.get('wounded') ? latestByCategory.get('wounded') : latestByCategory.get(c.category)) : undefined;
      // ("two of the injured, including a child, had succumbed": a partitive figure right before is
      // the total of its own "including", though it is itself a part of the injured)
      const partitiveBefore = prev && prev.sentence === c.sentence && !!prev.partOf && prev.tags.includes('relate.partitive') && PART_BEFORE.test(before)
        && /^[^.;]*$/.test(text.slice(endOf(prev), c.quantity.start)) ? prev : undefined;
      const parent = byCategory ?? ownHarmTotal ?? (joinedToPart ? prev!.partOf
        : partitiveBefore ?? [...list.slice(0, k)].reverse().find((p) => people(p) && !p.partOf)
          // (a part of the sentence before names its total: "Eleven people, including four
          // children, were injured ... Three of them were in serious condition" are three of eleven)
          // (or after an opening phrase of any length: "Despite the efforts of paramedics, one of them died")
          ?? ((among || /^\s*(?:\S+\s+){0,5}$/.test(before.replace(PART_BEFORE, '')) || (/,\s*$/.test(before) && /^\s+of\s+them\b/i.test(text.slice(c.quantity.end)) && k === 0))
            && people(previousSentenceLast ?? undefined) ? (previousSentenceLast!.partOf ?? previousSentenceLast) : null)
          ?? latestTotal ?? null);
      // a part may differ in category only as the dead among the wounded ("Two of them died")
      const diedAmongWounded = c.category === 'killed' && parent?.category === 'wounded';
      if (!parent) {
        // "The dead included two policemen and a child": no total given, the phrase names the harm
        const named = /\b(?:the\s+(dead|victims|wounded|injured|casualties)|those\s+(killed|wounded|injured))\s+(?:included|include|were|are)\s*$/i.exec(before);
        if (named && !c.category) {
          const w = (named[1] ?? named[2]).toLowerCase();
          c.category = /wound|injur/.test(w) ? 'wounded' : w === 'casualties' ? 'casualties' : 'killed';
          c.harm = { text: named[0].trim(), start: named.index, end: named.index + named[0].length, how: 'passive' };
          c.tags.push('relate.named-harm');
        }
        return;
      }
      if (c.category && parent.category && c.category !== parent.category && !diedAmongWounded) return;
      // a part is never larger than its total ("Five militants, including the bomber and at least
      // 9 civilians were killed" lacks a comma: the 9 are not among the five)
      if (c.quantity.best !== null && parent.quantity.best !== null && parent.quantity.high !== null && c.quantity.best > parent.quantity.high) return;
      c.partOf = parent;
      // ("three of the injured"; and one who died "who had been among the injured")
      // (and one "among them" who died: "eight others were wounded, among them a student who died of
      // his wounds the next morning")
      if (named || (diedAmongWounded && (amongWord || /\bamong\s+(?:them|whom)\s*,?\s*$/i.test(before)))) c.tags.push('relate.partitive');
      if (among && !c.category) {
        const w = among[0].toLowerCase();
        c.category = /wound|injur|hurt/.test(w) ? 'wounded' : /casualt/.test(w) ? 'casualties' : /hostage|captive|abduct|kidnap/.test(w) ? 'kidnapped' : /detain|arrest/.test(w) ? 'arrested' : 'killed';
        c.harm = { text: among[0].trim(), start: c.quantity.end, end: c.quantity.end + among[0].length, how: 'passive' };
      }
      if (c.subject?.text.match(/^(?:them|whom|those|these)$/i)) c.subject = null;
      c.tags.push('relate.part');
    });
    // appositive parts: "40 people, 6 soldiers and 34 civilians, were killed" (the parts add up)
    list.forEach((c, k) => {
      if (c.partOf || !people(c) || c.quantity.best === null) return;
      const chain: Candidate[] = [];
      let end = endOf(c);
      for (let j = k + 1; j < list.length; j++) {
        const gap = text.slice(end, list[j].quantity.start);
        if (/\(\s*\+\s*$/.test(gap)) break; // "8 civilians (+2 bombers)": beside, not a part
        // (or between dashes: "Fifteen other people — four policemen and 11 civilians — were wounded")
        if (!(chain.length === 0 ? /^\s*(?:[,(:\u2013\u2014]|\s-)\s*$/.test(gap) : COORDINATION.test(gap))) break;
        chain.push(list[j]);
        end = endOf(list[j]);
      }
      const sum = chain.reduce((a, x) => a + (x.quantity.best ?? NaN), 0);
      // (a list of single people adds up by chance: "Two Britons, a Swiss and a Dutch woman
      // were killed" is four people; only a closed aside, "Two people, a man and a woman, were", is the two)
      const closed = /^\s*(?:[,)\u2013\u2014]|-\s|$)/.test(text.slice(end));
      if (chain.length >= 2 && sum === c.quantity.best && chain.every((x) => people(x) && !x.partOf) && (closed || !chain.every((x) => x.quantity.kind === 'article'))) {
        for (const x of chain) { x.partOf = c; x.tags.push('relate.part-appositive'); }
      }
    });
    // ("two attackers - the driver of the car and a gunman who jumped out - were also killed": the
    // people of an aside between dashes or brackets, right after a figure, are its parts)
    list.forEach((c) => {
      if (c.partOf || !people(c) || (c.quantity.best ?? 0) < 2) return;
      // (or right after its harm word, to the next dash or the sentence's end: "Six attackers died —
      // the suicide bomber who drove the car, and five gunmen killed by special forces, the minister said")
      // (or a list after a colon right after the harm: "Three other people were struck by gunfire: a
      // 28-year-old woman, a 51-year-old man and the suspected gunman himself")
      const afterHarm = c.harm && c.harm.start >= endOf(c) && c.harm.end - endOf(c) < 40 ? HARM_DASH_ASIDE.exec(text.slice(c.harm.end)) ?? COLON_LIST.exec(text.slice(c.harm.end)) : null;
      // (or a list after a colon: "its teams treated four other people: a man with a bullet wound in
      // the leg, two men who had been beaten, and a boy hit by a stone")
      const aside = DASH_ASIDE.exec(text.slice(endOf(c))) ?? COLON_LIST.exec(text.slice(endOf(c))) ?? afterHarm;
      if (!aside) return;
      const from = (aside === afterHarm ? c.harm!.end : endOf(c)) + aside[1].length;
      const to = from + aside[2].length;
      // (after a toll and a colon, the list's figures need no harm word of their own: "He puts the
      // death toll at 22: 18 civilians and security personnel, and the four gunmen")
      const tollList = c.harm?.how === 'toll' && aside[1].includes(':') && !!c.category;
      const inside = list.filter((x) => x !== c && (!!x.category || (tollList && x.subject?.noun === 'person')) && x.quantity.start >= from && x.quantity.end <= to && !x.partOf
        && !/\(\s*\+\s*$/.test(text.slice(Math.max(0, x.quantity.start - 4), x.quantity.start)));
      if (inside.length && inside.every((x) => people(x) && (x.category === c.category || !x.category)) && inside.reduce((a, x) => a + (x.quantity.best ?? NaN), 0) <= (c.quantity.best ?? 0)) {
        for (const x of inside) {
          x.partOf = c;
          x.tags.push('relate.part-appositive');
          if (!x.category) inherit(x, c, 'relate.part-category');
        }
      }
    });
    // "a woman and her three children were among the dead": the whole coordinated subject is the
    // part, not only the figure next to the verb
    for (let k = list.length - 1; k > 0; k--) {
      const part = list[k];
      const prev = list[k - 1];
      if (!part.partOf || prev.partOf || !people(prev) || !AMONG_AFTER.test(text.slice(endOf(part)))) continue;
      // (after the total when the total is in the same sentence)
      if (!COORDINATION.test(text.slice(endOf(prev), part.quantity.start)) || (part.partOf.sentence === part.sentence && prev.quantity.start < endOf(part.partOf))) continue;
      prev.partOf = part.partOf;
      prev.tags.push('relate.part-joined');
    }
    const changedOnce = () => {
      let changed = false;
      for (let k = 0; k < list.length; k++) {
        const c = list[k];
        if (c.category) continue;
        const prev = list[k - 1];
        const next = list[k + 1];
        const donor = next?.category && COORDINATION.test(text.slice(endOf(c), next.quantity.start)) ? next
          : prev?.category && COORDINATION.test(text.slice(endOf(prev), c.quantity.start)) ? prev : null;
        // a part takes its total's category first ("258 dead, including 45 foreigners, and 500 injured")
        if (c.partOf?.category) { inherit(c, c.partOf, 'relate.part-category'); changed = true; continue; }
        // ("its field hospital had received 179 patients, 21 of whom were declared dead on arrival":
        // people a hospital received are casualties, the dead and the wounded, not all dead)
        const deadPart = list.find((p) => p.partOf === c && p.category === 'killed');
        if (deadPart && c.quantity.kind !== 'vague' && RECEIVED_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 40), c.quantity.start))) {
          c.category = 'casualties';
          c.harm = deadPart.harm ? { ...deadPart.harm, how: 'inherited' } : null;
          c.tags.push('relate.received-casualties');
          changed = true;
          continue;
        }
        // (the figure counts the speakers: "two witnesses said"; not after a comma, ", residents said")
        const speaker = /^\s*(?:[^\s,]+\s+){0,3}?(?:said|says|told|reported|added|stated)\b/i.test(text.slice(endOf(c)));
        // (not the agents of a passive: "shot dead by a security guard and an off-duty soldier")
        const agent = AGENT_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 80), c.quantity.start));
        // (nor a figure with a predicate of its own that is no harm: "Two dead, one fighting for his life")
        const ingPredicate = !c.subject && /^\s+\p{Ll}+ing\b/u.test(text.slice(c.quantity.end));
        if (donor && !speaker && !agent && !ingPredicate && donor.quantity.kind !== 'zero' && c.quantity.kind !== 'zero' && (donor.category === 'attacks') === (c.subject?.noun === 'attack')) { inherit(c, donor, 'relate.coordination'); changed = true; continue; }
        if (c.partOf?.category) { inherit(c, c.partOf, 'relate.part-category'); changed = true; continue; }
        const part = list.find((p) => p.partOf === c && p.category);
        // ("Six passengers were rescued; four of them are receiving treatment": a total with a
        // predicate of its own, not a harm, is not harmed because some of them were)
        const ownPredicate = !!part && /^\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+\p{L}+/iu.test(text.slice(endOf(c))) && /^\s+of\s+(?:them|whom)\b/i.test(text.slice(part.quantity.end))
          && /;|\b(?:but|and|while)\b/i.test(text.slice(endOf(c), part.quantity.start)); // (not an appositive part: "17 were admitted, four of them in critical condition")
        // ("found the bodies of six of eight workers who disappeared": the eight are the set the six
        // are taken from, not all dead)
        const setOfPart = !!part && part.quantity.end <= c.quantity.start && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(part.quantity.end, c.quantity.start));
        if (part && !ownPredicate && !setOfPart) { inherit(c, part, 'relate.total-category'); changed = true; }
      }
      return changed;
    };
    while (changedOnce()) { /* until nothing changes */ }
    // "the explosion caused 35 casualties, 12 of them fatal": the share of the casualties told dead is
    // killed (the rest stay casualties: the text does not say they were all wounded)
    for (const c of list) {
      if (c.partOf?.category !== 'casualties' || !FATAL_SHARE.test(text.slice(c.quantity.end))) continue;
      c.category = 'killed';
      c.tags.push('relate.fatal-share');
    }
    // "Five people were killed in Kabul and three in Herat": a bare figure with only a place after
    // it leaves out the noun and verb of the figure before (gapping)
    for (let k = 1; k < list.length; k++) {
      const c = list[k];
      if (c.category || c.subject || (c.quantity.kind !== 'digits' && c.quantity.kind !== 'words')) continue;
      if (!/(?:,\s*|\s)(?:and|while|whereas|but)\s+$/i.test(text.slice(Math.max(0, c.quantity.start - 12), c.quantity.start))) continue;
      if (!/^\s+(?:in|at|near|on|outside|inside)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(c.quantity.end))) continue;
      const donor = list[k - 1].category && list[k - 1].quantity.kind !== 'zero' ? list[k - 1] : null; // (the figure right before)
      if (donor) {
        inherit(c, donor, 'relate.gapping');
        if (donor.subject) c.subject = { ...donor.subject, text: donor.subject.text, start: c.quantity.end, end: c.quantity.end };
        if (donor.partOf) c.partOf = donor.partOf; // ("4 bombings: 2 at the airport and 1 at the metro": parts alike)
      }
    }
    // "At least three civilians were killed, officials said, along with four attackers": people
    // added to a figure across its verb share what happened to it
    for (let k = 1; k < list.length; k++) {
      const c = list[k];
      if (c.category || c.quantity.kind === 'zero' || !ALONG_WITH_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 70), c.quantity.start))) continue;
      const donor = list.slice(0, k).reverse().find((o) => o.category && o.category !== 'attacks' && o.quantity.kind !== 'zero');
      // ("as was a civilian, a 60-year-old farmer caught in the crossfire": an appositive of the one
      // just added is that person)
      const prev = list[k - 1];
      if (prev?.tags.includes('relate.along-with') && c.quantity.kind === 'article' && /^\s*,\s*$/.test(text.slice(endOf(prev), c.quantity.start))) {
        inherit(c, prev, 'relate.part-appositive');
        c.partOf = prev;
        continue;
      }
      if (donor && c.subject?.noun === 'person') inherit(c, donor, 'relate.along-with');
    }
    for (const c of list) {
      if (c.category) continue;
      if (EARLIER_VALUE.test(text.slice(Math.max(0, c.quantity.start - 40), c.quantity.start))) inheritFromEarlier(list, c, (o) => o.isUpdate && !!o.category, null, 'relate.earlier-figure');
    }
    for (const c of list) {
      if (c.category) continue;
      // ("Organisers said some fifteen thousand people joined the march; police put the figure at nine
      // thousand": the figure put is that of the crowd counted just before, not an earlier toll)
      if (!PUT_THE_NUMBER.test(text.slice(Math.max(0, c.quantity.start - 60), c.quantity.start))) continue;
      const unharmedBefore = ctx.candidates.some((o) => o !== c && !o.dropped && !o.category && o.subject?.noun === 'person'
        && (o.sentence === c.sentence ? o.quantity.end <= c.quantity.start : o.sentence.index === c.sentence.index - 1 && o.sentence.paragraph === c.sentence.paragraph));
      if (!unharmedBefore) inheritFromEarlier(list, c, (o) => !!o.category && o.category !== 'attacks', previousSentenceLast, 'relate.put-the-number');
    }
    // "an official told them this was an error and the actual figure was 115": the corrected
    // figure of the toll told before, and the document's current one
    for (const c of list) {
      if (c.category || !CORRECTED_FIGURE.test(text.slice(Math.max(0, c.quantity.start - 60), c.quantity.start))) continue;
      inheritFromEarlier(list, c, (o) => !!o.category && o.category !== 'attacks', previousSentenceLast, 'relate.corrected-figure');
      if (c.category) { c.isUpdate = true; c.tags.push('update.corrected-figure'); }
    }
    // "in total 26 were killed": the other figures of the category in the sentence are its parts
    for (const total of list) {
      if (!total.category || total.partOf || total.quantity.best === null || !TOTAL_BEFORE.test(text.slice(Math.max(0, total.quantity.start - 30), total.quantity.start))) continue;
      for (const c of list) {
        if (c === total || c.partOf || c.category !== total.category || c.quantity.best === null || c.quantity.best > total.quantity.best) continue;
        c.partOf = total;
        c.tags.push('relate.part-of-stated-total');
      }
    }
    list.forEach((c) => {
      const comp = COMPOSITION.exec(text.slice(endOf(c)));
      if (comp && !/\d/.test(comp[1]) && !list.some((o) => o !== c && o.quantity.start > c.quantity.start && o.quantity.start < endOf(c) + comp[0].length)) {
        c.composition = comp[1].trim();
        c.tags.push('relate.composition');
      }
    });
    // "43 people were wounded ... six remained in critical condition" (or "remained in hospital"): the condition of some of the
    // wounded just counted is a part of them, not another account of the toll
    for (const c of list) {
      if (c.partOf || c.category !== 'wounded' || !c.harm || !(CONDITION.test(c.harm.text) || STILL_IN_HOSPITAL.test(text.slice(c.quantity.end, c.harm.end))) || (c.subject && !plainNoun(c))) continue;
      // (the condition must be this figure's own, not that of a part after it: "17 people had been
      // admitted to hospital, four of them in critical condition")
      if (list.some((o) => o.quantity.start > c.quantity.end && o.quantity.start < c.harm!.start)) continue;
      // (the total may come earlier in the same sentence: "Six were taken to hospital; two remain in critical condition")
      const whole = [...list].reverse().find((o) => o !== c && o.quantity.start < c.quantity.start && o.category === 'wounded' && !o.partOf) ?? latestByCategory.get('wounded');
      // (still in hospital, only of a total told in the same sentence: after an initial report, "Police
      // initially said 11 people had been wounded ... Seven are still in hospital" is the later count)
      const onlyStill = !CONDITION.test(c.harm.text);
      // (further back when the sentence names the wounded: "The wounded were taken to Mandera County
      // Referral Hospital, where a medical officer said four were in serious condition")
      const namesWounded = /\bthe\s+(?:wounded|injured)\b/i.test(text.slice(0, c.quantity.start));
      if (whole && whole !== c && (whole.sentence.index >= index - 2 || namesWounded) && (whole.quantity.best ?? 0) > (c.quantity.best ?? 0) && (!onlyStill || whole.sentence === c.sentence)) { c.partOf = whole; c.tags.push('relate.condition-of-wounded'); }
    }
    for (const c of list) if (isAdditive(c, lastPeopleFigure)) c.tags.push('relate.additive', ...(inAddition(c) ? ['relate.in-addition'] : []), ...(outOfOtherGroup(c) ? ['relate.out-of-other-group'] : []));
    for (const c of list) if (!c.tags.includes('relate.additive') && isSequel(c)) c.tags.push('relate.sequel');
    for (const c of list) {
      // ("One of the injured guards was shot in the leg; the other was stabbed": the other one of the
      // same pair, a part of the same total)
      const one = /^the\s+other$/i.test(c.quantity.text) && !c.partOf ? list.find((o) => o !== c && o.quantity.start < c.quantity.start && /^one$/i.test(o.quantity.text) && o.tags.includes('relate.partitive') && o.partOf) : undefined;
      // (the pair is the two of the one's own group, "including two prison guards", when the partitive
      // named the larger total: "One of the injured guards" after "eight people, including two guards")
      const pair = one ? ctx.candidates.filter((o) => !o.dropped && (o.sentence.index < index || (o.sentence.index === index && o.quantity.start < one.quantity.start)) && index - o.sentence.index <= 5).reverse()
        .find((o) => o.quantity.best === 2 && o.category === one.category && !!o.subject && o.subject.group === one.subject?.group)
        ?? (one.partOf?.quantity.best === 2 ? one.partOf : undefined) : undefined;
      if (one && pair && (!c.category || c.category === pair.category)) {
        c.partOf = pair;
        if (c.subject && one.subject) c.subject = { ...c.subject, group: one.subject.group };
        c.tags.push('relate.other-of-pair');
      }
      if (c.subject && /^others?$/i.test(c.subject.text) && !c.partOf) {
        const ref = lastPeopleFigure;
        // (the attackers' group only for the other of a pair, "One of the assailants was shot dead and
        // the other was wounded": "a suicide bomber rammed the gate ... Around two dozen others were
        // injured" are not attackers)
        if (ref?.subject && ref.subject.group !== 'unspecified' && (ref.subject.group !== 'perpetrators' || /^the\s+other$/i.test(c.quantity.text))) { c.subject = { ...c.subject, group: ref.subject.group }; c.tags.push('relate.others'); }
      }
      // (one person named in a list after a figure of its sentence is one of them, not the group
      // "others" are counted beside: "Two people, Ram Prakash and his son-in-law Sunil, died. Six
      // others were injured")
      const namedInList = c.quantity.kind === 'implicit' && lastPeopleFigure?.sentence.index === c.sentence.index && (lastPeopleFigure.quantity.best ?? 0) > 1;
      if (!c.partOf && c.category && c.category !== 'attacks' && !namedInList) lastPeopleFigure = c;
      // (one person named without a numeral is no total that "among the dead" refers to: "The
      // figure did not include the bomber. Among the dead were two brothers")
      if (c.category && !c.partOf && c.quantity.kind !== 'implicit') {
        latestByCategory.set(c.category, c);
        if (!FIGHTERS.has(c.subject?.group ?? '')) latestVictimsByCategory.set(c.category, c);
        totalsSoFar.push(c);
      }
    }
    const classified = list.filter((c) => c.category && c.category !== 'attacks');
    previousSentenceLast = classified[classified.length - 1] ?? null;
  }
}
