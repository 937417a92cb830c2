// Refiner: people, not mentions. Single people are tracked through the document: "A man was shot
// on Main Street. ... The man died at the hospital" is one person, killed (the wounded mention is
// superseded); "the victim" named again in another sentence is not a second victim; "he" refers
// to the last person mentioned and takes their group (an attacker stays a perpetrator).
import { lexicon } from '../lexicon.js';
import type { Candidate, DocContext } from '../types.js';
import { linkMentionsToTotals } from './link-mentions-to-totals.js';
import { BY_POLICE } from './identify-attackers.js';
import { APPOSITIVE_HEDGE } from '../text-utils.js';

interface Person {
  head: string; group: string;
  /** The common noun the person was first told by, kept once a name replaces the head ("a woman" ... "Ann Lee"). */
  noun?: string; last: Candidate | null; gender?: 'f' | 'm' | null; named?: boolean; agent?: boolean;
  /** The latest mention, with or without a harm (for the subject-parallel pronoun rule). */
  seen?: Candidate;
  /** The full name once given ("Megan Purcell"): another full name of the same surname is someone else. */
  fullName?: string;
}

// (kin compounds too: "step-brother", "half-sister", "mother-in-law")
const FEMALE = /^(?:step-?|half-)?(?:she|her|herself|woman|women|girl|mother|wife|daughter|sister|grandmother|girlfriend|policewoman|female|aunt|niece|mum|mom)(?:-in-law)?$/i;
const MALE = /^(?:step-?|half-)?(?:he|him|himself|man|men|boy|father|husband|son|brother|grandfather|boyfriend|policeman|gunman|male|uncle|nephew|dad)(?:-in-law)?$/i;
function genderOf(word: string): 'f' | 'm' | null {
  return FEMALE.test(word) ? 'f' : MALE.test(word) ? 'm' : null;
}

const shotByPolice = (c: Candidate) => !!c.harm && BY_POLICE.test(c.sentence.text.slice(c.harm.end));

const HARMED_OBJECT = /\b(?:striking|struck|hitting|hit|shooting|shot|stabbing|stabbed|wounding|wounded|injuring|injured)\s+(?:\S+\s+){0,2}$/i;
// ("A 31-year-old man ... has died ... Miles and a 28-year-old man were shot": two men)
const ageOf = (c: Candidate) => /\b(\d{1,3})-year-old\b/.exec(c.subject?.text ?? '')?.[1] ?? null;
// (or an age told after the noun phrase and a name: "The Accord's passenger, Gloria Whitfield, 71,")
const APPOSITIVE_AGE = /^\s*,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?(?:\p{Lu}[\p{L}'’-]*\s*,\s*)?(\d{1,3})\s*,/u;
const toldAge = (c: Candidate) => ageOf(c) ?? APPOSITIVE_AGE.exec(c.sentence.text.slice(c.subject?.end ?? c.quantity.end, (c.subject?.end ?? c.quantity.end) + 60))?.[1] ?? null;
const differentAges = (a: Candidate, b: Candidate) => { const x = ageOf(a); const y = ageOf(b); return x !== null && y !== null && x !== y; };
const GENERIC_HEADS = new Set(['victim', 'person', 'individual', 'deceased', 'other']);

function plurals(noun: string): string[] {
  const irregular: Record<string, string> = { man: 'men', woman: 'women', child: 'children', person: 'people', gunman: 'gunmen', policeman: 'policemen' };
  if (noun === 'child') return ['children', 'boys', 'girls', 'teens', 'teenagers', 'youths', 'kids', 'juveniles', 'child', 'people', 'victims'];
  return [irregular[noun] ?? `${noun}s`, noun, 'people', 'victims'];
}

// nouns that name the same kind of person ("A 17-year-old boy was killed ... The teen was
// pronounced dead"): one head for each set
// ("A 4-year-old boy died ... The child was rushed to hospital": a child of either sex)
const SAME_PERSON_NOUNS: Record<string, string> = { teen: 'child', teenager: 'child', youth: 'child', juvenile: 'child', boy: 'child', girl: 'child', kid: 'child', toddler: 'child', infant: 'child', gentleman: 'man', lady: 'woman', jawan: 'soldier', serviceman: 'soldier', motorist: 'driver' };
function headOf(c: Candidate): string {
  const head = wordHeadOf(c);
  return SAME_PERSON_NOUNS[head] ?? head;
}
/** The head noun as written ("girl", not the "child" it is matched as): it tells the sex. */
function wordHeadOf(c: Candidate): string {
  const words = (c.subject?.text ?? '').toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function isSingleMention(c: Candidate): boolean {
  if (c.quantity.best !== 1 || !c.subject || c.subject.noun !== 'person') return false;
  return c.quantity.kind === 'article' || c.quantity.kind === 'implicit' || (c.quantity.kind === 'words' && /^(?:(?:at\s+least\s+)?one|another)$/i.test(c.quantity.text));
}

/** "the two victims were shot": a definite plural names people already counted. */
// Coreference looks back this many sentences at most: news refers back within a few paragraphs,
// and a bound keeps very long documents linear.
const LOOKBACK_SENTENCES = 40;

/** Groups that name no kind of victim of their own: men, women, people in general. */
const KIN_HEAD = /^(?:(?:step-?|half-)?(?:father|mother|son|daughter|brother|sister)|husband|wife|uncle|aunt|grandfather|grandmother|cousin|nephew|niece|(?:father|mother|brother|sister|son|daughter)-in-law)$/;
const LATER_DEATH = /\b(?:later|since|subsequently|succumbed|overnight|next\s+day|days?\s+later|hours?\s+later|has\s+died|have\s+died|had\s+died|after\s+(?:being|he\s+was|she\s+was))\b/i;
const INSTANT_DEATH = /\b(?:died|killed|dead)\s+(?:\S+\s+){0,2}?(?:on\s+the\s+spot|at\s+the\s+scene|instantly|immediately)\b/i;
// a full name opening the clause whose verb the reflexive ends ("Mark Ellery, 33, shot his parents and then")
const DOER_NAME = /(?:^|\bsaid\s+|\bthat\s+|,\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+)(?:\s*,\s*\d{1,3}\s*,)?\s+(?:(?:fatally|then|allegedly|had)\s+)?(?:shot|killed|stabbed|strangled|attacked)\s[^.;]*$/u;
const plainGroup = (g: string) => g === 'people' || g === 'unspecified' || g === 'men' || g === 'women';

/**
 * A definite figure names people counted before: kept as a claim, counted once. When it is itself
 * a part of a later toll ("He puts the death toll at 22: 18 civilians ... and the four gunmen" after
 * "all four attackers killed"), the earlier figure is inside that toll too.
 */
function sameAsEarlier(c: Candidate, earlier: Candidate): void {
  c.tags.push('people.definite-plural-repeat');
  const toll = c.partOf;
  if (toll && toll !== earlier && !earlier.partOf && toll.harm?.how === 'toll' && (toll.quantity.best ?? 0) > (earlier.quantity.best ?? 0)) {
    earlier.partOf = toll;
    earlier.tags.push('people.inside-later-toll');
  }
  c.partOf = earlier;
}

function dropDefinitePluralRepeats(ctx: DocContext): void {
  let counted: Candidate[] = [];
  for (const c of ctx.candidates) {
    if (c.dropped || !c.category || c.category === 'attacks') continue;
    if (counted.length > 64) counted = counted.filter((p) => c.sentence.index - p.sentence.index <= LOOKBACK_SENTENCES);
    const before = c.sentence.text.slice(0, c.quantity.start);
    const definite = (c.quantity.kind === 'words' || c.quantity.kind === 'digits') && c.quantity.qualifier === 'exact' && (/\b(?:the|both|all|those|these)\s+$/i.test(before) || /^both$/i.test(c.quantity.text)) && (c.quantity.best ?? 0) > 1;
    // ("The officers responded and fatally injured three of them" after "three suspected gangsters
    // shot dead": as many of "them" killed as were just counted killed are those people)
    if (c.category === 'killed' && !c.partOf && (c.quantity.kind === 'words' || c.quantity.kind === 'digits') && c.quantity.qualifier === 'exact' && (c.quantity.best ?? 0) > 1 && /^\s+of\s+them\b/i.test(c.sentence.text.slice(c.quantity.end))) {
      const same = [...counted].reverse().find((p) => p.category === 'killed' && !p.partOf && p.quantity.best === c.quantity.best && p.scope === c.scope && c.sentence.index - p.sentence.index <= 6
        && (!c.subject || plainGroup(c.subject.group) || (c.subject.group === 'perpetrators') === (p.subject?.group === 'perpetrators')));
      if (same) { c.partOf = same; c.tags.push('people.of-them-repeat'); counted.push(c); continue; }
    }
    // "Both victims were shot ..., and both were pronounced dead": the same people, now dead
    if (definite && c.category === 'killed') {
      // (a general earlier group is compatible: "2 female police officers" read as people)
      // (not fighters after a general figure: "killing three officers and wounding two ... the two
      // slain militants" are the attackers, not the wounded)
      const fighters = (g: string | undefined) => g === 'perpetrators' || g === 'militants' || g === 'combatants';
      const sameGroup = (p: Candidate) => !c.subject || c.subject.noun !== 'person' || p.subject?.group === c.subject.group
        || (!fighters(c.subject.group) && (p.subject?.group === 'people' || p.subject?.group === 'unspecified' || !p.subject));
      const wounded = [...counted].reverse().find((p) => p.category === 'wounded' && !p.partOf && !p.supersededBy && p.quantity.best === c.quantity.best && sameGroup(p));
      // ("found the bodies of two of the hostages ... both young men": the dead just counted, not
      // the two wounded told before them)
      const deadSince = !!wounded && counted.some((p) => p.category === 'killed' && !p.partOf && p.quantity.best === c.quantity.best && ctx.candidates.indexOf(p) > ctx.candidates.indexOf(wounded));
      if (wounded && !deadSince) {
        wounded.supersededBy = c;
        wounded.notes.push('superseded: the same people are later reported dead');
        wounded.tags.push('people.died-later');
        counted.push(c);
        continue;
      }
    }
    // ("two National Guard members were wounded ... The two injured guardsmen": the same number of
    // the same harm, named by another noun, are the same people)
    // (so are men or women of the same number just after a headline's group, "Gunmen kill nine bus
    // passengers ... shot dead nine men", and attackers of the same number, "killing 26, including
    // seven of the attackers ... Seven raiders were killed"; militants too: "all 29 militants killed
    // ... all 29 attackers had been killed")
    // (and security forces under another name: "Six DRG jawans killed ... Six personnel of the
    // District Reserve Guard were killed": soldiers in one, police in the other)
    const force = c.subject?.group === 'soldiers' || c.subject?.group === 'police';
    // (and a noun we do not know, of any earlier group: "Four Iraqi soldiers were killed ... 'four heroes' had been martyred")
    // ("it left 27 of my colleagues hurt" after "Twenty-seven officers were injured": colleagues are
    // whoever the speaker works with, a group the story has already named)
    const colleagues = /\bcolleagues$/i.test(c.subject?.text ?? '');
    const unknownNoun = c.subject?.noun === 'unknown' || colleagues;
    const sameAgain = !c.partOf && (c.quantity.kind === 'words' || c.quantity.kind === 'digits') && c.quantity.qualifier === 'exact' && (c.quantity.best ?? 0) > 1
      && (c.subject?.group === 'men' || c.subject?.group === 'women' || c.subject?.group === 'perpetrators' || force || unknownNoun)
      // (not more people: "two other men", "also killed two men"; "... and another was injured" later in the sentence is someone else)
      && !/\b(?:also|another)\s+(?:\S+\s+){0,2}$/i.test(c.sentence.text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start))
      && !/^\s+(?:other|others|more|further|additional)\b/i.test(c.sentence.text.slice(c.quantity.end))
      && !/\b(?:also|other|others|more|further|additional)\b/i.test(c.sentence.text.slice(c.quantity.end, c.harm ? Math.max(c.quantity.end, c.harm.end) : c.quantity.end + 40));
    if (sameAgain) {
      const perps = c.subject?.group === 'perpetrators';
      const twin = [...counted].reverse().find((p) => p.category === c.category && p.quantity.best === c.quantity.best && p.sentence.index !== c.sentence.index
        // (a group named by a noun of its own, not a bare toll: "Gunmen kill four" stays the total the
        // later figures are weighed against)
        // (a noun we do not know is such a group too: "Two fuel carriers killed ..." over "Two Pakistani men ... were killed")
        && (unknownNoun ? !p.partOf && p.scope === c.scope && c.sentence.index - p.sentence.index <= (colleagues ? LOOKBACK_SENTENCES : 6) : perps ? p.subject?.group === 'perpetrators' || (p.subject?.group === 'militants' && !p.partOf) : !p.partOf && !!p.subject && p.subject.group !== 'perpetrators' && (!plainGroup(p.subject.group) || p.subject.noun === 'unknown')
          && (!force || ((p.subject.group === 'soldiers' || p.subject.group === 'police') && p.subject.group !== c.subject?.group))
          // (only the headline's group told again in the lede)
          && p.sentence.index <= 1 && c.sentence.index - p.sentence.index <= 2));
      // (the attackers' own figure stays the one counted, with their group: the militants told
      // before are those attackers)
      if (twin && perps && twin.subject?.group === 'militants') { twin.partOf = c; twin.tags.push('people.same-number-again'); continue; }
      if (twin) { c.partOf = twin; c.tags.push('people.same-number-again'); continue; }
    }
    // ("shot two masked intruders ..., killing one of them ... One intruder ... was shot in the chest
    // and died": the one of a partitive told again by its noun is that one attacker)
    if (!c.partOf && c.subject?.group === 'perpetrators' && c.quantity.best === 1 && /^one$/i.test(c.quantity.text)) {
      const one = [...ctx.candidates].reverse().find((p) => !p.dropped && p.category === c.category && p.quantity.best === 1 && !!p.partOf && p.subject?.group === 'perpetrators' && p.tags.some((t) => t.startsWith('relate.part')) && p.sentence.index < c.sentence.index && c.sentence.index - p.sentence.index <= 4);
      if (one) { c.partOf = one; c.tags.push('people.one-of-them-again'); continue; }
    }
    if (definite && /\b(?:the|these|those)\s+$/i.test(before)) {
      // (men or women may be the attackers counted before: "Three suspects were killed ... the three
      // men shot dead were members of the cell")
      const twin = [...counted].reverse().find((p) => p.category === c.category && !p.partOf && p.quantity.best === c.quantity.best && p.scope === c.scope
        && ((p.subject?.group === 'perpetrators') === (c.subject?.group === 'perpetrators') || (!!c.subject && plainGroup(c.subject.group))));
      if (twin && twin.subject?.group !== c.subject?.group) { sameAsEarlier(c, twin); continue; }
    }
    // ("'neutralised' six of them ... A military source told AFP all six were killed": a bare
    // definite number is the figure of that number just told, whoever they were)
    if (definite && !c.subject) {
      const twin = [...counted].reverse().find((p) => p.category === c.category && !p.partOf && p.quantity.best === c.quantity.best && p.scope === c.scope && c.sentence.index - p.sentence.index <= 2);
      if (twin) { sameAsEarlier(c, twin); continue; }
    }
    if (definite) {
      const group = c.subject?.group;
      // ("Both men died": men and women are any victims, a judge and his driver as well)
      const compatible = (p: Candidate) => (!group || plainGroup(group)) && p.subject?.group !== 'perpetrators' || p.subject?.group === group || ((p.subject?.group === 'people' || !p.subject) && group !== 'perpetrators');
      // (the killed and the wounded together are "the victims"; "both suspects were arrested" after
      // "two robbers were wounded" is new information about them, kept as its own claim)
      const harmed = (k: string | null) => k === 'killed' || k === 'wounded';
      const sameHarm = (p: Candidate) => p.category === c.category || (harmed(p.category) && harmed(c.category));
      // (a definite singular mention is most often someone already counted: "A suicide bomber ... the
      // figure did not include the bomber and the two gunmen" are one person and two more)
      // (unless joined to a figure of its own sentence: "Seven security personnel and the civilian
      // driver of their vehicle were killed ... All eight occupants died")
      const joinedToFigure = (p: Candidate) => counted.some((o) => o !== p && o.sentence === p.sentence && o.quantity.end <= p.quantity.start && /^\s*(?:\S+\s+){0,3}?and\s+$/i.test(p.sentence.text.slice(o.subject?.end ?? o.quantity.end, p.quantity.start)));
      const earlier = counted.filter((p) => sameHarm(p) && !p.partOf && p.scope === c.scope && compatible(p) && !(p.quantity.kind === 'implicit' && /^the\s/i.test(p.quantity.text) && !joinedToFigure(p))).reduce((a, p) => a + (p.quantity.best ?? 0), 0);
      if (earlier >= (c.quantity.best ?? 0)) {
        // the same people named again: kept as a claim, counted once (part_of the earlier figure)
        const same = [...counted].reverse().find((p) => p.category === c.category && !p.partOf && compatible(p) && (p.quantity.best ?? 0) >= (c.quantity.best ?? 0));
        if (same) sameAsEarlier(c, same);
        else {
          c.dropped = 'people.definite-plural-repeat';
          // ("The bus driver and two passengers were wounded ... The three wounded men were taken to
          // hospital; one of them, the driver, was in a serious condition": the parts of the people
          // told again are among the people already counted, not more)
          const anchor = counted.filter((p) => p.category === c.category && !p.partOf && p.scope === c.scope && compatible(p)).sort((a, b) => (b.quantity.best ?? 0) - (a.quantity.best ?? 0))[0];
          if (anchor) for (const part of ctx.candidates) if (part.partOf === c && !part.dropped) { part.partOf = anchor; part.tags.push('people.part-of-repeat'); }
        }
        continue;
      }
    }
    counted.push(c);
  }
}

// a sentence about a suspect: the name in it is not the victim's
const SUSPECT_SENTENCE = /\b(?:charged|arrested|suspect|suspected|accused|booked|custody|wanted|sought|arraigned|indicted|convicted|sentenced|pleaded)\b/i;
const SURVIVED = /\b(?:survive[sd]?|stable|recover(?:ing|ed)?|non-life-threatening|not\s+life-threatening|treated\s+and\s+released|(?:since\s+)?been\s+(?:released|discharged)|out\s+of\s+danger|(?:critical|serious|fair|good)\s+condition)\b/i;
/** Whether a named mention with no harm of its own (or shot, outcome not stated) names an earlier victim. */
const surnameOf = (fullName: string) => fullName.trim().split(/\s+/).pop()!.toLowerCase();

function namesTheVictim(c: Candidate, earlier: Candidate): boolean {
  if (earlier.category !== 'killed' && earlier.category !== 'wounded') return false;
  if (SUSPECT_SENTENCE.test(c.sentence.text)) return false;
  if (!c.category) return true;
  // ("A man shot his wife ... Rachel Dunn, 39, died at the scene": the death is the outcome of a
  // shooting whose outcome was not told)
  if (c.category === 'killed' && earlier.category === 'wounded' && earlier.notes.some((n) => n.startsWith('outcome not stated'))) return true;
  // (unless the sentence tells the outcome after all: "was shot in the arm and is expected to survive")
  // (or found hurt: "An inquest heard a man who was stabbed ... died ... Jordan Akinola, 27, was found
  // injured on Narborough Road")
  return c.category === 'wounded' && earlier.category === 'killed' && (c.notes.some((n) => n.startsWith('outcome not stated')) || /^[^.;]{0,60}?\bfound\s+(?:injured|wounded|unresponsive|with\s+(?:\S+\s+){0,2}?(?:wounds?|injuries))\b/i.test(c.sentence.text.slice(c.quantity.end)))
    && !SURVIVED.test(c.sentence.text.slice(c.quantity.end));
}

/** Shot or stabbed, outcome not told, after that person's death was reported: the wound that killed. */
function woundOfTheDead(c: Candidate, earlier: Candidate): boolean {
  // ("A man was shot dead ... A 24-year-old man was found with a gunshot wound to his chest")
  return earlier.category === 'killed' && c.category === 'wounded' && (c.notes.some((n) => n.startsWith('outcome not stated')) || c.tags.includes('harm.sustained-injury'))
    && !SURVIVED.test(c.sentence.text.slice(c.quantity.end));
}

// between the head and its appositive: a comma, after a relative clause or before a hedge
// (or after the head's age: "Rohan Maharaj, 52, a taxi driver")
const AFTER_HEAD = new RegExp(String.raw`^(?:\s*,\s*\d{1,3})?(?:\s+(?:who|that)\s+[^,;.]{1,60}?)?\s*,\s*${APPOSITIVE_HEDGE}$`, 'i');
/** "The suspect, a 46-year-old man, was in fair condition": the appositive is the person just named. */
function linkAppositives(ctx: DocContext): void {
  ctx.candidates.forEach((c, i) => {
    if (c.dropped || !c.category || !c.tags.includes('figure.appositive')) return;
    // (the nearest live figure before it in its sentence; the walk back stops at the sentence)
    let head: Candidate | undefined;
    for (let j = i - 1; j >= 0 && ctx.candidates[j].sentence === c.sentence && !head; j--) {
      const h = ctx.candidates[j];
      if (!h.dropped && h.quantity.end <= c.quantity.start) head = h;
    }
    // (a relative clause may close the head: "The officer who died, a father of two,")
    if (!head || !AFTER_HEAD.test(c.sentence.text.slice(head.subject?.end ?? head.quantity.end, c.quantity.start))) return;
    // ("The guard who died, a father of four, had been shot": the wound of a person who died)
    if (head.category === 'killed' && c.category === 'wounded') {
      c.supersededBy = head;
      c.notes.push('superseded: the same person is reported dead');
      c.tags.push('people.appositive');
      return;
    }
    if (head.category !== c.category) return;
    // ("One of the injured, a 67-year-old woman, died": the head is a part of another category's
    // figure; the appositive is the head, not one more of the injured who died)
    c.partOf = head.partOf && head.partOf.category === c.category ? head.partOf : head;
    c.tags.push('people.appositive');
  });
}

const OF_THE = /\s+of\s+the\s+/iy; // sticky: tested right after the figure, no slice
/** "Two Israelis were stabbed ... One of the Israelis was seriously wounded": a part of the earlier figure. */
function linkPartitivesToEarlier(ctx: DocContext): void {
  const live = ctx.candidates.filter((c) => !c.dropped && c.category && c.category !== 'attacks');
  live.forEach((c, i) => {
    if (c.partOf || !c.subject || c.quantity.kind === 'zero') return;
    OF_THE.lastIndex = c.quantity.end;
    if (!OF_THE.test(c.sentence.text)) return;
    const noun = c.subject.text.toLowerCase();
    // (walking back from it, no further than the lookback: long documents stay linear)
    let whole: Candidate | undefined;
    for (let j = i - 1; j >= 0 && c.sentence.index - live[j].sentence.index <= LOOKBACK_SENTENCES && !whole; j--) {
      const o = live[j];
      if (o.sentence.index < c.sentence.index && !o.partOf && o.subject && o.subject.text.toLowerCase().endsWith(noun) && (o.quantity.best ?? 0) >= (c.quantity.best ?? 0)) whole = o;
    }
    if (!whole) return;
    c.partOf = whole;
    c.tags.push('people.partitive-of-earlier');
  });
}

// between a subject and the object pronoun of its verb: no clause boundary ("was hurt when the
// man shot him": "him" may be the one hurt, not the man)
const SAME_CLAUSE_GAP = /^\s+(?:(?!(?:and|but|when|while|after|before|as|because|then|who|that|until|so)\b)[^\s,;:.]+\s+){1,4}$/i;
function isOwnClauseSubject(subject: Candidate, object: Candidate): boolean {
  if (subject.sentence !== object.sentence || subject.quantity.end > object.quantity.start) return false;
  // "her" before a noun is a possessive ("shot her husband"), which may be the subject's own
  const text = object.sentence.text;
  if (/^her$/i.test(object.quantity.text) && /^\s+(?!(?:in|on|at|with|to|and|dead|once|twice|again|several|multiple|repeatedly)\b)\p{L}/iu.test(text.slice(object.quantity.end))) return false;
  if (!/^(?:him|her)$/i.test(object.quantity.text)) return false;
  const subjectEnd = subject.subject?.end ?? subject.quantity.end;
  // ("a deputy shot and killed him": two verbs of one subject are one clause)
  return SAME_CLAUSE_GAP.test(text.slice(subjectEnd, object.quantity.start).replace(/(?<=\p{L})\s+and\s+(?=\p{L}+ed\s+$)/u, ' '));
}

// "Victim 1: a 34-year-old male ... Victim 4: a 51-year-old male": people numbered one by one in a
// release are distinct people (the totals add them)
const NUMBERED_PERSON = /^\s*(?:Victim|Casualty|Patient|Person|Deceased|Injured)\s*(?:#\s*|No\.?\s*)?\d{1,2}\s*[:.–—-]/i;

export function countPeople(ctx: DocContext): void {
  for (const c of ctx.candidates) if (!c.dropped && NUMBERED_PERSON.test(c.sentence.text) && c.quantity.best === 1) c.tags.push('people.numbered');
  linkPartitivesToEarlier(ctx);
  linkAppositives(ctx);
  dropDefinitePluralRepeats(ctx);
  linkMentionsToTotals(ctx);
  const singular = lexicon().singularHeads;
  let people: Person[] = [];
  const recentPlurals: Candidate[] = [];
  const recentKilled: Candidate[] = [];
  for (const c of ctx.candidates) {
    if (people.length > 64) people = people.filter((p) => !p.last || c.sentence.index - p.last.sentence.index <= LOOKBACK_SENTENCES);
    if (!c.dropped && c.category === 'killed' && !c.partOf) {
      recentKilled.push(c);
      while (recentKilled.length && c.sentence.index - recentKilled[0].sentence.index > LOOKBACK_SENTENCES) recentKilled.shift();
    }
    if (!c.dropped && c.category && c.category !== 'attacks' && (c.quantity.best ?? 0) > 1 && !c.partOf) {
      recentPlurals.push(c);
      while (recentPlurals.length && c.sentence.index - recentPlurals[0].sentence.index > LOOKBACK_SENTENCES) recentPlurals.shift();
    }
    if (c.dropped && c.dropped !== 'not.no-harm-word') continue;
    if (!isSingleMention(c)) continue;
    const head = headOf(c);
    const pronoun = /^(?:he|she|him|her|his|himself|herself)$/i.test(c.quantity.text);
    const named = c.tags.includes('subject.name');
    // ("A man who was shot ... The 34-year-old was hit once in the shoulder": a person told by an age
    // alone is someone already told of, by that age or, with no age told, the last one harmed)
    const bareAge = c.quantity.kind === 'implicit' && /^the\s+\d{1,3}-year-old$/i.test(c.quantity.text) ? /\d+/.exec(c.quantity.text)![0] : null;
    if (!pronoun && !named && !bareAge && !singular.has(head)) continue;
    // a person named as a part ("The mayor was among those killed") is already counted in its
    // total, but is still who a following "He" refers to
    if (c.partOf) {
      // ("A suicide bomber blew himself up ..., killing at least 41 people including the bomber": the
      // bomber told first is the one the total holds)
      const told = !pronoun && !c.dropped && c.category && c.subject!.group === 'perpetrators'
        ? people.find((p) => p.head === head && p.last && !p.last.partOf && p.last.category === c.category && p.group === 'perpetrators' && p.last.quantity.best === 1 && p.last.sentence === c.sentence) : undefined;
      if (told?.last) { told.last.partOf = c; told.last.tags.push('people.repeat-mention'); }
      if (!pronoun) people.push({ head, group: c.subject!.group, last: c, gender: genderOf(wordHeadOf(c)), named, seen: c });
      continue;
    }
    // "he killed himself": a reflexive is the doer of its own clause, a person of its own
    if (/^(?:himself|herself)$/i.test(c.quantity.text)) {
      if (c.subject) c.subject = { ...c.subject, group: 'perpetrators' };
      // ("A bomber blew himself up at the gate, killing himself": the bomber already counted)
      const doer = people.find((p) => p.group === 'perpetrators' && p.last && p.last.sentence === c.sentence && p.last.category === c.category);
      if (doer && !c.dropped && c.category) { c.partOf = doer.last; c.tags.push('people.repeat-mention'); continue; }
      // ("turning the gun on himself ... Detectives believe he shot his wife and then shot himself":
      // the shot, outcome not told, of a killer already told dead is that death)
      if (!c.dropped && c.category === 'wounded' && c.notes.some((n) => n.startsWith('outcome not stated')) && people.some((p) => p.group === 'perpetrators' && p.last?.category === 'killed')) { c.dropped = 'people.already-counted-killed'; continue; }
      // ("A 44-year-old man fatally shot his two children before killing himself ... The man was
      // found in the garage; he was pronounced dead": the sentence's subject, not yet harmed, is
      // the one who killed himself)
      const subjectPerson = people.find((p) => !p.last && p.seen && p.seen.sentence === c.sentence && p.seen.quantity.start < c.quantity.start
        && /^\W*(?:[^;]{0,80}?(?:—|–|--)\s*)?$/.test(c.sentence.text.slice(0, p.seen.quantity.start)));
      if (subjectPerson && !c.dropped && c.category) { subjectPerson.group = 'perpetrators'; subjectPerson.last = c; continue; }
      // (the doer named as the clause's subject is the one a later mention of that name tells of:
      // "Police said Mark Ellery, 33, shot his parents and then himself ... Mark Ellery was pronounced dead")
      const doerName = DOER_NAME.exec(c.sentence.text.slice(0, c.quantity.start));
      if (!c.dropped && c.category) people.push({ head: 'perpetrator', group: 'perpetrators', last: c, gender: genderOf(c.quantity.text), fullName: doerName?.[1] });
      continue;
    }
    const anaphor = c.quantity.kind === 'implicit';
    const perpetrator = c.subject!.group === 'perpetrators';
    let match: Person | undefined;
    const gender = genderOf(pronoun ? c.quantity.text : wordHeadOf(c));
    const fullName = named && /\s/.test(c.subject!.text) ? c.subject!.text : undefined;
    // (a person of unknown sex may be either: "she" is not "a man", but may be "the victim")
    const sameSex = (p: Person) => !gender || !p.gender || gender === p.gender;
    // "The boy was walking home when a man opened fire. He was pronounced dead": a pronoun opening
    // its sentence continues the subject that opened the sentence before, not a person named
    // later in it
    if (pronoun && c.quantity.start === 0) {
      const opener = people.find((p) => p.seen && p.seen.sentence.index === c.sentence.index - 1 && p.seen.quantity.start === 0 && !p.agent
        && sameSex(p) && !(perpetrator && p.group !== 'perpetrators'));
      // (unless the opener harmed the later one: "The homeowner fired back, striking the man in the
      // torso. He died": the one struck is who died)
      const struckByOpener = (p: Person) => !!p.seen && HARMED_OBJECT.test(p.seen.sentence.text.slice(Math.max(0, p.seen.quantity.start - 40), p.seen.quantity.start));
      const later = people.some((p) => p !== opener && p.seen && p.seen.sentence.index === c.sentence.index - 1 && p.seen.quantity.start > 0)
        && !people.some((p) => p !== opener && p.seen && p.seen.sentence.index === c.sentence.index - 1 && p.seen.quantity.start > 0 && struckByOpener(p));
      if (opener && later) match = opener;
    }
    // "He was hit in the leg and taken to a hospital; his injuries were not life-threatening": a
    // possessive whose injuries are told is the person last mentioned in its own sentence
    if (pronoun && !match && c.tags.includes('harm.possessed-injury')) {
      match = people.find((p) => p.seen && p.seen.sentence === c.sentence && p.seen.quantity.start < c.quantity.start && sameSex(p)
        && !people.some((o) => o !== p && o.seen && o.seen.sentence === c.sentence && o.seen.quantity.start > p.seen!.quantity.start && o.seen.quantity.start < c.quantity.start));
    }
    // "A village chief was killed while his driver and a fish vendor were wounded ... He sustained
    // multiple gunshot wounds and was declared dead on arrival": a pronoun told dead, with no later
    // death, is the one already dead rather than someone wounded
    if (pronoun && !match && c.category === 'killed' && !perpetrator && !LATER_DEATH.test(c.sentence.text)) {
      const dead = people.filter((p) => p.last?.category === 'killed' && p.group !== 'perpetrators' && sameSex(p));
      const wounded = people.filter((p) => p.last?.category === 'wounded' && p.group !== 'perpetrators' && sameSex(p));
      // (not when someone wounded was just told: "The driver was taken to hospital, where he was
      // pronounced dead"; "Officers found a man with stab wounds. He could not be revived")
      const woundedJustBefore = wounded.some((p) => (p.seen ?? p.last)!.sentence.index >= c.sentence.index - 1);
      if (dead.length === 1 && wounded.length && !woundedJustBefore && /^(?:he|she)$/i.test(c.quantity.text)) match = dead[0];
    }
    // ("A 15-year-old student succumbed to his injuries ... A teacher who tried to separate the boys
    // also suffered a cut ... The victim was rushed to hospital, where he died": "the victim" is the
    // story's victim, the first told dead, not the last person named)
    if (anaphor && !match && head === 'victim' && !perpetrator) {
      const first = people.find((p) => !!p.last && p.group !== 'perpetrators' && (p.last.category === 'killed' || p.last.category === 'wounded'));
      if (first?.last?.category === 'killed' && first.last.sentence.index < c.sentence.index && sameSex(first)) match = first;
    }
    if (anaphor) {
      if (bareAge && !perpetrator) {
        // (one of a group told with its ages: "Two other young men, aged 18 and 19, were taken to
        // hospital. The 19-year-old ... remains in a critical condition")
        const ageList = new RegExp(String.raw`\b(?:aged|ages)\s+(?:\d{1,3}\s*(?:,|and|&)\s*)*${bareAge}\b|,\s*(?:\d{1,3}\s*(?:,|and)\s*)+${bareAge}\s*,|,\s*${bareAge}\s*(?:,|and)\s*\d{1,3}`);
        // (the ages may come with a figure told without harm, "Two other young men, aged 18 and 19, were
        // taken to hospital": the group is the harmed figure of that size)
        const listed = [...ctx.candidates].reverse().find((p) => p.sentence.index < c.sentence.index && c.sentence.index - p.sentence.index <= 6 && (p.quantity.best ?? 0) > 1 && p.subject?.noun === 'person' && ageList.test(p.sentence.text));
        const found = listed && (listed.category ? listed : [...recentPlurals].reverse().find((p) => p.quantity.best === listed.quantity.best && p.sentence.index <= listed.sentence.index));
        const group = found?.subject?.group === 'perpetrators' ? undefined : found;
        if (group && c.category && (group.category === c.category || (group.category === 'wounded' && c.category === 'killed'))) { c.partOf = group; c.tags.push('people.one-of-group'); continue; }
        // (an age is specific enough to name the attacker too: "a 43-year-old man armed with a knife ... Paramedics treated the 43-year-old")
        const aged = [...people].reverse().find((p) => !!p.last && [p.seen, p.last].some((x) => !!x && toldAge(x) === bareAge));
        const anyAge = people.some((p) => [p.seen, p.last].some((x) => !!x && toldAge(x) !== null));
        match = aged ?? (anyAge ? undefined : [...people].reverse().find((p) => !!p.last && p.group !== 'perpetrators'));
        // (one we cannot place is left out rather than counted as someone new: an age alone is too
        // thin to found a person on)
        // (one introduced with a relative clause, "the 16-year-old who was shot and killed", founds a person)
        if (!match && !/^\s+who\b/.test(c.sentence.text.slice(c.quantity.end))) { c.dropped = 'people.bare-age-unplaced'; continue; }
      }
      for (let k = people.length - 1; k >= 0 && !match; k--) {
        const p = people[k];
        if (!sameSex(p)) continue; // "she" is not "a man"
        // ("Megan Purcell ... Daniel Purcell": kin share a surname, the head a name is matched by)
        if (fullName && p.fullName && p.fullName !== fullName) continue;
        if (fullName && p.fullName === fullName) { match = p; break; }
        // "... before he was shot by a deputy. He died": the agent of a passive is rarely the next "he"
        if (pronoun && p.agent && people.slice(0, k).some((o) => !o.agent && (!gender || !o.gender || o.gender === gender))) continue;
        // ("the suspect in custody is a 42-year-old man ... She was pronounced dead": a suspect of no
        // known sex is not "she" when a woman was told harmed before)
        if (pronoun && gender && !p.gender && p.group === 'perpetrators' && people.slice(0, k).some((o) => o.gender === gender && o.group !== 'perpetrators' && !!o.last && (o.last.category === 'killed' || o.last.category === 'wounded'))) continue;
        // (the attacker is not a person already counted as a victim: "killed a man ... before he
        // was shot dead by police")
        if (pronoun && perpetrator && p.last && p.group !== 'perpetrators') continue;
        // (one arrested, alive in custody, is not the "he" who died: "a man was arrested ... Paramedics
        // battled to save the father but he died")
        if (pronoun && c.category === 'killed' && p.last?.category === 'arrested') continue;
        // "the gunman shot him": an object pronoun is never the subject of its own clause
        if (pronoun && p.seen && isOwnClauseSubject(p.seen, c)) continue;
        if (pronoun) match = p;
        // ("... and then shot himself ... The gunman was pronounced dead": the killer told dead after
        // his own shot, outcome not told, is that killer)
        else if (perpetrator && p.group === 'perpetrators' && /^(?:him|her)self$/i.test(p.last?.quantity.text ?? '') && c.category === 'killed' && p.last?.category === 'wounded' && (p.last.notes.some((n) => n.startsWith('outcome not stated')) || /^(?:shot|shooting|stabbed|stabbing)$/i.test(p.last.harm?.text ?? ''))) match = p;
        // ("The elderly man died on the spot": an instant death is no wounded person who died later;
        // nor is "The dead man has been named as ..." when someone is already dead)
        // (unless the earlier mention did not tell the outcome: "a man and a woman were shot ... The man was pronounced dead at the scene")
        else if (p.head === head && !(c.category === 'killed' && p.last?.category === 'wounded' && !p.last.notes.some((n) => n.startsWith('outcome not stated')) && !/^(?:shot|stabbed|hit|struck)$/i.test(p.last.harm?.text ?? '') && (INSTANT_DEATH.test(c.sentence.text) || (c.tags.includes('harm.adjective') && people.some((o) => o.last?.category === 'killed'))))) match = p;
        else if (GENERIC_HEADS.has(head) && p.group !== 'perpetrators' && !perpetrator) match = p;
        // ("A 71-year-old woman was killed ... The Accord's passenger, Gloria Whitfield, 71, died at the
        // scene": one harm, one age, another noun: the same person)
        else if (!perpetrator && p.group !== 'perpetrators' && p.last?.category === c.category && toldAge(c) !== null && toldAge(c) === toldAge(p.last)) match = p;
        // ("found Vicky Torres, 45, dead ... Pedro Torres ... told them he killed his wife": kin of the
        // same harm, when a named victim shares the named attacker's surname, is that victim)
        else if (KIN_HEAD.test(head) && !perpetrator && p.group !== 'perpetrators' && p.named && !!p.fullName && p.last?.category === c.category && !!gender && sameSex(p)
          && people.some((o) => o.group === 'perpetrators' && !!o.fullName && surnameOf(o.fullName) === surnameOf(p.fullName!))) match = p;
        // ("A farmer was seriously wounded when his tractor drove over a mine ... The 52-year-old man
        // suffered leg and head injuries": "the man" or "the woman" after the only person harmed so
        // far, told by a noun of no sex, is that person)
        else if (/^the\s/i.test(c.quantity.text) && /^(?:man|woman)$/.test(head) && !perpetrator && p.group !== 'perpetrators' && !p.gender && !!p.last && p.last.category === c.category && !/^(?:man|woman|person|victim)$/.test(p.head)
          && people.filter((o) => o.last && o.group !== 'perpetrators').length === 1) match = p;
        // ("attacked his 67-year-old father with a machete ... The elderly man died on the spot": a
        // man, woman, girl or boy of the same sex and harm named before by kinship; "the couple's
        // daughter survived after being shot ... The girl had been shot in the shoulder")
        // ("found a man and a woman dead ... Thorne shot his wife before turning the gun on himself":
        // kin of the same sex shot, outcome not told, after that person's death is that person)
        else if (KIN_HEAD.test(wordHeadOf(c)) && gender && p.gender === gender && !!p.last && woundOfTheDead(c, p.last) && p.group !== 'perpetrators' && !perpetrator && /^(?:man|woman|girl|boy)$/.test(p.head)) match = p;
        else if (/^(?:man|woman|girl|boy)$/.test(wordHeadOf(c)) && gender && p.gender === gender && !!p.last && (p.last.category === c.category || (!c.category && /^(?:girl|boy)$/.test(wordHeadOf(c)))) && KIN_HEAD.test(p.head) && p.group !== 'perpetrators' && !perpetrator) match = p;
        // ("A man ... was fatally shot by deputies ... The suspect had been watched by detectives":
        // the one the police shot is the suspect, even where this mention tells no harm)
        // (only someone the police shot, or an attacker: "Her mother was among the injured ... The
        // other suspect had a gunshot wound" are two people)
        else if (head === 'suspect' && p.last && (shotByPolice(p.last) || p.group === 'perpetrators') && (c.category === p.last.category || !c.category) && c.sentence.index - (p.seen ?? p.last).sentence.index <= 5) match = p;
        // "A 30-year-old man was fatally shot ... Eric Lasure was gunned down": a name first
        // given after the report of one person with the same harm names that person
        // (so is a name given with no harm, "Dana Whitfield, 37, was found ...", or shot with no
        // outcome stated, after a report of a death: the death is the outcome)
        // (an attacker's name names the attacker told without one: "before fatally shooting himself
        // ... Daniel Purcell, 47, was also pronounced dead")
        else if (named && !people.some((o) => o.head === head && (!o.fullName || !fullName || o.fullName === fullName)) && p.last && !p.named && (p.group === 'perpetrators') === perpetrator
          && (p.last.category === c.category || (!perpetrator && namesTheVictim(c, p.last)))) match = p;
      }
    }
    // "A man was shot" in the headline and again in the lede is one man: an indefinite mention
    // with the same noun and the same harm as a person already counted is that person again
    // ("another man" or "a second man" would be new).
    // (so is one stabbed or shot, outcome not told, after the report of that person's death:
    // "A woman has died ... the man stabbed a 45-year-old woman several times")
    if (!match && !anaphor && !c.dropped && /^an?$/i.test(c.quantity.text)) {
      match = people.find((p) => (p.head === head || p.noun === head) && p.last && p.last.sentence.index !== c.sentence.index && sameSex(p) && !differentAges(p.last, c)
        && (p.last.category === c.category || woundOfTheDead(c, p.last)));
      // ("A man is dead after he was shot ... officers were called on a report of a person shot":
      // a person of no more specific noun, shot after the story's only death, is the one who died;
      // so is any attacker shot after the only attacker told dead, "A man who broke into a home was
      // shot and killed by the homeowner ... who told dispatchers he had just shot an intruder")
      if (!match && (perpetrator || GENERIC_HEADS.has(head))) {
        const side = people.filter((p) => (p.group === 'perpetrators') === perpetrator);
        const dead = side.filter((p) => p.last?.category === 'killed');
        if (dead.length === 1 && dead[0].last!.sentence.index < c.sentence.index && woundOfTheDead(c, dead[0].last!) && !side.some((p) => p.last?.category === 'wounded')) match = dead[0];
      }
    }
    // "Two men were shot ... The man who died was 27": one of a group already counted
    if (!match && anaphor && !pronoun && !c.dropped) {
      // (an attacker is never "one of" the people counted as victims, nor a victim one of the attackers)
      const plural = recentPlurals.find((p) => p !== c && p.sentence.index < c.sentence.index
        && (perpetrator === (p.subject?.group === 'perpetrators'))
        && (plurals(head).includes(headOf(p)) || (GENERIC_HEADS.has(head) && p.subject?.group !== 'perpetrators')));
      // (a death already reported is not one of the wounded: "At least one person was killed and 25
      // others were injured ... The victim succumbed to his injuries")
      const deathReported = c.category === 'killed' && plural?.category === 'wounded' && recentKilled.some((k) => k.sentence.index < c.sentence.index && k.subject?.group !== 'perpetrators');
      if (plural && !deathReported && (plural.category === c.category || (plural.category === 'wounded' && c.category === 'killed'))) {
        c.partOf = plural;
        c.tags.push('people.one-of-group');
        continue;
      }
    }
    if (!match) {
      people.push({ head, group: c.subject!.group, last: c.dropped || !c.category ? null : c, gender, named, agent: /\bby\s+$/i.test(c.sentence.text.slice(0, c.quantity.start)), seen: c, fullName });
      continue;
    }
    people.splice(people.indexOf(match), 1);
    people.push(match);
    // ("The bomber was killed ... another militant tried to enter the post ... he was shot dead":
    // one told as "another" is one more, whatever names him after)
    if (!c.dropped && c.category && !match.last && match.seen && /^another$/i.test(match.seen.quantity.text)) c.tags.push('people.another');
    match.seen = c;
    if (named) { match.noun ??= match.named ? undefined : match.head; match.named = true; match.head = head; match.fullName ??= fullName; }
    // (a pronoun already known as the attacker, "he was shot dead by police", makes its
    // antecedent the attacker)
    if (pronoun && c.subject && perpetrator) match.group = 'perpetrators';
    else if ((pronoun || (named && match.group === 'perpetrators')) && c.subject) c.subject = { ...c.subject, group: match.group as never };
    if (c.dropped || !c.category) continue; // a mention with no harm: nothing to count
    const prev = match.last;
    c.tags.push('people.same-person');
    if (!prev) { match.last = c; continue; }
    if (prev.category === c.category) {
      c.partOf = prev; // the same person again: a claim, counted once
      c.tags.push('people.repeat-mention');
    } else if (prev.category === 'wounded' && c.category === 'killed') {
      prev.supersededBy = c;
      prev.notes.push('superseded: the same person is later reported dead');
      prev.tags.push('people.died-later');
      match.last = c;
    } else if (prev.category === 'killed' && c.category === 'wounded') {
      c.dropped = 'people.already-counted-killed';
    } else {
      match.last = c;
    }
  }
  linkNamedVictims(ctx);
}

// "The victims, identified as Mohammed Salim (35) and Raju Mandal (42), ... Mandal was taken to
// hospital, where he died": one told by the surname of a victim the story named is that victim,
// inside the figure the names were given for (only names given as the victims', never an
// attacker's: a surname alone elsewhere may be anyone)
const VICTIMS_NAMED = /\b(?:victims?|deceased|dead|slain|those\s+killed)\b[^.;]{0,30}?\b(?:identified\s+as|named\s+as|are|were)\s+([^.;]{5,200})/u;
const NAME_IN_LIST = /\b(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)\b/gu;
function linkNamedVictims(ctx: DocContext): void {
  const live = ctx.candidates.filter((c) => !c.dropped && (c.category === 'killed' || c.category === 'wounded'));
  for (const s of ctx.sentences) {
    const m = VICTIMS_NAMED.exec(s.text);
    if (!m) continue;
    const surnames = new Set([...m[1].matchAll(NAME_IN_LIST)].map((n) => n[2]));
    if (surnames.size < 2) continue;
    // the figure the names are given for: the latest toll of that many or more, told before
    const toll = [...live].reverse().find((c) => c.sentence.index <= s.index && !c.partOf && c.category === 'killed' && (c.quantity.best ?? 0) >= surnames.size && c.subject?.group !== 'perpetrators');
    if (!toll) continue;
    for (const c of live) {
      if (c.sentence.index <= s.index || c.partOf || c.quantity.kind !== 'implicit' || c.quantity.best !== 1 || c.subject?.group === 'perpetrators') continue;
      const opener = /^\s*(\p{Lu}[\p{Ll}'’-]+)\b/u.exec(c.sentence.text);
      if (!opener || !surnames.has(opener[1]) || c.quantity.start === 0) continue;
      if (c.category !== toll.category) { if (c.category === 'wounded') { c.supersededBy = toll; c.notes.push('superseded: a named victim reported dead'); } else continue; }
      else c.partOf = toll;
      c.tags.push('people.named-victim');
    }
  }
}

