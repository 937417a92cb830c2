/* Generated from schemas/document.schema.json by scripts/generate-types.ts. Do not edit: edit the schema and run npm run generate. */

/**
 * Metadata of one input article (ARTICLE.meta.json beside ARTICLE.txt, or the non-text keys of a JSON Lines document). Keys beyond these are allowed and ignored.
 */
export interface DocumentMeta {
  /**
   * Document identifier; defaults to the file name without extension.
   */
  id?: string;
  /**
   * Headline or title.
   */
  title?: string | null;
  /**
   * Publication date (YYYY-MM-DD; a full ISO date-time is accepted and cut to its date). Relative dates in the text are resolved against it.
   */
  published_at?: string | null;
  /**
   * Publisher or outlet.
   */
  publisher?: string | null;
  /**
   * Address of the article.
   */
  url?: string | null;
  /**
   * Language code; only English ('en') is extracted.
   */
  language?: string | null;
  [k: string]: unknown | undefined;
}
