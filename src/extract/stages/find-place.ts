// Stage: where. The nearest place phrase of the sentence: a capitalised name after a place
// preposition ("in Raqqa", "near Aleppo", "outside Kabul") or after a place noun ("the village of
// Nogolait", "ISIS bastion of Raqqa"). A town or city beats a country ("of Raqqa in northern
// Syria" gives Raqqa). Names are normalised through the alias table (Raqa, al-Raqqa -> Raqqa).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';
import { lexicon } from '../lexicon.js';
import type { AttributionFound } from '../types.js';

interface PlaceLexicon { aliases: Record<string, string[]>; regionWords: string[]; notPlaces: string[] }
let lex: { alias: Map<string, string>; countries: Set<string>; notPlaces: Set<string>; re: RegExp } | undefined;

export function normalisePlaceKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, '').replace(/^(?:al|ar|as|ad|an|at|el|el|az)[-\s]/, '').replace(/[-\s]+/g, ' ').trim();
}

function load() {
  if (lex) return lex;
  const raw = JSON.parse(readFileSync(join(LEXICON_DIR, 'places.json'), 'utf8')) as PlaceLexicon;
  const alias = new Map<string, string>();
  for (const [canonical, forms] of Object.entries(raw.aliases)) for (const f of [canonical, ...forms]) alias.set(normalisePlaceKey(f), canonical);
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const countries = new Set<string>();
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    try {
      const n = names.of(code);
      if (n && n !== code) countries.add(n);
    } catch { /* not a region */ }
  }
  for (const extra of ['Syria', 'Russia', 'Iran', 'Gaza', 'West Bank', 'Kashmir', 'Darfur', 'Kurdistan', 'Britain', 'England', 'Scotland', 'Wales', 'Ivory Coast', 'Congo', 'Burma']) countries.add(extra);
  const region = raw.regionWords.join('|');
  const NAME = `(?:(?:al|ar|el|as|ad|an|at|az)-)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:al|ar|el|de|del|da|do|di|la|le|ul|bin|ibn|of)[-\\s])?\\p{Lu}[\\p{L}'’-]*){0,3}`;
  const re = new RegExp(`(?:\\b(?:in|near|at|outside|around|across|inside|from|to|(?:[Ss]trikes?|[Rr]aids?|[Aa]ttacks?|[Ss]helling|[Bb]ombing|[Aa]ssault|[Oo]ffensives?|[Bb]ombardment|[Ss]iege|[Aa]mbush|[Ee]xplosion|[Bb]last)\\s+(?:on|of)|on\\s+the\\s+outskirts\\s+of|outskirts\\s+of|north\\s+of|south\\s+of|east\\s+of|west\\s+of|(?:city|town|village|province|district|region|area|capital|bastion|stronghold|suburb|neighbourhood|neighborhood|governorate|county|state|camp|port|market|centre|center|outskirts|streets|heart)\\s+of)\\s+(?:(?:${region})\\s+)*)(?<name>${NAME})`, 'gu');
  lex = { alias, countries, notPlaces: new Set(raw.notPlaces), re };
  return lex;
}

// A headline in title case ("Truck Bomb in Mosul Kills 9", "Gunmen Kill at Least 6") capitalises
// every word, so a capital is no sign of a name there: the name stops at the first word of our
// own vocabulary, unless the whole phrase is a known place or country.
const TITLE_WORD = /(?<![\p{L}'’-])\p{L}{4,}(?![\p{L}'’-])/gu;
const LOWER_IN_TITLES = new Set(['from', 'with', 'into', 'onto', 'over', 'near', 'amid', 'after', 'than', 'that', 'says']);
let lastSentence = '';
let lastTitleCase = false;
function isTitleCase(sentence: string): boolean {
  if (sentence === lastSentence) return lastTitleCase; // (asked once per figure of the sentence)
  const words = sentence.match(TITLE_WORD) ?? [];
  lastSentence = sentence;
  lastTitleCase = words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w) || LOWER_IN_TITLES.has(w));
  return lastTitleCase;
}
const COMPASS = /^(?:(?:North|South)(?:ern|east|west|eastern|western)?|East(?:ern)?|West(?:ern)?|Central)$/;
// "Russian-backed", "Saudi-led", "Kurdish-held": a modifier made from a name, not a place
const NAME_MODIFIER = /-(?:backed|led|based|held|controlled|linked|allied|run|born|funded|supported|dominated|occupied)$/i;

// words of our own vocabulary (harm and attack words, the nouns of people and things) and the
// place nouns: in a title-case headline these are capitalised words, not names
let headline: Set<string> | undefined;
function headlineWords(): Set<string> {
  if (headline) return headline;
  const l = lexicon();
  headline = new Set([...l.nonPersonNouns, ...Object.keys(l.victimGroups), ...l.singularNounSet,
    'city', 'town', 'village', 'province', 'district', 'region', 'area', 'capital', 'market', 'camp', 'border', 'north', 'south', 'east', 'west', 'least', 'most', 'home', 'homes']);
  for (const table of [l.harm.passive, l.harm.active, l.harm.nouns, l.harm.toll]) for (const list of Object.values(table)) for (const p of list ?? []) if (!/\s/.test(p)) headline.add(p.toLowerCase());
  return headline;
}

export function findPlace(sentence: string, attribution: AttributionFound | null): string | null {
  const { alias, countries, notPlaces, re } = load();
  const titleCase = isTitleCase(sentence);
  let firstCountry: string | null = null;
  let weakInHeadline: string | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index + m[0].length - m.groups!.name.length;
    if (attribution && start >= attribution.start && start < attribution.end) continue;
    // "northern Syria's Raqqa": the place after the possessive is the specific one
    let name = m.groups!.name.replace(/^.*[’']s\s+(?=\p{Lu})/u, '').replace(/[’']s$/, '').replace(/[.,]$/, '').replace(/\s+(?:on|in|at|of)$/, '');
    // trim trailing words that are not part of a name ("Baghdad Tuesday")
    name = name.split(/\s+/).filter((w, i) => i === 0 || !notPlaces.has(w)).join(' ').replace(/\s+(?:province|district|region|governorate|county|state|city|town|village)$/i, '');
    if (titleCase && !alias.has(normalisePlaceKey(name)) && !countries.has(name)) {
      // the name ends at the first word of our vocabulary ("Port Said Harbour Shooting"), after any
      // compass word ("Northern Mali")
      const words = name.split(/\s+/);
      while (words.length > 1 && COMPASS.test(words[0])) words.shift();
      const end = words.findIndex((w) => headlineWords().has(w.toLowerCase()));
      name = words.slice(0, end < 0 ? words.length : end).join(' ');
      if (!name) continue; // "in Attack on Village"
    }
    if (NAME_MODIFIER.test(name)) continue;
    if (notPlaces.has(name) || [...notPlaces].some((n) => name.startsWith(`${n} `) || name === n)) continue;
    if (/^(?:The|A|An|This|That|His|Her|Their|Its|Our)$/.test(name)) continue;
    const canonical = alias.get(normalisePlaceKey(name)) ?? name;
    if (countries.has(canonical)) { firstCountry ??= canonical; continue; }
    // a headline's "at Wedding in Kabul": after "at", "on", "to" or "from" a capitalised word is
    // as likely a thing; "in", "near" and the like name the place
    if (titleCase && /^(?:at|on|to|from)\s/i.test(m[0]) && !alias.has(normalisePlaceKey(name))) { weakInHeadline ??= canonical; continue; }
    return canonical;
  }
  return weakInHeadline ?? firstCountry;
}

/** Whether a (normalised) place name is a country or territory rather than a town or region. */
export function isCountry(name: string): boolean {
  return load().countries.has(name);
}

/** The common spelling of a place name from the alias table ("Raqa", "Ar Raqqah" -> "Raqqa"). */
export function canonicalPlace(name: string): string {
  return load().alias.get(normalisePlaceKey(name)) ?? name;
}
