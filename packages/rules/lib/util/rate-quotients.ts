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
const RATE = new RegExp(String.raw`(?<![€\d.,]|€\s)\b(${NUMBER})(?![\d%])\s+([\p{L}²³]{1,10})\s+per\s+([\p{L}-]{3,})`, 'giu')
const HAS_RATE = new RegExp(RATE.source, 'iu')
// A quantity with its unit (`640 MWh`), not an amount in euros.
const QUANTITY = new RegExp(String.raw`(?<![€\d.,]|€\s)\b(${NUMBER})(?![\d%])\s+([\p{L}²³]{1,10})`, 'giu')
// The count the rate gives: a rounding word, a number, the words that name it; the last number of its sentence.
const COUNT = new RegExp(String.raw`^(?:[^\d€%]*?\s)?(?:(circa|ca\.|ongeveer|ruim|bijna|zo['’]n)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)((?:\s+[\p{L}-]+){1,3})[^\d€%]*$`, 'iu')
// A year after a preposition (`in 2030`), blanked to its length before COUNT reads: the count is the last number but years.
const YEAR_AFTER = /(?<=\b(?:in|tot|vanaf|na|voor|sinds|per|eind|begin|medio|uiterlijk)\s+)(?:19|20)\d{2}\b/giu
const blankYears = (text: string): string => text.replace(YEAR_AFTER, (y) => ' '.repeat(y.length))
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
        const count = COUNT.exec(blankYears(sentence.text.slice(end)))
        // A count with an article is a given one (`de 1.200 huishoudens van het dorp`), not the outcome.
        if (!count || !countsNoun(count[3] ?? '', noun) || /\b(?:de|het|alle|onze|die|deze)\s+(?:\p{L}+\s+)?$/iu.test(count[0].slice(0, count[0].search(/\d/u)))) continue
        const total = totalOf([...sentences.slice(Math.max(0, s - 2), s).map((t) => t.text), sentence.text.slice(0, r.index)], unit)
        const e = total && quotient(total, written, count, sentence.index + end)
        if (e) out.push(e)
      }
    })
  }
  return [...out, ...oneThingQuotients(text)]
}

// The total over the rate against the count; none when they lie a factor two apart (a count of
// something else: the homes of the whole town). `at` is where the count's match starts.
// `stepped`: the count is rounded to a whole step of its last written digit (`zo'n 14.000`: 13.000
// to 15.000), not to one significant digit as a rounding word allows a term of a calculation.
function quotient(total: Total, written: string, count: RegExpExecArray, at: number, stepped = false): Equation | undefined {
  const rate = dutchNumber(written)
  if (rate.n === 0n) return undefined
  const computed = div(mul(total.value, total.factor), rate)
  const stated = dutchNumber(count[2] ?? '')
  if (!near(computed, stated)) return undefined
  const approx = count[1]
  const index = at + count[0].search(/\d/u)
  const scale = total.factor.n === total.factor.d ? '' : showRatio(total.factor)
  const e = proseEquation(`${total.text}${scale} ÷ ${written}`, computed, { text: count[2] ?? '', value: stated, index }, Boolean(approx) && !stepped)
  const widened = stepped ? { ...e, tolerance: { n: e.tolerance.n * 2n, d: e.tolerance.d } } : e
  return oneSided(roundedToWhole(widened), approx)
}

// The measure of one thing, opening its sentence: `Een gemiddeld huishouden in Lindehoven
// gebruikt 2.900 kWh per jaar`, `Eén veegroute is 14 km lang`. Group 1 the words that name the
// thing, then the number and its unit.
const ONE_THING = new RegExp(String.raw`^\s*(?:een|[eé]én)\s+((?:[\p{L}'’-]+\s+){1,5}?)(${NUMBER})(?![\d%])\s+([\p{L}²³]{1,10})`, 'iu')
// An estimated count: a rounding word, for a count worked out rather than a count given.
const ESTIMATED = /^(?:circa|ca\.|ongeveer|ruim|bijna|zo['’]n)$/iu

/**
 * Counts given as a total over the measure of one thing that an earlier sentence of the
 * paragraph, or of the paragraph before, sets: `Een huishouden gebruikt 2.900 kWh.` and later
 * `De zonneweide levert 5.800 MWh, genoeg voor ruim 2.000 huishoudens.` The total stands in the
 * count's sentence; the count is estimated (`ruim`, `zo'n`), as a worked-out count is written.
 *
 * @param text A prose text.
 * @returns The quotients as equations.
 */
function oneThingQuotients(text: string): Equation[] {
  const out: Equation[] = []
  const paragraphs = paragraphSentences(text)
  paragraphs.forEach((sentences, p) => {
    // A heading ends what the measure holds for: one that opens the paragraph before, or this one.
    const heading = (ps: Array<{ text: string }> | undefined): boolean => /^\s*#/u.test(ps?.[0]?.text ?? '')
    const earlier = heading(paragraphs[p - 1]) || heading(sentences) ? [] : (paragraphs[p - 1] ?? [])
    const view = [...earlier, ...sentences]
    view.forEach((sentence, s) => {
      const one = ONE_THING.exec(sentence.text)
      if (!one || !isMeasureUnit(one[3] ?? '')) return
      const things = (one[1] ?? '').trim().split(/\s+/u).filter((w) => w.length >= 3)
      for (const later of view.slice(s + 1)) {
        // Only the paragraph's own sentences, and none with a rate of its own (read above).
        if (!sentences.includes(later) || HAS_RATE.test(later.text)) continue
        const count = lastCount(later.text)
        if (!count || !ESTIMATED.test(count.match[1] ?? '') || !things.some((t) => countsNoun(count.match[3] ?? '', t))) continue
        const total = totalOf([later.text.slice(0, count.at)], one[3] ?? '')
        const e = total && quotient(total, one[2] ?? '', count.match, later.index + count.at, true)
        if (e) out.push(e)
      }
    })
  })
  return out
}

// The last number of a sentence as a count (COUNT reads from where it is given): its match and offset.
function lastCount(sentence: string): { match: RegExpExecArray; at: number } | undefined {
  const numbers = [...sentence.matchAll(/(?<![\d.,])\d/gu)]
  for (const n of numbers.reverse()) {
    // From the word before the number, so a rounding word before it is read too.
    const at = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, (n.index ?? 0) - 2)))
    const match = COUNT.exec(blankYears(sentence.slice(at)))
    if (match) return { match, at }
  }
  return undefined
}
