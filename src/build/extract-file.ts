// One corpus file: read, extract every document, compute its totals and serialise its rows. Runs
// in the main thread (--jobs 1) or in a worker thread. The rows cross threads as finished CSV and
// JSON Lines text: strings are cheap to pass, and the main thread is left only the writing (with
// two jobs on two cores it competes with the workers for CPU).
import { documentTotals } from '../aggregate/document-totals.js';
import { readCorpusFile, type CorpusFile } from '../io/corpus.js';
import { csvRows } from '../io/csv-write.js';
import { checkedClaims } from '../jobs/extract-job.js';
import { CLAIM_COLUMNS } from '../records/claim-schema.js';
import { DOCUMENT_COLUMNS, validateDocumentRow } from '../records/documents-table.js';
import type { Problem } from '../records/problems.js';
import { ajvProblems, columnIndex } from '../records/validate-record.js';

export interface DocumentRows {
  id: string;
  line: number | null;
  claims: number;
  /** documents.csv row, claims.csv rows and claims.jsonl lines of the document, each newline-terminated. */
  documentCsv: string;
  claimsCsv: string;
  claimsJsonl: string;
}

export interface FileResult {
  file: CorpusFile;
  problems: Problem[];
  documents: DocumentRows[];
}

let docColumn: ReturnType<typeof columnIndex> | undefined;

export async function extractFile(path: string, root: string): Promise<FileResult> {
  const item = await readCorpusFile(path, root);
  docColumn ??= columnIndex(DOCUMENT_COLUMNS);
  return {
    file: item.file,
    problems: item.problems,
    documents: item.documents.map(({ doc, line }) => {
      const claims = checkedClaims(doc);
      const totals = documentTotals(doc.id, claims) as unknown as Record<string, unknown>;
      const row = docRow(item.file, line, doc, claims.length, totals);
      const bad = ajvProblems(validateDocumentRow(), row, { file: '<documents>', line: 0, columnOf: docColumn! });
      if (bad.length) throw new Error(`internal: document row fails its schema: ${bad[0].field}: ${bad[0].message}`);
      return {
        id: doc.id,
        line,
        claims: claims.length,
        documentCsv: csvRows([row], DOCUMENT_COLUMNS),
        claimsCsv: csvRows(claims as unknown as Array<Record<string, unknown>>, CLAIM_COLUMNS),
        claimsJsonl: claims.map((c) => `${JSON.stringify(c, CLAIM_COLUMNS)}\n`).join(''),
      };
    }),
  };
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
