// Loads the word lists under data/lexicon/ once. Words live in data, reviewed and documented
// there; stages only read them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../paths.js';
import { phraseSource } from './text-utils.js';
import type { AttributionType, Category, Qualifier, VictimGroup } from '../records/claim-schema.js';

function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(LEXICON_DIR, `${name}.json`), 'utf8')) as T;
}

type HarmLists = Partial<Record<Category, string[]>>;
interface HarmFile {
  passive: HarmLists;
  active: HarmLists;
  nouns: HarmLists;
  toll: HarmLists;
  tollVerbs: string[];
  updateVerbs: string[];
}

export interface VagueBounds { low: number; best: number; high: number | null }

export interface Lexicon {
  qualifiers: Array<[string, Qualifier]>;
  vague: Record<string, VagueBounds>;
  victimGroups: Record<string, VictimGroup>;
  /** Nouns naming one person (implicit counts, repeated mentions). */
  singularNouns: string[];
  /** The same nouns, lower case, for lookups. */
  singularNounSet: Set<string>;
  /** The last word of each of those nouns, as written ("police officer" -> "officer"): a mention's head. */
  singularHeads: Set<string>;
  /** Forces named after 'members of' ('the army' -> soldiers). */
  collectives: Record<string, VictimGroup>;
  harm: HarmFile;
  nonPersonNouns: Set<string>;
  abbreviations: Set<string>;
  attribution: {
    speechVerbs: string[];
    prepositional: string[];
    types: Array<[AttributionType, string[]]>;
    generic: string[];
  };
  hedges: Array<[string, string]>;
  composition: string[];
  scope: { cumulative: string[]; otherIncident: string[] };
}

let cached: Lexicon | undefined;
export function lexicon(): Lexicon {
  if (cached) return cached;
  const byLength = <T extends [string, unknown]>(xs: T[]) => [...xs].sort((a, b) => b[0].length - a[0].length);
  const hedges = load<{ entries: Array<[string, string]>; composition: string[] }>('hedges');
  const groups = load<{ entries: Record<string, VictimGroup>; singular: string[]; collectives: Record<string, VictimGroup> }>('victim-groups');
  cached = {
    qualifiers: byLength(load<{ entries: Array<[string, Qualifier]> }>('qualifiers').entries),
    vague: load<{ entries: Record<string, VagueBounds> }>('vague').entries,
    victimGroups: groups.entries,
    singularNouns: groups.singular,
    singularNounSet: new Set(groups.singular.map((n) => n.toLowerCase())),
    singularHeads: new Set(groups.singular.map((n) => n.split(' ').pop()!)),
    collectives: groups.collectives,
    harm: load<HarmFile>('harm'),
    nonPersonNouns: new Set(load<{ entries: string[] }>('non-person-nouns').entries.map((w) => w.toLowerCase())),
    abbreviations: new Set(load<{ entries: string[] }>('abbreviations').entries),
    attribution: load<Lexicon['attribution']>('attribution'),
    hedges: byLength(hedges.entries),
    composition: hedges.composition,
    scope: load<Lexicon['scope']>('scope'),
  };
  return cached;
}

/** Builds a case-insensitive alternation of phrases, longest first, spaces matching any whitespace. */
export function phraseAlternation(phrases: string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
}
