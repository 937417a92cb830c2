// Stage 2 (finder): propose every figure in a sentence with its qualifier and bounds:
// digits, number words, ranges ("between 20 and 30", "20-30", "two or three"), vague amounts
// ("dozens"), zeros ("no one", "no casualties"), "an unknown number", and "a"/"an"/"another"
// (kept only if a person noun follows: the subject stage decides).
import { lexicon, phraseAlternation } from '../lexicon.js';
import { DIGIT_NUMBER_SOURCE, NUMBER_WORDS, WORD_NUMBER_SOURCE, parseDigits, parseWords } from '../numbers.js';
import type { Quantity } from '../types.js';
import type { Qualifier } from '../../records/claim-schema.js';

const NUM = `(?:${DIGIT_NUMBER_SOURCE}|\\b${WORD_NUMBER_SOURCE}\\b)`;

let compiled: { main: RegExp; qualifierBefore: RegExp; vagueKeys: Map<string, string>; figureAfter: RegExp; starters: Set<string>; figureStart: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const lex = lexicon();
  const vagueKeys = new Map(Object.keys(lex.vague).map((k) => [k.toLowerCase(), k]));
  const vague = phraseAlternation(Object.keys(lex.vague));
  const main = new RegExp(
    [
      // "Twenty 2 people": text whose number words were half replaced by digits ("Twenty-two")
      `\\b(?<tensDigit>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+[1-9])(?![\\d.,:/-])`,
      // ("at least five, possibly seven": a lower figure and a possible higher one)
      `(?<range>(?<between>between\\s+)?(?<ra>${NUM})\\s*(?:(?<dash>-|–|—)|\\s(?<conj>to|and|or)\\s|,\\s*(?<maybe>possibly|perhaps|maybe|probably|or\\s+even|and\\s+possibly|and\\s+perhaps|if\\s+not)\\s)\\s*(?<rb>${NUM}))`,
      `(?<num>${NUM})`,
      `\\b(?<vague>${vague})\\b`,
      `\\b(?<unknown>an\\s+(?:unknown|undetermined|unspecified|undisclosed|unconfirmed)\\s+number\\s+of)\\b`,
      `\\b(?<zero>no\\s+one|no-one|nobody|none|no)\\b`,
      `\\b(?<both>both)\\b`,
      // "8 people, including four hotel staff and all terrorists, were killed": all of the attackers
      // counted earlier (their number is read from the earlier figure: resolve-all-of-earlier.ts)
      `\\b(?<allOf>all(?:\\s+of)?(?:\\s+the)?)(?=\\s+(?:attackers|assailants|gunmen|terrorists|militants|bombers|suicide\\s+bombers|hijackers|raiders|insurgents|shooters)\\b)`,
      // "a couple was shot", "the couple were taken to hospital": two people ("a couple of" is vague)
      // ("a young couple", "the elderly married couple")
      // (not a possessive: "the couple's 10-year-old daughter" is the daughter)
      `\\b(?<couple>[Aa]n?|[Tt]he)(?=\\s+(?:[a-z-]+\\s+){0,2}?couple\\b(?!\\s+of\\b|['’]s\\b))`,
      // "a third person died", "a second man was wounded": one more person
      `\\b(?<article>an?\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|an?|another|one\\s+other)\\b`,
    ].join('|'),
    'yiu', // sticky: tried only where a figure can start (see nextFigure)
  );
  const qualifierBefore = new RegExp(`(?:^|[^\\p{L}])(?<q>${phraseAlternation(lex.qualifiers.map(([p]) => p))})\\s+$`, 'iu');
  const figureAfter = new RegExp(`^\\s+(?:${NUM}|${vague}\\b)`, 'iu');
  // the words a figure can open with: number words, the words of the article, zero, 'both' and
  // 'couple' rules, and the first word of each vague amount
  const starters = new Set<string>([...NUMBER_WORDS, 'a', 'an', 'another', 'one', 'the', 'between', 'no', 'nobody', 'none', 'both', 'all',
    ...Object.keys(lex.vague).map((k) => k.toLowerCase().split(/\s+/)[0])]);
  // Where a figure can start: a digit after a non-digit, or a whole word that is a starter. The
  // words are found by the pattern itself (matching every word of a sentence and looking it up
  // allocated a match and a lower-cased copy per word); nextFigure still checks the set, so a word
  // the case-insensitive pattern lets through is read exactly as before.
  const starterWords = [...starters].filter((w) => /^\p{L}+$/u.test(w)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const figureStart = new RegExp(`(?<!\\d)\\d|(?<![\\p{L}\\p{N}])(?:${starterWords.join('|')})(?!\\p{L})`, 'giu');
  compiled = { main, qualifierBefore, vagueKeys, figureAfter, starters, figureStart };
  return compiled;
}

function valueOf(text: string): number | null {
  return /\d/.test(text) ? parseDigits(text) : parseWords(text);
}

/** Bounds for a figure n under a qualifier. See CODEBOOK 'Qualifiers'. */
export function boundsFor(q: Qualifier, n: number): { low: number | null; best: number; high: number | null } {
  switch (q) {
    case 'exact': return { low: n, best: n, high: n };
    case 'at_least': return { low: n, best: n, high: null };
    case 'more_than': return { low: n, best: n, high: null };
    case 'at_most': return { low: null, best: n, high: n };
    case 'fewer_than': return { low: null, best: Math.max(n - 1, 0), high: Math.max(n - 1, 0) };
    case 'about': return { low: Math.floor((n * 9) / 10), best: n, high: Math.ceil((n * 11) / 10) }; // integer arithmetic: 30 * 1.1 is 33.000000000000004
    default: return { low: n, best: n, high: n };
  }
}

// Zeros of the Unicode decimal digit blocks (Arabic-Indic, Persian, Devanagari, Bengali, ...,
// fullwidth): every digit of these blocks is one UTF-16 unit, so mapping them to ASCII keeps offsets.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];
export function asciiDigits(text: string): string {
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    return zero === undefined || d.length !== 1 ? d : String(cp - zero);
  });
}

/** Figures of a sentence; digits of any script are read, count_text keeps them as written. */
export function findQuantities(original: string): Quantity[] {
  const sentence = asciiDigits(original);
  const found = findQuantitiesAscii(sentence);
  return sentence === original ? found : found.map((q) => ({ ...q, text: original.slice(q.start, q.end) }));
}

// The figure pattern is a long alternation; trying it at every character was the extractor's
// costliest pass, so it is tried (sticky) only where a figure can start (figureStart, above).
function nextFigure(sentence: string, from: number, { main, starters, figureStart }: ReturnType<typeof patterns>): RegExpExecArray | null {
  figureStart.lastIndex = from;
  for (let s = figureStart.exec(sentence); s; s = figureStart.exec(sentence)) {
    const c = s[0].charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !starters.has(s[0].toLowerCase())) continue;
    main.lastIndex = s.index;
    const m = main.exec(sentence);
    if (m) return m;
  }
  return null;
}

function findQuantitiesAscii(sentence: string): Quantity[] {
  const compiledPatterns = patterns();
  const { qualifierBefore, vagueKeys, figureAfter } = compiledPatterns;
  const lex = lexicon();
  const out: Quantity[] = [];
  let pos = 0;
  for (let m = nextFigure(sentence, 0, compiledPatterns); m; m = nextFigure(sentence, pos, compiledPatterns)) {
    pos = m.index + m[0].length;
    const g = m.groups!;
    let start = m.index;
    const end = m.index + m[0].length;
    const numberStart = start;
    let q: Omit<Quantity, 'start' | 'end' | 'text' | 'numberStart'> | null = null;
    if (g.tensDigit) {
      const [tens, digit] = g.tensDigit.split(/\s+/);
      const n = parseWords(tens)! + Number(digit);
      q = { qualifier: 'exact', low: n, best: n, high: n, kind: 'words' };
    } else if (g.range) {
      const a = valueOf(g.ra);
      const b = valueOf(g.rb);
      // "20-30" is a range only if it reads as one: the second figure larger, same kind of number,
      // and not a phone number or a score.
      const sameKind = /\d/.test(g.ra) === /\d/.test(g.rb);
      const phone = /^\d{3}$/.test(g.ra.trim()) && /^\d{4}$/.test(g.rb.trim());
      const conjOk = g.conj !== 'and' || !!g.between;
      // ("between a dozen and 20": after "between" the kinds may differ)
      if (a !== null && b !== null && b > a && (sameKind || !!g.between) && !phone && conjOk && (g.conj !== 'or' || b - a <= Math.max(2, a))) {
        q = { qualifier: 'range', low: a, best: a, high: b, kind: /\d/.test(g.ra) ? 'digits' : 'words' };
      } else {
        // Not a range: re-scan from just after the first figure so the second is found on its own.
        const first = new RegExp(`^(?:between\\s+)?${NUM}`, 'iu').exec(m[0]);
        pos = m.index + (first ? first[0].length : 1);
        const n = first ? valueOf(first[0].replace(/^between\s+/i, '')) : null;
        if (n === null) continue;
        const text = first![0];
        out.push(withQualifier({ start, end: start + text.length, text, numberStart, qualifier: 'exact', low: n, best: n, high: n, kind: /\d/.test(text) ? 'digits' : 'words' }, sentence, qualifierBefore));
        continue;
      }
    } else if (g.num) {
      const n = valueOf(g.num);
      if (n === null) continue;
      q = { qualifier: 'exact', low: n, best: n, high: n, kind: /\d/.test(g.num) ? 'digits' : 'words' };
    } else if (g.vague) {
      const key = vagueKeys.get(g.vague.toLowerCase().replace(/\s+/g, ' '));
      if (!key) continue;
      // "how many", "as many as", "many of" (partitive, usually not a count of victims)
      if (/^many$/i.test(g.vague) && /\b(?:how|as|so|too)\s+$/i.test(sentence.slice(0, start))) continue;
      if (/^few$/i.test(g.vague) && /\b(?:a|the)\s+$/i.test(sentence.slice(0, start))) continue;
      const b = lex.vague[key];
      q = { qualifier: 'vague', low: b.low, best: b.best, high: b.high, kind: 'vague' };
    } else if (g.unknown) {
      q = { qualifier: 'none', low: null, best: null, high: null, kind: 'unknown' };
    } else if (g.zero) {
      q = { qualifier: 'exact', low: 0, best: 0, high: 0, kind: 'zero' };
    } else if (g.both) {
      q = { qualifier: 'exact', low: 2, best: 2, high: 2, kind: 'words' };
    } else if (g.allOf) {
      q = { qualifier: 'exact', low: null, best: null, high: null, kind: 'words' };
    } else if (g.couple) {
      q = { qualifier: 'exact', low: 2, best: 2, high: 2, kind: 'article' };
    } else if (g.article) {
      // "another 25", "a further 3 dozen": the figure that follows is the count
      // ("an 18-year-old man" stays one man)
      const after = sentence.slice(end, end + 40);
      if (figureAfter.test(after) && !/^\s+\S+?[\s-]+(?:years?|yrs?|months?)[\s-]+old\b/i.test(after)) continue;
      q = { qualifier: 'exact', low: 1, best: 1, high: 1, kind: 'article' };
    }
    if (!q) continue;
    const quantity: Quantity = { start, end, text: m[0], numberStart, ...q };
    out.push(q.kind === 'digits' || q.kind === 'words' ? withQualifier(quantity, sentence, qualifierBefore) : quantity);
  }
  return out;
}

// after the figure: "a dozen or so" (about), "40 or more", "30-odd" (a lower bound), "20 or fewer"
const QUALIFIER_AFTER = /(?:\s+or\s+(so|more|fewer|less)|-(odd|plus))\b/iy;
function withQualifierAfter(q: Quantity, sentence: string): Quantity {
  QUALIFIER_AFTER.lastIndex = q.end;
  const m = QUALIFIER_AFTER.exec(sentence);
  if (!m || q.best === null) return q;
  const word = (m[1] ?? m[2]).toLowerCase();
  const qualifier: Qualifier = word === 'so' ? 'about' : word === 'fewer' || word === 'less' ? 'at_most' : 'at_least';
  const end = q.end + m[0].length;
  return { ...q, end, text: sentence.slice(q.start, end), qualifier, ...boundsFor(qualifier, q.best) };
}

function withQualifier(q: Quantity, sentence: string, qualifierBefore: RegExp): Quantity {
  if (q.qualifier === 'range') {
    const m = /(?:^|[^\p{L}])(?<q>(?:some|about|around|roughly|approximately|an estimated)\s+)$/iu.exec(sentence.slice(Math.max(0, q.start - 40), q.start));
    if (m?.groups) {
      const start = q.start - m.groups.q.length;
      return { ...q, start, text: sentence.slice(start, q.end) };
    }
    return q;
  }
  const m = qualifierBefore.exec(sentence.slice(Math.max(0, q.start - 40), q.start)); // a qualifier is a few words
  if (!m?.groups) return withQualifierAfter(q, sentence);
  const phrase = m.groups.q;
  const entry = lexicon().qualifiers.find(([p]) => p.toLowerCase() === phrase.toLowerCase().replace(/\s+/g, ' '));
  if (!entry) return q;
  const qualifier = entry[1];
  const before = sentence.slice(0, q.start);
  const trailing = before.length - before.trimEnd().length;
  const qStart = before.length - trailing - phrase.length;
  const bounds = boundsFor(qualifier, q.best!);
  return { ...q, start: qStart, text: sentence.slice(qStart, q.end), qualifier, ...bounds };
}
