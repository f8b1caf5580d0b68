/**
 * What a share in a sentence states and how a reading of its numbers is judged against it: the
 * value (`18%`, `een derde`), the rounding word before it (`ruim`, `bijna`), the step its last
 * digit or fraction stands for, and the slack of counts said as approximate. Read by `shareClaims`
 * once per share, before it looks for the numbers the share is of.
 */

import { roughCount } from './share-claim-words.js'
import { fitsSpan, type Span } from './share-spans.js'
import { fits, percentStep, read } from './share-tolerance.js'
import { digitsOf, fractionGap, impliedWord, readShareWord, type WordShare } from './share-words.js'

/** A share as its sentence states it. */
export interface Statement {
  /** Whether it is a percentage (`18%`, `4 procentpunt`), not words (`een derde`). */
  percent: boolean
  /** Whether it is in percentage points. */
  inPoints: boolean
  /** The share in words, read. */
  words: WordShare | undefined
  /** Its value in percent. */
  stated: number
  /** The rounding word before it (`ruim`), or the one its words imply. */
  word: string
  /** The step its value is rounded to. */
  step: number
  /** `0` when the counts it is said of are exact, else undefined (the slack of a rounded number). */
  slack: number | undefined
  /** Whether a percentage the numbers give fits what it states. */
  judge: (actual: number) => boolean
}

/**
 * What a share states.
 *
 * @param share The match of `SHARE` (its rounding word, number, unit and words).
 * @param sentence Its sentence.
 * @param at Where it stands in the sentence.
 * @param previousSentence The sentence before, whose counts may be said as approximate.
 * @returns The statement, or undefined when it states no value (`een procent` of no number).
 */
export function statementOf(share: RegExpMatchArray, sentence: string, at: number, previousSentence: string): Statement | undefined {
  // Said of exact counts, `ruim` and `bijna` state a side of the fraction (59,6% is not `ruim drie vijfde`); counts
  // said as approximate (`ongeveer 9.100`) keep the slack of a rounded number.
  // (The share itself, `ruim 1 op de 3`, is no count.)
  const rest = `${sentence.slice(0, at)} ${sentence.slice(at + share[0].length)}`
  const slack = roughCount.test(rest) || roughCount.test(previousSentence) ? undefined : 0
  // A count written with its magnitude (`135 duizend`) is rounded at it as much as one said as approximate.
  const rounded = slack === undefined || ROUNDED_COUNT.test(rest) || ROUNDED_COUNT.test(previousSentence)
  return shareStatement(share, slack, rounded)
}

// A count with a magnitude word: `135 duizend`, `3,2 miljoen`.
const ROUNDED_COUNT = /(?<![\d.,])\d{1,3}(?:,\d+)?\s+(?:duizend|miljoen|mln|miljard)\b/iu

/**
 * What a share states, said of counts that are exact (`slack` 0) or may be rounded (undefined).
 *
 * @param share The match of `SHARE`.
 * @param slack The slack of the counts it is said of.
 * @param rounded Whether those counts are rounded (said as approximate or with a magnitude word).
 * @returns The statement, or undefined when it states no value.
 */
export function shareStatement(share: RegExpMatchArray, slack: number | undefined, rounded = false): Statement | undefined {
  const percent = share[2] !== undefined
  const digits = digitsOf(share[2] ?? '')
  const inPoints = percent && /punt/i.test(share[3] ?? '')
  const words = percent ? undefined : readShareWord(share[4] ?? '')
  const stated = percent ? (digits === '' ? undefined : read(digits)) : words?.value
  if (stated === undefined) return undefined
  const word = (share[1] ?? '').toLowerCase().replace(/\s+/g, ' ') || impliedWord(share[4] ?? '')
  const step = percent ? percentStep(digits) : (words?.step ?? 0)
  // A percentage with decimals said of rounded counts (`ruim 135 duizend … een respons van 41,6%`) is as exact as they
  // are, not as its last digit: a step either side.
  const coarse = percent && !inPoints && rounded && word === '' && step < 1
  const judge = (actual: number): boolean => (words?.side ? (words.side === 'above' ? actual > 50 : actual < 50) : coarse ? Math.abs(actual - stated) <= step + 1e-9 : fits(word, stated, actual, step, percent, words?.up, slack))
  return { percent, inPoints, words, stated, word, step, slack, judge }
}

// A ratio above a hundred (`430 auto's op 400 plekken, een bezetting van 108%`) is the larger
// count over the smaller: read as the smaller of the larger, a part and its whole, it never holds,
// and the claim holds when the two swap places. (No change: `van 400 naar 430` is 7,5% either way round.)
function overWhole(found: { actual: number; basis: string; change?: boolean }, stated: number, judge: (actual: number) => boolean): boolean {
  return stated > 100 && found.change !== true && !/^van\s/iu.test(found.basis) && found.actual > 0 && found.actual < 100 && judge(10_000 / found.actual)
}

/**
 * Whether the reading of a share's numbers fits what the share states.
 *
 * @param said What the share states.
 * @param found The reading: the percentage, its basis, the span rounded numbers allow.
 * @param summed Whether the reading sums two table rows, which a writer adds by heart.
 * @returns Whether the share fits.
 */
export function fitsReading(said: Statement, found: { actual: number; basis: string; change?: boolean; points?: number; span?: Span }, summed: boolean): boolean {
  const { inPoints, words, stated, word, step, slack, judge } = said
  // A change of a percentage said in percent is relative: `van 46 naar 41 procent` is 5 procentpunt, not 5 procent.
  // Numbers rounded at a magnitude (`€ 19,1 miljoen`) allow an interval: a claim inside it is not shown wrong.
  // Two table rows summed by heart (`de ijsbaan en de sporthal samen bijna drie kwart`): words to halves to fifths.
  // The sum is rounded, not its side: of exact counts, `ruim de helft` is not said of 49,4%.
  const byHeart = summed && words !== undefined && words.side === undefined && fits(word, stated, found.actual, Math.max(step, fractionGap(stated, [2, 3, 4, 5])), false, undefined, slack)
  return inPoints ? judge(found.points ?? 0) : byHeart || fitsSpan(judge, found.actual, stated, found.span) || overWhole(found, stated, judge)
}
