// build: a corpus folder in, a dataset folder out (claims.csv, documents.csv, claims.jsonl,
// datapackage.json, CODEBOOK.md, manifest.json). Everything is written into a temporary folder
// beside the target and swapped in at the end, so an interrupted build leaves the previous dataset
// as it was. Rows come in a fixed order (input paths sorted, then line, then text position) and
// nothing depends on the clock, so two builds of the same corpus are byte-identical.
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/stages/to-claims.js';
import { listCorpus, readCorpusUnits, sha256File, UNIT_TEXT_CHARS, type CorpusFile, type CorpusUnit } from '../io/corpus.js';
import { extractInOrder } from './extract-pool.js';
import { csvHeader, csvRows } from '../io/csv-write.js';
import { CLAIM_COLUMNS, claimSchema, type Claim } from '../records/claim-schema.js';
import { DOCUMENT_COLUMNS, documentsTableSchema, validateDocumentRow } from '../records/documents-table.js';
import { problem, formatProblem, type Problem } from '../records/problems.js';
import { ajvProblems, columnIndex } from '../records/validate-record.js';
import { writeDescriptors } from './descriptors.js';

export interface BuildOptions {
  corpus: string;
  out: string;
  strict?: boolean;
  /** Worker threads (1: extract in this thread). The output does not depend on it. */
  jobs?: number;
  onProblem?: (p: Problem) => void;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface InputRecord {
  path: string;
  format: string;
  bytes: number;
  sha256: string;
  documents: number;
  claims: number;
  status: 'ok' | 'skipped' | 'partial';
  problems: string[];
}

export interface BuildSummary { files: number; documents: number; claims: number; skippedFiles: number; problems: Problem[]; written: boolean }

class LineWriter {
  private readonly stream: WriteStream;
  constructor(path: string) { this.stream = createWriteStream(path, { encoding: 'utf8' }); }
  async write(s: string): Promise<void> { if (s && !this.stream.write(s)) await once(this.stream, 'drain'); }
  async close(): Promise<void> { this.stream.end(); await once(this.stream, 'finish'); }
}



export async function buildDataset(opts: BuildOptions): Promise<BuildSummary> {
  const out = resolve(opts.out);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.building-${process.pid}`);
  // leftovers of builds that were killed: never the dataset itself, only the hidden work folders
  for (const name of readdirSync(parent)) if (name.startsWith(`.${basename(out)}.building-`) || name.startsWith(`.${basename(out)}.old-`)) rmSync(join(parent, name), { recursive: true, force: true });
  mkdirSync(tmp);
  const summary: BuildSummary = { files: 0, documents: 0, claims: 0, skippedFiles: 0, problems: [], written: false };
  const report = (p: Problem) => { summary.problems.push(p); opts.onProblem?.(p); };
  try {
    const files = listCorpus(opts.corpus);
    const claimsCsv = new LineWriter(join(tmp, 'claims.csv'));
    const claimsJsonl = new LineWriter(join(tmp, 'claims.jsonl'));
    const docsCsv = new LineWriter(join(tmp, 'documents.csv'));
    await claimsCsv.write(csvHeader(CLAIM_COLUMNS));
    await docsCsv.write(csvHeader(DOCUMENT_COLUMNS));
    const inputs: InputRecord[] = [];
    const seenIds = new Map<string, string>();
    const docColumn = columnIndex(DOCUMENT_COLUMNS);
    let k = 0;
    async function* units(): AsyncGenerator<CorpusUnit> {
      for (const path of files) yield* readCorpusUnits(path, opts.corpus);
    }
    // a corpus smaller than one unit is not worth starting workers for (each compiles the lexicon)
    const corpusBytes = files.reduce((n, p) => n + statSync(p).size, 0);
    const jobs = corpusBytes <= UNIT_TEXT_CHARS ? 1 : opts.jobs ?? 1;
    let rec: InputRecord | null = null;
    let fileProblem = (_p: Problem) => {};
    for await (const part of extractInOrder(units(), jobs)) {
      const path = part.file.path;
      if (!rec) { // a file's first unit
        opts.onProgress?.(k++, files.length, path);
        summary.files++;
        const record: InputRecord = { path: part.file.relPath, format: part.file.format, bytes: part.file.bytes, sha256: part.file.sha256, documents: 0, claims: 0, status: 'ok', problems: [] };
        rec = record;
        fileProblem = (p: Problem) => { report(p); record.problems.push(formatProblem({ ...p, file: record.path })); };
      }
      part.problems.forEach(fileProblem);
      // one write per table per unit, not per document: tens of thousands of small writes cost the
      // main thread seconds it shares with the workers
      const docRows: Array<Record<string, unknown>> = [];
      const claimRows: Claim[] = [];
      for (const { doc, line, claims, totals } of part.documents) {
        const where = seenIds.get(doc.id);
        if (where) {
          fileProblem(problem('unique-error', path, line ?? 0, 0, `document id "${doc.id}" is already used by ${where}; this document is skipped (give it an "id")`, 'doc_id'));
          continue;
        }
        seenIds.set(doc.id, `${part.file.relPath}${line ? `:${line}` : ''}`);
        const row = docRow(part.file, line, doc, claims.length, totals);
        const bad = ajvProblems(validateDocumentRow(), row, { file: '<documents>', line: 0, columnOf: docColumn });
        if (bad.length) throw new Error(`internal: document row fails its schema: ${bad[0].field}: ${bad[0].message}`);
        docRows.push(row);
        for (const c of claims) claimRows.push(c);
        rec.documents++;
        rec.claims += claims.length;
        summary.documents++;
        summary.claims += claims.length;
      }
      if (docRows.length) await docsCsv.write(csvRows(docRows, DOCUMENT_COLUMNS));
      if (claimRows.length) {
        await claimsCsv.write(csvRows(claimRows as unknown as Array<Record<string, unknown>>, CLAIM_COLUMNS));
        await claimsJsonl.write(claimRows.map((c) => `${JSON.stringify(c, CLAIM_COLUMNS)}\n`).join(''));
      }
      if (!part.last) continue;
      rec.status = rec.problems.length === 0 ? 'ok' : rec.documents > 0 ? 'partial' : 'skipped';
      if (rec.status === 'skipped') summary.skippedFiles++;
      inputs.push(rec);
      rec = null;
    }
    opts.onProgress?.(files.length, files.length, '');
    await Promise.all([claimsCsv.close(), claimsJsonl.close(), docsCsv.close()]);
    if (opts.strict && summary.problems.length) {
      rmSync(tmp, { recursive: true, force: true });
      return summary;
    }
    writeDescriptors(tmp, basename(resolve(opts.corpus)));
    const tables = Object.fromEntries(await Promise.all(['documents.csv', 'claims.csv'].map(async (f) => [f, { rows: f === 'claims.csv' ? summary.claims : summary.documents, ...(await sha256File(join(tmp, f))) }])));
    const manifest = {
      tool: 'casualty-claims',
      version: EXTRACTOR_VERSION,
      // sentence splitting depends on Node's ICU data: recorded so a different build can be explained
      icu: process.versions.icu,
      unicode: process.versions.unicode,
      schemas: { claim: claimSchema.$id, documents: documentsTableSchema.$id },
      corpus: basename(resolve(opts.corpus)),
      counts: { files: summary.files, documents: summary.documents, claims: summary.claims, skipped_files: summary.skippedFiles, problems: summary.problems.length },
      tables,
      inputs,
      warnings: summary.problems.map((p) => formatProblem({ ...p, file: p.file.startsWith(resolve(opts.corpus)) ? p.file.slice(resolve(opts.corpus).length + 1) : p.file })),
    };
    writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    // swap in: the old dataset stays whole until the new one is complete
    const old = join(parent, `.${basename(out)}.old-${process.pid}`);
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
    rmSync(old, { recursive: true, force: true });
    summary.written = true;
    return summary;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function docRow(file: CorpusFile, line: number | null, doc: { id: string; title: string | null; published_at: string | null; publisher: string | null; url: string | null }, nClaims: number, totals: Record<string, unknown>): Record<string, unknown> {
  const { doc_id: _ignored, ...rest } = totals;
  void _ignored;
  return {
    doc_id: doc.id,
    source_path: file.relPath,
    source_line: line,
    source_sha256: file.sha256,
    title: doc.title,
    published_at: doc.published_at,
    publisher: doc.publisher,
    url: doc.url,
    n_claims: nClaims,
    ...rest,
  };
}
