/**
 * The level of one year stated sentences or paragraphs up in the section, for a comparison that names
 * only the year: "Voor 2027 stellen we het bedrag vast op € 6,50. … In 2028 gaat het naar € 7,00, 10
 * procent meer dan in 2027." The nearest sentence that names that year and no other, with a number of
 * the later one's kind (an amount or a count, in the same magnitude) within a factor two of it, gives
 * the level when it holds exactly one such number, of the same noun when both name one. Used by `share-comparisons`.
 */

import { magnitudeWord } from '@kapstok/nl'
import { read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber, MONTH } from './year-numbers.js'
import { sameNoun } from './noun-kinds.js'

const YEAR = /\b(?:19|20)\d{2}\b/gu
// A number with its euro sign and magnitude; no percentage and no day of a date.
// The noun after it, when it has one (`430 klachten`): a level of another noun is no level of the later one's.
const LEVEL = new RegExp(String.raw`(€\s*)?(?<![\d.,])(${PLAIN_NUMBER})(?![.,]?\d)(?!\s?(?:%|procent|(?:${MONTH})\b))(?:\s+(${magnitudeWord}))?(?:\s+(\p{Ll}[\p{Ll}'’-]{2,}))?`, 'gu')

/** The later level a comparison is said of: its number, whether it is an amount, and its magnitude word. */
export interface LaterLevel {
  value: number
  euro: boolean
  magnitude: string | undefined
  noun: string | undefined
}

/**
 * The one level of a year stated earlier in the section.
 *
 * @param section The sentences of the section before the claim's, in order.
 * @param year The year the comparison names.
 * @param later The later level the claim's sentence gives.
 * @returns The earlier level as written, or undefined when the nearest sentence of that year gives none or more than one.
 */
export function sectionYearLevel(section: readonly string[], year: string, later: LaterLevel): string | undefined {
  for (let k = section.length - 1; k >= 0; k--) {
    const sentence = section[k] ?? ''
    const years: string[] = sentence.match(YEAR) ?? []
    if (!years.includes(year) || years.some((y) => y !== year)) continue
    const kind = [...sentence.matchAll(LEVEL)].filter((m) => !isYearNumber(m[2]) && (m[1] !== undefined) === later.euro && (m[3]?.toLowerCase() ?? '') === (later.magnitude?.toLowerCase() ?? ''))
    if (kind.length === 0) continue
    const near = kind.filter((m) => {
      const value = read(m[2] ?? '') ?? 0
      return value > 0 && value * 2 >= later.value && value <= later.value * 2
    })
    const noun = near[0]?.[4]
    return near.length === 1 && kind.length === 1 && (noun === undefined || later.noun === undefined || sameNoun(noun, later.noun)) ? near[0]?.[2] : undefined
  }
  return undefined
}
