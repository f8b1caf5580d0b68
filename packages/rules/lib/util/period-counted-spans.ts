/**
 * Spans told by a count of years and one of their ends, for `period-mismatch`: `de drie jaren tot
 * eind 2029`, `vijf jaar, tot en met 2031`, `de vier jaar vanaf 2027`, `tot eind 2031, dus in vijf
 * jaar`. The count and the end give the other end, so such a span can be held against the plan's
 * period as a range written out can.
 */
import { allMatches } from './all-matches.js'
import { duration, durationSpan } from './plan-period.js'

// The end of a span: `tot eind 2029`, `tot en met 2029`, `t/m 2029`, `tot het einde van 2029`
// (the year counts), or its start: `vanaf 2027`, `met ingang van 2027`.
const until = String.raw`(?:tot\s+(?:en\s+met|eind|het\s+einde?\s+van)|t\/m|tot\s+uiterlijk\s+eind)\s+((?:19|20)\d{2})\b`
const from = String.raw`(?:vanaf|met\s+ingang\s+van|te\s+beginnen\s+in)\s+((?:19|20)\d{2})\b`
// Between the count and its end: nothing, a comma or bracket, `tijd` (`in drie jaar tijd`) or `dus`.
const link = String.raw`(?:\s+tijd)?\s*[,(:]?\s*(?:dus\s+|namelijk\s+)?`
// A part of a period before the count (`de eerste twee jaar`), or a period after another.
const partOf = /\b(?:eerste|laatste|resterende|overige|volgende|komende|na|daarna|voorafgaande|afgelopen|vorige)\s+$/iu

const countThenEnd = new RegExp(String.raw`${duration}${link}(?:${until}|${from})`, 'giu')
// The count inside a match of `endThenCount` (not global: no state between calls).
const durationAlone = new RegExp(duration, 'iu')
const endThenCount = new RegExp(String.raw`${until}\s*[,(:]?\s*(?:dus\s+|en\s+dus\s+|oftewel\s+)?(?:in\s+)?${duration}`, 'giu')

/** A span of whole years told by a count and one end. */
export interface CountedSpan {
  /** Offset of the first word of the span in the text. */
  index: number
  /** The words as written. */
  written: string
  /** The first and last year the count and the end give. */
  first: number
  last: number
}

/**
 * Spans of whole years a text tells by a count and one end. Counts in months, or widened by
 * `ruim` or `bijna`, give no year to hold against the plan; nor does a part named by its place
 * (`de eerste twee jaar`).
 *
 * @param text A prose text.
 * @returns The spans, in text order.
 */
export function countedSpans(text: string): CountedSpan[] {
  const out: CountedSpan[] = []
  if (!/\bja(?:ar|ren)\b/iu.test(text)) return out
  const add = (index: number, written: string, count: string, end: string | undefined, start: string | undefined): void => {
    const years = durationSpan(count)
    if (!years || years.low !== years.high || !Number.isInteger(years.low) || years.low < 2 || /maand|jarig/iu.test(count)) return
    if (partOf.test(text.slice(Math.max(0, index - 30), index))) return
    const n = years.low
    const [first, last] = end !== undefined ? [Number(end) - n + 1, Number(end)] : [Number(start), Number(start) + n - 1]
    out.push({ index, written, first, last })
  }
  for (const m of allMatches(countThenEnd, text)) {
    const count = /^.*?ja(?:ar|ren)\b/iu.exec(m[0])?.[0] ?? ''
    add(m.index, m[0], count, m[4], m[5])
  }
  for (const m of allMatches(endThenCount, text)) {
    const count = durationAlone.exec(m[0])?.[0] ?? ''
    add(m.index, m[0], count, m[1], undefined)
  }
  return out.sort((a, b) => a.index - b.index)
}
