/**
 * A rate times a count the sentence points back to: "Een toeslag van € 1,50 levert bij dat aantal
 * bezoekers € 19.600 op" after "… komen er 12.400 bezoekers". The pointer (`bij dat aantal
 * bezoekers`, `voor die deelnemers`, `over datzelfde aantal leerlingen`) names the noun of a count
 * in the sentence before; the rate is the one amount before the pointer in its sentence, the result
 * the one amount after it. The sentence names no count of its own: the pointer stands for it.
 */

import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, proseEquation, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { sentenceStarts } from './rate-products.js'
import { namesUnit } from './unit-nouns.js'
import { isYearNumber } from './year-numbers.js'

// `bij dat aantal bezoekers`, `voor die 300 deelnemers` is no pointer (it names its count): group 1 the noun.
const POINTER = /\b(?:bij|voor|met|over|op)\s+(?:dat|datzelfde|hetzelfde|die|diezelfde|deze|dit)\s+(?:aantal\s+)?(?:\p{Ll}+e\s+)?(\p{Ll}[\p{L}-]{2,})/gu
const AMOUNT = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])`, 'gu')
const APPROX = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n)\s+$/iu
// A count with its noun a word or two after it (`12.400 bezoekers`, `745.000 verwachte overnachtingen`).
const COUNT = new RegExp(String.raw`(?<![\d.,]|€\s*)(${NUMBER})(?![\d.,]*\d)\s+((?:\p{L}+\s+)?\p{L}+)`, 'gu')
// A verb that makes the amount after the pointer an outcome.
const OUTCOME = /\b(?:levert|leveren|leverde|brengt|brengen|bracht|kost|kosten|kostte|betekent|scheelt|bespaart|geeft|is|zijn|bedraagt|komt|komen)\b/iu

// The counts of a noun in a sentence, years left out.
const countsOf = (sentence: string, noun: string): RegExpMatchArray[] =>
  [...sentence.matchAll(COUNT)].filter((m) => !isYearNumber(m[1]) && m[2]!.split(/\s+/).some((w) => w.length >= 3 && (namesUnit(w, noun) || namesUnit(noun, w))))

/**
 * Every rate times a pointed-back count whose stated result misses the product.
 *
 * @param text A prose text.
 * @returns The products as equations, with the rounding of the result as tolerance.
 */
export function pointedCounts(text: string): Equation[] {
  const out: Equation[] = []
  let offset = 0
  for (const paragraph of text.split(/(\n[ \t]*\n)/)) {
    const base = offset
    offset += paragraph.length
    const starts = sentenceStarts(paragraph)
    starts.forEach((start, i) => {
      if (i === 0) return
      const sentence = paragraph.slice(start, starts[i + 1] ?? paragraph.length)
      const previous = paragraph.slice(starts[i - 1]!, start)
      // The pointer whose noun counts something of the sentence before (`voor dit programma` counts nothing there).
      const pointers = [...sentence.matchAll(POINTER)].map((p) => ({ p, counts: countsOf(previous, p[1]!) })).filter((x) => x.counts.length > 0)
      if (pointers.length !== 1 || !OUTCOME.test(sentence)) return
      const { p, counts } = pointers[0]!
      const noun = p[1]!
      const before = [...sentence.slice(0, p.index).matchAll(AMOUNT)]
      const after = sentence.slice(p.index + p[0].length)
      const results = [...after.matchAll(AMOUNT)]
      // One rate before, one result after, and no other number after the pointer.
      if (before.length !== 1 || results.length !== 1 || (after.match(/\d[\d.,]*/g) ?? []).length !== 1) return
      // The rate is per the pointed noun when it names a unit at all (`€ 1,80 per kampeerplaats`).
      const rate = before[0]!
      const per = /^\s*per\s+(\p{L}+)/u.exec(sentence.slice(rate.index + rate[0].length))?.[1]
      if (per && !namesUnit(noun, per) && !namesUnit(per, noun)) return
      // Two counts of the noun before: which one, the pointer does not say.
      if (new Set(counts.map((m) => m[1])).size !== 1) return
      const count = counts[0]!
      const result = results[0]!
      const resultAt = start + p.index + p[0].length + result.index + result[0].indexOf(result[1]!)
      const computed = mul(dutchNumber(count[1]!), dutchNumber(rate[1]!))
      const stated = dutchNumber(result[1]!)
      // More than twice off: the amount is about something else.
      if (!near(computed, stated)) return
      const approx = APPROX.test(after.slice(0, result.index))
      out.push(proseEquation(`${count[1]} × ${rate[1]}`, computed, { text: result[1]!, value: stated, index: base + resultAt }, approx))
    })
  }
  return out
}
