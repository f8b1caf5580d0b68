/**
 * A count that a total divided by a rate per thing gives: "De zonnedaken wekken 640 MWh op. Met
 * 3.200 kWh per woning is dat genoeg voor 200 woningen." The inverse of a rate product: there the
 * count is a term, here it is the result. The noun after `per` names what the count counts
 * (`woning`, `woningen`); the total is in the rate's unit or another unit of the same measure
 * (MWh against kWh, ton against kg). (A price in euros per thing with a count after it is read by
 * per-noun-means, as a mean of the total over that count: one reading per sentence.)
 */

import { NUMBER } from './amount-change.js'
import { div, mul } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { countsNoun, near, oneSided, roundedToWhole } from './per-noun-means.js'
import { isMeasureUnit, showRatio, unitFactor } from './unit-scales.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

// A rate per thing in a unit of measure: `3.200 kWh per woning`.
const RATE = new RegExp(String.raw`(?<![€\d.,]\s?)\b(${NUMBER})(?![\d%])\s+([\p{L}²³]{1,10})\s+per\s+([\p{L}-]{3,})`, 'giu')
// A quantity with its unit (`640 MWh`), not an amount in euros.
const QUANTITY = new RegExp(String.raw`(?<![€\d.,]\s?)\b(${NUMBER})(?![\d%])\s+([\p{L}²³]{1,10})`, 'giu')
// The count the rate gives: a rounding word, a number, the words that name it; the last number of its sentence.
const COUNT = new RegExp(String.raw`^(?:[^\d€%]*?\s)?(?:(circa|ca\.|ongeveer|ruim|bijna|zo['’]n)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)((?:\s+[\p{L}-]+){1,3})[^\d€%]*$`, 'iu')
// Rates per unit of time are flows (`per jaar` over years is another reader's).
const TIME = /^(?:jaar|maand|week|dag|uur|kwartaal|seizoen|keer)$/iu

type Total = { text: string; value: Rational; factor: Rational }

// The one total before the rate in its sentence or the two before it, in the rate's measure.
function totalOf(texts: string[], unit: string): Total | undefined {
  const found: Total[] = []
  for (const text of texts) {
    for (const [, written = '', word = ''] of text.matchAll(QUANTITY)) {
      const factor = isYearNumber(written) ? undefined : unitFactor(word, unit)
      if (factor) found.push({ text: `${written} ${word}`, value: dutchNumber(written), factor })
    }
  }
  return found.length === 1 ? found[0] : undefined
}

/**
 * Every count given as a total divided by a rate per thing, the count after the rate in its
 * sentence and the total before it in the paragraph (the same or two sentences back).
 *
 * @param text A prose text.
 * @returns The quotients as equations (`640 MWh × 1.000 ÷ 3.200`), with the rounding of the count as tolerance.
 */
export function rateQuotients(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const r of sentence.text.matchAll(RATE)) {
        const [all, written = '', unit = '', noun = ''] = r
        if (TIME.test(noun) || !isMeasureUnit(unit)) continue
        const end = (r.index ?? 0) + all.length
        const count = COUNT.exec(sentence.text.slice(end))
        // A count with an article is a given one (`de 1.200 huishoudens van het dorp`), not the outcome.
        if (!count || !countsNoun(count[3] ?? '', noun) || /\b(?:de|het|alle|onze|die|deze)\s+(?:\p{L}+\s+)?$/iu.test(count[0].slice(0, count[0].search(/\d/u)))) continue
        const total = totalOf([...sentences.slice(Math.max(0, s - 2), s).map((t) => t.text), sentence.text.slice(0, r.index)], unit)
        const rate = dutchNumber(written)
        if (!total || rate.n === 0n) continue
        const computed = div(mul(total.value, total.factor), rate)
        const stated = dutchNumber(count[2] ?? '')
        // A count far from the division is a count of something else (the homes of the whole town).
        if (!near(computed, stated)) continue
        const approx = count[1]
        const index = sentence.index + end + (count[0].length - count[0].slice(count[0].search(/\d/u)).length)
        const scale = total.factor.n === total.factor.d ? '' : showRatio(total.factor)
        const e = proseEquation(`${total.text}${scale} ÷ ${written}`, computed, { text: count[2] ?? '', value: stated, index }, Boolean(approx))
        out.push(oneSided(roundedToWhole(e), approx))
      }
    })
  }
  return out
}
