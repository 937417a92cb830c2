// Refiner: drop figures that are not counts of people or attacks: ages, years, dates, times,
// money, percentages, units, model and route numbers, addresses, ordinals, compound adjectives
// ("three-person delegation"), phone numbers and page furniture ("4 min read"). Each rule is named
// so --explain shows why a figure was dropped.
import { lexicon } from '../lexicon.js';
import type { Quantity } from '../types.js';
import { MONTHS, MONTH_ABBR } from '../text-utils.js';
import { NUMBER_WORDS } from '../numbers.js';

const AGE_ITEM = `(?:\\d+|(?:${NUMBER_WORDS.join('|')})(?:-(?:${NUMBER_WORDS.join('|')}))?)`;
const AGE_LIST_BEFORE = new RegExp(`\\b(?:aged|ages)\\s+${AGE_ITEM}\\s*(?:,\\s*${AGE_ITEM}\\s*)*(?:,\\s*|,?\\s*(?:and|to|or)\\s+)$`, 'i');

const YES_NO_QUESTION = /^\W*(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would|should)\s[^.!?]*$/i;
const CROWD_OF = /\b(?:a|an|the|its|their)\s+(?:\S+\s+)?(?:crowd|gathering|audience|congregation|rally|assembly|procession|march)\s+of\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|roughly|an\s+estimated|up\s+to)\s+)?$/i;
const MONTH = `(?:${[...MONTHS, ...MONTH_ABBR].join('|')})\\.?`;

// "the gunman, 22, was shot": a figure between commas after a person noun is an age (and after
// "a mum-of-three, 41,")
let nounComma: RegExp | undefined;
function personNounBeforeComma(): RegExp {
  return (nounComma ??= new RegExp(`\\b(?:${lexicon().singularNouns.map((n) => n.replace(/ /g, '\\s+')).join('|')})(?:-of-[a-z0-9]+)?\\s*,\\s*$`, 'i'));
}

const AGES_AFTER_GROUP = /\b(?:men|women|boys|girls|teens|teenagers|people|persons|brothers|sisters|victims|friends|males|females|adults|youths|students|cousins)\s*,\s*(?:\d{1,2}\s*,\s*)*(?:\d{1,2}\s*,?\s*and\s+)?$/i;

interface Rule { name: string; test: (before: string, after: string, q: Quantity, sentence: string) => boolean }

const DESIGNATORS = /(?:^|[^\p{L}])(?:route|resolution|resolutions|highway|flight|article|chapter|section|room|apartment|apt|unit|interstate|line|gate|terminal|platform|building|district|precinct|sector|zone|phase|level|page|vol|volume|floor|ward|number|no\.?|nos\.?|bus|train|channel|brigade|division|battalion|regiment|squadron|corps|paragraph|clause|item|grade|class|model|type|code|category|exit|hwy|pier|berth|block|tower|episode|season|world war|version|bill|amendment|decree|rank|ranked|tier|pg|sec|chap|art|para|class of|sura|verse|psalm|camp)\s*#?$/iu;

// (roads named in capitals: "U.S. 83", "US 20", "SR 91", "County Road 7"; case-sensitive, as "us" and
// "road" in lower case are common words)
const ROAD_DESIGNATORS = /(?:^|[^\p{L}])(?:U\.S\.|US|SR|CR|FM|Road|Rd\.?)\s*$/u;
const DESIGNATOR_LIST = new RegExp(String.raw`(?:^|[^\p{L}])(?:sections?|articles?|clauses?|paragraphs?|rules?|chapters?|routes?|resolutions?|highways?|flights?|rooms?|units?|platforms?|gates?|buildings?|blocks?|items?)\s*#?\d+[A-Z]?(?:\s*,\s*#?\d+[A-Z]?)*\s*(?:,\s*|,?\s*(?:and|or|&|to)\s+)$`, 'iu');

const RULES: Rule[] = [
  { name: 'not.glued-to-letters', test: (b, a, q) => q.kind === 'digits' && (/^[\p{L}]/u.test(a) || /[\p{L}][-/]?$/u.test(b) || /\d[-/]$/.test(b)) },
  { name: 'not.hyphen-compound', test: (b, a, q) => /^-(?!\s)(?:\p{L})/u.test(a) && q.qualifier !== 'range' && !/^-(?:odd|plus)\b/.test(a) },
  { name: 'not.age', test: (b, a) => /^\s*(?:-|\s)?(?:years?|yrs?|months?|weeks?|days?)[-\s]+old\b/i.test(a) || /\b(?:aged|ages|age)\s+(?:of\s+)?(?:between\s+|from\s+)?$/i.test(b) || /^\s*(?:years?|yrs?)\s+of\s+age\b/i.test(a) || /\b(?:in\s+age|ages?)\s+from\s+$/i.test(b) },
  { name: 'not.age-after-noun', test: (b, a, q) => q.kind === 'digits' && q.best! < 120 && /^\s*,/.test(a) && /,\s*$/.test(b) && personNounBeforeComma().test(b) },
  // "two men, 27 and 30, were shot": the ages of a group, set off after its noun
  { name: 'not.age-list-after-group', test: (b, a, q) => q.kind === 'digits' && q.best! < 100 && /^\s*(?:,|and\s+\d{1,2}\b)/.test(a) && AGES_AFTER_GROUP.test(b) },
  // "The man who died, 19, was shot in the chest": an age set off after a relative clause
  { name: 'not.age-after-clause', test: (b, a, q) => q.kind === 'digits' && q.best! < 120 && /^\s*,/.test(a) && /,\s*$/.test(b.slice(-3)) && /\b(?:who|that)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*,\s*$/u.test(b) && /^\s*,/.test(a) },
  // "a woman of 40", "a man of 72", "a girl of about eight": an age after one person's noun
  { name: 'not.age-of', test: (b, a, q) => (q.kind === 'digits' || q.kind === 'words') && q.best !== null && q.best < 120 && /\b(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:man|woman|boy|girl|person|mother|father|widow|widower|grandmother|grandfather|pensioner|lady|gentleman|victim)\s+of\s+$/iu.test(b) && !/^\s*(?:people|persons|men|women|years?\s+(?:ago|earlier))\b/i.test(a) },
  // ("aged 12, eight and three": a list of ages, in digits or words)
  // (a word ends the list only when nothing names people after it: "aged 41, and three passengers")
  { name: 'not.age-list', test: (b, a, q) => (q.best ?? 0) < 120 && AGE_LIST_BEFORE.test(b) && (q.kind === 'digits' || /^\s*(?:[,.;:)]|(?:and|or|years?)\b|$)/i.test(a)) },
  { name: 'not.one-of-superlative', test: (b, a) => /^\s+of\s+the\s+(?:\p{L}+est|worst|most|largest|biggest|deadliest|bloodiest|few|first|last)\b/iu.test(a) },
  // "The local news network Raqqa 24 reported": a number in a name
  { name: 'not.name-number', test: (b, a, q) => q.kind === 'digits' && /\p{Lu}\p{Ll}+\s+$/u.test(b) && !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$/.test(b) && /^\s+(?:reported|said|says|reports|news|TV|television|channel|radio)\b/i.test(a) },
  // "His cousin, then 24, was slashed": an age told as then or now
  { name: 'not.age-then', test: (b, a, q) => q.kind === 'digits' && q.best! < 120 && /,\s*(?:then|now|aged)\s+$/i.test(b) && /^\s*[,)]/.test(a) },
  { name: 'not.age-after-name', test: (b, a, q) => q.kind === 'digits' && q.best! < 120 && ((/\p{Lu}[\p{L}'’.-]*(?:,["”’]|["”’]?,)\s*$/u.test(b) && /^\s*(?:,|\)|;|\.|\s+of\b|\s+and\s+\p{Lu}|\s+(?:died|was|is|has|had|who|were)\b)/u.test(a)) || (/\p{Lu}[\p{L}'’.-]*\s*\(\s*$/u.test(b) && /^\s*\)/.test(a))) },
  // "Watch Live | 78° New Orleans Woman killed": a weather widget's temperature in scraped text
  // "KTVB 7 | News Weather Sports", "WSB-TV 2 News": a broadcaster's channel number
  // (and in brackets: "(CBS 42) BIRMINGHAM, Ala.")
  // (and after the station's "News": "WKRV News 8 Skip to content")
  { name: 'not.channel-number', test: (b, a, q) => q.kind === 'digits' && (q.best ?? 0) < 100 && (/\b[A-Z]{3,5}(?:-TV)?\s+(?:News|Channel|TV)\s+$/.test(b) || /\b[A-Z]{2,5}(?:-TV)?\s+$/.test(b) && (/\(\s*[A-Z]{2,5}(?:-TV)?\s+$/.test(b) && /^\s*\)/.test(a) || /^\s*(?:\||News\b|Now\b|Action\b|Eyewitness\b|On\s+Your\s+Side\b|Investigates\b|Morning\b|Evening\b|Nightly\b|Midday\b|Live\b|Weekend\b|Sports\b|Weather\b)/.test(a))) },
  // "the villagers, many of them children, were shot or killed": a share told as an aside of people
  // not counted says who they were, it counts no one of its own (after a figure, "57 were wounded,
  // many of them women," it is a part of that figure)
  { name: 'not.composition-aside', test: (b, a, q) => q.kind === 'vague' && /,\s*$/.test(b) && !/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|scores)\b/i.test(b.slice(-60)) && /^\s+of\s+(?:them|whom)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*,/u.test(a) },
  { name: 'not.temperature', test: (b, a) => /^\s*(?:°|º|˚|degrees?\b)/i.test(a) },
  { name: 'not.percent', test: (b, a) => /^\s*(?:%|percent\b|per\s+cent\b|pct\b|percentage)/i.test(a) },
  { name: 'not.money', test: (b, a) => /(?:[$€£¥₹₦]|US\$|USD|Rs\.?|EUR|GBP)\s*$/u.test(b) },
  { name: 'not.time', test: (b, a, q) => (q.kind === 'digits' && /\b\d{1,2}:$/.test(b)) || /^(?::\d|\s*(?:[ap]\.?\s?m\b\.?|o'clock|o’clock|gmt\b|utc\b|hrs\b|hours\s+gmt|local\s+time))/i.test(a) },
  { name: 'not.date', test: (b, a, q) => q.kind === 'digits' && (new RegExp(`\\b${MONTH}\\s*$`, 'i').test(b) || new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`, 'i').test(a)) },
  { name: 'not.year', test: (b, a, q) => q.kind === 'digits' && q.qualifier !== 'range' && /^\d{4}$/.test(q.text.replace(/^\D+/, '')) && q.best! >= 1800 && q.best! <= 2100 && !/^\s+(?:people|persons|civilians|soldiers|troops|militants|were|have|had|died|dead|killed|wounded|injured|deaths)\b/i.test(a) },
  // "Between 1995 and 2010", "from 2014 to 2016": a span of years
  { name: 'not.year-range', test: (b, a, q) => q.qualifier === 'range' && /^(?:between\s+|from\s+)?(?:1[89]|20)\d{2}\s*(?:-|–|—|to|and|until|through)\s*(?:(?:1[89]|20)\d{2}|\d{2})$/i.test(q.text.trim()) && !/^\s+(?:people|persons|civilians|soldiers|troops|militants|were|have|had|died|dead|killed|wounded|injured|deaths)\b/i.test(a) },
  { name: 'not.decade', test: (b, a, q) => q.kind === 'digits' && /^'?s\b/.test(a) },
  { name: 'not.designator', test: (b, a, q) => q.kind !== 'vague' && q.kind !== 'zero' && q.kind !== 'unknown' && q.kind !== 'article' && (DESIGNATORS.test(b) || ROAD_DESIGNATORS.test(b)) },
  // "under Sections 302, 324 and 34 of the Penal Code": the later numbers of a designator's list
  { name: 'not.designator-list', test: (b, a, q) => q.kind === 'digits' && DESIGNATOR_LIST.test(b) },
  { name: 'not.address', test: (b, a, q) => q.kind === 'digits' && (/^\s+(?:block|blk)\b/i.test(a) || /^\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Highway|Hwy|Parkway|Pkwy|Circle|Terrace|Trail|Pike)\b/u.test(a)) },
  { name: 'not.phone', test: (b, a, q) => q.kind === 'digits' && (/\(\d{3}\)\s*$/.test(b) || /^-\d{4}\b/.test(a) || /\d{3}-$/.test(b)) },
  // ("3:1", "4/5", "9 out of 10"; not a toll's breakdown after a colon and a space: "the death
  // toll at 22: 18 civilians and the four gunmen")
  { name: 'not.score-or-ratio', test: (b, a, q) => q.kind === 'digits' && /^\s*(?::\d|\/\s*\d|out\s+of\b)/.test(a) },
  { name: 'not.reading-time', test: (b, a) => /^\s*(?:min|mins|minute|minutes)\s+read\b/i.test(a) },
  { name: 'not.fraction', test: (b, a) => /^\s*(?:quarters?|thirds?|halves|half|fifths?|tenths?)\b/i.test(a) },
  // "Did an attack on a Plateau village kill 150 people?": a yes-or-no question asserts no toll
  // (a question with a question word presupposes one: "How did 30 people die?")
  { name: 'not.yes-no-question', test: (b, a) => /\?["”’]?\s*$/.test(a) && YES_NO_QUESTION.test(b) && !/[.!?]/.test(a.slice(0, -1)) },
  // "addressing a crowd of around 1,500 supporters": the size of a gathering, not a count of its harmed
  { name: 'not.crowd-size', test: (b, a, q) => q.kind !== 'zero' && CROWD_OF.test(b) },
  // "killing 11 recruits.[41] The bomber": a footnote mark of an encyclopedia's text
  { name: 'not.footnote', test: (b, a, q) => q.kind === 'digits' && /\[\s*$/.test(b) && /^\s*\]/.test(a) },
  { name: 'not.hashtag-or-number-sign', test: (b) => /(?:#|№|No\.)\s*$/.test(b) },
  { name: 'not.gunshot-noun', test: (b, a) => /^\s+shots?\b/i.test(a) && (/\b(?:fired|fires|firing|fire|heard|hearing|took|let\s+off|sprayed|squeezed\s+off)\s+(?:\S+\s+)?$/i.test(b) || /^\s+shots?\s+(?:went|struck|hit|was|were|rang|from|through|that|which|into)\b/i.test(a)) },
  // "called 911", "a 999 call": the number dialled, not "112 people remain in hospital"
  { name: 'not.emergency-number', test: (b, a, q) => q.kind === 'digits' && /^(?:911|999|112)$/.test(q.text) && !/^\s+(?:people|persons|civilians|victims|others|were|are|have|had|died|remain|remained|of)\b/i.test(a) },
  { name: 'not.negated', test: (b) => /\bneither\b[^.;]*\bnor\s+(?:their\s+|the\s+|his\s+|her\s+)?$/i.test(b) },
  // "8 members of one family", "from the same one unit": 'one' qualifying a group, not a count
  { name: 'not.one-group', test: (b, a, q) => /^one$/i.test(q.text) && /\bof\s+$/i.test(b) && /^\s+(?:family|household|clan|tribe|unit|company|battalion|village|house|home|car|vehicle|group)\b/i.test(a) },
  // "a father of two", "a mother of three young children", "A dad-of-two was stabbed": the size of
  // a family, not a count of victims
  { name: 'not.family-size', test: (b) => /of[\s-]$/.test(b.slice(-4)) && /\b(?:father|mother|parent|grandfather|grandmother|grandparent|grandad|granddad|grandma|granny|dad|daddy|mum|mom|mummy|mommy)(?:\s+of\s+|-of-)$/i.test(b.slice(-30)) },
  { name: 'not.multiplier', test: (b, a) => /^\s*(?:times|fold)\b/i.test(a) || /^-fold\b/i.test(a) },
  // "| DeShawn Miller | 20 | Hospitalized |": a number alone in a table cell (an age, a rank) is no count
  // "Garfield Brown and Dwayne McKenzie, both of Ellerslie Pen, and Omar Facey": where they live,
  // set off after their names, counts no one of its own
  { name: 'not.both-of-place', test: (b, a, q) => /^(?:both|all)$/i.test(q.text) && /,\s*$/.test(b) && /^\s+(?:of|from)\s+(?!The\b|Them\b|Those\b|These\b)\p{Lu}/u.test(a) },
  // "loading groceries into her car two bays away", "lived three doors down": a distance
  { name: 'not.distance', test: (b, a, q) => (q.kind === 'digits' || q.kind === 'words') && /^\s+(?:bays?|doors?|houses?|rows?|seats?|streets?|stalls?|lanes?|floors?|storeys?|stories|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|yards?|feet|ft|paces|steps)\s+(?:away|down|up|from|further|farther|behind|ahead|apart|off|along)\b/i.test(a) },
  // "went in to check that no one else was inside": a zero of presence, not of harm
  { name: 'not.nobody-present', test: (b, a, q) => q.kind === 'zero' && /^\s+(?:else\s+)?(?:was|were|is|remained)\s+(?:still\s+)?(?:inside|indoors|home|at\s+home|in\s+the\s+(?:house|building|flat|home|car|vehicle)|present|there|aboard|on\s+board|trapped)\b/i.test(a) },
  { name: 'not.table-cell', test: (b, a, q) => q.kind === 'digits' && /\|\s*$/.test(b) && /^\s*\|/.test(a) },
];

/** Returns the name of the rule that rejects the figure, or null to keep it. */
export function nonCasualtyRule(sentence: string, q: Quantity): string | null {
  // rules look a few words either side: bounded slices keep long sentences linear
  const before = sentence.slice(Math.max(0, q.start - 80), q.start);
  const after = sentence.slice(q.end, q.end + 80);
  for (const rule of RULES) if (rule.test(before, after, q, sentence)) return rule.name;
  return null;
}
