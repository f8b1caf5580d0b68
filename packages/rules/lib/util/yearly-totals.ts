/**
 * A number per year and its total over a number of years the text names: "De tweede jongerenwerker
 * kost € 72.000 per jaar. Voor 2027, 2028 en 2029 samen komt dat op € 216.000." The total should be
 * the yearly number times the years (a range, a list of years, `in vier jaar`, `tot en met 2030`
 * from the plan's start, or the plan's own period), within its rounding. `plan-period-totals`
 * reads the plan's own period in one sentence; this reads every count of years, over a sentence.
 */

import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, proseEquation, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { PER_YEAR, quantities, yearsOf, type PlanYears } from './per-year-means.js'
import { linkedSentences } from './text.js'

// The total: a word that makes the next number the outcome (`dus` too: `over vier jaar dus 320`;
// `betekent dat`; a verb that takes up the yearly number, `trekken we daarmee … uit`), then the
// number and no number after it.
const TOTAL = new RegExp(
  String.raw`\b(?:samen|in\s+totaal|bij\s+elkaar|opgeteld|dus|(?:is|zijn)\s+dat(?:\s+er)?(?:\s+(?:samen|in\s+totaal|dus))?|dat\s+(?:is|zijn)|(?:komt|komen)\s+[^\d€.;!?]{0,40}?\bop|kost\s+(?:dat|dit|het)|(?:betekent|betekende)\s+(?:dat|dit)|(?:we|wij)\s+(?:zo|daarmee|hiermee|dus))\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent|per\b))`,
  'giu'
)
// Words that make the total more than the yearly number over the years.
const MORE = /\b(?:eenmalig|eenmalige|daarnaast|plus|inclusief|waarvan|vanaf|indexatie|oplopend)\b/iu

/**
 * Every total of a yearly number over the years its sentence names.
 *
 * @param text A prose text.
 * @param plan The plan's period, when its metadata gives one.
 * @returns The totals as equations (`€ 117.000 × 3`), with the rounding of the total as tolerance.
 */
export function yearlyTotals(text: string, plan?: PlanYears): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const m of sentence.text.matchAll(TOTAL)) {
        const [whole, approx, euro, written = ''] = m
        const at = sentence.index + (m.index ?? 0) + whole.lastIndexOf(written)
        // The years in the total's own sentence; the yearly number there or in the sentence before.
        const own = text.slice(sentence.index, at)
        const years = yearsOf(own, plan)
        // Up to the end of the total's clause: a list read as one sentence goes on with other items.
        const rest = sentence.text.slice(at - sentence.index)
        const clause = sentence.text.slice(0, at - sentence.index + rest.search(/[;\n]|$/u))
        if (years === undefined || years < 2 || /\d/.test(text.slice(at + written.length, sentence.index + clause.length))) continue
        const before = s > 0 ? text.slice(sentences[s - 1]!.index, sentence.index) : ''
        const window = before + own
        const yearly = [...window.matchAll(PER_YEAR)]
        if (yearly.length !== 1 || MORE.test(before + clause)) continue
        const y = yearly[0]!
        const amount = y[3] ?? y[6] ?? ''
        // Only the yearly number and the years: another quantity may be what multiplies.
        const others = quantities(window).filter((q) => q.text !== amount)
        if (others.length > 0 || Boolean(y[2] ?? y[5]) !== Boolean(euro)) continue
        const computed = mul(dutchNumber(amount), { n: BigInt(years), d: 1n })
        const stated = dutchNumber(written)
        if (!near(computed, stated)) continue
        out.push(proseEquation(`${euro ? '€ ' : ''}${amount} × ${years}`, computed, { text: written, value: stated, index: at }, Boolean(approx)))
      }
    })
  }
  return out
}
