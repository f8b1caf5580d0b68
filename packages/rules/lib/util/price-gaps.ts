/**
 * A saving from moving a count of things from one price to another: "Een papieren aanvraag
 * kost € 23, een digitale € 7. Als 4.000 aanvragers overstappen, besparen we € 64.000." The saving
 * should be the count times the gap between the two prices.
 */

import { dutchNumber, mul, proseEquation, sub, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { quantities } from './per-year-means.js'
import { linkedSentences } from './text.js'
import { NUMBER } from './amount-change.js'

// The saving: a verb or noun of saving, then (a few words on) the amount.
const SAVING = new RegExp(String.raw`\b(?:scheelt|scheelde|schelen|besparen|bespaart|bespaarde|besparing\s+van|sparen\s+(?:\p{L}+\s+)?uit)\b((?:\s+[\p{L}'’-]+){0,4}?)\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?€\s*(${NUMBER})(?![\d.,]*\d)`, 'giu')
// Something else that saves or costs as well: the saving is then more than the move.
const MORE = /\b(?:en|ook|daarnaast|plus|inclusief|samen\s+met|waarvan|procent)\b|%/iu

/**
 * Every saving of a count moved between two prices named in its sentence or the one before.
 *
 * @param text A prose text.
 * @returns The savings as equations (`4.000 × (23 − 7)`), with the rounding of the saving as tolerance.
 */
export function priceGaps(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const m of sentence.text.matchAll(SAVING)) {
        const [whole, between = '', approx, written = ''] = m
        const head = sentence.text.slice(0, m.index)
        // The moved count: the one quantity of the saving's sentence before the saving, no amount;
        // the prices: the two amounts before it (in this sentence or the one before), and no other number.
        const window = (s > 0 ? sentences[s - 1]!.text + ' ' : '') + head
        const found = quantities(window)
        const counts = found.filter((q) => !q.euro)
        const prices = found.filter((q) => q.euro)
        if (counts.length !== 1 || prices.length !== 2 || MORE.test(between)) continue
        // The count comes after the prices, and nothing else joins in on the way to the saving.
        const countAt = head.search(new RegExp(String.raw`(?<![\d.,])${counts[0]!.text.replace(/\./g, '\\.')}(?![\d.,]*\d)`, 'u'))
        if (countAt < 0 || head.slice(countAt).includes('€') || MORE.test(head.slice(countAt))) continue
        if (/\d/.test(sentence.text.slice((m.index ?? 0) + whole.length))) continue
        const [high, low] = sub(dutchNumber(prices[0]!.text), dutchNumber(prices[1]!.text)).n < 0n ? [prices[1]!, prices[0]!] : [prices[0]!, prices[1]!]
        const gap = sub(dutchNumber(high.text), dutchNumber(low.text))
        const computed = mul(dutchNumber(counts[0]!.text), gap)
        const stated = dutchNumber(written)
        // A saving far from the product is about something else.
        if (gap.n === 0n || !near(computed, stated)) continue
        const at = sentence.index + (m.index ?? 0) + whole.lastIndexOf(written)
        out.push(proseEquation(`${counts[0]!.text} × (${high.text} − ${low.text})`, computed, { text: written, value: stated, index: at }, Boolean(approx)))
      }
    })
  }
  return out
}
