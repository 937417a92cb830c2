// incidents.csv (made by reconcile): one row per incident, the claims of many documents grouped.
// Per-category low/best/high come from the claim schema's category list; written to
// schemas/incidents-table.schema.json by `npm run generate`.
import { CATEGORIES } from './claim-schema.js';
import { BOUNDS } from './totals-schema.js';
import { fieldSpecs, validatorFor, type FieldSpec, type JsonSchema } from './schema.js';

const BOUND_TEXT = { low: 'lowest credible figure across sources', best: 'best figure (see CODEBOOK: Reconciling sources)', high: 'highest figure across sources; empty when open-ended' };

export const incidentsTableSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/casualty-claims/casualty-claims/schemas/incidents-table.schema.json',
  title: 'IncidentRow',
  description: 'One row of incidents.csv: an incident as reported by one or more documents and sources, with the figures reconciled across them. Made by `casualty-claims reconcile`.',
  type: 'object',
  additionalProperties: false,
  required: [],
  properties: {
    incident_id: { description: 'Stable identifier: a hash of the incident\'s earliest report (document id and date), so the same dataset gives the same ids.', type: 'string', pattern: '^i[0-9a-f]{16}$' },
    event_date: { description: 'Most precise reported date of the incident.', type: ['string', 'null'], format: 'date' },
    date_low: { description: 'Earliest date the reports allow.', type: ['string', 'null'], format: 'date' },
    date_high: { description: 'Latest date the reports allow.', type: ['string', 'null'], format: 'date' },
    location: { description: 'Place of the incident, normalised (most frequent among its claims).', type: ['string', 'null'] },
    actor: { description: 'Who did it, as most often reported.', type: ['string', 'null'] },
    ...Object.fromEntries(CATEGORIES.flatMap((c) => BOUNDS.map((b) => [`${c}_${b}`, { description: `${c}: ${BOUND_TEXT[b]}.`, type: ['integer', 'null'], minimum: 0 }]))),
    n_claims: { description: 'Claims grouped into the incident.', type: 'integer', minimum: 1 },
    n_documents: { description: 'Distinct documents reporting it.', type: 'integer', minimum: 1 },
    n_sources: { description: 'Distinct sources of its figures: attributed_to, else the publisher (two outlets citing one monitor are one source).', type: 'integer', minimum: 1 },
    sources: { description: 'The distinct sources, separated by " | ".', type: 'string' },
    agreement: { description: 'single_source: one source; consistent: every source\'s killed (else first reported category) range overlaps the others; divergent: some do not.', type: 'string', enum: ['single_source', 'consistent', 'divergent'] },
    spread: { description: 'Largest best figure minus the smallest, across sources, in the category that decided agreement (0 when they agree on one figure).', type: ['integer', 'null'], minimum: 0 },
  },
};
incidentsTableSchema.required = Object.keys(incidentsTableSchema.properties!);

export const INCIDENT_FIELDS: FieldSpec[] = fieldSpecs(incidentsTableSchema);
export const INCIDENT_COLUMNS = INCIDENT_FIELDS.map((f) => f.name);
export const validateIncidentRow = () => validatorFor(incidentsTableSchema);
