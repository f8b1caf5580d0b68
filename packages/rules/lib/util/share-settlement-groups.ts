/**
 * A share of the villages of a table of kernen besides its main one (`de vier kleinere kernen`,
 * `in de twee buitendorpen`) beside a table with a row per kern: Dutch writers call the kernen other
 * than the largest (the town the municipality is named after) `de dorpen` or `de kleine kernen`, and
 * the number they give says the group is all rows but one. The part is those rows; the largest row,
 * the main kern, is left out. Used by `share-table-cells`.
 */

import { parseNumberWord } from '@kapstok/nl'
import type { Cell } from './markdown-tables.js'

// `de vijf dorpen`, `de vier kleinere kernen`, `de 3 overige dorpskernen`: a counted group of settlements.
const SETTLEMENTS = /(?<![\p{L}])(?:de|die|deze|onze)\s+(\p{L}+|\d)\s+(?:(?:kleine|kleinere|andere|overige|omliggende)\s+)?(?:dorpen|kernen|dorpskernen|buitendorpen|buitenkernen|woonkernen)(?![\p{L}])/iu
// A row that is itself a group of settlements (`Overige kernen`, `Dorpen`): the group is that row, not a rest.
const GROUP_LABEL = /(?:dorp|kern)/iu

/**
 * The rows of a settlement group the sentence names: all body rows but the largest.
 *
 * @param sentence The sentence, lower case.
 * @param body The table's rows but its total.
 * @param count The count of a row (its first count column).
 * @returns The rows, or undefined when the sentence names no such group or its number is not the rows less one.
 */
export function settlementRest(sentence: string, body: Cell[][], count: (row: Cell[]) => number | undefined): Cell[][] | undefined {
  const m = SETTLEMENTS.exec(sentence)
  if (!m || body.length < 3 || body.some((r) => GROUP_LABEL.test(r[0]?.text ?? ''))) return undefined
  const word = (m[1] ?? '').toLowerCase()
  const n = /^\d$/u.test(word) ? Number(word) : parseNumberWord(word)
  if (n !== body.length - 1) return undefined
  const counts = body.map(count)
  if (counts.some((c) => c === undefined)) return undefined
  const largest = Math.max(...(counts as number[]))
  // The main kern stands out: one row is the largest, and larger than the next by half at least.
  const sorted = [...(counts as number[])].sort((a, b) => b - a)
  if ((sorted[1] ?? 0) * 1.5 > largest) return undefined
  return body.filter((_, k) => counts[k] !== largest)
}
