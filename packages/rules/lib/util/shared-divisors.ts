/**
 * Two amounts of one paragraph each restated per the same unit (`De totale kosten van € 4,82 mln
 * komen neer op € 262 per huishouden. Na aftrek … resteert € 4,35 mln, ofwel € 251 per
 * huishouden.`): both divide by one count, so the second rate is its amount over the count the
 * first pair implies (€ 4,35 mln ÷ 18.397 is € 236). Each number counts within its own rounding;
 * the second rate is judged. Quiet when the sentences name different years (the count may have
 * changed), when a rate has a rounding word, or when a sentence has more than one such pair. The
 * count is the same only when the unit counts the whole town (`inwoner`, `huishouden`, with no words
 * that narrow it: `per inwoner met een laag inkomen`) or the second amount is what is left of the
 * first (`resteert`, `na aftrek`, `netto`): a rate per `leerling` of a part may count fewer.
 */

import { div, make, mul, type Rational } from './exact-number.js'
import { rounding, type Equation } from './onderbouwing.js'
import { quantities, real, sameNoun, type Quantity } from './sentence-quantities.js'
import { paragraphSentences } from './text.js'

// The words that make a rate the restatement of the amount before it.
const RESTATED = /^[^.;:!?\d€]*\b(?:(?:komt|komen|kwam|kwamen)\s+(?:[\p{L}-]+\s+){0,3}?neer\s+op|ofwel|oftewel|dat\s+is|dit\s+is|is\s+dat|omgerekend)\b[^\d€]*$/iu
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/gu
const HAS_PER = /€[^.]*\bper\s+\p{L}/u
const WHOLE_TOWN = /^(?:inwoner|inwoners|huishouden|huishoudens)$/iu
const NARROWED = /^\s*(?:van|met|in|uit|die|dat|tot|boven|onder|zonder|jonger|ouder)\b/iu
const WHAT_IS_LEFT = /\b(?:resteert|resteren|resterende|na\s+aftrek|netto|blijft\s+(?:er\s+)?(?:[\p{L}€\d.,]+\s+){0,4}?over|overblijft)\b/iu

interface Pair { total: Quantity; rate: Quantity; years: string[]; whole: boolean; left: boolean }

const range = (q: Quantity): [number, number] => {
  const half = real(rounding(q.text, false))
  return [real(q.value) - half, real(q.value) + half]
}
const rational = (x: number): Rational => make(BigInt(Math.round(x * 1e6)), 1000000n)

function pairOf(sentence: { index: number; text: string }): Pair | undefined {
  const qs = quantities(sentence.text, sentence.index).filter((q) => q.unit === '€')
  const pairs = qs.flatMap((rate, i) => {
    const total = qs[i - 1]
    if (!rate.per || rate.approx || !total || total.per || total.share || total.approx) return []
    return RESTATED.test(sentence.text.slice(total.end - sentence.index, rate.index - sentence.index).replace(YEAR, 'jaar')) ? [{ total, rate }] : []
  })
  if (pairs.length !== 1) return undefined
  const { total, rate } = pairs[0]!
  const after = sentence.text.slice(rate.end - sentence.index).replace(/^\s*per\s+\p{L}+/u, '')
  return { total, rate, years: sentence.text.match(YEAR) ?? [], whole: WHOLE_TOWN.test(rate.per) && !NARROWED.test(after), left: WHAT_IS_LEFT.test(sentence.text) }
}

/**
 * The second of two rates per one unit in a paragraph that misses the count the first implies.
 *
 * @param text A prose text.
 * @returns The equations (`4,35 mln ÷ (4,82 mln ÷ 262)`).
 */
export function sharedDivisors(text: string): Equation[] {
  if (!HAS_PER.test(text)) return []
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    let before: Pair | undefined
    for (const sentence of sentences) {
      const pair = HAS_PER.test(sentence.text) ? pairOf(sentence) : undefined
      if (!pair) continue
      const first = before
      before = pair
      if (!first || !sameNoun(first.rate.per, pair.rate.per)) continue
      if (pair.years.some((y) => !first.years.includes(y)) || !((first.whole && pair.whole) || pair.left)) continue
      const [t1lo, t1hi] = range(first.total)
      const [r1lo, r1hi] = range(first.rate)
      const [t2lo, t2hi] = range(pair.total)
      // The second rate as the first pair's count gives it, at both ends of the roundings.
      const low = (t2lo * r1lo) / t1hi
      const high = (t2hi * r1hi) / t1lo
      const [slo, shi] = range(pair.rate)
      if (shi >= low && slo <= high) continue
      const computed = div(mul(pair.total.value, first.rate.value), first.total.value)
      out.push({
        expression: `${pair.total.text} ÷ (${first.total.text} ÷ ${first.rate.text})`,
        computed,
        stated: pair.rate.value,
        result: pair.rate.text,
        index: pair.rate.index,
        tolerance: rational(Math.max(real(computed) - low, high - real(computed)) + (shi - slo) / 2),
        final: true,
        arithmetic: true
      })
    }
  }
  return out
}
