// --explain: every figure the extractor saw, what it became and the rules that made it, so a wrong
// claim (or a missing one) can be traced to its rule in one step.
import type { DocContext } from './types.js';

export function explainLines(ctx: DocContext): string[] {
  return ctx.candidates.map((c) => {
    const where = `${ctx.doc.id}:s${c.sentence.index + 1}`;
    const what = c.dropped
      ? `dropped by ${c.dropped}`
      : `${c.category ?? 'no category'} ${c.quantity.low ?? ''}/${c.quantity.best ?? ''}/${c.quantity.high ?? 'open'} group=${c.subject?.group ?? '-'} scope=${c.scope}${c.partOf ? ' part' : ''}${c.supersededBy ? ' superseded' : ''}`;
    return `${where} ${JSON.stringify(c.quantity.text)}${c.subject ? ` [${c.subject.text}]` : ''} -> ${what}  {${c.tags.join(' ')}}`;
  });
}
