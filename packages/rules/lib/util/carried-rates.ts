/**
 * A price carried from one sentence or list item to the next: "in 2026 renoveren we 12
 * speeltuinen van gemiddeld € 40.000, dat is € 480.000; in 2027 volgen 15 speeltuinen, dus € 600.000".
 * The first sentence shows the price per counted thing (its count times the price is its
 * result); the next counts the same thing and gives a result without a price, so it should be
 * its count times the same price.
 */

import { beyond, dutchNumber, mul, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { quantities } from './per-year-means.js'
import { sentenceStarts } from './rate-products.js'
import { namesUnit } from './unit-nouns.js'

// Right before the result: a word that makes it the outcome.
const RESULT_WORD = /\b(?:dus|dat\s+is|dat\s+zijn|is\s+dat|zijn\s+dat|samen|in\s+totaal|komt\s+(?:dat\s+)?op|kost\s+dat)\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?€\s*$/iu
// Something else joined to the count: the result is then more than the count at the price.
const MORE = /\b(?:en|plus|inclusief|daarnaast|extra|waarvan|ook)\b|%/iu
const PERIOD = /^\s*(?:per\s+(?:jaar|maand|week)|jaarlijks)\b/iu
// The counted noun: the first word after the count that is no function word.
const noun = (text: string, end: number): string | undefined => /^\s+(?:(?:nieuwe|extra|andere)\s+)?(\p{Ll}[\p{L}'’-]+)/u.exec(text.slice(end))?.[1]

/**
 * Every result of a count at the price its previous sentence shows for the same counted thing.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations (`15 × 40.000`), with the rounding of the result as tolerance.
 */
export function carriedRates(text: string): Equation[] {
  const out: Equation[] = []
  const starts = sentenceStarts(text)
  const sentences = starts.map((start, i) => ({ start, text: text.slice(start, starts[i + 1] ?? text.length) }))
  sentences.forEach((cur, i) => {
    const prev = sentences[i - 1]
    if (!prev) return
    // An amount per period counts here (`€ 112.500 per jaar`): both results must be per the same period.
    const plain = (t: string): string => t.replace(/\s+per\s+(?:jaar|maand|week)\b/giu, (m) => ' '.repeat(m.length))
    const [p, c] = [quantities(plain(prev.text)), quantities(plain(cur.text))]
    const [pCounts, pEuros, cCounts, cEuros] = [p.filter((q) => !q.euro), p.filter((q) => q.euro), c.filter((q) => !q.euro), c.filter((q) => q.euro)]
    if (pCounts.length !== 1 || pEuros.length !== 2 || cCounts.length !== 1 || cEuros.length !== 1) return
    const [count1, price, result1, count2, result2] = [pCounts[0]!, pEuros[0]!, pEuros[1]!, cCounts[0]!, cEuros[0]!]
    // The first sentence proves the price: its count times the price is its result, as written.
    const product1 = mul(dutchNumber(count1.text), dutchNumber(price.text))
    if (beyond(product1, dutchNumber(result1.text), rounding(result1.text))) return
    // The same counted thing, the count before its result, nothing joined in, the same period.
    const [noun1, noun2] = [noun(prev.text, count1.end), noun(cur.text, count2.end)]
    if (!noun1 || !noun2 || !(namesUnit(noun2, noun1) || namesUnit(noun1, noun2)) || count1.index > price.index || count2.index > result2.index) return
    const between = cur.text.slice(count2.end, result2.index)
    const euroAt = cur.text.lastIndexOf('€', result2.end)
    const word = RESULT_WORD.exec(cur.text.slice(0, euroAt + 1))
    if (!word || MORE.test(between) || PERIOD.test(prev.text.slice(result1.end)) !== PERIOD.test(cur.text.slice(result2.end))) return
    if (/\d/.test(cur.text.slice(result2.end))) return
    const computed = mul(dutchNumber(count2.text), dutchNumber(price.text))
    const stated = dutchNumber(result2.text)
    if (!near(computed, stated)) return
    out.push(proseEquation(`${count2.text} × ${price.text}`, computed, { text: result2.text, value: stated, index: cur.start + euroAt + cur.text.slice(euroAt).indexOf(result2.text) }, Boolean(word[1])))
  })
  return out
}
