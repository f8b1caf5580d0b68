/**
 * A start and an end of one thing in one sentence of running text, where the end year lies
 * before the start year: `De aanleg start in 2029 en is in 2028 klaar`. The agenda rules read
 * rows; a planning chapter often says the same in prose, with the same slip.
 */

import { paragraphSentences } from './text.js'

/** A sentence whose end year lies before its start year. */
export interface ProseDateOrder {
  /** Offset of the end year in the text. */
  index: number
  /** The start year as written. */
  start: string
  /** The end year as written. */
  end: string
}

// `… en is / wordt / loopt …`: `en` right before a verb goes on with the same subject; `en de
// nieuwbouw is …` names another thing, whose end says nothing about this start.
const SAME_SUBJECT = /\ben\s+(?=(?:is|zijn|wordt|worden|moet|moeten|loopt|lopen|duurt|duren|eindigt|eindigen)\b)/giu
const START = /\b(?:start|starten|begint|beginnen|van\s+start)\b/iu
// The end: done (`klaar`, `gereed`, `afgerond`, `af` as the last word), or running until (`loopt tot`).
const END = /\b(?:klaar|gereed|afgerond|voltooid|opgeleverd|afgelopen)\b|\baf\s*$|\b(?:loopt|lopen|duurt|duren)\s+(?:\S+\s+){0,3}?tot\b|\beindig(?:t|en)\b/iu
// A year in a clause about something else (`die in 2025 klaar was`, `sinds 2024`, `dan in 2027`).
const OTHER = /\b(?:die|dat|waar\p{L}*|toen|nadat|sinds|dan|was|waren)\b/iu
const YEAR = /\b(?:19|20)\d{2}\b/gu

/**
 * The sentences of a text that start a thing in one year and end it in an earlier year.
 *
 * @param text A prose text.
 * @returns One entry per such sentence.
 */
export function proseDateOrders(text: string): ProseDateOrder[] {
  const out: ProseDateOrder[] = []
  for (const sentence of paragraphSentences(text).flat()) {
    for (const joint of sentence.text.matchAll(SAME_SUBJECT)) {
      // The clause before `en` back to a comma or the sentence start; the clause after to the next.
      const before = sentence.text.slice(0, joint.index)
      const left = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)
      const from = joint.index + joint[0].length
      const right = sentence.text.slice(from).split(/[,;:(]/u)[0] ?? ''
      const starts = [...left.matchAll(YEAR)]
      const ends = [...right.matchAll(YEAR)]
      if (starts.length !== 1 || ends.length !== 1 || !START.test(left) || !END.test(right) || OTHER.test(left) || OTHER.test(right)) continue
      const [start, end] = [starts[0]![0], ends[0]![0]]
      if (Number(end) < Number(start)) out.push({ index: sentence.index + from + ends[0]!.index, start, end })
    }
  }
  return out
}
