/**
 * A number per year with the total and the number of years it is spread over: "Tot en met 2030
 * bouwen we 1.600 woningen. Dat zijn er gemiddeld 320 per jaar." The years are written as a
 * count (`in vijf jaar`), a range (`2026-2030`), the plan's own period (`over de looptijd`) or an
 * end year from the plan's start (`tot en met 2030`); the number per year should be the total
 * divided by them, within its rounding.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { div, make } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { paragraphSentences } from './text.js'
import { yearCounts } from './year-counts.js'
import { isYearNumber } from './year-numbers.js'

const APPROX = String.raw`(?:gemiddeld|circa|ca\.|ongeveer|ruim|bijna|zo['’]n)`
// `(gemiddeld) (€) 320 (woningen) per jaar`, `jaarlijks (gemiddeld) (€) 320`.
const PER_YEAR = new RegExp(
  String.raw`(?:(${APPROX})\s+)?(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))(?:\s+[\p{L}'’-]+){0,2}?\s+(?:per\s+jaar|per\s+kalenderjaar|jaarlijks|elk\s+jaar|ieder\s+jaar)\b|\bjaarlijks\s+(?:(${APPROX})\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`,
  'giu'
)
// A count of years in words or digits: `in vijf jaar`, `over 4 jaar`, `vier jaar lang`.
const YEARS_WRITTEN = /\b(?:in|over|binnen|gedurende|de\s+komende|na)\s+(\d{1,2}|[\p{L}]+)\s+jaar\b/giu
// An end year counted from the plan's start: `tot en met 2030`, `t/m 2030`.
const UNTIL = /\b(?:tot\s+en\s+met|t\/m|t\.e\.m\.?)\s+((?:19|20)\d{2})\b/giu
const QUANTITY = new RegExp(String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(\s*%|\s*procent|\s+per\b)?`, 'giu')
const MONTH = /^\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/iu

/** The plan's period, when its metadata gives one. */
export interface PlanYears {
  start: number
  years: number
}

/**
 * Every number per year whose total and number of years stand in its sentence or the one before.
 *
 * @param text A prose text.
 * @param plan The plan's period (for `over de looptijd` and `tot en met 2030`).
 * @returns The means as equations (`1.600 ÷ 5`), with the rounding of the mean as tolerance.
 */
export function perYearMeans(text: string, plan?: PlanYears): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const m of sentence.text.matchAll(PER_YEAR)) {
        // `gemiddeld` says it is a mean, which is exact to the digits it writes; `circa` rounds.
        const approx = !/^gemiddeld$/iu.test(m[1] ?? m[4] ?? 'gemiddeld')
        const euro = Boolean(m[2] ?? m[5])
        const written = m[3] ?? m[6] ?? ''
        const at = sentence.index + (m.index ?? 0) + m[0].indexOf(written)
        // The total and the years before the mean: in its sentence, else in the sentence before.
        const own = { index: sentence.index, text: text.slice(sentence.index, at) }
        for (const window of [own, ...(s > 0 ? [{ index: sentences[s - 1]!.index, text: text.slice(sentences[s - 1]!.index, at) }] : [])]) {
          // Another number per year before this one answers that total already (`1.200 bomen, 300
          // per jaar. … toen we er 150 per jaar plantten` compares two paces).
          if ([...window.text.matchAll(PER_YEAR)].length > 0) break
          const years = yearsOf(window.text, plan)
          const totals = quantities(window.text).filter((q) => q.euro === euro)
          if (years === undefined || totals.length !== 1) continue
          const total = totals[0]!.text
          const computed = div(dutchNumber(total), make(BigInt(years), 1n))
          const stated = dutchNumber(written)
          // A number per year far from the division is about something else.
          if (!near(computed, stated)) break
          const e = proseEquation(`${euro ? '€ ' : ''}${total} ÷ ${years}`, computed, { text: written, value: stated, index: at }, approx)
          // A mean of whole things is rounded to a whole.
          out.push({ ...e, tolerance: { n: e.tolerance.n * 2n + e.tolerance.d, d: e.tolerance.d * 2n } })
          break
        }
      }
    })
  }
  return out
}

// The one number of years a stretch of text names; none when it names none or several.
function yearsOf(text: string, plan: PlanYears | undefined): number | undefined {
  const found = yearCounts(text, plan?.years).map((c) => c.years)
  for (const m of text.matchAll(YEARS_WRITTEN)) {
    const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : parseNumberWord((m[1] ?? '').toLowerCase())
    if (n !== undefined && n >= 2) found.push(n)
  }
  if (plan) {
    for (const m of text.matchAll(UNTIL)) {
      const last = Number(m[1])
      // `2026 tot en met 2030` is a range yearCounts read.
      if (/(?:19|20)\d{2}\s*$/u.test(text.slice(0, m.index ?? 0))) continue
      if (last > plan.start && last < plan.start + plan.years) found.push(last - plan.start + 1)
      else if (last === plan.start + plan.years - 1) found.push(plan.years)
    }
  }
  return new Set(found).size === 1 ? found[0] : undefined
}

// The quantities of a stretch of text: no years, days of a date, percentages or rates.
function quantities(text: string): Array<{ text: string; euro: boolean }> {
  const out: Array<{ text: string; euro: boolean }> = []
  for (const q of text.matchAll(QUANTITY)) {
    const [, euro, number = '', tail] = q
    if (tail || (!euro && isYearNumber(number)) || MONTH.test(text.slice((q.index ?? 0) + q[0].length))) continue
    // The count of years itself (`in 5 jaar`) is no total.
    if (/^\s+jaar\b/iu.test(text.slice((q.index ?? 0) + q[0].length))) continue
    out.push({ text: number, euro: Boolean(euro) })
  }
  return out
}
