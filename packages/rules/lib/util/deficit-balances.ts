/**
 * A deficit or a surplus named after an income and a cost, over the sentences of one paragraph:
 * "In 2025 ontving de stichting € 84.000: € 60.000 subsidie en € 24.000 uit contributies. De
 * uitgaven bedroegen € 91.000, zodat het jaar eindigde met een tekort van € 7.000." A deficit
 * (`tekort`, `overschrijding`, `negatief saldo`, `… te kort`) is the cost minus the income, a surplus
 * (`overschot`, `positief saldo`, `houden we … over`) the income minus the cost. The reader takes
 * the plain case: exactly one income and one cost before the result (an amount the sentence splits
 * into parts after a colon counts once), their signs fitting the word.
 */

import { near } from './exact-number.js'
import { add, dutchNumber, proseEquation, sub, type Equation } from './onderbouwing.js'
import { sentenceStarts } from './rate-products.js'
import { quantities, type Quantity } from './sentence-quantities.js'
import { paragraphs } from './text.js'
import { PER_PERIOD } from './year-numbers.js'

// The word of a deficit or surplus in the result's clause, before the amount.
const DEFICIT_BEFORE = /\b(?:tekort|overschrijding|negatief\s+saldo|nadelig\s+saldo)\b[^€\d]*$/iu
const SURPLUS_BEFORE = /\b(?:overschot|positief\s+saldo|voordelig\s+saldo)\b[^€\d]*$/iu
// … or after it: `komen we € 7.000 te kort`, `houden we € 3.000 over`.
const DEFICIT_AFTER = /^\s*te\s+kort\b/iu
const SURPLUS_AFTER = /^\s*(?:over\s*(?:houden|houdt|hielden|hield|gehouden)|overgehouden)\b/iu
const OVER_AFTER = /^\s*over\b/iu
const KEEP_BEFORE = /\b(?:houden|houdt|hielden|hield)\b[^€\d]*$/iu
// What comes in or is at hand, and what goes out, in an amount's clause.
const INCOME = /\b(?:ontv\p{L}*|inkomsten|\p{L}*baten|\p{L}*opbrengst(?:en)?|\p{L}*budget|beschikbaar|begroot|\p{L}*subsidie|\p{L}*bijdragen?|\p{L}*krediet|kregen|krijgt|kreeg|krijgen|binnen)\b/iu
const COST = /\b(?:uitgaven|\p{L}*kosten|\p{L}*lasten|uitgegeven|gaf|gaven|geeft|geven|besteed|besteedde|besteedden|kost|kostte|kostten|betaald|betaalde|betaalden)\b/iu
// The clause an amount stands in: from the last clause mark or sentence end before it to the next after it.
const MARK = /[,;:()]|[.!?](?=\s)/gu
const clauseOf = (text: string, at: number): string => {
  const marks = [...text.matchAll(MARK)].map((m) => m.index)
  const start = (marks.filter((i) => i < at).at(-1) ?? -1) + 1
  return text.slice(start, marks.find((i) => i >= at) ?? text.length)
}

/**
 * Every deficit or surplus after one income and one cost in its paragraph.
 *
 * @param text One paragraph of prose.
 * @returns The balances as equations (`91.000 − 84.000`), with the rounding of the result as tolerance.
 */
export function deficitBalances(text: string): Equation[] {
  const out: Equation[] = []
  for (const { result, deficit, income, cost } of balances(text)) {
    // The signs fit the word: a deficit when the cost exceeds the income, a surplus the other way.
    const [larger, smaller] = deficit ? [cost, income] : [income, cost]
    const computed = sub(larger.value, smaller.value)
    if (computed.n <= 0n) continue
    const stated = dutchNumber(result.text)
    if (!near(computed, stated)) continue
    out.push(proseEquation(`${larger.text} − ${smaller.text}`, computed, { text: result.text, value: stated, index: result.index }, result.approx !== ''))
  }
  return out
}

/**
 * Where a text names a deficit after an income larger than the cost, or a surplus after a cost
 * larger than the income: the word is about another balance (`een tekort op de bar`), so no
 * difference of the two is its size.
 *
 * @param text A prose text.
 * @returns The offsets of those results.
 */
export function misfitBalances(text: string): number[] {
  return paragraphs(text).flatMap((p) =>
    balances(p.text)
      .filter(({ deficit, income, cost }) => sub(deficit ? cost.value : income.value, deficit ? income.value : cost.value).n < 0n)
      .map(({ result }) => p.index + result.index)
  )
}

interface Balance {
  result: Quantity
  /** A deficit (else a surplus). */
  deficit: boolean
  income: Quantity
  cost: Quantity
}

// Each amount named a deficit or surplus with exactly one income and one cost before it.
function balances(text: string): Balance[] {
  const out: Balance[] = []
  if (!/tekort|overschrijding|saldo|te\s+kort|overschot|over/iu.test(text)) return out
  const starts = sentenceStarts(text)
  const amounts = quantities(text).filter((q) => q.unit === '€' && !q.share)
  for (const result of amounts) {
    const s = starts.findLastIndex((start) => start <= result.index)
    const sentence = text.slice(starts[s]!, result.index)
    const lead = sentence.slice(Math.max(...[',', ';', ':'].map((c) => sentence.lastIndexOf(c))) + 1)
    const after = text.slice(result.end, result.end + 20)
    const deficit = DEFICIT_BEFORE.test(lead) || DEFICIT_AFTER.test(after)
    const surplus = SURPLUS_BEFORE.test(lead) || SURPLUS_AFTER.test(after) || (KEEP_BEFORE.test(lead) && OVER_AFTER.test(after))
    if (deficit === surplus) continue
    // The income and the cost: the amounts before the result in its sentence and the two before it.
    const from = starts[Math.max(0, s - 2)]!
    const before = amounts.filter((q) => q.index >= from && q.index < result.index)
    const terms = before.filter((q) => !partOfColon(text, q, before))
    if (terms.length !== 2) continue
    const incomes = terms.filter((q) => INCOME.test(clauseOf(text, q.index)) && !COST.test(clauseOf(text, q.index)))
    const costs = terms.filter((q) => COST.test(clauseOf(text, q.index)) && !INCOME.test(clauseOf(text, q.index)))
    const [income] = incomes
    const [cost] = costs
    if (incomes.length !== 1 || costs.length !== 1 || !income || !cost) continue
    if (PER_PERIOD.test(clauseOf(text, income.index)) !== PER_PERIOD.test(clauseOf(text, cost.index))) continue
    out.push({ result, deficit, income, cost })
  }
  return out
}

// An amount after a colon in the sentence of a whole it is a part of: the parts after the colon add up to that whole.
function partOfColon(text: string, q: Quantity, amounts: Quantity[]): boolean {
  const colon = text.lastIndexOf(':', q.index)
  if (colon < 0 || /[.!?;]\s/u.test(text.slice(colon, q.index))) return false
  const whole = amounts.filter((a) => a.end <= colon && !/[.!?;:]\s/u.test(text.slice(a.end, colon))).at(-1)
  if (!whole) return false
  const end = text.slice(colon).search(/[.!?;]\s|[.!?]$/u)
  const parts = amounts.filter((a) => a.index > colon && (end < 0 || a.index < colon + end))
  const sum = parts.reduce((total, p) => add(total, p.value), { n: 0n, d: 1n })
  return parts.includes(q) && parts.length >= 2 && sum.n * whole.value.d === whole.value.n * sum.d
}
