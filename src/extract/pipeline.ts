// The extractor: one ordered list of stages over a document. Order matters where noted.
import type { Claim } from '../records/claim-schema.js';
import { assignScope } from './stages/assign-scope.js';
import { attribute } from './stages/attribute.js';
import { carryContext } from './stages/carry-context.js';
import { countPeople } from './stages/count-people.js';
import { identifyAttackers } from './stages/identify-attackers.js';
import { linkBreakdowns } from './stages/link-breakdowns.js';
import { markOrdinalAdditions } from './stages/mark-ordinal-additions.js';
import { linkAttackersInToll } from './stages/link-attackers-in-toll.js';
import { noteUncertainty } from './stages/note-uncertainty.js';
import { dropUnclassified, proposeClaims } from './stages/propose-claims.js';
import { readTableColumns, scopeTableRows } from './stages/read-table-columns.js';
import { relateFigures } from './stages/relate-figures.js';
import { resolveAllOfEarlier } from './stages/resolve-all-of-earlier.js';
import { resolveDates } from './stages/resolve-dates.js';
import { segment } from './stages/segment.js';
import { supersedeUpdates } from './stages/supersede-updates.js';
import { assignIds, toClaims } from './stages/to-claims.js';
import type { DocContext, DocumentInput, Stage } from './types.js';

export const STAGES: Array<[string, Stage]> = [
  ['propose', proposeClaims], // figures -> candidates with subject and harm
  ['all-of-earlier', resolveAllOfEarlier], // "all the gunmen": as many as counted before; before relating sums
  ['table-columns', readTableColumns], // a figure in a table's Dead or Injured column
  ['relate', relateFigures], // parts, coordination, composition; before dropping, so "2 soldiers and" gets a category
  ['attackers', identifyAttackers], // before counting people: attackers are people of their own
  ['count-people', countPeople], // before dropping: mentions without harm are antecedents for 'he'
  ['drop-unclassified', dropUnclassified],
  ['attribute', attribute],
  ['dates', resolveDates], // before scope: scope compares dates
  ['scope', assignScope], // before carrying context: context is carried only within one scope
  ['table-rows', scopeTableRows], // after scope: a list's later rows are other incidents
  ['breakdowns', linkBreakdowns], // after scope and count-people: details add up to their toll
  ['ordinals', markOrdinalAdditions], // after scope: "a fifth body" beyond the incident's figures
  ['attackers-in-toll', linkAttackersInToll], // after scope: a murder-suicide's toll holds its killer
  ['carry-context', carryContext],
  ['supersede', supersedeUpdates],
  ['ids', assignIds], // before uncertainty notes and claims, which refer to ids
  ['uncertainty', noteUncertainty],
];

export function runStages(doc: DocumentInput): DocContext {
  const ctx: DocContext = { doc, text: doc.text, sentences: segment(doc.text), candidates: [], attributions: new Map() };
  for (const [, stage] of STAGES) stage(ctx);
  return ctx;
}

export function extractClaims(doc: DocumentInput): Claim[] {
  return toClaims(runStages(doc));
}
