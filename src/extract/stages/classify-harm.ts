// Stage 4: what happened to the counted. Tries, in order:
//   noun     the counted noun is the harm itself        "30 deaths", "70 injured", "10 raids"
//   active   a harm verb right before the figure         "killing 3", "wounded at least 70"
//   passive  a harm word after the counted noun          "30 people were killed", "3 dead"
//   toll     a toll phrase before the figure             "the death toll rose to 30"
// A harm word after the noun that takes an object ("gunmen killed 3") makes the noun the agent,
// not the victim, and is skipped. Nothing may stand between figure and harm word but words
// (no other figure, no ; : or parenthesis).
import { lexicon, phraseAlternation } from '../lexicon.js';
import type { Candidate } from '../types.js';
import type { Category } from '../../records/claim-schema.js';
import { AGENT_BEFORE, APPOSITIVE_HEDGE } from '../text-utils.js';
import { isHarmWord } from './find-subject.js';

// an appositive about the head before its verb, blanked: "One of the wounded, a porter, died"
// ("One of the attackers, allegedly a member of a dissident group, was killed")
const APPOSITIVE_AHEAD = /^(?:an?|the)\s+[^,;.]{1,60},\s+(?!(?:and|or|but)\b)\p{Ll}/u;
const APPOSITIVE_ASIDE = new RegExp(String.raw`,\s*${APPOSITIVE_HEDGE}(?:an?|the)\s+[^,;.]{1,60},(?=\s+(?!(?:and|or|but)\b)\p{Ll})`, 'giu');

type Harm = NonNullable<Candidate['harm']>;
export interface HarmFound {
  category: Category; harm: Harm; isUpdate: boolean; note?: string; tag: string;
  /** A second harm sharing the figure: "wounding and kidnapping dozens" (wounded and kidnapped). */
  alsoCategory?: Category;
}

interface Compiled {
  passive: RegExp;
  passiveCategory: Map<string, Category>;
  active: RegExp;
  activeCategory: Map<string, Category>;
  toll: RegExp;
  tollCategory: Map<string, Category>;
  update: RegExp;
  updateBefore: RegExp;
  sharedActive: RegExp;
}

// one person or group in a list after a harm verb: "the driver", "a candidate running for a seat"
// (no "and"/"or" inside an item: "seized a rifle and shot dead ..." is two clauses, not one item)
// (an item may carry its ages: "his two sisters, aged 6 and 11, and their mother")
const LIST_ITEM = `(?:(?:the|his|her|their|its|my|our|a|an|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:(?!(?:and|or|but|then)\\s)[^\\s,;.:]+\\s+){0,8}?[^\\s,;.:]+(?:\\s*,\\s*aged\\s+\\d{1,3}(?:\\s*(?:,|and|to)\\s*\\d{1,3})*(?=\\s*,))?|themselves|himself|herself)`;

let compiled: Compiled | undefined;
function patterns(): Compiled {
  if (compiled) return compiled;
  const h = lexicon().harm;
  const index = (table: Partial<Record<Category, string[]>>) => {
    const map = new Map<string, Category>();
    for (const [cat, words] of Object.entries(table) as Array<[Category, string[]]>) for (const w of words) if (!map.has(w.toLowerCase())) map.set(w.toLowerCase(), cat);
    return map;
  };
  const passiveCategory = index(h.passive);
  const activeCategory = index(h.active);
  const tollCategory = index(h.toll);
  compiled = {
    passive: new RegExp(`(?<![\\p{L}-])(${phraseAlternation([...passiveCategory.keys()])})(?![\\p{L}-])`, 'giu'),
    passiveCategory,
    // the active verb must end right before the figure; a few fillers may stand between
    // (a verb in quotes too: troops had "neutralised" 11 of the attackers)
    active: new RegExp(`(?<![\\p{L}-])["“‘]?(${phraseAlternation([...activeCategory.keys()])})["”’]?\\s+(?:(?:a\\s+total\\s+of|another|a\\s+further|an\\s+additional|the|some|up\\s+to|a\\s+reported|all|all\\s+the|both|his|her|their|its|\\d{1,3}-(?:year|month)s?-old)\\s+)?$`, 'iu'),
    activeCategory,
    // (and "the number of civilians killed", of any group: its last word says the harm)
    toll: new RegExp(`(?<![\\p{L}-])(${phraseAlternation([...tollCategory.keys()])}|number\\s+of\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:killed|dead|wounded|injured))(?:\\s+[^\\s.;:]+){0,25}?\\s+(?:${phraseAlternation(h.tollVerbs)})\\s+$`, 'iu'),
    tollCategory,
    sharedActive: new RegExp(`(?<![\\p{L}-])(${[...activeCategory.keys()].filter((k) => !k.includes(' ')).join('|')})\\s+${LIST_ITEM}(?:\\s*,\\s*${LIST_ITEM})*(?:\\s*,\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?|\\s+(?:and|as\\s+well\\s+as)\\s+|\\s*,?\\s+(?:in\\s+addition\\s+to|not\\s+counting|not\\s+including|excluding)\\s+)(?:then\\s+)?(?:(?:his|her|their|its|the)\\s+)?$`, 'iu'),
    update: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(h.updateVerbs)})(?![\\p{L}])`, 'iu'),
    updateBefore: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(h.updateVerbs)})\\s+(?:(?:the|its|their|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+)?$`, 'iu'),
  };
  return compiled;
}

// (the injury told right after the noun phrase, its verb in the clause before: see classifyHarm)
const GAPPED_INJURY = /^\s+((?:(?:minor|moderate|serious|severe|critical|grave|light|slight|superficial|multiple|head|facial|leg|arm|stab|gunshot|life-threatening|non-life-threatening)\s+){0,3}(?:injuries|wounds|cuts|burns|lacerations|fractures))\b/i;
const GAPPED_INJURY_BEFORE = /\b(?:suffered|sustained|received)\s+[^.;]*?\b(?:injuries|wounds|cuts|burns|lacerations|fractures)\b[^.;]*?,?\s+(?:and|while|with)\s+(?:\S+\s+){0,4}$/i;
const FIELD_LABEL = /(?:^|[.;(\[|]\s*)(?:(?:civilians?|people|persons|combatants|soldiers|victims|total)\s+)?((?:(?:reported|confirmed|recorded)\s+)?(?:fatalities|deaths|dead|killed|death\s+toll|injured|wounded|injuries|casualties|kidnapped|abducted|hostages|arrested|detained|missing|displaced)(?:\s+(?:recorded|reported|confirmed))?)\s*:\s*(?:(?:at\s+least|about|around|approximately|some|over|more\s+than)\s+)?$/i;
// ("One of them, S. Karthik, 23, who had a stab wound, succumbed to his injuries": succumbing
// tells that they were wounded)
const PART_OF_WOUNDED_DIED = /^\s+of\s+(?:(?:the|those|our|their|its|his|her)\s+(?:(?:critically|seriously|severely|badly|gravely)\s+)?(?:injured|wounded|hurt)(?:\s+(?!(?:died|succumbed|passed|later|subsequently|also|had|has|have|since)\b)[\p{L}'’-]+){0,2}?(?:\s*,[^;.]{1,80}?,)?\s+(?:(?:later|subsequently|also|had|has|have|since)\s+)*(died|succumbed|passed\s+away|die|dies|succumb)|them(?:\s*,(?:[^;]|\.(?=\s*\p{Ll})|(?<=\b\p{Lu})\.){1,140}?,)?\s+(?:(?:later|subsequently|also|had|has|have|since)\s+)*(succumbed|later\s+died|died\s+later|died\s+(?:of|from)\s+(?:his|her|their)\s+(?:injuries|wounds)|died\s+in\s+(?:the\s+)?hospital))\b/iu;
const NAME_AS_OBJECT = /(?<=\b(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting|stabbed|stabbing)\s+)\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+){0,2}(?=\s+and\s)/gu;
const APPOSITIVE_NAME = /,\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:,\s*\d{1,3}|\s*\(\s*\d{1,3}\s*\))?(?=\s*,)/gu;
const AUX_BEFORE = /(?:^|\s)(?:was|were|is|are|been|being|be|got|get|gets|left|remain|remained|remains|reported|confirmed|later|all|also|both|either|each|reportedly|allegedly|believed|feared|thought|presumed|found|declared|pronounced|among|have|has|had)\s+(?:\S+\s+)?$/i;
// ("over" only before a number: "shot to death over the weekend" has no object; nor has a clock time)
const OBJECT_AFTER = /^(?!\s+(?:about|around|at|some|nearly|over|just\s+after|just\s+before)\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b|o['’]clock))\s+(?:at\s+least|more\s+than|some|about|nearly|almost|up\s+to|as\s+many\s+as|over(?=\s+(?:\d|a\s+dozen|a\s+hundred|\p{L}+ty\b|ten|eleven|twelve|dozens|hundreds))|an?|another|the|his|her|their|its|him|them|us|me|himself|herself|themselves|itself|somebody|someone|anybody|anyone|everybody|everyone|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|scores|hundreds|thousands|many|\d+)\b/iu;
const MAX_GAP_WORDS = 10;
const SHOT_AT_PLACE = /^\s+at\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:party|gathering|club|nightclub|bar|pub|restaurant|school|college|campus|store|shop|market|mall|park|station|home|house|apartment|residence|church|mosque|temple|concert|festival|game|wedding|funeral|vigil|barbecue|cookout|event|hotel|motel|parking\s+lot)\b/iu;
// ("Two officers who tried to move the men to safety were beaten and taken to hospital": a first
// verb of assault before the harm)
// (the clause never runs past a speech verb: "A soldier who took part in the pursuit said all seven
// were shot dead" tells of the seven)
const RELATIVE_THEN_MAIN = /^\s+(?:who|that)\s+(?:(?!\b(?:said|says|told|tells|added|reported|stated|confirmed)\b)[^,;.]){0,140}?\s+(?:was|were)\s+(?:(?:later|then|also|eventually|subsequently)\s+)?(?:(?:beaten|attacked|assaulted|set\s+upon|mobbed|punched|kicked)\s+and\s+)?/i;
const REDUCED_WOUNDED_THEN_DIED = /^\s+(?:wounded|injured|hurt)\s+(?:in|during|by|when|at)\s[^.;:]{0,100}?\b(?:have|has|had)\s+(?:since\s+|now\s+|later\s+|subsequently\s+)?(died|succumbed)\b/i;
const INSIDE_RELATIVE = /\b(?:who|whom|whose|which)\b(?![^]*\b(?:who|whom|whose|which)\b)(?![^]*,\s*and\s)/i;
const INVERTED_HARM = /^\s*(?:also\s+)?(?:(killed|dead|wounded|injured|hurt)|among\s+(?:the\s+|those\s+)(dead|killed|wounded|injured|hurt))\s+(?:were|was|are|is)\s+/i;
// before an active harm verb: a counterfactual or an intent, not an event
const UNREAL_BEFORE = /(?:\b(?:could|would|should)(?:\s+not|n['’]t)?\s+(?:\p{L}+ly\s+)?have\s+|\b(?:aim(?:ed|s|ing)?|plan(?:ned|s|ning)?|plot(?:ted|s|ting)?|intend(?:ed|s|ing)?|threaten(?:ed|s|ing)?|sought|seek(?:s|ing)?|tr(?:y|ied|ies|ying)|attempt(?:ed|s|ing)?|wanted|want(?:s|ing)?|vow(?:ed|s|ing)?|(?:a|the)\s+(?:plan|plot|bid|attempt|conspiracy))\s+to\s+|\battempted\s+(?:(?:first|second|third)[-\s]degree\s+)?|\b(?:did|does|do)\s+not\s+|\b(?:didn['’]t|doesn['’]t|don['’]t)\s+)$/iu;
// "[subject] crossed the road, was later shot ...": a finite predicate with no was/were or
// subject-opening word, then a comma and a passive with no subject of its own
// ("A man stabbed a policeman at a checkpoint and was shot dead": "and" alone joins the predicates
// too; a place told between commas stays inside the first, "in the West Bank, near Jerusalem, and was")
const PREDICATE_WORD = String.raw`(?!(?:was|were|is|are|had\s+been|has\s+been|who|which|that|said|says|told|and|but|when|while|after|before)\b)[^\s,;:.]+`;
const SECOND_PREDICATE = new RegExp(String.raw`^\s+(?:${PREDICATE_WORD}\s+){1,20}?${PREDICATE_WORD}(?:\s*,\s+(?:near|in|at|on|outside|inside|off|along|north|south|east|west)\s+(?:${PREDICATE_WORD}\s+){0,4}?${PREDICATE_WORD})*(?:\s*,\s+(?:and\s+)?|\s+and\s+)(?:was|were)\s+(?:(?:later|then|also|eventually|subsequently|finally|fatally|critically|seriously)\s+)*`, 'i');
// The figure is the object of a verb ("tried to stab an officer", "attacked a soldier"), not a
// report of one ("said a man", "reported one officer"): a predicate joined by "and" after it is the
// subject's ("... and was shot dead")
const OBJECT_OF_VERB = /(?:\bto\s+(?!(?:be|have|the|a|an|his|her|their|its|this|that|hospital|death)\b)\p{Ll}{2,}|\b(?!(?:reported|confirmed|claimed|stated|announced|alleged|added|learned|believed|feared|noted|explained|revealed|showed|indicated|identified|named|described|listed|included|involved|injured|wounded|killed|armed|aged|unnamed|unidentified)\b)\p{Ll}{2,}ed|\b(?:shot|hit|struck|fought|beat|met|saw|ran\s+over)|\bopened\s+fire\s+on)\s+$/u;
const JOINED_PREDICATE_GAP = /^(?:\s*,?\s+(?:at|in|on|near|outside|inside|with|from|of|during|close\s+to|along|across|into|off)\s+[^,;.]*?)*\s*,?\s+and\s+(?:was|were)\s+(?:\S+\s+)?$/i;
// (the toll is the sentence's subject, or "the figure" that names it)
const PLUS_AFTER_HARM = /\b(killing|killed|dead|deaths|wounding|wounded|injuring|injured)\b[^()\n;]{0,60}\(\s*\+\s*$/i;
const ALL_OF_WHOM = /^\s*,\s*(?:all|both|each)\s+of\s+whom\s+(?:(?:were|was|had\s+been|have\s+been|later|also|reportedly)\s+)*(killed|died|shot\s+dead|wounded|injured|hurt)\b/i;
// (who the bombers are told to be may come between: "Two female suicide bombers believed to belong to Boko Haram detonated")
const BELIEVED_MEMBERS = String.raw`(?:believed|thought|suspected|said|reported)\s+to\s+(?:belong\s+to|be\s+(?:from|members\s+of))\s+[^,;.]{1,60}?\s+`;
const OWN_CHARGE = new RegExp(String.raw`^\s+(?:${BELIEVED_MEMBERS})?(?:(?:has|had|then|reportedly|allegedly)\s+)?(?:blew\s+up|detonated|set\s+off|triggered)\s+(?:his|her|their)\s+(?:own\s+)?(?:explosives?|explosive\s+(?:vests?|belts?|devices?)|suicide\s+(?:vests?|belts?)|vests?|belts?|devices?|charges?)\b`, 'i');
const SUICIDE_BOMBER = /\bsuicide\s+(?:car\s+|truck\s+)?bombers?$/i;
// (the bombers' own act, right after them: not "tried to", "failed to", "before he could")
const SUICIDE_DETONATION = new RegExp(String.raw`^\s+(?:(?:wearing|in|on|driving|riding)\s+[^,;.]{1,60}?\s+|${BELIEVED_MEMBERS}|also\s+|then\s+)?(?:(?:has|had|reportedly|allegedly)\s+)?((?:blew\s+up|detonated|set\s+off|exploded|triggered|rammed|drove))\b`, 'i');
const EXCLUDED_AFTER_TOLL = /\b(?:killed|dead|died|deaths|fatalities)\b[^.;]{0,80}?,\s*(?:excluding|not\s+including|not\s+counting)\s+(?:the\s+)?$/i;
const OUTSIDE_TOLL = /\b(?:(?:death|casualty|injury)\s+)?(?:toll|figure|count|tally|number\s+of\s+(?:dead|deaths|injured|wounded))(?:\s+of\s+\S+(?:\s+(?:dead|killed|deaths|wounded|injured))?)?\s+(?:does|did)\s+not\s+(?:include|count)\s+(?:the\s+)?(?:[^,.;]{1,40}?\s+and\s+(?:the\s+)?)?$|\b(?:death\s+)?(?:toll|figure|count|tally)\s+excludes\s+(?:the\s+)?$/i;
// ("His remains were found inside the mosque; he is not included in the toll")
const NOT_IN_TOLL_AFTER = /^\s+(?:is|was|are|were)\s+not\s+(?:included|counted)\s+in\s+(?:the|that|this)\s+(?:death\s+)?(?:toll|figure|count|tally)\b/i;
// (opening the sentence: not "one of the injured, a nine-year-old girl, had died", "among the dead, 3 were wounded")
const HARMED_APPOSITIVE = /^\s*(?:All\s+)?(?:The|the)\s+(injured|wounded|dead|deceased)\s*,\s*(?:[^,;()]*?(?:\s+and|,)\s+)?$/;
// (its closing comma may be gone already, blanked with a relative clause right after it: "A second
// man, in his 20s, who was also assaulted, was treated for facial injuries")
const AGE_IN_WORDS_ASIDE = /,\s*(?:aged\s+)?in\s+(?:his|her|their)\s+(?:early\s+|mid[-\s]?|late\s+)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)(?:\s*,|(?=\s{4,}))/gi;
const PRECAUTION_AFTER = /^(?:\s+(?:to\s+)?(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:hospital|medical\s+cent(?:er|re)))?\s*,?\s*(?:for\s+(?:an?\s+)?(?:evaluation|observation|precautionary|routine|check-?up|assessment|examination|medical\s+(?:evaluation|assessment|checks?))|as\s+a\s+precaution|as\s+a\s+precautionary)\b/i;
const SURVIVED_AFTER_BEING = /^\s+(?:has\s+|had\s+)?survived\s+(?:\S+\s+){0,2}?(?:after\s+being|being|despite\s+being)\s+(?:(?:critically|seriously|badly)\s+)?(shot|stabbed|wounded|injured|hit|struck|attacked)\b/i;
const OWN_PREDICATE_AFTER = /^\s+(?:survived|escaped|was|were|is|are|fled|managed|remained|remains|died|suffered|sustained)\b/i;
// the harm word, then an opening dash or bracket, then (optionally) an earlier item of the aside
// ("killed 14 people (11 on the spot and three later in hospital)": the toll's figure may come between)
const ASIDE_AFTER_HARM = /\b(died|killed|dead|wounded|injured|hurt)(?:\s+(?:at\s+least\s+)?[\d,]+(?:\s+[\p{L}-]+)?)?\s*(?:\u2014|\u2013|\s-\s|\()\s*(?:[^\u2014\u2013()\-;.]*?\s(?:and|,)\s+)?$/iu;
const ASIDE_ITEM_AFTER = /^\s+(?:(?:more|others?)\s+)?(?:at|in|on|inside|outside|near|after|later|while|when|before|during)\b/i;
// "was shot and later died": the wound led to a death
// (and "taken to the hospital, where they were declared brought dead"; "found five males with
// gunshot wounds who had already been certified dead")
const WITH_INJURY_THEN_DIED = /^(?:\s+and\s+(?:\S+\s+){0,3}?(?:injur(?:y|ies)|wounds?|burns|cuts|fractures))?(?:\s+(?:to|in|on)\s+(?:the|his|her|their)\s+\S+)?\s+(?:(?:had|have|has|later|also|both|all|subsequently)\s+)*(?:died|succumbed|(?:was|were)\s+(?:pronounced|declared|confirmed)\s+dead)\b/i;
const DIED_AFTER = /^[^.;]*?\b(?:(?:and|but)\s+(?:later\s+|subsequently\s+|then\s+)?(?:died|was\s+killed|succumbed|passed\s+away|(?:was\s+)?(?:pronounced|declared)\s+(?:dead|deceased))|where\s+(?:he|she|they)\s+(?:was|were)\s+(?:declared\s+|pronounced\s+)?(?:brought\s+(?:in\s+)?)?dead|who\s+had\s+(?:already\s+)?(?:died|been\s+(?:certified|pronounced|declared|confirmed)\s+dead)|(?:declared\s+)?brought\s+(?:in\s+)?dead)\b/i;
// (a figure in a relative clause about the counted person: "His mother, who shielded the couple, was shot")
// (or in a list of its parts: "Eleven people, including two police officers, were admitted with injuries")
const IN_OWN_RELATIVE = /^\s*(?:,\s*(?:who|whom|whose|including|among\s+them)|\s(?:who|whose))\s[^,;().]{0,120}$/i;
// "broke his ankle jumping from the wall": a bone broken in the incident is a wound
// (the clause goes on over "and" before the injury's own verb, "was pushed to the floor and suffered a
// broken wrist")
const NAME_AND = /(?<=\b[A-Z][a-z'’.-]*) and (?=[A-Z][a-z])/g;
const NAME_RUN = /\b[A-Z][\w'’.-]*(?:\s+(?:(?:and|of|for|the|de|al)\s+)?[A-Z][\w'’.-]*)+/g;
const BROKE_BONE = /^(?:(?!\b(?:and|but|while)\b(?!\s+(?:then\s+)?(?:sustained|suffered|received|broke|fractured)\b))[^,;])*?\b(?:broke|fractured)\s+(?:his|her|their|both)\s+(?:\S+\s+)?(?:ankles?|legs?|arms?|wrists?|hips?|ribs?|collarbones?|skulls?|jaws?|noses?|feet|foot|hands?|backs?|necks?|pelvis)\b/i;
const OBJECT_DIED = /^\s*(?:,\s*\d{1,3}\s*)?,?\s*who\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:died|succumbed|was\s+pronounced\s+dead|was\s+declared\s+dead)\b/i;
// ("a 41-year-old man, who then took his own life": the one who killed himself)
const RELATIVE_HARM = /^\s*(?:,\s*\d{1,3}\s*)?,\s*who\s+(?:(?:was|had\s+been|has\s+been)\s+(?:(?:later|also|then|subsequently|eventually|critically|seriously)\s+)?(fatally\s+(?:shot|wounded|injured|stabbed)|shot\s+dead|shot\s+and\s+killed|stabbed\s+to\s+death|gunned\s+down|killed|shot|wounded|injured|struck|hit)|(?:(?:later|then|subsequently)\s+)?(took\s+(?:his|her|their)\s+own\s+(?:life|lives)|killed\s+(?:himself|herself)|turned\s+the\s+gun\s+on\s+(?:himself|herself)))\b/i;
const BEFORE_BEING = /,?\s+(?:before|after|until)\s+(?:being|(?:he|she)\s+was|they\s+were)\s+(?:(?:fatally|finally|eventually|both|all)\s+)?(shot\s+dead|shot\s+and\s+killed|killed|gunned\s+down|shot)\b/i;
const VIOLENT_VERBS = 'shot|stabbed|beat|beaten|attacked|ambushed|raided|targeted|robbed|killed|hit|struck|assaulted|threatened|kidnapped|abducted|raped|murdered|carjacked|wounded|injured|opened\\s+fire\\s+on|fired\\s+(?:on|at)|shot\\s+at';
const VIOLENT_GERUNDS = 'shooting|stabbing|beating|attacking|ambushing|raiding|targeting|robbing|killing|hitting|striking|assaulting|threatening|kidnapping|abducting|raping|murdering|carjacking|wounding|injuring';
const VIOLENT_WORD = new RegExp(`\\b(?:${VIOLENT_VERBS})\\b`, 'i');
const RELATIVE_OBJECT_BEFORE = /\b(?:who|that)\s+(?:(?:had|has|have|was|were|tried|wanted|helped|went|came|rushed|ran|stepped\s+in)\s+(?:to\s+)?)?([\p{Ll}]+)\s+(?:(?:the|his|her|their|its|all|both)\s+)?$/u;
const OBJECT_IN_CLAUSE = new RegExp(`(?:\\b(?:who|that)\\s+(?:allegedly\\s+|had\\s+|has\\s+|police\\s+say\\s+)?(?:${VIOLENT_VERBS})|\\b(?:of|for|in|after|with)\\s+(?:allegedly\\s+)?(?:${VIOLENT_GERUNDS}))\\s+$`, 'i');
// before a count of wounds or injuries on one body: "with multiple injuries", "received two gunshot wounds"
const PER_BODY_BEFORE = /\b(?:with|received|receiving|suffered|suffering|sustained|sustaining|needed|needing|required|requiring)\s+(?:from\s+)?$/i;
// Words between the counted noun and a harm verb that make the verb passive ("were later
// killed"); an adverb alone after "and" does not ("The gunman took a taxi and later shot ...")
// An adverb or quantifier alone ("also", "later", "all") is no auxiliary: "the attacker also
// killed a man" is active.
const AUX_VERB = /(?:^|\s)(?:was|were|is|are|been|being|be|got|get|gets|left|remain|remained|remains|reported|confirmed|believed|feared|thought|presumed|found|declared|pronounced|have|has|had)\s+(?:\S+\s+){0,2}$/i;
function passiveGap(gap: string): boolean {
  return AUX_BEFORE.test(gap) && AUX_VERB.test(gap) && !(/\band\s+(?:\S+\s+)?$/i.test(gap) && !/\b(?:was|were|is|are|been|being|got|get|gets)\s+(?:\S+\s+)?$/i.test(gap));
}

const SPLIT_VERBS: Array<{ before: RegExp; after: RegExp; category: Category }> = [
  { before: /\b(?:stabbed|stabbing|shot|shooting|beat|beaten|beating|hacked|hacking|burned|burnt|burning|crushed|stoned|clubbed|starved|left|leaving|leaves|leave)\s+(?:\S+\s+){0,2}$/i, after: /^\s*(?:(?!(?:and|but|after|before|when|was|were|is|are|has|have|had)\b)[^\s,;.]+\s+){0,4}?(?:to\s+death|dead)\b/i, category: 'killed' },
  { before: /\b(?:took|taken|taking|takes|take)\s+(?:\S+\s+){0,2}$/i, after: /^\s*into\s+(?:police\s+)?custody\b/i, category: 'arrested' },
  { before: /\b(?:claimed|claiming|claims|claim|cost|costing)\s+(?:the\s+)?$/i, after: /^\s*(?:\S+\s+){0,1}lives\b/i, category: 'killed' },
  { before: /\b(?:took|taken|taking|takes|take|held|holding|holds|kept|keeping|keeps)\s+(?:\S+\s+){0,2}$/i, after: /^\s*(?:hostage|captive|prisoner)\b/i, category: 'kidnapped' },
  { before: /\b(?:put|putting|puts|sent|sending|sends|landed|landing)\s+(?:\S+\s+){0,2}$/i, after: /^\s*in\s+(?:the\s+)?hospital\b/i, category: 'wounded' },
  { before: /\b(?:forced|forcing|forces|force|drove|driven|driving)\s+(?:\S+\s+){0,2}$/i, after: /^\s*(?:to\s+flee|from\s+their\s+homes|out\s+of\s+their\s+homes|to\s+leave\s+their\s+homes)\b/i, category: 'displaced' },
];

/**
 * One left out of a toll the sentence tells, counted with the toll's harm: "The death toll rose to
 * 14 ... The figure does not include the bomber"; "the figure of 19 dead did not include the two
 * attackers"; "at least 12 civilians were killed and 28 injured, excluding the bomber"; "His
 * remains were found inside the mosque; he is not included in the toll".
 */
function leftOutOfToll(sentence: string, q: Candidate['quantity']): HarmFound | null {
  const found = (category: Category, text: string, start: number): HarmFound => ({ category, harm: { text: text.trim(), start, end: start + text.trim().length, how: 'toll' }, isUpdate: false, tag: 'harm.outside-toll' });
  if (q.kind !== 'implicit' && q.kind !== 'words' && q.kind !== 'digits') return null;
  const before = OUTSIDE_TOLL.exec(sentence.slice(Math.max(0, q.start - 80), q.start));
  if (before) return found(/injur|wound/i.test(before[0]) ? 'wounded' : 'killed', before[0], q.start - before[0].length);
  // ("11 civilians had been killed, excluding the three bombers": a number left out of a toll too)
  const excluded = EXCLUDED_AFTER_TOLL.exec(sentence.slice(Math.max(0, q.start - 120), q.start));
  if (excluded) return found('killed', excluded[0], q.start - excluded[0].length);
  if (q.kind !== 'implicit') return null;
  const after = NOT_IN_TOLL_AFTER.exec(sentence.slice(q.end));
  return after ? found('killed', after[0], q.end + after[0].length - after[0].trimStart().length) : null;
}

/** A harm word told beside another figure ("injuring", "killed") as this figure's harm, found at `start`. */
const harmOfWord = (word: string, start: number, tag: string): HarmFound => ({ category: /wound|injur|hurt/i.test(word) ? 'wounded' : 'killed', harm: { text: word, start, end: start + word.length, how: 'passive' }, isUpdate: false, tag });

export function classifyHarm(sentence: string, c: Pick<Candidate, 'quantity' | 'subject'>, otherFigureStarts: number[]): HarmFound | null {
  const p = patterns();
  const q = c.quantity;
  const s = c.subject;
  // "carried out by three female suicide bombers, all of whom died in the blasts": the clause after
  // the noun tells what happened to all of them
  if (s && /of\s+whom/i.test(sentence)) {
    const all = ALL_OF_WHOM.exec(sentence.slice(s.end));
    if (all) {
      const start = s.end + all.index + all[0].length - all[1].length;
      return harmOfWord(all[1], start, 'harm.all-of-whom');
    }
  }
  // "Two people wounded in Friday's bombardment of the camp have died in hospital": the wounded of a
  // reduced relative who have since died are dead
  // (not the total of a partitive, "one of three people wounded in the attack had died")
  const afterPerson = s && s.noun === 'person' ? s.end : q.end;
  const reduced = /\bof\s+(?:the\s+|those\s+)?$/i.test(sentence.slice(Math.max(0, q.start - 12), q.start)) ? null : REDUCED_WOUNDED_THEN_DIED.exec(sentence.slice(afterPerson));
  if (reduced) {
    const start = afterPerson + reduced[0].length - reduced[1].length;
    return harmOfWord(reduced[1], start, 'harm.wounded-then-died');
  }
  // "killing 8 civilians (+2 bombers) and injuring 14": attackers added in brackets, as incident
  // lists write them, share the harm told before the bracket
  const plusBefore = /\(\s*\+\s*$/.test(sentence.slice(Math.max(0, q.start - 4), q.start)) ? PLUS_AFTER_HARM.exec(sentence.slice(Math.max(0, q.start - 120), q.start)) : null;
  if (plusBefore) {
    const start = q.start - plusBefore[0].length + plusBefore.index + plusBefore[0].indexOf(plusBefore[1]);
    return harmOfWord(plusBefore[1], start, 'harm.plus-attackers');
  }
  // "64 wounded people", "three dead soldiers": the harm is the adjective of the counted noun
  // (but "One of the injured soldiers later succumbed": the verb tells what happened to the part)
  // (and "two injured policemen succumbed to their wounds": the injured who died)
  // (an appositive may come between: "one of the injured persons, a 17-year-old student, succumbed";
  // and a word of the noun the subject left out: "One of the injured police constables, Karim Baloch, died")
  const partDied = !!s?.harmCategory && ((/\bof\s+the\s+$/i.test(sentence.slice(0, s.start)) && /^(?:\s+(?!(?:were|was|have|has|had|later|also|subsequently|since|died|succumbed)\b)[\p{L}'’-]+){0,2}?(?:\s*,[^;.]{1,80}?,)?\s+(?:(?:were|was|have|has|had|later|also|subsequently|since)\s+)*(?:died|succumbed|killed|dead)\b/iu.test(sentence.slice(s.end)))
    || (s.harmCategory === 'wounded' && /^\s+(?:(?:later|also|subsequently|since|have|has|had)\s+)*(?:died|succumbed)\b/i.test(sentence.slice(s.end))));
  if (s?.harmCategory && !partDied) return { category: s.harmCategory, harm: { text: s.text.split(/\s+/)[0], start: s.start, end: s.start + s.text.split(/\s+/)[0].length, how: 'noun' }, isUpdate: false, tag: 'harm.adjective' };
  // "A teacher who tried to separate the two boys also suffered a deep cut": the object of a verb of
  // no harm inside the subject's relative clause shares none of the predicate that follows
  if ((q.kind === 'words' || q.kind === 'digits') && sentence.includes(' who ')) {
    const rel = RELATIVE_OBJECT_BEFORE.exec(sentence.slice(Math.max(0, q.start - 80), q.start));
    if (rel && !VIOLENT_WORD.test(rel[0]) && !isHarmWord(rel[1].toLowerCase())) return null;
  }
  // "12 people had died — 10 at the scene and two more in hospital —": bare figures in an aside
  // opened right after the harm word break that figure down and share its harm
  if ((q.kind === 'digits' || q.kind === 'words') && (!s || /^(?:more|others?)$/i.test(s.text))) {
    // (each item tells where or when: "10 at the scene", not "- four arrested", a headline's next clause)
    const aside = ASIDE_ITEM_AFTER.test(sentence.slice(q.end)) ? ASIDE_AFTER_HARM.exec(sentence.slice(Math.max(0, q.start - 120), q.start)) : null;
    if (aside) {
      const start = q.start - aside[0].length + aside.index + aside[0].indexOf(aside[1]);
      return harmOfWord(aside[1], start, 'harm.aside-breakdown');
    }
  }
  // "A suicide bomber blew up his car at the gate", "Three female suicide bombers detonated their
  // explosives": bombers who set off their own charge die by it (GTD counts them among the dead)
  // (and bombers who set off what they carry: "Two of the bombers detonated their explosives")
  const ownCharge = !!c.subject && /\bbombers?$/i.test(c.subject.text) && OWN_CHARGE.test(sentence.slice(c.subject.end));
  if (c.subject && (SUICIDE_BOMBER.test(c.subject.text) || ownCharge)) {
    const det = SUICIDE_DETONATION.exec(sentence.slice(c.subject.end));
    if (det) {
      const start = c.subject.end + det[0].length - det[1].length;
      return { category: 'killed', harm: { text: det[1], start, end: start + det[1].length, how: 'active' }, isUpdate: false, tag: 'harm.suicide-detonation' };
    }
  }
  const leftOut = leftOutOfToll(sentence, q);
  if (leftOut) return leftOut;
  // "One of those injured, a 70-year-old man, died on Thursday": the part of the wounded who died
  const partDiedAfter = PART_OF_WOUNDED_DIED.exec(sentence.slice(q.end));
  if (partDiedAfter && (q.kind === 'words' || q.kind === 'digits')) {
    const verb = partDiedAfter[1] ?? partDiedAfter[2];
    const start = q.end + partDiedAfter[0].length - verb.length;
    return { category: 'killed', harm: { text: verb, start, end: start + verb.length, how: 'passive' }, isUpdate: false, tag: 'harm.part-of-wounded-died' };
  }
  // "His injuries were not life-threatening": the person whose injuries they are was wounded
  if (q.kind === 'implicit' && /^(?:his|her)$/i.test(q.text)) {
    const inj = /^\s+(?:\S+\s+)?(injuries|injury|wounds|wound)\b/i.exec(sentence.slice(q.end));
    if (inj) {
      const start = q.end + inj[0].length - inj[1].length;
      return { category: 'wounded', harm: { text: inj[1], start, end: start + inj[1].length, how: 'noun' }, isUpdate: false, tag: 'harm.possessed-injury' };
    }
  }
  // noun
  // "the captives killed", "hostages were wounded": a person-like harm noun followed by a harm
  // participle names the people; the participle says what happened to them
  const personHarmNoun = s?.noun === 'harm' && /\b(?:hostages?|captives?|detainees?|abductees?|refugees?|evacuees?)$/i.test(s.text);
  // "One of the injured died of his wounds": the partitive names the people, the verb the harm
  // (so does "two more injured succumbed to their injuries": the injured who died)
  const ofTheHarmed = s?.noun === 'harm' && /^(?:(?:more|other|additional|further)\s+)?(?:(?:critically|seriously|severely|badly|gravely)\s+)?(?:injured|wounded)$/i.test(s.text)
    && (/\bof\s+(?:the|those)\s+$/i.test(sentence.slice(0, s.start)) || /^\s+(?:(?:later|also|subsequently|have|has|had)\s+)*(?:died|dies|die|succumbed|succumbs?)\b/i.test(sentence.slice(s.end)));
  // (an appositive may come between: "One of the wounded, a porter, died on Sunday"; and another
  // subject joined to it: "9 hostages and all 4 attackers were killed")
  if ((personHarmNoun || ofTheHarmed) && /^(?:\s*,[^,;.]{1,70},|\s+and\s+[^,;.]{1,40}?(?=\s+(?:were|have\s+been|had\s+been)\s))?\s+(?:(?:were|was|have\s+been|had\s+been|has|have|had|later|also|subsequently|reportedly|found|been)\s+)*(?:killed|dead|died|wounded|injured|hurt|executed|succumbed|succumbs?|dies|die|suffered|sustained)\b/i.test(sentence.slice(s!.end))) {
    // fall through to the passive reading below
  } else if (personHarmNoun && p.active.test(sentence.slice(Math.max(0, q.start - 60), q.start))) {
    // "beheaded 3 hostages": the verb before tells what happened to them (the active reading below)
  } else if (s && (s.noun === 'attack' || s.noun === 'harm')) {
    // "received multiple stab wounds", "patients with multiple injuries": wounds on one body, not people
    if (s.noun === 'harm' && (/\bwounds?$/i.test(s.text) || (/\binjur(?:y|ies)$/i.test(s.text) && PER_BODY_BEFORE.test(sentence.slice(0, q.start))))) return null;
    const cat = s.noun === 'attack' ? 'attacks' : harmNounCategory(s.text);
    if (cat) return { category: cat, harm: { text: s.text, start: s.start, end: s.end, how: 'noun' }, isUpdate: false, tag: 'harm.noun' };
  }
  // "A man who opened fire on a trooper during a traffic stop was shot and killed": past an active
  // relative clause, the main verb tells what happened to the man
  const headEnd = s && s.noun === 'person' ? s.end : q.end;
  const relative = RELATIVE_THEN_MAIN.exec(sentence.slice(headEnd));
  if (relative && !/^\s+(?:who|that)\s+(?:was|were|had\s+been|has\s+been|is|are)\b/i.test(sentence.slice(headEnd))) {
    const at = headEnd + relative[0].length;
    p.passive.lastIndex = 0;
    const m = p.passive.exec(sentence.slice(at, at + 40));
    if (m && m.index === 0) return { category: p.passiveCategory.get(m[1].toLowerCase().replace(/\s+/g, ' '))!, harm: { text: m[1], start: at, end: at + m[1].length, how: 'passive' }, isUpdate: false, tag: 'harm.after-relative-clause' };
  }
  const before = sentence.slice(0, q.start);
  // "Fatalities: 6.", "Injured: 11", "(killed: 3)": a database's field names the harm
  const field = before.includes(':') ? FIELD_LABEL.exec(before) : null; // (the cheap test first: this runs per figure)
  if (field && q.kind !== 'implicit' && q.kind !== 'article') {
    const word = field[1].toLowerCase();
    const category: Category = /fatal|death|dead|killed/.test(word) ? 'killed' : /injur|wound/.test(word) ? 'wounded' : /casualt/.test(word) ? 'casualties'
      : /kidnap|abduct|hostage/.test(word) ? 'kidnapped' : /arrest|detain/.test(word) ? 'arrested' : /missing/.test(word) ? 'missing' : 'displaced';
    const start = field.index + field[0].indexOf(field[1]);
    return { category, harm: { text: field[1], start, end: start + field[1].length, how: 'noun' }, isUpdate: false, tag: 'harm.field-label' };
  }
  // "Killed were Jamal Reed, 24, and Tanya Brooks, 31", "Dead are a man and his son", "Among those
  // hurt was a 70-year-old woman": the harm opens the sentence and the list of people follows
  const inverted = INVERTED_HARM.exec(before);
  // (not a figure inside a relative clause of the list: "Among those killed were two women who had
  // travelled in a bus with around 60 others"; the list goes on after the clause closes: "three
  // tourists, whose nationalities were not released, and a 19-year-old bartender")
  if (inverted && !/\b(?:said|says|told|according)\b|[;:]/i.test(before.slice(inverted[0].length)) && !INSIDE_RELATIVE.test(before.slice(inverted[0].length)) && q.kind !== 'zero') {
    const word = (inverted[1] ?? inverted[2]).toLowerCase();
    const category: Category = /dead|killed|died/.test(word) ? 'killed' : 'wounded';
    const start = inverted.index + inverted[0].indexOf(inverted[1] ?? inverted[2]);
    return { category, harm: { text: inverted[1] ?? inverted[2], start, end: start + (inverted[1] ?? inverted[2]).length, how: 'passive' }, isUpdate: false, tag: 'harm.inverted' };
  }
  // "The injured, four policemen and two passers-by, were shifted to hospital": an appositive of
  // the harmed names them
  const harmedAppositive = q.kind !== 'zero' && before.length < 100 && before.includes(',') ? HARMED_APPOSITIVE.exec(before) : null;
  // (not a description of one person named first: "The deceased, 32-year-old Ngozi, a mother of three")
  const namedFirst = !!harmedAppositive && /\p{Lu}|\d+-year-old/u.test(harmedAppositive[0].slice(harmedAppositive[0].indexOf(',') + 1));
  if (harmedAppositive && !namedFirst) {
    const start = harmedAppositive.index + harmedAppositive[0].indexOf(harmedAppositive[1]);
    const category: Category = /dead|deceased/i.test(harmedAppositive[1]) ? 'killed' : 'wounded';
    return { category, harm: { text: harmedAppositive[1], start, end: start + harmedAppositive[1].length, how: 'passive' }, isUpdate: false, tag: 'harm.appositive-of-harmed' };
  }
  // "the couple's daughter survived after being shot": wounded, and alive
  const survived = SURVIVED_AFTER_BEING.exec(sentence.slice(s ? s.end : q.end));
  if (survived) {
    const start = (s ? s.end : q.end) + survived[0].length - survived[1].length;
    return { category: 'wounded', harm: { text: survived[1], start, end: start + survived[1].length, how: 'passive' }, isUpdate: false, tag: 'harm.survived-after' };
  }
  // "then turned the gun on himself": the shooter's own death, as GVA and GTD count it
  if (/^(?:himself|herself)$/i.test(q.text)) {
    const turned = /\b(?:turn(?:ed|ing|s)?|us(?:ed|ing))\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol|handgun|firearm)\s+on\s+$/i.exec(before);
    if (turned) return { category: 'killed', harm: { text: turned[0].trim(), start: turned.index, end: turned.index + turned[0].trimEnd().length, how: 'active' }, isUpdate: false, note: "outcome inferred: 'turned the gun on himself' read as killed", tag: 'harm.turned-gun' };
  }
  // A verb before the figure completed after it: "stabbed 4 people to death", "left 3 dead",
  // "took 14 people into custody" (checked before the bare active verb: it is more specific)
  {
    const from0 = s ? s.end : q.end;
    const tailText = sentence.slice(from0);
    for (const split of SPLIT_VERBS) {
      const tail = split.after.exec(tailText);
      if (tail && split.before.test(before)) {
        const start = from0 + tail[0].length - tail[0].trimStart().length;
        return { category: split.category, harm: { text: tail[0].trim(), start, end: from0 + tail[0].length, how: 'passive' }, isUpdate: false, tag: `harm.split-verb` };
      }
    }
  }
  // active, adjacent (matched on the last words only: the verb is next to the figure)
  const activeFrom = Math.max(0, q.start - 60);
  const a0 = p.active.exec(before.slice(activeFrom));
  const a = a0 ? Object.assign(a0, { index: a0.index + activeFrom }) : null;
  // "could have killed dozens", "a plot to kill 50 people": what did not happen is no claim
  if (a && UNREAL_BEFORE.test(before.slice(Math.max(0, a.index - 40), a.index))) return null;
  if (a) {
    const word = a[1].toLowerCase().replace(/\s+/g, ' ');
    let category = p.activeCategory.get(word)!;
    // ("He shot Carl Denton, 40, who died at the scene": the relative clause tells the outcome)
    if (category === 'wounded' && OBJECT_DIED.test(sentence.slice(s?.end ?? q.end))) {
      return { category: 'killed', harm: { text: a[1], start: a.index, end: a.index + a[1].length, how: 'active' }, isUpdate: false, tag: 'harm.active-object-died' };
    }
    // "killing and wounding 30" shares one figure; "1 soldier killed and wounding another 25"
    // (two forms) is two clauses
    if (/\b(?:killed\s+(?:and|or)\s+(?:wounded|injured)|killing\s+(?:and|or)\s+(?:wounding|injuring))\s*$/i.test(before.slice(0, a.index + a[1].length))) category = 'casualties';
    const note = /^(?:shot|shooting|stabbed|stabbing)$/i.test(word) ? `outcome not stated: '${a[1]}' read as wounded` : undefined;
    // "wounding and kidnapping dozens": one figure, two harms of different categories
    const pair = /(?<![\p{L}-])(\p{L}+)\s+(and|or)\s+$/u.exec(before.slice(Math.max(0, a.index - 40), a.index));
    const first = pair ? p.activeCategory.get(pair[1].toLowerCase()) : undefined;
    // (both verbs of one form: in "1 soldier killed and wounding another 25" the first ends a clause)
    const sameForm = !!pair && /ing$/i.test(pair[1]) === /ing$/i.test(word) && /ed$/i.test(pair[1]) === /ed$/i.test(word);
    // ("stabbed and beheaded a teacher": the wound led to the death, one claim; "killed or wounded" is casualties above)
    const alsoCategory = category !== 'casualties' && sameForm && first && first !== category && first !== 'attacks'
      && !(category === 'killed' && first === 'wounded' && pair![2] !== 'or') ? first : undefined;
    return { category, harm: { text: a[1], start: a.index, end: a.index + a[1].length, how: 'active' }, isUpdate: false, note, tag: `harm.active`, alsoCategory };
  }
  // passive / predicate, after the counted noun
  // ("A man suspected of stabbing a neighbour was shot dead by police", "the man who shot a guard was
  // arrested": the figure is the object inside the subject's clause; the verb after is the subject's)
  const objectInClause = OBJECT_IN_CLAUSE.test(before.slice(-80)); // (a tail: end-anchored patterns scan every start)
  const from = s ? s.end : q.end;
  // (an aside between dashes is skipped like one in brackets: "Fifteen people — four policemen and
  // 11 civilians — were wounded")
  // (en dashes and a hyphen with spaces stand for dashes in much copy: "Three patrons - a woman and two men - died")
  const inParens = (x: number) => { const seg = sentence.slice(from, x); return /\([^()]*$|\u2014[^\u2014]*$|\u2013[^\u2013]*$/.test(seg) || seg.split(' - ').length % 2 === 0; };
  // (a count of wounds on the body does not end it: "also received multiple stab wounds")
  const perBody = (x: number) => PER_BODY_BEFORE.test(sentence.slice(Math.max(0, x - 20), x)) && /^(?:\S+\s+){1,3}?(?:wounds?|injur(?:y|ies)|stitches|staples)\b/i.test(sentence.slice(x));
  // (nor does the figure of an appositive right after the subject: "A 34-year-old woman, a teacher at
  // a school in Witu, sustained a gunshot wound")
  // (or after a longer subject: "19 soldiers and members of the Volunteers (VDP), a civilian
  // auxiliary force, were killed")
  const appositiveAt = (x: number) => /^[^;:.]{0,120},\s*$/.test(sentence.slice(from, x)) && APPOSITIVE_AHEAD.test(sentence.slice(x, x + 80));
  // (nor does a figure inside the subject's clause: "A man suspected of stabbing a neighbour was shot dead")
  // (the cheap test first; the pattern tests only for the figures that come after it, nearest first)
  const nextFigure = otherFigureStarts.filter((x) => x >= from).sort((x, y) => x - y)
    .find((x) => !inParens(x) && !perBody(x) && !appositiveAt(x) && !OBJECT_IN_CLAUSE.test(sentence.slice(Math.max(0, x - 60), x)) && !IN_OWN_RELATIVE.test(sentence.slice(from, x))) ?? sentence.length;
  // a parenthesis ("40 personnel of the CRPF (Central Reserve Police Force) were killed") is skipped
  const windowText = sentence.slice(from, nextFigure).replace(/\([^()]*\)|\u2014[^\u2014]*\u2014|\s\u2013\s[^\u2013]*\s\u2013\s|\s-\s(?:(?!\s-\s)[^;.])*\s-\s/g, (m) => ' '.repeat(m.length));
  const limit = windowText.search(/[;:()\u2014]|\s[\u2013-]\s/);
  let window = limit === -1 ? windowText : windowText.slice(0, limit);
  // a figure inside a relative clause ("His mother, who tried to shield the couple, received a
  // bullet"): the clause's closing comma hands the predicate back to its head
  if (/,\s*(?:who|whom|which)\s[^,;()]*$/i.test(before.slice(-120)) && (q.kind === 'article' || q.kind === 'implicit')) {
    const close = window.indexOf(',');
    if (close !== -1) window = window.slice(0, close);
  }
  // a new clause with its own subject ends the window ("2 men came in, the people inside shot
  // back"; "called 911 to report that his parents had been wounded"; "The minister said the blast
  // could have killed dozens": a speaker is no victim), unless it is an attribution
  // in the middle ("30 people, the ministry said, were killed")
  // (and relative clauses: "Two tourists and a Czech citizen, who succumbed to her wounds in Cairo, were killed")
  // (and "The man, identified by the coroner as Dale Perkins, 44, was pronounced dead")
  // (and an appositive before the verb: "One of the wounded, a porter, died")
  const asides = window.replace(/,\s*(?:including|among\s+them|mostly|mainly|many\s+of\s+them|most\s+of\s+them|who|whom|whose|which|ranging|aged|all\s+aged)\b[^,]*,/gi, (m) => ' '.repeat(m.length))
    // (and a relative clause right after an appositive's noun: "Elias Brand, a photojournalist whose
    // images appeared on magazine covers, was killed")
    .replace(/^\s+whose\s[^,;]*,/i, (m) => ' '.repeat(m.length))
    // (and where the person is from, with or without an age: "Farhad Karimi, 24, from the village of
    // Dari, was hit by several bullets and died")
    .replace(/^(?:\s*,\s*\d{1,3})?\s*,\s*(?:from|of)\s+[^,;]{1,60},/i, (m) => ' '.repeat(m.length))
    // (and a name in apposition: "A CRPF jawan, Constable Sunil Yadav (28), sustained a bullet injury")
    .replace(/,\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:\(\s*\d{1,3}\s*\)|,\s*\d{1,3})?\s*,/gu, (m) => ' '.repeat(m.length))
    .replace(APPOSITIVE_ASIDE, (m) => ' '.repeat(m.length))
    // (and an age told in words: "A second man, in his late twenties, was treated for facial injuries")
    .replace(AGE_IN_WORDS_ASIDE, (m) => ' '.repeat(m.length))
    .replace(/,\s*(?:identified|named|known)\s+(?:(?:by|to)\s+[^,]{1,60}?\s+)?(?:only\s+)?(?:by\s+(?:his|her|the)\s+(?:alias|nickname)\s+|as\s+)["“]?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:,?["”]?,\s*\d{1,3}\s*)?,?/gu, (m) => ' '.repeat(m.length)); // (case matters: a name's capitals)
  const clause = /(?:,\s*(?:the|a|an|he|she|they|it|we|i|police|officers|his|her|their)\b|\b(?:that|because|after|before|when|while|if|until|but|so|as|said(?!\s+to\s)|says(?!\s+to\s)|told|added)\s)/i.exec(asides);
  if (clause && !/^[^.]*?\b(?:said|says|reported|according)\b[^.]*?,/i.test(window.slice(clause.index))) window = window.slice(0, clause.index);
  // asides (", including ...,", ", who ...,") are blanked: their words neither count nor match
  // (an "and" inside a name is no clause break: "the Jaramogi Oginga Odinga Teaching and Referral
  // Hospital"; masked case-sensitively, at the same length)
  const plain = asides.slice(0, window.length).replace(NAME_AND, ' &&& ');
  // "sustained a superficial injury", "suffered serious wounds", "got light injuries"
  const sustained = BROKE_BONE.exec(plain) ?? /^(?:(?!\b(?:and|but|while)\b(?!\s+(?:then\s+)?(?:sustained|suffered|received|broke|fractured)\b))[^,;])*?\b(?:sustained|suffered|received|got|had|with|treated\s+(?:(?:at|in|on|by)\s+(?:\S+\s+){1,5}?)?for|being\s+treated\s+for|hospitali[sz]ed\s+with|suffering\s+from|suffered\s+from|needed|required|nursing)\s+(?:\S+\s+){0,5}?(?:injur(?:y|ies)|wounds?|burns|grazes?|lacerations?|fractures?|stab\s+wounds?|cuts?|bruises|stitches|(?:broken|fractured|cracked)\s+(?:arms?|legs?|ribs?|nose|jaw|wrists?|hands?|skull|collarbone|hip|pelvis|ankles?|cheekbone|eye\s+socket|spine|vertebrae?)|bleed(?:ing)?\s+on\s+the\s+brain|smoke\s+inhalation|bullets?(?=\s+(?:in|to)\s+(?:the|his|her|their)\s))\b/i.exec(plain);
  p.passive.lastIndex = 0;
  for (let m = objectInClause ? null : p.passive.exec(plain); m; m = p.passive.exec(plain)) {
    const gap = plain.slice(0, m.index);
    const gapWords = gap.trim() ? gap.trim().split(/\s+/).length : 0;
    // (a relative clause with no commas may run long before its head's own death: "A 24-year-old
    // woman who was allegedly doused with kerosene and set on fire by her in-laws for failing to
    // bring a dowry succumbed to her burn injuries")
    const longRelative = gapWords <= 3 * MAX_GAP_WORDS && /^\s*who\s+(?:was|were|had\s+been)\s/i.test(gap) && /^(?:died|succumbed|succumbed\s+to|passed\s+away|has\s+died|had\s+died)\b/i.test(m[1]);
    // (so may a chain of prepositional phrases, with no verb in it, before "was": "A candidate for
    // mayor of the town of Coyuca de Catalán in Mexico's violent Guerrero state was shot dead")
    const longModifier = gapWords <= 2 * MAX_GAP_WORDS && /^\s*(?:for|of|from|in|at|with|on)\s/i.test(gap) && /\s(?:was|were)\s+$/.test(gap)
      && !/\b(?:who|which|that|and|but|or|said|says|when|after|before|while|is|are|has|have|had|\p{L}+ed)\b/iu.test(gap.replace(/\s(?:was|were)\s+$/, ''));
    if (gapWords > MAX_GAP_WORDS && !longRelative && !longModifier) break;
    const after = window.slice(m.index + m[1].length) + sentence.slice(from + window.length);
    const phrase = m[1].toLowerCase().replace(/\s+/g, ' ');
    // "gunmen killed 3": the counted noun is the agent, the verb has an object.
    // ("An Afghan teenager stabbed and injured 2 Americans": the object follows a second verb)
    const secondVerb = /^\s+(?:and|then)\s+(?:\S+\s+)?([\p{L}]+)(?=\s)/u.exec(after);
    // (of the same form: "2 soldiers killed and wounding 5 others" is two clauses)
    const sameForm = !!secondVerb && /ing$/i.test(secondVerb[1]) === /ing$/i.test(phrase);
    const objectAfter = OBJECT_AFTER.test(after) || (!!secondVerb && sameForm && p.activeCategory.has(secondVerb[1].toLowerCase()) && OBJECT_AFTER.test(after.slice(secondVerb[0].length))) || /^\s+\p{Lu}\.\s/u.test(after) || (/^\s+\p{Lu}\p{Ll}+/u.test(after) && !/^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|In|On|At|Near|By)\b/.test(after));
    // ("shot and killed a dog" takes an object too; only "lost their lives" and the like never do)
    const passiveBefore = passiveGap(gap);
    // ("shot dead an attendant", "stabbed to death a civilian": the verb of these takes an object too)
    const neverObject = /\b(?:lives?|dead|death|among|fled|flee|fleeing)\b/i.test(phrase) && !/^(?:shot|stabbed|beaten|burned|burnt|hacked|crushed)\s/i.test(phrase);
    // ("The sweep, involving about 2,000 personnel, had killed six rebels": "had" + participle + object is active)
    const perfectActive = /\b(?:has|have|had)\s+(?:(?:now|already|reportedly|allegedly|apparently|since|also|just|then)\s+)?$/i.test(gap);
    if (!neverObject && objectAfter && !/^\s+(?:by|in|on|at(?!\s+least))\b/i.test(after) && (!passiveBefore || perfectActive)) continue;
    // self-inflicted: not counted as an attack's victim (not after a passive: "was fatally shot himself" is emphatic)
    if (/^\s+(?:himself|herself|themselves)\b/i.test(after) && !passiveBefore) continue;
    // "was transported to the hospital for evaluation", "taken to hospital as a precaution": no wound
    if (/hospital/i.test(phrase + after.slice(0, 30)) && PRECAUTION_AFTER.test(after)) continue;
    // "A teenager tried to stab an officer and was shot dead": the teenager was shot, not the officer
    if (OBJECT_OF_VERB.test(before.slice(-40)) && JOINED_PREDICATE_GAP.test(gap)) continue;
    // "the attacker took a cab and then shot the driver dead": the object is dead, not the subject
    if (phrase === 'dead' && /\b(?:shot|shoots|shooting|stabbed|stabbing|beat|beaten|beating|hacked|hacking|left|leaving|leaves|clubbed|kicked)\s+(?:\S+\s+){1,3}$/i.test(gap) && !passiveGap(gap.replace(/\b(?:shot|stabbed|beaten|hacked|left|clubbed|kicked)\s+(?:\S+\s+){1,3}$/i, ''))) continue;
    // ("27 residents had been buried": the buried are the dead; not those buried under rubble or
    // alive, who may be trapped)
    if (phrase === 'buried' && /^\s+(?:alive|under|beneath|by|in\s+(?:the\s+)?(?:rubble|debris|mud|landslides?|snow|avalanches?|collapsed|ruins))\b/i.test(after)) continue;
    // ("A neighbour found the man dead": whoever finds someone dead is not the dead one; not "was
    // found shot dead", where the finding is passive)
    if (phrase === 'dead' && /\b(?<!\b(?:was|were|been|being|is|are)\s+(?:\S+\s+)?)(?:found|discovered|find|finds|discover|discovers)\s+(?!(?:shot|stabbed|beaten|lying|fatally|already|dead)\b)(?:\S+\s+){1,4}$/i.test(gap)) continue;
    // ("was not physically hurt": an adverb that leaves the negation whole; not "not seriously hurt")
    // ("was not seriously injured" is hurt, only less: the negation takes the adverb, not the harm)
    if (/(?:\b(?:not|never|no)|n['’]t)\s+(?:been\s+)?(?:(?:physically|otherwise|even|actually)\s+)?$/i.test(gap)
      && !(q.kind !== 'zero' && /^(?:seriously|critically|badly|gravely|severely|fatally|life-threateningly)\s+(?:injured|wounded|hurt)$/i.test(phrase))) continue;
    // ("hundreds could have been killed", "he could have hurt somebody"; "might have been wounded" is a hedge)
    if (/\b(?:could|would|should)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+)?$/i.test(gap) || /\bmight(?:\s+not|n['’]t)?\s+have\s+$/i.test(gap)) continue;
    // "revised its death toll to 14 ... and kept the injured figure at 68": after an article the
    // word names a noun phrase, it tells nothing of the figure's people
    if (/\b(?:the|its|their|a|an)\s+$/i.test(gap) && /^\s+(?:figure|toll|count|number|tally|list|total)\b/i.test(after)) continue;
    // "appointed to the dead man's family", "visited the injured officer": an adjective of another
    // noun phrase, a person already told of, not what happened to this figure's people
    if (/^(?:dead|injured|wounded|slain|deceased)$/.test(phrase) && /\b(?:the|a|an|his|her|their|its)\s+$/i.test(gap)
      && /^\s+(?!(?:were|was|are|is|and|or|in|at|on|by|from|after|included|include|includes|had|have|has|of|to|as|during|when|while|with)\b)\p{L}/iu.test(after)) continue;
    // "shot at the suspects": fired at, not hit ("nine people shot at a crowded party" were hit there)
    if (/^\s+at\b/i.test(after) && /^(?:shot|fired)$/i.test(phrase) && (!AUX_BEFORE.test(gap) || perfectActive) && !SHOT_AT_PLACE.test(after)) continue;
    // ("The driver who was shot at, a 52-year-old woman, ...": "shot at" with no place after it is
    // fired at, hit or not)
    if (/^(?:shot|fired)$/i.test(phrase) && /^\s+at\s*(?:[,.;)]|$|\s+(?:but|and\s+(?:missed|not))\b)/i.test(after)) continue;
    // "firing the fatal shot": the noun, not the verb
    if (phrase === 'shot' && /\b(?:the|a|an|fatal|single|warning|first|second|final|lethal|one|gun|fired|firing)\s+$/i.test(gap)) continue;
    // "struck by the vehicle" is not a wound of this kind; "nobody was struck", "struck by gunfire" are
    if (phrase === 'struck' && !(q.kind === 'zero' || /^\s+(?:by\s+(?:gunfire|an?\s+(?:stray\s+|rubber\s+|plastic\s+)?(?:bullet|round|stone|rock|pellet)|(?:stray\s+|rubber\s+|plastic\s+)?(?:bullets|rounds|stones|rocks|pellets)|shrapnel)|on\s+the\s+head)\b/i.test(after))) continue;
    // agreement: "the victim was approached by two men and was shot" (a plural figure with "was")
    // (a figure after a preposition is no subject at all: "approached by two men")
    const n = q.best ?? 1;
    if (/\b(?:by|from|at|for|against|toward|towards)\s+$/i.test(before)) continue;
    // ("A bus driver and his conductor were shot dead": one person of a coordinated subject)
    const lastConjunct = /(?:\band|,|\bincluding|\bamong\s+them)\s+$/i.test(before) || /^\s*and\s+(?:his|her|their|its)\s+/i.test(gap);
    // (only "one ... were": a plural figure with "was" is too often a slip of the writer, "Two
    // policeman was killed", and the preposition rule above covers "approached by two men and was shot")
    if (q.kind !== 'vague' && n === 1 && !(q.kind === 'implicit' && q.best === null) && !lastConjunct && q.kind !== 'zero' && /\b(?:were|are|(?<!\b(?:might|may|could|would|should|must|will|to)\s+)have)\b/i.test(gap) && !/\b(?:was|is|has)\b/i.test(gap)) continue;
    let category = p.passiveCategory.get(phrase)!;
    if (phrase === 'fled' && isGetaway(q, s, gap, after)) continue;
    // "was kidnapped and murdered", "abducted and later executed": the last outcome is the claim
    if (category === 'kidnapped' && /^\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(?:murdered|killed|executed|beheaded|shot\s+dead|shot\s+and\s+killed)\b/i.test(window.slice(m.index + m[1].length))) category = 'killed';
    if (category === 'wounded' && DIED_AFTER.test(window.slice(m.index + m[1].length))) category = 'killed';
    // "A man who was shot by a neighbor last week has died": the main verb comes after the clause
    // ("A man who was shot Saturday night died Tuesday at the hospital"; not "Of five people who
    // were wounded, one died": a comma before a plain "died" may bring another subject; an aside of
    // place between commas does not, "who were injured in the blast in Kiyamba, near the border,
    // died in hospital")
    // ("who was being treated for gunshot wounds died": the auxiliary may be part of the phrase)
    if (category === 'wounded' && /\b(?:who|that)\s+(?:(?:was|were|had\s+been)\s+(?:being\s+)?)?$/i.test(gap) && /^(?:[^.;]*?\b(?:has|have|had)\s+(?:since\s+)?died|[^.;,]*?(?:,\s*(?:near|in|at|on|outside|from|close\s+to)\s[^.;,]{1,60},)?[^.;,]*?\b(?:later\s+)?(?:died|succumbed))\b/i.test(sentence.slice(from + m.index + m[1].length))) category = 'killed';
    // ("A teenager wounded in last weekend's shooting has died": the participle right after one
    // person, and the main verb after it, with no comma between)
    if (category === 'wounded' && gap.trim() === '' && n === 1 && /^[^.;,]*?\b(?:has|have|had)\s+(?:since\s+|now\s+)?died\b|^[^.;,]*?\b(?:later\s+)?(?:died|succumbed)\b/i.test(sentence.slice(from + m.index + m[1].length))) category = 'killed';
    const note = phrase === 'shot' || phrase === 'stabbed' ? `outcome not stated: '${m[1]}' read as wounded` : undefined;
    if (sustained && sustained.index + sustained[0].length < m.index) break;
    return { category, harm: { text: m[1], start: from + m.index, end: from + m.index + m[1].length, how: 'passive' }, isUpdate: false, note, tag: 'harm.passive' };
  }
  // "was taken to Grady Memorial Hospital", "rushed to St. Mary's Medical Center": a named hospital
  const hospital = /^(?:(?!\b(?:and|but|while)\b(?!\s+(?:then\s+)?(?:sustained|suffered|received|broke|fractured)\b))[^,;])*?\b(?:taken|rushed|transported|airlifted|flown|brought)\s+(?:by\s+\p{L}+\s+)?to\s+(?:(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:Hospital|Medical\s+Cent(?:er|re)|Trauma\s+Cent(?:er|re)|Infirmary|Clinic)|(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,2}(?:hospital|clinic|infirmary|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|health\s+cent(?:er|re)))\b/u.exec(plain); // (asides blanked: "Mr Adeyemi, a father of three, was taken to ...")
  if (hospital && !sustained && q.kind !== 'zero') {
    const end = from + hospital.index + hospital[0].length;
    // ("was taken to Aintree University Hospital but died a short time later")
    const died = DIED_AFTER.test(sentence.slice(end));
    return { category: died ? 'killed' : 'wounded', harm: { text: hospital[0].trim(), start: end - hospital[0].trim().length, end, how: 'passive' }, isUpdate: false, tag: 'harm.taken-to-hospital' };
  }
  // "The man suffered serious injuries to his head, and the woman moderate injuries": the verb
  // of the clause before, left out of this one
  const gapped = !sustained && q.kind !== 'zero' ? GAPPED_INJURY.exec(plain) : null;
  if (gapped && GAPPED_INJURY_BEFORE.test(before.slice(-200))) {
    const start = from + gapped[0].length - gapped[1].length;
    return { category: 'wounded', harm: { text: gapped[1], start, end: start + gapped[1].length, how: 'passive' }, isUpdate: false, tag: 'harm.gapped-injury' };
  }
  // a self-inflicted wound that was not fatal is not a victim of the incident
  // (a proper name counts as one word: "was taken to the Jaramogi Oginga Odinga Teaching and Referral
  // Hospital (JOOTRH) with serious head injuries")
  if (sustained && sustained[0].replace(NAME_RUN, 'N').trim().split(/\s+/).length <= MAX_GAP_WORDS + 4 && !/self[-\s]inflicted/i.test(sustained[0])) {
    const end = from + sustained.index + sustained[0].length;
    // ("found with fatal stab wounds", "suffered fatal injuries": the wound killed)
    // ("suffered multiple stab wounds and died at the scene")
    // ("two men with severe burns and shrapnel wounds had died": the wounds a modifier, death the verb)
    const fatal = /\b(?:fatal|mortal|deadly)\s+(?:\S+\s+){0,2}?(?:injur(?:y|ies)|wounds?)\b/i.test(sustained[0]) || DIED_AFTER.test(sentence.slice(end))
      || (/^\s*with\s/i.test(sustained[0].slice(sustained[0].search(/\bwith\b/i) >= 0 ? sustained[0].search(/\bwith\b/i) : sustained[0].length)) && WITH_INJURY_THEN_DIED.test(sentence.slice(end))
        // (not an appositive, whose head is the one counted: "One of those injured, a man with burns, died")
        && !/,\s*$/.test(sentence.slice(0, q.start)));
    return { category: fatal ? 'killed' : 'wounded', harm: { text: sustained[0].trim(), start: end - sustained[0].trim().length, end, how: 'passive' }, isUpdate: false, tag: 'harm.sustained-injury' };
  }
  // "killing the driver and a civilian": the active verb is shared across "and"
  // and along a list: "killed a candidate running for a seat, his driver and a guard"
  const sharedFrom = Math.max(0, before.length - 160);
  // (a name in apposition is no item of its own: "killed a nurse, Miriam Otieno, and two patients")
  // (and a name as the first object is an item: "killed Abdirahman and five other people")
  const shared0 = p.sharedActive.exec(before.slice(sharedFrom).replace(APPOSITIVE_NAME, (m) => ' '.repeat(m.length)).replace(NAME_AS_OBJECT, (m) => `a ${'x'.repeat(m.length - 2)}`));
  // (not a pronoun opening a new clause, "..., he said"; not a partitive, "many of them")
  // (nor the agents of a passive: "shot dead by a security guard and an off-duty soldier")
  const shared = shared0 && !/\b(?:said|says|told|according)\b/i.test(shared0[0]) && !AGENT_BEFORE.test(before.slice(-80)) && !/^(?:he|she|they)$/i.test(q.text) && !/^\s+of\s+(?:them|whom|those)\b/i.test(sentence.slice(q.end)) ? Object.assign(shared0, { index: shared0.index + sharedFrom }) : null;
  // (not a figure with a predicate of its own: "killed his wife and their son ..., and the couple's
  // daughter survived after being shot")
  if (shared && !OWN_PREDICATE_AFTER.test(sentence.slice(s ? s.end : q.end))) {
    // ("fatally shot his brother and then himself": the adverb carries along the list too)
    const fatally = /^(?:shot|stabbed|wounded|injured)$/i.test(shared[1]) && /\bfatally\s+$/i.test(before.slice(Math.max(0, shared.index - 20), shared.index));
    return { category: fatally ? 'killed' : p.activeCategory.get(shared[1].toLowerCase())!, harm: { text: shared[1], start: shared.index, end: shared.index + shared[1].length, how: 'active' }, isUpdate: false, tag: 'harm.active-shared' };
  }
  // "A Palestinian stabbed two Israelis ... before being shot dead by police": the sentence's
  // subject, named by its first figure, is the one shot
  if (!otherFigureStarts.some((x) => x < q.start) && q.kind !== 'zero' && q.kind !== 'vague') {
    // "A guard ran towards the gate, was shot and died": a second predicate after a comma, with
    // no subject of its own, tells what happened to the sentence's subject
    // (the subject opens the sentence: not a noun inside a clause, "who police identified as a couple, were shot")
    // (or after an opening phrase: "In a third incident, a Palestinian tried to stab ...")
    const second = s?.noun === 'person' && /^\s*(?:(?:\p{L}+\s+){0,4}\p{L}+\s*,\s*)?$/u.test(before) ? SECOND_PREDICATE.exec(sentence.slice(from)) : null;
    if (second) {
      const at = from + second[0].length;
      p.passive.lastIndex = 0;
      const m = p.passive.exec(sentence.slice(at, at + 40));
      if (m && m.index === 0) {
        let category = p.passiveCategory.get(m[1].toLowerCase().replace(/\s+/g, ' '))!;
        if (category === 'wounded' && DIED_AFTER.test(sentence.slice(at + m[1].length))) category = 'killed';
        const note = category === 'wounded' && /^(?:shot|stabbed)$/i.test(m[1]) ? `outcome not stated: '${m[1]}' read as wounded` : undefined;
        return { category, harm: { text: m[1], start: at, end: at + m[1].length, how: 'passive' }, isUpdate: false, note, tag: 'harm.second-predicate' };
      }
    }
    const being = BEFORE_BEING.exec(sentence.slice(from));
    // (not past a clause with a subject of its own: "... before killing himself, and the couple's
    // daughter survived after being shot")
    if (being && !/,\s*(?:and|but|while)\s+(?:the|a|an|his|her|their)\s/i.test(sentence.slice(from, from + being.index))) {
      const start = from + being.index + being[0].length - being[1].length;
      const killed = !/^shot$/i.test(being[1]);
      return { category: killed ? 'killed' : 'wounded', harm: { text: being[1], start, end: start + being[1].length, how: 'passive' }, isUpdate: false, note: killed ? undefined : `outcome not stated: '${being[1]}' read as wounded`, tag: 'harm.before-being' };
    }
  }
  // "the attacker, who was shot dead by police": one person's harm told in a relative clause
  // (only where the main clause told none: "The victim, who was shot in the head, died" is a death)
  if ((q.kind === 'implicit' || q.kind === 'article') && q.best === 1) {
    const rel = RELATIVE_HARM.exec(sentence.slice(from));
    if (rel) {
      const verb = rel[1] ?? rel[2];
      const start = from + rel[0].length - verb.length;
      const died = !/^(?:shot|wounded|injured|struck|hit)$/i.test(verb) || DIED_AFTER.test(sentence.slice(start + verb.length));
      return { category: died ? 'killed' : 'wounded', harm: { text: verb, start, end: start + verb.length, how: 'passive' }, isUpdate: false, note: died || verb !== 'shot' ? undefined : `outcome not stated: '${verb}' read as wounded`, tag: rel[2] ? 'harm.relative-own-life' : 'harm.relative-clause' };
    }
  }
  // toll
  const tollFrom = Math.max(0, q.start - 300);
  const t0 = p.toll.exec(before.slice(tollFrom));
  const t = t0 ? Object.assign(t0, { index: t0.index + tollFrom }) : null;
  if (t) {
    const between = before.slice(t.index);
    if (!otherFigureStarts.some((x) => x >= t.index && x < q.start)) {
      const category = p.tollCategory.get(t[1].toLowerCase().replace(/\s+/g, ' ')) ?? (/(?:wounded|injured)$/i.test(t[1]) ? 'wounded' : 'killed');
      // "rose to 41", or the update verb before the toll: "raised the toll to 11"
      // (right before it: "raised the death toll"; not "residents reached by phone put the number")
      const isUpdate = p.update.test(between) || p.updateBefore.test(before.slice(Math.max(0, t.index - 40), t.index));
      return { category, harm: { text: t[1], start: t.index, end: t.index + t[1].length, how: 'toll' }, isUpdate, tag: 'harm.toll' };
    }
  }
  return null;
}

// "fled the scene", "fled on foot", "fled in a gray sedan", "fled with $40": a getaway, not
// people driven from their homes
const GETAWAY_AFTER = /^\s+(?:the\s+(?:scene|home|house|residence|apartment|business|store|shop|building|bank|vehicle|car|location|premises)\b|on\s+foot\b|in\s+(?:a|an|the|his|her|their)\s|with(?:out)?\b|from\s+(?:the\s+)?(?:police|officers|deputies|troopers|scene)\b|through\b|(?:north|south|east|west)bound\b|before\s+(?:police|officers|deputies)\b)/i;
/**
 * Whether "fled" tells of someone getting away rather than of displacement. Displacement is of
 * people driven out, counted as a group: a lone person ("the man fled", "he then fled") and the
 * attackers ("the suspects fled", "three men who attacked a checkpoint fled") are getting away.
 */
function isGetaway(q: Candidate['quantity'], s: Candidate['subject'], gap: string, after: string): boolean {
  // ("three men who attacked a checkpoint fled": those who fled did the attacking)
  if (s?.group === 'perpetrators' || /\b(?:who|that)\s+(?:had\s+)?(?:attacked|ambushed|stormed|raided|robbed|opened\s+fire|shot|stabbed|killed)\b/i.test(gap)) return true;
  if (q.kind !== 'vague' && (q.best ?? 0) < 2) return true;
  return GETAWAY_AFTER.test(after);
}

function harmNounCategory(text: string): Category | null {
  const nouns = lexicon().harm.nouns;
  const lower = text.toLowerCase();
  let best: { cat: Category; len: number } | null = null;
  for (const [cat, words] of Object.entries(nouns) as Array<[Category, string[]]>) {
    for (const w of words) if (lower.endsWith(w.toLowerCase()) && (!best || w.length > best.len)) best = { cat, len: w.length };
  }
  return best?.cat ?? null;
}
