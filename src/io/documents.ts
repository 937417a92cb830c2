// Reads input documents: ARTICLE.txt with an optional ARTICLE.meta.json beside it, or JSON Lines
// ({"id","text","published_at"?,"title"?,"publisher"?,"url"?} a line).
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readText, readTextChunks, openInput } from './text-stream.js';
import { problem, DataError, type Problem } from '../records/problems.js';
import { loadSchema, validatorFor } from '../records/schema.js';
import { ajvProblems } from '../records/validate-record.js';
import type { DocumentInput } from '../extract/types.js';

const documentSchema = () => loadSchema('document.schema.json');

/** Normalises and validates metadata; throws DataError with the metadata file's name. */
export function documentFromMeta(text: string, meta: Record<string, unknown>, fallbackId: string, file: string, line = 0): DocumentInput {
  const problems = ajvProblems(validatorFor(documentSchema()), meta, { file, line, columnOf: () => 0 });
  if (problems.length) throw new DataError(problems);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const published = str(meta.published_at);
  return {
    id: str(meta.id) ?? fallbackId,
    text,
    title: str(meta.title),
    published_at: published ? published.slice(0, 10) : null,
    publisher: str(meta.publisher),
    url: str(meta.url),
  };
}

export function metaPathFor(articlePath: string): string {
  return articlePath.slice(0, articlePath.length - extname(articlePath).length) + '.meta.json';
}

export async function readArticle(path: string, overrides: Partial<Record<'published_at' | 'title' | 'publisher' | 'url' | 'id', string>> = {}): Promise<DocumentInput> {
  const text = await readText(path);
  if (text.trim() === '') throw new DataError([problem('empty-file', path, 0, 0, 'the article has no text')]);
  let meta: Record<string, unknown> = {};
  const metaPath = metaPathFor(path);
  if (existsSync(metaPath)) {
    const raw = await readText(metaPath);
    try {
      meta = JSON.parse(raw);
    } catch (err) {
      throw new DataError([jsonProblem(metaPath, raw, err as Error, 1)]);
    }
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
      throw new DataError([problem('json-error', metaPath, 1, 1, 'metadata must be a JSON object')]);
    }
  }
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) meta[k] = v;
  const stem = basename(path, extname(path));
  return documentFromMeta(text, meta, stem, existsSync(metaPath) ? metaPath : path);
}

/** A JSON.parse error placed at line:column (V8 reports "at position N"). */
export function jsonProblem(file: string, text: string, err: Error, line: number): Problem {
  const m = /position (\d+)/.exec(err.message);
  let l = line;
  let col = 1;
  if (m) {
    const pos = Number(m[1]);
    const before = text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    l = line + (before.match(/\n/g)?.length ?? 0);
    col = [...before.slice(nl + 1)].length + 1;
  }
  return problem('json-error', file, l, col, err.message.replace(/^JSON\.parse: /, ''));
}

export interface JsonlItem {
  doc?: DocumentInput;
  problem?: Problem;
  line: number;
}

/** Streams documents from JSON Lines. A broken line is a placed problem; other lines go on. */
export async function* readJsonlDocuments(path: string): AsyncGenerator<JsonlItem> {
  let buffer = '';
  let line = 0;
  const handle = (text: string): JsonlItem | null => {
    line++;
    const t = text.replace(/\r$/, '');
    if (t.trim() === '') return null;
    let obj: unknown;
    try {
      obj = JSON.parse(t);
    } catch (err) {
      return { problem: jsonProblem(path, t, err as Error, line), line };
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      return { problem: problem('json-error', path, line, 1, 'each line must be a JSON object'), line };
    }
    const o = obj as Record<string, unknown>;
    if (typeof o.text !== 'string') return { problem: problem('required-error', path, line, 1, 'the object has no "text" string', 'text'), line };
    if (typeof o.id !== 'string' && typeof o.id !== 'number') return { problem: problem('required-error', path, line, 1, 'the object has no "id"', 'id'), line };
    const meta: Record<string, unknown> = {};
    for (const k of ['title', 'published_at', 'publisher', 'url', 'language']) if (k in o) meta[k] = o[k];
    meta.id = String(o.id);
    try {
      return { doc: documentFromMeta(o.text, meta, String(o.id), path, line), line };
    } catch (err) {
      if (err instanceof DataError) return { problem: err.problems[0], line };
      throw err;
    }
  };
  let first = true;
  for await (let chunk of readTextChunks(openInput(path), path)) {
    if (first) { chunk = chunk.replace(/^\uFEFF/, ''); first = false; }
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) !== -1) {
      const item = handle(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      if (item) yield item;
    }
  }
  if (buffer.length) {
    const item = handle(buffer);
    if (item) yield item;
  }
}
