// npm run fuzz [-- N]: N (default 100,000) random inputs through extract and the CSV reader.
// Any exception is a bug: the script stops with the input that caused it. Prints the count.
import fc from 'fast-check';
import { extractClaims } from '../src/extract/pipeline.js';
import { parseCsv } from '../src/io/csv-parse.js';
import { CLAIM_FIELDS, validateClaim } from '../src/records/claim-schema.js';
import { readTable } from '../src/records/read-table.js';
import { claimCrossFieldProblems } from '../src/records/validate-record.js';

const total = Number(process.argv[2] ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261125);
const words = ['killed', 'wounded', 'at least', 'dozens of', 'people', 'including', 'the toll rose to', 'police said', '1,200', 'a man', 'He', 'no one', 'between 20 and 30', '"', ',', '\n', '\r\n', '=cmd', '😀', '\u0663', '\u00a0', 'Jan.', 'U.S.', 'Raqqa', 'on Thursday'];
const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 100000 }).map(String)), { maxLength: 30 }).map((a) => a.join(' ')),
);
const spec = { fields: CLAIM_FIELDS, validate: validateClaim(), crossField: claimCrossFieldProblems };
const header = CLAIM_FIELDS.map((f) => f.name).join(',');

const rng = fc.sample(textArb, { numRuns: total, seed });
let done = 0;
const started = Date.now();
for (const [i, t] of rng.entries()) {
  try {
    extractClaims({ id: `f${i}`, text: t, title: null, published_at: i % 2 ? '2020-02-29' : null, publisher: null, url: null });
    const csv = i % 3 === 0 ? `${header}\n${t}` : t;
    async function* chunks() { yield csv; }
    for await (const _ of readTable(parseCsv(chunks(), 'fuzz.csv'), 'fuzz.csv', spec, () => {})) void _;
  } catch (err) {
    console.error(`fuzz: input ${i} (seed ${seed}) crashed: ${(err as Error).stack}\ninput: ${JSON.stringify(t)}`);
    process.exit(1);
  }
  done++;
  if (done % 20000 === 0) process.stderr.write(`fuzz: ${done}/${total}\n`);
}
console.log(`fuzz: ${done} random inputs through extract and the CSV reader, no crash (seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
