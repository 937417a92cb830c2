import type { Claim } from './generated/claim.js';
import { fieldSpecs, loadSchema, validatorFor, type FieldSpec, type JsonSchema } from './schema.js';

export type { Claim };
export type Category = Claim['category'];
export type Qualifier = Claim['qualifier'];
export type VictimGroup = Claim['victim_group'];
export type Scope = Claim['scope'];
export type AttributionType = NonNullable<Claim['attribution_type']>;

export const claimSchema: JsonSchema = loadSchema('claim.schema.json');
export const CLAIM_FIELDS: FieldSpec[] = fieldSpecs(claimSchema);
export const CLAIM_COLUMNS: string[] = CLAIM_FIELDS.map((f) => f.name);
export const CATEGORIES = claimSchema.properties!.category.enum as Category[];

export const validateClaim = () => validatorFor(claimSchema);
