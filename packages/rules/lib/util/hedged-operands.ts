/**
 * A term of a calculation that its sentence hedges (`ruim € 270.000`, `bijna € 22.000 per school`,
 * `gemiddeld ruim 9.000 bezoekers`) is rounded: a result computed from it is as rough as the term.
 * A reading that takes the hedged number as a term (the total divided back, the mean multiplied
 * back) may therefore miss the stated number by the term's rounding, relatively.
 */

import { dutchNumber, make, mul, type Rational } from './exact-number.js'
import { rounding } from './onderbouwing.js'

const HEDGE_BEFORE = /\b(ruim|bijna|circa|ca\.|ongeveer|zo['’]n|rond)\s+(?:€\s*)?$/iu
const SIDED = /^(?:ruim|bijna)$/u
const PRODUCT = /[×÷]|\bvan\b/u
const SUM = /[+−]|\s-\s/u
const TERM = /(?<![\d.,])\d[\d.]*(?:,\d+)?(?![\d.,]*\d)(?:\s+(?:miljoen|mln|duizend)\b)?/gu

/**
 * The relative slack of a calculation with a hedged term in its sentence: the term's rounding (half
 * a step, a whole one after `ruim` or `bijna`) over the term; 0 without such a term.
 *
 * @param text The prose text.
 * @param index Where the calculation's result stands.
 * @param expression The calculation as shown (`€ 270.000 ÷ 3,5`).
 * @returns The slack, a fraction of the computed value.
 */
export function hedgedTermSlack(text: string, index: number, expression: string): Rational {
  // Only a product or quotient carries a term's rounding over relatively; a sum or difference keeps
  // the exact terms it names (`circa € 11.000` less € 3.750 is still meant as € 7.250).
  if (!PRODUCT.test(expression) || SUM.test(expression)) return make(0n, 1n)
  const from = Math.max(0, text.lastIndexOf('\n\n', index), index - 400)
  const around = text.slice(from, index + 400)
  let slack: Rational = make(0n, 1n)
  for (const term of expression.match(TERM) ?? []) {
    if (term.replace(/\D/gu, '').length < 2 && !/\s/u.test(term)) continue
    for (let at = around.indexOf(term); at >= 0; at = around.indexOf(term, at + 1)) {
      const hedge = HEDGE_BEFORE.exec(around.slice(Math.max(0, at - 14), at))?.[1]?.toLowerCase()
      if (/[\d.,]/u.test(around[at - 1] ?? '') || /^[\d]|^[.,]\d/u.test(around.slice(at + term.length)) || hedge === undefined) continue
      const exact = dutchNumber(term)
      const value = Number(exact.n) / Number(exact.d)
      // Half a step either side after `circa`; a whole step on one side after `ruim` or `bijna`.
      const half = rounding(term, true)
      const share = ((Number(half.n) / Number(half.d)) * (SIDED.test(hedge) ? 2 : 1)) / value
      const ppm = BigInt(Math.ceil(share * 1e6))
      if (ppm * slack.d > slack.n * 1_000_000n) slack = make(ppm, 1_000_000n)
    }
  }
  return slack
}

/** The slack in absolute terms for a computed value. */
export const slackOf = (computed: Rational, slack: Rational): Rational => {
  const abs = computed.n < 0n ? make(-computed.n, computed.d) : computed
  return mul(abs, slack)
}
