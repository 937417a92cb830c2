// Small helpers shared by stages: word tokens with offsets, phrase search, clause limits.

export interface Token { text: string; lower: string; start: number; end: number }

// ("U.S.", "U.N.": an abbreviation keeps its last full stop)
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0, limit = Infinity): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && out.length < limit; m = TOKEN.exec(text)) {
    // keep a sentence-final full stop apart from the word ("killed." -> "killed", ".")
    let t = m[0];
    let end = m.index + t.length;
    if (t.length > 1 && t.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(t)) {
      t = t.slice(0, -1);
      end -= 1;
      out.push({ text: t, lower: t.toLowerCase(), start: offset + m.index, end: offset + end });
      out.push({ text: '.', lower: '.', start: offset + end, end: offset + end + 1 });
      continue;
    }
    out.push({ text: t, lower: t.toLowerCase(), start: offset + m.index, end: offset + end });
  }
  return out;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: spaces match any run of whitespace, an apostrophe either form ("last week's" / "last week’s"). */
export function phraseSource(phrase: string): string {
  return escapeRegExp(phrase.trim()).replace(/ +/g, '\\s+').replace(/['’]/g, "['’]");
}

// A phrase's pattern, and its longest plain a-z word: a text whose lower case lacks that word cannot
// match, and a substring search is far cheaper than the pattern (hedge lists test hundreds of
// phrases per sentence).
const phraseCache = new Map<string, { re: RegExp; needle: string | null }>();
let lastText = '';
let lastLower = '';
/** Case-insensitive whole-word test (patterns compiled once per phrase: this runs in hot loops). */
export function hasPhrase(text: string, phrase: string): boolean {
  let test = phraseCache.get(phrase);
  if (!test) {
    const words = phrase.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3).sort((a, b) => b.length - a.length);
    test = { re: new RegExp(`(?:^|[^\\p{L}\\p{N}])${phraseSource(phrase)}(?![\\p{L}\\p{N}])`, 'iu'), needle: words[0] ?? null };
    phraseCache.set(phrase, test);
  }
  if (test.needle) {
    if (text !== lastText) { lastText = text; lastLower = text.toLowerCase(); }
    // (the long s is the one letter outside a-z whose case folds into it: no shortcut then)
    if (!lastLower.includes(test.needle) && !lastLower.includes('\u017f')) return false;
  }
  return test.re.test(text);
}

const anyCache = new Map<string[], RegExp>();
/** Whether any of the phrases occurs (one alternation per list, compiled once). */
export function hasAnyPhrase(text: string, phrases: string[]): boolean {
  let re = anyCache.get(phrases);
  if (!re) {
    const alt = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu');
    anyCache.set(phrases, re);
  }
  return re.test(text);
}

export function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** A capitalised weekday, as a pattern source ("On Friday,", "said on Monday"). */
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** "a second", "a third" ... "a tenth": one more person, with the ordinal's value (the first group). */
export const ORDINAL_ARTICLE = /^an?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
export function ordinalValue(text: string): number | null {
  const m = ORDINAL_ARTICLE.exec(text);
  return m ? ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].indexOf(m[1].toLowerCase()) + 2 : null;
}

/** Words that end a noun phrase when scanning forward from a figure. */
/** Right after "by" (and the agents listed after it): "shot dead by a security guard and an off-duty soldier". */
export const AGENT_BEFORE = /\bby\s+(?:[^,;.]{0,60}?\s+(?:and|or)\s+)?$/i;

export const PHRASE_STOPS = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'got', 'get', 'did', 'do', 'will', 'would', 'could', 'may', 'might',
  'in', 'on', 'at', 'near', 'by', 'from', 'for', 'with', 'during', 'after', 'before', 'since', 'into', 'inside', 'outside', 'to', 'across', 'around', 'when', 'as', 'while', 'amid', 'against',
  'and', 'or', 'but', 'who', 'whom', 'which', 'that', 'where', 'including', 'among', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'it', 'they', 'he', 'she', 'said', 'says', 'say',
  'than', 'of', 'each', 'per', 'also', 'then', 'all', 'not', 'no', 'so', 'reportedly', 'later', 'still', 'now', 'were', 'remain', 'remained', 'became',
  // (other prepositions: "taken to a hospital under guard" counts no guard)
  'under', 'through', 'via', 'without', 'behind', 'beside', 'between', 'toward', 'towards', 'along', 'onto', 'beyond', 'within', 'until',
  // (and auxiliaries and particles: "The toll of eight does not include the attacker", "rose to 61 over the next days")
  'does', 'doesn', 'over', 'up', 'down', 'out', 'off', 'again', 'too', 'only', 'yet', 'just', 'can', 'shall', 'must', 'should',
]);


/** A hedge that may open an appositive: "One of the attackers, allegedly a member of ..., was killed". */
export const APPOSITIVE_HEDGE = String.raw`(?:(?:allegedly|reportedly|apparently|possibly|probably|likely|(?:believed|said|thought|suspected)\s+to\s+be)\s+)?`;
