/**
 * A calculation a paragraph does twice: one sentence whose two numbers multiply exactly to its
 * third (`Voor 2027 komen we uit op 46.151.250 eenheden; met de factor van 1,600 is dat € 73.842.000`)
 * and a later sentence with numbers of the same kinds (euros or not) in the same order (`Voor 2028 rekenen we
 * met 46.010.000 eenheden en een factor van 1,618, samen € 74.915.000`). The first shows which
 * numbers multiply into which, whatever their units; the second must hold the same way. Strong
 * because the model holds to the last digit of a result of four or more significant digits, which
 * three numbers rarely do by chance.
 */

import { mul, type Rational } from './exact-number.js'
import { beyond, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { sentenceStarts } from './rate-products.js'
import { quantities, real, type Quantity } from './sentence-quantities.js'

// A result this far from the product measures something else: the model's pattern no longer applies.
const BAND = 0.3
const PARAGRAPH = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g
// A word that adds to or bounds the product: the result is then no bare product.
const OTHER = /\b(?:plus|inclusief|exclusief|waarvan|maximaal|minimaal|ruim|bijna|circa|ongeveer|afgerond)\b/iu

// What kind of number it is: euros or not (the word after a count is too often a verb to tell its noun).
const kind = (q: Quantity): string => (q.unit === '€' ? '€' : '')
// Significant digits of a result as written.
const digits = (q: Quantity): number => q.text.replace(/\D/gu, '').replace(/^0+/u, '').replace(/0+$/u, '').length

interface Triple {
  factors: [Quantity, Quantity]
  result: Quantity
  kinds: string
}

function tripleOf(sentence: string, offset: number): Triple | undefined {
  if (OTHER.test(sentence)) return undefined
  const qs = quantities(sentence, offset)
  if (qs.length !== 3 || qs.some((q) => q.unit === '%' || q.share || q.per || q.approx)) return undefined
  const [a, b, c] = qs as [Quantity, Quantity, Quantity]
  // A factor of 0 or 1 shows nothing.
  if ([a, b].some((q) => real(q.value) === 0 || real(q.value) === 1)) return undefined
  return { factors: [a, b], result: c, kinds: qs.map(kind).join('|') }
}

const productOf = (t: Triple): Rational => mul(t.factors[0].value, t.factors[1].value)

/**
 * Every later product of a paragraph whose earlier twin holds exactly, as an equation.
 *
 * @param text A prose text.
 * @returns The products of the later twins.
 */
export function repeatedProducts(text: string): Equation[] {
  const out: Equation[] = []
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    const body = paragraph[0]
    const starts = sentenceStarts(body)
    const triples = starts.map((s, i) => tripleOf(body.slice(s, starts[i + 1] ?? body.length), paragraph.index + s))
    triples.forEach((later, j) => {
      if (!later) return
      // The model: an earlier sentence of the same kinds whose product is its result, to its last digit.
      const model = triples.slice(0, j).find((t) => t !== undefined && t.kinds === later.kinds && digits(t.result) >= 4 && !beyond(productOf(t), t.result.value, rounding(t.result.text)))
      if (!model) return
      const computed = productOf(later)
      if (!beyond(computed, later.result.value, rounding(later.result.text))) return
      if (Math.abs(real(later.result.value) / real(computed) - 1) > BAND) return
      out.push(proseEquation(`${later.factors[0].text} × ${later.factors[1].text}`, computed, { text: later.result.text, value: later.result.value, index: later.result.index }, false))
    })
  }
  return out
}
