// Refiner: figures in a text table whose column names a harm. Encyclopedia lists and databases
// give tolls as tables ("Date | Type | Dead | Injured | Location | Details"), one row an incident:
// a figure in the Dead column is a count of the killed, in the Injured column of the wounded, with
// no harm word beside it. Wikipedia's lists give the attackers apart, "14 (+2)": fourteen victims
// and two perpetrators. A row named "Total" holds the toll the other rows break down (a hospital
// breakdown); without one, the first row is the story's incident and the later rows other
// incidents (a list of attacks), unless the story's prose told its incident before the table (a
// log of the day's events): then the row with the prose's toll is the incident.
import type { Category } from '../../records/claim-schema.js';
import type { Candidate, DocContext } from '../types.js';

const HARM_HEADER: Array<[RegExp, Category]> = [
  [/^(?:no\.?\s+|number\s+(?:of\s+)?|total\s+)?(?:dead|deaths?|killed|fatalities|deceased)$/i, 'killed'],
  [/^(?:no\.?\s+|number\s+(?:of\s+)?|total\s+)?(?:injured|wounded|injuries|hurt)$/i, 'wounded'],
  [/^(?:missing)$/i, 'missing'],
  [/^(?:kidnapped|abducted|hostages)$/i, 'kidnapped'],
];
const TOTAL_ROW = /^(?:total|totals|all|overall)$/i;
const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
// "14 (+2)": victims, and the attackers in brackets
const WITH_ATTACKERS = /^(\d[\d,]*)\s*\(\s*\+\s*(\d+)\s*\)$/;

interface Cell { start: number; end: number; text: string }
export interface TableRow { start: number; end: number; cells: Cell[]; total: boolean; index: number }
export interface Table { columns: Map<number, Category>; rows: TableRow[] }

/** The cells of one line: its text between pipes, with a leading and a trailing pipe dropped. */
function cellsOf(text: string, lineStart: number, line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== '|') continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ start: lineStart + from + lead, end: lineStart + from + lead + raw.trim().length, text: raw.trim() });
    from = i + 1;
  }
  if (cells.length && cells[0].text === '' && line.trimStart().startsWith('|')) cells.shift();
  if (cells.length && cells[cells.length - 1].text === '' && line.trimEnd().endsWith('|')) cells.pop();
  return cells;
}

// (segment and the stages ask for the same text's tables: the last text's are kept)
let cached: { text: string; tables: Table[] } | null = null;
/** The document's tables with a harm column (cheap when the text has no pipe). */
export function harmTables(ctx: Pick<DocContext, 'text'>): Table[] {
  if (cached && cached.text === ctx.text) return cached.tables;
  const tables: Table[] = [];
  if (ctx.text.includes('|')) {
    let table: Table | null = null;
    let width = 0;
    let lineStart = 0;
    for (const line of ctx.text.split('\n')) {
      const start = lineStart;
      lineStart += line.length + 1;
      if (!line.includes('|')) { table = null; continue; }
      if (SEPARATOR_ROW.test(line)) continue;
      const cells = cellsOf(ctx.text, start, line);
      if (table && cells.length === width) {
        table.rows.push({ start, end: start + line.length, cells, total: TOTAL_ROW.test(cells[0]?.text ?? ''), index: table.rows.length });
        continue;
      }
      table = null;
      const columns = new Map<number, Category>();
      cells.forEach((c, k) => { const h = HARM_HEADER.find(([re]) => re.test(c.text)); if (h) columns.set(k, h[1]); });
      if (columns.size && cells.length >= 2) { table = { columns, rows: [] }; width = cells.length; tables.push(table); }
    }
  }
  cached = { text: ctx.text, tables };
  return tables;
}

/** Whether a text span lies in a row of a harm table (the prefilter lets such sentences through). */
export function inHarmTable(ctx: Pick<DocContext, 'text'>, start: number, end: number): boolean {
  return harmTables(ctx).some((t) => t.rows.some((r) => r.start < end && start < r.end));
}

function cellAt(tables: Table[], at: number): { table: Table; row: TableRow; column: number; cell: Cell } | null {
  for (const table of tables) for (const row of table.rows) {
    if (at < row.start || at > row.end) continue;
    const column = row.cells.findIndex((c) => c.start <= at && at < c.end);
    return column < 0 ? null : { table, row, column, cell: row.cells[column] };
  }
  return null;
}

export function readTableColumns(ctx: DocContext): void {
  const tables = harmTables(ctx);
  if (!tables.length) return;
  const totals = new Map<string, Candidate>(); // "table:column" -> the Total row's figure
  const found: Array<{ c: Candidate; table: Table; row: TableRow; column: number }> = [];
  for (const c of ctx.candidates) {
    if (c.quantity.kind !== 'digits' || (c.dropped && c.dropped !== 'not.table-cell' && c.dropped !== 'not.no-harm-word') || c.category) continue;
    const at = cellAt(tables, c.sentence.start + c.quantity.start);
    const category = at?.table.columns.get(at.column);
    if (!at || !category) continue;
    const attackers = WITH_ATTACKERS.exec(at.cell.text);
    const own = c.sentence.start + c.quantity.start - at.cell.start;
    // (the cell holds the figure alone, or "14 (+2)")
    if (!attackers && own !== 0) continue;
    const isAttackers = !!attackers && own > 0;
    c.dropped = null;
    c.category = category;
    c.harm = { text: at.cell.text, start: c.quantity.start, end: c.quantity.end, how: 'noun' };
    if (isAttackers) c.subject = { text: c.quantity.text, start: c.quantity.start, end: c.quantity.end, group: 'perpetrators', noun: 'person' };
    c.tags.push(isAttackers ? 'harm.table-column-attackers' : 'harm.table-column');
    found.push({ c, table: at.table, row: at.row, column: at.column });
    if (at.row.total && !isAttackers) totals.set(`${tables.indexOf(at.table)}:${at.column}`, c);
  }
  for (const f of found) {
    const total = totals.get(`${tables.indexOf(f.table)}:${f.column}`);
    if (total && total !== f.c && !f.row.total) { f.c.partOf = total; f.c.tags.push('relate.table-breakdown'); }
  }
}

/**
 * Runs after scope: without a Total row, rows after the first are other incidents of a list. (And
 * "14 (+2)": the attackers in brackets are beside the victims, not the part relate-figures reads
 * in a bracket after a figure.)
 */
export function scopeTableRows(ctx: DocContext): void {
  const tables = harmTables(ctx);
  if (!tables.length) return;
  for (const c of ctx.candidates) if (c.tags.includes('harm.table-column-attackers')) c.partOf = null;
  // (a log after the story's own prose: "34 civilians were killed in Tinakof-Est ... | 4 soldiers | 6 |":
  // the row that tells the prose's toll again is the story's incident, every other row another)
  const at0 = (c: Candidate) => cellAt(tables, c.sentence.start + c.quantity.start);
  const prose = ctx.candidates.find((c) => !c.dropped && c.scope === 'incident' && c.category && c.category !== 'attacks' && !at0(c));
  const mainRow = new Map<Table, TableRow | null>();
  for (const t of tables) {
    if (!prose || prose.sentence.start + prose.quantity.start > t.rows[0]?.start) continue;
    const same = ctx.candidates.find((c) => !c.dropped && c.category === prose.category && c.quantity.best === prose.quantity.best && at0(c)?.table === t);
    mainRow.set(t, same ? at0(same)!.row : null);
  }
  // (every figure of a later row: its column's and its details' alike)
  for (const c of ctx.candidates) {
    if (c.dropped || c.scope !== 'incident') continue;
    const at = cellAt(tables, c.sentence.start + c.quantity.start);
    if (!at || at.table.rows.some((r) => r.total)) continue;
    if (mainRow.has(at.table) ? mainRow.get(at.table) === at.row : at.row.index === 0) continue;
    c.scope = 'other_incident';
    c.tags.push('scope.later-table-row');
  }
}
