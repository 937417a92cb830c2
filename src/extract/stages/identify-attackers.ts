// Refiner: the attackers named by a fighting noun. "Militants stormed a security post ... One
// militant was killed": when a sentence makes a group of fighters (militants, rebels, insurgents
// ...) the subject of an attack, later figures of that group are the attackers themselves, coded
// `perpetrators` like "the gunman" or "the bomber" (totals report them apart, docs/coding-rules.md).
// Without such a sentence ("air strikes killed 30 militants") the group stays a victim group.
// And a pronoun shot by the police ("he was shot dead by police officers") is the attacker, as are
// people "suspected of" or "accused of" the attack, and whoever blew themselves up.
import { lexicon } from '../lexicon.js';
import { ORDINAL_ARTICLE } from '../text-utils.js';
import type { Candidate, DocContext } from '../types.js';

const FIGHTER_GROUPS = new Set(['militants', 'combatants']);
const ATTACK_VERB = String.raw`(?:stormed|attacked|ambushed|raided|overran|assaulted|besieged|seized|opened\s+fire|laid\s+siege|launched\s+an?\s+(?:\S+\s+)?(?:attack|assault|raid|offensive)|set\s+fire|abducted|kidnapped|killed|shot|infiltrated|tried\s+to\s+(?:enter|storm|attack|break\s+into|infiltrate|force\s+(?:his|their|its)\s+way))`;

let attackRe: RegExp | undefined;
let attackByRe: RegExp | undefined;
function attackPattern(): RegExp {
  if (attackRe) return attackRe;
  const nouns = Object.entries(lexicon().victimGroups).filter(([, g]) => FIGHTER_GROUPS.has(g)).map(([n]) => n.replace(/ /g, '\\s+'));
  // the fighters open the clause (a few modifiers may come first: "Islamic State militants in cars
  // and on motorcycles attacked") and are the subject of an attack verb
  attackRe = new RegExp(String.raw`(?:^|[;:,—–]\s*|\s-\s+|\b(?:when|after|as|then)\s+)(?:[\p{L}'’-]+\s+){0,4}?(?<noun>${nouns.join('|')})\s+(?:(?!(?:were|was|had\s+been|have\s+been)\b)[^\s.;:]+\s+){0,8}?${ATTACK_VERB}\b`, 'iu');
  // ("repelled an attack by jihadist insurgents on a military base": the attackers named by "by")
  attackByRe = new RegExp(String.raw`\b(?:attack|attacks|assault|raid|ambush|offensive|incursion)\s+(?:on\s+[^,.;]{1,60}?\s+)?by\s+(?:[\p{L}'’-]+\s+){0,3}(?<noun>${nouns.join('|')})\b`, 'iu');
  return attackRe;
}

const THEY_ATTACKED = new RegExp(String.raw`\b(?:they|who)\s+(?:(?!(?:were|was|had\s+been|have\s+been)\b)[^\s.;:]+\s+){0,2}?${ATTACK_VERB}\b`, 'i');
// "he was shot dead by police": in reports of an attack the one the police shoot is the attacker
export const BY_POLICE = /^\s*(?:\S+\s+){0,2}?by\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:police|policemen|policeman|officers?|troopers?|deputies|deputy|security\s+forces|soldiers?|troops|gendarmes|SWAT|(?:security\s+)?guards?)\b/iu;

// "4 people suspected of carrying out the attack", "two men accused of the killing"
// (of this attack, "accused of the robbery", "suspected of planting the bomb"; "accused of theft"
// and lynched is a victim, not an attacker)
const SUSPECTED_MEMBERS = /^\s+(?:\p{L}+\s+)?(?:suspected|alleged)\s+(?:[\p{L}-]+\s+)?members?\s+of\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:gang|cult|cartel|syndicate|criminal\s+network|robbery\s+ring|kidnapping\s+ring|crime\s+ring)\b/iu;
const SUSPECTED_AFTER = /,?\s+(?:(?:who\s+(?:were|are|was|is|had\s+been)|believed\s+to\s+have\s+been)\s+)?(?:suspected|accused)\s+of\s+(?:(?:the|this|that|last|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s|(?:[\p{L}'’-]+\s+){0,3}?(?:attacks?|bombings?|bomb|shootings?|killings?|murders?|massacre|ambush|raid|stabbings?|assault|involvement|being\s+involved|carrying\s+out|planting|planning|plotting|terrorism|militancy|belonging)\b)/iuy; // sticky: tested at the subject's end

// "A car rammed the gates and exploded, killing the driver": the driver of the vehicle that blew
// up is the bomber (not so "a car bomb exploded next to a bus, killing the driver": another vehicle)
const VEHICLE = String.raw`(?:car|truck|van|vehicle|lorry|motorcycle|motorbike|tanker|bus|minibus|jeep)s?`;
const VEHICLE_EXPLODED = new RegExp(String.raw`^(?:An?|The)\s+(?:[^\s.]+\s+){0,2}?${VEHICLE}\b[^.]*?\b(?:exploded|blew\s+up|detonated)\b`, 'i');

function isBomberDriver(c: Candidate): boolean {
  if (!/^the\s+driver$/i.test(c.quantity.text) || c.category !== 'killed') return false;
  const before = c.sentence.text.slice(0, c.quantity.start);
  const m = VEHICLE_EXPLODED.exec(before);
  return !!m && !new RegExp(String.raw`\b${VEHICLE}\b`, 'i').test(before.slice(m[0].length)) && !/^\s+of\b/i.test(c.sentence.text.slice(c.quantity.end));
}

// "Two men were shot dead as they stormed the post": those harmed while attacking are the attackers
const AS_THEY_ATTACKED = new RegExp(String.raw`^[^.;]*?\b(?:as|when|while)\s+(?:they|he|she)\s+(?:tried\s+to\s+|attempted\s+to\s+)?(?:${ATTACK_VERB}|storm|attack|raid|ambush|assault)\b`, 'i');
// "A man who opened fire on a trooper was shot and killed": the one who opened fire is the attacker
const WHO_ATTACKED = /^\s*,?\s*(?:who|that)\s+(?:had\s+|allegedly\s+|(?:police|they|officers|authorities|investigators)\s+(?:say|said)\s+(?:had\s+)?)?(?:opened\s+fire|fired\s+(?:on|at)|shot\s+at|attacked|stabbed|shot|ambushed|stormed|broke\s+into|broke\s+in|burst\s+into|forced\s+(?:their|his|her)\s+way\s+into|kicked\s+in|robbed|tried\s+to\s+rob|attempted\s+to\s+rob)\b/i;
// "Officers shot and killed a man minutes after he stabbed his roommate": the one police shoot
// after he attacked is the attacker
const POLICE_AGENT = /\b(?:police|officers?|deputies|deputy|troopers?|agents?|policemen|policeman|soldiers|troops)\s+(?:\S+\s+){0,4}?(?:shot|killed|wounded|fired|gunned)\b/i;
const AFTER_HE_ATTACKED = /^[^.;]*?\b(?:after|when|as)\s+(?:he|she|they)\s+(?:had\s+|allegedly\s+)?(?:stabbed|shot|attacked|opened\s+fire|fired|killed|wounded|injured|assaulted|lunged|charged|pointed|rammed)\b/i;
// "repelled the attackers, killing 2": the attackers are the object right before the harm verb
const ATTACKER_PLURALS = String.raw`(?:attackers|assailants|gunmen|raiders|militants|insurgents|bandits|terrorists|jihadists|kidnappers|robbers|intruders|hoodlums|gang\s+members|armed\s+men)`;
const OBJECT_ATTACKERS_BEFORE = new RegExp(String.raw`\b${ATTACKER_PLURALS}\s*,?\s+(?:and\s+)?(?:\S+\s+){0,2}?(?:killing|killed|wounding|wounded|injuring|injured|capturing|captured|arresting|arrested|shooting\s+dead|shot\s+dead)\s+$`, 'i');
// (the last people named before are the attackers: no victims or forces named after them)
const LAST_NAMED_ATTACKERS = new RegExp(String.raw`\b${ATTACKER_PLURALS}\b(?![^.;]*\b(?:villagers|people|civilians|passengers|residents|soldiers|officers|operatives|policemen|troops|worshippers|students|victims|guards|herders|farmers|men|women|children|boys|girls|families|workers|traders|miners|fishermen|pilgrims|hostages|motorists|travell?ers|teachers|patients|inmates|guests)\b)[^.;]*$`, 'i');
const DEFINITE_ATTACKER = /(?:^|[;:]\s*)The\s+(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)\s*(?:,[^,;.]{1,60},\s*)?(?:(?!(?:was|were|is|had\s+been|who|which|that)\b)[^\s.;]+\s+){0,8}?(?:opened\s+fire|fired\s+(?:on|at|into)|shot\s+at|stabbed|attacked|lunged\s+at)\b/gu;
const DEFENDERS = /\b(?:police|officers?|deputy|deputies|troopers?|soldiers?|troops|guards?|agents?|constables?|sergeant|homeowner|owner|resident|victim|security)\b/;
// ("A 37-year-old man is in a stable condition in hospital after being shot by police")
const ARRESTED_AS_SUSPECT = /^\s*(?:[^\s.;]+\s+){0,6}?(?:on\s+suspicion\s+of|in\s+connection\s+with\s+the\s+(?:attack|stabbing|shooting|killing|murder|assault)|and\s+charged\s+with\s+(?:attempted\s+)?(?:murder|assault|wounding)|suspected\s+of\s+(?:the\s+)?(?:attack|stabbing|shooting|killing|murder))\b/i;
const AFTER_BEING_SHOT_BY_POLICE = /^[^.;]*?\bafter\s+being\s+(?:fatally\s+)?shot\s+by\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:police|officers?|deputies|deputy|troopers?)\b/i;
const SELF_INFLICTED = /^[^.;]*?\b(?:self-inflicted|self\s+inflicted)\s+(?:gunshot\s+|stab\s+)?(?:wounds?|injur(?:y|ies))\b/i;
const DESCRIBED_AS_BEFORE = /,\s*(?:who|whom)\s+(?:[^\s,;.]+\s+){0,4}?(?:described|identified|named|believed\s+to\s+be|thought\s+to\s+be|said\s+to\s+be|was|is)\s+(?:as\s+)?$/i;
// "A man blew himself up at the gate": whoever blows themselves up is the bomber
const BLEW_SELF_UP = /^blew|^blow|^blown/i;

// "A man opened fire in the food court, killing three people, before an armed shopper shot and
// killed him": the one the sentence opens with attacking is whom "him" names
// (after a dateline: "CARSON RIDGE, Nev. (AP) — A man opened fire"; or told as the cause: "Four
// were killed when a man opened fire ..., before a deputy shot and killed him")
const OPENER_ATTACKED = /^(?:[^;]{0,60}?(?:—|–|--)\s*|[^,.;]{0,60},\s*|[^;]*?\b(?:when|after|as)\s+)?(?:An?|The)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:man|woman|gunman|gunwoman|shooter|attacker|assailant|suspect|teen|teenager|youth|boy|girl|student)\s+(?:[^\s.;]+\s+){0,4}?(?:opened\s+fire|began\s+(?:shooting|firing)|started\s+(?:shooting|firing)|went\s+on\s+a\s+(?:\S+\s+)?rampage|stabbed|attacked|fired\s+(?:on|at|into))\b/iu;
const THEN_STOPPED = /\b(?:before|until|when|and\s+then|then)\s+[^.;]*$/i;
function openerStopped(c: Candidate): boolean {
  const m = OPENER_ATTACKED.exec(c.sentence.text);
  return !!m && m[0].length <= c.quantity.start && THEN_STOPPED.test(c.sentence.text.slice(m[0].length, c.quantity.start));
}

// "a van ran over pedestrians ... The van driver was shot dead": the driver of the ramming vehicle
const RAMMING = new RegExp(String.raw`\b(${VEHICLE.replace(/s\?$/, '')})s?\s+(?:\S+\s+){0,3}?(?:ran\s+over|rammed|ploughed|plowed|drove\s+into|mowed\s+down|ran\s+into|smashed\s+into)\b`, 'i');

// the victims' husband or father, or wife or mother, as a noun phrase of its own ("Her husband", "The children's father")
const KILLER_KIN = /^(?:her|their|the\s+\S+['’]s|\S+['’]s)\s+(?:(?<m>husband|ex-husband|boyfriend|ex-boyfriend|father|stepfather|dad)|(?<f>wife|ex-wife|girlfriend|ex-girlfriend|mother|stepmother|mom|mum))$/i;
const OWN_GUN = /^[^.;]{0,120}?(?:\bself[-\s]inflicted\b|\b(?:with|and)\s+an?\s+(?:handgun|gun|pistol|rifle|shotgun|revolver|firearm|weapon)\s+(?:nearby|beside\s+(?:him|her)|next\s+to\s+(?:him|her|the\s+body)|by\s+(?:his|her)\s+side|in\s+(?:his|her)\s+hand)\b)/i;

export function identifyAttackers(ctx: DocContext): void {
  // "A man shot and killed his two children and then himself ... Their father, Daniel Pryor, was found
  // dead in an upstairs hallway with a handgun nearby": in a murder-suicide, one person found dead
  // with the gun beside him, or of a self-inflicted wound, is the killer told again
  if (ctx.candidates.some((c) => !c.dropped && c.category === 'killed' && /^(?:himself|herself)$/i.test(c.quantity.text))) {
    for (const c of ctx.candidates) {
      if (c.dropped || c.category !== 'killed' || c.quantity.best !== 1 || !c.subject || c.subject.group === 'perpetrators' || !OWN_GUN.test(c.sentence.text.slice(c.quantity.end))) continue;
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.own-gun');
    }
    // ("A man shot his wife and her sister before turning the gun on himself ... Her husband, Kevin
    // Dunn, was also pronounced dead": the dead victim's husband, or the children's father, is the
    // man who shot his wife or his children, the killer told again)
    const killers = ctx.candidates.filter((c) => !c.dropped && c.category === 'killed' && /^(?:himself|herself)$/i.test(c.quantity.text));
    for (const c of ctx.candidates) {
      if (c.dropped || c.category !== 'killed' || c.quantity.best !== 1 || !c.subject || c.subject.group === 'perpetrators') continue;
      const kin = KILLER_KIN.exec(c.quantity.text);
      if (!kin) continue;
      const self = kin.groups!.f ? /^herself$/i : /^himself$/i;
      const reflexive = killers.find((k) => self.test(k.quantity.text) && k.sentence.index < c.sentence.index);
      const victimNoun = kin.groups!.m ? /^(?:his|their)\s+(?:\S+\s+)?(?:wife|ex-wife|girlfriend|ex-girlfriend|fianc[ée]e|partner|son|daughter|sons|daughters|children|kids|stepson|stepdaughter)$/i : /^(?:her|their)\s+(?:\S+\s+)?(?:husband|ex-husband|boyfriend|ex-boyfriend|partner|son|daughter|sons|daughters|children|kids)$/i;
      if (!reflexive || !ctx.candidates.some((v) => !v.dropped && v.sentence === reflexive.sentence && victimNoun.test(v.quantity.text))) continue;
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.killer-kin');
    }
  }
  // "A 32-year-old man was arrested at the scene on suspicion of attempted murder. He was taken to
  // hospital with a hand injury": one arrested as the suspect is the attacker, hurt or not
  for (const c of ctx.candidates) {
    if (c.dropped || c.category !== 'arrested' || c.quantity.best !== 1 || !c.subject || c.subject.noun !== 'person' || c.subject.group === 'perpetrators' || !c.harm) continue;
    if (!ARRESTED_AS_SUSPECT.test(c.sentence.text.slice(c.harm.end))) continue;
    c.subject = { ...c.subject, group: 'perpetrators' };
    c.tags.push('group.arrested-suspect');
  }
  // "two of the assailants were killed ... and a third was captured": an ordinal with no noun of
  // its own continues the group just counted
  for (const c of ctx.candidates) {
    // (so does "another": "One of the attackers was killed and another was wounded")
    if (c.dropped || c.quantity.kind !== 'article' || !(ORDINAL_ARTICLE.test(c.quantity.text) || /^another$/i.test(c.quantity.text)) || (c.subject && c.subject.text.toLowerCase() !== c.quantity.text.toLowerCase())) continue;
    const before = ctx.candidates.filter((o) => o !== c && !o.dropped && o.sentence === c.sentence && o.quantity.end <= c.quantity.start && o.subject).pop();
    if (before?.subject?.group === 'perpetrators') {
      c.subject = { ...(c.subject ?? { text: c.quantity.text, start: c.quantity.start, end: c.quantity.end, noun: 'person' as const }), group: 'perpetrators' };
      c.tags.push('group.elliptical-ordinal');
    }
  }
  // ("Two of the bombers detonated their explosives ... The third, a girl believed to be in her
  // teens, was shot dead": the appositive of an ordinal opening the sentence after the attackers
  // were counted is one more of them)
  for (const c of ctx.candidates) {
    if (c.dropped || c.quantity.kind !== 'article' || c.subject?.group === 'perpetrators' || !/^\W*The\s+(?:second|third|fourth|fifth|other|last|remaining)\s*,\s*$/i.test(c.sentence.text.slice(0, c.quantity.start))) continue;
    const lastFigure = ctx.candidates.filter((o) => o !== c && !o.dropped && o.subject && o.sentence.index < c.sentence.index && c.sentence.index - o.sentence.index <= 1).pop();
    if (lastFigure?.subject?.group !== 'perpetrators') continue;
    c.subject = { ...(c.subject ?? { text: c.quantity.text, start: c.quantity.start, end: c.quantity.end, noun: 'person' as const }), group: 'perpetrators' };
    c.tags.push('group.ordinal-appositive');
  }
  // "The driver, whom police described as one of the suspects in the shooting, was pronounced
  // dead": the relative clause describes the head; its "one of the suspects" is no other person
  for (const c of ctx.candidates) {
    if (c.dropped || c.subject?.group !== 'perpetrators' || !/^one$/i.test(c.quantity.text)) continue;
    const rel = DESCRIBED_AS_BEFORE.exec(c.sentence.text.slice(Math.max(0, c.quantity.start - 80), c.quantity.start));
    if (!rel) continue;
    const relStart = c.quantity.start - (Math.min(80, c.quantity.start) - rel.index);
    const head = ctx.candidates.filter((o) => o !== c && !o.dropped && o.sentence === c.sentence && o.subject?.noun === 'person' && (o.quantity.best ?? 0) === 1 && o.subject.end <= relStart && /^\s*$/.test(c.sentence.text.slice(o.subject.end, relStart))).pop();
    if (!head?.subject) continue;
    head.subject = { ...head.subject, group: 'perpetrators' };
    head.tags.push('group.described-as-attacker');
    c.dropped = 'not.description-of-head';
  }
  const rammer = ctx.candidates.length ? rammingVehicle(ctx) : null;
  const rammerDriver = rammer ? new RegExp(`^${rammer}\\s+driver$`, 'i') : null;
  for (const c of ctx.candidates) {
    if (rammerDriver && !c.dropped && c.subject && c.subject.group !== 'perpetrators' && rammerDriver.test(c.subject.text)) {
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.ramming-driver');
    }
    if (c.dropped || !c.subject || c.subject.group === 'perpetrators') continue;
    if (isBomberDriver(c)) {
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.bomber-driver');
    } else if (c.category === 'killed' && c.quantity.best === 1 && (SELF_INFLICTED.test(c.sentence.text.slice(c.quantity.end)) || c.tags.includes('harm.relative-own-life')) && othersHarmed(ctx, c)
      && !ctx.candidates.some((o) => o !== c && !o.dropped && o.sentence === c.sentence && o.subject?.group === 'perpetrators')) {
      // "The husband was found dead in the garage with a self-inflicted gunshot wound": the shooter
      // of a murder-suicide (a suicide alone has no attacker)
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.self-inflicted');
    } else if (c.category === 'killed' && c.harm && BLEW_SELF_UP.test(c.harm.text)) {
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.blew-self-up');
    } else if (c.harm && /^(?:him|her)$/i.test(c.quantity.text) && c.quantity.kind === 'implicit' && openerStopped(c)) {
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.opener-stopped');
    } else if ((c.harm?.how === 'passive' && (AS_THEY_ATTACKED.test(c.sentence.text.slice(c.harm.end)) || WHO_ATTACKED.test(c.sentence.text.slice(c.subject.end))))
      // ("A homeowner shot two men who broke into his home": the object of the harm, who attacked)
      || (c.harm?.how === 'active' && c.harm.end <= c.quantity.start && WHO_ATTACKED.test(c.sentence.text.slice(c.subject.end)))
      || (c.harm && POLICE_AGENT.test(c.sentence.text.slice(0, c.quantity.start)) && (AFTER_HE_ATTACKED.test(c.sentence.text.slice(c.subject.end)) || WHO_ATTACKED.test(c.sentence.text.slice(c.subject.end))))) {
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.as-they-attacked');
    }
  }
  for (const c of ctx.candidates) {
    if (c.dropped || !c.subject || c.subject.group === 'perpetrators' || c.subject.noun !== 'person') continue;
    // ("Police have shot dead three suspected members of a gang that ...": suspects by their words)
    if (SUSPECTED_MEMBERS.test(c.sentence.text.slice(c.quantity.end, c.quantity.end + 80))) {
      c.subject = { ...c.subject, group: 'perpetrators' };
      c.tags.push('group.suspected');
      continue;
    }
    SUSPECTED_AFTER.lastIndex = c.subject.end;
    if (!SUSPECTED_AFTER.test(c.sentence.text)) continue;
    c.subject = { ...c.subject, group: 'perpetrators' };
    c.tags.push('group.suspected');
  }
  // "The driver, a 38-year-old man, got out of the truck and fired at the deputy ... The driver was
  // pronounced dead": one named by a definite noun as the subject of an attack is that noun's later
  // mentions (not police, soldiers or guards, who fire back)
  const attackerNouns = new Map<string, number>();
  for (const s of ctx.sentences) {
    if (!/fire|shot|stabb|attack|lunged/i.test(s.text)) continue; // (the cheap test first)
    for (const m of s.text.matchAll(DEFINITE_ATTACKER)) {
      const noun = m[1].toLowerCase().replace(/\s+/g, ' ');
      if (!DEFENDERS.test(noun) && !attackerNouns.has(noun)) attackerNouns.set(noun, s.index);
    }
  }
  for (const c of attackerNouns.size ? ctx.candidates : []) {
    if (c.dropped || !c.harm || !c.subject || c.subject.group === 'perpetrators' || c.quantity.kind !== 'implicit') continue;
    const noun = /^the\s+(.+)$/i.exec(c.quantity.text)?.[1].toLowerCase().replace(/\s+/g, ' ');
    const since = noun ? attackerNouns.get(noun) : undefined;
    if (since === undefined || c.sentence.index <= since) continue;
    c.subject = { ...c.subject, group: 'perpetrators' };
    c.tags.push('group.named-attacker');
  }
  // "Villagers fought off the raiders, killing two of them": "them" are the attackers just named
  // ("engaged the hoodlums in a gun duel, and two of them were neutralised": the attackers are
  // the last people named before)
  for (const c of ctx.candidates) {
    if (c.dropped || !c.harm || c.subject?.group === 'perpetrators') continue;
    if (!/^\s+of\s+them\b/i.test(c.sentence.text.slice(c.quantity.end))) continue;
    const before = c.sentence.text.slice(Math.max(0, c.quantity.start - 160), c.quantity.start);
    if (!(c.harm.how === 'active' && OBJECT_ATTACKERS_BEFORE.test(before)) && !LAST_NAMED_ATTACKERS.test(before)) continue;
    c.subject = { ...(c.subject ?? { text: 'them', start: c.quantity.end, end: c.quantity.end, noun: 'person' as const }), group: 'perpetrators' };
    c.tags.push('group.attackers-of-them');
  }
  // ("One of them was shot dead by soldiers", when "they" are the ones who attacked: "Three men
  // who attacked a checkpoint ...")
  for (const c of ctx.candidates) {
    if (c.dropped || !c.harm || c.harm.how !== 'passive') continue;
    // ("Two gunmen opened fire ... before both were shot dead by police": "both" are the gunmen)
    const bothAttackers = !c.subject && /^both$/i.test(c.quantity.text)
      && ctx.candidates.some((o) => o.sentence === c.sentence && o.quantity.end <= c.quantity.start && o.subject?.group === 'perpetrators' && o.quantity.best === c.quantity.best);
    if (!c.subject && !bothAttackers) continue;
    // ("The male was shot by police": a person told of by the definite article alone, as police
    // releases do, is a pronoun here)
    const afterHarm = c.sentence.text.slice(c.harm.end);
    const shotByPoliceAfter = AFTER_BEING_SHOT_BY_POLICE.test(afterHarm);
    const pronoun = /^(?:he|she|the\s+(?:male|female|man|woman|individual|subject))$/i.test(c.quantity.text) || c.tags.includes('harm.before-being') || bothAttackers
      || (c.quantity.best === 1 && shotByPoliceAfter);
    const partitive = /^them$/i.test(c.subject?.text ?? '') && /^\s+of\s+them\b/i.test(c.sentence.text.slice(c.quantity.end));
    if (!pronoun && !partitive) continue;
    if (!BY_POLICE.test(afterHarm) && !shotByPoliceAfter) continue;
    if (partitive && !ctx.sentences.some((s) => s.index <= c.sentence.index && THEY_ATTACKED.test(s.text))) continue;
    c.subject = { ...(c.subject ?? { text: c.quantity.text, start: c.quantity.start, end: c.quantity.end, noun: 'person' as const }), group: 'perpetrators' };
    c.tags.push('group.shot-by-police');
  }
  // "Five militants, including the suicide bomber, were killed": fighters whose number holds the
  // bomber are the attackers
  for (const c of ctx.candidates) {
    const whole = c.partOf;
    if (c.dropped || c.subject?.group !== 'perpetrators' || !whole?.subject || whole.dropped || !FIGHTER_GROUPS.has(whole.subject.group)) continue;
    whole.subject = { ...whole.subject, group: 'perpetrators' };
    whole.tags.push('group.holds-attacker');
  }
  // (the sentence scan only matters when some figure counts fighters)
  // (a fighter told with no harm of his own counts too: "another militant ... tried to enter the post")
  if (!ctx.candidates.some((c) => (!c.dropped || c.dropped === 'not.no-harm-word') && c.subject && FIGHTER_GROUPS.has(c.subject.group))) return;
  let attack: { sentence: number; group: string; noun: string; end: number } | null = null;
  for (const s of ctx.sentences) {
    // (the "by" form only in the lede: later it tells of older attacks as often as of this one)
    const m = attackPattern().exec(s.text) ?? (s.index <= 2 ? attackByRe!.exec(s.text) : null);
    const group = m?.groups ? lexicon().victimGroups[m.groups.noun.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (group) { attack = { sentence: s.index, group, noun: stem(m!.groups!.noun), end: m!.index + m![0].length }; break; }
  }
  if (!attack) return;
  // "another militant ... tried to enter the post, but our personnel responded and he was shot
  // dead": a pronoun after the attack in its own sentence is the fighter who attacked
  for (const c of ctx.candidates) {
    if (c.dropped || !c.subject || c.subject.group === 'perpetrators' || c.sentence.index !== attack.sentence || c.quantity.start < attack.end || !/^(?:he|she)$/i.test(c.quantity.text)) continue;
    c.subject = { ...c.subject, group: 'perpetrators' };
    c.tags.push('group.attackers');
  }
  // ("Islamic State militants ambushed a unit of the PMF ..., killing 11 fighters": fighters of
  // another name harmed in the attack's own clause, after it, are the other side's)
  // (and in a headline above it that names the attackers first: "Insurgents ambush militia convoy, kill 14 fighters")
  const headline = ctx.sentences[0] && !/[.!?]["”’]?\s*$/.test(ctx.sentences[0].text) ? ctx.sentences[0].index : -1;
  const attackerNamedBefore = (c: Candidate) => c.sentence.text.slice(0, c.quantity.start).split(/[^\p{L}]+/u).some((w) => w && stem(w) === attack!.noun);
  for (const c of ctx.candidates) {
    if (c.dropped || c.subject?.group !== 'militants' || stem(c.subject.text.split(/\s+/).pop() ?? '') === attack.noun || c.harm?.how !== 'active') continue;
    if (!(c.sentence.index === attack.sentence && c.quantity.start >= attack.end) && !(c.sentence.index === headline && headline < attack.sentence && attackerNamedBefore(c))) continue;
    c.subject = { ...c.subject, group: 'combatants' };
    c.tags.push('group.attacked-fighters');
  }
  // (a headline above the attack's sentence tells of the same people: "2 soldiers, 1 NPA rebel killed in ambush")
  for (const c of ctx.candidates) {
    if (c.dropped || !c.subject || c.subject.group !== attack.group || (c.sentence.index < attack.sentence && c.sentence.index !== headline)) continue;
    // (fighters of another name are other people: "jihadists attacked ... killed 50 militiamen")
    const head = stem(c.subject.text.split(/\s+/).pop() ?? '');
    // (a pronoun of a fighter: "another militant ... tried to enter the post ... he was shot dead")
    if (head !== attack.noun && head !== 'other' && head !== 'them' && !/^(?:he|him|she|her|they)$/.test(head)) continue;
    c.subject = { ...c.subject, group: 'perpetrators' };
    c.tags.push('group.attackers');
  }
}

/** Whether someone else than `c` and the attackers is harmed in the incident. */
function othersHarmed(ctx: DocContext, c: Candidate): boolean {
  // (not a pronoun, which may be the same person: "A woman died of a self-inflicted wound ... She was pronounced dead")
  return ctx.candidates.some((o) => o !== c && !o.dropped && (o.category === 'killed' || o.category === 'wounded') && o.subject?.group !== 'perpetrators'
    && !/^(?:he|she|him|her|his|himself|herself)$/i.test(o.quantity.text) && !SELF_INFLICTED.test(o.sentence.text));
}

function rammingVehicle(ctx: DocContext): string | null {
  if (!/ran\s+over|rammed|ploughed|plowed|drove\s+into|mowed\s+down|ran\s+into|smashed\s+into/i.test(ctx.text)) return null; // (the cheap test first)
  for (const s of ctx.sentences) {
    const m = RAMMING.exec(s.text);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

/** A noun without its plural ending: "militants" and "militant" are one word here. */
function stem(noun: string): string {
  return noun.toLowerCase().replace(/(?:men|man)$/, 'man').replace(/s$/, '');
}
