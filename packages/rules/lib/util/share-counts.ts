/**
 * A percentage of a whole restated as a count in the same sentence: "Van de 2.400 woningen is 35%
 * een huurwoning, dat zijn 840 woningen", "35% van de 640 aanmelders (224) kreeg een traject". The
 * count should be the percentage of the whole, within the rounding of the percentage (35%: 34,5
 * to 35,5 %) and of the count.
 */

import { NUMBER } from './amount-change.js'
import { add, dutchNumber, mul, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

const PERCENT = String.raw`(\d{1,3}(?:,\d+)?)\s*(?:%|procent\b)`
const WHOLE = String.raw`\bvan\s+(?:de|alle|onze|deze|die|het)\s+(?:[\p{L}-]+\s+)?(${NUMBER})(?![\d.,]*\d)`
// `Van de N … P% …` or `P% van de N …`.
const SHARE_OF = [new RegExp(String.raw`${WHOLE}[^.;!?%]{0,80}?(?<![\d,])${PERCENT}`, 'giu'), new RegExp(String.raw`(?<![\d,])${PERCENT}\s+${WHOLE}`, 'giu')]
// The count after it: `, dat zijn (er) 840`, `; dit zijn 840`, `, ofwel 840`, `(840)`.
const COUNT = new RegExp(String.raw`^[^.!?\d%]{0,60}?(?:(?:dat|dit)\s+(?:zijn|is|betreft)\s+(?:er\s+)?|ofwel\s+|oftewel\s+|\(\s*)(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent|jaar))`, 'iu')
// Words that make the percentage approximate or another calculation (a change, a rate).
const OTHER = /\b(?:ruim|bijna|circa|ongeveer|zo['’]n|meer\s+dan|minder\s+dan|stijging|daling|groei|toename|afname|gestegen|gedaald|rente|index|indexatie)\b/iu

/**
 * Every percentage of a whole with the count it comes to.
 *
 * @param text A prose text.
 * @returns The counts as equations (`35% × 2.400`), with the rounding of the percentage and the count as tolerance.
 */
export function shareCounts(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    for (const sentence of sentences) {
      for (const [k, re] of SHARE_OF.entries()) {
        for (const m of sentence.text.matchAll(re)) {
          const [whole = '', percent = ''] = k === 0 ? [m[1], m[2]] : [m[2], m[1]]
          if (isYearNumber(whole) || OTHER.test(sentence.text)) continue
          const end = (m.index ?? 0) + m[0].length
          const count = COUNT.exec(sentence.text.slice(end))
          if (!count) continue
          const written = count[1] ?? ''
          const share = dutchNumber(percent)
          const computed = mul(mul(share, dutchNumber(whole)), { n: 1n, d: 100n })
          const stated = dutchNumber(written)
          if (!near(computed, stated)) continue
          const index = sentence.index + end + (count.index ?? 0) + count[0].lastIndexOf(written)
          const e = proseEquation(`${percent}% × ${whole}`, computed, { text: written, value: stated, index }, false)
          // The percentage is rounded at its last digit (35%: ±0,5 %), which the whole multiplies.
          out.push({ ...e, tolerance: add(e.tolerance, mul(rounding(`${percent}%`), dutchNumber(whole))) })
        }
      }
    }
  }
  return out
}
