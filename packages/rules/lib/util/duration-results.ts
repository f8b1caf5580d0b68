/**
 * A written calculation whose terms are in one duration and whose result is in another:
 * `1.150 × 15 minuten = 345 uur` multiplies minutes and states hours. Read as bare numbers the
 * result is some fifty times off and taken for a misreading; converted, the product is the one
 * the text means (`1.150 × 15 ÷ 60 = 287,5`), right or wrong.
 */

import { mul } from './exact-number.js'
import type { Equation } from './onderbouwing.js'
import { durationFactor, isDuration, showRatio } from './unit-scales.js'

// The word right after a number: its unit.
const WORD_AFTER = /^\s*(\p{L}+)/u
// How far before its result a written calculation's terms may stand.
const REACH = 160

/**
 * The calculation in the result's duration, when exactly one of its terms is written in another
 * duration (`15 minuten`) and the result names its own (`345 uur`); else the calculation as it is.
 *
 * @param text The text the calculation was read from.
 * @param e The calculation.
 * @returns The converted calculation, or `e`.
 */
export function inResultDuration(text: string, e: Equation): Equation {
  const to = WORD_AFTER.exec(text.slice(e.index + e.result.length, e.index + e.result.length + 20))?.[1]
  if (!to || !isDuration(to)) return e
  // Each term's unit where it stands last before the result.
  const before = text.slice(Math.max(0, e.index - REACH), e.index)
  const units = (e.expression.match(/\d[\d.,]*/gu) ?? []).map((term) => {
    const at = before.lastIndexOf(term)
    return at < 0 ? undefined : WORD_AFTER.exec(before.slice(at + term.length, at + term.length + 20))?.[1]
  })
  const from = units.filter((u): u is string => u !== undefined && isDuration(u))
  if (from.length !== 1) return e
  const factor = durationFactor(from[0]!, to)
  if (!factor || factor.n === factor.d) return e
  return { ...e, computed: mul(e.computed, factor), expression: `${e.expression}${showRatio(factor)}` }
}
