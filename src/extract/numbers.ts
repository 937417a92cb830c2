// Reading figures: digits with separators, spelled-out numbers (via the `numbered` package),
// "dozen"/"score" multiples, and the "million"/"thousand" multipliers after digits.
import numbered from 'numbered';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['hundred', 'thousand', 'million', 'billion'];
export const NUMBER_WORDS = [...UNITS, ...TENS, ...SCALES, 'dozen', 'score'];

const WORD = `(?:${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|')})`;
/** A run of number words: "thirty-two", "a hundred and five", "two dozen", "a dozen". */
// ("and" joins only after a scale word: "a hundred and five", never "aged 12, eight and three")
export const WORD_NUMBER_SOURCE = `(?:(?:a|an)\\s+(?=(?:hundred|thousand|million|dozen|score)\\b))?${WORD}(?:(?:-|\\s+|(?<=(?:hundred|thousand|million|billion))\\s+and\\s+)${WORD})*`;
/** Digits: 1,200 / 1 200 (thin, no-break or plain space before three digits) / 12 / 3.5 million. */
export const DIGIT_NUMBER_SOURCE = `(?<![\\d.,])(?:\\d{1,3}(?:(?:,|[\\u00A0\\u202F\\u2009 ])\\d{3})+(?![\\d])|\\d+(?:\\.\\d+)?)(?:\\s+(?:million|billion|thousand|hundred|dozen|lakhs?|crores?)\\b|(?<=\\d)(?:m|bn)\\b)?`;

export function parseDigits(text: string): number | null {
  const m = /^([\d,.\u00A0\u202F\u2009 ]+?)\s*(million|billion|thousand|hundred|dozen|lakhs?|crores?|m|bn)?$/.exec(text.trim());
  if (!m) return null;
  const digits = m[1].replace(/[,\u00A0\u202F\u2009 ]/g, '');
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  // (lakh and crore: South Asian reporting, "2 lakh people displaced" = 200,000)
  const scale = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, thousand: 1e3, hundred: 100, dozen: 12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 }[m[2] ?? ''] ?? 1;
  const value = Math.round(n * scale);
  if (!m[2] && !Number.isInteger(n)) return null; // "3.5" alone is not a head count
  return value;
}

export function parseWords(text: string): number | null {
  const tokens = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  // "dozen" and "score" multiply what precedes them ("two dozen", "a dozen", "three score").
  let total = 0;
  let current: string[] = [];
  const valueOf = (words: string[]): number => {
    if (words.length === 0) return 1;
    if (words.length === 1 && (words[0] === 'a' || words[0] === 'an')) return 1;
    const w = words[0] === 'a' || words[0] === 'an' ? ['one', ...words.slice(1)] : words;
    if (w.length === 1 && w[0] === 'zero') return 0;
    const n = numbered.parse(w.join(' '));
    return typeof n === 'number' && Number.isFinite(n) ? n : NaN;
  };
  for (const t of tokens) {
    if (t === 'dozen' || t === 'score') {
      total += valueOf(current) * (t === 'dozen' ? 12 : 20);
      current = [];
    } else current.push(t);
  }
  const rest = current.filter((t) => t !== 'and');
  if (rest.length) total += valueOf(current);
  return Number.isFinite(total) && total >= 0 ? total : null;
}
