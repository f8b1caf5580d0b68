/**
 * An amount written off or spread over a number of years, with the amount per year it gives:
 * "De nieuwe sporthal kost € 7,2 mln. Over 30 jaar afgeschreven geeft dat € 240.000 per jaar",
 * "€ 750.000, verdeeld over vijf jaar, is € 150.000 per jaar". A straight line: the amount divided
 * by the years. An annuity or interest in the yearly amount is another sum, so the sentence must
 * not name one between the term and the yearly amount.
 */

import { parseNumberWord } from '@kapstok/nl'
import { AMOUNT, NUMBER } from './amount-change.js'
import { div } from './exact-number.js'
import { dutchNumber, mul, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'

const YEARS = String.raw`(\d{1,3}|\p{L}+)\s+jaar`
const VERB = String.raw`(?:afgeschreven|afschrijven|afschrijving|verdeeld|verdelen(?:\s+we)?|gespreid|spreiden(?:\s+we)?|uitgesmeerd)`
// The separable verb around its term: `schrijven we in acht jaar af`, `schrijft de gemeente over 25 jaar af`.
const SPLIT_VERB = String.raw`(?:schrijven|schrijft|schreven|schreef)`
// `afgeschreven over 30 jaar`, `over 30 jaar afgeschreven`, `een afschrijvingstermijn van 30 jaar`.
const TERM = new RegExp(
  String.raw`\b(?:${VERB}\s+(?:[\p{L}]+\s+){0,2}?(?:over|in|op)\s+${YEARS}|(?:over|in)\s+${YEARS}\s+(?:[\p{L}]+\s+){0,2}?${VERB}|afschrijvingstermijn\s+van\s+${YEARS}|${SPLIT_VERB}\s+(?:[\p{L}]+\s+){0,5}?(?:over|in)\s+${YEARS}\s+af)\b`,
  'giu'
)
// After the term: a few words without a number, then the amount per year.
const YEARLY = new RegExp(String.raw`^([^€\d.!?]{0,60}?)(circa\s+|ongeveer\s+|afgerond\s+)?${AMOUNT}(\s+per\s+jaar\b)?`, 'iu')
// The amount is a yearly one: named so before it or after it.
const PER_YEAR = /\b(?:jaarlast|jaarlasten|jaarlijks|per\s+jaar|afschrijving|afschrijvingslast)\b/iu
// An annuity or interest makes the yearly amount another sum.
const OTHER_SUM = /annuït|\brente|\bkapitaallast/iu
const TWO: Rational = { n: 2n, d: 1n }

/**
 * Every amount written off or spread over years with its amount per year.
 *
 * @param text One paragraph of prose.
 * @returns The divisions as equations (`750.000 ÷ 5 = 150.000`), with the rounding of the result as tolerance.
 */
export function writeOffs(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(TERM)) {
    const written = m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''
    const years = /^\d/.test(written) ? Number(written) : parseNumberWord(written)
    if (!years || years < 2 || years > 100) continue
    const after = YEARLY.exec(text.slice(m.index + m[0].length))
    if (!after) {
      // The term first, then the amount written off and its yearly amount (`een afschrijvingstermijn
      // van 20 jaar. Het krediet van € 260.000 betekent per jaar € 13.000 afschrijving.`).
      const later = amountThenYearly(text, m.index + m[0].length, years, m[0])
      if (later) out.push(later)
      continue
    }
    const [all, between = '', approx, result = '', perYear] = after
    if (!perYear && !PER_YEAR.test(between) && !PER_YEAR.test(m[0])) continue
    if (OTHER_SUM.test(m[0] + between)) continue
    // The amount written off: the last amount before the term, in its sentence or the one before.
    const before = text.slice(0, m.index)
    const ends = [...before.matchAll(/[.!?](?=\s)/gu)]
    const from = ends.length >= 2 ? (ends.at(-2)?.index ?? 0) : 0
    const amount = [...before.slice(from).matchAll(new RegExp(AMOUNT, 'giu'))].at(-1)?.[1]
    if (!amount) continue
    const equation = writeOff(amount, years, result, m.index + m[0].length + all.lastIndexOf(result), Boolean(approx))
    if (equation) out.push(equation)
  }
  return out
}

// After the term, within its sentence and the next: exactly two amounts, the second a yearly one.
const TWO_AMOUNTS = new RegExp(String.raw`^[^€\d]{0,160}?${AMOUNT}([^€\d!?]{0,80}?)(circa\s+|ongeveer\s+|afgerond\s+)?${AMOUNT}(\s+per\s+jaar\b)?([^€\d]*?)(?:[.!?](?=\s|$)|$)`, 'iu')
function amountThenYearly(text: string, from: number, years: number, term: string): Equation | undefined {
  const rest = text.slice(from)
  const ends = [...rest.matchAll(/[.!?](?=\s|$)/gu)]
  const window = rest.slice(0, (ends[1]?.index ?? rest.length) + 1)
  const m = TWO_AMOUNTS.exec(window)
  if (!m) return undefined
  const [, amount = '', between = '', approx, result = '', perYear, tail = ''] = m
  if (/[€\d]/u.test(window.slice(m[0].length))) return undefined
  if (!perYear && !PER_YEAR.test(between) && !PER_YEAR.test(tail)) return undefined
  if (OTHER_SUM.test(term + between)) return undefined
  return writeOff(amount, years, result, from + m[0].indexOf(result, m[0].indexOf(between) + between.length), Boolean(approx))
}

// The amount written off divided by the years, against the yearly amount stated at `index`; an
// amount that is no plain number, or a yearly amount far from the division, is about something else.
function writeOff(amount: string, years: number, result: string, index: number, approx: boolean): Equation | undefined {
  if (!new RegExp(`^${NUMBER}$`, 'u').test(amount)) return undefined
  const computed = div(dutchNumber(amount), { n: BigInt(years), d: 1n })
  const stated = dutchNumber(result)
  if (sub(stated, mul(computed, TWO)).n > 0n || sub(computed, mul(stated, TWO)).n > 0n) return undefined
  return proseEquation(`${amount} ÷ ${years}`, computed, { text: result, value: stated, index }, approx)
}
