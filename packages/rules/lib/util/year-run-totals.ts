/**
 * A count in a first year, a count per year after it, and the total over the run: "vijf
 * inloopavonden in 2026 en daarna drie per jaar, in totaal 14 avonden in de planperiode",
 * "In 2028 zetten we 20 banken neer, in de jaren daarna 8 per jaar; samen komen er 36 bij", "het
 * eerste jaar 12 cursussen, vervolgens jaarlijks 8, in totaal 36". The run ends at the year the
 * sentence names (`tot en met 2029`) or else at the end of the plan's period; the total should be
 * the first count plus the yearly count for every year after the first.
 */

import { NUMBER } from './amount-change.js'
import { add, make, mul } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { countValue } from './per-noun-means.js'
import type { PlanYears } from './per-year-means.js'
import { NUMBER_WORD } from './share-words.js'
import { paragraphSentences } from './text.js'

// (A count in words may stand before a comma: `vervolgens jaarlijks vier, in totaal …`.)
const WORD = NUMBER_WORD.replace(String.raw`(?=\s)`, String.raw`(?!\p{L})`)
const COUNT = String.raw`(${NUMBER}(?![\d.,]*\d)|${WORD})`
const YEAR = String.raw`((?:19|20)\d{2})`
// The first year and its count, either way round (`zes in 2026`, `in 2026 zes`, `het eerste jaar 12`).
const FIRST = new RegExp(
  String.raw`(?:${COUNT}(?:\s+[\p{L}'’-]+){0,2}?\s+in\s+${YEAR}|\bin\s+${YEAR}\s+(?:[\p{L}'’-]+\s+){0,3}?${COUNT}|\bhet\s+eerste\s+jaar\s+(?:[\p{L}'’-]+\s+){0,3}?${COUNT})`,
  'iu'
)
// Then the yearly count: `daarna drie per jaar`, `in de jaren daarna 8 per jaar`, `vervolgens jaarlijks 8`
// (not a yearly growth: `daarna elk jaar 60 meer`).
const THEN = new RegExp(
  String.raw`^[^.;!?\d]{0,40}?\b(?:daarna|daarop|vervolgens|in\s+de\s+jaren\s+(?:daarna|erna|daarop)|de\s+jaren\s+(?:daarna|erna))\s+(?:[\p{L}'’-]+\s+){0,2}?(?:(?:jaarlijks|elk\s+jaar|ieder\s+jaar)\s+${COUNT}(?!\s+(?:meer|minder|extra|erbij)\b)|${COUNT}(?:\s+[\p{L}'’-]+)?\s+(?:per\s+jaar|jaarlijks|elk\s+jaar|ieder\s+jaar))`,
  'iu'
)
// The total after them: `in totaal 16`, `samen 36`, `totaal 36`, `dat zijn 36`.
const TOTAL = new RegExp(String.raw`^[^.!?]{0,60}?\b(?:in\s+totaal|samen|totaal|bij\s+elkaar|dat\s+zijn|dat\s+maakt)\s+(?:(?:komen|zijn|worden|is|dat|er|het|we)\s+){0,3}?${COUNT}(?![\d.,]*\d)`, 'iu')
const UNTIL = /\b(?:tot\s+en\s+met|t\/m|tot\s+eind)\s+((?:19|20)\d{2})\b/iu
// A rounding word, a percentage or an amount: another calculation.
const OTHER = /\b(?:circa|ongeveer|ruim|bijna|gemiddeld|minimaal|maximaal|minstens|procent)\b|%|€/iu

/**
 * Every total over a run of years that starts with one count and goes on with a count per year.
 *
 * @param text A prose text.
 * @param plan The plan's period (optional: without it only a sentence that names its last year is read).
 * @returns The totals as equations (`6 + 3 × 4 = 16`), at the total.
 */
export function yearRunTotals(text: string, plan?: PlanYears): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    for (const s of sentences) {
      if (OTHER.test(s.text)) continue
      const first = FIRST.exec(s.text)
      if (!first) continue
      const firstCount = first[1] ?? first[4] ?? first[5] ?? ''
      const firstYear = Number(first[2] ?? first[3] ?? plan?.start ?? NaN)
      const rest = s.text.slice(first.index + first[0].length)
      const then = THEN.exec(rest)
      if (!then) continue
      const yearly = then[1] ?? then[2] ?? ''
      const after = rest.slice(then.index + then[0].length)
      const total = TOTAL.exec(after)
      if (!total) continue
      const stated = total[1] ?? ''
      const until = UNTIL.exec(s.text)
      const last = until ? Number(until[1]) : plan ? plan.start + plan.years - 1 : NaN
      const years = last - firstYear
      const [a, b, t] = [countValue(firstCount), countValue(yearly), countValue(stated)]
      if (!a || !b || !t || !Number.isFinite(years) || years < 1 || years > 10) continue
      const computed = add(a, mul(make(BigInt(years), 1n), b))
      const index = s.index + first.index + first[0].length + then.index + then[0].length + total.index + total[0].lastIndexOf(stated)
      out.push(proseEquation(`${firstCount} + ${years} × ${yearly}`, computed, { text: stated, value: t, index }, false))
    }
  }
  return out
}

/**
 * Whether a text tells a run of years with a first count and a count per year after it: such an
 * action item is a calculation text even with its counts in words.
 *
 * @param text Any written text.
 * @returns Whether it does.
 */
export function tellsYearRun(text: string): boolean {
  const first = FIRST.exec(text)
  return Boolean(first && THEN.test(text.slice(first.index + first[0].length)))
}
