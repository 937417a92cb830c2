// datapackage.json and CODEBOOK.md for whatever tables a dataset folder holds (documents and claims
// from build; incidents from reconcile; checks from check), computed from the files and schemas.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/stages/to-claims.js';
import { CLAIM_FIELDS } from '../records/claim-schema.js';
import { CHECK_FIELDS } from '../records/checks-table.js';
import { DOCUMENT_FIELDS } from '../records/documents-table.js';
import { INCIDENT_FIELDS } from '../records/incidents-table.js';
import type { FieldSpec } from '../records/schema.js';
import { codebook } from './codebook.js';
import { dataPackage, type TableResource } from './datapackage.js';

interface TableDef { name: string; file: string; title: string; description: string; fields: FieldSpec[]; primaryKey: string[]; foreignKeys: TableResource['foreignKeys'] }

export const TABLE_DEFS: TableDef[] = [
  { name: 'documents', file: 'documents.csv', title: 'Documents', description: 'One row per input document: provenance, metadata and per-category incident totals (people, not mentions).', fields: DOCUMENT_FIELDS, primaryKey: ['doc_id'], foreignKeys: [] },
  {
    name: 'claims', file: 'claims.csv', title: 'Claims', description: 'One row per numerical claim found in the documents, with bounds, attribution, quote and offsets.', fields: CLAIM_FIELDS, primaryKey: ['claim_id'],
    foreignKeys: [
      { fields: 'doc_id', reference: { resource: 'documents', fields: 'doc_id' } },
      { fields: 'part_of', reference: { resource: '', fields: 'claim_id' } },
      { fields: 'superseded_by', reference: { resource: '', fields: 'claim_id' } },
    ],
  },
  { name: 'incidents', file: 'incidents.csv', title: 'Incidents', description: 'One row per incident: claims of many documents and sources grouped, with figures reconciled across sources (made by reconcile).', fields: INCIDENT_FIELDS, primaryKey: ['incident_id'], foreignKeys: [] },
  { name: 'checks', file: 'checks.csv', title: 'Checks', description: 'One row per claim compared with a reference dataset, with a verdict and a one-line explanation (made by check).', fields: CHECK_FIELDS, primaryKey: ['check_id'], foreignKeys: [{ fields: 'claim_id', reference: { resource: 'claims', fields: 'claim_id' } }] },
];

export function writeDescriptors(dir: string, corpusName: string): void {
  const present = TABLE_DEFS.filter((t) => existsSync(join(dir, t.file)));
  const hasIncidents = present.some((t) => t.name === 'incidents');
  const resources: TableResource[] = present.map((t) => {
    const buf = readFileSync(join(dir, t.file));
    const foreignKeys = t.name === 'claims' && hasIncidents ? [...t.foreignKeys, { fields: 'incident_id', reference: { resource: 'incidents', fields: 'incident_id' } }] : t.foreignKeys;
    return { name: t.name, path: t.file, title: t.title, description: t.description, fields: t.fields, primaryKey: t.primaryKey, foreignKeys, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex'), rows: 0 };
  });
  const name = `casualty-claims-${corpusName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '')}`;
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(dataPackage(name, `Casualty claims extracted from ${corpusName}`, EXTRACTOR_VERSION, resources), null, 2)}\n`);
  writeFileSync(join(dir, 'CODEBOOK.md'), codebook(present.map((t) => ({ file: t.file, title: t.title, description: t.description, fields: t.fields })), EXTRACTOR_VERSION));
}
