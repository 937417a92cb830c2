import type { Argv, CommandModule } from 'yargs';
// jobs load when their command runs: the CLI does not load what other commands need
const job = () => import('../../jobs/extract-job.js');
import { formatProblem } from '../../records/problems.js';
import { EXIT, UsageError } from '../exit.js';

interface Args { explain: boolean; articles?: string[]; input?: string; format: 'csv' | 'jsonl'; out?: string; 'per-document': boolean; published?: string; title?: string; publisher?: string; url?: string; id?: string }

export const extractCommand: CommandModule<object, Args> = {
  command: 'extract [articles..]',
  describe: 'Extract casualty claims from articles (ARTICLE.txt with ARTICLE.meta.json beside it) or JSON Lines documents',
  builder: (y: Argv) =>
    y
      .positional('articles', { type: 'string', array: true, describe: 'Article text files (UTF-8); metadata from NAME.meta.json if present' })
      .option('input', { type: 'string', describe: 'JSON Lines documents: {"id","text","published_at"?,"title"?,"publisher"?,"url"?} a line ("-" for stdin)' })
      .option('format', { choices: ['csv', 'jsonl'] as const, default: 'csv' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Output file (written atomically); default stdout' })
      .option('per-document', { type: 'boolean', default: false, describe: 'One row per document with per-category low/best/high totals instead of one row per claim' })
      .option('published', { type: 'string', describe: 'Publication date YYYY-MM-DD (overrides metadata; relative dates resolve against it)' })
      .option('title', { type: 'string', describe: 'Title (overrides metadata)' })
      .option('publisher', { type: 'string', describe: 'Publisher (overrides metadata)' })
      .option('url', { type: 'string', describe: 'URL (overrides metadata)' })
      .option('id', { type: 'string', describe: 'Document id (one article only; default: file name without extension)' })
      .option('explain', { type: 'boolean', default: false, describe: 'Print to stderr every figure seen, what it became and the rules that made or dropped it' })
      .example('$0 extract article.txt --out claims.csv', 'Claims of one article as CSV')
      .example('$0 extract --input docs.jsonl --per-document --format jsonl', 'Per-document totals as JSON Lines') as unknown as Argv<Args>,
  handler: async (argv) => {
    const articles = argv.articles ?? [];
    // yargs reads "--input -" (standard input) as an empty string
    const input = argv.input === undefined ? undefined : argv.input === '' ? '-' : argv.input;
    if (!articles.length && input === undefined) throw new UsageError('extract needs article files or --input DOCS.jsonl');
    if (argv.id && articles.length + (input ? 1 : 0) > 1) throw new UsageError('--id applies to a single article only');
    if (argv.published && !/^\d{4}-\d{2}-\d{2}$/.test(argv.published)) throw new UsageError(`--published must be YYYY-MM-DD, got "${argv.published}"`);
    const summary = await (await job()).runExtract({
      articles,
      input,
      format: argv.format,
      out: argv.out,
      perDocument: argv['per-document'],
      overrides: { published_at: argv.published, title: argv.title, publisher: argv.publisher, url: argv.url, id: argv.id },
      onProblem: (p) => process.stderr.write(`${formatProblem(p)}\n`),
      onExplain: argv.explain ? (lines) => process.stderr.write(lines.map((l) => `explain ${l}\n`).join('')) : undefined,
    });
    if (summary.problems) {
      process.stderr.write(`casualty-claims: ${summary.problems} input problem(s); ${summary.documents} document(s) extracted\n`);
      process.exitCode = EXIT.invalidData;
    }
  },
};
