// The extractor's output, checked against the claim schema before anyone writes it: a claim that
// fails here is a bug in the extractor, never the user's input. Its own module so build workers
// load only the extractor and the schema, not the readers of every input format.
import type { Claim } from '../records/claim-schema.js';
import { claimProblems } from '../records/claim-checks.js';
import { explainLines } from './explain.js';
import { extractClaims, runStages } from './pipeline.js';
import { toClaims } from './stages/to-claims.js';
import type { DocumentInput } from './types.js';

/** Claims of one document, each checked against the schema (a failure here is a bug). */
export function checkedClaims(doc: DocumentInput, onExplain?: (lines: string[]) => void): Claim[] {
  let claims: Claim[];
  if (onExplain) {
    const ctx = runStages(doc);
    onExplain(explainLines(ctx));
    claims = toClaims(ctx);
  } else claims = extractClaims(doc);
  const problems = claims.flatMap((c, i) => claimProblems(c, `<extracted ${doc.id}>`, i + 1));
  if (problems.length) throw new Error(`internal: extracted claims fail the schema:\n${problems.map((p) => p.message).join('\n')}`);
  return claims;
}

