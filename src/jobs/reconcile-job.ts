// reconcile DATASET_DIR: incidents.csv, and incident_id on every claim.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvHeader, csvRows } from '../io/csv-write.js';
import { CLAIM_COLUMNS, type Claim } from '../records/claim-schema.js';
import { INCIDENT_COLUMNS, validateIncidentRow } from '../records/incidents-table.js';
import { ajvProblems, columnIndex } from '../records/validate-record.js';
import { reconcile } from '../reconcile/reconcile.js';
import { readAll, updateDataset } from './dataset-io.js';

export async function runReconcile(dir: string): Promise<{ incidents: number; claims: number }> {
  let result = { incidents: 0, claims: 0 };
  await updateDataset(dir, 'reconcile', async (work) => {
    const claims = (await readAll(work, 'claims.csv')) as unknown as Claim[];
    const documents = await readAll(work, 'documents.csv');
    const byDoc = new Map<string, Claim[]>();
    for (const c of claims) byDoc.set(c.doc_id, [...(byDoc.get(c.doc_id) ?? []), c]);
    const publishers = new Map(documents.map((d) => [d.doc_id as string, (d.publisher as string | null) ?? null]));
    const { incidents, incidentOf } = reconcile(byDoc, publishers);
    const column = columnIndex(INCIDENT_COLUMNS);
    for (const row of incidents) {
      const bad = ajvProblems(validateIncidentRow(), row, { file: '<incidents>', line: 0, columnOf: column });
      if (bad.length) throw new Error(`internal: incident row fails its schema: ${bad[0].field}: ${bad[0].message}`);
    }
    const updated = claims.map((c) => ({ ...c, incident_id: incidentOf.get(c.claim_id) ?? null }));
    writeFileSync(join(work, 'incidents.csv'), csvHeader(INCIDENT_COLUMNS) + csvRows(incidents, INCIDENT_COLUMNS));
    writeFileSync(join(work, 'claims.csv'), csvHeader(CLAIM_COLUMNS) + csvRows(updated as unknown as Array<Record<string, unknown>>, CLAIM_COLUMNS));
    writeFileSync(join(work, 'claims.jsonl'), updated.map((c) => `${JSON.stringify(c, CLAIM_COLUMNS)}\n`).join(''));
    result = { incidents: incidents.length, claims: updated.length };
    return { rows: { 'incidents.csv': incidents.length, 'claims.csv': updated.length }, step: { incidents: incidents.length, date_slack_days: 'see CODEBOOK' } };
  });
  return result;
}
