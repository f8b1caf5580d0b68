/**
 * The last reading of a share that points back ("Dat is één op de acht.", "De daling van 9
 * procent …", "Drie op de tien … dus …") when no other reading finds the numbers it is of: every
 * pair of the numbers of its sentence and the sentence before, as a part of a whole or as a change.
 * A share that fits some pair is taken to be right; one that fits none is judged against the pair
 * closest to it. Used by `share-claims`.
 */
import { read } from './share-tolerance.js'

// A sentence that speaks of numbers already given: a pronoun or `de daling/stijging` up front, or `dus`, `daarvan`.
const POINTING = /^\s*(?:dat|dit|die|hiervan|daarvan|een|de|het)\s+(?:is|zijn|was|waren|komt|betekent|daling|stijging|groei|toename|afname|verdubbeling|halvering|opkomst|bereik|aandeel)\b/iu
// Anywhere in the sentence: `… eindigden dus …`, `… daarvan …`.
const BACK_WORD = /\b(?:dus|daarvan|hiervan|daarmee)\b/iu
// Percentages, ages and durations are no parts or wholes.
const NOT_COUNTED = /\d+(?:,\d+)?\s*(?:%|procent(?:punt(?:en)?)?|jaar\s+of\s+(?:ouder|jonger)|jarigen|plussers)/giu

/** A reading of a share: its actual percentage and how it was computed. */
export interface PairReading {
  actual: number
  basis: string
}

/**
 * The pair of numbers a pointing share is of.
 *
 * @param before The sentence up to the share.
 * @param sentence The whole sentence.
 * @param previous The sentence before, in the same paragraph (or `''`).
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @param stated The percentage the share says.
 * @param judge Whether a percentage fits the share as written.
 * @returns The fitting pair, else the closest one; `undefined` when the sentence does not point back or there are fewer than two numbers or more than five.
 */
export function pointedPair(before: string, sentence: string, previous: string, numbersOf: (text: string) => string[], stated: number, judge: (actual: number) => boolean): PairReading | undefined {
  if (!(POINTING.test(before) || BACK_WORD.test(sentence)) || previous === '') return undefined
  const numbers = [...numbersOf(previous.replace(NOT_COUNTED, ' ')), ...numbersOf(sentence.replace(NOT_COUNTED, ' '))]
    .map((text) => ({ text, value: read(text) ?? 0 }))
    .filter((n) => n.value > 0)
  if (numbers.length < 2 || numbers.length > 5) return undefined
  const readings: PairReading[] = []
  for (let i = 0; i < numbers.length; i++) {
    for (let j = i + 1; j < numbers.length; j++) {
      const [a, b] = [numbers[i]!, numbers[j]!]
      const [lo, hi] = a.value <= b.value ? [a, b] : [b, a]
      if (lo.value === hi.value) continue
      readings.push({ actual: (lo.value / hi.value) * 100, basis: `${lo.text} van ${hi.text}` })
      // A change in the order written, and the other way (`een uitval van 30 procent: voor 1.240 … 1.770`).
      readings.push({ actual: (Math.abs(b.value - a.value) / a.value) * 100, basis: `van ${a.text} naar ${b.text}` })
      readings.push({ actual: (Math.abs(b.value - a.value) / b.value) * 100, basis: `van ${b.text} naar ${a.text}` })
    }
  }
  const closest = readings.reduce<PairReading | undefined>((best, r) => (!best || Math.abs(r.actual - stated) < Math.abs(best.actual - stated) ? r : best), undefined)
  return readings.find((r) => judge(r.actual)) ?? closest
}
