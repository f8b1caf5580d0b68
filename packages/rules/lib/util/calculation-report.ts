/**
 * The one message for a calculation in prose that does not come out, shared by the rule that
 * checks written-out calculations and the rule that checks readings of a sentence.
 */

import type { RuleContext } from '../rule.js'
import { approxWordBefore } from './approx-products.js'
import { hedgedTermSlack, slackOf } from './hedged-operands.js'
import { hitLocation } from './joined-text-location.js'
import { readingText } from './asides.js'
import { add, beyond, mul, number, sub, type Equation, type Rational } from './onderbouwing.js'
import { resultUnitFactor, UNIT_FACTORS } from './result-units.js'

/** Whether the stated result is the computation in euros of terms written in thousands or millions. */
const inLargerUnit = (e: Equation, tolerance: Rational): boolean => UNIT_FACTORS.some((f) => !beyond(mul(e.computed, f), e.stated, tolerance))

const ROUNDED_BEFORE = /\b(?:circa|ca\.|ongeveer|ruim|bijna|zo['’]n|rond|afgerond|naar\s+schatting)\s*(?:€\s*)?$/iu
// A computation exactly half a rounding step from its result (`2 × € 72.500` for `€ 150.000`) is a
// round number itself, one digit longer than the result: a writer who had it would write it, not
// round it away. Only for an integer computation and a result that writes no rounding word.
function atMidpoint(text: string, e: Equation, extra: Rational): boolean {
  if (extra.n !== 0n || ROUNDED_BEFORE.test(text.slice(Math.max(0, e.index - 16), e.index)) || e.computed.d !== 1n || e.stated.d !== 1n || e.tolerance.d !== 1n || e.tolerance.n < 5n) return false
  const gap = e.computed.n > e.stated.n ? e.computed.n - e.stated.n : e.stated.n - e.computed.n
  const digits = (n: bigint): number => n.toString().replace(/0+$/u, '').length
  return gap === e.tolerance.n && digits(e.computed.n < 0n ? -e.computed.n : e.computed.n) <= digits(e.stated.n < 0n ? -e.stated.n : e.stated.n) + 1
}

// `ruim € 210.000` for 214.300, `bijna € 0,5 miljoen` for 476.000: a word that puts the result on one
// side of the calculation holds when the calculation lies on that side, close to it (`bijna € 64.000`
// for 60.000, `ruim € 410.000` for 462.000, `bijna 90.000` for 83.400 do not).
function sidedHolds(text: string, e: Equation): boolean {
  const word = approxWordBefore(text, e.index)
  if (word !== 'ruim' && word !== 'bijna' && word !== 'nagenoeg') return false
  const gap = sub(e.computed, e.stated)
  const above = word === 'ruim' ? gap : sub(ZERO, gap)
  // The stated value of a result after `ruim` or `bijna` is already moved by its rounding step
  // towards the calculation; beyond that, a fortieth of it, not another step: `bijna 90.000` for
  // 83.400 names the wrong ten-thousand (`ruim 80.000` was meant).
  const fortieth = mul(e.stated, { n: 1n, d: 40n })
  return above.n >= 0n && !beyond(above, ZERO, fortieth)
}
const ZERO: Rational = { n: 0n, d: 1n }

/**
 * Report a calculation whose result lies beyond its rounding (plus an extra tolerance).
 *
 * @param context The rule context.
 * @param pointer The pointer of the prose text.
 * @param text The prose text.
 * @param e The calculation found in it.
 * @param extra Extra allowed difference (optional; default: none).
 */
export function reportCalculation(context: RuleContext, pointer: string, text: string, e: Equation, extra: Rational = { n: 0n, d: 1n }): void {
  // A hedged term (`ruim € 270.000 (3,5 fte tegen € 78.000 per fte)` read back as a quotient) is as rough as its hedge.
  const slack = hedgedTermSlack(text, e.index, e.expression)
  const tolerance = add(add(e.tolerance, extra), slack.n === 0n ? slack : slackOf(e.computed, slack))
  const read = readingText(text)
  if ((!beyond(e.computed, e.stated, tolerance) && !atMidpoint(read, e, extra)) || inLargerUnit(e, tolerance) || sidedHolds(read, e)) return
  const location = hitLocation(context.file, pointer, text, e.index, e.result.length)
  const outcome = number(mul(e.computed, resultUnitFactor(e)))
  context.report(`Berekening \`${e.expression} = ${e.result}\` klopt niet: de uitkomst is \`${outcome}\`; herstel de berekening of de uitkomst`, {
    pointer,
    ...(location ? { location } : {}),
    actual: e.result,
    expected: [outcome],
    ...(e.likely ? { warning: true } : {})
  })
}
