// The per-document totals row (extract --per-document, and later documents.csv). Its schema is
// built from the claim schema's category list, so adding a category is one edit in the schema.
import { CATEGORIES, type Category } from './claim-schema.js';
import { fieldSpecs, validatorFor, type FieldSpec, type JsonSchema } from './schema.js';

export const BOUNDS = ['low', 'best', 'high'] as const;
export type Bound = (typeof BOUNDS)[number];
export const PERPETRATOR_CATEGORIES = ['killed', 'wounded'] as const;
export type TotalsRow = { doc_id: string } & Record<`${Category}_${Bound}`, number | null> & Record<`${(typeof PERPETRATOR_CATEGORIES)[number]}_perpetrators`, number | null>;

const BOUND_TEXT: Record<Bound, string> = {
  low: 'lowest total the document supports',
  best: 'best total',
  high: 'highest total (empty when open-ended)',
};

export const totalsSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'DocumentTotals',
  description: "One row per document: per category, the document's incident total without double counting (see CODEBOOK). Empty: the document does not report the category; 0: it says none.",
  type: 'object',
  additionalProperties: false,
  required: ['doc_id', ...CATEGORIES.flatMap((c) => BOUNDS.map((b) => `${c}_${b}`)), ...PERPETRATOR_CATEGORIES.map((c) => `${c}_perpetrators`)],
  properties: {
    doc_id: { description: 'Identifier of the document.', type: 'string', minLength: 1 },
    ...Object.fromEntries(
      CATEGORIES.flatMap((c) =>
        BOUNDS.map((b) => [`${c}_${b}`, { description: `${c}: ${BOUND_TEXT[b]}.`, type: ['integer', 'null'], minimum: 0 }]),
      ),
    ),
    ...Object.fromEntries(
      PERPETRATOR_CATEGORIES.map((c) => [`${c}_perpetrators`, { description: `How many of ${c}_best are perpetrators (attackers, suspects); subtract for victims only. Empty when the document reports no ${c}.`, type: ['integer', 'null'], minimum: 0 }]),
    ),
  },
};

export const TOTALS_FIELDS: FieldSpec[] = fieldSpecs(totalsSchema);
export const TOTALS_COLUMNS = TOTALS_FIELDS.map((f) => f.name);
export const validateTotals = () => validatorFor(totalsSchema);
