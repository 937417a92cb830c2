// Accounts of a toll: whether two figures are competing accounts of the same toll or one is a
// detail of the other. Read by note-uncertainty (the "conflicting figures" note, on candidates)
// and by the document totals (the low bound, on claims), which must agree.

/** A figure as an account: its best value, who gives it, and whether it is one person told without a numeral. */
export interface Account { best: number | null; speaker: string | null; onePerson: boolean }

/** Whether two sources name the same speaker: "Asad Baloch" is the "district police officer Asad Baloch" named before. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/**
 * Whether `smaller`, told after `larger`, is a detail of that toll rather than another account of
 * it: a smaller figure from the same source or from none (the publisher's own words, "Six people
 * died at the hospital" after "at least 15 were killed"), or one person told without a numeral
 * ("I saw a body on the road") whatever its source.
 */
export function isDetailOf(smaller: Account, larger: Account): boolean {
  return (larger.best ?? 0) > (smaller.best ?? 0)
    && ((smaller.best === 1 && smaller.onePerson) || smaller.speaker === null || sameSpeaker(smaller.speaker, larger.speaker));
}
