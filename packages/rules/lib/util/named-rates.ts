/**
 * An amount per unit named by what it is (`€ 12 bijdrage per m²`, `€ 40 vergoeding per deelnemer`)
 * and applied later, in another sentence or paragraph, to a quantity of that unit with a result
 * that names the same thing: "Een clubhuis met 300 m² dak krijgt € 3.900 bijdrage" is 300 × € 12.
 * The repeated noun is the pointer: no `volgens die regeling` is needed. Quiet when the text names
 * two different amounts for the same noun and unit, when the application sentence holds another
 * number, and when a ceiling may have cut the result (a maximum in the rate's sentence and a
 * result below the product).
 */

import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, sub } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { namesUnit, nounStem } from './unit-nouns.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

const UNIT = String.raw`m²|m2|m³|km²|[\p{L}-]{3,}`
// `€ 12 bijdrage per m²`, `€ 40 aan vergoeding per deelnemer`.
const RATE = new RegExp(String.raw`€\s*(${NUMBER})\s+(?:aan\s+)?([\p{L}-]{4,})\s+per\s+(${UNIT})`, 'giu')
// A result that names its thing: `€ 3.900 bijdrage`, `een bijdrage van € 3.900`.
const RESULT = new RegExp(String.raw`€\s*(${NUMBER})\s+(?:aan\s+)?([\p{L}-]{4,})|\b([\p{L}-]{4,})\s+van\s+(?:€\s*)(${NUMBER})`, 'giu')
const ANY_NUMBER = new RegExp(String.raw`(?<![\p{L}\d.,])${NUMBER}(?![\d])`, 'gu')
/** A ceiling on a rate or its result (`maximaal`, `ten hoogste`, `plafond`). */
export const CEILING = /\b(?:maximum|maximaal|ten\s+hoogste|hoogstens|plafond|tot\s+een\s+maximum)\b/iu
const SIGN = /^(?:m²|m2|m³|km²)$/u

interface Rate { value: string; noun: string; unit: string; sentence: number; capped: boolean }

/**
 * Every result of a named rate applied to a quantity of its unit in a later sentence.
 *
 * @param text Prose (with its earlier text before it, through `readAfter`).
 * @returns The products as equations (`300 × 12`), with the rounding of the result as tolerance.
 */
export function namedRates(text: string): Equation[] {
  const out: Equation[] = []
  const sentences = paragraphSentences(text).flat()
  const rates: Rate[] = []
  sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(RATE)) rates.push({ value: m[1] ?? '', noun: nounStem(m[2] ?? ''), unit: m[3] ?? '', sentence: i, capped: CEILING.test(s.text) })
  })
  sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(RESULT)) {
      const [written, noun] = m[1] ? [m[1], m[2] ?? ''] : [m[4] ?? '', m[3] ?? '']
      const same = rates.filter((r) => r.noun === nounStem(noun))
      // One amount for the noun, laid down before this sentence.
      if (same.length === 0 || new Set(same.map((r) => `${r.value} ${r.unit}`)).size !== 1 || same.some((r) => r.sentence >= i)) continue
      const rate = same[0]!
      // The quantity of the rate's unit: the one other number of the sentence, with that unit after it.
      // Read in the result's clause: a clause after `;` may restate the ceiling (`; het maximum blijft € 2.500`).
      const at0 = m.index ?? 0
      const from = Math.max(s.text.lastIndexOf(';', at0), s.text.lastIndexOf(':', at0)) + 1
      const to = [s.text.indexOf(';', at0), s.text.indexOf(':', at0)].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), s.text.length)
      const numbers = [...s.text.slice(0, to).matchAll(ANY_NUMBER)].filter((n) => (n.index ?? 0) >= from && !isYearNumber(n[0]))
      if (numbers.length !== 2) continue
      const count = numbers.find((n) => n[0] !== written || n.index !== (m.index ?? 0) + m[0].indexOf(written))
      if (!count || (count.index ?? 0) > (m.index ?? 0)) continue
      const after = s.text.slice((count.index ?? 0) + count[0].length)
      const word = /^\s*([\p{L}²³-]+)/u.exec(after)?.[1] ?? ''
      if (SIGN.test(rate.unit) ? word.replace('m2', 'm²') !== rate.unit.replace('m2', 'm²') : !namesUnit(word, rate.unit)) continue
      const computed = mul(dutchNumber(count[0]), dutchNumber(rate.value))
      const stated = dutchNumber(written)
      if (!near(computed, stated)) continue
      // A ceiling may have cut the result: below the product it is no slip.
      if (rate.capped && sub(stated, computed).n < 0n) continue
      const at = s.index + (m.index ?? 0) + m[0].indexOf(written)
      out.push(proseEquation(`${count[0]} × ${rate.value}`, computed, { text: written, value: stated, index: at }, false))
    }
  })
  return out
}
