/**
 * A part whose whole is a cell of a table row the sentence names: "Van de aanvragen uit 2024 werden
 * er 150 afgewezen, een vijfde" under a table with a column `Aanvragen` and a row `2024`. The
 * sentence opens on the whole's noun (`Van de aanvragen`), narrowed by the
 * row's label (a year, a district); the part is the first count after it. The whole is taken only
 * when exactly one table of the section has one column that names the noun and one row whose
 * label the sentence names. Used by `share-claims` as the part a sentence states of a whole.
 */

import type { Table } from './markdown-tables.js'
import type { BackPart } from './share-back-references.js'
import { countIn, escape } from './share-row-parts.js'
import { compiled } from './compiled.js'
import { namesNoun } from './share-named-wholes.js'
import { read } from './share-tolerance.js'
import { TOTAL_ROW } from './share-wholes.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import { plainCellLower } from './cell-text.js'

// `Van de aanvragen uit 2024 …`, `Onder de woningen in Oost …`: the whole's noun, then what narrows it to a row.
const OPENS_ON_NOUN = /^\s*(?:[-*+]\s+)?(?:van|onder)\s+(?:de|het|alle)\s+(\p{L}[\p{L}-]{3,})\s+(?=(?:in|uit|op|bij|voor)\s)/iu
// The part: the first count after the opener that is no year, no percentage and no amount.
const COUNT = new RegExp(String.raw`(?<![\d.,€]\s?)(?<![\d.,])(${PLAIN_NUMBER})(?![\d]|[.,]\d)(?!\s?(?:%|procent\b))`, 'gu')

/**
 * The part a sentence states of a table row's cell it names by noun and row label.
 *
 * @param sentence The sentence.
 * @param tables The tables of the sentence's section, before it.
 * @returns The part as a share of the cell, or undefined unless exactly one cell is meant.
 */
export function rowWholePart(sentence: string, tables: Table[]): BackPart | undefined {
  const opener = OPENS_ON_NOUN.exec(sentence)
  if (!opener) return undefined
  const noun = (opener[1] ?? '').toLowerCase()
  const lower = sentence.toLowerCase()
  const wholes: Array<{ value: number; written: string }> = []
  for (const table of tables) {
    const columns = table.header.flatMap((c, k) => (k > 0 && plainCellLower(c.text).split(/[^\p{L}]+/u).some((w) => namesNoun(w, noun)) ? [k] : []))
    if (columns.length !== 1) continue
    const column = columns[0] as number
    for (const row of table.rows) {
      const label = plainCellLower(row[0]?.text ?? '')
      if (label.length < 3 || TOTAL_ROW.test(label)) continue
      // Compiled once per label: the reader runs for every sentence that opens on a whole's noun.
      if (!compiled(String.raw`(?<![\p{L}\d])${escape(label)}(?![\p{L}\d])`, 'u').test(lower)) continue
      const value = countIn(row[column])
      if (value !== undefined && value > 0) wholes.push({ value, written: plainCellLower(row[column]?.text ?? '') })
    }
  }
  if (wholes.length !== 1) return undefined
  const whole = wholes[0] as { value: number; written: string }
  const from = opener[0].length
  const part = [...sentence.slice(from).matchAll(COUNT)].find((m) => !isYearNumber(m[1]))
  const value = read(part?.[1] ?? '')
  if (!part || value === undefined || value > whole.value) return undefined
  const index = from + (part.index ?? 0)
  return { actual: (value / whole.value) * 100, basis: `${part[1]} van ${whole.written}`, index, end: index + (part[1]?.length ?? 0), change: false, noun }
}
