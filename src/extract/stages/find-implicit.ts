// Finder: victims counted without a numeral. A singular definite noun phrase or a pronoun that
// starts a clause ("the victim died", "police said the driver was killed", "He was shot dead")
// proposes one person; classify-harm then decides what happened, and count-people decides whether
// it is a new person or one already counted.
import { lexicon } from '../lexicon.js';
import type { Quantity } from '../types.js';

let re: RegExp | undefined;
function pattern(): RegExp {
  if (re) return re;
  const singular = lexicon().singularNouns;
  const nouns = [...singular].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|');
  // clause start: sentence start, or after , ; : and a conjunction or reporting verb
  // or right after a harm verb whose object it is ("killing the driver")
  const clause = `(?:^|[;:]\\s*|,\\s*(?:and\\s+|but\\s+|while\\s+)?|\\b(?:and|but|while|after|before|when|as|said|says|that|where|because|although|though|until|since|killing|killed|kills|wounding|wounded|injuring|injured|abducting|abducted|kidnapping|kidnapped|shot|shooting|stabbing|stabbed)\\s+)`;
  re = new RegExp(`${clause}(?<np>(?:(?<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat|[Tt]his)\\s+(?:(?:[\\p{L}'’]+|\\d+-(?:year|month)s?-old)[\\s-]+){0,3}?(?:${nouns})|(?<pron>[Hh]e|[Ss]he)|(?<=\\b(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring|killed|killing)\\s+)(?<obj>him|her)|(?<=\\b(?:killed|killing|kills)\\s+)(?<refl>himself|herself)))(?![\\p{L}-])`, 'gu');
  return re;
}

export function findImplicit(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  const p = pattern();
  p.lastIndex = 0;
  for (let m = p.exec(sentence); m; m = p.exec(sentence)) {
    const np = m.groups!.np;
    const start = m.index + m[0].length - np.length;
    // "the victim's mother": a possessive names someone else
    if (/^['’]s\b/.test(sentence.slice(start + np.length))) continue;
    out.push({ start, end: start + np.length, text: np, numberStart: start, qualifier: 'exact', low: 1, best: 1, high: 1, kind: 'implicit' });
    p.lastIndex = start + np.length;
  }
  return out;
}
