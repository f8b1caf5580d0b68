/**
 * The rows of a table keyed by a letter (`| A |`, `| B |` under `Schadeklasse` or `Veiligheidsniveau`) that
 * a sentence names together by the kind and their letters: `klasse A of B`, `niveau B, C of D`,
 * `de klassen A en B`, `categorie B tot en met E`. A letter alone is too short to be found as a row's
 * name, so the kind word before the letters, the last part of the label column's header, says they
 * are the rows. Used by `share-table-cells`, as two rows named together.
 */

import type { Cell, Table } from './markdown-tables.js'
import { plainCell, plainCellLower } from './cell-text.js'

// A kind word and two or more capital letters: `klasse A of B`, `niveau B, C of D`, `klassen B tot en met E`.
const KEYED = /(?<![\p{L}])(\p{Ll}{4,})\s+(\p{Lu}(?:\s*,\s*\p{Lu})*)\s+(en|of|tot\s+en\s+met|t\/m)\s+(\p{Lu})(?![\p{L}\d])/u
// What may follow a group that ends its clause: a stop, a comma, or `en` before the next verb.
const CLAUSE_END = /^\s*(?:[.;:!?),]|$|en\s)/u
// A row's key: one capital letter, maybe with a plus (`A+`).
const KEY = /^\p{Lu}\+*$/u

// A kind word in the singular: `klassen` → `klasse`, `labels` → `label`.
const singular = (word: string): string[] => [word, word.replace(/n$/u, ''), word.replace(/s$/u, '')]

/**
 * The rows a sentence names by their letters.
 *
 * @param written The sentence as written.
 * @param table The table.
 * @param body Its rows but the total.
 * @returns The rows (two or more, not all), or undefined; also when a phrase right after the letters narrows them
 *   (`klasse A of B in de binnenstad`): only a group that ends its clause (`… in klasse A of B en is …`) is the part.
 */
export function keyedRows(written: string, table: Table, body: Cell[][]): Cell[][] | undefined {
  const m = KEYED.exec(written)
  if (!m || !CLAUSE_END.test(written.slice((m.index ?? 0) + m[0].length))) return undefined
  const header = plainCellLower(table.header[0]?.text ?? '')
  if (!singular(m[1] ?? '').some((w) => w.length >= 4 && header.endsWith(w))) return undefined
  const keys = body.map((r) => plainCell(r[0]?.text ?? ''))
  const index = (key: string): number => keys.findIndex((k) => KEY.test(k) && k === key)
  const listed = [...(m[2] ?? '').split(/\s*,\s*/u), m[4] ?? ''].map(index)
  if (listed.some((k) => k < 0)) return undefined
  // `B tot en met D`: the rows from the first letter to the last, in the table's order.
  const range = /^(?:tot|t\/m)/u.test(m[3] ?? '')
  const [first = -1, last = -1] = [listed[0] ?? -1, listed.at(-1) ?? -1]
  const picked = range ? (listed.length === 2 && first < last ? body.slice(first, last + 1) : []) : [...new Set(listed)].map((k) => body[k] as Cell[])
  return picked.length >= 2 && picked.length < body.length ? picked : undefined
}
