// documents.csv: one row per document, its metadata and its per-category totals. Built from the
// document metadata schema and the totals schema (themselves from the claim schema), so nothing
// here is a second hand-kept list; `npm run generate` also writes it to
// schemas/documents-table.schema.json for outside tools.
import { loadSchema, fieldSpecs, validatorFor, type FieldSpec, type JsonSchema } from './schema.js';
import { totalsSchema } from './totals-schema.js';

const docMeta = loadSchema('document.schema.json');
const metaField = (name: string): JsonSchema => ({ ...(docMeta.properties![name] as JsonSchema) });
const dateField = (name: string): JsonSchema => ({ description: (docMeta.properties![name] as JsonSchema).description, type: ['string', 'null'], format: 'date' });

export const documentsTableSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/casualty-claims/casualty-claims/schemas/documents-table.schema.json',
  title: 'DocumentRow',
  description: 'One row of documents.csv: a document of the corpus, its metadata and its per-category incident totals (people, not mentions). Generated from document.schema.json and claim.schema.json.',
  type: 'object',
  additionalProperties: false,
  required: [],
  properties: {
    doc_id: { description: 'Identifier of the document (claims.doc_id refers to it).', type: 'string', minLength: 1 },
    source_path: { description: 'Path of the input file, relative to the corpus folder, with / separators.', type: 'string', minLength: 1 },
    source_line: { description: 'Line of the document in a JSON Lines input file; empty for one-document files.', type: ['integer', 'null'], minimum: 1 },
    source_sha256: { description: 'SHA-256 of the input file, for provenance.', type: 'string', pattern: '^[0-9a-f]{64}$' },
    title: metaField('title'),
    published_at: dateField('published_at'),
    publisher: metaField('publisher'),
    url: metaField('url'),
    n_claims: { description: 'Number of claims extracted from the document.', type: 'integer', minimum: 0 },
    ...Object.fromEntries(Object.entries(totalsSchema.properties!).filter(([k]) => k !== 'doc_id')),
  },
};
documentsTableSchema.required = Object.keys(documentsTableSchema.properties!);

export const DOCUMENT_FIELDS: FieldSpec[] = fieldSpecs(documentsTableSchema);
export const DOCUMENT_COLUMNS = DOCUMENT_FIELDS.map((f) => f.name);
export const validateDocumentRow = () => validatorFor(documentsTableSchema);
