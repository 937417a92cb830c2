// Stage: who said so. Finds the source phrase of each sentence ("X said", "according to X",
// "X told Reuters", "said X", "citing X"), types it (monitor, police, medical...), and resolves a
// generic description ("a monitoring group", "the monitor", "officials") to the nearest named
// source of the same type in the document ("Syrian Observatory for Human Rights").
import { lexicon, phraseAlternation } from '../lexicon.js';
import { escapeRegExp, hasAnyPhrase } from '../text-utils.js';
import type { AttributionFound, Candidate, DocContext } from '../types.js';
import type { AttributionType } from '../../records/claim-schema.js';

// titles that open a name in apposition ("The director of the hospital, Dr. Ana Lopes, said")
const ASIDE_TITLE = '(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Lt|Brig|Sgt|Insp|Supt)';

let compiled: { trailing: RegExp; leading: RegExp; inverted: RegExp; prepositional: RegExp; embedded: RegExp; denying: RegExp; medial: RegExp; leadingAside: RegExp; quotingAs: RegExp; generic: Set<string> } | undefined;
function patterns() {
  if (compiled) return compiled;
  const a = lexicon().attribution;
  // ("the United States said": "States" is part of a name there, not the verb)
  const verbs = phraseAlternation(a.speechVerbs.filter((v) => v !== 'according')).replace(/(?<![\p{L}])states(?![\p{L}])/u, '(?<!United\\s)states');
  compiled = {
    // "..., a monitoring group said." / "..., police said on Monday." / "..., officials told Reuters."
    // (a closing clause may follow: "..., officials said Sunday, as rescuers searched the rubble.")
    trailing: new RegExp(`(?:^|,|;|[“”"])\\s*(?<src>[^,;“”"]{2,90}?),?\\s+(?<verb>${verbs})(?<tail>\\s+[^,;.]{0,60})?(?:,\\s*(?:as|while|after|when|adding|saying|amid|with|along\\s+with|as\\s+well\\s+as|together\\s+with|in\\s+addition\\s+to|including|a\\s+day\\s+after|a\\s+week\\s+after|(?:hours|days|weeks)\\s+after|on\\s+a\\s+day|in\\s+the\\s+latest|in\\s+what|in\\s+one\\s+of|in\\s+(?:the|an?)\\s+(?:deadliest|worst|bloodiest|latest|biggest|largest|second|third|most)|among\\s+them|among\\s+whom|of\\s+whom|most\\s+of\\s+them|many\\s+of\\s+them|some\\s+of\\s+them)\\s[^;“”"]*)?[.!]?["”’]?\\s*$`, 'iu'),
    // "The Syrian Observatory for Human Rights said 10 raids..." / "Police said that..."
    leading: new RegExp(`^(?:[^,]{0,30},\\s*)?(?<src>[^,;“”"]{2,90}?)\\s+(?<verb>${verbs})(?=\\s+(?:that\\s+|on\\s+\\p{L}+\\s+|in\\s+a\\s+statement\\s+|late\\s+|earlier\\s+)?)`, 'iu'),
    // "a bombing that police said killed three people": the speaker inside the relative clause
    embedded: new RegExp(`\\b(?:that|which)\\s+(?<src>[^,;“”"]{2,60}?)\\s+(?<verb>said|say|says|reported|believe|believed)\\s+(?:had\\s+|have\\s+|has\\s+)?(?:killed|left|wounded|injured|claimed|kills|leaves)\\b`, 'iu'),
    // "Police denied that, saying two officers had been killed": the one who denies speaks on
    // (as does one who gives another figure: "A medical source gave a higher toll, saying five")
    denying: new RegExp(`^(?:[^,]{0,30},\\s*)?(?<src>[^,;“”"]{2,60}?)\\s+(?<verb>denied|disputed|rejected|dismissed|contradicted|gave|offered|provided|issued)\\b[^.;]{0,80}?,\\s*(?:saying|and\\s+said|but\\s+said|adding)\\b`, 'iu'),
    // "The charity, also known by its initials, said the shelling killed six", "Karim Haddad,
    // an ambulance driver, told reporters": the speaker before an aside
    // ("The director of the city hospital, Dr. Ana Lopes, said": a titled name as the aside)
    // (or a role with no article, "Dr Shahidul Islam, resident medical officer of the hospital, said")
    // (the speaker's place may follow it, "a medical staff member at the Federal Medical Centre,
    // Owerri, who spoke on condition of anonymity because ..., said")
    leadingAside: new RegExp(`^(?:[^,]{0,30},\\s*)?(?<src>[^,;“”"]{2,90}?(?:,\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?=,))?),\\s*(?:also\\s+known|an?\\s|the\\s|who\\s|which\\s|where\\s|whose\\s|speaking\\s|asking\\s|declining\\s|requesting\\s|(?:in|on|via|through)\\s+(?:a|an|its|their|his|her)\\s|${ASIDE_TITLE}[.\u2024]?\\s|(?=\\p{Ll}[^,;]{0,60}?\\b(?:officer|spokes(?:man|woman|person)|director|chief|head|commander|superintendent|inspector|minister|secretary|chairman|governor|official|coordinator|manager|doctor|surgeon|administrator)\\b))[^,;“”"]{2,140},\\s*(?<verb>said|says|told|reported|added|stated|announced|claimed|confirmed)\\b`, 'iu'),
    // "A channel is quoting the provincial governor as saying 28 were killed": the governor
    quotingAs: /\b(?:quoting|quoted|citing|cited)\s+(?<src>[^,;“”"]{2,60}?)\s+as\s+(?<verb>saying|telling)\b/iu,
    // "Nine of the dead were soldiers, the governor said, and 30 people were wounded"
    medial: new RegExp(`,\\s*(?<src>[^,;“”"]{2,60}?)\\s+(?<verb>said|says|told\\s+\\p{L}+|added|reported),\\s*(?:and|but|while)\\s`, 'iu'),
    // "..., said Ahmed Ali, a spokesman." / "..., according to the ministry."
    // (and "..., said resident Bala Musa, who said he helped bury 34 bodies.": an aside may follow)
    inverted: new RegExp(`,["”’]?\\s*(?<verb>said|says|according\\s+to|citing|quoting)\\s+(?<src>[^.;“”"]{2,120}?)\\s*(?:,\\s*(?:who|a|an|the)\\s[^.;“”"]*)?[.!]?["”]?\\s*$`, 'iu'),
    prepositional: new RegExp(`(?<![\\p{L}])(?<verb>${phraseAlternation(a.prepositional)})\\s+(?<src>[^,.;“”"()]{2,90}?)(?=\\s*(?:[,.;“”"()]|$|\\s+(?:said|says|reported|on|in|at)\\b))`, 'iu'),
    generic: new Set(a.generic.map((g) => g.toLowerCase())),
  };
  return compiled;
}

const TITLED_ASIDE = new RegExp(`^,\\s*(${ASIDE_TITLE}[.\u2024]?\\s+[^,;“”"]{2,60}?)\\s*,`, 'u');
const NOT_A_SOURCE = /\b(?:killed|killing|wounded|injured|died|dead|attack|attacks|strikes|bomb|bombing|explosion|people|civilians|it|he|she|they|we|i|you|which|who|this|that|there)\b/i;
// ("the figure could not be independently confirmed": a hedge, no speaker; "he could not say
// whether ..." still speaks)
const NEGATED_SOURCE = /\b(?:could|can|would)\s+not\b|\b(?:cannot|can['’]t|couldn['’]t)\b/i;
const HARM_IN_SOURCE = /\b(?:killed|killing|wounded|wounding|injured|injuring|died|dead|wounds?|raids?|strikes?|were|was|is|are|been|hit|exploded|casualties|deaths|bodies|injuries|dozens|scores|hundreds|thousands)\b/i;
const ANONYMITY_ASIDE = /^(?:speaking\s+on\s+(?:the\s+)?condition|who\s+(?:asked|declined|spoke|requested|did\s+not\s+want)|asking\s+not|declining\s+to|requesting\s+anonymity|on\s+condition\s+of\s+anonymity)\b/i;

// sources repeat ("police said", "the ministry said"): their type is looked up once
const ARMED_GROUP_NAMED_AS_FORCE = ['liberation army', 'free syrian army', 'national liberation army', 'resistance army', 'liberation front', 'militia', 'militia commander', 'rebel commander', 'rebel army'];
const PARTY_RUN = /\b\p{L}+-(?:run|controlled|led|administered|appointed)\s+(?:health\s+)?(?:ministry|authorities|department|directorate|government|administration)\b/iu;
const COMMUNITY_VOICE = /\b(?:community|neighbou?rhood|anti-(?:crime|gang|violence))\s+activists?\b/i;
const typeCache = new Map<string, AttributionType>();
function sourceType(src: string): AttributionType {
  let type = typeCache.get(src);
  if (type) return type;
  type = 'other';
  // ("the Baloch Liberation Army said", "a militia commander": an armed group whose name holds a
  // word of the armed forces)
  if (hasAnyPhrase(src, ARMED_GROUP_NAMED_AS_FORCE)) type = 'armed_group';
  // ("a community activist, who asked not to be named": someone of the neighbourhood, not a
  // monitoring network's activists)
  else if (COMMUNITY_VOICE.test(src)) type = 'witness';
  else for (const [t, keys] of lexicon().attribution.types) if (hasAnyPhrase(src, keys)) { type = t; break; }
  // ("the Houthi-run health ministry", "the Hamas-controlled health ministry": a ministry run by a
  // party to the fighting speaks as a government, not as a hospital or a monitor)
  if ((type === 'medical' || type === 'monitor') && PARTY_RUN.test(src)) type = 'government';
  if (typeCache.size > 10_000) typeCache.clear(); // bounded: a long run sees many names
  typeCache.set(src, type);
  return type;
}

// a clause taken for a speaker: "Schools reopened on Monday and the government said" (the speaker
// follows the last "and"), "This number climbed again by Tuesday" (none)
const CLAUSE_VERB = /(?<![\p{L}-])(?!(?:armed|unnamed|unidentified|retired|elected|appointed|concerned|united|named|related|informed|qualified|trained|associated|affiliated|registered|based|led|backed|allied|detained|wounded|injured|killed|outlawed|banned|proscribed|self-styled|so-called)\b)\p{Ll}+ed\b/u;
function cleanSource(src: string): string {
  // "a Kurdish official who posted pictures": the speaker is before the relative clause;
  // "the statement published by the Saudi Press Agency": the agency
  src = src.replace(/\s+(?:who|which|whose)\s[^]*$/i, '');
  // "residents contacted by phone", "officials reached by AFP": the speakers, how they were heard
  src = src.replace(/\s+(?:contacted|reached|interviewed|questioned|quoted|cited)\s+(?:by|via|over)\s[^]*$/i, '');
  const by = /^(?:(?:a|an|the)\s+)?(?:statement|report|figures?|information|data|tally|count)\s+(?:published|released|issued|posted|provided|compiled|given)\s+(?:earlier\s+)?by\s+([^]+)$/i.exec(src);
  if (by) src = by[1];
  if (src.split(/\s+/).length >= 4 && CLAUSE_VERB.test(src)) {
    const after = /\s+and\s+((?:the|a|an)\s+[^]+)$/i.exec(src);
    src = after && !CLAUSE_VERB.test(after[1]) ? after[1] : '';
  }
  return src
    .replace(/^(?:and|but|while|as|meanwhile|however|where|when|after|before|because|although|though|since|whereas|until|once)\s+/i, '')
    .replace(/^(?:on|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+/i, '') // "On Monday a spokesperson"
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:in\s+a\s+statement|on\s+\p{L}+|late\s+\p{L}+|earlier|later|also|separately|initially|originally|previously|at\s+first|first)$/iu, '')
    .replace(/\s+(?:had|has|have|would|will)$/i, '') // "Police had initially"
    .replace(/[’']s$/, '')
    .trim();
}

// Common nouns that a sentence may start with; any other capitalised first word is a name.
const COMMON_SOURCE_WORDS = new Set(['police', 'officials', 'official', 'authorities', 'witnesses', 'witness', 'residents', 'doctors', 'medics', 'activists', 'sources', 'officers', 'rescuers', 'troops', 'soldiers', 'militants', 'rebels', 'investigators', 'prosecutors', 'hospital', 'state', 'local', 'security', 'health', 'military', 'army', 'government', 'ministry', 'rescue', 'emergency', 'provincial', 'regional', 'district', 'city', 'hospitals', 'monitors', 'monitoring', 'rights', 'human', 'spokesman', 'spokeswoman', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'one', 'medical', 'paramedics', 'deputies', 'firefighters', 'relatives', 'family', 'survivors', 'people', 'staff']);

function isGeneric(cleaned: string, sentenceStart: boolean): boolean {
  const { generic } = patterns();
  const lower = cleaned.toLowerCase();
  if (generic.has(lower) || generic.has(`the ${lower}`) || generic.has(`a ${lower}`)) return true;
  const words = cleaned.split(/\s+/);
  const caps = words.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && sentenceStart && COMMON_SOURCE_WORDS.has(w.toLowerCase())));
  return caps.length === 0;
}

// "said Dr. Gil Marsh, a surgeon": a title's full stop is no sentence end for the patterns below;
// it is hidden behind a one-dot leader of the same length while they run (offsets hold)
const TITLE_STOP = /\b(Dr|Mr|Mrs|Ms|Gen|Col|Capt|Lt|Maj|Sgt|Gov|Sen|Rep|Prof|Rev|Brig|Cpl|Adm|Supt|Insp|Det|Lt\.Col)\.(?=\s)/g;
const LEADER = '\u2024';
export function findAttribution(text: string): AttributionFound | null {
  if (!text.includes('.') || !TITLE_STOP.test(text)) return findAttributionIn(text);
  TITLE_STOP.lastIndex = 0;
  const found = findAttributionIn(text.replace(TITLE_STOP, `$1${LEADER}`));
  return found && { ...found, source: found.source.replaceAll(LEADER, '.'), text: found.text.replaceAll(LEADER, '.') };
}

// The patterns in the order they are tried, each with whether it reads from the sentence start and,
// for the rarer ones, a plain test for their verb that runs first (built once: this is per sentence)
interface Try { re: RegExp; atStart: boolean; hint?: (text: string) => boolean }
let orderedTries: Try[] | undefined;
function attributionTries(): Try[] {
  if (orderedTries) return orderedTries;
  const p = patterns();
  orderedTries = [
    { re: p.embedded, atStart: false, hint: (t) => (t.includes('that ') || t.includes('which ')) && /\b(?:said|say|says|reported|believed?)\s+(?:had\s+|have\s+|has\s+)?(?:killed|left|wounded|injured|claimed|kills|leaves)\b/i.test(t) },
    { re: p.denying, atStart: true, hint: (t) => t.includes('denied') || t.includes('disputed') || t.includes('rejected') || t.includes('dismissed') || t.includes('contradicted') || t.includes('gave') || t.includes('offered') || t.includes('provided') || t.includes('issued') },
    { re: p.quotingAs, atStart: false, hint: (t) => t.includes(' as saying') || t.includes(' as telling') },
    { re: p.prepositional, atStart: false },
    { re: p.inverted, atStart: false },
    { re: p.leadingAside, atStart: true, hint: (t) => /,\s*(?:said|says|told|reported|added|stated|announced)\b/.test(t) },
    { re: p.trailing, atStart: false },
    { re: p.leading, atStart: true },
    { re: p.medial, atStart: false, hint: (t) => (t.includes('said,') || t.includes('says,') || t.includes('added,') || t.includes('reported,') || t.includes('told ')) && /\b(?:said|says|told\s+\S+|added|reported),\s*(?:and|but|while)\s/i.test(t) },
  ];
  return orderedTries;
}

function findAttributionIn(text: string): AttributionFound | null {
  const p = patterns();
  for (const { re, atStart, hint } of attributionTries()) {
    if (hint && !hint(text)) continue;
    const m = re.exec(text);
    if (!m?.groups) continue;
    // ("A rights group said seven were killed, citing families": the one who speaks, not whom it cites)
    if ((re === p.prepositional || re === p.inverted) && /^(?:citing|quoting)$/i.test(m.groups.verb) && m.index > 0 && p.leading.test(text.slice(0, m.index))) continue;
    // ("according to a commander who posted photos of the bodies": the speaker ends at "who")
    let src = m.groups.src.trim().replace(/\s+(?:who|whose)\s[^]*$/i, '');
    let srcIndex = m.index + m[0].indexOf(m.groups.src);
    // "Ahmed Ali, a spokesman" -> "Ahmed Ali", typed by the whole ("Dr. Gil Marsh, a surgeon at the city hospital")
    const withAside = re === p.inverted || re === p.leadingAside ? m[0].slice(m[0].indexOf(m.groups.src)) : src;
    if (re === p.inverted) src = src.replace(/,.*$/, '').trim() || src;
    // ("officials, speaking on condition of anonymity, said the jets had struck hideouts": a clause
    // with its own verb after "said" is what was said, not who said it)
    if (re === p.inverted && /\b(?:had|has|have|was|were|is|are)\s+\p{Ll}+/u.test(src)) continue;
    // "The ... Observatory, which relies on activists, said": the source is before the relative clause
    if (re === p.trailing && /^(?:which|who|whose|that)\b/i.test(src)) {
      const prev = /(?:^|,)\s*([^,;“”"]{2,90}?)\s*,\s*$/.exec(text.slice(0, srcIndex));
      if (!prev) continue;
      src = prev[1].trim();
      srcIndex = prev.index + prev[0].indexOf(prev[1]);
    }
    // "A defense official, speaking on condition of anonymity, said": the speaker is before the aside
    if (re === p.trailing && ANONYMITY_ASIDE.test(src)) {
      const prev = /(?:^|,)\s*([^,;“”"]{2,90}?)\s*,\s*$/.exec(text.slice(0, srcIndex));
      if (!prev) continue;
      src = prev[1].trim();
      srcIndex = prev.index + prev[0].indexOf(prev[1]);
    }
    if (src.split(/\s+/).length > 12 || HARM_IN_SOURCE.test(src) || /\d/.test(src) || (NEGATED_SOURCE.test(src) && /^(?:confirm|verif|establish|independently)/i.test(m.groups.verb))) continue;
    // "It said", "he added", "They also said": the speaker of an earlier sentence (attribute() resolves it)
    const pronoun = /^(?:(?:and|but)\s+)?(?<p>he|she|they|it)(?:\s+(?:also|later|earlier|further|separately))?$/i.exec(src);
    if (pronoun?.groups && re !== p.embedded) {
      const verbAt = m.index + m[0].indexOf(m.groups.verb);
      return { source: pronoun.groups.p, text: text.slice(srcIndex, verbAt + m.groups.verb.length), type: 'other', generic: true, pronoun: true, start: srcIndex, end: verbAt + m.groups.verb.length };
    }
    if (NOT_A_SOURCE.test(src) && src.split(/\s+/).length <= 1) continue;
    if (/^(?:he|she|they|it|we|i|you|who|which|that)$/i.test(src)) continue;
    if (/^(?:despite|amid|during|since|under|in\s+spite\s+of|following)\b/i.test(src)) continue; // "Despite its declared withdrawal": no speaker
    if (/^(?:in|on|at|after)\s+(?:an?|the)\s+(?:\S+\s+)?(?:attack|assault|raid|strike|bombing|ambush|shooting)\b/i.test(src)) continue; // "..., officials said, in an attack claimed by ..."
    // "The militant group, in a statement on its website, said": the speaker is before the aside
    if (/^(?:in|on|via|through)\s+(?:a|an|its|their|his|her)\s/i.test(src)) {
      const lead = /^\s*(?:[^,]{0,30},\s*)?([^,;“”"]{2,60}?)\s*,\s*$/.exec(text.slice(0, srcIndex));
      if (lead && !HARM_IN_SOURCE.test(lead[1])) { src = lead[1].trim(); srcIndex = lead.index + lead[0].indexOf(lead[1]); }
    }
    if (/^(?:up|down|from|of|to|with|by|for|after|before|than|about)\b/i.test(src)) continue; // "up from an initial report": no speaker
    let cleaned = cleanSource(src);
    if (!cleaned) continue;
    // an appositive names a generic source: 'the "Tarso Monitor," a local rights group, said'
    const srcAt = srcIndex;
    // (only an indefinite description after a quoted name or "the" + a multi-word name)
    const named = /(?:^|[\s(])(?:(?<the>the)\s+)?(?<q>["“])?(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|de|al|the|and)?\s*\p{Lu}[\p{L}'’.-]*){0,6})[,]?["”]?\s*,\s*$/u.exec(text.slice(0, srcAt));
    if (named?.groups && /^an?\s/i.test(src) && (named.groups.q || (named.groups.the && /\s/.test(named.groups.name))) && isGeneric(cleaned, srcAt === 0) && !HARM_IN_SOURCE.test(named.groups.name)) cleaned = named.groups.name;
    const srcStart = srcIndex;
    const start = Math.min(srcStart, m.index + m[0].indexOf(m.groups.verb));
    const end = Math.max(srcStart + m.groups.src.length, m.index + m[0].indexOf(m.groups.verb) + m.groups.verb.length);
    const asWritten = text.slice(start, end).replace(/^[,\s“”"]+/, '');
    const sentenceStart = atStart || srcStart === 0;
    // "A spokesman for the coalition, Col. John Smith, said": the role before the name types it
    const role = /(?:^|[,;]\s*|\s)((?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|commander|chief|minister|officer|director|head|governor|mayor|representative)(?:\s+(?:for|of|at|with|in)\s+[^,;]{2,60})?)\s*,\s*$/iu.exec(text.slice(0, srcStart));
    const type = sourceType(cleaned) !== 'other' ? sourceType(cleaned) : role ? sourceType(`${role[1]} ${cleaned}`) : sourceType(withAside);
    // ("The director of the city hospital, Dr. Ana Lopes, said": the titled name speaks, typed by
    // the role before it)
    const titled = re === p.leadingAside ? TITLED_ASIDE.exec(m[0].slice(m[0].indexOf(m.groups.src) + m.groups.src.length)) : null;
    if (titled) {
      const name = titled[1].replaceAll(LEADER, '.').trim();
      return { source: name, text: asWritten, type: sourceType(`${cleaned} ${name}`), generic: false, start, end };
    }
    return { source: cleaned, text: asWritten, type, generic: isGeneric(cleaned, sentenceStart), start, end };
  }
  return null;
}

// "Gunmen killed 30 villagers, residents said, while police put the toll at 17": each clause of
// a sentence that sets sources against each other has its own source
// (", and local sources said ...": a clause of its own when a new speaker opens it)
const CLAUSE_BREAK = /,\s*(?:while|whereas|but)\s+|;\s*|,\s*and\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:said|says|say|told|reported|confirmed|put)\b)/gu;
interface ClauseAttribution { start: number; end: number; found: AttributionFound | null }
function clauseAttributions(text: string): ClauseAttribution[] | null {
  const breaks = [...text.matchAll(CLAUSE_BREAK)];
  if (!breaks.length) return null;
  const out: ClauseAttribution[] = [];
  let start = 0;
  for (const b of [...breaks.map((m) => ({ at: m.index!, next: m.index! + m[0].length })), { at: text.length, next: text.length }]) {
    out.push({ start, end: b.at, found: findAttribution(text.slice(start, b.at)) });
    start = b.next;
  }
  // (only when two clauses name sources: one source for the whole sentence otherwise)
  return out.filter((k) => k.found).length >= 2 ? out : null;
}

/**
 * Whether a named (or fuller) source is the one a generic description stands for: the same type,
 * a name that holds the generic words ("the ministry" -> "the Palestinian health ministry"), or a
 * fuller description ("the director" -> "the provincial health director").
 */
function namesTheSame(generic: AttributionFound, other: AttributionFound): boolean {
  const words = ` ${other.source.toLowerCase()} `;
  const holds = words.includes(` ${generic.source.toLowerCase()} `);
  if (!other.generic) return other.type === generic.type || holds;
  return other.source.length > generic.source.length && words.endsWith(` ${generic.source.toLowerCase()} `);
}

/**
 * "Bello said" after "Amina Bello, a health adviser for the state government, put the
 * toll at 60": a surname alone is the person named in full earlier, whose role types the source.
 */
const SURNAME = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?<surname>\p{Lu}[\p{L}'’-]+)$/u;
function fullerName(before: string, a: AttributionFound): AttributionFound | null {
  const m = SURNAME.exec(a.source);
  if (!m?.groups) return null;
  const surname = m.groups.surname;
  const head = headPattern(surname);
  // the latest earlier mention that gives more than the surname (read around each occurrence
  // only: the document may be long)
  // (the five latest mentions at most: a surname repeated all through a long text is looked up
  // in bounded time)
  let tries = 0;
  for (let at = before.lastIndexOf(surname); at > 0 && tries < 5; at = before.lastIndexOf(surname, at - 1)) {
    if (/[\p{L}]/u.test(before[at + surname.length] ?? '')) continue;
    tries++;
    if (!/\p{Lu}[\p{L}'’.-]*\s+$/u.test(before.slice(Math.max(0, at - 30), at))) continue; // no capitalised word before: the surname alone again
    const found = head.exec(before.slice(Math.max(0, at - 80), at + surname.length));
    if (!found?.groups) continue;
    const role = /^,\s*([^,.;“”"]{3,80})/.exec(before.slice(at + surname.length))?.[1] ?? '';
    const full = found.groups.full.replace(/^(?:(?:Mr|Mrs|Ms|Dr|The|A|An)\.?\s+)/, '');
    return { ...a, source: full, type: sourceType(`${found.groups.lead} ${full} ${role}`) };
  }
  return null;
}
// (a word ending in a full stop only as a title or an initial: "Sgt. Tom Ray", "John F. Kerr")
const NAME_WORD = String.raw`(?:(?:Sgt|Capt|Lt|Col|Cpl|Dr|Mr|Mrs|Ms|Gen|Maj|Det|Insp|Supt|Gov|Sen|Rep|Prof|Rev|St)\.|\p{Lu}\.|\p{Lu}[\p{L}'’-]+)`;
const headPatterns = new Map<string, RegExp>();
function headPattern(surname: string): RegExp {
  let re = headPatterns.get(surname);
  if (!re) {
    re = new RegExp(String.raw`(?<lead>(?:[\p{L}'’-]+\s+){0,4}?)(?<full>(?:${NAME_WORD}\s+){1,3}${escapeRegExp(surname)})$`, 'u');
    if (headPatterns.size > 1000) headPatterns.clear();
    headPatterns.set(surname, re);
  }
  return re;
}

const PERSON_NAME = /^(?:(?:Gen|Col|Maj|Capt|Lt|Sgt|Cpl|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;

/** Resolves generic sources to the nearest named one of the same type, within a window. */
const WINDOW = 4;
export function attribute(ctx: DocContext): void {
  // only sentences that hold a claim, and their neighbours within the resolution window, are read
  const needed = new Set<number>();
  for (const c of ctx.candidates) if (!c.dropped) for (let d = -WINDOW; d <= WINDOW; d++) needed.add(c.sentence.index + d);
  for (const s of ctx.sentences) if (needed.has(s.index)) ctx.attributions.set(s.index, findAttribution(s.text));
  const resolve = (index: number, a: AttributionFound): AttributionFound => {
    if (a.pronoun) {
      // the nearest earlier speaker who is not a pronoun too
      for (let i = index - 1; i >= Math.max(0, index - WINDOW); i--) {
        const n = ctx.attributions.get(i);
        // ("they said" is not one person named before: "senior officials said ... Gen. X said ... they said")
        if (n && /^they$/i.test(a.source) && PERSON_NAME.test(n.source)) continue;
        // (a speaker is a name or a short description, not a clause taken for one)
        if (n && !n.pronoun) return n.source.split(/\s+/).length <= 7 ? resolve(i, n) : a;
      }
      return a;
    }
    if (!a.generic || a.type === 'other' || a.type === 'unnamed') return a;
    // a named source whose name holds the generic words first ("the Observatory" -> "Syrian
    // Observatory for Human Rights", not an activist quoted in between), then the nearest named
    // source of the same type; the earlier one on a tie (looked up by distance)
    const words = ` ${a.source.toLowerCase()} `;
    for (const test of [(n: AttributionFound) => !n.generic && ` ${n.source.toLowerCase()} `.includes(words), (n: AttributionFound) => namesTheSame(a, n)]) {
      for (let d = 1; d <= WINDOW; d++) {
        for (const i of [index - d, index + d]) {
          const n = ctx.attributions.get(i);
          if (n && !n.pronoun && test(n)) return n;
        }
      }
    }
    return a;
  };
  let previous: Candidate | null = null;
  const clauses = new Map<number, ClauseAttribution[] | null>();
  const fuller = new Map<string, AttributionFound | null>(); // a surname's full mention, once per sentence
  for (const c of ctx.candidates) {
    if (c.dropped) continue;
    if (!clauses.has(c.sentence.index)) clauses.set(c.sentence.index, clauseAttributions(c.sentence.text));
    const own = clauses.get(c.sentence.index)?.find((k) => k.start <= c.quantity.start && c.quantity.start < k.end)?.found;
    const found = own ?? ctx.attributions.get(c.sentence.index);
    // (a pronoun with no earlier speaker names nobody)
    const a = found?.pronoun && resolve(c.sentence.index, found).pronoun ? null : found;
    if (a) {
      const resolved = resolve(c.sentence.index, a);
      const fullerKey = `${c.sentence.index}|${resolved.source}`;
      if (resolved.type === 'other' && !resolved.generic && !fuller.has(fullerKey)) fuller.set(fullerKey, fullerName(ctx.text.slice(0, c.sentence.start), resolved));
      const named = fuller.get(fullerKey) ?? resolved;
      c.attributedTo = named.source;
      c.attributionText = a.text;
      c.attributionType = named.type;
      c.tags.push(a.pronoun ? 'attribution.pronoun' : a.generic ? (c.attributedTo !== a.source ? 'attribution.resolved' : 'attribution.generic') : 'attribution.named');
    } else if (previous?.attributedTo && previous.sentence.paragraph === c.sentence.paragraph) {
      // A reporter names the source once and goes on: carry it within the paragraph.
      c.attributedTo = previous.attributedTo;
      c.attributionText = previous.attributionText;
      c.attributionType = previous.attributionType;
      c.tags.push('attribution.carried');
    }
    previous = c;
  }
}
