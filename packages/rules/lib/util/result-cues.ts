/**
 * The cues that make a number of a sentence a result, for the sentence-level fallback
 * (`sentence-arithmetic`): a word right after it (`650 leden minder`, `€ 25.000 overblijft`), a
 * word closing the stretch before it (`, in totaal`, `een daling van`, `ofwel`), or a difference
 * named as the subject of a sentence that opens with it (`Het overschot bedraagt dan`).
 */

import type { Quantity } from './sentence-quantities.js'

export type Cue = 'sum' | 'diff' | 'rest' | 'mean' | 'product'

// A moment before the result's (`dan nu`, `dan in januari`, `dan aan het begin van het jaar`, `dan een
// jaar eerder`, `dan in het eerste kwartaal`, `dan bij de vorige meting`, `dan het jaar ervoor`, `dan in het
// peiljaar`): a comparative against it is a change of the same measure, not against another one. Only a
// time or a measurement follows `eerste`/`vorige` (`dan in het vorige plan` compares with another text).
const EARLIER = String.raw`(?:nu|voorheen|vroeger|eerst|toen|destijds|daarvoor|ervoor|vorig\p{L}*|(?:een|twee|drie|vier|vijf|zes|tien|\d+)\s+jaar(?:\s+(?:eerder|geleden|terug))?|(?:in|op|per|begin|eind|medio)\s+(?:\d{1,2}\s+)?(?:(?:19|20)\d{2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|aan\s+het\s+(?:begin|eind|einde)|bij\s+(?:de\s+)?(?:start|begin|aanvang)|(?:in\s+|bij\s+)?(?:het|de)\s+(?:eerste|vorige|voorgaande)\s+(?:jaar|maand|kwartaal|week|dag|periode|seizoen|meting|telling|peiling|ronde)|(?:in\s+|bij\s+)?(?:het|de)\s+(?:start|basis|begin|peil|nul|referentie)(?:jaar|situatie|meting|moment|waarde|niveau|punt)|(?:in\s+)?het\s+jaar\s+(?:daarvoor|ervoor))\b`
// A cue right after the result: `650 leden minder`, `er 215 meer`, `€ 25.000 overblijft`.
const AFTER: Array<[RegExp, Cue]> = [
  // Also a comparative of the measure: `vier weken korter`, `€ 200 lager`, `zes dagen eerder`, `3 meter breder`,
  // `8 centimeter dikker`; with `dan` only
  // against the level before (`lager dan nu`), not against another measure.
  [new RegExp(String.raw`^\s*(?:[\p{L}³]+\s+){0,2}?(?:meer|minder|korter|langer|lager|hoger|kleiner|groter|sneller|eerder|later|goedkoper|duurder|breder|smaller|dieper|ondieper|dikker|dunner|zwaarder|lichter|warmer|kouder|koeler)\b(?!\s+dan\b(?!\s+${EARLIER}))`, 'iu'), 'diff'],
  [/^\s*(?:[\p{L}³]+\s+){0,2}?(?:overblijft|overblijven|over(?=\s*[,.;:]|$))/iu, 'rest'],
  // `is € 196.000 nodig`: what a count at a price needs; `is € 14,70 kwijt`: what it costs someone.
  [/^\s*(?:[\p{L}³]+\s+){0,2}?(?:nodig|kwijt)\b/iu, 'product']
]
// A cue between the previous quantity and the result: `, in totaal € 260.000`, `een daling van 530`.
const BEFORE: Array<[RegExp, Cue]> = [
  [/\b(?:resteert|resteren|resteerde|restant|rest|blijft|blijven|bleef|bleven)\b/iu, 'rest'],
  // The adjective of what is left right before the result (`de resterende 45`, `de overige € 9.000`).
  // Also with the noun of what is left and `van` (`de resterende achterstand van € 4,3 miljoen`).
  [/\b(?:de|het)\s+(?:resterende|overige|overgebleven|overblijvende)\s+(?:\p{L}{3,}\s+van\s+)?(?:€\s*)?$/iu, 'rest'],
  // `per saldo` before a result: the balance of the two levels before it (`bracht … op. Daar stonden … tegenover, zodat … per saldo € …`).
  [/\b(?:stijging|daling|toename|afname|groei|verschil|verhoging|verlaging|vermindering|per\s+saldo|(?:scheelt|scheelde)\s+(?:het|dat|dit))\b/iu, 'diff'],
  [/\bgemiddeld(?:e)?\b/iu, 'mean'],
  // (`cumulatief`: a running total over the years; `tellen op tot`: the sum of the amounts before.)
  [/\b(?:in\s+totaal|samen|totaal|opgeteld|gezamenlijk|bij\s+elkaar|cumulatief|(?:telt|tellen|telde|telden)\s+op\s+tot|zodat\s+(?:het|er|we)\b)/iu, 'sum'],
  // What someone pays or receives for a count at a rate: `betaalt het rijk elke school € …`.
  [/\b(?:betaalt|betalen|betaalde|ontvangt|ontvangen|ontving)\s+(?:[\p{L}]+\s+){0,4}?(?:€\s*)?$/iu, 'product'],
  [/\b(?:op\s+jaarbasis|dus|dat\s+is|dit\s+is|dat\s+zijn|(?:is|zijn)\s+dat|omgerekend|ofwel|oftewel|neer\s+op|goed\s+voor|(?:dat|dit|wat)\s+(?:vraagt|vergt)|kost(?:en|te)?\s+(?:dat|dit|het)|rekenen\s+(?:we|wij)\s+(?:\p{L}+\s+){0,2}?(?:met|op)|(?:komt|komen|kwam|kwamen)\s+(?:[\p{L}-]+\s+){0,4}?(?:uit\s+)?op)\b/iu, 'product']
]
// The noun of a difference as the subject of a result that opens its sentence (`Het overschot valt
// daarmee uit op € …`, `Per saldo is het nadeel € …`): the two levels stand in the sentence before.
const DIFFERENCE_NOUN = /\b(?:tekort|overschot|saldo|resultaat|verschil|gat|nadeel|voordeel)\b/iu
// A change written after the two levels and a colon or dash: `in 2025 nog 11: vier minder`, `57 in
// 2025: elf erbij`. (`erbij` elsewhere, `met die 480 erbij`, adds a term.)
const ADDED_AFTER_LEVELS = /^\s*(?:[\p{L}³]+\s+){0,2}?(?:erbij|eraf)\b/iu
// After a comma only when it closes its sentence: `van 204 in 2022 naar 232 begin 2026, 38 vrijwilligers erbij.`
const ADDED_CLOSING = /^\s*(?:[\p{L}³]+\s+){0,2}?(?:erbij|eraf)\s*(?:[.!?]|$)/iu
// A word that joins a term to another, in the clause of the quantity just before the result; it may
// open the clause (`Opgeteld bij de € 640.000 van het Rijk kwam de bijdrage van € 185.000 uit op …`).
const JOINED_TERM = /\b(?:samen\s+met|opgeteld\s+bij|plus)\s+(?:[^.;:!?]|\.(?=\d))*$/iu
// A verb of outcome right before the result, with nothing but its subject between (`kwam de
// aanleg uit op`, `komt het totaal op`, `is dat`, `bedroeg het geheel`).
// The verb may stand before the last term, its particle after it (`kwam de bijdrage van € … uit op`).
const OUTCOME = /^(?:\s*uit\s+op|[^.:!?\d€]*\b(?:(?:komt|komen|kwam|kwamen)\s+(?:[\p{L}-]+\s+){0,4}?(?:uit\s+)?op|(?:is|was|zijn|waren|bedraagt|bedroeg)\s+(?:dat|dit|het\s+geheel|het\s+totaal|de\s+som)|(?:dat|dit)\s+(?:is|was|geeft|gaf|maakt|maakte)))\s+(?:\p{L}+\s+){0,2}?(?:€\s*)?$/iu
const RATE_THEN_RESULT = /^\s*per\s+\p{L}+\s*$/iu
const COST_VERB = /\b(?:kost|kosten|kostte|betaalt|betalen|levert|leveren)\b[^.;:!?]*$/iu
// `Daarvan`, `hiervan`: the whole of a rest stands before it (often in the sentence before).
export const OF_IT = /\b(?:daarvan|hiervan)\b/i
// Units that count periods: `vier jaar`, `drie kwartalen`, `zes weken`.
export const PERIODS = /^(?:jaar|jaren|maand|maanden|kwartaal|kwartalen|week|weken|dag|dagen)\b/u

// The cue that makes a quantity a result, if any.
export function cueOf(text: string, r: Quantity, from: number, sentenceStart: number): Cue | undefined {
  const after = text.slice(r.end, r.end + 40)
  for (const [re, cue] of AFTER) if (re.test(after)) return cue
  const before = text.slice(from, r.index)
  if (ADDED_AFTER_LEVELS.test(after) && (/[:;–—]\s*$/u.test(before) || (/,\s*$/u.test(before) && ADDED_CLOSING.test(after)))) return 'diff'
  // A difference named as the subject, with no quantity before the result in its sentence; not
  // when the result is a level the noun changes from (`Het tekort loopt op van € … naar …`).
  // A year of its own the sentence before does not name (`Het tekort van 2025 was …`) dates another difference.
  const earlier = text.slice(Math.max(0, sentenceStart - 300), sentenceStart)
  const ownYears = (before.match(/\b(?:19|20)\d{2}\b/g) ?? []).every((y) => earlier.includes(y))
  // The noun may open a later clause of the sentence (`…; het tekort van € … dekken we uit …`), and
  // `van` before the result names its size unless a `naar` or `tot` makes it a level it changes from.
  const clauseAt = sentenceStart + Math.max(0, text.slice(sentenceStart, r.index).lastIndexOf(';') + 1)
  const changesFrom = /\bvan\s+(?:€\s*)?$/iu.test(before) && /^[^.;]*?\b(?:naar|tot)\b/iu.test(text.slice(r.end, r.end + 80))
  const opens = from === sentenceStart || (from <= clauseAt && DIFFERENCE_NOUN.test(text.slice(clauseAt, r.index)))
  if (opens && ownYears && DIFFERENCE_NOUN.test(before) && !changesFrom) return 'diff'
  // `daarvan is 4,6 km gereed en moet 5,8 km nog …`: after `daarvan`, what is still to come is the rest.
  if (OF_IT.test(text.slice(sentenceStart, r.index)) && (/\bnog\s+(?:\p{L}+\s+)?$/iu.test(before) || /^\s*(?:[\p{L}³]+\s+){0,2}?nog\b/iu.test(after))) return 'rest'
  // The cue must close the stretch before the result (`, in totaal € 260.000`), not open a clause far back.
  const tail = before.slice(-45)
  // A term joined to the one before it (`samen met € 84.000 aan advieskosten`, `opgeteld bij`, `plus`)
  // and a verb of outcome closing the clause (`kwam de renovatie uit op`): the result is their sum,
  // however far the joining word stands from it.
  if (JOINED_TERM.test(text.slice(sentenceStart, from)) && OUTCOME.test(before)) return 'sum'
  for (const [re, cue] of BEFORE) if (re.test(tail)) return cue
  if (percentComesTo(text, r, before, sentenceStart, from)) return 'product'
  // A rate right before an amount, after a verb of cost (`Een les kost bij 9 deelnemers € 12 per
  // deelnemer € 108`): the amount is what the rate comes to.
  if (RATE_THEN_RESULT.test(before) && COST_VERB.test(text.slice(sentenceStart, from))) return 'product'
  return undefined
}

// A result set off right after the base of a percentage in its clause, by a comma or colon (after at most a noun:
// `8% premie: € …`) or a verb of outcome: `3% over de subsidie van € 2,4 mln, € 72.000`, `… 2,5% over het budget van
// € 1,2 mln bedraagt € 30.000`, `Over de loonsom van € 3 mln betalen we 8% premie: € 240.000`.
// Or an apposition that names the result after a comma (`35% van het saldo in de reserve, een dotatie van € 0,82 miljoen`).
const SET_OFF = /^[^.;:!?\d€]*,\s*(?:een|de|het)\s+[\p{L}-]+\s+van\s+(?:€\s*)?$|^\s*(?:[\p{L}-]+\s*)?[,:]\s*(?:€\s*)?$|^\s+(?:is|bedraagt|bedroeg|levert|leverde|geeft|gaf|brengt|bracht)\s+(?:€\s*)?$/iu
// The percentage of a base in the clause: `P% van|over … <number>`, or `over … <number> … P%`.
const PERCENT_OF_BASE = /\p{N}\s?(?:%|procent\b)[^.;:!?]*?\b(?:van|over)\s+(?:[\p{L}-]+\s+){0,5}?(?:€\s*)?\d|\b(?:twintig|tien|vijf|dertig|veertig|vijftig)\s+procent\s+(?:van|over)\s+(?:[\p{L}-]+\s+){0,5}?(?:€\s*)?\d|\bover\s+(?:[\p{L}-]+\s+){0,5}?(?:€\s*)?\d[^.;:!?]*?\d\s?(?:%|procent\b)/iu
// The result closes its clause (`… , € 72.000.`, `levert € 420.000 op.`): no rate or noun of another kind follows.
const PERCENT_CLOSING = /\d\s?(?:%|procent)\s*$/u
const OF_NOUN = /^\s*(?:procent\s+)?van\s+(?:het|de)\s+\p{L}{4,}/iu
const CLAUSE_CLOSES = /^\s*(?:op\s*)?(?:[.;]|$)/u

function percentComesTo(text: string, r: Quantity, before: string, sentenceStart: number, from: number): boolean {
  const clause = text.slice(sentenceStart, from)
  // (Or the base named by its noun right after the percentage, its amount in the sentence before: `40% van het saldo`.)
  const named = PERCENT_CLOSING.test(clause) && OF_NOUN.test(before)
  return SET_OFF.test(before) && CLAUSE_CLOSES.test(text.slice(r.end, r.end + 10)) && (named || PERCENT_OF_BASE.test(clause.slice(clause.lastIndexOf(';') + 1)))
}
