/**
 * A whole and its parts in the sentence after it: "De lasten bedragen € 265.000. Daarvan komt
 * € 160.000 uit de algemene middelen en € 105.000 uit de bijdrage van de provincie." A sentence
 * that opens with `Daarvan` or `Hiervan` and names two or more parts of one kind, joined by `en`,
 * splits the one quantity of that kind in the sentence before. Amounts that do not make up the
 * whole are reported (a budget split over its sources or uses is meant whole); counts only when
 * they exceed it (`Daarvan waren er 120 jongeren en 85 senioren` may leave others out). `Van dat
 * bedrag` opens such a sentence too; `Dat bedrag bestaat uit …` splits the whole completely.
 */

import type { Equation } from './onderbouwing.js'
import { quantities, sameKind, type Quantity } from './sentence-quantities.js'
import { linkedSentences } from './text.js'
import { GOES_ON, partOf, splitEquation } from './whole-splits.js'

// `Daarvan`, `Hiervan`, or the whole named again without its number: `Van dat bedrag …`.
const OPENS = /^\s*(?:daarvan|hiervan|van\s+(?:dat|dit|die|deze)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s)/iu
// The whole named again with what it is made of (`Dat bedrag bestaat uit …`, `Die groep is
// opgebouwd uit …`): a complete split, whose parts name kinds of the whole.
const MADE_OF = /^\s*(?:dat|dit|die|deze)\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:bestaat|bestaan|bestond|bestonden)\s+uit|(?:is|zijn|wordt|worden)\s+(?:opgebouwd|samengesteld)\s+uit|(?:is|zijn|wordt|worden)\s+verdeeld\s+over|(?:valt|vallen)\s+uiteen\s+in)\b/iu
// Words that make the parts some of the whole, or bounds, or per item: no split of the whole.
const SOME = /\b(?:onder\s+(?:meer|andere)|o\.a\.|bijvoorbeeld|zoals|waaronder|minstens|ten\s*minste|minimaal|maximaal|meer\s+dan|minder\s+dan|ruim|bijna|circa|ca\.|ongeveer|zo['’]n|rest|restant|resterende|overige|overig|nog|ook|verder|daarnaast|elk|elke|ieder|iedere|per|waarvan|procent)(?!\p{L})|%/iu

/**
 * Every split after `Daarvan`/`Hiervan` that does not make up its whole.
 *
 * @param text A prose text.
 * @returns The splits as equations (`€ 140.000 + € 105.000`, stated: the whole), at the first part.
 */
export function partsAfterWhole(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, s) => {
      const before = sentences[s - 1]
      const made = MADE_OF.test(sentence.text)
      if (!before || !(made || OPENS.test(sentence.text)) || SOME.test(sentence.text) || GOES_ON.test(sentences[s + 1]?.text ?? '')) return
      const plain = (q: Quantity): boolean => !q.share && !q.per
      const own = quantities(sentence.text, sentence.index).filter(plain)
      const wholes = quantities(before.text, before.index).filter(plain)
      const whole = wholes.length === 1 ? wholes[0]! : undefined
      if (!whole || own.length < 2 || !own.every((q) => (made ? partOf(whole, q) : sameKind(q, whole)))) return
      // The parts are a list: the last two joined by `en`.
      const [a, b] = [own.at(-2)!, own.at(-1)!]
      if (!/\ben\b/iu.test(text.slice(a.end, b.index))) return
      // Amounts split a budget whole; counts may leave some of the whole out.
      const e = splitEquation(whole, own, made || whole.unit === '€', own[0]!.index)
      if (e) out.push(e)
    })
  }
  return out
}
