// extract: documents in, validated claims (or per-document totals) out, streamed.
import { documentTotals } from '../aggregate/document-totals.js';
import { checkedClaims } from '../extract/checked-claims.js';
import type { DocumentInput } from '../extract/types.js';
import { csvHeader, csvRows } from '../io/csv-write.js';
import { dirname } from 'node:path';
import { readCorpusUnits } from '../io/corpus.js';
import { readArticle, readJsonlDocuments } from '../io/documents.js';
import { writeOutput } from '../io/atomic.js';
import { CLAIM_COLUMNS, type Claim } from '../records/claim-schema.js';
import { DataError, type Problem } from '../records/problems.js';
import { TOTALS_COLUMNS, validateTotals } from '../records/totals-schema.js';
import { ajvProblems, columnIndex } from '../records/validate-record.js';

export interface ExtractOptions {
  articles: string[];
  input?: string;
  format: 'csv' | 'jsonl';
  out?: string;
  perDocument: boolean;
  overrides: Partial<Record<'published_at' | 'title' | 'publisher' | 'url' | 'id', string>>;
  onProblem: (p: Problem) => void;
  /** Receives the explanation lines of each document (--explain). */
  onExplain?: (lines: string[]) => void;
}

export interface ExtractSummary { documents: number; claims: number; problems: number }

async function* documents(opts: ExtractOptions, count: { problems: number }): AsyncGenerator<DocumentInput> {
  for (const path of opts.articles) {
    // .md, .html and .jsonl files are read as build reads them; a .txt (or anything else) as text
    if (/\.(?:md|markdown|html?|jsonl)$/i.test(path)) {
      for await (const unit of readCorpusUnits(path, dirname(path))) {
        unit.problems.forEach((p) => { count.problems++; opts.onProblem(p); });
        for (const d of unit.documents) yield { ...d.doc, ...Object.fromEntries(Object.entries(opts.overrides).filter(([, v]) => v !== undefined)) };
      }
      continue;
    }
    try {
      yield await readArticle(path, opts.overrides);
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      err.problems.forEach((p) => { count.problems++; opts.onProblem(p); });
    }
  }
  if (opts.input) {
    for await (const item of readJsonlDocuments(opts.input)) {
      if (item.problem) { count.problems++; opts.onProblem(item.problem); continue; }
      yield item.doc!;
    }
  }
}

export async function runExtract(opts: ExtractOptions): Promise<ExtractSummary> {
  const summary: ExtractSummary = { documents: 0, claims: 0, problems: 0 };
  const columns = opts.perDocument ? TOTALS_COLUMNS : CLAIM_COLUMNS;
  const totalsColumn = columnIndex(TOTALS_COLUMNS);
  async function* chunks(): AsyncGenerator<string> {
    if (opts.format === 'csv') yield csvHeader(columns);
    for await (const doc of documents(opts, summary)) {
      summary.documents++;
      const claims = checkedClaims(doc, opts.onExplain);
      summary.claims += claims.length;
      let rows: Array<Record<string, unknown>> = claims as unknown as Array<Record<string, unknown>>;
      if (opts.perDocument) {
        const row = documentTotals(doc.id, claims);
        const problems = ajvProblems(validateTotals(), row, { file: '<totals>', line: summary.documents, columnOf: totalsColumn });
        if (problems.length) throw new Error(`internal: totals fail the schema: ${problems[0].message}`);
        rows = [row];
      }
      if (opts.format === 'csv') yield csvRows(rows, columns);
      else yield rows.map((r) => JSON.stringify(r, columns) + '\n').join('');
    }
  }
  await writeOutput(opts.out, chunks());
  return summary;
}
