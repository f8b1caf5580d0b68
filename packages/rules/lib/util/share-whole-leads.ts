/**
 * A share whose whole is led in after its part: `Er vielen 12 lessen uit; bij 80 lessen is dat
 * 15 procent.`, `Het abonnement bracht € 30.000 op. Tegenover € 40.000 aan kosten is dat een
 * dekking van 75 procent.` The count after `bij`, `op`, `tegenover` (also `op een rooster van`)
 * is the whole; the part is a smaller count of the same thing (the same noun, measure, or both
 * euro) before it in the sentence or in the sentence before. Whatever the rate is called
 * (dekking, uitval, bezetting …), it is that part of that whole. Used by `share-claims` when no
 * other reading finds the numbers.
 */
import { AMOUNT_BEFORE, countedIn, ownIndexes, type PairReading } from './share-any-pair.js'
import { measureForm, namesNoun, wordAfter } from './share-named-wholes.js'
import { closestWithinTwo } from './share-tolerance.js'

// Right before the whole: a preposition that sets a count against another (`bij 80 lessen`, `op een rooster van 80
// lessen`, `tegenover € 40.000`), with an approximation or the euro sign between.
const WHOLE_LEAD = /\b(?:bij|op|tegenover)\s+(?:(?:een|het|de|ons|onze)\s+(?:[\p{L}-]+\s+){1,2}van\s+)?(?:(?:ruim|bijna|circa|ongeveer|in\s+totaal)\s+)?(?:(?:€|euro)\s*)?$/iu
// After the whole only words, up to the share that closes the clause: no other number may come between.
const NO_NUMBER = /^[^\d%]*$/u
// The share closes its clause: nothing but `van de <noun>` may follow.
const CLOSES = /^(?:\s+van\s+(?:de|het|alle)\s+[\p{L}-]+)?\s*[.;,)]?\s*$/u

interface Counted {
  text: string
  value: number
  /** `€`, a measure in one spelling, or the noun after the count. */
  unit: string
  /** Where it stands in its text. */
  at: number
}

// The counts of a text with what they count, in order.
function countsWithUnits(text: string, numbersOf: (text: string) => string[]): Counted[] {
  // Each count at its own place, not inside a year or a larger number that holds its digits (`20` in `2020`).
  const counted = countedIn(text, numbersOf)
  const places = ownIndexes(text, counted)
  return counted.flatMap((n, i) => {
    const at = places[i] ?? -1
    if (at === -1) return []
    const unit = AMOUNT_BEFORE.test(text.slice(0, at)) ? '€' : measureForm(wordAfter(text, n.text, at))
    return [{ ...n, unit, at }]
  })
}

// Two counts of one thing: both euro, one measure, or one noun (a compound ending in the other: `lessen`, `taallessen`).
function sameThing(a: string, b: string): boolean {
  if (a === '' || b === '') return false
  if (a === '€' || b === '€') return a === b
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return namesNoun(long, short)
}

/**
 * The reading of a share whose clause closes on a whole led in by `bij`, `op` or `tegenover`.
 *
 * @param before The share's sentence up to the share.
 * @param after The share's sentence after the share.
 * @param previous The sentence before it in the same paragraph ('' when none).
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @param judge Whether a percentage fits the share as written.
 * @param stated The percentage the share says.
 * @returns The fitting part of that whole, else the closest; undefined without such a whole and part.
 */
export function wholeLedShare(before: string, after: string, previous: string, numbersOf: (text: string) => string[], judge: (actual: number) => boolean, stated: number): PairReading | undefined {
  if (!CLOSES.test(after)) return undefined
  const own = countsWithUnits(before, numbersOf)
  const whole = own.at(-1)
  if (!whole || !WHOLE_LEAD.test(before.slice(0, whole.at)) || !NO_NUMBER.test(before.slice(whole.at + whole.text.length))) return undefined
  // The part: a smaller count of the same thing, first in the clause before the whole, else in the sentence before.
  const inClause = own.slice(0, -1)
  const candidates = (inClause.length > 0 ? inClause : countsWithUnits(previous, numbersOf)).filter((c) => c.value < whole.value && sameThing(c.unit, whole.unit))
  const readings = candidates.map((c) => ({ actual: (c.value / whole.value) * 100, basis: `${c.text} van ${whole.text}` }))
  const fitting = readings.find((r) => judge(r.actual))
  if (fitting) return fitting
  return closestWithinTwo(readings, stated)
}
