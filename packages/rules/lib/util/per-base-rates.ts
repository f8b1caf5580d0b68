/**
 * A rate per a round number of units, worked out from a count and a population the sentence gives:
 * "Er staan 14 kasten voor 5.600 inwoners, ofwel 2,5 per 1.000 inwoners." The rate should be the
 * count divided by the population, times the base (`per 1.000`, `per 100 leerlingen`), within the
 * rounding the rate is written with.
 */

import { NUMBER } from './amount-change.js'
import { COUNT } from './count-means.js'
import { div, mul, near, type Rational } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { countsNoun, countValue, roundingWord } from './per-noun-means.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

const APPROX = String.raw`circa|ca\.|ongeveer|ruim|bijna|zo['’]n|gemiddeld`
// `(ofwel) 1,8 (kasten) per 1.000 inwoners`: group 1 a rounding word, 2 the rate, 3 the thing (if
// named), 4 the base, 5 the unit of the population.
const RATE = new RegExp(String.raw`(?:\b(${APPROX})\s+)?(?<![€\d.,]\s?)\b(${NUMBER})(?![\d%])\s+(?:(\p{L}[\p{L}'’-]{2,})\s+)?per\s+(100|1\.000|10\.000|100\.000)\s+(\p{L}[\p{L}-]{2,})`, 'giu')
// A rate set as a norm or compared with another place is no quotient of the sentence's own numbers.
const NORM = /\b(?:norm|landelijk\p{L}*|doel\p{L}*|streef\p{L}*|streven|richtlijn\p{L}*|advies|adviseert|minimaal|maximaal|ten\s+minste|hooguit|minstens|moet|moeten|zou|zouden|nodig|vergelijk\p{L}*|tegen|tegenover|elders|provinci\p{L}*|regio\p{L}*|nederland)\b/iu
// The words before the rate that say it is worked out of the numbers before it.
const WORKED_OUT = /(?:\b(?:ofwel|oftewel|dat\s+(?:is|zijn)|dit\s+(?:is|zijn)|is\s+dat|zijn\s+dat|komt\s+(?:dat|dit|het|\p{L}+)\s+(?:\p{L}+\s+)?(?:uit\s+)?op|neer\s+op|goed\s+voor|gemiddeld)|[:(,–—])\s*(?:\p{L}+\s+){0,3}$/iu

type Count = { at: number; text: string; noun: string; value: Rational }

/**
 * Every rate per a round base whose count and population stand before it in its sentence (or the
 * sentence before, in the same paragraph).
 *
 * @param text A prose text.
 * @returns The rates as equations (`11 ÷ 6.300 × 1.000`), with the rounding of the rate as tolerance.
 */
export function perBaseRates(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const m of sentence.text.matchAll(RATE)) {
        const [all, approx, written = '', thing, base = '', unit = ''] = m
        const at = (m.index ?? 0) + all.indexOf(written)
        const before = sentence.text.slice(0, at)
        if (!WORKED_OUT.test(before) || NORM.test(sentence.text)) continue
        // The counts before the rate: in its sentence first, else in the one before as well.
        const own = countsIn(before, sentence.index)
        const window = s > 0 ? [...countsIn(sentences[s - 1]!.text, sentences[s - 1]!.index), ...own] : own
        for (const counts of [own, window]) {
          const populations = counts.filter((c) => countsNoun(c.noun, unit))
          const things = counts.filter((c) => !populations.includes(c) && (thing === undefined || countsNoun(c.noun, thing)))
          if (populations.length !== 1 || things.length !== 1) continue
          const [population, counted] = [populations[0]!, things[0]!]
          const computed = mul(div(counted.value, population.value), dutchNumber(base))
          const stated = dutchNumber(written)
          // Far from the quotient, the rate is of something else.
          if (!near(computed, stated)) break
          out.push(proseEquation(`${counted.text} ÷ ${population.text} × ${base}`, computed, { text: written, value: stated, index: sentence.index + at }, roundingWord(approx)))
          break
        }
      }
    })
  }
  return out
}

// The plain counts of a text (no amounts, percentages or years), with the words after them.
function countsIn(text: string, offset: number): Count[] {
  return [...text.matchAll(COUNT)].flatMap((c) => {
    const written = c[1] ?? ''
    const value = countValue(written)
    return value === undefined || isYearNumber(written) || value.n === 0n ? [] : [{ at: offset + (c.index ?? 0), text: written, noun: c[2] ?? '', value }]
  })
}
