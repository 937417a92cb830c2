// Stage: turn figures into candidate claims, sentence by sentence: find the figures, drop the
// ones that are not counts, read who was counted and what happened to them. A sentence with no
// harm or attack word, and no harm sentence close by, is skipped before any of this (the cheap
// prefilter).
import { lexicon, phraseAlternation } from '../lexicon.js';
import type { Category } from '../../records/claim-schema.js';
import type { Candidate, DocContext, Quantity, Sentence } from '../types.js';
import { classifyHarm } from './classify-harm.js';
import { nonCasualtyRule } from './filter-non-casualty.js';
import { findImplicit, hitInBodyPart } from './find-implicit.js';
import { findQuantities } from './find-quantities.js';
import { findSubject } from './find-subject.js';
import { FURNITURE_LINE, LINKS_HEADING, LIST_ITEM_LINE } from './segment.js';
import { APPOSITIVE_HEDGE } from '../text-utils.js';
import { inHarmTable } from './read-table-columns.js';

const HIT_BY_BEFORE = /\b(?:hit|struck|riddled|pierced|wounded)\s+(?:by|with)\s+$/i;
const MEASURE_AFTER = /^\s*(?:yards?|metres?|meters?|miles?|km|kilometres?|kilometers?|feet|ft|blocks?|minutes?|mins?|hours?|seconds?)\b/i;
let prefilter: RegExp | undefined;
function harmPrefilter(): RegExp {
  if (prefilter) return prefilter;
  const h = lexicon().harm;
  const words = new Set<string>();
  // one word per phrase, the most telling one: "in critical condition" must not let every
  // sentence with "in" through (the first word did: 86% of sentences passed)
  for (const table of [h.passive, h.active, h.nouns, h.toll]) for (const list of Object.values(table)) for (const p of list ?? []) words.add(tellingWord(p));
  // words of the rules that span a verb and its complement (classify-harm's SPLIT_VERBS and the
  // injury phrases): "stabbed 4 people to death", "held hostage", "sustained injuries"
  for (const w of SPLIT_WORDS) words.add(w);
  prefilter = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation([...words])})(?![\\p{L}])`, 'iu');
  return prefilter;
}

const STOPWORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'to', 'of', 'by', 'for', 'from', 'into', 'with', 'and', 'or', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'have', 'has', 'had', 'their', 'his', 'her', 'its', 'still', 'made', 'taken', 'took', 'held', 'left', 'put', 'got', 'found', 'among', 'those', 'who', 'up']);
const SPLIT_WORDS = ['death', 'dead', 'broke', 'fractured', 'bullet', 'inhalation', 'custody', 'lives', 'life', 'hostage', 'hostages', 'captive', 'prisoner', 'hospital', 'hospitalized', 'hospitalised', 'flee', 'fled', 'homes', 'injury', 'injuries', 'wound', 'wounds', 'burns', 'fatally', 'critically', 'seriously', 'casualties', 'casualty'];
function tellingWord(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  const content = words.filter((w) => !STOPWORDS.has(w));
  return (content.length ? content : words).reduce((a, b) => (b.length > a.length ? b : a));
}

export function newCandidate(sentence: Sentence, quantity: Quantity): Candidate {
  return {
    id: '', sentence, quantity, subject: null, category: null, harm: null, partOf: null, composition: null, scope: 'incident',
    actor: null, location: null, eventDate: null, dateText: null, datePrecision: null, attributedTo: null, attributionText: null,
    attributionType: null, notes: [], supersededBy: null, isUpdate: false, tags: [`figure.${quantity.kind}`], dropped: null,
  };
}

// a person just named, and the comma that opens an appositive about them
// ("S. Karthik, 23, a labourer,": an initial and an age may come with the name)
const ONE_OF_THE_BEFORE = /\bOne\s+of\s+(?:the|his|her|their)\s+[\p{L}'’-]+\s*,\s*$/iu;
// (or an age and a single name: "The deceased, 32-year-old Ngozi, a mother of three")
// nouns of a body of people: an article before them counts no one person
const COLLECTIVE = 'crew|team|unit|squad|patrol|family|group|force|militia|battalion|brigade|company|platoon|organi[sz]ation|association|movement';
const COLLECTIVE_AT_END = new RegExp(`\\b(?:${COLLECTIVE})$`, 'i');
const COLLECTIVE_A_WORD_LATER = new RegExp(`^\\s+[\\p{Ll}-]+\\s+(?:${COLLECTIVE})\\b`, 'u');
const INDEFINITE_BEFORE = /(?:^|[.;:]\s+|\s)[Aa]n?\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}'’-]+\s*,\s*$/u;
const APPOSITIVE_BEFORE = new RegExp(String.raw`(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ne|[Aa]\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|[Aa]nother)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)\s+\p{Lu}[\p{Ll}'’-]+(?:\s*,\s*\d{1,3})?|\b\d{1,3}-year-old\s+\p{Lu}[\p{Ll}'’-]+)\s*,\s*${APPOSITIVE_HEDGE}$`, 'u');

// (not "was detained and was not injured")
const CAPTURED_WOUNDED = /^\s*(?:\S+\s+){0,2}?(?:with|after\s+suffering|suffering\s+from)\s+(?:\S+\s+)?(?:gunshot\s+|bullet\s+|stab\s+)?(?:wounds?|injuries)\b|^\s*(?:(?!not\b|never\b|un)\S+\s+){0,3}?(?:wounded|injured)\b/i;
const CALL_TO_ACT_BEFORE = /\b(?:investigate|investigating|probe|probing|condemn|condemned|condemning|denounce|denounced|end|stop|prevent|halt|punish|prosecute|document|documenting|over|about|for)\s+(?:the\s+)?$/i;
const BARE_PREDICATE = /^\s+(?:were|are)\s+(?:all\s+)?/i;
const GENERIC_CONDITION = /(?:^\W*|[“"]\s*)(?:When|Whenever|If|Each\s+time|Every\s+time)\s[^,.;]*?\b(?:kills|kill|dies|die|wounds|injures|maims)\b/;
const WHENEVER = /\b(?:whenever|each\s+time|every\s+time)\s[^,.;]*?\b(?:kills|kill|dies|die|is\s+killed|are\s+killed|is\s+injured|are\s+injured|is\s+shot|are\s+shot|wounds|injures)\b/i;
// "Indepaz defines a massacre as the killing of three or more people", "a mass shooting is
// defined as four or more people shot": a definition's threshold counts no one
const DEFINITION = /\bdefines\s+(?:an?|the\s+term)\s+(?:\S+\s+){0,3}?as\b|\b(?:is|are)\s+defined\s+as\b|\b(?:its|the)\s+definition\s+of\s+an?\b/i;
const NO_FIGURE_GIVEN = /^\s+(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|would\s+not|wouldn['’]t|declined\s+to|refused\s+to)\s+(?:give|provide|say|specify|disclose|release|confirm)\b/i;
const NO_REPORT_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:reports?|word|information|details|confirmation|figures?|estimates?|claims?|news|indication|sign)\s+(?:of|on|about|as\s+to)\b/iu;
const SPEAKS_AFTER = /^\s*(?:(?:also|later|earlier|then|had|has|have)\s+)?(?:said|says|told|added|stated|reported|confirmed|announced)\b/i;
const PARTITIVE_PREDICATE = /^\s+of\s+(?:the\s+(?:dead|victims|wounded|injured|killed|casualties|fatalities)|those\s+(?:killed|wounded|injured|hurt|who\s+died)|them)\s+(?:were|are)\s+(?:all\s+)?/i;

/** A second claim on the same figure, for another category ("wounding and abducting 14"). */
function twinOf(c: Candidate, category: Category, tag: string): Candidate {
  return Object.assign(newCandidate(c.sentence, c.quantity), { subject: c.subject, category, harm: c.harm, tags: [...c.tags, tag] });
}

/** Figures of one sentence (the caller decides whether the sentence is worth reading). */
export function proposeForSentence(sentence: Sentence): Candidate[] {
  if (FURNITURE_LINE.test(sentence.text)) return []; // "More: '...' 3 bodies found in ..." links elsewhere
  // "When one of us kills a soldier, our brothers have killed thousands": a general condition
  // in the present tense tells of no event
  if (GENERIC_CONDITION.test(sentence.text) || DEFINITION.test(sentence.text)) return [];
  const text = sentence.text;
  const figures = findQuantities(text);
  // implicit victims only where no counting figure already covers the words (an age inside
  // "his 66-year-old wife" does not count)
  const rules = new Map(figures.map((f) => [f, nonCasualtyRule(text, f)]));
  const counting = figures.filter((f) => !rules.get(f));
  const implicit = findImplicit(text).filter((q) => !counting.some((f) => f.start < q.end && q.start < f.end + 1));
  const quantities = [...figures, ...implicit].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  const predicates = new Map<Candidate, NonNullable<Candidate['subject']>>();
  // "... has been notified, as is standard whenever a person dies following police contact": the
  // figures of a general condition inside the sentence tell of no event
  const whenever = /whenever/i.test(text) ? WHENEVER.exec(text) : null;
  for (const q of quantities) {
    const c = newCandidate(sentence, q);
    out.push(c);
    const rule = rules.has(q) ? rules.get(q)! : nonCasualtyRule(text, q);
    if (rule) { c.dropped = rule; continue; }
    if (whenever && q.start > whenever.index) { c.dropped = 'not.generic-condition'; continue; }
    if (q.kind === 'implicit') {
      const pronoun = /^(?:he|she|him|her|his|himself|herself)$/i.test(q.text);
      const name = (/^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2}$/u.test(q.text) || (/^\p{Lu}\p{Ll}\S*$/u.test(q.text) && /^\s+and\s+(?:his|her|(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens)\s+(?:other|others|more)\b)/.test(text.slice(q.end))))
        && !/^(?:The|His|Her|Their|That|This|He|She)\b/.test(q.text);
      if (name) {
        // a named person is one specific person, not a general figure
        c.subject = { text: q.text, start: q.start, end: q.end, group: 'unspecified', noun: 'person' };
        c.tags.push('subject.name');
        continue;
      }
      const noun = pronoun ? null : findSubject(text, q.start + q.text.search(/\s/) + 1, 'words');
      c.subject = pronoun ? { text: q.text, start: q.start, end: q.end, group: 'people', noun: 'person' }
        : noun && noun !== 'non-person' && noun.noun === 'person' ? { ...noun, text: text.slice(noun.start, q.end), end: q.end } : null;
      // (a noun the lexicon lacks, shot or hit in a part of the body: "The drummer of the band was
      // hit in the shoulder")
      if (!c.subject && !pronoun && hitInBodyPart(text.slice(q.end, q.end + 120))) {
        const head = q.text.replace(/^\S+\s+/, '');
        c.subject = { text: head, start: q.end - head.length, end: q.end, group: 'people', noun: 'person' };
      }
      if (!c.subject) c.dropped = 'not.implicit-without-person';
      else if (/,\s*$/.test(text.slice(0, q.start)) && SPEAKS_AFTER.test(text.slice(q.end))) c.dropped = 'not.speaker'; // "..., the governor said"
      // "He did not give a number for the injured": the speaker withholds a figure; no one is counted
      else if (pronoun && NO_FIGURE_GIVEN.test(text.slice(q.end))) c.dropped = 'not.speaker'
      else c.tags.push('subject.implicit');
      // ("One of the hostages, the pharmacy's owner, was also killed": a definite appositive too)
      if (c.subject && !c.dropped && /^the\s/i.test(q.text) && ONE_OF_THE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) && /^\s*,/.test(text.slice(q.end))) c.tags.push('figure.appositive');
      continue;
    }
    const subject = findSubject(text, q.end, q.kind);
    // "Two witnesses said ...", "a district official said": the figure counts the speakers
    // ("50 injuries reported", "3 deaths confirmed": a harm noun does not speak)
    // ("a man who they say stabbed his neighbor": the speakers are inside the relative clause)
    if (subject && subject !== 'non-person' && subject.noun !== 'harm' && subject.noun !== 'attack' && /^\s*(?:(?!(?:were|was|are|is|had|have|has|been)\b)[^\s,;]+\s+){0,4}?(?:said|says|say|told|reported|added|stated|confirmed)\b/i.test(text.slice(subject.end))
      && !/^\s*(?:who|that|whom)\s+(?:they|police|officers|authorities|investigators|witnesses|prosecutors|he|she|it)\s/i.test(text.slice(subject.end))) { c.dropped = 'not.speaker'; continue; }
    if (subject === 'non-person') { c.dropped = 'not.non-person-noun'; continue; }
    c.subject = subject;
    // "Nine of the dead were soldiers": the predicate names who was counted (set once the harm
    // word, "the dead", has been read; "were foreigners" tells a nationality, not a role)
    // ("..., while seven were soldiers": a bare number whose predicate names the group)
    const predicate = PARTITIVE_PREDICATE.exec(text.slice(q.end)) ?? (!subject && (q.kind === 'digits' || q.kind === 'words') ? BARE_PREDICATE.exec(text.slice(q.end)) : null);
    if (predicate) {
      const named = findSubject(text, q.end + predicate[0].length - 1, 'words');
      if (named && named !== 'non-person' && named.noun === 'person' && !['people', 'unspecified', 'foreigners'].includes(named.group)) predicates.set(c, named);
    }
    // "A father and son were shot dead", "a man and woman": one article for two people
    if (subject && subject.noun === 'person' && q.kind === 'article' && /^an?$/i.test(q.text)) {
      const after = text.slice(subject.end);
      const two = /^\s+and\s+(\p{L}+\s+\p{L}+)\b/u.exec(after);
      const one = /^\s+and\s+(\p{L}+)\b/u.exec(after);
      const nouns = lexicon().singularNounSet;
      const pair = two && nouns.has(two[1].toLowerCase().replace(/\s+/g, ' ')) ? two : one && nouns.has(one[1].toLowerCase()) ? one : null;
      if (pair && !/^\s*(?:['’]s|of)\b/.test(text.slice(subject.end + pair[0].length))) {
        c.quantity = { ...q, low: 2, best: 2, high: 2 };
        c.subject = { ...subject, text: text.slice(subject.start, subject.end + pair[0].length), end: subject.end + pair[0].length, group: 'people' };
        c.tags.push('figure.article-pair');
      }
    }
    // "The suspect, a 46-year-old man, was ...", "Marcus Reed, a father of two, died" ("a woman who
    // sold fruit nearby,", "a man in his 50s,"; or closing the sentence, "Dead is Rohan Maharaj, 52,
    // a taxi driver of Preysal."): an
    // appositive describes the person just named; it is no one new (a list goes on with "and").
    // count-people makes it a repeat of that mention when both tell the same harm.
    if (q.kind === 'article' && /^an?$/i.test(q.text) && subject?.noun === 'person' && APPOSITIVE_BEFORE.test(text.slice(Math.max(0, q.start - 80), q.start))
      && /^(?:\s+(?:of|from|who|that|with|in\s+(?:his|her|their))\s+[^,;.]{1,60}?)?\s*(?:,(?!\s*(?:and|or|as\s+well\s+as|while|but)\b)|[.;]?\s*$)/i.test(text.slice(subject.end))) c.tags.push('figure.appositive');
    // (after one person told with an article too, when the closing comma hands over to the verb: "A
    // 34-year-old woman, a teacher at a primary school in Witu, sustained a gunshot wound"; not a
    // list, "A soldier, a policeman, two civilians")
    if (q.kind === 'article' && /^an?$/i.test(q.text) && subject?.noun === 'person' && INDEFINITE_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))
      && /^(?:\s+(?:of|from|who|that|with|at|in|on|for)\s+[^,;.]{1,60}?)?\s*,\s+(?!(?:and|or|but|while|as|an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)\p{Ll}+/u.test(text.slice(subject.end))) c.tags.push('figure.appositive');
    // (and a second description joined to it: "Ngozi, a mother of three and a petty trader, was")
    const prevFigure = out.slice(0, -1).reverse().find((o) => o.quantity.kind === 'article');
    if (q.kind === 'article' && /^an?$/i.test(q.text) && subject?.noun === 'person' && prevFigure?.tags.includes('figure.appositive') && prevFigure.sentence === c.sentence
      && /^[^,;.]*\band\s+$/.test(text.slice(prevFigure.quantity.end, q.start)) && /^[^,;.]{0,60},/.test(text.slice(subject.end))) c.tags.push('figure.appositive');
    if (subject) c.tags.push(`subject.${subject.noun}`);
    // "killing one man and injuring another": "another" right after a harm verb stands for a person
    // (and an ordinal: "killing two people and wounding a third")
    // ("and a third exploded": after "and" alone an ordinal may count anything)
    const anotherAfterVerb = q.kind === 'article' && !subject && (/^another$/i.test(q.text) ? /\b(?:killing|killed|injuring|injured|wounding|wounded|and)\s+$/i.test(text.slice(0, q.start))
      : /^an?\s+(?:second|third|fourth|fifth|sixth)$/i.test(q.text) && /\b(?:killing|killed|injuring|injured|wounding|wounded)\s+$/i.test(text.slice(0, q.start)));
    if (anotherAfterVerb) { c.subject = { text: q.text, start: q.start, end: q.end, group: 'people', noun: 'person' }; continue; }
    // "Two people died and a third was injured": an ordinal with no noun before a verb is one more person
    const ordinalAlone = q.kind === 'article' && /^(?:an?\s+\p{L}+|another)$/iu.test(q.text) && !subject
      && (/^\s+(?:(?:was|were|is|has|had|later|also|reportedly)\s+)*(?:killed|died|dead|wounded|injured|hurt|was|were|is|has|had|succumbed|remains|remained)\b/i.test(text.slice(q.end))
        // (or an aside of harm before the verb: "a second, wounded in the leg, was captured")
        || /^\s*,\s*(?:(?:critically|seriously|badly|slightly|also)\s+)?(?:wounded|injured|hurt|shot)\b[^,;.]{0,50},\s+(?:was|were|is|had|has)\b/i.test(text.slice(q.end)));
    if (ordinalAlone) { c.subject = { text: q.text, start: q.start, end: q.end, group: 'people', noun: 'person' }; continue; }
    // "two soldiers in an escort vehicle", "a police car": a person noun before a thing's noun
    // names the thing; the article counts no one (and bounds no other figure's reach)
    // ("an air ambulance crew": an article before a collective names a group, not one person)
    // (not "a member of the vigilante group", one person of it)
    if (q.kind === 'article' && subject?.noun === 'person' && COLLECTIVE_AT_END.test(subject.text) && !/^(?:member|members)\s+of\b/i.test(subject.text)) { c.dropped = 'not.article-collective'; continue; }
    // ("a civilian auxiliary force": a person noun modifying a collective a word later)
    if (q.kind === 'article' && subject?.noun === 'person' && COLLECTIVE_A_WORD_LATER.test(text.slice(subject.end))) { c.dropped = 'not.article-collective'; continue; }
    if (q.kind === 'article' && subject?.noun === 'person') {
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(subject.end));
      if (next && lexicon().nonPersonNouns.has(next[1].toLowerCase())) { c.dropped = 'not.noun-modifier'; continue; }
    }
    if ((q.kind === 'article' || (q.kind === 'zero' && /^no$/i.test(q.text))) && (!subject || subject.noun === 'unknown' || subject.noun === 'attack' || (q.kind === 'article' && subject.noun !== 'person' && !/^(?:body|corpse)$/i.test(subject.text)))) {
      c.dropped = 'not.article-without-person';
      continue;
    }
    // "called on the government to investigate numerous killings": a vague number of events as
    // the object of a call to act is a grievance, not a count of this incident's dead
    if (q.kind === 'vague' && subject && subject.noun === 'harm' && /\b(?:killings|murders|abductions|disappearances|kidnappings|executions)$/i.test(subject.text)
      && CALL_TO_ACT_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) { c.dropped = 'not.grievance'; continue; }
    // "no official reports of casualties" reports nothing, it is no zero; nor is "none of the
    // killings" / "none of the dead" (a statement about people already counted or about events)
    if (q.kind === 'zero' && NO_REPORT_AFTER.test(text.slice(q.end))) { c.dropped = 'not.zero-no-report'; continue; }
    if (q.kind === 'zero' && /^none$/i.test(q.text) && /^\s+of\s+(?:the|these|those|his|her|their)\s+(?:\S+\s+)?(?:killings?|deaths?|dead|attacks?|victims|casualties|wounded|injured|injuries|wounds|bodies|murders?|shootings?)\b/i.test(text.slice(q.end))) { c.dropped = 'not.zero-of-counted'; continue; }
    // "no one else" has no group; "none of the passengers" keeps its noun
    if (q.kind === 'zero' && subject?.noun === 'person' && /^(?:no\s+one|nobody|no-one)$/i.test(q.text)) c.subject = null;
    if (q.kind === 'zero' && /^none$/i.test(q.text) && subject && !/^\s+of\b/i.test(text.slice(q.end))) c.subject = null;
  }
  const live = out.filter((c) => !c.dropped);
  // every figure in the text bounds a harm word's reach, even one that counts no one ("fired one shot")
  // (ages, dates, times and model numbers are modifiers of the phrase, not other counts: only
  // figures that count other things bound it)
  const countsOtherThings = /^not\.(?:non-person-noun|gunshot-noun)$/;
  // (implicit mentions and "both" are named people inside a phrase, not competing counts)
  // (nor is an appositive, which describes the person just named: "One of the wounded, a porter, died")
  // (nor is a distance or a span of time: "was found around 300 yards away with a knife wound")
  const measure = (c: Candidate) => MEASURE_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 16));
  // (nor the bullets that hit the person: "was hit by several bullets and died at the scene")
  const hitBy = (c: Candidate) => HIT_BY_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start)) && /^\s+(?:bullets|pellets|rounds|shots|blows|stab\s+wounds)\b/i.test(text.slice(c.quantity.end, c.quantity.end + 16));
  const starts = out.filter((c) => c.quantity.kind !== 'implicit' && !/^both$/i.test(c.quantity.text) && !c.tags.includes('figure.appositive') && (!c.dropped || (countsOtherThings.test(c.dropped) && c.quantity.kind !== 'article' && !measure(c) && !hitBy(c)))).map((c) => c.quantity.start);
  for (const c of live) {
    const found = classifyHarm(text, c, starts.filter((s) => s !== c.quantity.start));
    if (!found) continue;
    // "police seized two handguns", "captured 3 tanks": these verbs take things as often as people
    if (/^(?:seized|seizing|captured|capturing)$/i.test(found.harm.text) && c.subject?.noun !== 'person' && !/\b(?:hostages?|captives?|detainees?|abductees?|prisoners?)$/i.test(c.subject?.text ?? '')) { c.dropped = 'not.seized-object'; continue; }
    // ("the loss of 3 soldiers" is their death; "the loss of 300 jobs" is not)
    if (/^(?:the\s+)?loss\s+of$/i.test(found.harm.text) && c.subject?.noun !== 'person') { c.dropped = 'not.lost-object'; continue; }
    c.category = found.category;
    c.harm = found.harm;
    c.isUpdate = found.isUpdate;
    if (found.isUpdate) c.tags.push('update.toll'); // ("taking the toll to three": totals see the update)
    c.tags.push(found.tag);
    if (found.note) c.notes.push(found.note);
    if (found.alsoCategory) {
      out.splice(out.indexOf(c), 0, twinOf(c, found.alsoCategory, 'harm.shared-figure')); // before the figure's own claim: parts that follow attach to that one
    }
    // "a third was captured with gunshot wounds": arrested, and wounded too
    else if (found.category === 'arrested' && CAPTURED_WOUNDED.test(text.slice(found.harm.end, found.harm.end + 60))) {
      out.splice(out.indexOf(c) + 1, 0, twinOf(c, 'wounded', 'harm.arrested-wounded'));
    }
  }
  for (const [c, named] of predicates) {
    c.subject = named;
    c.tags.push('subject.predicate');
  }
  // "No injuries or deaths were reported": one zero for each harm noun of the list
  for (const c of [...live]) {
    if (c.quantity.kind !== 'zero' || c.subject?.noun !== 'harm' || !c.category) continue;
    const more = /^\s+(?:or|and|nor)\s+(?:any\s+)?(deaths|fatalities|injuries|injured|casualties|wounded|dead)\b/i.exec(text.slice(c.subject.end));
    if (!more) continue;
    const category = /death|fatal|dead/i.test(more[1]) ? 'killed' : /injur|wound/i.test(more[1]) ? 'wounded' : 'casualties';
    if (category === c.category) continue;
    out.push(twinOf(c, category, 'harm.zero-list'));
  }
  return out.sort((a, b) => a.quantity.start - b.quantity.start); // claims in text order (stable)
}

// A sentence without a harm word is still read when a harm sentence is close: the one before
// gives the total of "nine of them were foreigners", the ones before name who "he" is.
const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 1;

export function proposeClaims(ctx: DocContext): void {
  const prefilter = harmPrefilter();
  // (a row of a table whose column names a harm has no harm word of its own: "2 May | Bombing | 5 | 3 |")
  const harmful = ctx.sentences.map((s) => prefilter.test(s.text) || inHarmTable(ctx, s.start, s.end));
  let nextHarm = Infinity; // index of the nearest harm sentence at or after i
  const near: boolean[] = new Array(ctx.sentences.length).fill(false);
  for (let i = ctx.sentences.length - 1; i >= 0; i--) {
    if (harmful[i]) nextHarm = i;
    near[i] = nextHarm - i <= CONTEXT_BEFORE;
  }
  let lastHarm = -Infinity;
  let links = false; // inside a list of links to other stories
  for (let i = 0; i < ctx.sentences.length; i++) {
    const text = ctx.sentences[i].text;
    if (LINKS_HEADING.test(text)) { links = true; continue; }
    if (links && (LIST_ITEM_LINE.test(text) || linkTitle(ctx, ctx.sentences[i]))) continue;
    links = false;
    if (harmful[i]) lastHarm = i;
    if (near[i] || i - lastHarm <= CONTEXT_AFTER) ctx.candidates.push(...proposeForSentence(ctx.sentences[i]));
  }
  countDefiniteAttackers(ctx);
}

/**
 * "A suicide bomber ... opening the way for three gunmen who stormed the base ... The gunmen were
 * killed by troops": a definite plural of attackers counts as many as the latest figure of that
 * noun told before, harmed or not, within a few sentences; with none, it counts no one.
 */
function countDefiniteAttackers(ctx: DocContext): void {
  const stem = (w: string) => w.toLowerCase().replace(/s$/, '').replace(/men$/, 'man');
  for (const c of ctx.candidates) {
    if (c.quantity.kind !== 'implicit' || c.quantity.best !== null) continue;
    const head = stem(c.quantity.text.split(/\s+/).pop()!);
    const told = [...ctx.candidates].reverse().find((o) => o !== c && o.sentence.index < c.sentence.index && c.sentence.index - o.sentence.index <= 4
      && (o.quantity.kind === 'digits' || o.quantity.kind === 'words') && (o.quantity.best ?? 0) >= 2 && !!o.subject && stem(o.subject.text.split(/\s+/).pop() ?? '') === head);
    if (!told || c.dropped) { c.dropped ??= 'not.definite-plural-uncounted'; continue; }
    c.quantity = { ...c.quantity, low: told.quantity.low, best: told.quantity.best, high: told.quantity.high };
    c.tags.push('figure.definite-plural');
    // (told beside another attacker already harmed, "A suicide bomber drove into the gate, opening
    // the way for three gunmen": more attackers, not that one told again)
    if (ctx.candidates.some((o) => o.sentence === told.sentence && o.quantity.start < told.quantity.start && !o.dropped && !!o.category && o.subject?.group === 'perpetrators' && stem(o.subject.text.split(/\s+/).pop()!) !== head)) c.tags.push('relate.sequel');
  }
}

// "Related Stories:" followed by bare titles ("3 hurt, 1 critically, in shooting outside east side
// bar"): a whole line without closing punctuation is one more link
function linkTitle(ctx: DocContext, s: Sentence): boolean {
  const before = ctx.text[s.start - 1];
  const after = ctx.text.slice(s.end).match(/^[ \t]*(\n|$)/);
  return (s.start === 0 || before === '\n') && !!after && s.text.length < 150 && !/[.!?"”’]\s*$/.test(s.text);
}

/** After relations are known: a figure with no harm word is not a claim. */
export function dropUnclassified(ctx: DocContext): void {
  for (const c of ctx.candidates) {
    if (c.dropped || c.category) continue;
    c.dropped = 'not.no-harm-word';
  }
  // zero figures only count for people: "no one", "no casualties"
  for (const c of ctx.candidates) {
    if (!c.dropped && c.quantity.kind === 'zero' && c.category === 'attacks') c.dropped = 'not.zero-attacks';
    if (!c.dropped && c.quantity.kind === 'article' && c.category === 'attacks') c.dropped = 'not.article-attack';
  }
}
