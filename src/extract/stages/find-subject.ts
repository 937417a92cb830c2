// Stage 3: who or what a figure counts. Reads the noun phrase after the figure ("30 people",
// "two Turkish soldiers", "dozens of civilians", "one of the attackers", "10 raids", "30 deaths")
// and maps its head noun to a victim_group, or marks it as an attack or harm noun. Figures
// followed by a non-person noun ("10 minutes", "5 km", "30 houses") are dropped.
import { lexicon } from '../lexicon.js';
import { PHRASE_STOPS, tokenize, type Token } from '../text-utils.js';
import type { Candidate } from '../types.js';
import type { Category, VictimGroup } from '../../records/claim-schema.js';

type Subject = NonNullable<Candidate['subject']>;

let nounIndex: { wordsAfterFirst: Map<string, number>; groups: Map<string, VictimGroup>; harmNouns: Map<string, Category>; attack: Set<string> } | undefined;
function nouns() {
  if (nounIndex) return nounIndex;
  const lex = lexicon();
  const groups = new Map<string, VictimGroup>();
  for (const [k, g] of Object.entries(lex.victimGroups)) groups.set(k.toLowerCase(), g);
  const harmNouns = new Map<string, Category>();
  const attack = new Set<string>();
  for (const [cat, words] of Object.entries(lex.harm.nouns) as Array<[Category, string[]]>) {
    for (const w of words) {
      if (cat === 'attacks') attack.add(w.toLowerCase());
      harmNouns.set(w.toLowerCase(), cat);
    }
  }
  // the most words of a noun opening with each first word: most words open none, and the longest
  // match is then looked up without building any key
  const wordsAfterFirst = new Map<string, number>();
  for (const k of [...groups.keys(), ...harmNouns.keys()]) {
    const words = k.split(' ');
    wordsAfterFirst.set(words[0], Math.max(wordsAfterFirst.get(words[0]) ?? 0, words.length));
  }
  nounIndex = { wordsAfterFirst, groups, harmNouns, attack };
  return nounIndex;
}

// (and the common ones of other shapes: "two Britons", "a Swiss", "three Turks")
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ans|ians|is|ese|ns)|Britons|Danes|Swedes|Finns|Turks|Greeks|Czechs|Poles|Scots|Kurds|Uzbeks|Tajiks|Kazakhs|Kyrgyz|Filipinos|Thais|Swiss|Dutch|French|Frenchmen|Englishmen|Dutchmen|Frenchwomen|Arabs|Jews|Druze|Sikhs)$/u;
const ADJECTIVE_DEMONYM = /^(?:Swiss|Dutch|French|Thai|Kyrgyz|Druze|Czech|Greek|Kurd|Uzbek|Tajik|Kazakh|Filipino|Arab|Sikh|Turk)$/u;
const SINGULAR_DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:an|ian|i|ese)|Briton|Dane|Swede|Finn|Turk|Greek|Czech|Pole|Scot|Kurd|Uzbek|Tajik|Kazakh|Filipino|Thai|Swiss|Frenchman|Englishman|Dutchman|Frenchwoman|Arab|Jew|Sikh)$/u;
const MAX_MODIFIERS = 4;
const CITY_STATE = /^\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}\p{Lu}[\p{Ll}'’-]+,\s+(?:\p{Lu}\p{Ll}{1,4}\.|[A-Z]{2}\b|[A-Z]\.[A-Z]\.|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=\s+\p{Ll})/u;
const FAMILY_SIZE = /^(\p{L}+)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/u;
const FORCE_FIRST = new Set(['army', 'military', 'police', 'navy', 'air force', 'security', 'security forces', 'border', 'coast guard', 'national guard', 'paramilitary', 'militia', 'rebel', 'rebels', 'insurgent', 'government', 'pro-government']);
// Verbs in the past tense that do not end in -ed: the phrase after a figure stops at them ("One
// round struck the trooper's body armor": no noun of "body" for the figure)
const IRREGULAR_PAST = new Set(['struck', 'hit', 'tore', 'went', 'came', 'ran', 'fell', 'broke', 'caught', 'took', 'left', 'found', 'sent', 'threw', 'flew', 'drove', 'rode', 'stood', 'sat']);
const PARTICIPLE_MODIFIERS = new Set(['suspected', 'alleged', 'armed', 'masked', 'hooded', 'wanted', 'unidentified', 'accused', 'convicted', 'detained', 'trained', 'uniformed', 'unarmed', 'retired', 'off-duty']);
const ADULT_WORDS = new Set(['adult', 'adults', 'grown', 'elder', 'eldest', 'older', 'oldest']);
const GENERIC_HEADS = new Set(['members', 'member', 'personnel', 'people', 'persons', 'men', 'women', 'elements', 'staff', 'officials', 'others']);
const INSTITUTION_WORD = /^(?:Guard|Guards|Police|Army|Force|Forces|Corps|Reserve|Service|Services|Liberation|Front|Security|Defence|Defense|Agency|Party|Council|Assembly|Movement|Brigade|Battalion|Regiment|Command)$/;
const THING_AFTER_DEMONYM = /^(?:missile|missiles|drone|drones|jet|jets|warplane|warplanes|helicopter|helicopters|army|military|navy|government|embassy|consulate|ship|vessel|plane|planes|rocket|rockets|shell|shells|mortar|artillery|forces|company|border|town|city|village|official|officials|authorities|media|television|state|police)$/;

/** The subject noun phrase after a figure, or null when there is none. */
export function findSubject(sentence: string, quantityEnd: number, quantityKind: string): Subject | 'non-person' | null {
  const { wordsAfterFirst, groups, harmNouns } = nouns();
  const lex = lexicon();
  // a bounded look-ahead: the noun phrase is within a few words (and long sentences stay linear)
  // ("An Eaton, Ind. man was killed": a town and its state's abbreviation before the noun are one
  // modifier; their comma and full stop are blanked, same length, so offsets stay)
  const ahead = sentence.slice(quantityEnd, quantityEnd + 160);
  const place = CITY_STATE.exec(ahead);
  const look0 = place ? ahead.slice(0, place[0].length).replace(/[,.]/g, ' ') + ahead.slice(place[0].length) : ahead;
  // ("Twelve (12) terrorists": the figure restated in digits, blanked the same way)
  const look = look0.replace(/^\s*\(\d[\d,]*\)/, (m) => ' '.repeat(m.length));
  const tokens = tokenize(look, quantityEnd, 13).slice(0, 12);
  let i = 0;
  // "dozens of", "one of the", "two of them", "10 of whom"
  if (tokens[i]?.lower === 'of') {
    i++;
    if (['the', 'them', 'those', 'whom', 'these', 'its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(tokens[i]?.lower)) {
      if (['them', 'whom', 'those', 'these'].includes(tokens[i].lower)) {
        const t = tokens[i];
        return { text: t.text, start: t.start, end: t.end, group: 'people', noun: 'person' };
      }
      i++;
    }
  }
  const match = (at: number): { words: number; key: string } | null => {
    // ("a dad-of-two", "a mother-of-three": the parent, with the size of the family)
    const family = FAMILY_SIZE.exec(tokens[at]?.lower ?? '');
    if (family && groups.has(family[1])) return { words: 1, key: family[1] };
    const first = tokens[at]?.lower;
    const most = first === undefined ? 0 : wordsAfterFirst.get(first) ?? 0;
    for (let n = Math.min(most, tokens.length - at); n >= 1; n--) {
      let key = first!;
      for (let w = 1; w < n; w++) key += ` ${tokens[at + w].lower}`;
      if (groups.has(key) || harmNouns.has(key)) return { words: n, key };
      // exact-case keys such as "Taliban"
    }
    return null;
  };
  for (let k = 0; k <= MAX_MODIFIERS && i + k < tokens.length; k++) {
    const t: Token = tokens[i + k];
    // ("two National Guard members", "Civil Defence workers": a capitalised word of an institution's
    // name is a modifier, not the noun it spells in lower case)
    if (/^\p{Lu}/u.test(t.text) && INSTITUTION_WORD.test(tokens[i + k + 1]?.text ?? '')) continue;
    // ("One RAID officer was slightly injured": an acronym before a noun of people is a unit's name,
    // not the harm noun it spells in lower case)
    if (/^\p{Lu}{3,}$/u.test(t.text) && tokens[i + k + 1] && groups.has(tokens[i + k + 1].lower) && !harmNouns.has(tokens[i + k + 1].lower)) continue;
    const m = match(i + k);
    // "no other injuries", "other victims": 'other' only modifies a noun that follows it
    if (m && m.key === 'other' && tokens[i + k + 1] && match(i + k + 1)) continue;
    // ("three national staff members": 'national' is an adjective before a noun of people)
    if (m && m.key === 'national' && tokens[i + k + 1] && groups.has(tokens[i + k + 1].lower)) continue;
    if (m) {
      let words = m.words;
      // "police personnel", "army officers": a listed noun followed by another listed person noun
      let headKey: string | undefined;
      for (;;) {
        const next = tokens[i + k + words];
        // ("two Taliban security guards": the next noun may be of two words)
        const pair = next && tokens[i + k + words + 1] ? `${next.lower} ${tokens[i + k + words + 1].lower}` : '';
        if (pair && groups.has(pair) && !harmNouns.has(m.key)) { words += 2; headKey = pair; continue; }
        // ("two adults deceased": "deceased" after a noun of people is its state, not another noun)
        if (!next || !groups.has(next.lower) || harmNouns.has(next.lower) || harmNouns.has(m.key) || next.lower === 'deceased') break;
        words++;
        headKey = next.lower;
      }
      // ("a partner organization", "two police vehicles": a noun of people before a noun of things
      // is its modifier)
      const thingAfter = tokens[i + k + words];
      if (thingAfter && groups.has(m.key) && !harmNouns.has(m.key) && lex.nonPersonNouns.has(thingAfter.lower) && !groups.has(thingAfter.lower) && !harmNouns.has(thingAfter.lower)) return 'non-person';
      // "members of the security forces", "personnel of the army": the group named after "of"
      if (/^(?:members?|personnel|elements)$/.test(m.key) && tokens[i + k + words]?.lower === 'of') {
        let j = i + k + words + 1;
        if (tokens[j]?.lower === 'the') j++;
        // ("suspected members of the Dawlah Islamiyah-Maute group": a named armed group's members)
        const named = tokens.slice(j, j + 6);
        const nameEnd = named.findIndex((t) => !/^\p{Lu}/u.test(t.text));
        if (nameEnd > 0 && /^(?:group|militia|faction|movement|network|organi[sz]ation|cell|brigade)$/.test(named[nameEnd]?.lower ?? '')) {
          const end = named[nameEnd].end;
          return { text: sentence.slice(tokens[i].start, end), start: tokens[i].start, end, group: 'militants', noun: 'person' };
        }
        for (let n = 0; n < 4 && tokens[j + n] && /^\p{L}/u.test(tokens[j + n].text) && !PHRASE_STOPS.has(tokens[j + n].lower); n++) {
          for (const w of [2, 1]) {
            const key = tokens.slice(j + n, j + n + w).map((t) => t.lower).join(' ');
            const group = lex.collectives[key] ?? groups.get(key);
            if (group && tokens[j + n + w - 1]) {
              const end = tokens[j + n + w - 1].end;
              return { text: sentence.slice(tokens[i].start, end), start: tokens[i].start, end, group, noun: 'person' };
            }
          }
        }
      }
      const last = tokens[i + k + words - 1];
      const start = tokens[i].start;
      const text = sentence.slice(start, last.end);
      const harm = harmNouns.get(m.key);
      // "wounded people", "dead soldiers", "injured civilians": harm adjective + person noun
      const after = tokens[i + k + m.words];
      if (harm && harm !== 'attacks' && after && groups.has(after.lower) && !harmNouns.has(after.lower)) {
        return { text: sentence.slice(tokens[i].start, after.end), start: tokens[i].start, end: after.end, group: groups.get(after.lower)!, noun: 'person', harmCategory: harm };
      }
      if (harm === 'attacks') return { text, start, end: last.end, group: 'not_applicable', noun: 'attack' };
      if (harm && !groups.has(m.key)) return { text, start, end: last.end, group: 'unspecified', noun: 'harm' };
      // ("two Taliban security guards": a group's name before the head noun; the head tells who
      // they are, unless the first names an armed force, "army officers", or the head is generic,
      // "militia members")
      const headGroup = words > m.words && headKey ? groups.get(headKey) : undefined;
      const firstGroup = groups.get(m.key)!;
      const group = headGroup && !GENERIC_HEADS.has(last.lower) && !FORCE_FIRST.has(m.key) && !FORCE_FIRST.has(last.lower) && !ADULT_WORDS.has(m.key)
        && (firstGroup === 'people' || firstGroup === 'militants' || firstGroup === 'unspecified') && headGroup !== 'people' && headGroup !== 'unspecified' ? headGroup : firstGroup;
      return { text, start, end: last.end, group, noun: 'person' };
    }
    // "Palestinians", "Iraqis"; after "a"/"an" also the singular: "a Palestinian", "an Iraqi"
    // ("Swiss", "Dutch", "French" are adjectives too: "5 French workers" counts workers)
    const next = tokens[i + k + 1];
    // ("a Russian missile strike", "an Iraqi army unit": a demonym before a noun of things is an adjective)
    const thingNext = !!next && (lex.nonPersonNouns.has(next.lower) || nouns().harmNouns.has(next.lower) || THING_AFTER_DEMONYM.test(next.lower));
    const adjectiveNext = thingNext || (ADJECTIVE_DEMONYM.test(t.text) && /^\p{Ll}+$/u.test(next?.text ?? '') && !PHRASE_STOPS.has(next!.lower));
    // ("an Indian soldier", "an Indian air base": a singular demonym before a noun is its adjective;
    // before a verb or a stop word it is the person, "an Indian was killed", "an Indian shot dead")
    const nounAfter = !!next && /^\p{Ll}+$/u.test(next.text) && !PHRASE_STOPS.has(next.lower) && !/(?:ed|en)$/.test(next.lower) && !/^(?:shot|hurt|dies|died|dead)$/.test(next.lower);
    const demonym = (DEMONYM.test(t.text) && !adjectiveNext) || (quantityKind === 'article' && SINGULAR_DEMONYM.test(t.text) && !adjectiveNext && !nounAfter);
    if (demonym && !lex.nonPersonNouns.has(t.lower)) {
      return { text: sentence.slice(tokens[i].start, t.end), start: tokens[i].start, end: t.end, group: 'people', noun: 'person' };
    }
    // ("a hospital guard", "a school teacher": a noun of things before a noun of people is a modifier)
    const personNext = !!next && groups.has(next.lower);
    if (!personNext && (lex.nonPersonNouns.has(t.lower) || (next && lex.nonPersonNouns.has(`${t.lower} ${next.lower}`)))) {
      return 'non-person';
    }
    // "a 19-year-old man", "the 45-year-old" (an age as a modifier, or as the noun itself)
    if (/^\d+-(?:year|month)s?-old$/i.test(t.text)) {
      const next = tokens[i + k + 1];
      const nextIsNoun = next && match(i + k + 1);
      // "a 7-year-old bullmastiff": an unknown word after the age is the noun, and not a person
      // ("a 29-year-old stock clerk", "a 29-year-old mobile money vendor", "a 35-year-old Ghanaian
      // trader": up to three modifiers may come before the noun)
      const modifiers = nextIsNoun ? undefined : [1, 2, 3].find((n) => tokens.slice(i + k + 1, i + k + 1 + n).every(isModifierWord) && !!tokens[i + k + 1 + n] && !!match(i + k + 1 + n));
      if (modifiers) { k += modifiers; continue; }
      if (!nextIsNoun && next && /^\p{Ll}/u.test(next.text) && !PHRASE_STOPS.has(next.lower) && !isHarmWord(next.lower)) return null;
      if (!nextIsNoun) return { text: sentence.slice(tokens[i].start, t.end), start: tokens[i].start, end: t.end, group: 'people', noun: 'person' };
      continue;
    }
    // "an 18 year old Russian man": an age written without hyphens
    if (/^\d+$/.test(t.text) && tokens[i + k + 1]?.lower.match(/^(?:years?|months?)$/) && tokens[i + k + 2]?.lower === 'old') { k += 2; continue; }
    // ("five Boko Haram/ISWAP terrorists": a slash joins two names of the group)
    if (t.text === '/' && k > 0 && /^\p{Lu}/u.test(tokens[i + k - 1].text) && /^\p{Lu}/u.test(tokens[i + k + 1]?.text ?? '')) continue;
    if (PHRASE_STOPS.has(t.lower) || !/^[\p{L}]/u.test(t.text)) break;
    // a verb, not a modifier (but "three suspected armed robbers", "two masked gunmen")
    if (/(?:ed|ing)$/.test(t.lower) && k > 0 && !PARTICIPLE_MODIFIERS.has(t.lower)) break;
    if (k > 0 && IRREGULAR_PAST.has(t.lower)) break;
  }
  // An unlisted word right after the figure: a noun we do not know ("30 Taliban", "12 Hazara").
  const first = tokens[i];
  if (quantityKind !== 'article' && first && /^\p{L}/u.test(first.text) && !PHRASE_STOPS.has(first.lower) && !/(?:ed|ing)$/.test(first.lower) && !isHarmWord(first.lower)) {
    return { text: first.text, start: first.start, end: first.end, group: 'unspecified', noun: 'unknown' };
  }
  return null;
}

/** A word that may modify a noun of people after an age: no stop word, no harm word, no figure. */
const isModifierWord = (tok: Token | undefined) => !!tok && /^\p{L}[\p{L}-]*$/u.test(tok.text) && !PHRASE_STOPS.has(tok.lower) && !isHarmWord(tok.lower);

let harmWords: Set<string> | undefined;
export function isHarmWord(word: string): boolean {
  if (!harmWords) {
    const lex = lexicon();
    harmWords = new Set<string>();
    for (const table of [lex.harm.passive, lex.harm.active]) for (const list of Object.values(table)) for (const p of list ?? []) harmWords.add(p.split(' ')[0].toLowerCase());
  }
  return harmWords.has(word);
}
