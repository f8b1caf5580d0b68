/**
 * A part taken off a whole named sentences before: `Het park beslaat 8,4 hectare.` … `Halen we
 * er de 0,9 hectare voor de weg af, dan blijft 7,5 hectare over.` The rest sentence names the part
 * and the rest, not the whole; the deduction readers look for a whole in the sentence itself or in
 * euros only, so a count or an area taken off a whole further up goes unread.
 */

import { proseEquation, sub, type Equation } from './onderbouwing.js'
import { quantities, real, roughly, sameKind, type Quantity } from './sentence-quantities.js'
import { paragraphSentences } from './text.js'

// Taking off: `trekken we … af`, `halen we er … vanaf`, `na aftrek van`, `gaat er … af`.
const TAKE_OFF = /\b(?:af|vanaf|eraf|aftrek|aftrekken|afgetrokken)\b/iu
// What is left: `blijft (er) … over`, `resteert`, `houden we … over`.
const LEFT = /\b(?:blijft|blijven|overblijft|resteert|resteren|houden|houdt)\b/iu
// A heading, list item or table row ends the look back: the whole belongs to the same prose.
export const NOT_PROSE = /^\s*(?:[-*|#]|\d+[.)]\s)/u
// How many sentences back the whole may stand.
const BACK = 4

/**
 * Rests of a whole named a few sentences before the part taken off it.
 *
 * @param text A prose text.
 * @returns `whole − part = rest` as soft equations (a reading across sentences).
 */
export function carriedWholes(text: string): Equation[] {
  const sentences = paragraphSentences(text).flat()
  const out: Equation[] = []
  sentences.forEach((s, k) => {
    if (NOT_PROSE.test(s.text) || !TAKE_OFF.test(s.text) || !LEFT.test(s.text)) return
    const own = quantities(s.text, s.index)
    // The part, then the rest, of one kind and with a unit: a third number leaves the reading open.
    if (own.length !== 2) return
    const [part, rest] = own as [Quantity, Quantity]
    if (!part.unit || !sameKind(part, rest) || part.unit === '%' || real(part.value) >= real(rest.value)) return
    const whole = wholeBefore(sentences, k, rest)
    if (!whole || real(whole.value) <= real(rest.value)) return
    const computed = sub(whole.value, part.value)
    // A rest far from the whole minus the part is another figure (split further, or of another whole).
    if (!roughly(rest.value, computed)) return
    out.push({ ...proseEquation(`${whole.text} − ${part.text}`, computed, rest, rest.approx !== ''), soft: true })
  })
  return out
}

/**
 * The whole: the one quantity of the rest's kind in the nearest earlier sentence that names one.
 * A written calculation (`23 − 21,7 = 1,3 hectare`) derives its figures and is passed over; a
 * sentence with two or more such quantities does not say which is the whole.
 */
function wholeBefore(sentences: Array<{ index: number; text: string }>, k: number, rest: Quantity): Quantity | undefined {
  for (let j = k - 1; j >= Math.max(0, k - BACK); j--) {
    const s = sentences[j]!
    if (NOT_PROSE.test(s.text)) return undefined
    if (/=/u.test(s.text)) continue
    const found = quantities(s.text, s.index).filter((q) => q.unit && sameKind(q, rest))
    if (found.length === 0) continue
    return found.length === 1 ? found[0] : undefined
  }
  return undefined
}
