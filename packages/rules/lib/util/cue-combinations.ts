/**
 * The combination a result cue implies over the quantities before the result, for
 * `sentence-arithmetic`: a sum, the rest of a whole after its parts, the difference of two levels,
 * a mean (a total over a count, or of a list) or a product.
 */

import { add, div, make, sub } from './exact-number.js'
import { real, sameKind, sameNoun, type Quantity } from './sentence-quantities.js'
import type { Cue } from './result-cues.js'
import { countsUnit, impliedProduct, type Implied } from './implied-products.js'
import { WEIGHTED } from './listed-means.js'

/** The combination a cue implies, over the operands of the result's kind. */
export function imply(text: string, sentenceStart: number, cue: Cue, r: Quantity, all: Quantity[], same: Quantity[], wholeBefore: Quantity[]): Implied | undefined {
  const show = (qs: Quantity[], op: string): string => qs.map((q) => q.text).join(` ${op} `)
  // Amounts per a unit that the sentence counts (`Per leerling € 95 voor boeken en € 35 voor vervoer;
  // voor 260 leerlingen is dat samen …`): their sum per unit times the count.
  const perCounted = cue === 'sum' && !r.per && same.length >= 2 && same.every((q) => q.per && q.per === same[0]!.per) ? impliedProduct(text, r, all) : undefined
  if (perCounted) return perCounted
  if (cue === 'sum' && same.length >= 2) return { value: same.map((q) => q.value).reduce(add), expression: show(same, '+'), terms: same }
  if (cue === 'rest') {
    // The last whole with parts after it: two levels before a rest (`bracht € … op, terwijl … € … kostte.
    // Er bleef … over`) are the whole and its part, not a whole with nothing taken from it.
    const wholes = wholeBefore.filter((q) => sameKind(q, r))
    const partsAfter = (w: Quantity | undefined): Quantity[] => same.filter((q) => q !== w && q.index > (w?.index ?? 0))
    const whole = wholes.findLast((w) => partsAfter(w).length > 0) ?? wholes.at(-1) ?? same[0]
    const parts = partsAfter(whole)
    if (!whole || parts.length === 0) return undefined
    return { value: parts.reduce((v, q) => sub(v, q.value), whole.value), expression: show([whole, ...parts], '−'), terms: [whole, ...parts] }
  }
  if (cue === 'diff') return change(text, same)
  if (cue === 'mean') return mean(text, sentenceStart, r, all, same)
  // Two or more plain quantities of the result's kind joined by `en` before a verb of outcome (`Met 33 plekken
  // aan de Havenweg en 21 via de corporatie komen we op …`): no rate to multiply, so their sum.
  if (cue === 'product') return impliedProduct(text, r, all) ?? joinedSum(text, r, same)
  return undefined
}

// The difference of two levels: the pair after `van … naar`, or the only two of the result's kind.
function change(text: string, same: Quantity[]): Implied | undefined {
  const levels = same.filter((q) => !q.share)
  const from = levels.findIndex((q) => /\bvan\s+(?:€\s*)?$/i.test(text.slice(Math.max(0, q.index - 8), q.index)))
  const pair = from >= 0 && levels[from + 1] && /\bnaar\b/i.test(text.slice(levels[from]!.end, levels[from + 1]!.index)) ? [levels[from]!, levels[from + 1]!] : levels.length === 2 ? levels : undefined
  if (!pair) return undefined
  const [a, b] = [pair[0]!.value, pair[1]!.value]
  const gap = sub(b, a).n < 0n ? sub(a, b) : sub(b, a)
  return { value: gap, expression: real(b) >= real(a) ? `${pair[1]!.text} − ${pair[0]!.text}` : `${pair[0]!.text} − ${pair[1]!.text}`, terms: pair }
}

// A number a comparison bounds (`ouder dan 70`, `meer dan 12`): no quantity of the sum.
const BOUND = /\b(?:ouder|jonger|meer|minder|groter|kleiner|hoger|lager|langer|korter)\s+dan\s+$/iu

// A sentence that opens by pointing back at a group just named, and one about all of them.
const POINTS_BACK = /^\s*(?:zij|ze|die|deze|daar|samen\s+(?:bieden|hebben|tellen))\b/iu
const ALL = /\b(?:alle|allemaal|in\s+totaal)\b/iu

// A mean: the total over the count named after `per`, or the mean of a list of three or more.
function mean(text: string, sentenceStart: number, r: Quantity, all: Quantity[], same: Quantity[]): Implied | undefined {
  // A weighted mean (`gewogen naar het aantal leden gemiddeld 7,8`) is no plain mean of the values.
  if (WEIGHTED.test(text.slice(sentenceStart, r.index))) return undefined
  if (r.per) {
    // Two counts of the noun after `per` (`6 wijken`, `de 2 oudste wijken`): which one, the sentence does not say.
    const counts = all.filter((q) => countsUnit(q, r.per))
    // A whole and its part counted (`Van de 40 scholen hebben er 12 …`): a result sentence that points
    // back (`Zij`, `Die`, `Deze`) is about the part, one about `alle` of them about the whole.
    const pick = counts.length === 2 ? (POINTS_BACK.test(text.slice(sentenceStart, r.index)) ? counts[1] : ALL.test(text.slice(sentenceStart, r.index)) ? counts[0] : undefined) : counts[0]
    const count = pick ?? counts[0]
    // (Not a bound: `ouder dan 70`.)
    const totals = same.filter((q) => (pick ? !counts.includes(q) : q !== count) && !q.per && !BOUND.test(text.slice(Math.max(0, q.index - 16), q.index)))
    if (count && (counts.length === 1 || pick) && totals.length === 1) return { value: div(totals[0]!.value, count.value), expression: `${totals[0]!.text} ÷ ${count.text}`, terms: [totals[0]!, count] }
    // A count of the periods beside a list of three or more (`in de eerste drie jaar 140, 165 en 190`) counts its items.
    if (counts.length > 0 && totals.length < 3) return undefined
  }
  // The mean of a list (`140, 165 en 190 huishoudens, gemiddeld 175 per jaar`); a count in words
  // beside it (`in de eerste drie jaar`) counts the items, it is none of them.
  const list = same.filter((q) => !q.per && /\d/.test(q.text) && !(r.per && q.unit && q.unit.split(' ').some((u) => sameNoun(u, r.per))))
  if (list.length < 3) return undefined
  return { value: div(list.map((q) => q.value).reduce(add), make(BigInt(list.length), 1n)), expression: `(${list.map((q) => q.text).join(' + ')}) ÷ ${list.length}`, terms: list }
}

// `komen we op`, `komt de vereniging uit op`: a verb of outcome right before the result.
const COMES_TO = /\b(?:komt|komen|kwam|kwamen|uitkomen|uitkomt)\s+(?:[\p{L}-]+\s+){0,4}?(?:uit\s+)?op\s+(?:(?:circa|ongeveer|ruim|bijna)\s+)?(?:€\s*)?$/iu
// The words between two joined terms: a clause of what the first is, then `en` (no other number between).
const JOINED = /^[^\d.;:!?]*\ben\s+(?:[^\d.;:!?]*\s)?$/iu

function joinedSum(text: string, r: Quantity, same: Quantity[]): Implied | undefined {
  const terms = same.filter((q) => !q.per && !q.share && q.index < r.index)
  if (terms.length < 2 || !COMES_TO.test(text.slice(terms.at(-1)!.end, r.index))) return undefined
  if (!terms.every((q, i) => i === 0 || JOINED.test(text.slice(terms[i - 1]!.end, q.index)))) return undefined
  return { value: terms.map((q) => q.value).reduce(add), expression: terms.map((q) => q.text).join(' + '), terms }
}
