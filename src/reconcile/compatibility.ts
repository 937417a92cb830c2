// When two reports can be about the same incident: dates within a window that respects each
// date's precision, places equal after normalisation (or one inside the other's name: "Raqqa" and
// "outskirts of Raqqa"), actors that do not conflict.
import { canonicalPlace, normalisePlaceKey } from '../extract/stages/find-place.js';

/** Days a date of each precision may be off by (a publication-date stand-in is the report's day). */
export const DATE_SLACK: Record<string, number> = { day: 1, publication: 2, week: 4, month: 16, year: 183 };

export interface Span { low: string; high: string }

export function dateSpan(date: string | null, precision: string | null): Span | null {
  if (!date) return null;
  const slack = DATE_SLACK[precision ?? 'publication'] ?? 2;
  const t = Date.parse(`${date}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { low: iso(t - slack * 86400000), high: iso(t + slack * 86400000) };
}

export function spansOverlap(a: Span | null, b: Span | null): boolean {
  if (!a || !b) return false;
  return a.low <= b.high && b.low <= a.high;
}

export function placeKey(place: string | null): string | null {
  if (!place) return null;
  return normalisePlaceKey(canonicalPlace(place.replace(/^(?:the\s+)?(?:eastern|western|northern|southern|central|rural)\s+/i, ''))).replace(/^(?:the\s+)?(?:outskirts|suburbs|centre|center|city|town|village|province|district)\s+of\s+/, '');
}

export function placesMatch(a: string | null, b: string | null): boolean {
  const x = placeKey(a);
  const y = placeKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const wx = x.split(' ');
  const wy = y.split(' ');
  // "raqqa" and "raqqa province", "aleppo" and "eastern aleppo"
  return wx.every((w) => wy.includes(w)) || wy.every((w) => wx.includes(w));
}

const ACTOR_NOISE = new Set(['the', 'a', 'an', 'of', 'and', 'air', 'strikes', 'strike', 'raids', 'raid', 'attack', 'attacks', 'forces', 'force', 'militants', 'gunmen', 'bomb', 'bombs', 'suicide', 'bomber', 'bombers', 'fighters', 'troops', 'group', 'car', 'planes', 'jets', 'warplanes', 'shelling', 'rockets', 'militia', 'militias']);

/** Actors conflict when both are named and share no distinctive word ("Russian" vs "Turkish"). */
export function actorsConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const words = (s: string) => new Set(s.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter((w) => w && !ACTOR_NOISE.has(w)));
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return false;
  return ![...x].some((w) => y.has(w));
}
