/**
 * A mean of a counted thing per counted unit, without euros: "Het team telt 12 fte en begeleidt
 * 390 trajecten, gemiddeld 35 trajecten per fte." The noun before `per` names what the total
 * counts, the noun after it what the divisor counts; the mean should be the one divided by the other.
 */

import { NUMBER } from './amount-change.js'
import { div } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { countsNoun, near, roundedToWhole } from './per-noun-means.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

// `(gemiddeld) 35 trajecten per fte`.
const MEAN = new RegExp(String.raw`(?:\b(gemiddeld|circa|ongeveer|ruim|bijna)\s+)?(?<![€\d.,]\s?)\b(${NUMBER})\s+([\p{L}-]{3,})\s+per\s+([\p{L}-]{2,})`, 'giu')
// A plain count and the words after it (`390 trajecten`, `2 oudste wijken`); no euros, no percentages.
const COUNT = new RegExp(String.raw`(?<![€\d.,]\s?)\b(${NUMBER})(?![\d%])(?=((?:\s+[\p{L}-]+){1,3}))`, 'giu')
// A word that makes the number a mean of the numbers before, not a norm or a target (`de norm is 10 … per wijk`).
const MEAN_WORD = /\b(?:gemiddeld|dat\s+(?:is|zijn)|dit\s+(?:is|zijn)|ofwel|oftewel|neerkomt|komt\s+neer)\b/iu
// Units of time make a rate, not a mean over counted things (`per jaar` is per-year-means').
const TIME = /^(?:jaar|maand|week|dag|uur|kwartaal|keer)$/iu

/**
 * Every mean of a counted thing per counted unit whose total and divisor stand in the same or the
 * two sentences before, within one paragraph.
 *
 * @param text A prose text.
 * @returns The means as equations (`390 ÷ 12`), with the rounding of the mean as tolerance.
 */
export function countMeans(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const m of sentence.text.matchAll(MEAN)) {
        const [all, approx, written = '', thing = '', unit = ''] = m
        if (TIME.test(unit) || isYearNumber(written)) continue
        if (!approx && !MEAN_WORD.test(sentence.text.slice(0, (m.index ?? 0) + all.indexOf(written)))) continue
        const meanAt = sentence.index + (m.index ?? 0) + all.indexOf(written)
        // The counts before the mean in its sentence and the two before it.
        const counts = sentences
          .slice(Math.max(0, s - 2), s + 1)
          .flatMap((t) => [...t.text.matchAll(COUNT)].map((c) => ({ at: t.index + (c.index ?? 0), text: c[1] ?? '', noun: c[2] ?? '' })))
          .filter((c) => c.at < meanAt - 1 && !isYearNumber(c.text))
        const totals = counts.filter((c) => countsNoun(c.noun, thing))
        const divisors = counts.filter((c) => countsNoun(c.noun, unit) && !countsNoun(c.noun, thing))
        // One of each, or the sentence is about more than one group.
        if (totals.length !== 1 || divisors.length !== 1) continue
        const divisor = dutchNumber(divisors[0]!.text)
        if (divisor.n === 0n) continue
        const computed = div(dutchNumber(totals[0]!.text), divisor)
        const stated = dutchNumber(written)
        if (!near(computed, stated)) continue
        const e = proseEquation(`${totals[0]!.text} ÷ ${divisors[0]!.text}`, computed, { text: written, value: stated, index: meanAt }, Boolean(approx))
        // A mean is rounded to whole units at least.
        out.push(roundedToWhole(e))
      }
    })
  }
  return out
}
