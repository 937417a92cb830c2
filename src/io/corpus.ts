// A corpus folder, read recursively in a fixed order: .txt (with NAME.meta.json beside it), .md
// (YAML front matter), .html/.htm (main text by Readability), .jsonl (documents a line). Every file
// either yields documents or one placed problem; nothing stops the rest of the corpus.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DocumentInput } from '../extract/types.js';
import { DataError, problem, type Problem } from '../records/problems.js';
import { documentFromMeta, metaPathFor, readArticle, readJsonlDocuments } from './documents.js';
import { readText } from './text-stream.js';

export const CORPUS_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'];

export interface CorpusFile { path: string; relPath: string; format: string; bytes: number; sha256: string }
export interface CorpusDocument { doc: DocumentInput; file: CorpusFile; line: number | null }
export interface CorpusItem { file: CorpusFile; documents: CorpusDocument[]; problems: Problem[] }
/** Part of one file's documents; `last` closes the file. A JSON Lines file comes in many parts. */
export interface CorpusUnit extends CorpusItem { last: boolean }

/** Text per unit: small enough that read-ahead stays a few MB, large enough that handing a unit
 * to a worker costs little next to extracting it (about a quarter of a second of work). */
export const UNIT_TEXT_CHARS = 256 * 1024;
/** Problems (bad lines) per unit, so a file of broken lines streams as well. */
const UNIT_ITEMS = 2000;

/** Every corpus file under dir, sorted by path (byte order), metadata sidecars excluded. */
export function listCorpus(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (CORPUS_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.endsWith('.meta.json')) out.push(p);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function formatOf(path: string): string {
  return extname(path).slice(1).toLowerCase().replace('htm', 'html').replace('htmll', 'html').replace('markdown', 'md');
}

/** SHA-256 and size of a file, read in chunks: a corpus file may be larger than memory. */
export async function sha256File(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) { hash.update(chunk as Buffer); bytes += (chunk as Buffer).length; }
  return { sha256: hash.digest('hex'), bytes };
}

async function fileInfo(path: string, root: string): Promise<CorpusFile> {
  const { sha256, bytes } = await sha256File(path);
  return { path, relPath: relative(root, path).split(sep).join('/'), format: formatOf(path), bytes, sha256 };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Reads one corpus file as a stream of units: a JSON Lines file in parts of about
 * UNIT_TEXT_CHARS of text (never the whole file in memory), any other file as one unit. Bad input
 * becomes problems, never an exception; the last unit has `last: true`.
 */
export async function* readCorpusUnits(path: string, root: string, unitChars = UNIT_TEXT_CHARS): AsyncGenerator<CorpusUnit> {
  let file: CorpusFile;
  try {
    file = await fileInfo(path, root);
  } catch (err) {
    if (!(err as NodeJS.ErrnoException).code) throw err;
    const unread = { path, relPath: relative(root, path).split(sep).join('/'), format: formatOf(path), bytes: 0, sha256: '' };
    yield { file: unread, documents: [], problems: [problem('io-error', path, 0, 0, (err as Error).message)], last: true };
    return;
  }
  if (file.format !== 'jsonl') {
    yield { ...(await readWholeFile(file)), last: true };
    return;
  }
  let unit: CorpusUnit = { file, documents: [], problems: [], last: false };
  let chars = 0;
  let seen = false;
  try {
    for await (const r of readJsonlDocuments(path)) {
      seen = true;
      if (r.problem) unit.problems.push(r.problem);
      else { unit.documents.push({ doc: r.doc!, file, line: r.line }); chars += r.doc!.text.length; }
      if (chars >= unitChars || unit.documents.length + unit.problems.length >= UNIT_ITEMS) {
        yield unit;
        unit = { file, documents: [], problems: [], last: false };
        chars = 0;
      }
    }
    if (!seen) unit.problems.push(problem('empty-file', path, 0, 0, 'no documents in the file'));
  } catch (err) {
    if (err instanceof DataError) unit.problems.push(...err.problems);
    else if ((err as NodeJS.ErrnoException).code) unit.problems.push(problem('io-error', path, 0, 0, (err as Error).message));
    else throw err;
  }
  unit.last = true;
  yield unit;
}

/** A file that holds one document (.txt, .md, .html). */
async function readWholeFile(file: CorpusFile): Promise<CorpusItem> {
  const path = file.path;
  const fallbackId = file.relPath.replace(/\.[^./]+$/, '').replace(/[^A-Za-z0-9._:-]+/g, '_');
  const item: CorpusItem = { file, documents: [], problems: [] };
  try {
    if (file.format === 'txt') {
      const doc = await readArticle(path);
      item.documents.push({ doc: { ...doc, id: doc.id === basenameId(path) ? fallbackId : doc.id }, file, line: null });
      return item;
    }
    const raw = await readText(path);
    if (raw.trim() === '') throw new DataError([problem('empty-file', path, 0, 0, 'the file has no text')]);
    if (file.format === 'md') {
      const m = FRONT_MATTER.exec(raw);
      let meta: Record<string, unknown> = {};
      if (m) {
        try {
          const parsed = parseYaml(m[1]);
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
          else throw new Error('front matter is not a mapping');
        } catch (err) {
          const line = (err as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
          throw new DataError([problem('json-error', path, (line?.line ?? 0) + 1, line?.col ?? 1, `YAML front matter: ${(err as Error).message.split('\n')[0]}`)]);
        }
        for (const k of ['published_at', 'date']) if (meta[k] instanceof Date) meta[k] = (meta[k] as Date).toISOString().slice(0, 10);
        if (!meta.published_at && typeof meta.date === 'string') meta.published_at = meta.date;
      }
      // keep offsets true to the file: the front matter is blanked, not cut
      const body = m ? raw.slice(0, m[0].length).replace(/[^\n]/g, ' ') + raw.slice(m[0].length) : raw;
      item.documents.push({ doc: documentFromMeta(body, meta, fallbackId, path), file, line: null });
      return item;
    }
    // html
    // loaded on first use: the HTML reader (linkedom, Readability) is large and most corpora have no HTML
    const { htmlToArticle } = await import('./html-text.js');
    const article = htmlToArticle(raw);
    if (!article.text.trim()) throw new DataError([problem('empty-file', path, 0, 0, 'no article text found in the HTML')]);
    let meta: Record<string, unknown> = { title: article.title, published_at: article.published };
    const metaPath = metaPathFor(path);
    try { meta = { ...meta, ...JSON.parse(readFileSync(metaPath, 'utf8')) }; } catch { /* no sidecar */ }
    item.documents.push({ doc: documentFromMeta(article.text, meta, fallbackId, path), file, line: null });
  } catch (err) {
    if (err instanceof DataError) item.problems.push(...err.problems);
    else if ((err as NodeJS.ErrnoException).code) item.problems.push(problem('io-error', path, 0, 0, (err as Error).message));
    else throw err;
  }
  return item;
}

function basenameId(path: string): string {
  return path.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
}
