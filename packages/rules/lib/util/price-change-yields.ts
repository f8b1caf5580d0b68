/**
 * A price that changes per unit, times a count of that unit named earlier, is the change of the
 * yield: `De club verhuurt 5.600 baanuren per jaar.` … `Het tarief gaat van € 18 naar € 20 per
 * baanuur. Dat brengt € 11.200 extra op.` The product readers take a price with a count; here the
 * price is the step between two prices and the result is named as a change (`extra`, `meer`,
 * `minder`), which the readers of a yield leave alone.
 */

import { mul, sub, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { sentencesOf } from './earlier-rate-products.js'
import { amountsOf, lastCount } from './unchanged-count-products.js'
import { roughly } from './sentence-quantities.js'

// `van € A naar € B`, or `€ B (per rit) in plaats van € A`: the two prices, and nothing else between.
const FROM_TO = /\bvan\s*€\s*[\d.,]+\s*(?:per\s+[\p{L}-]+\s+)?naar\s*€\s*[\d.,]+/iu
const INSTEAD_OF = /€\s*[\d.,]+\s*(?:per\s+[\p{L}-]+\s+)?in\s+plaats\s+van\s*€\s*[\d.,]+/iu
// The unit the price is per: `per rit` after it, or `de leges per vergunning` before it.
const PER = /\bper\s+([\p{L}-]{3,})/giu
// The result is a change of the yield: `€ 9.400 meer`, `€ 9.400 extra`, `€ 9.400 minder`.
const CHANGE_AFTER = /^\s*(?:(?:per\s+)?[\p{L}]+\s+){0,3}?(?:meer|minder|extra|erbij)\b/iu
const CHANGE_BEFORE = /\b(?:extra|meer|minder)\s+(?:van\s+)?$|\b(?:stijg\p{L}*|steeg|stegen|dal\p{L}*|daalde\p{L}*|toe|af)\b[^.!?€]{0,30}\bmet\s+$/iu
const RISE_AFTER = /^\s*(?:[\p{L}]+\s+){0,2}?(?:stijgen|stijgt|dalen|daalt|toenemen|toeneemt|afnemen|afneemt|groeien|groeit)\b/iu
// A price per year or month is no price per counted unit (`€ 110 per jaar`); per hour or day is.
const TIME = /^(?:jaar|maand|week|kwartaal)$/iu

/**
 * Changes of a yield from a price step times an earlier count of the priced unit.
 *
 * @param text One section's prose.
 * @returns `count × (B − A)` as soft equations at the offsets of their results.
 */
export function priceChangeYields(text: string): Equation[] {
  const out: Equation[] = []
  const sentences = sentencesOf(text)
  sentences.forEach((s, j) => {
    const prices = FROM_TO.exec(s.text)
    const reversed = !prices
    const at = prices ?? INSTEAD_OF.exec(s.text)
    if (!at || /%|\bprocent\b/iu.test(s.text)) return
    // The amounts from the two prices on: one named before them (`naast de borg van € 5`) is neither.
    const amounts = amountsOf(s.text.slice(at.index), s.start + at.index)
    const [from, to] = reversed ? [amounts[1], amounts[0]] : amounts
    const unit = [...s.text.matchAll(PER)].map((m) => m[1]!.toLowerCase()).find((u) => !TIME.test(u))
    if (!from || !to || !unit) return
    // The result: the one amount after the prices in this sentence, or the one amount of the next.
    const next = sentences[j + 1]
    const rest = amounts.slice(2)
    const results = rest.length > 0 ? rest : next && next.paragraph === s.paragraph ? amountsOf(next.text, next.start) : []
    if (results.length !== 1) return
    const result = results[0]!
    const before = text.slice(Math.max(0, result.index - 40), result.index).replace(/€\s*$/u, '')
    const after = text.slice(result.end)
    // `met € X stijgen`: a rise or fall by the amount, the verb after it.
    const byAfter = /\bmet\s+$/iu.test(before) && RISE_AFTER.test(after)
    if (!CHANGE_AFTER.test(after) && !CHANGE_BEFORE.test(before) && !byAfter) return
    // The count: the last whole number of the priced unit before the prices.
    const count = lastCount(text.slice(0, s.start), unit)
    if (!count) return
    const diff = sub(to.value, from.value)
    const computed: Rational = mul(diff.n < 0n ? { n: -diff.n, d: diff.d } : diff, count.value)
    // Far from the product, the result is another figure (a count that changes too, a share).
    if (!roughly(result.value, computed)) return
    out.push({ ...proseEquation(`${count.text} × (${to.text} − ${from.text})`, computed, result, false), soft: true })
  })
  return out
}
