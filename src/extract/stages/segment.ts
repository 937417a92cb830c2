// Stage 1: split the document into sentences. Line breaks are hard boundaries (scraped pages put
// headlines, captions and page furniture on lines of their own); inside a line the built-in
// Intl.Segmenter splits sentences, and a full stop after a known abbreviation ("Gen.", "Jan.")
// or an initial does not end one.
import { lexicon } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { harmTables } from './read-table-columns.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string, abbreviations: Set<string>): boolean {
  const m = /(?:^|[\s(“"'])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(segment);
  if (!m) return false;
  const word = m[1];
  if (abbreviations.has(word)) return true;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "John F. Kennedy"
  return /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word); // "U.S", "a.m"
}

/** Lines that are links to other stories, captions of media or notices, never report text. */
export const FURNITURE_LINE = /^\s*(?:(?:more|related|read\s+more|read\s+also|also\s+read|read|watch|video|photos?|photo\s+caption|image\s+caption|image\s+source|picture\s+caption|caption|credit|file\s+photo|gallery|listen|see\s+also|see\s+more|recommended|trending(?:\s+(?:now|stories|on\s+[^:|»>.]{1,30}))?|more\s+from\s+[^:|»>.]{1,30}|top\s+stories|latest\s+(?:news|stories)|related\s+coverage|related\s+stories|related\s+news|related\s+articles?|related\s+incidents?|linked\s+(?:entries|entry|incidents?|events?)|previous\s+coverage|earlier\s+coverage|more\s+coverage|more\s+stories|must\s+read|don['’]t\s+miss|editor['’]s\s+picks?)\s*[:|»>]|(?:read\s+or\s+share\s+this\s+story|advertisement|copyright|©|sign\s+up|subscribe|click\s+here|top\s+content)\b|(?:related\s+(?:stories|coverage|articles|news|content|links)|more\s+(?:stories|headlines)|top\s+stories|trending\s+now)\s+(?=[A-Z0-9])|related\s+(?=\d))/i;

/** A heading over a list of links to other stories ("RELATED NEWS", then "- Troops kill 7 ..."). */
export const LINKS_HEADING = /^\s*(?:related(?:\s+(?:news|stories|articles|content|coverage|posts))?|more\s+(?:news|stories|from\s+[\p{L} ]{1,30})|also\s+read|read\s+(?:more|also)|trending(?:\s+now)?|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|top\s+stories|latest\s+news)\s*:?\s*$/iu;
export const LIST_ITEM_LINE = /^\s*[-•*·–]\s+/;

// Scraped text often loses the space after a full stop ("...Oklahoma City.Police said"): the
// built-in segmenter keeps those together, so they are split here too (a lower-case letter or digit,
// the stop, then a capitalised word).
// ICU also never ends a sentence before one that opens with a digit ("... by police. 8 people were
// killed"): split there too (a full stop after an abbreviation, "No. 8", is re-joined below).
const GLUED = /(?<=[\p{Ll}\d][.!?]["”’)]?)(?=\p{Lu}\p{Ll})|(?<=\p{L}{2}[.!?]["”’)]?\s+)(?=\d)/gu;
const MAY_BE_GLUED = /[.!?]["”’)]?(?:\p{Lu}|\s+\d)/u;
function* splitGlued(segments: Iterable<{ segment: string; index: number }>): Generator<{ segment: string; index: number }> {
  for (const seg of segments) {
    // most segments hold no stop followed by a capital or a digit: pass them on untouched
    if (!MAY_BE_GLUED.test(seg.segment)) { yield seg; continue; }
    let from = 0;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(seg.segment); m; m = GLUED.exec(seg.segment)) {
      if (m.index === from) { GLUED.lastIndex++; continue; }
      yield { segment: seg.segment.slice(from, m.index), index: seg.index + from };
      from = m.index;
      GLUED.lastIndex = m.index + 1;
    }
    yield { segment: seg.segment.slice(from), index: seg.index + from };
  }
}

const FOOTNOTE_TAIL = /^[^\[\]\n]{0,40}\](?:\[[^\[\]\n]{1,40}\])*/;

// A scrape that lost its line breaks runs the headline, byline and timestamps into the lede:
// a dateline ("LAKEVIEW, Ky. — A 28-year-old man ...", "OAKLAND — ...") starts a sentence.
// (not a name inside a sentence: "the PKK -- listed as a terrorist organization --")
// (a broadcaster's call sign may follow the place: "HOUSTON (KIAH) — One person is dead")
// (never inside a place of several words that opens the line: "MEXICO CITY (AP) —")
const DATELINE = /(?<=\S\s+)(?<!\b(?:the|a|an|of|by|and|or|in|on|to|for|with|from|that|as)\s+)(?<!^\s*(?:\p{Lu}{2,}[\s-]+){1,3})(?=\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,3}(?:,\s+\p{Lu}[\p{L}.]{1,13}(?:\s\p{Lu}[\p{L}.]{1,13})?)?(?:\s+\([A-Z0-9][A-Z0-9-]{1,9}\))?(?:(?<=,\s+\p{Lu}[\p{L}.]{1,13}(?:\s\p{Lu}[\p{L}.]{1,13})?(?:\s+\([A-Z0-9][A-Z0-9-]{1,9}\))?)\s+(?:\u2014|\u2013|--)|\s+[\u2014\u2013])\s)/gu;
type Piece = { segment: string; index: number };
/** Pieces cut before every match of `at` (a zero-width, global pattern), in segments that pass `hint`. */
function* splitBefore(segments: Iterable<Piece>, hint: RegExp, at: RegExp): Generator<Piece> {
  for (const seg of segments) {
    if (!hint.test(seg.segment)) { yield seg; continue; }
    let from = 0;
    for (const m of seg.segment.matchAll(at)) {
      if (m.index! <= from) continue;
      yield { segment: seg.segment.slice(from, m.index), index: seg.index + from };
      from = m.index!;
    }
    yield { segment: seg.segment.slice(from), index: seg.index + from };
  }
}
const splitDatelines = (segments: Iterable<Piece>) => splitBefore(segments, /[\u2014\u2013]|--/, DATELINE);

// A scrape that lost its line breaks runs a page's widgets into its text ("Birmingham 78° Clear
// Related Stories Woman, 2 children wounded in ..."): a heading of links to other stories starts a
// sentence of its own (which FURNITURE_LINE then recognises)
const LINKS_HEAD_INSIDE = /(?<=\S\s+)(?=(?:Related\s+(?:Stories|Articles|Coverage|Content|News|Links)|RELATED(?:\s+(?:STORIES|ARTICLES|COVERAGE|CONTENT|NEWS))?|More\s+Stories|Trending\s+Now|Top\s+Stories)\s+[A-Z0-9])/gu;
const splitLinkHeads = (segments: Iterable<Piece>) => splitBefore(segments, /Related|RELATED|More Stories|Trending Now|Top Stories/, LINKS_HEAD_INSIDE);

const STREET_ABBREVIATION_END = /\b(?:St|Ave|Rd|Blvd|Ln|Hwy|Pkwy)\.\s*$/;
const SENTENCE_OPENER = /^\s*(?:A|An|The|He|She|They|It|His|Her|Their|Police|Officers|Authorities|Investigators|Detectives|Witnesses|No|One|Two|Three)\s/;

const MAX_SENTENCE = 1000;
/** [from, to) pieces of a sentence no longer than MAX_SENTENCE, cut after "; " or ", " (or a space). */
function chunks(sentence: string): Array<[number, number]> {
  if (sentence.length <= MAX_SENTENCE) return [[0, sentence.length]];
  const out: Array<[number, number]> = [];
  let from = 0;
  while (sentence.length - from > MAX_SENTENCE) {
    const window = sentence.slice(from, from + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const at = cut > MAX_SENTENCE / 2 ? cut + 2 : Math.max(window.lastIndexOf(' '), MAX_SENTENCE / 2) + 1;
    out.push([from, from + at]);
    from += at;
  }
  out.push([from, sentence.length]);
  return out.map(([a, b]) => [a, a + sentence.slice(a, b).trimEnd().length] as [number, number]).filter(([a, b]) => b > a);
}

// Intl.Segmenter's sentence iterator takes time that grows with the square of a string's length
// (a 520,000-character line: 7 s; in 4,000-character pieces: 0.1 s). Long lines (scraped pages
// often lose their line breaks) are fed to it in pieces cut after a full stop and a space, where
// ICU would end a sentence too (a cut after an abbreviation is re-joined as any other).
const LINE_PIECE = 4000;
function* segmentLine(line: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (line.length - from > LINE_PIECE) {
    const window = line.slice(from, from + LINE_PIECE);
    let cut = -1;
    for (const m of window.matchAll(/[.!?]["”’)]?\s+/g)) if (m.index! > LINE_PIECE / 2) { cut = m.index! + m[0].length; break; }
    if (cut === -1) break; // no stop in the second half: leave the rest whole
    for (const seg of segmenter.segment(line.slice(from, from + cut))) yield { segment: seg.segment, index: from + seg.index };
    from += cut;
  }
  for (const seg of segmenter.segment(line.slice(from))) yield { segment: seg.segment, index: from + seg.index };
}

/** A table row's cells, each segmented on its own: a cell is never part of its neighbour's sentence. */
function* cellPieces(line: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== '|') continue;
    for (const seg of segmentLine(line.slice(from, i))) yield { segment: seg.segment, index: from + seg.index };
    from = i + 1;
  }
}

export function segment(text: string): Sentence[] {
  const { abbreviations } = lexicon();
  // (rows of a table with a harm column: "2 May | Bombing | 5 | 3 | Mandera | A roadside bomb ...")
  const tableRows = new Set(harmTables({ text }).flatMap((t) => t.rows.map((r) => r.start)));
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      paragraph++; // each line is a paragraph: scraped text keeps one per line
      let pending: { start: number; end: number } | null = null;
      const flush = () => {
        if (!pending) return;
        const raw = text.slice(pending.start, pending.end);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (trimmed) {
          // (a run-on "sentence" of thousands of characters, a table or an attack on the tool, is cut
          // at clause breaks: every stage's work per sentence grows faster than its length)
          for (const [from, to] of chunks(trimmed)) {
            const start = pending.start + lead + from;
            sentences.push({ index: sentences.length, paragraph, start, end: start + (to - from), text: trimmed.slice(from, to) });
          }
        }
        pending = null;
      };
      for (const seg of splitLinkHeads(splitDatelines(splitGlued(tableRows.has(lineStart) ? cellPieces(line) : segmentLine(line))))) {
        let start = lineStart + seg.index;
        const end = start + seg.segment.length;
        // "died in the blast.[41] The bomber": ICU cuts inside a footnote mark; the mark (and any
        // run of marks, "[42][citation needed]") stays with the sentence it annotates
        const pendingText = pending ? text.slice(pending.start, pending.end) : '';
        if (pending && /\[[^\]\n]{0,40}$/.test(pendingText)) {
          const tail = FOOTNOTE_TAIL.exec(seg.segment);
          if (tail) {
            pending.end = start + tail[0].length;
            start += tail[0].length;
            if (start >= end) continue;
          }
        }
        // ("... at 1128 Division St. A second man was shot": a street's abbreviation before a
        // word that opens a sentence ends it)
        // (the footnote rule above may have lengthened the pending sentence: read it again)
        const pendingNow = pending ? text.slice(pending.start, pending.end) : '';
        const streetEnd = pending && STREET_ABBREVIATION_END.test(pendingNow) && SENTENCE_OPENER.test(text.slice(start, end));
        if (pending && !streetEnd && endsWithAbbreviation(pendingNow, abbreviations)) {
          pending.end = end; // re-join across an abbreviation's full stop
          continue;
        }
        flush();
        pending = { start, end };
      }
      flush();
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return sentences;
}
