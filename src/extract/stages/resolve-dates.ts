// Stage: when. chrono-node reads date expressions of the claim's sentence against the
// publication date. A refiner moves results that land after the publication date back (news
// reports the past: "on Thursday" read on a Monday is the Thursday before, "in January" read in
// August is this January). Precision comes from the phrase, not chrono's certainty flags.
import * as chrono from 'chrono-node';
import type { Candidate, DocContext } from '../types.js';

const parser = (() => {
  const p = chrono.casual.clone();
  // "within 3 days", "2 weeks later": spans forward from the publication date, never the date of
  // a reported event (and two of chrono's costlier parsers)
  p.parsers = p.parsers.filter((x) => !/^EN(?:TimeUnitWithinFormat|TimeUnitLaterFormat)Parser$/.test(x.constructor.name));
  p.refiners.push({
    refine(context, results) {
      const ref = context.reference.instant;
      // "the march", "may" (the verb), "a sun" are words: a month name written in lower case
      // alone is not a date
      results = results.filter((r) => !/^(?:(?:the|a|in|on|of)\s+)?(?:march|may|sun|sat|wed|mar|jan|aug|sept?|oct|nov|dec)[\s,.;:]*$/.test(r.text.trim()));
      for (const r of results) {
        const d = r.start.date();
        // later than the publication day (not merely later in the day): a past event
        if (iso(d) <= iso(ref)) continue;
        if (r.start.isCertain('year')) continue;
        if (r.start.isCertain('weekday') && !r.start.isCertain('day')) {
          const back = new Date(d.getTime() - 7 * 86400 * 1000);
          r.start.assign('day', back.getDate());
          r.start.assign('month', back.getMonth() + 1);
          r.start.assign('year', back.getFullYear());
        } else if (r.start.isCertain('month')) {
          r.start.assign('year', d.getFullYear() - 1);
        }
      }
      return results;
    },
  });
  return p;
})();

function iso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export interface DateFound { date: string; text: string; precision: 'day' | 'week' | 'month' | 'year' }

const DATEISH = /\b(?:today|yesterday|tonight|last|this|ago|earlier|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/i;

/** "In 2015," / "since 2011": a bare year, which chrono does not read; coded to mid-year. */
// "Columbine, 1999: thirteen dead": a list entry opened by a place and a year
const PLACE_YEAR_LABEL = /^\s*(?<place>\p{Lu}[^,:;.]{0,40}),\s*(?<year>(?:19|20)\d{2})\s*:/u;
function findYear(text: string): DateFound | null {
  const label = PLACE_YEAR_LABEL.exec(text);
  if (label?.groups) return { date: `${label.groups.year}-07-01`, text: `${label.groups.place}, ${label.groups.year}`, precision: 'year' };
  const m = /\b(?<prep>[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout|[Bb]y)\s+(?<year>(?:19|20)\d{2})\b(?!\s*(?:-|–)?\s*(?:people|persons|civilians|soldiers|troops|were|have|dead))/.exec(text);
  if (!m?.groups) return null;
  return { date: `${m.groups.year}-07-01`, text: `${m.groups.prep} ${m.groups.year}`, precision: 'year' };
}

export function findDate(text: string, publishedAt: string | null): DateFound | null {
  const found = findDateExpression(text, publishedAt);
  if (found) return found;
  return findYear(text);
}

// chrono is the costliest stage: run it only on sentences that can hold a date expression
// (month names count capitalised only: "may" and "march" are mostly words; "this" and "last" count
// only before a span; a decimal "1.5" is no date; "a week after" and "10 days later" count from the
// event, not from the publication date, so they are not read)
const MAY_HOLD_DATE = new RegExp([
  /\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|ago|[Ee]arlier|weekend|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|overnight)\b/.source,
  /\b(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)s?\b/.source,
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/.source,
  /\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?:[A-Za-z\d]+\s+)?(?:week|weekend|month|year|fortnight|decade|summer|winter|spring|autumn|fall)/.source,
  /\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/.source,
].join('|'), 'u');

// "On March 5, 12 people were killed", "In March, 40 people": chrono reads the count as a two-digit
// year (2012, 2040). A number of one to three digits after a month and a comma, or over 31 right
// after a month, is blanked (same length: offsets stay) before chrono reads the sentence.
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const COUNT_AFTER_MONTH_COMMA = new RegExp(String.raw`\b(${MONTH_WORD}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s*,\s*)(\d{1,3})\b(?![.,:/-]?\d)`, 'g');
const BIG_AFTER_MONTH = new RegExp(String.raw`\b(${MONTH_WORD}\s+)(\d{2,3})\b(?![.,:/-]?\d)`, 'g');
function withoutCountsAfterMonths(text: string): string {
  const blank = (m: string, lead: string, n: string) => lead + ' '.repeat(n.length);
  return text.replace(COUNT_AFTER_MONTH_COMMA, blank).replace(BIG_AFTER_MONTH, (m, lead: string, n: string) => (Number(n) > 31 ? blank(m, lead, n) : m));
}

function findDateExpression(text: string, publishedAt: string | null): DateFound | null {
  if (!MAY_HOLD_DATE.test(text)) return null;
  if (!publishedAt) {
    // Without a reference only absolute dates can be resolved.
    const results = parser.parse(text, new Date('2000-01-01T12:00:00'));
    const abs = results.find((r) => r.start.isCertain('year') && r.start.isCertain('month'));
    return abs ? found(text, abs) : null;
  }
  const ref = new Date(`${publishedAt}T12:00:00`);
  const results = parser.parse(withoutCountsAfterMonths(text), ref, { forwardDate: false });
  for (const r of results) {
    if (!DATEISH.test(r.text) && !r.start.isCertain('day')) continue; // times alone ("at 10:30")
    if (isDatelineDate(text, r)) continue;
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    // ("Place du Marché": chrono's word boundary stops before an accented letter, reading "March")
    if (/^\p{L}/u.test(text.slice(r.index + r.text.length)) || /\p{L}$/u.test(text.slice(0, r.index))) continue;
    return found(text, r);
  }
  return null;
}

// "GENEVA (19 August 2022) - On 4 August, ...": the dateline's date is the release's, not the event's
function isDatelineDate(text: string, r: chrono.ParsedResult): boolean {
  return /^\s*\p{Lu}[\p{Lu}\s.,'’-]{1,40}\(\s*$/u.test(text.slice(0, r.index)) && /^\s*\)\s*(?:-|–|—|:)/.test(text.slice(r.index + r.text.length));
}

function found(text: string, r: chrono.ParsedResult): DateFound {
  const t = r.text.toLowerCase();
  const precision: DateFound['precision'] = /week/.test(t) ? 'week'
    : /\bmonth\b/.test(t) || (r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && !/today|yesterday|tonight|ago/.test(t)) ? 'month'
    : /\byear\b/.test(t) || (r.start.isCertain('year') && !r.start.isCertain('month')) ? 'year'
    : 'day';
  const before = text.slice(0, r.index);
  const prep = /(?:\b(on|since|from|in|by|during|late|early|last)\s+)$/i.exec(before);
  // (r.text may end in the blanks that hid a count: "March,   " read from "March, 40")
  const length = r.text.replace(/[\s,]+$/, '').length;
  const written = prep ? text.slice(r.index - prep[0].length, r.index + length) : text.slice(r.index, r.index + length);
  const date = r.start.date();
  // week or month precision: the middle of the span, as ACLED codes "last week"
  if (precision === 'month' && !/\bmonth\b/.test(t)) date.setDate(15);
  return { date: iso(date), text: written.trim().replace(/[\s,;:.]+$/, ''), precision };
}

export function resolveDates(ctx: DocContext): void {
  const cache = new Map<number, DateFound | null>();
  for (const c of ctx.candidates) {
    if (c.dropped) continue;
    if (!cache.has(c.sentence.index)) cache.set(c.sentence.index, findDate(c.sentence.text, ctx.doc.published_at));
    const d = cache.get(c.sentence.index);
    if (d) setDate(c, d.date, d.text, d.precision, 'date.sentence');
  }
  // "On 9 April 2019, gunmen ambushed a patrol near Koro. 3 soldiers were killed": the first
  // figures take the date of the lede sentences before them, which hold no figure of their own
  // (a count of strikes or rounds in the lede is no victim: "On 9 January, two mortar rounds struck
  // the hospital. ... The first round killed a nurse" takes 9 January too)
  const first = ctx.candidates.find((c) => !c.dropped && c.category !== 'attacks');
  if (first && !first.eventDate) {
    for (let i = first.sentence.index - 1; i >= Math.max(0, first.sentence.index - LEDE_SENTENCES); i--) {
      const d = cache.get(i) ?? findDate(ctx.sentences[i].text, ctx.doc.published_at);
      if (!d) continue;
      // (a title's own date, "Flash Update No. 3 (16 March 2024)", is the report's, not the event's)
      if (d.date === ctx.doc.published_at && /\(\s*[^()]*\d{4}\s*\)\s*$/.test(ctx.sentences[i].text)) break;
      for (const c of ctx.candidates) if (!c.dropped && !c.eventDate && c.sentence.index === first.sentence.index) setDate(c, d.date, d.text, d.precision, 'date.lede');
      break;
    }
  }
}
const LEDE_SENTENCES = 2;

export function setDate(c: Candidate, date: string, text: string | null, precision: Candidate['datePrecision'], tag: string): void {
  c.eventDate = date;
  c.dateText = text;
  c.datePrecision = precision;
  c.tags.push(tag);
}
