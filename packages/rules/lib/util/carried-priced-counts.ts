/**
 * A price per unit laid down in the section, a count of that unit in a later sentence, and the
 * total in the sentence right after the count, pointing back at it: "De bijdrage is € 2.500 per
 * aansluiting." and a paragraph further "Voor 2028 staan 30 aansluitingen gepland. Hiervoor is
 * € 75.000 nodig." priced-counts reads the price and the count with its total in two sentences
 * next to each other; here the count and the total are two sentences, and the price may stand up
 * to two paragraphs before the count. One price per the counted unit in the section, one count,
 * one total: another price of that unit, or a total that holds more, is another sum.
 */

import { mul, proseEquation, type Equation } from './onderbouwing.js'
import { near } from './exact-number.js'
import { close, sentencesOf } from './earlier-rate-products.js'
import { BOUND, counts } from './priced-counts.js'
import { inDigits } from './rate-products.js'
import { quantities } from './sentence-quantities.js'
import { PER_PERIOD, TIME_UNITS } from './year-numbers.js'

// The total's sentence opens by pointing back and names what the count takes: `Hiervoor is € … nodig`,
// `Dat kost €`, `Daarmee is € … gemoeid`, `Daarvoor trekken we € … uit`.
const POINTS_BACK = /^\s*(?:hiervoor|daarvoor|hiermee|daarmee|dat|dit)\b/iu
const TAKES = /\b(?:nodig|kost|kosten|kostte|gemoeid|vraagt|vergt|trekken|reserveren|begroten|ramen)\b/iu
// A total that holds more than the count at the price, or only part of it: another sum.
const MORE = /\b(?:plus|inclusief|incl\.|exclusief|excl\.|naast|daarnaast|bovendien|extra|ook|aanvullend|bovenop|daarbovenop|erbij|nog|resterende|overige|deels|gedeeltelijk|minus|min)\b|\+/iu
// A part of the total after `waarvan` (`waarvan € 20.000 uit de reserve`) leaves the total as it is.
const PART_OF_IT = /,?\s*\b(?:waarvan|daarvan)\b[\s\S]*$/iu
const TIME = new RegExp(`^(?:${TIME_UNITS}|kwartalen)$`, 'iu')
// How many paragraphs before the count's the price may stand.
const PARAGRAPHS_BACK = 2

/**
 * Every total of a count at a price per its unit laid down earlier in the section.
 *
 * @param text One section's prose.
 * @returns The products as equations (`30 × 2.500`), with the rounding of the total as tolerance.
 */
export function carriedPricedCounts(text: string): Equation[] {
  const list = sentencesOf(text)
  const out: Equation[] = []
  list.forEach((total, j) => {
    const counted = list[j - 1]
    if (!counted || counted.paragraph !== total.paragraph || !POINTS_BACK.test(total.text) || !TAKES.test(total.text)) return
    const own = total.text.replace(PART_OF_IT, '')
    const amounts = quantities(own)
    const [amount] = amounts
    if (amounts.length !== 1 || !amount || amount.unit !== '€' || amount.per !== '' || MORE.test(own)) return
    const numbers = quantities(counted.text)
    const [count] = numbers
    if (numbers.length !== 1 || !count || count.unit === '€' || count.value.d !== 1n || count.value.n < 2n) return
    if (PER_PERIOD.test(counted.text) !== PER_PERIOD.test(own)) return
    // The prices per the counted unit before the count, in its section: exactly one, within reach.
    const prices = list.slice(0, j - 1).flatMap((s) =>
      quantities(s.text)
        .filter((q) => q.unit === '€' && q.per !== '' && !TIME.test(q.per) && counts(counted.text, count, [q.per.toLowerCase()]))
        .map((q) => ({ q, s }))
    )
    const [price] = prices
    if (prices.length !== 1 || !price || price.s.paragraph < counted.paragraph - PARAGRAPHS_BACK || BOUND.test(price.s.text)) return
    const computed = mul(count.value, price.q.value)
    const at = amount.index + own.slice(amount.index).indexOf(amount.text)
    const e = proseEquation(`${inDigits(count)} × ${price.q.text}`, computed, { text: amount.text, value: amount.value, index: total.start + at }, amount.approx !== '')
    if (near(computed, amount.value) && close(e)) out.push(e)
  })
  return out
}
