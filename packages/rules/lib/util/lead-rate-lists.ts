/**
 * A price laid down in the lead of a list and applied in its items: "De eigen bijdrage is € 75 per
 * deelnemer:" followed by "- voorjaarscursus: 18 deelnemers, € 1.350;". Each item that names a
 * count of the price's unit and one amount after it states their product, with no result word:
 * the lead gives the items their one natural reading. An item with another number, a percentage
 * or a word that adds something (`inclusief`, `plus`) is another calculation and is left alone.
 */

import { NUMBER } from './amount-change.js'
import { ADDS } from './approx-products.js'
import { dutchNumber, mul, near, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { namesUnit, wordsAfter } from './unit-nouns.js'
import { isDayOfDate, isYearNumber } from './year-numbers.js'

// A lead line ending in a colon and the list items right after it (a blank line may stand between).
export const LIST = /(?:^|\n)([^\n]*\S)[ \t]*:[ \t]*\n(?:[ \t]*\n)?((?:[ \t]*[-*+][ \t]+[^\n]*(?:\n|$))+)/gu
// The price in the lead: `€ 75 per deelnemer` or `Per deelnemer vragen we € 75`.
export const PRICE_PER = new RegExp(String.raw`€\s*(${NUMBER})\s+per\s+([\p{L}-]+)|\bper\s+([\p{L}-]+)[^€\d\n]*€\s*(${NUMBER})`, 'iu')
const ANY = new RegExp(String.raw`(€\s*)?(?<![\d.,\p{L}])(${NUMBER})(?![\d.,]*\d)(\s*%|\s+procent)?`, 'giu')
/** An approximating word right before a number (its euro sign may stand between): `circa € 1.300`. */
export const APPROX_BEFORE = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n)\s+(?:€\s*)?$/iu

export interface Num {
  euro: boolean
  text: string
  value: Rational
  index: number
  end: number
  percent: boolean
}

/**
 * The products of a lead's price and each item's count.
 *
 * @param text A prose text.
 * @returns The products as equations, at the offsets of the items' amounts.
 */
export function leadRateLists(text: string): Equation[] {
  const out: Equation[] = []
  for (const list of text.matchAll(LIST)) {
    const lead = list[1] ?? ''
    const leadStart = list.index + list[0].indexOf(lead)
    if (numbersOf(lead, 0).length !== 1) continue
    const price = PRICE_PER.exec(lead)
    if (!price) continue
    const rate = dutchNumber(price[1] ?? price[4] ?? '')
    const unit = price[2] ?? price[3] ?? ''
    const rateText = price[1] ?? price[4] ?? ''
    let offset = leadStart + list[0].slice(list[0].indexOf(lead)).indexOf(list[2] ?? '')
    for (const line of (list[2] ?? '').split('\n')) {
      const e = itemProduct(line, offset, rate, rateText, unit)
      if (e) out.push(e)
      offset += line.length + 1
    }
  }
  return out
}

// One item: a count of the unit, then one amount, and no other number.
function itemProduct(line: string, base: number, rate: Rational, rateText: string, unit: string): Equation | undefined {
  const nums = numbersOf(line, base)
  if (nums.length !== 2 || ADDS.test(line)) return undefined
  const [count, result] = nums as [Num, Num]
  if (count.euro || count.percent || !result.euro || result.percent || count.value.d !== 1n || count.value.n < 2n) return undefined
  const words = wordsAfter(line.slice(count.end - base))
  if (!words.some((w) => namesUnit(w, unit))) return undefined
  const computed = mul(count.value, rate)
  if (!near(computed, result.value)) return undefined
  const approx = APPROX_BEFORE.test(line.slice(0, result.index - base))
  return proseEquation(`${count.text} × ${rateText}`, computed, { text: result.text, value: result.value, index: result.index }, approx)
}

export function numbersOf(text: string, base: number): Num[] {
  const out: Num[] = []
  for (const m of text.matchAll(ANY)) {
    const written = m[2] ?? ''
    const index = m.index + (m[1]?.length ?? 0)
    if (!m[1] && (isYearNumber(written) || isDayOfDate(text.slice(index + written.length)))) continue
    out.push({ euro: Boolean(m[1]), text: written, value: dutchNumber(written), index: base + index, end: base + index + written.length, percent: Boolean(m[3]) })
  }
  return out
}
