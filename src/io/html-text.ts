// The main text of an HTML page: Mozilla's Readability (the Firefox reader view) on a linkedom
// document picks the article and drops navigation, scripts and boilerplate; its HTML is then turned
// into paragraphs, one block element a paragraph, so sentences never run across blocks.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

// The few DOM members used here (the project does not load the DOM type library).
interface El { tagName: string; children: ArrayLike<El>; textContent: string | null; remove(): void }

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD', 'FIGCAPTION', 'CAPTION']);

function blocksText(root: El): string {
  const paragraphs: string[] = [];
  const walk = (el: El) => {
    if (BLOCK.has(el.tagName)) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) paragraphs.push(t);
      return;
    }
    for (const child of Array.from(el.children)) walk(child);
  };
  walk(root);
  if (paragraphs.length === 0) {
    const t = (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (t) paragraphs.push(t);
  }
  return paragraphs.join('\n\n');
}

export interface HtmlArticle { title: string | null; text: string; published: string | null }

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template, iframe, svg')) as unknown as El[]) el.remove();
  const parsed = new Readability(document.cloneNode(true) as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  let text = '';
  if (parsed?.content) text = blocksText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as El);
  if (!text.trim()) text = blocksText(document.body as unknown as El);
  const title = parsed?.title?.trim() || document.querySelector('title')?.textContent?.trim() || null;
  return { title, text: text.trim() ? `${text.trim()}\n` : '', published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null };
}
