// Whole-record checks for claims, shared by the in-memory check after extraction and by the CSV
// validator: ajv against claim.schema.json, then the cross-field rules.
import { CLAIM_COLUMNS, validateClaim, type Claim } from './claim-schema.js';
import type { Problem } from './problems.js';
import { ajvProblems, claimCrossFieldProblems, columnIndex, type Place } from './validate-record.js';

const columnOf = columnIndex(CLAIM_COLUMNS);

export function claimProblems(claim: Claim | Record<string, unknown>, file: string, line: number): Problem[] {
  const place: Place = { file, line, columnOf };
  return [...ajvProblems(validateClaim(), claim, place), ...claimCrossFieldProblems(claim as Record<string, unknown>, place)];
}
