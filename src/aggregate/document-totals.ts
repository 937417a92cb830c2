// Per-document totals: people, not mentions. Rules (each in docs/coding-rules.md, 'Document totals'):
//  1. only incident claims count; other incidents and cumulative figures stay out;
//  2. a superseded figure ("the toll rose to 30") never adds; a part ("including 10 children")
//     adds only when its category differs from its total's ("two men were shot, one fatally":
//     the one killed counts as killed and comes off the wounded);
//  3. distinct figures of one sentence are distinct people ("5 French workers, as well as 2
//     civilians"); figures for the same group in different sentences are one count: a repeat
//     counts once; differing figures span low..high, and best is the figure of the most reliable
//     source type (then the earliest in the text);
//  4. disjoint groups add up ("3 civilians and 2 soldiers" = 5); a general figure ("30 people")
//     and the sum of the specific groups are alternatives: each bound takes the larger, unless
//     other speakers give them, when best follows the more reliable source (as in 3);
//  5. perpetrators are added on top, as GTD and GVA count them, and also reported apart
//     (`<category>_perpetrators`) so users can subtract them; `casualties` (killed and/or
//     wounded) is its own category and never enters killed or wounded; perpetrators named as a
//     part of a total ("16 killed, including the bomber") are in that total and reported apart;
//  6. a figure marked as additional ("a police officer was also wounded") or naming new people
//     in a later event of the story ("the attacker then stabbed a police officer") is added to
//     the figures of earlier sentences.
import { CATEGORIES, type Category, type Claim } from '../records/claim-schema.js';
import type { TotalsRow } from '../records/totals-schema.js';
import { type Account, isDetailOf as isDetail } from '../extract/accounts.js';
import { ORDINAL_ARTICLE, ordinalValue } from '../extract/text-utils.js';

export const SOURCE_RANK: Record<string, number> = {
  monitor: 1, international: 1, medical: 1,
  police: 2, military: 2, government: 2, official: 2,
  media: 3, witness: 3, other: 3,
  armed_group: 4, unnamed: 5,
};
// an unattributed figure is the publisher's own statement: ranked as media
const rank = (c: Claim) => (c.attribution_type === null ? 3 : SOURCE_RANK[c.attribution_type] ?? 5);

// a figure its own report calls unverified ranks below the same source type's verified figures
// (a "claimed" figure is not lowered: the note also marks "an attack claimed by ..."; an armed
// group's claim already ranks low by its type)
const unverified = (c: Claim) => (c.uncertainty_notes ?? '').includes('unverified');
// a party's own count of the enemies it killed ("its fighters had killed 17 occupying forces
// personnel") is propaganda until someone else confirms it: weighed like an unverified figure
const partyClaim = (c: Claim) => c.attribution_type === 'armed_group' && c.victim_group !== 'perpetrators';
const unconfirmed = (c: Claim) => unverified(c) || partyClaim(c);
// one hospital's intake ("the hospital had received four bodies and 17 wounded", "the hospital it
// supports in Hodeidah had received 46 bodies") is a part of the
// toll by its nature: it ranks below a source's count of the whole
// (or one ward, clinic or morgue: "his ward alone had received five bodies")
const ONE_HOSPITAL_INTAKE = /\b(?:(?:the|a|one|its|that|his|her|their|our|my)\s+(?:[\p{L}'’-]+\s+){0,3}?|\p{Lu}[\p{L}'’-]*\s+)(?:hospital|ward|clinic|morgue|mortuary)\s+(?:alone\s+)?(?:(?:it|they|we)\s+(?:supports?|runs?|operates?|manages?)\s+)?(?:in\s+\p{Lu}[\p{L}'’-]*\s+)?(?:said\s+(?:it\s+)?)?(?:had\s+|has\s+|was\s+|is\s+)?(?:received|admitted|treating|treated|taken\s+in)\b/iu;
// (so is what one service's own crews carried: "his teams had transported nine bodies and 31 wounded")
const ONE_SERVICE_CARRIED = /\b(?:his|her|its|their|our)\s+(?:own\s+)?(?:teams?|crews?|ambulances?|paramedics|medics|staff|volunteers)\s+(?:had\s+|have\s+|has\s+)?(?:transported|carried|evacuated|taken|ferried|moved|collected|retrieved|recovered|brought)\b/i;
const partialIntake = (c: Claim) => (c.attribution_type === 'medical' && ONE_HOSPITAL_INTAKE.test(c.quote)) || ONE_SERVICE_CARRIED.test(c.quote);
const trustRank = (c: Claim) => rank(c) + (unverified(c) ? 2 : 0) + (partialIntake(c) ? 2 : 0);

const WOUNDED_THEN_DIED = /^[^.;]{0,60}?\b(?:wounded|injured|hurt)\b[^.;]{0,140}?\b(?:died|dies|has\s+died|have\s+died|succumbed)\b/i;
const STILL_WOUNDED = /\b(?:remain|remains|remaining|still|now|currently)\b/i;
// (the figure is the sentence's subject: "Three more devotees who were injured ... died")
/** A figure of the text's first line when that line is a headline (no closing stop). */
const isHeadline = (c: Claim) => c.quote_start === 0 && !/[.!?]["”’]?\s*$/.test(c.quote);
const opensQuote = (c: Claim) => { const i = c.quote.indexOf(c.count_text); return i >= 0 && i < 40 && !/\b(?:wounded|injured|hurt)\b/i.test(c.quote.slice(0, i)); };
const TOLL_ROSE = /\b(?:toll|number\s+of\s+(?:dead|deaths)|death\s+count)\s+(?:had\s+|has\s+|have\s+)?(?:risen|rose|rises|climbed|increased|gone\s+up|went\s+up)\b/i;

export interface Bounds { low: number | null; best: number | null; high: number | null }
const ZERO: Bounds = { low: 0, best: 0, high: 0 };

/** Bounds less n people (never below zero): the dead taken out of a wounded total. */
function less(b: Bounds, n: number): Bounds {
  return { low: Math.max((b.low ?? 0) - n, 0), best: Math.max((b.best ?? 0) - n, 0), high: b.high === null ? null : Math.max(b.high - n, 0) };
}
function add(a: Bounds, b: Bounds): Bounds {
  return {
    low: (a.low ?? 0) + (b.low ?? 0),
    best: (a.best ?? 0) + (b.best ?? 0),
    high: a.high === null || b.high === null ? null : a.high + b.high,
  };
}

/**
 * A general figure and the sum of the specific groups. When the groups add up to no more than
 * the general figure they are its parts, and each bound takes the larger; when they add up to more
 * ("police put the toll at 17" against "between 30 and 40 villagers") they are competing accounts:
 * best and high take the larger, low the smaller.
 */
function alternatives(general: Bounds, specific: Bounds): Bounds {
  const wider = larger(general, specific);
  if ((specific.best ?? 0) <= (general.best ?? 0)) return wider;
  return { ...wider, low: Math.min(general.low ?? 0, specific.low ?? 0) };
}

function larger(a: Bounds, b: Bounds): Bounds {
  return {
    low: Math.max(a.low ?? 0, b.low ?? 0),
    best: Math.max(a.best ?? 0, b.best ?? 0),
    high: a.high === null || b.high === null ? null : Math.max(a.high, b.high),
  };
}

// ("another" is not: "killing one man and injuring another" names the other person of the event)
const CONTRASTED_SOURCES = /\b(?:said|says|told|reported|according\s+to|puts?\s+the\s+(?:death\s+)?toll)\b[^.;]*\b(?:but|while|whereas|however)\b[^.;]*\b(?:said|says|say|told|reported|put|puts|according\s+to)\b/i;
const ADDITIVE = ORDINAL_ARTICLE;
/** Whether a claim's `rules` (space-separated rule names) holds a rule, or a rule of a family ("people."). */
const hasRule = (c: Claim, name: string) => ` ${c.rules ?? ''}`.includes(` ${name}`);
/** A claim (or a sentence's sum of figures, `best`) after `larger`, and a detail of it (src/extract/accounts.ts). */
function isDetailOf(c: Claim, larger: Claim, best = c.count_best, largerBest = larger.count_best): boolean {
  return larger.quote_start < c.quote_start && isDetail(account(c, best), account(larger, largerBest));
}
const account = (c: Claim, best: number | null): Account => ({ best, speaker: c.attributed_to, onePerson: hasRule(c, 'figure.article') || hasRule(c, 'figure.implicit') });
const boundsOf = (c: Claim): Bounds => ({ low: c.count_low ?? 0, best: c.count_best, high: c.count_high });

// one more person told as such ("A neighbour ... was also injured", "the pharmacy's owner was also killed")
const onePersonAdded = (c: Claim) => c.count_best === 1 && hasRule(c, 'relate.additive') && account(c, 1).onePerson;

/** One group's claims: summed within a sentence, alternatives across sentences. */
export function combineSameGroup(claims: Claim[], outsideParts: Claim[] = []): Bounds {
  const bySentence = new Map<number, Claim[]>();
  for (const c of claims) bySentence.set(c.quote_start, [...(bySentence.get(c.quote_start) ?? []), c]);
  const readings = [...bySentence.values()].map((list) => {
    // the same figure for the same noun twice in one sentence is still one figure
    // (a figure restated without its noun, "26 people were killed ... in total 26 were killed", is the same)
    // ("two in Idlib" after "Two strikes hit Azaz": a gapped figure is more of them, not the same)
    // ("One had been shot in the shoulder and the other was suffering from a knife wound": two)
    const distinct = list.filter((c, i) => hasRule(c, 'relate.gapping') || /^the\s+other$/i.test(c.count_text) || list.findIndex((o) => o.count_best === c.count_best && (o.subject_text === c.subject_text || o.subject_text === null || c.subject_text === null)) === i);
    // "One of the three people wounded died in hospital, bringing the death toll to nine": the toll
    // the sentence brings holds the deaths it tells
    const toll = distinct.length > 1 ? distinct.find((c) => hasRule(c, 'update.toll') && distinct.every((o) => o === c || (o.count_best ?? 0) < (c.count_best ?? 0))) : undefined;
    if (toll) return { bounds: boundsOf(toll), first: toll };
    // "The ministry said 35 were killed, but a hospital source told AFP that 42 bodies had been
    // brought in": two sources in one sentence give alternatives, not a sum
    // (and so do general figures each told by its own source: "The UN agency says at least eight
    // killed ...; government puts death toll at 12")
    const ownSources = distinct.every((c) => c.attributed_to && (c.victim_group === 'people' || c.victim_group === 'unspecified')) && new Set(distinct.map((c) => c.attributed_to)).size === distinct.length;
    if (distinct.length > 1 && (CONTRASTED_SOURCES.test(distinct[0].quote) || ownSources)) {
      const pick = [...distinct].sort((a, b) => rank(a) - rank(b) || (a.count_best ?? 0) - (b.count_best ?? 0))[0];
      return { bounds: { low: Math.min(...distinct.map((c) => c.count_low ?? 0)), best: pick.count_best, high: distinct.some((c) => c.count_high === null) ? null : Math.max(...distinct.map((c) => c.count_high as number)) }, first: pick };
    }
    return { bounds: distinct.map(boundsOf).reduce(add), first: distinct[0] };
  });
  // "a third person had died", "a second man was wounded": more people, added to the rest; so is
  // a person named by a definite noun phrase that count-people did not link to a group already
  // counted ("killing 2 civilians ... then shot the driver dead")
  // (not "his mother" and the like: kin are often the same person described again, "his wife")
  const namedApart = (c: Claim) => c.victim_group !== 'perpetrators' && hasRule(c, 'figure.implicit') && /^the\s/i.test(c.count_text) && !hasRule(c, 'people.');
  // ("Two men were shot ... A second man had been shot in the hip": the second of those two, not
  // a third; an ordinal adds only beyond the largest figure already given)
  const ordinalBeyond = (r: (typeof readings)[number]) => {
    const k = ordinalValue(r.first.count_text) ?? 1;
    return k > Math.max(0, ...readings.filter((o) => o !== r).map((o) => o.bounds.best ?? 0));
  };
  // people numbered one by one in a release ("Victim 1: ... Victim 4: ...") add up, as one account
  const numbered = readings.filter((r) => hasRule(r.first, 'people.numbered'));
  if (numbered.length > 1) readings.splice(0, readings.length, ...readings.filter((r) => !numbered.includes(r)), { bounds: numbered.map((r) => r.bounds).reduce(add), first: numbered[0].first });
  // (and those a toll leaves out beside someone already counted: "A suicide bomber rammed the gate
  // ... the figure did not include the bomber and the two gunmen": two more)
  const leftOutBeside = (c: Claim) => hasRule(c, 'harm.outside-toll') && !c.part_of && outsideParts.some((p) => p.quote_start === c.quote_start && p !== c);
  const additive = readings.filter((r) => ((ADDITIVE.test(r.first.count_text) && ordinalBeyond(r)) || namedApart(r.first) || hasRule(r.first, 'people.another') || leftOutBeside(r.first)) && readings.length > 1);
  if (additive.length) {
    const others = claims.filter((c) => !additive.some((r) => r.first.quote_start === c.quote_start));
    const sum = additive.map((r) => r.bounds).reduce(add);
    return others.length ? add(combineSameGroup(others), sum) : sum;
  }
  // a figure over a vague word ("dozens" against "at least 135"), then the most reliable source
  // type, then the earliest in the text
  const vague = (c: Claim) => (c.qualifier === 'vague' ? 1 : 0);
  // one person told without a numeral beside a count of the group is one of them, before it as
  // well as after ("A suicide bomber blew himself up at the gate ... 'in addition to the four
  // attackers'"): never the best of the group
  const single = (r: (typeof readings)[number]) => r.bounds.best === 1 && account(r.first, 1).onePerson;
  // (a count its own report does not vouch for, "the rebels said they had killed 30 soldiers", does not)
  const counted = readings.some((r) => (r.bounds.best ?? 0) > 1 && r.first.qualifier !== 'vague' && !account(r.first, r.bounds.best).onePerson && !unconfirmed(r.first));
  const preferred = [...readings].sort((a, b) => vague(a.first) - vague(b.first) || (counted ? Number(single(a)) - Number(single(b)) : 0) || trustRank(a.first) - trustRank(b.first) || a.first.quote_start - b.first.quote_start)[0];
  // A smaller figure after a larger one from the same source, or from none (the publisher's
  // own), is a detail of that toll ("Six people died at the hospital" after "at least 15 were
  // killed"; one village's dead after a region's), not another account of it: it sets no low.
  // Competing accounts come from other sources ("police said 17 ... residents said 30"). So is
  // one person told without a numeral ("I saw a body on the road" after "five were killed").
  // A vague word beside a figure ("dozens were killed ... at least 135 people were killed") is a
  // description, not an estimate: it sets no low, and no high unless another source gives it
  // ("the monitor puts the toll at 10, while activists say it is in the dozens")
  const exact = readings.filter((r) => r.first.qualifier !== 'vague');
  const described = (r: (typeof readings)[number]) => r.first.qualifier === 'vague' && exact.length > 0;
  const ownWord = (r: (typeof readings)[number]) => described(r) && (r.first.attributed_to === null || exact.some((o) => o.first.attributed_to === r.first.attributed_to));
  const accounts = readings.filter((r) => !described(r) && !(counted && single(r)) && !readings.some((o) => isDetailOf(r.first, o.first, r.bounds.best, o.bounds.best)));
  const spans = readings.filter((r) => !ownWord(r));
  return {
    low: Math.min(...(accounts.length ? accounts : readings).map((r) => r.bounds.low ?? 0)),
    best: preferred.bounds.best,
    high: spans.some((r) => r.bounds.high === null) ? null : Math.max(...spans.map((r) => r.bounds.high as number)),
  };
}

// a figure of people shot whose outcome the sentence does not tell ("two people were shot",
// "paramedics treated two people with gunshot wounds")
// (not "were treated in hospital for gunshot wounds": treated, and alive)
// ("Six other people were taken to hospital with gunshot wounds": others than the dead)
const shotOnly = (c: Claim) => !/^(?:other|others|more|further|additional)\b/i.test(c.subject_text ?? '')
  && ((c.uncertainty_notes ?? '').includes('outcome not stated') || (hasRule(c, 'harm.sustained-injury') && /\bgunshot\s+wounds?\b/i.test(c.quote))
    || /\btreated\s+(?:\S+\s+){1,4}?with\s+(?:\S+\s+)?gunshot\s+wounds?\b/i.test(c.quote));
const TAKEN_TO_HOSPITAL = /\b(?:were|was|had\s+been|have\s+been)\s+(?:taken|rushed|transported|airlifted|flown)\s+to\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,3}?hospitals?\b/i;
const MAY_HOLD_ATTACKERS = /\b(?:whether|if)\s+(?:(?:that|the|this|those)\s+)?(?:(?:figure|toll|number|count|tally|total)\s+)?(?:included|includes|include|counted|covered)\s+(?:any\s+of\s+)?(?:the\s+)?(?:militants|attackers|gunmen|assailants|bombers?|insurgents|fighters|perpetrators|suspects?)\b/i;
const EXCLUDES_ATTACKERS = /\b(?:not\s+(?:counting|including)|excluding|excludes|(?:does|did)\s+not\s+include)\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+)?(?:attackers|gunmen|militants|assailants|bombers?|perpetrators|terrorists|insurgents|raiders)\b/iu;
const TOLL_LISTS_ATTACKER = /\b(?:dead|deaths|killed|toll)\b[^.;:]{0,40}:\s*[^.;]{0,120}?\b(?:and|including|plus)\s+(?:the|both|all\s+(?:\w+\s+)?)\s*(?:suspected\s+)?(?:gunman|gunmen|shooter|attackers?|assailants?|bombers?|suspects?)\b/i;
const STATED_TOTAL = /\b(?:in\s+total|a\s+total\s+of|altogether|in\s+all|all\s+told|overall)\b/i;
const isGeneral = (c: Claim) => c.victim_group === 'people' || (c.victim_group === 'unspecified' && c.subject_text === null);
// a nationality: general across sentences ("40 Palestinians were killed"), one group of a list
// beside other groups ("Two Britons, a Swiss and a Dutch woman": four people)
const isDemonym = (c: Claim) => /^\p{Lu}\p{Ll}+$/u.test(c.subject_text ?? '') && !/^(?:People|Persons|Victims|Others|Residents|Civilians)$/.test(c.subject_text ?? '');

// a murder-suicide's killer, dead by his own hand ("before turning the gun on himself"): among
// the people found shot
const killerShotHimself = (claims: Claim[]) => claims.some((k) => k.category === 'killed' && k.scope === 'incident' && !k.superseded_by && k.victim_group === 'perpetrators'
  && (/^(?:himself|herself)$/i.test(k.count_text) || hasRule(k, 'group.own-gun') || hasRule(k, 'group.killer-kin')
    || claims.some((w) => w.superseded_by === k.claim_id && /^(?:himself|herself)$/i.test(w.count_text))));
const headNoun = (c: Claim) => (c.subject_text ?? '').toLowerCase().split(/\s+/).pop() ?? '';

export interface CategoryTotal { total: Bounds; perpetrators: Bounds | null }

/**
 * "Four people were shot dead ... The rights commission said it had verified the four deaths": a
 * figure told again, as the same people, by a named source is that source's figure too; a
 * figure the publisher gave without a source takes the source's type (and name) for weighing
 * it against other accounts.
 */
function withSourcesOfRepeats(claims: Claim[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.claim_id, c]));
  const lent = new Map<string, Claim>();
  for (const p of claims) {
    if (!p.part_of || !p.attribution_type || !hasRule(p, 'people.definite-plural-repeat')) continue;
    const parent = lent.get(p.part_of) ?? byId.get(p.part_of);
    if (!parent || parent.attribution_type !== null || parent.category !== p.category || parent.count_best !== p.count_best) continue;
    lent.set(parent.claim_id, { ...parent, attribution_type: p.attribution_type, attributed_to: p.attributed_to });
  }
  return lent.size ? claims.map((c) => lent.get(c.claim_id) ?? c) : claims;
}

/**
 * "9 dead, 33 injured ... One more injured person succumbed; death toll rises to 10. 32 injured are
 * undergoing treatment": a wounded figure told with a rise of the toll, smaller than an earlier one
 * by exactly the new deaths, replaces it. The ids of the wounded figures replaced so.
 */
function woundedReplacedByRise(claims: Claim[], wounded: Claim[]): Set<string> {
  const replaced = new Set<string>();
  for (const up of claims) {
    if (up.category !== 'killed' || up.scope !== 'incident' || up.superseded_by || up.count_best === null) continue;
    const before = claims.filter((o) => o.superseded_by === up.claim_id && o.category === 'killed' && o.count_best !== null && o.quote_start < up.quote_start);
    if (!before.length) continue;
    const rise = up.count_best - Math.max(...before.map((o) => o.count_best!));
    if (rise <= 0) continue;
    for (const later of wounded) {
      if (later.part_of || later.quote_start < up.quote_start || later.count_best === null) continue;
      for (const earlier of wounded) if (!earlier.part_of && earlier.quote_start < up.quote_start && earlier.count_best !== null && earlier.count_best - later.count_best === rise) replaced.add(earlier.claim_id);
    }
  }
  return replaced;
}

/** The dead of the incident who are not attackers (or who shot themselves among people found shot). */
function deadVictims(claims: Claim[]): number {
  const killed = categoryTotal('killed', claims);
  return killed && killed.total.best !== null ? killed.total.best - (killerShotHimself(claims) ? 0 : killed.perpetrators?.best ?? 0) : 0;
}

export function categoryTotal(category: Category, told: Claim[]): CategoryTotal | null {
  const claims = withSourcesOfRepeats(told);
  const byId = new Map(claims.map((c) => [c.claim_id, c]));
  const own = claims.filter((c) => c.category === category);
  const counts = (c: Claim) => {
    // (a mention that is no account of this incident replaces nothing in it: "his driver was wounded
    // ... He is the fifth official killed in the province since January")
    if (c.scope !== 'incident' || (c.superseded_by && byId.get(c.superseded_by)?.scope === 'incident') || c.count_best === null || hasRule(c, 'update.retracted')) return false;
    if (!c.part_of) return true;
    const parent = byId.get(c.part_of);
    return !!parent && parent.category !== c.category; // a part of another category counts here
  };
  let eligible = own.filter(counts);
  const replacedWounded = category === 'wounded' ? woundedReplacedByRise(claims, eligible) : new Set<string>();
  if (replacedWounded.size) eligible = eligible.filter((c) => !replacedWounded.has(c.claim_id));
  // the dead folded into a total's dead (below), with the total they are now part of
  const foldedDead: Claim[] = [];
  if (category === 'killed') {
    // the dead among a wounded total, counted once per total (see diedOutOf below)
    const seen = new Map<string, Claim>();
    eligible = eligible.filter((c) => {
      if (!c.part_of || byId.get(c.part_of)?.category !== 'wounded') return true;
      const kept = seen.get(c.part_of);
      if (!kept || (kept.count_best ?? 0) < (c.count_best ?? 0)) { seen.set(c.part_of, c); }
      return false;
    });
    eligible.push(...seen.values());
    // ("Four people were shot, two fatally, including the gunman ... The gunman died at the scene":
    // one of a wounded total told later to have died is among that total's dead when they hold him)
    const diedMembers = new Map<string, number>();
    eligible = eligible.filter((c) => {
      if (c.part_of) return true;
      const w = claims.find((o) => o.superseded_by === c.claim_id && o.category === 'wounded' && !!o.part_of && seen.has(o.part_of));
      if (!w) return true;
      const held = (diedMembers.get(w.part_of!) ?? claims.filter((k) => k.category === 'killed' && k.part_of === w.part_of && k !== seen.get(w.part_of!) && (k.count_best ?? 0) === 1).length) + 1;
      diedMembers.set(w.part_of!, held);
      if (held > (seen.get(w.part_of!)!.count_best ?? 0)) return true;
      foldedDead.push({ ...c, part_of: seen.get(w.part_of!)!.claim_id });
      return false;
    });
  }
  const diedAmongWounded = new Set(category === 'killed' ? eligible.filter((c) => c.part_of && byId.get(c.part_of)?.category === 'wounded') : []);
  // people who died out of a wounded total ("two men were shot, one fatally") are not wounded;
  // nor is "a third person", who died after a report of two dead and some wounded
  // ("Police initially said 12 wounded. One of the wounded died, bringing the toll to four dead and
  // 11 wounded": the figure that replaces the wounded total after the death already leaves it out)
  // (the replacing figure may be told first, in the headline, and again after the death)
  const replacedAfter = (parent: Claim, died: Claim) => {
    const by = parent.superseded_by ? byId.get(parent.superseded_by) : undefined;
    return !!by && (by.quote_start >= died.quote_start || own.some((w) => !w.part_of && w.quote_start >= died.quote_start && w.count_best === by.count_best));
  };
  // (the dead among a wounded total another figure replaced are already out of that figure)
  const diedOutOf = category === 'wounded'
    ? claims.filter((c) => c.category === 'killed' && c.scope === 'incident' && !c.superseded_by && !(c.part_of && replacedWounded.has(c.part_of))
      && ((c.part_of && byId.get(c.part_of)?.category === 'wounded' && byId.get(c.part_of)?.scope === 'incident' && !replacedAfter(byId.get(c.part_of)!, c))
        || (ADDITIVE.test(c.count_text) && !/\b(?:body|bodies|corpse)\b/i.test(c.subject_text ?? '') && own.some((w) => w.scope === 'incident' && w.quote_start < c.quote_start && (w.count_best ?? 0) > 0)
          // (unless the wounded are counted again after the death: "The number of injured stood at 45")
          && !own.some((w) => w.scope === 'incident' && !w.part_of && w.quote_start > c.quote_start && (w.count_best ?? 0) > 0))))
      // ("officers located three victims with gunshot wounds. A 22-year-old male was transported in
      // critical condition, where he later died": the dead replaces one of the wounded total's parts)
      // ("An Indian soldier wounded in the attack died on Tuesday, raising the toll to 18 ...
      // Seventeen soldiers were killed on Sunday and 20 others wounded": the wounded who died, told
      // first, come off the event's wounded figure told after them)
      .concat(claims.flatMap((c) => {
        if (c.category !== 'killed' || c.scope !== 'incident' || c.part_of || hasRule(c, 'harm.toll') || !WOUNDED_THEN_DIED.test(c.quote) || !opensQuote(c)) return [];
        // (a figure of the wounded themselves, not of all shot; not "the other three", which leaves the dead out)
        const w = own.find((o) => o.scope === 'incident' && !o.part_of && !o.superseded_by && o.quote_start > c.quote_start && (o.count_best ?? 0) > (c.count_best ?? 0) && !STILL_WOUNDED.test(o.quote)
          && /\b(?:wounded|injured|hurt|injuries)\b/i.test(o.quote) && (!/\bothers?\b/i.test(o.quote) || claims.some((k) => k.category === 'killed' && k.quote_start === o.quote_start)));
        return w ? [{ ...c, superseded_by: null, part_of: w.claim_id }] : [];
      }))
      .concat(claims.flatMap((c) => {
        if (c.category !== 'killed' || c.scope !== 'incident' || c.superseded_by || c.part_of) return [];
        const w = claims.find((o) => o.superseded_by === c.claim_id && o.category === 'wounded' && o.part_of && byId.get(o.part_of)?.category === 'wounded' && !byId.get(o.part_of)?.superseded_by);
        return w ? [{ ...c, part_of: w.part_of }] : [];
      }))
    : [];
  if (eligible.length === 0) {
    // "no casualties", "no one was killed or wounded": an explicit zero for killed and wounded
    // only "no one was killed or wounded", not "no casualties among its troops" nor the bare
    // noun "no casualties" (whose reading as killed and wounded is left to the user)
    const noCasualties = (category === 'killed' || category === 'wounded') && claims.some((c) => c.category === 'casualties' && c.count_best === 0 && c.scope === 'incident'
      && /\b(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|hurt)\b/i.test(c.quote));
    return noCasualties ? { total: ZERO, perpetrators: null } : null;
  }
  // "his crews had collected 16 bodies, but he could not say whether that figure included any of the
  // militants": a toll that may or may not hold the attackers is no account of the victims alone;
  // it widens the bounds of the others, which keep the best
  const mayHoldAttackers = eligible.filter((c) => c.victim_group !== 'perpetrators' && isGeneral(c) && MAY_HOLD_ATTACKERS.test(c.quote));
  if (mayHoldAttackers.length && mayHoldAttackers.length < eligible.length) {
    const rest = categoryTotal(category, claims.filter((c) => !mayHoldAttackers.includes(c)));
    if (rest && rest.total.best !== null) {
      const low = Math.min(rest.total.low ?? 0, ...mayHoldAttackers.map((c) => c.count_low ?? 0));
      const high = rest.total.high === null || mayHoldAttackers.some((c) => c.count_high === null) ? null : Math.max(rest.total.high, ...mayHoldAttackers.map((c) => c.count_high as number));
      return { total: { low, best: rest.total.best, high }, perpetrators: rest.perpetrators };
    }
  }
  // Rule 6. Added to the figures of earlier sentences rather than read as another account of
  // them: a figure marked as additional ("A police officer was also wounded"), and the dead
  // counted out of the wounded ("One of the injured died later"; not "he succumbed to his
  // wounds", which may name someone already counted). A later update of the toll already holds
  // the latter ("One of the wounded died, raising the toll to 3").
  const supersedes = new Set(claims.map((c) => c.superseded_by).filter(Boolean));
  // (a lede often gives the updated toll first: "Two of the wounded have died, raising the toll to
  // seven ... 'Two of the injured succumbed overnight'": any update of the toll holds them)
  // (one person's death replacing that person's wound is no update of the toll: "shot his parents and
  // then himself ... Mark Ellery was pronounced dead")
  const laterUpdate = (c: Claim) => eligible.some((o) => o !== c && (o.quote_start >= c.quote_start || hasRule(o, 'update.toll')) && ((supersedes.has(o.claim_id) && !account(o, o.count_best).onePerson) || hasRule(o, 'update.')));
  // ("the toll had risen from eight after four of the wounded died": the risen toll holds them)
  const toldAsRise = (c: Claim) => TOLL_ROSE.test(c.quote);
  // ("IS militants kill 11 soldiers ... Ten soldiers were killed in the initial fighting and three
  // others wounded. One of the wounded died Monday": the toll told first holds the one who died,
  // the dead beside the wounded and the one who died add up to it)
  const insideEarlierToll = (c: Claim) => {
    const parent = c.part_of ? byId.get(c.part_of) : undefined;
    if (!parent) return false;
    const beside = eligible.filter((k) => k.category === 'killed' && !k.part_of && k.quote_start === parent.quote_start);
    return beside.some((b) => eligible.some((k) => k !== b && !k.part_of && k.victim_group === b.victim_group && k.quote_start < parent.quote_start && k.count_best === (b.count_best ?? 0) + (c.count_best ?? 0)));
  };
  const heldElsewhere = new Set(eligible.filter((c) => diedAmongWounded.has(c) && (laterUpdate(c) || toldAsRise(c) || insideEarlierToll(c)) && eligible.length > 1).map((c) => c.claim_id));
  // (with what is told of them: "One of the wounded, a lieutenant, died")
  eligible = eligible.filter((c) => !heldElsewhere.has(c.claim_id) && !(c.part_of && heldElsewhere.has(c.part_of)));
  // o comes before the added figure c: in an earlier sentence, or earlier in c's own sentence after
  // "in addition to" ("..., in addition to a steward who was shot")
  const addsAfter = (o: Claim, c: Claim) => o.quote_start < c.quote_start
    || ((hasRule(c, 'relate.in-addition') || (diedAmongWounded.has(c) && hasRule(c, 'relate.partitive'))) && o.quote_start === c.quote_start && claims.indexOf(o) < claims.indexOf(c));
  const isAdditive = (c: Claim) => c.victim_group !== 'perpetrators' && (hasRule(c, 'relate.additive') || hasRule(c, 'relate.sequel') || (diedAmongWounded.has(c) && hasRule(c, 'relate.partitive') && !laterUpdate(c)));
  // Not added: the same figure again ("four others were injured ... Four other males were also
  // injured" restates them), nor one more victim of a general total whose victims are being
  // listed ("at least 15 people, including three ministers, ... Two journalists were also found dead").
  // (a listing of its victims: "including three ministers"; not the total told again, "The five
  // people who were shot ...", nor their hospital condition)
  const listedTotals = new Set(claims.filter((p) => p.part_of && byId.get(p.part_of)?.category === p.category && !hasRule(p, 'people.definite-plural-repeat') && !hasRule(p, 'relate.condition-of-wounded')).map((p) => p.part_of));
  const additive = eligible.filter((c) => {
    if (!isAdditive(c)) return false;
    // (a headline sums up the whole story: a later step of the attack, "then stormed it, sparking a
    // battle in which eight soldiers ... were killed", does not add to its "21 dead")
    const earlier = eligible.filter((o) => !isAdditive(o) && addsAfter(o, c) && o.victim_group !== 'perpetrators' && !(hasRule(c, 'relate.sequel') && isHeadline(o)));
    // (a later event's victims repeat a figure only of their own group: "Two soldiers and a
    // police officer were killed ... Two hours later a second blast killed a soldier")
    const sequel = hasRule(c, 'relate.sequel');
    // (after figures of other groups only, "12 fighters were killed. A soldier was also killed", a
    // new group adds up anyway: the rules below also weigh its other accounts, "20 troops killed")
    // (one more of an ordinal, "a fifth body" after "four civilians", adds to any group)
    // (nor does one of the wounded who died, "One of the wounded died" after "a trader and two children")
    if (!earlier.some((o) => isGeneral(o) || o.victim_group === c.victim_group) && !ADDITIVE.test(c.count_text) && !/^(?:more|additional|further)\b/i.test(c.subject_text ?? '') && !diedAmongWounded.has(c) && !hasRule(c, 'relate.out-of-other-group')) return false;
    // (one person named by another noun is someone else: "a colleague was wounded ... A street
    // vendor was also hurt"; which single mentions are the same person is count-people's call)
    const otherPerson = (o: Claim) => c.count_best === 1 && (hasRule(c, 'relate.additive') || diedAmongWounded.has(c)) && headNoun(o) !== headNoun(c);
    // (a part of an earlier total is no restatement: "five killed, including two guards ... the
    // bodies of two of the hostages")
    return earlier.length > 0 && !earlier.some((o) => (o.count_best === c.count_best && !o.part_of && !otherPerson(o) && (!sequel || o.victim_group === c.victim_group)) || (isGeneral(o) && listedTotals.has(o.claim_id) && !hasRule(c, 'relate.out-of-other-group')));
  });
  if (additive.length) {
    // each added figure joins the account it follows ("found three men with gunshot wounds ... Two
    // other men went to the hospital" is one account of five, beside "The five men"): it is
    // summed with the nearest earlier figure of the category, in that figure's group, and that
    // sum is weighed against the other accounts as usual
    const merged = new Map<Claim, Claim>();
    const joined = new Set<Claim>();
    for (const c of additive) {
      const host = [...eligible].reverse().find((o) => addsAfter(o, c) && !additive.includes(o) && o.victim_group !== 'perpetrators');
      if (!host) continue; // (the additive rule above always leaves one)
      const base = merged.get(host) ?? host;
      const sum = add(boundsOf(base), boundsOf(c));
      merged.set(host, { ...base, count_low: sum.low, count_best: sum.best, count_high: sum.high });
      joined.add(c);
    }
    if (joined.size) {
      const rest = categoryTotal(category, claims.filter((c) => !joined.has(c)).map((c) => merged.get(c) ?? c));
      if (rest) return rest;
    }
  }
  // one person named in a list with people of specific groups is one of them, not a general total
  // ("the shop owner, his son and a customer"); so is a nationality ("Two Britons, a Swiss and
  // a Dutch woman")
  const withSpecific = new Set(eligible.filter((o) => !isGeneral(o) && o.victim_group !== 'perpetrators').map((o) => o.quote_start));
  // (a pronoun too when a group is coordinated with it: "shot him dead along with his two sons")
  const coordinated = new Set(eligible.filter((o) => !isGeneral(o) && hasRule(o, 'relate.coordination')).map((o) => o.quote_start));
  // (and a general noun coordinated with groups: "at least 14 SDF members and three civilians were
  // injured" are 17)
  // (and "other" people beside a group: "killed two soldiers and five other people" are seven;
  // beside one person already counted too: "Abu Wahib and three others were killed" after "a top
  // leader has been killed" are four)
  // (one person told before "N others" in its sentence, not one of them: "wounded two others,
  // including a police officer"; not "the other" of a pair)
  const besideOthers = (c: Claim) => /^others\b/i.test(c.subject_text ?? '') && !/^the\b/i.test(c.count_text)
    && own.some((o) => o.quote_start === c.quote_start && own.indexOf(o) < own.indexOf(c) && o.count_best === 1 && o.part_of !== c.claim_id && o.scope === 'incident' && !isGeneral(o) && o.victim_group !== 'perpetrators');
  const listed = (c: Claim) => ((c.count_best === 1 || isDemonym(c) || hasRule(c, 'relate.coordination') || /^others?\b/i.test(c.subject_text ?? '')) && c.subject_text !== null && (!/^(?:he|she|him|her|his)$/i.test(c.count_text) || coordinated.has(c.quote_start))
    && withSpecific.has(c.quote_start)) || besideOthers(c); // (c itself is general: only others are in the set)
  // (one more person told as such is no general toll either: "their father seriously injured ... A
  // neighbour who tried to intervene was also injured")
  // (after groups only: with no general toll before it, it is a group of its own beside them)
  const addedToGroups = (c: Claim) => onePersonAdded(c) && eligible.some((o) => !isGeneral(o) && o.victim_group !== 'perpetrators' && o.quote_start < c.quote_start)
    && !eligible.some((o) => o !== c && isGeneral(o) && !onePersonAdded(o));
  const generalHere = (c: Claim) => isGeneral(c) && !listed(c) && !addedToGroups(c);
  // "Gunman kills five" and "six people dead, including the shooter": the same toll told without
  // and with the attacker, not two accounts; the one without gives way
  const perpsIn = (g: Claim) => claims.filter((p) => p.part_of === g.claim_id && p.victim_group === 'perpetrators').reduce((n, p) => n + (p.count_best ?? 0), 0);
  const withAttackers = eligible.filter((g) => generalHere(g) && perpsIn(g) > 0);
  const victimsOnly = (h: Claim) => withAttackers.some((g) => g.quote_start !== h.quote_start && perpsIn(h) === 0 && h.count_best === (g.count_best ?? 0) - perpsIn(g));
  const general = eligible.filter((c) => generalHere(c) && !victimsOnly(c));
  const perps = eligible.filter((c) => c.victim_group === 'perpetrators');
  const specific = eligible.filter((c) => !generalHere(c) && c.victim_group !== 'perpetrators');
  const byGroup = new Map<string, Claim[]>();
  for (const c of specific) byGroup.set(c.victim_group, [...(byGroup.get(c.victim_group) ?? []), c]);
  const sumGroups = (groups: string[]) => groups.sort().map((g) => combineSameGroup(byGroup.get(g)!)).reduce<Bounds | null>((a, b) => (a ? add(a, b) : b), null);
  // ("JNIM said it had killed more than 50 militiamen; the claim could not be verified ... 'We
  // buried 14 of our brothers'"): a group told only in unverified figures is not added to the
  // verified ones; it may only raise the high bound
  // (so is a group only a party to the fight counts: "a Taliban spokesman claimed 27 soldiers had
  // been killed" beside the governor's "nine members of the security forces")
  const unverifiedGroups = [...byGroup.keys()].filter((g) => byGroup.get(g)!.every(unconfirmed));
  const verifiedElsewhere = unverifiedGroups.length > 0 && (general.some((c) => !unverified(c)) || byGroup.size > unverifiedGroups.length);
  const specificAll = sumGroups([...byGroup.keys()]);
  const specificTotal = verifiedElsewhere ? sumGroups([...byGroup.keys()].filter((g) => !unverifiedGroups.includes(g))) : specificAll;
  const deathsAfter = (c: Claim) => claims.some((k) => k.category === 'killed' && k.scope === 'incident') && claims.every((k) => k.category !== 'killed' || k.scope !== 'incident' || k.quote_start > c.quote_start);
  const hospitalOnly = (c: Claim) => TAKEN_TO_HOSPITAL.test(c.quote) && deathsAfter(c);
  // ("Grandmother killed, 4 wounded ... Carter was one of five people shot": beside a figure of the
  // wounded, a figure of people shot holds the dead; it is weighed as the wounded it leaves)
  // (a figure the dead person was told as one of: "Carter, 45, was one of five people shot")
  const shotWithOne = (c: Claim) => shotOnly(c) && (c.count_best ?? 0) > 1 && claims.some((p) => p.part_of === c.claim_id && /^one$/i.test(p.count_text));
  const someShotOnly = category === 'wounded' && general.length > 1 && general.some(shotWithOne) && !general.every((c) => shotOnly(c) || hospitalOnly(c)) && !diedOutOf.length;
  const deadShot = someShotOnly ? deadVictims(claims) : 0;
  const generalAsWounded = deadShot > 0 ? general.map((c) => (shotWithOne(c) && (c.count_best ?? 0) > deadShot ? { ...c, count_low: Math.max((c.count_low ?? 0) - deadShot, 0), count_best: (c.count_best ?? 0) - deadShot, count_high: c.count_high === null ? null : c.count_high - deadShot } : c)) : general;
  const generalTotal = general.length ? combineSameGroup(generalAsWounded) : null;
  // general figures that are all details of an earlier, larger figure of a specific group ("115
  // villagers were killed ... In Kuma, 30 people were killed") are no competing account
  const generalIsDetail = general.length > 0 && general.every((g) => specific.some((o) => isDetailOf(g, o)));
  // ("58 killed ... 55 civilians and three soldiers ... 'Our forces killed 12 insurgents'": a general
  // toll its parts break down in full into other groups than the specific ones is a group of its
  // own: they add up)
  const brokenDownApart = general.length > 0 && general.every((g) => {
    // (the parts of one sentence: "Among the dead were two teachers" later is a detail of them)
    const parts = claims.filter((p) => p.part_of === g.claim_id && p.category === g.category && p.victim_group !== 'perpetrators');
    return [...new Set(parts.map((p) => p.quote_start))].some((at) => {
      const told = parts.filter((p) => p.quote_start === at);
      return told.length > 1 && told.reduce((n, p) => n + (p.count_best ?? 0), 0) === g.count_best
        && told.every((p) => !byGroup.has(p.victim_group) && !account(p, p.count_best).onePerson && p.victim_group !== 'people' && p.victim_group !== 'unspecified');
    });
  }) && specific.every((c) => !account(c, c.count_best).onePerson);
  // ("Two of our officers lost their lives ... One inmate was also killed": one more person told
  // as such after the groups' toll is no other account of it, nor a detail, but more of it)
  const onlyOneMore = general.length > 0 && general.every((c) => c.count_best === 1 && hasRule(c, 'relate.additive')) && specific.some((c) => c.quote_start < Math.min(...general.map((g) => g.quote_start)));
  let victims = generalTotal && specificTotal ? (onlyOneMore ? add(generalTotal, specificTotal) : generalIsDetail ? specificTotal : brokenDownApart ? add(generalTotal, specificTotal) : alternatives(generalTotal, specificTotal)) : generalTotal ?? specificTotal ?? ZERO;
  // "Armed men killed 23 civilians, the governor's office said ... Residents put the number of
  // dead at around 35": a larger general figure from other speakers than the groups' is a
  // competing account, not the whole of which the groups are parts: best follows the more
  // reliable source (rule 3), the bounds span both
  // (and the other way round: "an armed group claimed 45 civilians were killed; the health
  // directorate confirmed 18 dead": the groups' larger figure competes with the general one)
  // (a zero is no account of a toll: "no injuries among consular staff")
  // "Al-Shabaab claimed its fighters had killed ten soldiers. Police dismissed the claim as
  // propaganda": a figure its own report calls disputed or unverified gives way to the verified one
  // of the other kind, whoever said them; the bounds span both
  const onlyOneVerified = generalTotal && specificTotal && !onlyOneMore && !generalIsDetail && !brokenDownApart && generalTotal.best !== specificTotal.best
    && (general.every(unconfirmed) !== specific.every(unconfirmed)) && (!general.some(unconfirmed) || !specific.some(unconfirmed));
  if (onlyOneVerified) {
    const trusted = general.every(unconfirmed) ? specificTotal : generalTotal;
    victims = { low: Math.min(generalTotal.low ?? 0, specificTotal.low ?? 0), best: trusted.best, high: generalTotal.high === null || specificTotal.high === null ? null : Math.max(generalTotal.high, specificTotal.high) };
  } else if (generalTotal && specificTotal && !onlyOneMore && !generalIsDetail && !brokenDownApart && generalTotal.best !== specificTotal.best && generalTotal.best && specificTotal.best) {
    const speakers = new Set(specific.map((c) => c.attributed_to));
    // (one person named is never an account of a toll: "The wounded, including a paramedic")
    const onePerson = specific.some((c) => hasRule(c, 'figure.article') || hasRule(c, 'figure.implicit'));
    // (a headline's or lede's unattributed repeat of a source's figure is that source's: "Two men
    // stabbed on SkyTrain" over "two men ... were injured, transit police said")
    const toldBySpeaker = new Set(specific.filter((c) => c.attributed_to !== null).map((c) => c.count_best));
    const speakerless = specific.some((c) => c.attributed_to === null && !toldBySpeaker.has(c.count_best));
    const otherSpeakers = !onePerson && !speakerless && general.every((g) => g.attributed_to !== null && !speakers.has(g.attributed_to));
    // (one hospital's intake larger than the other account is no part of it: "the hospital had
    // received seven bodies" against the police's six is the fuller count, ranked as its source)
    const largerIntake = (c: Claim, other: Bounds) => partialIntake(c) && (c.count_best ?? 0) > (other.best ?? 0);
    const bestRank = (list: Claim[], other: Bounds) => Math.min(...list.map((c) => (largerIntake(c, other) ? rank(c) + (unverified(c) ? 2 : 0) : trustRank(c))));
    // ("She said seven people in total were wounded: the three children and four adults": a figure
    // told as the total, larger than the groups, holds them whoever gave the groups)
    const statedTotal = (generalTotal.best ?? 0) > (specificTotal.best ?? 0) && general.some((g) => g.count_best === generalTotal.best && STATED_TOTAL.test(g.quote));
    const trusted = statedTotal ? generalTotal : !otherSpeakers ? null : bestRank(specific, generalTotal) < bestRank(general, specificTotal) ? specificTotal : bestRank(general, specificTotal) < bestRank(specific, generalTotal) ? generalTotal : null;
    if (trusted) {
      // (a stated total is no alternative account: it sets the low as well)
      victims = { low: statedTotal ? generalTotal.low : Math.min(generalTotal.low ?? 0, specificTotal.low ?? 0), best: trusted.best, high: generalTotal.high === null || specificTotal.high === null ? null : Math.max(generalTotal.high, specificTotal.high) };
    }
  }
  // "Paramedics treated two people with gunshot wounds ... A man died at the hospital": a general
  // figure of people shot, outcome not told, holds those who died; the wounded are the rest
  // (so does a figure of people taken to hospital, told before any death: "Three people were taken
  // to hospital. Sadly, a 58-year-old woman died on Saturday")
  if (category === 'wounded' && generalTotal && general.every((c) => shotOnly(c) || hospitalOnly(c)) && !diedOutOf.length) {
    // (the attackers are not among them, unless one shot himself: "found three adults with gunshot
    // wounds" in a murder-suicide holds the killer)
    const dead = deadVictims(claims);
    if (dead > 0 && (generalTotal.best ?? 0) > dead) {
      const rest = less(generalTotal, dead);
      victims = specificTotal ? larger(rest, specificTotal) : rest;
    }
  }
  if (specificAll && specificAll !== specificTotal && victims.high !== null) victims = { ...victims, high: specificAll.high === null ? null : Math.max(victims.high, specificAll.high) };
  let diedAttackers = 0;
  if (diedOutOf.length) {
    // per wounded total, the largest figure of its dead ("one fatally" and "the man who died"
    // name the same person)
    // (and totals of one size are one account told twice: "4 shot, 1 fatally" in the headline and
    // "Four people were shot ... one of them died" in the lede lose one, not two)
    const perParent = new Map<string, number>();
    // (attackers' totals too, when one repeats the other: "shoots 2 robbers, killing one" in the
    // headline, "shot two armed robbers ..., killing one of them" in the lede)
    const repeated = (p: Claim) => {
      let root = p;
      for (let up = root.part_of ? byId.get(root.part_of) : undefined; up && up.count_best === root.count_best && up.category === root.category; up = up.part_of ? byId.get(up.part_of) : undefined) root = up;
      return root;
    };
    const accountOf = (c: Claim) => {
      const parent = c.part_of ? byId.get(c.part_of) : undefined;
      return parent && parent.victim_group !== 'perpetrators' && parent.count_best !== null ? `${parent.category}:${parent.count_best}` : parent ? repeated(parent).claim_id : c.claim_id;
    };
    const parentOfAccount = new Map<string, string>();
    for (const c of diedOutOf) {
      const key = accountOf(c);
      if (!parentOfAccount.has(key)) parentOfAccount.set(key, c.part_of ?? c.claim_id);
      const id = parentOfAccount.get(key)!;
      perParent.set(id, Math.max(perParent.get(id) ?? 0, c.count_best ?? 0));
    }
    // (the dead among wounded attackers come out of the attackers: "shot two men who broke in, killing one")
    const ofAttackers = (id: string) => byId.get(id)?.victim_group === 'perpetrators';
    const died = [...perParent].filter(([id]) => !ofAttackers(id)).reduce((a, [, n]) => a + n, 0);
    diedAttackers = [...perParent].filter(([id]) => ofAttackers(id)).reduce((a, [, n]) => a + n, 0);
    // ("Officers found three people with gunshot wounds ... His mother died at the scene ... Mark
    // Ellery was pronounced dead": the killer who shot himself is one of the three too)
    const selfDead = category === 'wounded' && general.length > 0 && general.every(shotOnly) && killerShotHimself(claims)
      && !diedOutOf.some((c) => c.victim_group === 'perpetrators') ? categoryTotal('killed', claims)?.perpetrators?.best ?? 0 : 0;
    // ("5 shot, 1 fatally ... leaving a 20-year-old man dead and four other people wounded": when
    // the best account is the others told beside the dead, and another account's shot total less
    // its own dead is that same number, the dead are out of it already; only deaths among those
    // others come off)
    const others = own.find((w) => w.scope === 'incident' && !w.superseded_by && !w.part_of && w.count_best === victims.best && (hasRule(w, 'relate.others') || /^others?\b/i.test(w.subject_text ?? ''))
      && claims.some((k) => k.category === 'killed' && k.scope === 'incident' && k.quote_start === w.quote_start));
    const shotTotalAgrees = !!others && [...perParent].some(([id, n]) => {
      const total = byId.get(id);
      return id !== others.claim_id && !!total && shotOnly(total) && (total.count_best ?? NaN) - n === others.count_best;
    });
    victims = less(victims, (shotTotalAgrees ? perParent.get(others!.claim_id) ?? 0 : died) + selfDead);
  }
  // "16 people were killed, including the suicide bomber": the total already holds them; they
  // are reported apart so users can subtract them
  const eligibleIds = new Set(eligible.map((c) => c.claim_id));
  // (a part of the victims' total, not a repeat mention of an attacker already counted)
  const inside = [...own, ...foldedDead].filter((c) => c.victim_group === 'perpetrators' && c.part_of && c.scope === 'incident' && !c.superseded_by && c.count_best !== null
    && eligibleIds.has(c.part_of) && byId.get(c.part_of)?.victim_group !== 'perpetrators');
  // (someone told again outside a toll, with others: see leftOutBeside in combineSameGroup)
  const outsideRepeats = own.filter((c) => c.part_of && hasRule(c, 'harm.outside-toll') && hasRule(c, 'people.repeat-mention'));
  // ("A suicide bomber drove a pickup into the gate ... Two gunmen then occupied a building": attackers
  // of another kind in a later step of the attack are more attackers, not another account)
  const headOfPerp = (c: Claim) => (c.subject_text ?? '').toLowerCase().split(/\s+/).pop()?.replace(/s$/, '') ?? '';
  // (so is "The third, a girl ..., was shot dead" after "Two of the bombers": one more of them)
  // (unless it and the step before add up to a total of the attackers told first: "All five
  // attackers were killed ... Two suicide bombers ..., allowing three gunmen ... The gunmen were
  // killed" tells the five in parts)
  const partsOfTotal = (c: Claim) => perps.some((t) => t.quote_start < c.quote_start && perps.some((o) => o !== t && o !== c && o.quote_start > t.quote_start && o.quote_start < c.quote_start
    && (o.count_best ?? 0) + (c.count_best ?? 0) === t.count_best));
  // (and attackers of another kind told beside one already counted: "the bomber was killed in the
  // blast, while two of the gunmen were shot dead" after "a suicide bomber detonated a vehicle")
  const besideRepeat = (c: Claim) => !account(c, c.count_best).onePerson && own.some((p) => p.part_of && p.victim_group === 'perpetrators' && p.quote_start === c.quote_start && hasRule(p, 'people.repeat-mention')
    && headOfPerp(p) !== headOfPerp(c) && byId.get(p.part_of)?.quote_start !== c.quote_start);
  const laterPerps = perps.filter((c) => (hasRule(c, 'relate.sequel') || hasRule(c, 'group.ordinal-appositive') || besideRepeat(c)) && perps.some((o) => o.quote_start < c.quote_start) && perps.every((o) => o.quote_start >= c.quote_start || headOfPerp(o) !== headOfPerp(c)) && !partsOfTotal(c));
  const firstPerps = perps.filter((c) => !laterPerps.includes(c));
  let perpetrators = firstPerps.length ? combineSameGroup(firstPerps, outsideRepeats) : null;
  if (perpetrators && laterPerps.length) perpetrators = add(perpetrators, combineSameGroup(laterPerps, outsideRepeats));
  if (perpetrators && diedAttackers) perpetrators = less(perpetrators, diedAttackers);
  // (per total, its attackers; totals are accounts of one toll, so the largest of them: the headline's
  // "15 dead including four attackers" and the lede's are the same four)
  const insideByParent = new Map<string, Bounds>();
  for (const c of inside) insideByParent.set(c.part_of!, insideByParent.has(c.part_of!) ? add(insideByParent.get(c.part_of!)!, boundsOf(c)) : boundsOf(c));
  const perpsInside = insideByParent.size ? [...insideByParent.values()].reduce((a, b) => ((b.best ?? 0) > (a.best ?? 0) ? b : a)) : null;
  // "At least 20 people, including eight attackers, were killed ... 'our youth killed eight of the
  // attackers'": attackers told again in the number the toll already holds are those same people
  // (so are fewer attackers told one by one, "a suicide bomber ... The last gunman was killed", after
  // "including all four attackers", unless told as more: "a third attacker")
  if (perpetrators && perpsInside && perpetrators.best !== null && (perpetrators.best === perpsInside.best
    || (perpetrators.best < (perpsInside.best ?? 0) && !perps.some((c) => hasRule(c, 'relate.additive') || hasRule(c, 'relate.sequel'))))) perpetrators = null;
  const reported = perpetrators && perpsInside ? add(perpetrators, perpsInside) : perpetrators ?? perpsInside;
  // "At least 27 people were killed ... eight soldiers and 19 attackers were killed": a general
  // toll equal to the victims' groups and the attackers together already holds the attackers
  // ("killing 13 people before both gunmen were shot dead, bringing the total number of dead to
  // 15": an update equal to the toll it replaces and the attackers together holds them as well)
  // (an exact figure: a vague "several" that gave way says nothing of what the toll held)
  const replaced = own.filter((c) => c.superseded_by && c.scope === 'incident' && c.victim_group !== 'perpetrators' && c.count_best !== null && c.count_low === c.count_best && c.count_high === c.count_best);
  const holdsAttackers = (before: number | null) => before !== null && generalTotal!.best === before + (perpetrators!.best ?? NaN);
  // (the update told after the attackers' harm: "Four further persons were injured. Initially
  // police spoke of three ... He himself suffered light injuries" is four and the attacker)
  const toldAfterAttackers = general.some((g) => g.count_best === generalTotal?.best && perps.some((p) => p.quote_start <= g.quote_start));
  // (never when the report says the toll leaves the attackers out: "the figure did not include the
  // bomber and the two gunmen")
  // (nor when a toll says so itself: "21 people killed, not counting the attackers")
  const toldOutside = own.some((c) => hasRule(c, 'harm.outside-toll')) || general.some((g) => EXCLUDES_ATTACKERS.test(g.quote));
  // ("Deputies found two people with gunshot wounds ... before turning the gun on himself. Both
  // were pronounced dead": the people found shot, now dead, hold the killer who shot himself)
  const foundShotHoldKiller = killerShotHimself(claims) && general.some((g) => g.count_best === generalTotal?.best && claims.some((w) => w.superseded_by === g.claim_id && w.category === 'wounded' && (w.count_best ?? 0) >= 2 && shotOnly(w)));
  // ("That brings the total number of dead to five: four people who were at the centre and the
  // gunman": a toll whose own list names the attacker holds him)
  const listHoldsAttacker = general.some((g) => g.count_best === generalTotal?.best && TOLL_LISTS_ATTACKER.test(g.quote));
  if (perpetrators && generalTotal && !perpsInside && !generalIsDetail && generalTotal.best !== null && !toldOutside
    // (groups told by a numeral: one person named without one, "a woman in her 30s", is no list of the victims)
    && ((specificTotal && specific.some((c) => !account(c, c.count_best).onePerson) && holdsAttackers(specificTotal.best)) || (!specificTotal && toldAfterAttackers && replaced.some((c) => holdsAttackers(c.count_best))) || foundShotHoldKiller || listHoldsAttacker)) {
    return { total: { low: generalTotal.low, best: generalTotal.best, high: generalTotal.high }, perpetrators: reported };
  }
  return { total: perpetrators ? add(victims, perpetrators) : victims, perpetrators: reported };
}

export function documentTotals(docId: string, claims: Claim[]): TotalsRow {
  const row: Record<string, unknown> = { doc_id: docId };
  const totals = new Map(CATEGORIES.map((cat) => [cat, categoryTotal(cat, claims)]));
  for (const cat of CATEGORIES) {
    const t = totals.get(cat);
    row[`${cat}_low`] = t ? t.total.low : null;
    row[`${cat}_best`] = t ? t.total.best : null;
    row[`${cat}_high`] = t ? t.total.high : null;
  }
  for (const cat of ['killed', 'wounded'] as const) {
    const t = totals.get(cat);
    row[`${cat}_perpetrators`] = t ? t.perpetrators?.best ?? 0 : null;
  }
  return row as TotalsRow;
}
