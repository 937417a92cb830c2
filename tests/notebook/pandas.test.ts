// A researcher's notebook: the built claims.csv loaded with real pandas through the loader the
// README gives (docs/notebook/load_dataset.py), checking dtypes, row count and that text with
// commas, double quotes and line breaks comes back unchanged. CI installs Debian's python3-pandas
// (.ci/run); elsewhere the test is skipped, saying so, when pandas is truly absent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/build/build-dataset.js';
import { makeCorpus } from '../helpers/corpus.js';
import { ROOT } from '../helpers/paths.js';

const PYTHON = '/usr/bin/python3';
const hasPandas = spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
if (!hasPandas) {
  if (process.env.CI) throw new Error(`pandas is missing in CI: .ci/run must install python3-pandas (${PYTHON} -c "import pandas" failed)`);
  console.warn(`SKIPPED notebook test: ${PYTHON} has no pandas (apt-get install python3-pandas to run it)`);
}

describe.skipIf(!hasPandas)('claims.csv in pandas', () => {
  it('the README gives the loader verbatim', () => {
    const loader = readFileSync(join(ROOT, 'docs', 'notebook', 'load_dataset.py'), 'utf8');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(loader.trim());
  });

  it('loads with nullable integers, dates, categories, and text unchanged', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cc-pd-')), 'ds');
    await buildDataset({ corpus: makeCorpus(), out });
    const expected = readFileSync(join(out, 'claims.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const script = `${readFileSync(join(ROOT, 'docs', 'notebook', 'load_dataset.py'), 'utf8')}
import sys
claims = load_table(sys.argv[1], "claims")
documents = load_table(sys.argv[1], "documents")
print(json.dumps({
  "rows": len(claims),
  "dtypes": {c: str(t) for c, t in claims.dtypes.items()},
  "doc_dtypes": {c: str(t) for c, t in documents.dtypes.items()},
  "quotes": [None if pd.isna(v) else v for v in claims["quote"]],
  "count_high": [None if pd.isna(v) else int(v) for v in claims["count_high"]],
  "titles": [None if pd.isna(v) else v for v in documents["title"]],
  "event_dates": [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in claims["event_date"]],
}))
`;
    const file = join(out, '..', 'load.py');
    writeFileSync(file, script);
    const r = spawnSync(PYTHON, [file, out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout);
    expect(got.rows).toBe(expected.length);
    expect(got.dtypes.count_low).toBe('Int64');
    expect(got.dtypes.count_high).toBe('Int64');
    expect(got.dtypes.quote_start).toBe('Int64');
    expect(got.dtypes.event_date).toBe('datetime64[ns]');
    expect(got.dtypes.category).toBe('category');
    expect(got.dtypes.quote).toBe('string');
    expect(got.doc_dtypes.killed_best).toBe('Int64');
    expect(got.doc_dtypes.published_at).toBe('datetime64[ns]');
    expect(got.quotes).toEqual(expected.map((c) => c.quote));
    expect(got.quotes.some((q: string) => q.includes('"') && q.includes(','))).toBe(true);
    expect(got.count_high).toEqual(expected.map((c) => c.count_high));
    expect(got.event_dates).toEqual(expected.map((c) => c.event_date));
    expect(got.titles).toContain('Blast in Tarso,\nmarket hit');
  });
});
