/**
 * What is still needed to reach a target from the level of now, the level in a sentence before:
 * "Op dit moment staan er 120 laadpalen. De doelstelling is 300 laadpalen in 2030; er zijn nog 180
 * laadpalen extra nodig." The needed count is the target minus the level now. The readers of a
 * change need `van … naar …` or a word of change with both levels in reach; a target and what it
 * still asks, with the level of now a sentence up, was read by none.
 *
 * What keeps the relation strong: the target sentence names a target word and exactly two
 * quantities of one kind with a unit (the target, then what is needed after a word of more:
 * `extra`, `nog`, `erbij`), the level stands in one of the two sentences before in the paragraph,
 * said to be now (`op dit moment`, `nu`, `momenteel`), as the one quantity of that kind there,
 * without a rounding word, and below the target.
 */

import { proseEquation, sub, type Equation } from './onderbouwing.js'
import { quantities, real, roughly, sameKind, type Quantity } from './sentence-quantities.js'
import { paragraphSentences } from './text.js'

// A target: `Ons doel is`, `de doelstelling`, `streefwaarde`, `ambitie`, `streven naar`.
const TARGET = /\b(?:doel|doelstelling|streefwaarde|streefcijfer|ambitie|streven|streeft)\b/iu
// What is still needed, after the target: `is … extra nodig`, `moeten er nog … bij`, `nog … te gaan`.
const NEEDED = /\b(?:extra|nog|erbij)\b[^.;!?]*?\b(?:nodig|bij|erbij|te\s+gaan|vereist)\b|\b(?:nodig|vereist)\b[^.;!?]*?\b(?:extra|nog|erbij)\b/iu
// The level of now: the sentence says it is the present one.
const NOW = /\b(?:op\s+dit\s+moment|momenteel|nu|thans|inmiddels|op\s+dit\s+ogenblik|tot\s+nu\s+toe|tot\s+op\s+heden)\b/iu
// How many sentences back the level may stand.
const BACK = 2

/**
 * The needed counts of targets, against the target minus the level of now.
 *
 * @param text A prose text.
 * @returns `target − now = needed` as soft equations at the needed counts.
 */
export function targetGaps(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      if (!TARGET.test(s.text)) return
      const own = quantities(s.text, s.index).filter((q) => !q.share && !q.per && q.unit !== '%')
      if (own.length !== 2) return
      const [target, needed] = own as [Quantity, Quantity]
      if (!target.unit || !sameKind(target, needed) || target.approx !== '') return
      if (!TARGET.test(s.text.slice(0, target.index - s.index)) || !NEEDED.test(s.text.slice(target.end - s.index))) return
      const now = levelBefore(sentences, k, target)
      if (!now || real(now.value) >= real(target.value)) return
      const computed = sub(target.value, now.value)
      // Far from the gap, the count is another figure (a part of the way, a count of something else).
      if (!roughly(needed.value, computed)) return
      out.push({ ...proseEquation(`${target.text} − ${now.text}`, computed, needed, needed.approx !== ''), soft: true })
    })
  }
  return out
}

// The level of now: the one quantity of the target's kind in the nearest of the sentences before
// that has one, said to be now and not rounded.
function levelBefore(sentences: Array<{ index: number; text: string }>, k: number, target: Quantity): Quantity | undefined {
  for (let j = k - 1; j >= Math.max(0, k - BACK); j--) {
    const s = sentences[j]!
    const found = quantities(s.text, s.index).filter((q) => q.unit && !q.share && !q.per && sameKind(q, target))
    if (found.length === 0) continue
    return found.length === 1 && found[0]!.approx === '' && NOW.test(s.text) ? found[0] : undefined
  }
  return undefined
}
