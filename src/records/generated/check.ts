/* Generated from schemas/check.schema.json by scripts/generate-types.ts. Do not edit: edit the schema and run npm run generate. */

/**
 * One row of checks.csv (made by `casualty-claims check`): a claim compared with a reference dataset. Property order is the CSV column order.
 */
export interface CheckRow {
  /**
   * Stable identifier of the check: a hash of the claim id and the reference file's name.
   */
  check_id: string;
  /**
   * The claim checked (claims.claim_id).
   */
  claim_id: string;
  /**
   * consistent: the reference's best equals the claim's best; within_range: the two ranges overlap; overstated: the claim's lowest figure is above the reference's highest; understated: the claim's highest is below the reference's lowest; no_reference: no reference record matches the claim's date and place; ambiguous: several match and none is preferred (reported, not guessed).
   */
  verdict: "consistent" | "within_range" | "overstated" | "understated" | "no_reference" | "ambiguous";
  /**
   * Layout of the reference file: acled, ucdp or claims.
   */
  reference_format: "acled" | "ucdp" | "claims";
  /**
   * Identifier of the matched reference record(s), separated by ' | ' when ambiguous; empty when none.
   */
  reference_id: string | null;
  /**
   * How many reference records matched the claim's date and place.
   */
  n_candidates: number;
  /**
   * Reference's lowest figure.
   */
  reference_low: number | null;
  /**
   * Reference's best figure.
   */
  reference_best: number | null;
  /**
   * Reference's highest figure.
   */
  reference_high: number | null;
  /**
   * The claim's count_low.
   */
  claim_low: number | null;
  /**
   * The claim's count_best.
   */
  claim_best: number | null;
  /**
   * The claim's count_high (empty: open-ended).
   */
  claim_high: number | null;
  /**
   * claim_best minus reference_best; empty when either is missing.
   */
  margin: number | null;
  /**
   * One line a fact-checker can paste.
   */
  explanation: string;
}
