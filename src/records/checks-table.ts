import type { CheckRow } from './generated/check.js';
import { fieldSpecs, loadSchema, validatorFor, type FieldSpec, type JsonSchema } from './schema.js';

export type { CheckRow };
export const checkSchema: JsonSchema = loadSchema('check.schema.json');
export const CHECK_FIELDS: FieldSpec[] = fieldSpecs(checkSchema);
export const CHECK_COLUMNS = CHECK_FIELDS.map((f) => f.name);
export const validateCheckRow = () => validatorFor(checkSchema);
