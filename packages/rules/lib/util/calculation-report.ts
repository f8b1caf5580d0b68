/**
 * The one message for a calculation in prose that does not come out, shared by the rule that
 * checks written-out calculations and the rule that checks readings of a sentence.
 */

import type { RuleContext } from '../rule.js'
import { hitLocation } from './joined-text-location.js'
import { add, beyond, number, type Equation, type Rational } from './onderbouwing.js'

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
  if (!beyond(e.computed, e.stated, add(e.tolerance, extra))) return
  const location = hitLocation(context.file, pointer, text, e.index, e.result.length)
  context.report(`Berekening \`${e.expression} = ${e.result}\` klopt niet: de uitkomst is \`${number(e.computed)}\`; herstel de berekening of de uitkomst`, {
    pointer,
    ...(location ? { location } : {}),
    actual: e.result,
    expected: [number(e.computed)]
  })
}
