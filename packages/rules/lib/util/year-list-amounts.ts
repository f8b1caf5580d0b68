/**
 * Amounts each given for a list of years, and their total over those years: "Het fonds krijgt
 * € 40.000 in 2026 en 2027 en € 30.000 in 2028 en 2029; samen € 140.000", "In 2026 en 2027 gaat er
 * elk € 25.000 naar de wijken en in 2028 € 30.000, in totaal € 80.000", also with the total in
 * the next sentence (`Over de vier jaren samen is dat …`) and a run of years (`in 2027 tot en met
 * 2029`). Each amount counts once for every year it is given for; a reading that adds each amount
 * once (`€ 40.000 + € 30.000`) or multiplies one by all the years misreads the sentence.
 */

import { AMOUNT } from './amount-change.js'
import { add, dutchNumber, make, mul, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'

const YEAR = String.raw`(?:19|20)\d{2}`
// A list of years (`2026 en 2027`, `2026, 2027 en 2028`) or a run (`2027 tot en met 2029`, `2027-2029`).
const YEARS = String.raw`${YEAR}(?:(?:\s*,\s*${YEAR})*\s+en\s+${YEAR}|\s+(?:tot\s+en\s+met|t/m)\s+${YEAR}|\s*[-–]\s*${YEAR})?`
// An amount and its years, either way round: `€ 40.000 in 2026 en 2027`, `in 2026 en 2027 (elk) € 25.000`.
const ITEM = new RegExp(String.raw`${AMOUNT}\s+(?:per\s+jaar\s+)?in\s+(${YEARS})(?!\s*(?:[-–]|tot\b))|\bin\s+(${YEARS})\s+(?:[\p{L}'’-]+\s+){0,4}?${AMOUNT}`, 'giu')
// The total: one amount after a word of summing.
const TOTAL = new RegExp(String.raw`\b(?:samen|in\s+totaal|totaal|bij\s+elkaar|opgeteld|gezamenlijk)\b[^€.;!?]{0,60}?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}`, 'iu')
// Words that make the amounts some of the total, or the total of more than the amounts.
const OTHER = /\b(?:waarvan|inclusief|exclusief|daarnaast|plus|eenmalig|structureel|gemiddeld|per\s+(?:maand|week|kwartaal))\b|%/iu

interface Item {
  written: string
  value: Rational
  years: number
}

/** The number of years of a list or run (`2026 en 2027`: 2, `2027 tot en met 2029`: 3). */
function yearCount(years: string): number {
  const all = years.match(/(?:19|20)\d{2}/g) ?? []
  if (/tot\s+en\s+met|t\/m|[-–]/iu.test(years) && all.length === 2) return Number(all[1]) - Number(all[0]) + 1
  return all.length
}

/** The amounts of a sentence with their years, when every amount in it before the total has years. */
function itemsOf(text: string, end: number): Item[] | undefined {
  const items: Item[] = []
  let covered = 0
  for (const m of text.slice(0, end).matchAll(ITEM)) {
    const written = m[1] ?? m[4] ?? ''
    const years = yearCount(m[2] ?? m[3] ?? '')
    if (years < 1 || years > 10) return undefined
    items.push({ written, value: dutchNumber(written), years })
    covered++
  }
  const amounts = (text.slice(0, end).match(/€/gu) ?? []).length
  return covered === amounts ? items : undefined
}

/**
 * The totals of amounts given for lists of years, as each amount times its years, summed.
 *
 * @param text A prose text.
 * @returns The equations (`75.000 × 2 + 80.000 × 2 = 320.000`), at the total.
 */
export function yearListAmounts(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      if (OTHER.test(s.text)) return
      // The total in the sentence itself, after its items, or alone in the next sentence.
      const own = TOTAL.exec(s.text)
      const next = sentences[k + 1]
      const later = own || !next || OTHER.test(next.text) || (next.text.match(/€/gu) ?? []).length !== 1 ? null : TOTAL.exec(next.text)
      const total = own ?? later
      if (!total) return
      const items = itemsOf(s.text, own ? total.index : s.text.length)
      // At least two amounts, one of them for more than one year: else other readings hold.
      if (!items || items.length < 2 || !items.some((i) => i.years > 1)) return
      const computed = items.map((i) => mul(i.value, make(BigInt(i.years), 1n))).reduce(add)
      const written = total[2] ?? ''
      const at = (own ? s.index : next!.index) + total.index + total[0].length - written.length
      const expression = items.map((i) => (i.years > 1 ? `${i.written} × ${i.years}` : i.written)).join(' + ')
      out.push({ ...proseEquation(expression, computed, { text: written, value: dutchNumber(written), index: at }, Boolean(total[1])), named: true })
    })
  }
  return out
}
