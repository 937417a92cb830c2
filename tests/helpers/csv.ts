import { parseCsv } from '../../src/io/csv-parse.js';
import { CLAIM_FIELDS, validateClaim } from '../../src/records/claim-schema.js';
import type { Problem } from '../../src/records/problems.js';
import { readTable } from '../../src/records/read-table.js';
import { claimCrossFieldProblems } from '../../src/records/validate-record.js';

export async function readClaimsCsv(text: string, file = 'claims.csv'): Promise<{ records: Record<string, unknown>[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const records: Record<string, unknown>[] = [];
  async function* chunks() { yield text; }
  const spec = { fields: CLAIM_FIELDS, validate: validateClaim(), crossField: claimCrossFieldProblems };
  for await (const r of readTable(parseCsv(chunks(), file), file, spec, (p) => problems.push(p))) records.push(r.record);
  return { records, problems };
}

