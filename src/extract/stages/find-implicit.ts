// Finder: victims counted without a numeral. A singular definite noun phrase or a pronoun that
// starts a clause ("the victim died", "police said the driver was killed", "He was shot dead")
// proposes one person (as does a title without an article after a harm verb, headline style:
// "A gunman killed Russian ambassador in Turkey"; and a possessive whose injuries are described,
// "His injuries were not life-threatening"; a name as the object of a harm verb, "shot 58-year-old
// Ellen Morton"); classify-harm then decides what happened, and count-people decides whether
// it is a new person or one already counted.
import { lexicon } from '../lexicon.js';
import type { Quantity } from '../types.js';

// a harm opening the sentence, the people listed after it: "Killed were ...", "Dead are ..."
const OPENING_HARM = String.raw`(?:[Aa]lso\s+)?(?:[Kk]illed|[Dd]ead|[Ww]ounded|[Ii]njured|[Hh]urt)\s+(?:was|were|is|are)\s+`;
const OPENING_HARM_RE = new RegExp(`^\\s*${OPENING_HARM}`);

let nounAlternation: string | undefined;
/** The lexicon's singular person nouns as one alternation, longest first (a space in a noun matches any). */
function singularNounsPattern(): string {
  return (nounAlternation ??= [...lexicon().singularNouns].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|'));
}

let re: RegExp | undefined;
function pattern(): RegExp {
  if (re) return re;
  // ("Nyakundi's 14-year-old daughter sustained deep cuts": a name's kin)
  // (a modifier is no determiner: in "The 52-year-old stabbed her sister" the noun phrase is "her sister")
  const kin = 'son|daughter|wife|husband|mother|father|brother|sister|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|girlfriend|boyfriend|fiancée|fiancee|fiancé|fiance|partner';
  const nouns = singularNounsPattern();
  // clause start: sentence start, or after , ; : and a conjunction or reporting verb
  // or right after a harm verb whose object it is ("killing the driver")
  const clause = `(?:^|^["“‘']\\s*|^\\s*${OPENING_HARM}|[;:]\\s*|,\\s*(?:and\\s+|but\\s+|while\\s+)?|\\btold\\s+(?:police|officers|investigators|deputies|detectives|reporters|authorities)\\s+|\\b(?:and|but|while|after|before|when|as|said|says|say|allege|alleged|alleges|that|where|because|although|though|until|since|including|killing|killed|kills|wounding|wounded|injuring|injured|abducting|abducted|kidnapping|kidnapped|shot|shooting|stabbing|stabbed|striking|hitting|confronted|confronting|tackled|chased|cornered|hacked|hacking|strangled|strangling|murdered|murdering|shooting\\s+dead|shot\\s+dead|gunning\\s+down|gunned\\s+down|along\\s+with|as\\s+well\\s+as|together\\s+with|in\\s+addition\\s+to|not\\s+counting|not\\s+including|excluding|(?:does|did)\\s+not\\s+(?:include|count)|excludes)\\s+|\\b(?:left|leaving|leaves)\\s+(?=(?:him|her)\\s+(?:dead|critically|seriously|badly|gravely|wounded|injured)\\b)|\\b(?:found|discovered)\\s+(?=(?:[\\p{L}'’-]+\\s+){1,4}dead\\b))`;
  re = new RegExp(`${clause}(?<np>(?<poss>[Hh]is|[Hh]er)(?=\\s+(?:\\S+\\s+)?(?:injuries|injury|wounds|wound)\\s+(?:were|are|was|is|appear|appeared|did|do|does)\\b)|(?:(?<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat|[Tt]his|[Mm]y|[Oo]ur|\\p{Lu}\\p{Ll}+['’]s(?=\\s+(?:\\d+-(?:year|month)s?-old\\s+)?(?:${kin})\\b))\\s+(?:(?:(?!(?:his|her|their|its|the|an?)\\s)[\\p{L}'’]+|\\d+-(?:year|month)s?-old)[\\s-]+){0,3}?(?:${nouns})|(?<pron>[Hh]e|[Ss]he)|(?:(?<=\\b(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring|killed|killing)\\s+)|(?<=\\b(?:left|leaving|leaves)\\s+)(?=(?:him|her)\\s+(?:dead|critically|seriously|badly|gravely|wounded|injured)\\b))(?<obj>him|her)|(?<=\\b(?:killed|killing|kills)\\s+)(?<refl>himself|herself)|(?<=\\b(?:killed|killing|kills|assassinated|assassinating|shot\\s+dead|wounded|wounding|injured|injuring|kidnapped|kidnapping|abducted|abducting)\\s+)(?<titled>(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${nouns}))))(?![\\p{L}-])`, 'gu');
  return re;
}

// A person's name as the subject of a harm: "Mustafa Badreddine was killed", "commander Jane
// Doe, 34, died" (or a title and a surname: "Sgt. Delgado died on Sept. 1"; or a first name and an
// initial, as German and Dutch papers name people: "Emre K. died in hospital"). Two or three capitalised words, right before the verb phrase; or one to three
// before "and his/her <noun> were killed" ("Okafor and his driver were killed"); or two or three
// before "and N others were killed" ("Abu Wahib and three others were killed").
let nameRe: RegExp | undefined;
const NOT_NAME = /^(?:The|A|An|This|That|Police|Officials|Authorities|State|Islamic|United|National|Army|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|North|South|East|West|New|Red|Human|Rights|Health|Ministry|Department|County|City|Street|Road|Avenue|Hospital|Center|Centre|University|School|Church|Mosque|Airport|Station|Park|Police|Force|Forces|Guard|Corps|Council|Court|Party|Group|Front|Brigade|Army|Agency|Service|Services|Office|Company|News|Press|Times|Post|Reuters|Associated|Observatory)$/;
function namePattern(): RegExp {
  if (nameRe) return nameRe;
  const nouns = lexicon().singularNouns.map((n) => n.replace(/ /g, '\\s+')).join('|');
  nameRe = new RegExp(`(?:^|[;:]\\s*|,\\s*(?:and\\s+)?|\\b(?:and|but|said|says|that|when|after|as|${nouns})\\s+)(?:(?<name>(?:(?:Sgt|Cpl|Pvt|Lt|Capt|Col|Maj|Gen|Const|Cst|Insp|Det|Supt|Dr|Mr|Mrs|Ms|Rev)\\.\\s+\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){0,2})|\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}|\\p{Lu}[\\p{Ll}'’-]+\\s+\\p{Lu}\\.(?=\\s))(?=\\s*(?:,\\s*\\d{1,3}\\s*,\\s*)?(?:,?\\s*(?:an?|the|from)\\s+[^,;]{1,60},\\s*|\\([^()]{1,80}\\)\\s*,?\\s*)?(?:was|has\\s+been|had\\s+been|died|is\\s+dead|were)\\b)|(?<withKin>\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){0,2})(?=\\s+and\\s+(?:his|her)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:were|have\\s+been|had\\s+been|both\\s+died|died)\\b)|(?<withOthers>\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2})(?=\\s+and\\s+(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+others\\s+(?:were|have\\s+been|had\\s+been|died)\\b))`, 'gu');
  return nameRe;
}

// "Border Police guard was killed": a bare singular noun phrase opening the sentence (headline style)
let bareRe: RegExp | undefined;
function barePattern(): RegExp {
  if (bareRe) return bareRe;
  // case matters here (capitalised modifiers): the noun may be capitalised only as the first word
  const nouns = [...lexicon().singularNouns].sort((a, b) => b.length - a.length)
    .map((n) => `[${n[0].toUpperCase()}${n[0]}]${n.slice(1).replace(/ /g, '\\s+')}`).join('|');
  bareRe = new RegExp(`^(?<np>(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?:${nouns}))(?=\\s+(?:was|has\\s+been|had\\s+been|died|is\\s+dead)\\b)`, 'u');
  return bareRe;
}

// (a plain ASCII pattern first: it is tested on every sentence)
const NAME_OBJECT_HINT = /(?:shot|shooting|stabbed|stabbing|killed|killing|wounded|wounding|injured|injuring) (?:\d{1,3}-year-old )?[A-Z]/;
const NAME_OBJECT = /\b(?:shot|shooting|stabbed|stabbing|killed|killing|wounded|wounding|injured|injuring)\s+(?:\d{1,3}-year-old\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}[\p{L}'’-]*)(?=\s*(?:[,.;]|$|\s+(?:in|at|on|outside|inside|near|multiple|several|numerous|once|twice|\d|before|after|during|and|as|while|with)\b))/gu;

// a non-restrictive relative clause telling the person's harm, wherever the noun phrase stands:
// "three people were killed by the attacker, who was shot dead by police"
const RELATIVE_HARM_HINT = /\swho\s+(?:was|had\s+been|has\s+been)\s/;
let relativeRe: RegExp | undefined;
function relativePattern(): RegExp {
  if (relativeRe) return relativeRe;
  const nouns = singularNounsPattern();
  // (and a restrictive one after an appositive: "a vigil for Darius Fields, the 19-year-old who was
  // shot and killed Saturday")
  relativeRe = new RegExp(`(?<![\\p{L}'’-])(?:[Tt]he|[Hh]is|[Hh]er)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${nouns}|\\d{1,3}-year-old)(?=\\s*(?:,\\s*\\d{1,3}\\s*)?,?\\s*who\\s+(?:was|had\\s+been|has\\s+been)\\s+(?:(?:later|also|then|subsequently|eventually|fatally|critically|seriously)\\s+)?(?:shot|killed|gunned\\s+down|wounded|injured|stabbed|struck|hit)\\b)`, 'gu');
  return relativeRe;
}

let possessedRe: RegExp | undefined;
function possessedNoun(): RegExp {
  const nouns = singularNounsPattern();
  return (possessedRe ??= new RegExp(`^['’]s\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}?(?:${nouns})(?![\\p{L}'’-])`, 'u'));
}

let kinRe: RegExp | undefined;
function coordinatedKin(): RegExp {
  const nouns = singularNounsPattern();
  return (kinRe ??= new RegExp(`^\\s+and\\s+(?<conjunct>(?:(?:his|her|their)\\s+)?(?:[\\p{Ll}'’-]+\\s+)?(?:${nouns}))(?![\\p{L}'’-])`, 'u'));
}

// a name found dead: "officers found Karen Albright, 38, dead in the kitchen"
const FOUND_NAME_DEAD = /\b(?:found|discovered)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}[\p{L}'’-]*)(?=\s*(?:,\s*\d{1,3}\s*,)?\s+dead\b)/gu;
const NAME_BEFORE_OTHERS = /(?<=\b(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting)\s+)\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+){0,2}(?=\s+and\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens)\s+(?:other|others|more)\b)/gu;
const BODY_PART_HINT = /\b(?:shot|hit|struck|stabbed|wounded|grazed|injured)\s+(?:in|on)\s+(?:the|his|her)\s/i;
const HIT_IN_BODY_PART = String.raw`\s*(?:,\s*\d{1,3}\s*,\s*)?\s+(?:was|had\s+been|has\s+been)\s+(?:also\s+)?(?:shot|hit|struck|stabbed|wounded|grazed|injured)\s+(?:in|on)\s+(?:the|his|her)\s+(?:(?:left|right|upper|lower)\s+)?(?:legs?|arms?|shoulders?|chest|abdomen|stomach|back|head|neck|hips?|foot|feet|hands?|face|thighs?|knees?|buttocks|torso|groin|wrists?|ankles?|jaw|eyes?|ear|cheek|elbow|forearm|shin|calf)\b`;
const BODY_PART_HARM = new RegExp(String.raw`(?:^|[;:]\s*|,\s*(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while|when|as)\s+)(?<np>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}'’-]+\s+){0,2}?\p{Ll}[\p{L}'’-]+(?:\s+of\s+the\s+[\p{L}'’-]+)?)(?=${HIT_IN_BODY_PART})`, 'gu');
/** Whether the text right after a noun phrase tells it was shot or hit in a part of the body. */
const BODY_PART_AFTER = new RegExp(`^${HIT_IN_BODY_PART}`);
export const hitInBodyPart = (after: string) => BODY_PART_HINT.test(after) && BODY_PART_AFTER.test(after);
const IDENTIFIED_AS = /\b(?:identified|named)\s+(?:by\s+[^,.;]{1,60}?\s+)?as\s+$/i;

// "The gunmen were killed by troops": attackers named again by a definite plural, their number
// told before (propose-claims takes it from the earlier figure of that noun, or drops the mention)
export const DEFINITE_ATTACKERS = /(?:^|[;:]\s*|,\s*(?:and\s+|while\s+|but\s+)?|\b(?:and|while|but|after|before|when|as|that)\s+)(?<np>[Tt]he\s+(?:(?:other|remaining|surviving|suicide|armed)\s+)?(?:gunmen|attackers|assailants|militants|insurgents|raiders|bombers|terrorists|jihadists|bandits|robbers|kidnappers|hijackers))(?=\s+(?:(?:were|had\s+been|have\s+been)\s+(?:all\s+|later\s+|also\s+|eventually\s+)?(?:killed|shot\s+dead|gunned\s+down|wounded|injured|neutrali[sz]ed)|(?:all\s+|both\s+|later\s+)?died)\b)/gu;

/** One person named without a numeral, at `start` in the sentence. */
// ("the 17-year-old", then a verb, a preposition or a stop: no noun of its own)
export const BARE_AGE = /(?<![\p{L}\d-])[Tt]he\s+\d{1,3}-year-old(?=\s*[,.;]|\s+(?:was|is|had|has|died|dies|remains|remained|suffered|sustained|later|who|at|in|on|to|and|from|with|before|after|underwent|told)\b)/gu;
const onePerson = (start: number, text: string): Quantity => ({ start, end: start + text.length, text, numberStart: start, qualifier: 'exact', low: 1, best: 1, high: 1, kind: 'implicit' });

export function findImplicit(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  const bare = barePattern().exec(sentence);
  if (bare?.groups && !/^(?:the|a|an|his|her|their|this|that|one|another)\b/i.test(bare.groups.np) && /^\p{Lu}/u.test(bare.groups.np)) {
    const np = bare.groups.np;
    out.push(onePerson(0, np));
  }
  const n = namePattern();
  n.lastIndex = 0;
  for (let m = n.exec(sentence); m; m = n.exec(sentence)) {
    // ("Okafor and his driver were killed": one word is a name when "and his ..." follows)
    const name = m.groups!.name ?? m.groups!.withKin ?? m.groups!.withOthers;
    if (name.split(/\s+/).some((w) => NOT_NAME.test(w))) continue;
    const start = m.index + m[0].length - name.length;
    // "The man, identified by the coroner as Dale Perkins, 44, was pronounced dead": the name is
    // that of the man, who is counted through "The man"
    if (IDENTIFIED_AS.test(sentence.slice(Math.max(0, start - 80), start))) continue;
    out.push(onePerson(start, name));
  }
  // the shooter's own death in a murder-suicide: "fatally shot his brother and then himself", "then turned
  // the gun on himself", "before fatally shooting himself"; or his wound, "stabbed her ..., then shot himself"
  // (classify-harm decides whether a harm is told)
  if (/(?:him|her)self/i.test(sentence)) for (const m of sentence.matchAll(/(?<=\b(?:and|then|on|(?<!\b(?:was|were|been|being|got)\s+)fatally\s+(?:shooting|shot|stabbing|stabbed)|(?:then|and|before)\s+(?:shot|shooting|stabbed|stabbing))\s+)(?:himself|herself)\b/gi)) {
    out.push(onePerson(m.index!, m[0]));
  }
  // a name as the object of a harm verb: "after shooting 58-year-old Ellen Morton"
  if (NAME_OBJECT_HINT.test(sentence)) for (const m of sentence.matchAll(NAME_OBJECT)) {
    const name = m[1];
    if (name.split(/\s+/).some((w) => NOT_NAME.test(w))) continue;
    const start = m.index! + m[0].length - name.length;
    out.push(onePerson(start, name));
  }
  if (/\bdead\b/.test(sentence)) for (const m of sentence.matchAll(FOUND_NAME_DEAD)) {
    if (m[1].split(/\s+/).some((w) => NOT_NAME.test(w))) continue;
    const start = m.index! + m[0].length - m[1].length;
    if (!out.some((o) => o.start < start + m[1].length && start < o.end)) out.push(onePerson(start, m[1]));
  }
  // one name before others as the object of a harm verb: "the explosion killed Abdirahman and five
  // other people"
  if (/\sand\s/.test(sentence)) for (const m of sentence.matchAll(NAME_BEFORE_OTHERS)) {
    if (NOT_NAME.test(m[0]) || out.some((o) => o.start < m.index! + m[0].length && m.index! < o.end)) continue;
    out.push(onePerson(m.index!, m[0]));
  }
  // names listed after an opening harm: "Killed were Jamal Reed, 24, and Tanya Brooks, 31"
  const inverted = OPENING_HARM_RE.exec(sentence);
  if (inverted) {
    for (const m of sentence.slice(inverted[0].length).matchAll(/(?:^|,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=\s*(?:,|$|\.|\s+and\b))/gu)) {
      if (m[1].split(/\s+/).some((w) => NOT_NAME.test(w))) continue;
      const start = inverted[0].length + m.index! + m[0].length - m[1].length;
      out.push(onePerson(start, m[1]));
    }
  }
  const p = pattern();
  p.lastIndex = 0;
  for (let m = p.exec(sentence); m; m = p.exec(sentence)) {
    let np = m.groups!.np;
    const start = m.index + m[0].length - np.length;
    // "the male victim", "the female officer": the noun phrase goes on to the head noun
    const more = /^\s+([\p{L}'’-]+)/u.exec(sentence.slice(start + np.length));
    // (and "the other suspect": 'other' is a noun only when no noun follows)
    if (more && /^(?:male|female|other)$/i.test(np.split(/\s+/).pop() ?? '') && lexicon().singularNounSet.has(more[1].toLowerCase())) np = sentence.slice(start, start + np.length + more[0].length);
    // "the victim's mother": a possessive names someone else, the noun after it
    // ("The mayor's driver and another escort were wounded")
    if (/^['’]s\b/.test(sentence.slice(start + np.length))) {
      const owned = possessedNoun().exec(sentence.slice(start + np.length));
      if (!owned) continue;
      np = sentence.slice(start, start + np.length + owned[0].length);
    }
    if (out.some((o) => o.start < start + np.length && start < o.end)) continue;
    out.push(onePerson(start, np));
    p.lastIndex = start + np.length;
    // "killed his wife and daughter", "his mother and step-brother": a second kin noun joined to a
    // possessive one is a second person
    const det = m.groups!.det;
    if (det && /^(?:his|her|their)$/i.test(det)) {
      const joined = coordinatedKin().exec(sentence.slice(start + np.length));
      if (joined?.groups) {
        const at = start + np.length + joined[0].length - joined.groups.conjunct.length;
        out.push(onePerson(at, joined.groups.conjunct));
        p.lastIndex = at + joined.groups.conjunct.length;
      }
    }
  }
  // "The drummer of the band was hit in the shoulder": whoever is shot or hit in a part of the body
  // is a person, whatever the noun (an occupation the lexicon lacks)
  if (BODY_PART_HINT.test(sentence)) for (const m of sentence.matchAll(BODY_PART_HARM)) {
    const np = m.groups!.np;
    const start = m.index! + m[0].length - np.length;
    if (lexicon().nonPersonNouns.has(np.split(/\s+/).pop()!.toLowerCase()) || out.some((o) => o.start < start + np.length && start < o.end)) continue;
    out.push(onePerson(start, np));
  }
  if (RELATIVE_HARM_HINT.test(sentence)) for (const m of sentence.matchAll(relativePattern())) {
    if (!out.some((o) => o.start < m.index! + m[0].length && m.index! < o.end)) out.push(onePerson(m.index!, m[0]));
  }
  // "The 34-year-old was hit once in the shoulder": a person told by an age alone, no noun after it
  if (sentence.includes('year-old')) for (const m of sentence.matchAll(BARE_AGE)) {
    const start = m.index!;
    // (not an appositive of a name told before it: "Malik Porter, the 16-year-old who was shot")
    if (/,\s*$/.test(sentence.slice(Math.max(0, start - 3), start)) || out.some((o) => o.start < start + m[0].length && start < o.end)) continue;
    out.push(onePerson(start, m[0]));
  }
  // (their number is not yet known: null until propose-claims finds it)
  if (/\b(?:were|been|died)\b/.test(sentence)) for (const m of sentence.matchAll(DEFINITE_ATTACKERS)) {
    const np = m.groups!.np;
    const start = m.index! + m[0].length - np.length;
    if (!out.some((o) => o.start < start + np.length && start < o.end)) out.push({ start, end: start + np.length, text: np, numberStart: start, qualifier: 'exact', low: null, best: null, high: null, kind: 'implicit' });
  }
  return out.sort((a, b) => a.start - b.start);
}
