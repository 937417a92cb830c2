// One corpus file: read, extract every document, compute its totals. Runs in the main thread
// (--jobs 1) or in a worker thread; the result is plain data so it can cross threads.
import { documentTotals } from '../aggregate/document-totals.js';
import type { DocumentInput } from '../extract/types.js';
import { readCorpusFile, type CorpusFile } from '../io/corpus.js';
import { checkedClaims } from '../jobs/extract-job.js';
import type { Claim } from '../records/claim-schema.js';
import type { Problem } from '../records/problems.js';

export interface FileResult {
  file: CorpusFile;
  problems: Problem[];
  documents: Array<{ doc: Omit<DocumentInput, 'text'>; line: number | null; claims: Claim[]; totals: Record<string, unknown> }>;
}

export async function extractFile(path: string, root: string): Promise<FileResult> {
  const item = await readCorpusFile(path, root);
  return {
    file: item.file,
    problems: item.problems,
    documents: item.documents.map(({ doc, line }) => {
      const claims = checkedClaims(doc);
      const { text: _text, ...meta } = doc;
      void _text;
      return { doc: meta, line, claims, totals: documentTotals(doc.id, claims) as unknown as Record<string, unknown> };
    }),
  };
}
