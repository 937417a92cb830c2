// Stage: who or what did it. For an active harm verb ("Russian air strikes on Raqqa killed 30"),
// the subject noun phrase before the verb, cut at its first preposition; for a passive one,
// the agent after "by" ("were killed by a roadside bomb").
import type { Candidate } from '../types.js';

const PREPOSITION = /\s(?:on|in|at|near|of|against|targeting|across|during|from|inside|outside|over|into|since|after|before|when|which|that|who|as|around|along|throughout|between)\s/i;
const VERB = /\s(?:hit|hits|struck|killed|killing|kills|wounded|wounding|injured|exploded|detonated|opened|attacked|stormed|fired|launched|targeted|blew|went|were|was|have|has|had|is|are|left|tore|ripped|rocked|slammed|shot|also)\b/i;
const LEAD = /^(?:(?:meanwhile|meanwhle|separately|elsewhere|earlier|later|also|however|in addition|on \p{L}+|yesterday|today)\s*,?\s+)/iu;

function clean(np: string): string | null {
  let s = np.trim().replace(/^[“"‘'(]+|[”"’'),]+$/g, '');
  s = s.replace(/^\p{L}+,\s+/u, ''); // "Meanwhle, ..." (any lead word with a comma, even misspelt)
  s = s.replace(LEAD, '');
  s = s.replace(/^(?:the|a|an)\s+/i, '');
  const p = PREPOSITION.exec(` ${s} `);
  if (p) s = ` ${s} `.slice(0, p.index).trim();
  const v = VERB.exec(` ${s} `);
  if (v) s = ` ${s} `.slice(0, v.index).trim();
  s = s.replace(/[,;:]+$/, '').trim();
  if (!s || s.split(/\s+/).length > 7) return null;
  if (/^(?:it|they|he|she|we|which|that|this|there|who|police said|officials said)$/i.test(s)) return null;
  if (/^\d/.test(s)) return null; // "10 raids hit...": a count, not an actor name
  return s;
}

export function findActor(c: Candidate): string | null {
  const text = c.sentence.text;
  if (!c.harm) return null;
  if (c.harm.how === 'active') {
    const before = text.slice(0, c.harm.start);
    // clause start: after the last "said (that)", ";" or ":" before the verb
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), ...[...before.matchAll(/\b(?:said|says|reported|that)\s+/gi)].map((m) => m.index! + m[0].length - 1));
    const clause = before.slice(cut + 1);
    if (/,\s*$/.test(clause)) return null; // "..., killing 3": a participle, its subject is the main clause's
    return clean(clause);
  }
  if (c.harm.how === 'passive') {
    const after = text.slice(c.harm.end);
    const by = /^\s+(?:\S+\s+)?by\s+(?:an?\s+|the\s+)?([^,.;]+)/i.exec(after);
    if (by) return clean(by[1]);
  }
  return null;
}
