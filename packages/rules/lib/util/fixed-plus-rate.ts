/**
 * A fixed amount plus a rate per unit, laid down once ("Een standplaatsvergunning kost € 65 plus
 * € 4,20 per m²", "Een kapvergunning kost € 88 en € 14 per boom") and applied to a count of that unit
 * in the same or a later sentence of the section ("Voor een kraam van 12 m² betaalt de ondernemer
 * zo € 115,40"): the result is the fixed amount plus the count times the rate. The count must name
 * the rate's unit (the same noun, or a unit of the same measure), and the result must be the one
 * amount of its sentence after a word that gives it.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { abs } from './exact-number.js'
import { add, dutchNumber, mul, rounding, sub, type Equation, type Rational } from './onderbouwing.js'
import { namesUnit } from './unit-nouns.js'
import { sentencesOf } from './earlier-rate-products.js'
import { unitFactor } from './unit-scales.js'
import { isYearNumber } from './year-numbers.js'

// `€ 65 plus € 4,20 per m²`, `€ 88 en € 14 per boom`: group 1 the fixed amount, 2 the rate, 3 the unit.
const FIXED_RATE = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])\s+(?:plus|\+|en|vermeerderd\s+met)\s+€\s*(${NUMBER})(?![\d%])\s+per\s+([\p{L}²³]+)`, 'iu')
// A count and the words after it: digits or a number word, then the unit (`12 m²`, `zes bomen`, `120 vierkante meter`).
const COUNT = /(?<![\d.,\p{L}])(?<!€\s?)(\d+(?:[.,]\d+)*|\p{L}+)(?=\s+([\p{L}²³]+))/giu
// The result: a word that gives it, a few words, then the sentence's one amount.
const RESULT = new RegExp(String.raw`\b(?:op|is|zijn|bedraagt|bedragen|kost|kosten|betaalt|betalen|samen|totaal|dus|zo|daarmee)\b[^.!?\d€]{0,40}?(?:(circa|ongeveer|ruim|bijna)\s+)?€\s*(${NUMBER})(?![\d%])`, 'iu')
// How many sentences on a fixed amount and rate may be applied.
const REACH = 6

/**
 * Every result of a fixed amount plus a count times a rate laid down before it in the section.
 *
 * @param text One section's prose.
 * @returns The results as equations (`65 + 12 × 4,20`), with the rounding of the result as tolerance.
 */
export function fixedPlusRate(text: string): Equation[] {
  const out: Equation[] = []
  const list = sentencesOf(text)
  list.forEach((s, i) => {
    const rule = FIXED_RATE.exec(s.text)
    if (!rule) return
    const [, fixedText = '', rateText = '', unit = ''] = rule
    // The rule's own sentence after the rate, then the sentences after it.
    const after = [{ start: s.start + rule.index + rule[0].length, text: s.text.slice(rule.index + rule[0].length) }, ...list.slice(i + 1, i + 1 + REACH)]
    for (const target of after) {
      // Another rule of its own starts another calculation.
      if (target !== after[0] && FIXED_RATE.test(target.text)) return
      const amounts = target.text.match(/€/gu) ?? []
      const result = RESULT.exec(target.text)
      if (amounts.length !== 1 || !result) continue
      const count = countOf(target.text.slice(0, result.index + result[0].length - (result[2]?.length ?? 0)), unit)
      if (!count) continue
      const [fixed, rate, stated] = [dutchNumber(fixedText), dutchNumber(rateText), dutchNumber(result[2] ?? '')]
      const computed = add(fixed, mul(mul(count.value, count.factor), rate))
      // Far off: another sum (a quarter of the result).
      const gap = sub(computed, stated)
      if (sub(mul(abs(gap), { n: 4n, d: 1n }), stated).n > 0n) return
      out.push({
        expression: `${fixedText} + ${count.text} × ${rateText}`,
        computed,
        stated,
        result: result[2] ?? '',
        index: target.start + result.index + result[0].lastIndexOf(result[2] ?? ''),
        tolerance: rounding(result[2] ?? '', Boolean(result[1])),
        final: true,
        arithmetic: true,
        soft: true
      })
      return
    }
  })
  return out
}

// The one count in a sentence that names the unit (or a unit of its measure), with the factor to the unit.
function countOf(text: string, unit: string): { value: Rational; factor: Rational; text: string } | undefined {
  const found: Array<{ value: Rational; factor: Rational; text: string }> = []
  for (const m of text.matchAll(COUNT)) {
    const [, n = '', word = ''] = m
    const value = /^\d/u.test(n) ? dutchNumber(n) : wordValue(n)
    if (!value || isYearNumber(n)) continue
    const factor = unitFactor(word, unit) ?? (namesUnit(word, unit) ? { n: 1n, d: 1n } : undefined)
    if (factor) found.push({ value, factor, text: n })
  }
  return found.length === 1 ? found[0] : undefined
}

const wordValue = (word: string): Rational | undefined => {
  const n = /^een$/iu.test(word) ? undefined : parseNumberWord(word.toLowerCase())
  return n !== undefined && n >= 2 ? { n: BigInt(n), d: 1n } : undefined
}
