/**
 * A number of times something happens, the price of one time, and a total: "de schouw houden we
 * drie keer per jaar; elke ronde kost € 2.200, samen € 6.600 per jaar". The price is for one
 * occurrence (`een`, `elke`, `per` and a noun), the count is `N keer` or `N maal`.
 */

import { parseNumberWord } from '@kapstok/nl'
import { AMOUNT, NUMBER } from './amount-change.js'
import { dutchNumber, mul, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'

const TIMES = new RegExp(
  String.raw`\b(\d+|\p{L}+)\s+(?:keer|maal)\b([^€.!?]{0,50}?)[;,:]\s*(?:een|elke|iedere|per)\s+[\p{L}-]+\s+(?:kost|kosten|bedraagt)\s+(?:gemiddeld\s+)?${AMOUNT}\s*,?\s*(?:(?:dat\s+is\s+)?(?:samen|in\s+totaal|bij\s+elkaar))\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?€\s*(${NUMBER})(?![\d%])`,
  'giu'
)
const TWO: Rational = { n: 2n, d: 1n }
// TIMES cannot match without `keer` or `maal` and a euro sign; most paragraphs lack them and are
// spared the pattern, which tries a word and a count at every letter.
const TIMES_WORD = /\s(?:keer|maal)\b/iu

/**
 * Every `N keer …; een X kost € P, samen € T`: T should be N times P.
 *
 * @param text A prose text.
 * @returns The products as equations, with the rounding of the total as tolerance.
 */
export function occurrenceProducts(text: string): Equation[] {
  const out: Equation[] = []
  if (!text.includes('€') || !TIMES_WORD.test(text)) return out
  for (const m of text.matchAll(TIMES)) {
    const [all, count = '', , price = '', approx, total = ''] = m
    const n = /^\d/.test(count) ? Number(count) : /^een$/iu.test(count) ? undefined : parseNumberWord(count.toLowerCase())
    if (!n || n < 2) continue
    const computed = mul(dutchNumber(price), { n: BigInt(n), d: 1n })
    const stated = dutchNumber(total)
    // A total far from the product is of something else (`twee keer een markt; een kraam kost € 50, samen € 2.000`).
    if (sub(stated, mul(computed, TWO)).n > 0n || sub(computed, mul(stated, TWO)).n > 0n) continue
    out.push(proseEquation(`${n} × ${price}`, computed, { text: total, value: stated, index: m.index + all.lastIndexOf(total) }, Boolean(approx)))
  }
  return out
}
