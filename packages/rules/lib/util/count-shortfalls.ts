/**
 * What is needed, what there is, and the shortfall between them: "Nodig zijn 21 plekken,
 * beschikbaar zijn er 14: een tekort van 7", "We moeten 40 woningen bouwen en hebben er 28
 * gepland; er ontbreken er nog 12", "Onze opgave is 33 plaatsen. Met 25 plaatsen blijven we daar 8
 * plaatsen onder", "De norm is 12 handhavers; we hebben er 9, dus 3 te weinig". The shortfall should
 * be the gap between the two counts. `target-gaps` reads a target with the level of now said to be
 * now; here the shortfall is named as one (`tekort`, `te weinig`, `ontbreken`, `onder` blijven).
 *
 * What keeps the relation strong: counts only (amounts have their balances), exactly two counts
 * before the shortfall in its sentence or in it and the one before, no rate, share or rounding
 * word, and the shortfall smaller than the larger count.
 */

import { NUMBER } from './amount-change.js'
import { proseEquation, sub, type Equation } from './onderbouwing.js'
import { quantities, real, type Quantity } from './sentence-quantities.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

// The shortfall and its count: `een tekort van 7`, `7 (plekken) tekort`, `7 te weinig`, `ontbreken
// er (nog) 7`, `blijven we (daar) 7 (banen) onder`, `komen we 7 (plekken) tekort`.
const SIZE = String.raw`(${NUMBER})(?![\d.,]*\d)`
const SHORTFALLS = [
  new RegExp(String.raw`\btekort\s+van\s+${SIZE}`, 'giu'),
  new RegExp(String.raw`(?<![\d.,])${SIZE}(?:\s+[\p{L}'’-]+)?\s+(?:tekort|te\s+weinig)\b`, 'giu'),
  new RegExp(String.raw`\bontbre(?:ken|ekt)\s+(?:er\s+)?(?:dus\s+)?(?:nog\s+)?${SIZE}`, 'giu'),
  new RegExp(String.raw`\b(?:blijven|blijft|zitten|zit)\s+(?:we|wij|er|ze|zij)\s+(?:dus\s+)?(?:daar\s+|er\s+)?(?:nog\s+)?${SIZE}(?:\s+[\p{L}'’-]+)?\s+onder\b`, 'giu')
]
// A rounding word, a share or a rate makes the numbers too rough or of another kind.
const ROUGH = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n|rond|gemiddeld|procent)\b|%|€/iu

const plainCount = (q: Quantity): boolean => !q.share && !q.per && q.unit !== '%' && q.unit !== '€' && !isYearNumber(q.text)

/**
 * Every shortfall after a needed and an available count.
 *
 * @param text A prose text.
 * @returns The shortfalls as equations (`21 − 14 = 7`), at the shortfall.
 */
export function countShortfalls(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      if (ROUGH.test(s.text)) return
      for (const re of SHORTFALLS) {
        for (const m of s.text.matchAll(re)) {
          const size = m[1] ?? ''
          const at = s.index + m.index + m[0].indexOf(size)
          const own = quantities(s.text, s.index).filter((q) => q.index < at && plainCount(q))
          const before = sentences[k - 1]
          const earlier = own.length < 2 && before && !ROUGH.test(before.text) ? quantities(before.text, before.index).filter(plainCount) : []
          const counts = [...earlier, ...own]
          if (counts.length !== 2) continue
          const [a, b] = counts.map((q) => real(q.value)) as [number, number]
          const [high, low] = a >= b ? [counts[0]!, counts[1]!] : [counts[1]!, counts[0]!]
          const gap = sub(high.value, low.value)
          const stated = quantities(size, 0)[0]
          if (!stated || real(gap) <= 0 || real(stated.value) >= real(high.value)) continue
          out.push(proseEquation(`${high.text} − ${low.text}`, gap, { text: size, value: stated.value, index: at }, false))
        }
      }
    })
  }
  return out
}
