// Stage: is the figure about this incident, another one, or a running total? Background totals
// ("the war has killed more than 400,000 people since 2011") are cumulative; figures with markers
// of another event ("a similar attack last year killed 50") or dated far from the document's
// main event are other_incident. Only incident figures enter the document's totals.
import { lexicon } from '../lexicon.js';
import { escapeRegExp, hasAnyPhrase, WEEKDAY_NAME } from '../text-utils.js';
import type { Candidate, DocContext } from '../types.js';
import { toldAsEarlier } from './supersede-updates.js';

const FAR_DAYS = 10;
// ("Israel's offensive has since killed more than 39,000": "since" alone, the time since the start)
const PERFECT_CUMULATIVE = /\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+|since\s+)?(?:killed|claimed|left|displaced|wounded|injured)\b/i;
// "1,200 civilians had been killed in the region this year": a passive perfect over a named span
const PERFECT_OVER_SPAN = /\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+(?:killed|wounded|injured|displaced|detained|arrested|abducted|kidnapped)|carried\s+out|conducted|launched|staged|killed|claimed)\b[^.;]*\b(?:this|last|the\s+past)\s+(?:year|month)\b/i;
// "over the past decade", "over the last three months": a running total; not a short span, which
// is the reported event itself ("killed 40 militants in raids over the past week")
const OVER_LONG_SPAN = /\bover\s+the\s+(?:past|last)\s+(?!(?:(?:\d{1,2}|twenty-four|forty-eight|few|several|two|three|four|five|six|seven)\s+)?(?:hours?|days?|nights?|week|weekend)\b)/i;
// "Between 1990 and 2017, ... more than 41 thousand people were killed"
const YEARS_SPAN = /\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to|until|through)\s+(?:19|20)\d{2}\b/i;
// "died ... during the three-week offensive": a campaign's toll
// ("In its nearly 40-year terror campaign", "during the decade-long insurgency")
const LONG_CAMPAIGN = /\b(?:during|in|over|throughout)\s+(?:the|its|their|a)\s+(?:\S+\s+){0,2}?(?:[\p{L}\d]+-)?(?:weeks?|months?|years?|decades?)(?:-long|-old)?\s+(?:\S+\s+)?(?:offensive|campaign|war|operation|conflict|siege|fighting|insurgency|crackdown|uprising|rebellion)\b|\b(?:during|in|over|throughout|after)\s+(?:the\s+(?:past\s+|last\s+)?)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:weeks|months|years)\s+of\s+(?:\S+\s+)?(?:fighting|hostilities|war|conflict|clashes|violence|shelling|bombardment|unrest|siege|insurgency)\b/iu;
// "The shooting was among at least 19 across the city over the holiday weekend, in which four
// people died": a round-up of many incidents
// "Across France, the interior ministry said 441 members of the security forces were injured": a
// sentence opened by a whole country or region tallies many places
const AREA_OPENING = /^\s*(?:Across|Throughout)\s+(?:the\s+)?(?:country|nation|region|province|state|\p{Lu}\p{L}+)\s*,|^\s*Nationwide\s*,/u;
// "At least 23 people have died in clashes over the killing": the perfect over an episode of
// unrest (many events over days) is its running toll, not one incident's
const EPISODE_PERFECT = /\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:died|been\s+killed)\b[^.;]*?\bin\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:clashes|protests|unrest|riots|demonstrations|violence)\b/iu;
// "Separately, five police officers were killed in an ambush in a neighbouring state": wire copy's
// opening for another event
// ("Meanwhile," goes on with the same event unless it names a place: "Meanwhile, at least 14
// were injured" is this clash's wounded; "Meanwhile, in Kandahar, ..." is another event)
const SEPARATELY = /^\s*(?:Separately|Elsewhere|In\s+a\s+separate\s+(?:incident|attack|development)|(?:On\s+)?[Tt]he\s+same\s+day|Also\s+on\s+(?:that\s+day|the\s+same\s+day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,|^\s*Meanwhile\s*,\s*[^.;]*?\b(?:in|near|at(?!\s+(?:least|most))|across|outside|on)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}/u;
// "In all, at least 10 civilians were killed across the province on Saturday": a toll over a
// whole area sums many incidents
// ("at least 9 others shot across city over weekend", "6 people were killed and 41 wounded in
// shootings across the city": a city's weekend of violence)
const CITY_ROUND_UP = /\bacross\s+(?:the\s+)?(?:city|town|county|state|country|province|region|capital|metro\s+area)\b[^.;]{0,40}?\bover\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}weekend\b|\bin\s+(?:[\p{L}-]+\s+)?(?:shootings|attacks|incidents|stabbings|violence)\s+across\s+(?:the\s+)?(?:city|town|county|state|country|province|region|capital)\b/iu;
const AREA_ROUND_UP = /\b(?:in\s+all|in\s+total|altogether|overall|all\s+told)\b[^.;]*?\b(?:across|throughout)\s+(?:the\s+)?(?:province|country|region|state|governorate|nation|territory|district|county|north|south|east|west|\p{Lu}\p{Ll}+)\b/iu;
// ("one of the deadliest attacks" compares this event with others; it counts none)
const ROUND_UP = /\b(?:one\s+of|among)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|nearly\s+|the\s+(?=\d|\p{L}+(?:teen|ty)\b))?(?!(?:the|these|those|its|their|his|her|our|\p{L}+est|most|worst)\b)[\d\p{L}-]+\s+(?:[\p{L}-]+\s+)?(?:shootings|attacks|incidents|killings|bombings|homicides|stabbings|across\s+the)\b/iu;
// "the deadliest attack on the city in over a year", "the worst since 2014": a comparison with
// other events, no span of this figure (blanked before the span rules read the sentence)
const COMPARATIVE_WORD = /deadliest|bloodiest|worst|largest|biggest|heaviest|most\s/i; // (the cheap test first)
const COMPARISON = /\b(?:the|its|their)\s+(?:(?:deadliest|bloodiest|worst|largest|biggest|heaviest|most\s+(?:deadly|serious|violent|lethal))\b)[^,;.]*/giu;
// "Two officers were killed on Wednesday, local media said, a day after a bomb in the capital
// killed 11": the other event's clause marks only the figures inside it
const AFTER_CLAUSE = /,\s*(?:a\s+day|the\s+day|a\s+week|a\s+fortnight|a\s+month|a\s+year|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+(?:days|weeks|hours|months|years)|days|hours|weeks|months|years)\s+(?:after|before)\b/i;
function afterClauseCut(sentence: string, figureStart: number): string {
  const m = AFTER_CLAUSE.exec(sentence);
  return m && figureStart < m.index ? sentence.slice(0, m.index) : sentence;
}
// (a month's as well: "In October 2023, the mission recorded 165 civilian casualties")
const YEAR_TOTAL = /\b(?:(?:last|this|past)\s+(?:year|month)|(?:in|during|throughout)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}|(?:in|during|throughout)\s+(?:January|February|March|April|June|July|August|September|October|November|December)\b|annual\s+report|monthly\s+(?:report|update))\b/i;
const SINGLE_EVENT = /\b(?:attacks?|bombings?|bombs?|blasts?|explosions?|strikes?|airstrikes?|raids?|shooting|ambush|massacre|crash|stampede|fire|collapse|assault|incident|siege|stabbing|clash|operation|killing|similar|sentenced|court)\b/i;
const AGGREGATE_CUE = /\b(?:report|overall|recorded|documented|verified|registered|in\s+total|in\s+all|by\s+fighting|by\s+(?:[\p{L}-]+\s+)?forces|political\s+killings|homicides|tally|statistics)\b/iu;
// ("bringing the total number of dead to 15" with no span named updates this incident's toll)
// ("bringing the country's murder toll for the year to 412": a place's toll of crimes over a span)
const RUNNING_TOTAL_CLAUSE = /(?:,\s*|\s+and\s+)(?:bringing|raising|taking|pushing|brought|raised|took|pushed)\s+(?:the\s+)?(?:(?:(?:day|week|month|year|weekend)['’]s\s+)(?:overall|total|cumulative)|overall|cumulative|war['’]s|conflict['’]s|(?:(?:country|nation|city|state|province|region|island|county|capital)['’]s\s+)?(?:murder|homicide|road)\s+(?:toll|tally|count)|(?:total|(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed|victims))\b(?=[^.;]*?\b(?:since|so\s+far|this\s+(?:year|month|week)|for\s+the\s+(?:year|month)|year\s+to\s+date|in\s+\d{4}|war|conflict|offensive|campaign|across|nationwide|countrywide)\b))\b/i;
// "the deadliest of a string of weekend shootings that left at least 11 people with gunshot
// wounds": the figure after a series of events is the series' toll
const SERIES_TOLL = /\b(?:string|spate|series|wave|rash|flurry|run)\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:shootings|attacks|stabbings|incidents|bombings|killings|raids|strikes|explosions|clashes)\s+(?:(?:that|which)\s+(?:have\s+|has\s+)?)?(?:left|killed|wounded|injured|claimed)\b|\b(?:weekend|holiday|week|night)(?:['’]s)?\s+(?:of\s+)?(?:violence|shootings|bloodshed|gunfire|gun\s+violence)\s+(?:leaves|left|leaving|kills|killed|claims|claimed)\b/iu;
// "surpassing the total for all of 2019, when 97 people were killed": a year told before "when"
// dates the figure after it
const YEAR_WHEN = /\b(?:for|in|of|during|throughout)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?((?:19|20)\d{2})\s*,\s*when\b/i;
// "the faces of 52 young people killed during the 2021 protests": an event named with an earlier
// year right after the figure's harm
const YEAR_EVENT_IN_WHICH = /\b((?:19|20)\d{2})\s*,?\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|bombings?|massacre|shooting|siege|raid|ambush|blast|explosion|riots?|clashes|stampede|fire|crash|earthquake)\s*,?\s+(?:in|during)\s+which\b[^.;]*$/iu;
const YEAR_EVENT_AFTER = /^[^.;,]{0,60}?\b(?:killed|died|dead|wounded|injured|shot|slain|murdered|disappeared)\s+(?:in|during|at)\s+the\s+((?:19|20)\d{2})\s+(?:[\p{L}-]+\s+){0,2}?(?:protests?|riots?|uprising|strike|attacks?|bombings?|massacre|war|clashes|crackdown|unrest|violence|earthquake|floods?|elections?)\b/iu;
// "Human rights groups documented dozens of deaths across the country": a nation's tally
// (and the harm of many attacks over it: "as Israeli attacks across the country kill 21 in 24 hours")
const CITY_TALLY_OPENING = /^\W*(?:Across|Throughout)\s+(?:the\s+)?(?:city|county|state|region|metro\s+area)\s*,/i;
const CITY_TALLY = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:shot|killed|wounded|injured|hurt)\s+(?:across|throughout|around)\s+(?:the\s+city|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:over|during|on|this|last)\s+(?:the\s+)?(?:\S+\s+)?(?:weekend|holiday|week|night)\b/u;
const NATION_TALLY = /\b(?:deaths|killings|casualties|fatalities|people\s+killed|attacks|strikes|air\s*strikes|raids|shelling|bombardments?|violence|fighting|clashes)\s+(?:across|throughout|around)\s+the\s+(?:country|nation)\b/i;
// "South Sudan's 2013-2018 civil war killed nearly 400,000 people": a war as the doer of the harm
// tells its whole toll (a span of years before it says so too)
const WAR_AS_DOER = /\b(?:(?:civil|\d{4}(?:\s*[-\u2013]\s*(?:\d{2}|\d{4}))?)\s+)?(?:war|wars|conflict|insurgency|genocide|occupation|uprising|civil\s+strife)\s+(?:has\s+|had\s+|have\s+)?(?:so\s+far\s+|already\s+)?(?:killed|left|claimed|cost)\b/i;
// an event named with its year before the figure in its sentence: "a 2021 attack ... that killed
// 22", "A 2004 attack on the consulate killed five employees and four gunmen"
const YEAR_EVENT = /\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:19|20)\d{2})\s+(?:[\p{L}-]+\s+){0,3}?(?:attack|attacks|bombing|bombings|blasts?|massacres?|shootings?|raids?|ambush|siege|assault|strike|strikes|offensive|uprising|riots?|clashes|killings?|war)\b(?:[^;.]|\.(?=\S)|(?<=\b\p{Lu})\.){0,160}$/u;
// "A man wounded in last weekend's shooting has died, raising the death toll in the attack to
// three": a follow-up's lede names its own incident as past; the update says it is the story's
const LEDE_UPDATE = /\b(?:raising|bringing|taking|pushing)\s+(?:the\s+)?(?:death\s+)?toll\b/i;
// the past of the past: "had resulted in the killing of", "had killed", "claimed to have killed"
const PAST_OF_PAST = /\bhad\s+(?:(?:already|earlier|also|previously)\s+)?(?:resulted|killed|been\s+killed|left|claimed|shot)\b|\bto\s+have\s+(?:been\s+)?(?:killed|shot)\b/i;
// (the day must date an event, "in an encounter on Saturday", not a statement, "On Monday, the
// agency said 64 people had been killed")
const EVENT_ON_DAY = new RegExp(String.raw`\b(?:encounter|clash|clashes|gunfight|firefight|shootout|attack|raid|ambush|operation|strike|airstrike|bombing|shooting|battle|exchange\s+of\s+fire)\s+(?:[^\s,;.]+\s+){0,3}?on\s+(?:${WEEKDAY_NAME}|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\b`, 'iu');
// ("Separately, police said vigilantes had killed four of the attackers as they withdrew": the
// attackers are this incident's)
const OF_THE_ATTACKERS = /^\s+of\s+the\s+(?:attackers|assailants|gunmen|raiders|militants|bandits|kidnappers|hijackers|pirates|insurgents|terrorists)\b/i;
const SPEAKER_RELATIVE = /,\s*(?:which|who)\s[^,;.]{1,80},(?=\s*(?:\S+\s+){0,2}?(?:said|says|concluded|found|reported|estimated|told|added|stated)\b)/g;
// "2023 was the deadliest year for the country in nearly a decade, with more than 1,500 people
// killed": a year told as the subject is its own toll
const YEAR_AS_SUBJECT = /(?:^|[,;:]\s*|\b(?:that|and|but)\s+)(?:19|20)\d{2}\s+(?:was|saw|had\s+been|has\s+been|became|proved|recorded|registered)\b/;
// "in the year to March", "in the year ending June 2024": a statistics year
const YEAR_TO = /\b(?:in\s+the|for\s+the|during\s+the)\s+(?:\d+\s+months?|year|twelve\s+months)\s+(?:to|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
// a sentence opened by a pronoun or "the group" (its subject is the one before's)
const PERFECT_GOES_ON = /^\s*(?:They|It|The\s+(?:group|militants|rebels|insurgents|movement|army|military))\s+(?:have|has)\s/;
const WEEKDAY_RE = new RegExp(String.raw`\b(?:${WEEKDAY_NAME}|yesterday|today|tonight|overnight)\b`, 'i');
// "2016 saw in excess of 90 aid workers killed worldwide": a harm counted over the world is a
// tally of many events (not "magazines around the world")
const WORLDWIDE = /\b(?:killed|died|dead|deaths|injured|wounded|kidnapped|abducted|casualties|attacks)\s+(?:\S+\s+){0,2}?(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe))\b/i;
const EVENT_AMONG_OTHERS = /(?<=\b(?:killed|dead|died|wounded|injured|shot|hurt)\b[^.;]{0,80}),\s*(?:one\s+of|among)\s+(?!them\b|whom\b|those\b)[^,;.]*?\b(?:shootings|attacks|incidents|killings|bombings|homicides|stabbings|raids|strikes|explosions)\b[^,;.]*(?=,|\.|$)/gi;
const DAYS_AFTER_OPENING = /\b(?:a|one|two|three|four|five|six|\d)\s+(?:days?|hours?)\s+after\s+(?:[\p{L}'’-]+\s+){1,4}?(?:opened\s+fire|attacked|stormed|struck|bombed|raided|shot|ambushed)\b/iu;
const FOLLOW_UP_LEDE = /\b(?:arrested|charged|identified|named|sentenced|convicted|indicted|jailed|detained|captured|released|mourned|remembered|buried|honou?red|vigil|funeral|trial|court)\b[^.;]{0,80}?\b(?:in\s+connection\s+with|over|for|in|after|of|at)\s+(?:the|a|an|last\s+\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:shooting|killing|stabbing|attack|murder|homicide|bombing|ambush|massacre|deaths?)\b[^.;]{0,40}?\b(?:that|which|in\s+which|who)\b/iu;
const IN_SEPARATE_AFTER = /^[^.;]{0,40}?\b(?:hurt|wounded|injured|killed|shot|dead|died)\s+in\s+(?:two\s+|three\s+|several\s+)?separate\b/i;
const DIED_OF_WOUNDS = /\b(?:died|dies|succumbed|succumbs)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|the)\s+(?:\p{L}+\s+)?(?:injuries|injury|wounds)\b/iu;
const DAYS_AFTER_THE_EVENT = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|hours?|months?)\s+after\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:attack|attacks|blast|bombing|shooting|explosion|ambush|incident|assault|raid|stabbing|massacre|clash|clashes)\b/giu;
const OWN_DAYS_AFTER = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days?|weeks?|hours?|months?)\s+after\s+(?:being|having\s+been|he\s+was|she\s+was|they\s+were)\b/gi;
const INQUIRY_SO_FAR = /\b(?:investigation|investigations|inquiry|inquiries|enquiries|evidence|information|findings|probe)\s+(?:carried\s+out\s+|conducted\s+)?(?:to\s+date|so\s+far)\b/gi;
// news reports recent events: a figure dated well before publication is about another event
const OLD_DAYS = 90;
// ("are believed to have been killed in an air strike" is a hedge about the incident; "are
// estimated to have been killed since 2011" a running total)
const SPAN_WORDS = /\b(?:since|war|conflict|insurgency|years|decades?|months|so\s+far|to\s+date|in\s+total|altogether)\b/i;
// (after a label, "Incident summary: 06/12/2016: ..."; or a record's header line with its date
// field, "GTD 201606120017 | 2016-06-12 | Pakistan", "iyear: 2019 | imonth: 7 | iday: 14")
const RECORD_DATE_HEADER = /^\s*(?:[^|\n]{0,60}\|\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})\s*\||(?:[^|\n]{0,60}\|\s*)?iyear:\s*\d{4}\s*\|\s*imonth:\s*\d{1,2}\s*\|\s*iday:\s*\d{1,2}\b)/u;
const DATED_LEDE = /^\s*(?:[\p{L} ]{1,30}:\s*)?(?:On\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})(?:,)?\s+\d{4}\b|\d{1,2}\/\d{1,2}\/\d{4}\s*:|\d{4}-\d{2}-\d{2}\s*:|(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?)\s+\d{4}\s*[-\u2013\u2014:])/u;

/**
 * Scope told by where the figure stands against a marker in its clause: after a series' or a
 * year's "when", before an earlier year's event, under a war as the doer, inside a nation's tally.
 */
function scopeByPosition(raw: string, c: Candidate, pubYear: string): [Candidate['scope'], string] | null {
  const series = /\b(?:string|spate|series|wave|rash|flurry|run)\s+of\b|violence|shootings|bloodshed|gunfire/i.test(raw) ? SERIES_TOLL.exec(raw) : null;
  if (series && c.quantity.start > series.index) return ['cumulative', 'scope.series-toll'];
  const yearWhen = /,\s*when\b/i.test(raw) ? YEAR_WHEN.exec(raw) : null;
  if (yearWhen && c.quantity.start > yearWhen.index && yearWhen[1] !== pubYear) {
    const total = /\b(?:total|all\s+of|whole\s+of|tally|toll)\b/i.test(raw.slice(0, yearWhen.index + yearWhen[0].length));
    return [total ? 'cumulative' : 'other_incident', 'scope.year-when'];
  }
  // ("the victims of the April 2, 2015, attack, in which al-Shabaab gunmen killed 148 people": an
  // event dated by an earlier year, its figure in the clause that follows)
  const datedEvent = /(?:19|20)\d{2}/.test(raw) ? YEAR_EVENT_IN_WHICH.exec(raw.slice(0, c.quantity.start)) : null;
  if (datedEvent && pubYear && datedEvent[1] < pubYear) return ['other_incident', 'scope.year-event-in-which'];
  const yearAfter = /(?:19|20)\d{2}/.test(raw) ? YEAR_EVENT_AFTER.exec(raw.slice(c.quantity.end)) : null;
  if (yearAfter && pubYear && yearAfter[1] < pubYear) return ['other_incident', 'scope.year-event-after'];
  if (/war|conflict|insurgency|genocide|occupation|uprising|strife/i.test(raw) && WAR_AS_DOER.test(raw) && !/\b(?:attack|strike|raid|bombing|shelling)\b/i.test(raw)) return ['cumulative', 'scope.war-as-doer'];
  // ("as at least 31 shot across Chicago over weekend", "one of at least 31 people shot across
  // Chicago over the weekend", "Across the city, at least 31 people were shot ... between 5 p.m.
  // Friday and 5 a.m. Monday": a city's weekend tally)
  if (/across|throughout/i.test(raw)) {
    if (CITY_TALLY_OPENING.test(raw)) return ['cumulative', 'scope.city-tally'];
    const city = CITY_TALLY.exec(raw.slice(c.quantity.end));
    if (city && city.index < 30) return ['cumulative', 'scope.city-tally'];
  }
  // (the figure in the tally's own clause, before it or after: not "11 wounded in the strike, as
  // attacks across the country kill 21")
  const tally = /across|throughout|around/i.test(raw) ? NATION_TALLY.exec(raw) : null;
  if (tally && (c.quantity.start > tally.index || !/[,;]/.test(raw.slice(c.quantity.end, tally.index)))) return ['cumulative', 'scope.nation-tally'];
  return null;
}

export function assignScope(ctx: DocContext): void {
  const { cumulative, otherIncident } = lexicon().scope;
  const live = ctx.candidates.filter((c) => !c.dropped);
  const verdicts = new Map<number, 'cumulative' | 'other' | null>(); // one reading per sentence
  // (a follow-up story's lede names its event by its time: "Police have arrested a man in
  // connection with a shooting last month that killed two people": that shooting is the story's)
  const ledeIndex = live.length ? Math.min(...live.map((c) => c.sentence.index)) : -1;
  const runningClauses = new Map<number, RegExpExecArray | null>();
  const pubYear = (ctx.doc.published_at ?? '').slice(0, 4);
  for (const c of live) {
    // "104 were killed in the past 24 hours, bringing the overall toll since the war began to
    // 21,110": the running total's clause does not make the day's figure a running total
    if (!runningClauses.has(c.sentence.index)) runningClauses.set(c.sentence.index, RUNNING_TOTAL_CLAUSE.exec(c.sentence.text));
    const running = runningClauses.get(c.sentence.index)!;
    const ownClause = !!running && c.quantity.start < running.index;
    const raw = ownClause ? c.sentence.text.slice(0, running!.index) : c.sentence.text;
    const compared = COMPARATIVE_WORD.test(raw) ? raw.replace(COMPARISON, (m) => ' '.repeat(m.length)) : raw;
    // (a relative clause about the speaker dates the speaker, not the figure: "A federal inquiry
    // commission, which published its report in 2017, concluded that 24 guests were killed")
    const s0 = compared.includes(', which ') || compared.includes(', who ') ? compared.replace(SPEAKER_RELATIVE, (m) => ' '.repeat(m.length)) : compared;
    // ("Based on the investigation to date, police believe ...": the inquiry's span, not the figure's)
    // ("died in hospital four days after being stabbed": the victim's own days, no other event)
    const s1 = /to\s+date|so\s+far/i.test(s0) ? s0.replace(INQUIRY_SO_FAR, (m) => ' '.repeat(m.length)) : s0;
    const s2 = /after\s+(?:being|having|he|she|they)/i.test(s1) ? s1.replace(OWN_DAYS_AFTER, (m) => ' '.repeat(m.length)) : s1;
    // ("A sixth officer died of his injuries in hospital two days after the attack": the attack's
    // own later death, no other event)
    const s3 = DIED_OF_WOUNDS.test(s2) ? s2.replace(DAYS_AFTER_THE_EVENT, (m) => ' '.repeat(m.length)) : s2;
    // ("A 28-year-old man was shot and killed late Monday, one of several shootings in the city over
    // the holiday weekend": an aside after the harm that sets this event among others counts none)
    const s = /,\s*(?:one\s+of|among)\s/i.test(s3) ? s3.replace(EVENT_AMONG_OTHERS, (m) => ' '.repeat(m.length)) : s3;
    // ("Man killed in Northside shooting; 3 others hurt in separate weekend incidents": the figure
    // told as hurt in separate incidents, not the sentence)
    // (others told in a clause of their own beside the main figure only: "Four people died in three
    // separate attacks", "five were killed and six others injured in separate attacks" are the
    // round-up's own toll)
    if (/^(?:others?|more)\b/i.test(c.subject?.text ?? '') && c.sentence.text.slice(0, c.quantity.start).includes(';') && IN_SEPARATE_AFTER.test(c.sentence.text.slice(c.quantity.end, c.quantity.end + 60))) { c.scope = 'other_incident'; c.tags.push('scope.in-separate'); continue; }
    // (the aside's own figures, "several shootings", are the others)
    if (s !== s3 && /^\s+$/.test(s.slice(c.quantity.start, c.quantity.end)) && c.quantity.start < s.length) { c.scope = 'cumulative'; c.tags.push('scope.among-others'); continue; }
    // (the figure the clause brings the toll to is the running total itself: "and brought the
    // day's overall death toll to 65")
    if (running && c.quantity.start > running.index) { c.scope = 'cumulative'; c.tags.push('scope.running-total-clause'); continue; }
    const placed = scopeByPosition(raw, c, pubYear);
    if (placed) { c.scope = placed[0]; c.tags.push(placed[1]); continue; }
    const cached = ownClause ? undefined : verdicts.get(c.sentence.index);
    if (cached !== undefined && c.harm?.how !== 'toll') {
      if (cached === 'cumulative') { c.scope = 'cumulative'; c.tags.push('scope.cumulative'); }
      else if (cached === 'other') { c.scope = 'other_incident'; c.tags.push('scope.other-marker'); }
      continue;
    }
    const sincePerfect = /\bsince\s+(?:(?:early|late|mid)[-\s]+)?(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|last|the\s+(?:start|beginning|outbreak|offensive|operation|campaign|war|conflict|uprising|fighting)|then|its\s+(?:start|beginning|launch)|it\s+(?:began|started)|(?:the\s+)?(?:\p{L}+\s+){1,3}(?:began|started|erupted|broke\s+out))\b/iu.test(s) && /\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:\p{L}+ed|been|treated|carried|launched|conducted|seen|left|killed|struck|hit|risen|grown|reached|climbed)\b/iu.test(s);
    const inTheWar = /\b(?:in|during|throughout)\s+the\s+(?:\p{L}+\s+){0,2}?(?:conflict|war|insurgency|uprising|civil\s+war|intifada)\b/iu.test(s) && !/\b(?:attack|blast|bombing|strike|raid|explosion)\b/i.test(s);
    // "The militants have displaced millions": thousands or more, in the perfect, are a running total
    const perfectHuge = c.quantity.kind === 'vague' && (c.quantity.low ?? 0) >= 1000 && PERFECT_CUMULATIVE.test(s);
    const perfectOverTime = perfectHuge || PERFECT_CUMULATIVE.test(s) && /\b(?:since|war|conflict|insurgency|(?<!-)years?(?!-)|(?<!-)months(?!-)|bloodshed|violence|unrest|wave|campaign|uprising|intifada|attacks|bombings|clashes)\b/i.test(s) && c.harm?.how !== 'toll';
    if (hasAnyPhrase(s, cumulative) || (/world|glob/i.test(s) && WORLDWIDE.test(s)) || (/across/i.test(s) && CITY_ROUND_UP.test(s)) || YEAR_AS_SUBJECT.test(raw) || OVER_LONG_SPAN.test(s) || ROUND_UP.test(s) || (/across|throughout|nationwide/i.test(s) && (AREA_ROUND_UP.test(s) || AREA_OPENING.test(s))) || (/died|been\s+killed/i.test(s) && EPISODE_PERFECT.test(s)) || (/\d{4}/.test(s) && YEARS_SPAN.test(s)) || (/week|month|year|decade/i.test(s) && LONG_CAMPAIGN.test(s)) || sincePerfect || inTheWar || (/\bto\s+have\s+been\s+killed\b/i.test(s) && SPAN_WORDS.test(s)) || PERFECT_OVER_SPAN.test(s) || perfectOverTime) {
      c.scope = 'cumulative';
      c.tags.push('scope.cumulative');
      if (c.harm?.how !== 'toll' && !ownClause) verdicts.set(c.sentence.index, 'cumulative');
    } else if (YEAR_TOTAL.test(s) && AGGREGATE_CUE.test(s) && !SINGLE_EVENT.test(s) && (c.quantity.best ?? 0) > 1) {
      // "412 civilians were killed by fighting last year, the mission said in its annual report":
      // a year's toll with no single event named is a running total, not another incident
      c.scope = 'cumulative';
      c.tags.push('scope.year-total');
      if (c.harm?.how !== 'toll' && !ownClause) verdicts.set(c.sentence.index, 'cumulative');
    } else if ((hasAnyPhrase(afterClauseCut(s, c.quantity.start), otherIncident) && !(c.sentence.index <= 2 && LEDE_UPDATE.test(s)) && !(c.sentence.index === ledeIndex && FOLLOW_UP_LEDE.test(s))) || (SEPARATELY.test(s) && c.harm?.how !== 'toll' && !OF_THE_ATTACKERS.test(c.sentence.text.slice(c.quantity.end)))) {
      c.scope = 'other_incident';
      c.tags.push('scope.other-marker');
      if (c.harm?.how !== 'toll' && !ownClause && !AFTER_CLAUSE.test(s)) verdicts.set(c.sentence.index, 'other');
    } else if (c.harm?.how !== 'toll' && !ownClause && !AFTER_CLAUSE.test(s)) verdicts.set(c.sentence.index, null);
  }
  // "Old Harbour mourns four slain at street dance" over "Residents were still in shock yesterday, two
  // days after gunmen opened fire on a street dance, killing four people": the lede that tells the
  // headline's own toll after "days after" is the story's event told again, not an earlier one
  const firstIncident = live.find((c) => c.scope === 'incident' && c.category !== 'attacks');
  if (firstIncident) {
    const restated = new Set<number>();
    for (const c of live) {
      if (c.scope !== 'other_incident' || !c.tags.includes('scope.other-marker') || c.sentence.index <= firstIncident.sentence.index || c.sentence.index > firstIncident.sentence.index + 6) continue;
      if (!live.some((o) => o.scope === 'other_incident' && o.sentence === c.sentence) || live.some((o) => o.scope === 'incident' && o.sentence.index > firstIncident.sentence.index && o.sentence.index < c.sentence.index)) continue;
      if (c.category === firstIncident.category && c.quantity.best === firstIncident.quantity.best && DAYS_AFTER_OPENING.test(c.sentence.text.slice(0, c.quantity.start))) restated.add(c.sentence.index);
    }
    for (const c of live) {
      if (!restated.has(c.sentence.index) || !c.tags.includes('scope.other-marker')) continue;
      c.scope = 'incident';
      c.tags.push('scope.headline-event-restated');
    }
  }
  // "Separately, three soldiers were killed when militants attacked a check post in Kalat. The
  // military said four militants were killed in the exchange of fire.": a short paragraph opened by
  // "Separately" or "Elsewhere" is the other story's whole (not in a long paragraph, which may be
  // scraped text whose breaks are lost)
  for (const c of live) {
    if (c.scope !== 'incident' || c.harm?.how === 'toll') continue;
    const para = ctx.sentences.filter((t) => t.paragraph === c.sentence.paragraph);
    // (the opening sentence told another incident, or no figure at all: "Elsewhere, a mortar round
    // hit a school. Three pupils were hurt"; never the story's own first figure's paragraph)
    if (para.length > 3 || para[0] === c.sentence || !SEPARATELY.test(para[0].text) || (verdicts.get(para[0].index) ?? 'other') !== 'other') continue;
    if (!firstIncident || firstIncident.sentence.paragraph >= c.sentence.paragraph) continue;
    c.scope = 'other_incident';
    c.tags.push('scope.separate-paragraph');
  }
  // "The Houthis have launched more than 100 attacks since November 2023 ... They have sunk two
  // vessels and killed at least four seafarers": a perfect told of the same subject right after a
  // running total goes on with it (no event, day or place of its own)
  for (const c of live) {
    if (c.scope !== 'incident' || verdicts.get(c.sentence.index - 1) !== 'cumulative' || !PERFECT_GOES_ON.test(c.sentence.text) || SINGLE_EVENT.test(c.sentence.text) || WEEKDAY_RE.test(c.sentence.text)) continue;
    c.scope = 'cumulative';
    c.tags.push('scope.perfect-goes-on');
  }
  // "In the year to March, police in England and Wales recorded around 50,000 offences involving a
  // knife. More than 250 people were killed with one.": a paragraph of statistics goes on with them
  // (a figure of ten or more with no event, day or date of its own, right after a sentence with a
  // running total's marker, whether or not that sentence's own figure counts people)
  for (const c of live) {
    if (c.scope !== 'incident' || (c.quantity.best ?? 0) < 10 || c.tags.includes('date.sentence') || SINGLE_EVENT.test(c.sentence.text) || WEEKDAY_RE.test(c.sentence.text)) continue;
    const prev = ctx.sentences[c.sentence.index - 1];
    if (!prev || prev.paragraph !== c.sentence.paragraph || !(hasAnyPhrase(prev.text, cumulative) || YEAR_TO.test(prev.text))) continue;
    c.scope = 'cumulative';
    c.tags.push('scope.statistics-paragraph');
  }
  const published = ctx.doc.published_at ? Date.parse(ctx.doc.published_at) : NaN;
  if (!Number.isNaN(published)) {
    // "had planned a 2021 attack on a hotel that killed 22 people": an event named by an earlier year
    // (unless that event is the story: "sentenced for a 2021 shooting that killed a mother")
    const year = new Date(published).getUTCFullYear();
    const past = live.filter((c) => {
      if (c.scope !== 'incident' || !/(?:19|20)\d\d/.test(c.sentence.text)) return false;
      const named = YEAR_EVENT.exec(c.sentence.text.slice(0, c.quantity.start));
      return !!named && Number(named[1]) < year;
    });
    // (a repeat of a past figure's person is no other event: "Her cousin ... was hit in the hip")
    // (nor is the sentence handed down: "jailed for life over a 2020 attack that killed a mother")
    const harmed = (c: Candidate) => c.category === 'killed' || c.category === 'wounded' || c.category === 'missing' || c.category === 'kidnapped';
    // (a toll's update or earlier figure is no other harm: "a 2016 truck bombing ... Health officials
    // initially reported 45 dead. The toll rose to 61 over the following days")
    if (past.length && live.some((c) => c.scope === 'incident' && harmed(c) && !past.includes(c) && !(c.partOf && past.includes(c.partOf)) && !c.isUpdate && !toldAsEarlier(c.sentence))) {
      for (const c of past) { c.scope = 'other_incident'; c.tags.push('scope.year-event'); }
    }
    // (the date of a comparison is no event date: "the deadliest attack on the city since April";
    // nor is a year or month that holds the publication date: "the worst attack this year")
    const pub = ctx.doc.published_at ?? '';
    const spanOrCurrent = (c: Candidate) => (/^since\b/i.test(c.dateText ?? '') && COMPARATIVE_WORD.test(c.sentence.text))
      || (c.datePrecision === 'year' && c.eventDate!.slice(0, 4) === pub.slice(0, 4))
      || (c.datePrecision === 'month' && c.eventDate!.slice(0, 7) === pub.slice(0, 7));
    const isOld = (c: (typeof live)[number]) => c.scope === 'incident' && !!c.eventDate && c.tags.includes('date.sentence') && (published - Date.parse(c.eventDate)) / 86400000 > OLD_DAYS && !spanOrCurrent(c);
    // (unless the document opens with the date of its event and reports nothing newer: a dataset's
    // notes or an archived report, "On 14 March 2021, militants ambushed a patrol ...")
    const old = live.filter(isOld);
    // (a record's header dates the whole record: its undated sentences tell the same event; a list
    // entry too, "Plan de Sánchez massacre | 18 July 1982 | Rabinal", "3 April 1983 - Lucanamarca massacre")
    const recordHeader = RECORD_DATE_HEADER.test(ctx.sentences[0]?.text ?? '');
    const datedLede = DATED_LEDE.test(ctx.sentences[0]?.text ?? '') || recordHeader;
    // (a lede that opens with its date dates the figures after it that carry no date of their own:
    // "12 August 2017 — ... killing four police officers. Two of the attackers are shot dead")
    if (old.length && (!datedLede || live.some((c) => c.scope === 'incident' && c.category !== 'attacks' && !old.includes(c) && c.tags.includes('date.sentence')))) {
      for (const c of old) { c.scope = 'other_incident'; c.tags.push('scope.old-date'); }
    }
  }
  // the main event's date: the first incident figure's date from its own sentence; when the
  // first figure has none (the lede tells it without a date: news of the day), the publication date
  const first = live.find((c) => c.scope === 'incident' && c.category !== 'attacks');
  const main = first && !first.eventDate && !first.tags.includes('date.sentence') ? first
    : live.find((c) => c.scope === 'incident' && c.tags.includes('date.sentence') && c.category !== 'attacks') ?? live.find((c) => c.scope === 'incident');
  const mainDate = main?.eventDate ?? (main === first ? ctx.doc.published_at : null);
  for (const c of live) {
    if (!mainDate || c === main || c.scope !== 'incident' || !c.eventDate || !c.tags.includes('date.sentence')) continue;
    const days = Math.abs(Date.parse(c.eventDate) - Date.parse(mainDate)) / 86400000;
    if (days > FAR_DAYS && c.datePrecision !== 'week') {
      c.scope = 'other_incident';
      c.tags.push('scope.other-date');
    } else if (c.datePrecision === 'day' && Date.parse(c.eventDate) < Date.parse(mainDate) && PAST_OF_PAST.test(c.sentence.text) && EVENT_ON_DAY.test(c.sentence.text)) {
      // "The operation ... had resulted in the killing of five Maoists in an encounter on Saturday"
      // (the blast was on Monday): a day before the main event told in the past of the past
      c.scope = 'other_incident';
      c.tags.push('scope.earlier-day');
    }
  }
  markEarlierEvents(live, ctx.doc.published_at, originalStoryStart(ctx));
  markAnniversaryStory(ctx, live);
  markRoundUpItems(ctx, live);
  markOtherPlaceOpenings(ctx, live);
  markBulletedRoundUp(ctx, live);
  carryTimelineItems(ctx, live);
}

// "Twenty years on, Dunmore Falls remembers the post office shooting", "Sri Lanka marks two years
// since Easter Sunday attacks": a story told for an anniversary is about an old event; its figures
// with no date of their own ("She was one of three people wounded", "where more than 100
// worshippers died") are that event's, not news of the day. The day's own figures carry the day
// ("a loud bang near a church on Wednesday ... no one was hurt").
const ANNIVERSARY = /\b(?:anniversary|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|forty|fifty)\s+years?\s+(?:on|since|after)\b|marks?\s+(?:\S+\s+){0,2}years?\s+since)/i;
function markAnniversaryStory(ctx: DocContext, live: Candidate[]): void {
  const lede = ctx.sentences.slice(0, 3).map((s) => s.text).join(' ');
  if (!ANNIVERSARY.test(lede) || !ctx.doc.published_at) return;
  const published = Date.parse(ctx.doc.published_at);
  // (not when the day's news is an incident of its own: "a year after the massacre, gunmen killed 5 more on Monday")
  if (live.some((c) => c.scope === 'incident' && c.tags.includes('date.sentence') && c.eventDate && Math.abs(published - Date.parse(c.eventDate)) / 86400000 <= 7 && (c.quantity.best ?? 0) > 0)) return;
  for (const c of live) {
    if (c.scope !== 'incident' || c.tags.includes('date.sentence') || c.quantity.kind === 'zero') continue;
    c.scope = 'other_incident';
    c.tags.push('scope.anniversary');
  }
}

// A timeline's item, a paragraph opened by its date ("- August 2024: In a night of coordinated
// attacks ... Security forces said 21 attackers were killed."): the sentences after the dated one
// tell the same past event unless they carry a date of their own
const TIMELINE_ITEM = /^\s*(?:[-•*–—]\s*)?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}\s*[:–—-]/;
function carryTimelineItems(ctx: DocContext, live: Candidate[]): void {
  const opened = new Map<number, Candidate['scope']>(); // paragraph -> the scope of its dated opening sentence
  for (const c of live) {
    if (opened.has(c.sentence.paragraph) || !TIMELINE_ITEM.test(c.sentence.text)) continue;
    const first = ctx.sentences.find((x) => x.paragraph === c.sentence.paragraph);
    if (first !== c.sentence || c.scope === 'incident') continue;
    opened.set(c.sentence.paragraph, c.scope);
  }
  for (const c of live) {
    const scope = opened.get(c.sentence.paragraph);
    if (!scope || c.scope !== 'incident' || c.tags.includes('date.sentence') || TIMELINE_ITEM.test(c.sentence.text)) continue;
    c.scope = scope;
    c.tags.push('scope.timeline-item');
  }
}

// A round-up of items, each a paragraph opened by a number or a place in capitals ("2. SOKAI ROAD:",
// "TARROW DISTRICT:", or a wire round-up's datelines, "TIKRIT - Gunmen shot dead ...", not a heading, "HOMICIDE
// INVESTIGATION - 400 BLOCK OF ELM ST."): the first item is the lead, the later ones other events. Live blogs' times
// ("07:05 -") are updates of one story and open no item.
// (a transcript's speakers are no items: "ANCHOR:", "REPORTER (by phone):"; nor are a fact-check's
// parts: "CLAIM:", "VERDICT:")
// (a numbered item holds a label of its own, "1. DARA KHEL: A suicide bomber ..."; numbered
// paragraphs of one text, a press release's "1. Troops of ... 2. The terrorists ...", are no round-up)
const ITEM_LABEL = /^\s*(?:\d{1,2}[.)]\s+(?=[^.:;!?]{1,40}:)(?=\p{Lu})|(?!(?:ANCHOR|PRESENTER|REPORTER|CORRESPONDENT|HOST|CALLER|GUEST|INTERVIEWER|NARRATOR|SPEAKER|MODERATOR|UPDATE|CORRECTION|NOTE|EDITOR'?S\s+NOTE|CONTEXT|BACKGROUND|CLAIM|VERDICT|RATING|FACTS?|THE\s+FACTS|OUR\s+RULING|RULING|CONCLUSION|SUMMARY|FINDINGS?|WHAT\s+WE\s+FOUND|Q|A)\s*[:(])(?:[\p{Lu}][\p{Lu}'’.-]+(?:[\s-]+[\p{Lu}][\p{Lu}'’.-]+){0,4})(?:\s*:|(?<dash>\s+[-\u2013\u2014]\s+(?=(?:\S+\s+){0,2}\p{Ll}))))/u;
const firstParagraph = (ctx: DocContext) => ctx.sentences[0]?.paragraph ?? 0;
// A bulleted list introduced by a line ending in a colon, after the main event ("The attack was the
// deadliest of at least 10 shootings across the city. Among them: • About 11:40 p.m. Friday, a
// 23-year-old man was shot ..."): each bullet is another event.
const BULLET = /^\s*[•·*\u2013\u2014-]\s+/;
const ROUND_UP_INTRO = /\b(?:among\s+them|among\s+the\s+others|other\s+(?:\p{L}+\s+)?(?:shootings|attacks|incidents|killings|stabbings)|elsewhere|separately|in\s+other\s+(?:violence|incidents|shootings)|(?:at\s+least\s+)?\d+\s+(?:\p{L}+\s+)?(?:shootings|attacks|incidents|killings|stabbings)|across\s+the\s+(?:city|county|state|country|region|province))\b/iu;
const AMONG_OTHERS_INTRO = /\b(?:was|is)\s+(?:one\s+of|among)\s+(?:at\s+least\s+)?(?:several|many|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+number\s+of)\b[^.]*\.$/i;
function markBulletedRoundUp(ctx: DocContext, live: Candidate[]): void {
  const main = live.find((c) => c.scope === 'incident' && c.category !== 'attacks');
  if (!main) return;
  // per paragraph (a line of the text): its first sentence and its whole text, in one pass
  const first = new Map<number, { start: number; text: string }>();
  const whole = new Map<number, string>();
  for (const s of ctx.sentences) {
    if (!first.has(s.paragraph)) first.set(s.paragraph, s);
    whole.set(s.paragraph, `${whole.get(s.paragraph) ?? ''} ${s.text}`);
  }
  const paragraphs = [...first.keys()];
  const bulleted = new Set<number>();
  const breakdownOf = new Map<number, 'cumulative'>();
  for (let k = 1; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const opening = first.get(p)!;
    // (the bullet opens the line; segmentation may leave it out of the sentence)
    const lineStart = ctx.text.lastIndexOf('\n', opening.start - 1) + 1;
    if (!BULLET.test(ctx.text.slice(lineStart, opening.start + 3))) continue;
    // (the list's introduction: the paragraph before the first bullet ends in a colon and names
    // other events; not a list of sources on the same event, "the monitors reported:")
    const prev = paragraphs[k - 1];
    const intro = (whole.get(prev) ?? '').trimEnd();
    // (or a sentence setting the story among others, "The shooting was one of several across the
    // city overnight.")
    if (bulleted.has(prev) || ((intro.endsWith(':') || AMONG_OTHERS_INTRO.test(intro)) && ROUND_UP_INTRO.test(intro))) bulleted.add(p);
    // ("the number of fatalities since early 2024 has risen to 127. They are: - 11 ISIS members.
    // - 29 civilians, killed in attacks ...": the bullets break down the running total before them)
    else if (intro.endsWith(':')) {
      // (the figures of the sentence the colon ends, or of the one before it: "has now reached 93. They are:")
      const colonSentence = ctx.sentences.filter((x) => x.paragraph === prev).pop()!;
      const introFigures = live.filter((c) => c.sentence.paragraph === prev && c.sentence.index >= colonSentence.index - 1);
      if (introFigures.length && introFigures.every((c) => c.scope === 'cumulative')) breakdownOf.set(p, 'cumulative');
    } else if (breakdownOf.has(prev)) breakdownOf.set(p, breakdownOf.get(prev)!);
  }
  for (const c of live) {
    if (c.scope !== 'incident' || c.sentence.paragraph <= main.sentence.paragraph) continue;
    if (breakdownOf.has(c.sentence.paragraph)) {
      c.scope = breakdownOf.get(c.sentence.paragraph)!;
      c.tags.push('scope.bullet-of-total');
    } else if (bulleted.has(c.sentence.paragraph)) {
      c.scope = 'other_incident';
      c.tags.push('scope.round-up-bullet');
    }
  }
}

// "In the eastern city of Dnipro, a missile ... killed a 31-year-old woman", "Elsewhere" without
// the word: a sentence after the main event opened by another place, one the lede never named, is
// another event
// (also "In the north-eastern Kharkiv region,": the place's name before the kind of place)
// (after a lead of time or transition: "Hours later, in neighboring Valle del Cauca province, three
// soldiers were wounded"; a name may hold a lower-case particle, "Valle del Cauca")
const OTHER_PLACE_OPENING = /^\s*(?:(?:(?:Hours|Minutes|Days)\s+later|(?:Later|Earlier)\s+(?:that|the\s+same)\s+day|Meanwhile|Separately|Elsewhere)\s*,\s*(?:in|at|near)|In|At|Near)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:city|town|village|province|region|district|state|county|port|capital)\s+of\s+|(?:[\p{Ll}-]+\s+){1,2}(?=\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:del|de|la|el|da|do|di)\s+)?\p{Lu}[\p{L}'’-]+)?\s+(?:region|province|district|oblast|governorate|county|state)\s*,))?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:del|de|la|el|da|do|di)\s+)?\p{Lu}[\p{L}'’-]+)?)(?:\s+(?:region|province|district|oblast|governorate|county|state))?\s*,/u;
function markOtherPlaceOpenings(ctx: DocContext, live: Candidate[]): void {
  const main = live.find((c) => c.scope === 'incident' && c.category !== 'attacks');
  if (!main) return;
  const lede = ctx.sentences.filter((s) => s.index <= main.sentence.index + 1).map((s) => s.text).join(' ');
  // (not the breakdown of a toll the lede gives for other incidents: "adding that five other people
  // were killed in two other incidents ... In the northern town of Kassa, a bomb killed three")
  if (/\b(?:other|separate)\s+(?:\p{L}+\s+)?(?:incidents|attacks|shootings|bombings|clashes)\b/iu.test(lede)) return;
  const other = new Map<number, boolean>();
  // (the lede's own next sentence too when a lead of time opens it: "Hours later, in ...")
  const ledeSentence = (c: Candidate) => c.sentence.index === main.sentence.index + 1 && !/^\s*(?:Hours|Minutes|Days|Later|Earlier|Meanwhile|Separately|Elsewhere)\b/.test(c.sentence.text);
  for (const c of live) {
    if (c.scope !== 'incident' || c.sentence.index <= main.sentence.index || ledeSentence(c)) continue;
    let v = other.get(c.sentence.index);
    if (v === undefined) {
      const m = OTHER_PLACE_OPENING.exec(c.sentence.text);
      v = !!m && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|All|Total|Addition|Response|Court|Hospital|Parliament)\b/.test(m[1]) && !ctx.sentences.some((x) => x.index <= main.sentence.index + 1 && x.index !== c.sentence.index && x.text.includes(m[1].split(/\s+/)[0]));
      other.set(c.sentence.index, v);
    }
    if (!v) continue;
    c.scope = 'other_incident';
    c.tags.push('scope.other-place-opening');
  }
}

function markRoundUpItems(ctx: DocContext, live: Candidate[]): void {
  // (a paragraph's opening: its first sentence, and the next when the first is a bare number, "2.")
  const opening = new Map<number, string>();
  for (const s of ctx.sentences) {
    const o = opening.get(s.paragraph);
    if (o === undefined) opening.set(s.paragraph, s.text);
    else if (/^\s*\d{1,2}[.)]\s*$/.test(o)) opening.set(s.paragraph, `${o.trim()} ${s.text}`);
  }
  // (a dateline opens any wire story, "PHOENIX — State troopers are ...": dash labels make a round-up
  // only when two or more paragraphs open with one)
  const labelled = [...opening.entries()].map(([p, text]) => [p, ITEM_LABEL.exec(text)] as const).filter(([, m]) => m);
  const dashed = labelled.filter(([, m]) => m!.groups?.dash);
  const items = labelled.filter(([, m]) => !m!.groups?.dash || dashed.length >= 2).map(([p]) => p).sort((a, b) => a - b);
  // (two labels in the first two paragraphs are a headline's and a dateline's: "UP: Two killed
  // ..." over "JAUNPUR: Two persons were killed ...")
  if (items.length < 2 || (items.length === 2 && items[1] <= firstParagraph(ctx) + 1)) return;
  for (const c of live) {
    if (c.scope !== 'incident' || c.sentence.paragraph < items[1]) continue;
    c.scope = 'other_incident';
    c.tags.push('scope.round-up-item');
  }
}

// "Last week, at least 40 people died when a guesthouse collapsed", "also claimed a bombing last
// Friday that killed 26": a sentence opened by an earlier time, or an attack named with one, tells
// of another event than the main one when its date is days before the main event's (ACLED and
// UCDP code one event per day and place). The main event is the first figure's: dated by its own
// or the lede's words, or else by the publication date, against which only "last ..." and
// "earlier this ..." count ("On Saturday," may well be the main event, reported on Monday). Not a
// death or a toll reported later about the main event ("On Saturday, the toll rose to 30").
const EARLIER_DAYS = 2;
// ("Hours earlier, artillery shells landed on a village, wounding a shepherd")
const EARLIER_SAME_DAY = /^\s*Earlier\s+(?:on\s+)?(?:today|this\s+morning|this\s+afternoon|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,/;
// "Earlier in the week, 2 soldiers were killed by an IED": a span before, named with no date
// (chrono reads none), told after the main event
// (and hours before, with no date at all: "Hours earlier, artillery shells landed on a village,
// wounding a shepherd"; with a place: "Two hours earlier in Barangay 176, men on a motorcycle ...")
const EARLIER_SPAN = /^\s*(?:(?:Earlier|Previously)\s+(?:in\s+the|this)\s+(?:week|month|year|day)|Last\s+(?:week|weekend|month|year)|(?:Hours|A\s+few\s+hours|Several\s+hours|(?:Two|Three|Four)\s+hours)\s+(?:earlier|before))(?:\s+(?:in|at|on|near)\s+[^,;.]{1,60})?\s*,/i;
const WEEKDAY = WEEKDAY_NAME;
const DAY_OR_SPAN = `(?:week|weekend|month|year|${WEEKDAY})`;
// (a label may open the line: "Background: Last week, ...")
const LAST_OPENING = new RegExp(String.raw`^\s*(?:(?:Background|Context|Earlier|Previously|Related)\s*:\s*)?(?:(?:Last|Earlier\s+(?:this|last))\s+${DAY_OR_SPAN}\b|(?:Earlier|Previously),?\s+(?:on\s+)?(?:last\s+)?${DAY_OR_SPAN}\b)`, 'i');
const WEEKDAY_OPENING = new RegExp(String.raw`^\s*On\s+${WEEKDAY}\s*,`);
const WEEKDAY_WHEN = new RegExp(String.raw`\b(?:since|last)\s+${WEEKDAY}\s*,?\s+when\b`);
// ("after a devastating terror siege last week, in which militants ... hacking 20 people to death")
// ("a cash-in-transit robbery on the R81 last week in which two security guards were shot dead")
const EVENT_NOUN = String.raw`(?:attack|attacks|bombing|bombings|blast|blasts|explosion|explosions|strike|strikes|airstrike|raid|ambush|shooting|stabbing|massacre|assault|siege|standoff|stand-off|hostage-taking|clashes|riots|stampede|robbery|robberies|heist|hijacking|carjacking|kidnapping|abduction|arson|killing|killings|murder|murders)`;
// (and the time as a possessive: "linked to last Friday's attack on a cash van")
const EVENT_LAST = new RegExp(String.raw`\b${EVENT_NOUN}\s+(?:(?:on|in|at|near)\s+(?:the\s+)?[\p{Lu}\d][\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:last|earlier\s+this)\s+${DAY_OR_SPAN}\b|\b(?:last|earlier\s+this)\s+${DAY_OR_SPAN}['’]s\s+(?:[\p{L}-]+\s+){0,2}?${EVENT_NOUN}\b`, 'iu');
// ("On Monday, the agency said 64 people had been killed": the day of a statement, not of an event)
const DAY_OF_STATEMENT = /^\s*On\s+\S+\s*,\s*[^;]{0,120}?\b(?:said|says|reported|announced|told|confirmed|put|gave|raised|revised|updated)\b/i;
// ("officials said on Monday": the day a figure's sentence gives dates the statement, not the event)
const datesStatement = (c: Candidate) => !!c.dateText && new RegExp(String.raw`\b(?:said|says|told|reported|announced|confirmed)\s+(?:\S+\s+){0,3}?${escapeRegExp(c.dateText)}`, 'i').test(c.sentence.text);
// (the date of a wire dateline, "BENI, DR Congo, Oct 9 (AFP) -", is the day of the report: a figure
// told later in the text with a day of its own, "struck the village late Friday", is not another
// event for it; one opening its sentence with another day still is)
const datelineDate = (c: Candidate) => !!c.dateText && new RegExp(String.raw`^\s*\p{Lu}{2,}[^.]{0,40}?${escapeRegExp(c.dateText)}\s*(?:\([^()]{2,30}\)\s*)?[-–—]`, 'u').test(c.sentence.text);
// "UPDATE (Tuesday): the second man ... died ... ORIGINAL STORY: One man is dead and another was
// seriously hurt after a shooting late Sunday": below such a header is the first report of the same
// incident, not an earlier event
const ORIGINAL_STORY = /^\s*(?:original\s+(?:story|report|article|post)|previous(?:ly\s+reported|\s+(?:story|report))|earlier\s+(?:story|report))\s*:?\s*$/i;
function originalStoryStart(ctx: DocContext): number {
  return ctx.sentences.find((s) => ORIGINAL_STORY.test(s.text))?.index ?? Infinity;
}

function markEarlierEvents(live: Candidate[], publishedAt: string | null, originalFrom = Infinity): void {
  const main = live.find((c) => c.scope === 'incident' && c.category !== 'attacks');
  // (dates carried from the publication are set later, by carry-context)
  const mainDate = main?.eventDate ?? publishedAt;
  if (!main || !mainDate) return;
  const ownDate = !!main.eventDate && !datesStatement(main);
  const ledeDated = main.tags.includes('date.sentence') ? undefined : live.find((c) => c.scope === 'incident' && c.category !== 'attacks' && c.tags.includes('date.sentence') && c.sentence.index > main.sentence.index && c.sentence.index <= main.sentence.index + 2 && !datesStatement(c));
  for (const c of live) {
    if (c === main || c.scope !== 'incident' || c.isUpdate || c.harm?.how === 'toll' || c.sentence.index === main.sentence.index) continue;
    if (c.sentence.index > originalFrom && main.sentence.index < originalFrom) continue;
    const s = c.sentence.text;
    if (EARLIER_SPAN.test(s) && c.sentence.index > main.sentence.index) {
      c.scope = 'other_incident';
      c.tags.push('scope.earlier-event');
      continue;
    }
    if (!c.eventDate || !c.tags.includes('date.sentence')) continue;
    // "Earlier on Friday, a priest was hacked to death at a temple 300 km away": the same day's
    // other event, told after the main one
    if (EARLIER_SAME_DAY.test(s) && c.sentence.index > main.sentence.index) {
      c.scope = 'other_incident';
      c.tags.push('scope.earlier-same-day');
      continue;
    }
    const daysBefore = (Date.parse(mainDate) - Date.parse(c.eventDate)) / 86400000;
    // ("... were killed on Friday ... On Thursday, shelling killed a woman": a sentence opened by
    // another day than the main event's own is that day's event, one day before is enough)
    // ("Classes had been suspended since Monday, when a shell landed on the market, killing two")
    // (a headline's figure has no day of its own: the lede's, right after it, dates the event, "Mali
    // says 14 soldiers killed" over "Fourteen soldiers were killed ... on Thursday" ... "On Sunday, a
    // bus hit a mine")
    const ledeDaysBefore = !ownDate && ledeDated?.eventDate && c.sentence.index > ledeDated.sentence.index ? (Date.parse(ledeDated.eventDate) - Date.parse(c.eventDate)) / 86400000 : 0;
    if (daysBefore >= 1 && (ownDate ? WEEKDAY_OPENING.test(s) : false) || (daysBefore >= 1 && WEEKDAY_WHEN.test(s.slice(0, c.quantity.start))) || (ledeDaysBefore >= 1 && WEEKDAY_OPENING.test(s) && !DAY_OF_STATEMENT.test(s.slice(0, c.quantity.start)))) {
      c.scope = 'other_incident';
      c.tags.push('scope.earlier-event');
      continue;
    }
    if (daysBefore < EARLIER_DAYS) continue;
    // (against a main event dated by its own words, any figure of a day two or more days before)
    if (LAST_OPENING.test(s) || EVENT_LAST.test(s) || (ownDate && (WEEKDAY_OPENING.test(s) || (c.datePrecision === 'day' && !datelineDate(main))))) {
      c.scope = 'other_incident';
      c.tags.push('scope.earlier-event');
    }
  }
}
