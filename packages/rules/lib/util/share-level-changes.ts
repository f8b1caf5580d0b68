/**
 * A relative change of a level the section states as a percentage twice, in sentences of its own:
 * "In 2021 was de deelname 40%. … In 2025 was de deelname 50%. … De deelname groeide zo met een
 * kwart." The change runs from the earlier of the last two levels to the later;
 * a level is a sentence's one percentage, written after the subject's noun with only words or a
 * year between (`de opkomst op 36%`, `het verzuim bedroeg in 2022 8%`, `een slagingspercentage van 55%`).
 * Used by `share-claims`.
 */

import { compiled } from './compiled.js'
import { read } from './share-tolerance.js'
import { CHANGE, DOWN } from './share-span-changes.js'

/** A change of a level between two earlier sentences. */
export interface LevelChange {
  actual: number
  basis: string
  /** The change in percentage points. */
  points: number
}

// A percentage, or a change in points (`5%-punt`, `5 procentpunt`): the lookahead skips the hyphen, so `5%` of
// `5%-punt` is no level.
const PERCENT = /\d+(?:,\d+)?\s?(?:%|procent\b)(?!\s?-?punt)|\d+(?:,\d+)?\s?(?:%-?punt|procentpunt)/giu
// Words of five letters or more before the share that may be its subject (`deelname`, `bezettingsgraad`).
const candidateNouns = (text: string): string[] => [...new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !CHANGE.test(w)))]

// The one level a sentence states of a noun: its only percentage, after the noun with words or a year between.
function levelOf(sentence: string, noun: string): { written: string; value: number } | undefined {
  const percents = sentence.match(PERCENT) ?? []
  if (percents.length !== 1 || /punt/iu.test(percents[0] ?? '')) return undefined
  const m = compiled(String.raw`(?<![\p{L}])${noun}(?:\s+(?:[\p{L}-]+|(?:19|20)\d{2}))*?\s+(\d+(?:,\d+)?)\s?(?:%|procent\b)`, 'iu').exec(sentence)
  if (!m) return undefined
  // No more than six words between the noun and its level (`%` or `procent` alike): farther off, the percentage is of something else.
  const between = m[0].replace(/\s+\d+(?:,\d+)?\s?(?:%|procent)$/iu, '').split(/\s+/u).length - 1
  if (between > 6) return undefined
  const value = read(m[1] ?? '')
  return value === undefined ? undefined : { written: `${m[1]}%`, value }
}

/**
 * The relative change a sentence says (`met een kwart gegroeid`) of a level the section states
 * twice before it.
 *
 * @param before The sentence up to the share; its words name the subject.
 * @param sentence The whole sentence, which must say a change and have no numbers but its share and years.
 * @param section The sentences of the section before it, in order.
 * @returns The change from the earlier level to the later, or undefined when the levels are not two of one subject in the direction said.
 */
export function levelChange(before: string, sentence: string, section: string[]): LevelChange | undefined {
  if (!CHANGE.test(sentence)) return undefined
  const found = candidateNouns(before).flatMap((noun) => {
    const levels = section.flatMap((s) => levelOf(s, noun) ?? [])
    return levels.length >= 2 ? [levels.slice(-2)] : []
  })
  // Two subjects with levels of their own: which one changed cannot be told.
  if (found.length !== 1) return undefined
  const [from, to] = found[0] ?? []
  if (!from || !to || from.value === to.value || from.value === 0) return undefined
  if (DOWN.test(sentence) !== to.value < from.value) return undefined
  return { actual: (Math.abs(to.value - from.value) / from.value) * 100, basis: `van ${from.written} naar ${to.written}`, points: Math.abs(to.value - from.value) }
}
