/**
 * A calculation laid out as a list of labelled numbers: a count of a unit, a price per that unit
 * and the result for the priced thing (`- aantal leerlingen: 1.850;`, `- bijdrage per
 * leerling: € 45;`, `- totale bijdrage: € 83.250`). The result should be the count
 * times the price. `label-products` reads the same in a table row's label.
 */

import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, proseEquation, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { namesUnit, nounStem } from './unit-nouns.js'

// `- label: (ruim) (€) number;` as a whole list item.
const ITEM = new RegExp(String.raw`^[ \t]*[-*][ \t]+([^:\n]{3,80}?):[ \t]+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)[ \t]*[;.,]?[ \t]*$`, 'gmiu')
// A price: the priced thing, then `per` and the unit (`bijdrage per leerling`).
const PRICE = /^(?:(?:het|de|gemiddeld|gemiddelde)\s+)?([\p{L}-]+)(?:\s+[\p{L}-]+)?\s+per\s+([\p{L}-]+)\s*$/iu
// A count: `aantal leerlingen (op 1 oktober)`.
const COUNT = /^(?:het\s+)?aantal\s+([\p{L}-]+)/iu
// A result: a word of a total with the priced thing (`totale bijdrage`, `opbrengst precariobelasting`).
const TOTAL = /\b(?:opbrengst|opbrengsten|totaal|totale|kosten|bedrag|samen|in\s+totaal)\b/iu

interface Item {
  label: string
  approx: boolean
  euro: boolean
  number: string
  index: number
}

/**
 * Every result item of a list that follows a count item and a price item of the same unit.
 *
 * @param text A prose text.
 * @returns The products as equations (`1.850 × 45`), with the rounding of the result as tolerance.
 */
export function labelListProducts(text: string): Equation[] {
  const out: Equation[] = []
  // Items of one list: consecutive lines.
  const items: Item[] = [...text.matchAll(ITEM)].map((m) => ({ label: (m[1] ?? '').trim(), approx: Boolean(m[2]), euro: Boolean(m[3]), number: m[4] ?? '', index: m.index + m[0].lastIndexOf(m[4] ?? '') }))
  const prices = items.map((item) => ({ item, m: item.euro ? PRICE.exec(item.label) : null })).filter((p) => p.m)
  for (const { item: price, m } of prices) {
    const [thing = '', unit = ''] = [m![1], m![2]]
    // One price of that thing in the list, one count of its unit, one result for the thing.
    if (prices.filter((p) => nounStem(p.m![1] ?? '') === nounStem(thing)).length !== 1) continue
    const near1 = items.filter((i) => Math.abs(i.index - price.index) < 400)
    const counts = near1.filter((i) => !i.euro && namesUnit(COUNT.exec(i.label)?.[1] ?? '', unit))
    const results = near1.filter((i) => i.euro && i !== price && TOTAL.test(i.label) && i.label.split(/\s+/).some((w) => nounStem(w) === nounStem(thing)) && !/\bper\b/iu.test(i.label))
    if (counts.length !== 1 || results.length !== 1) continue
    const [count, result] = [counts[0]!, results[0]!]
    const computed = mul(dutchNumber(count.number), dutchNumber(price.number))
    const stated = dutchNumber(result.number)
    if (!near(computed, stated)) continue
    out.push(proseEquation(`${count.number} × ${price.number}`, computed, { text: result.number, value: stated, index: result.index }, result.approx))
  }
  return out
}
