/**
 * A share of the total said of a part the sentence gives only by its number, where that number is
 * one cell of a table with a total row: `Het westen vraagt 240, ruim een derde van het totaal`,
 * `Met 30 aanvragen neemt de bibliotheek een vijfde van alle aanvragen voor haar rekening`. The sentence may name the
 * row by another word than its label (`het tweede spoor`, `rioolwerk` beside `Riolering`), so the
 * number, not a name, finds the cell:
 *
 * - a cell of a part row: the whole is the total row's cell in its column, or (in a table with a
 *   total column) the row's own total: the share is judged only when it fits neither;
 * - a cell of the total row (`de 415 leerlingen van de avondschool` under `Totaal | … | 415 | 4.890`):
 *   the whole is the total row's cell in the total column.
 *
 * Used by share-claims as the last table reading, for a share no other reading found a pair for.
 */

import type { Cell, Table } from './markdown-tables.js'
import { countCellValue, TOTAL_ROW } from './share-wholes.js'
import { plainCellLower } from './cell-text.js'
import { read } from './share-tolerance.js'
import { numbersOf } from './share-back-references.js'
import { isYearNumber } from './year-numbers.js'
import type { CellShare } from './share-table-cells.js'

/** The share says it is of a whole: `van het totaal`, `van alle meldingen`, `van de totale kosten`, `van ons budget`, `van de jaarlijkse lasten`. */
export const OF_WHOLE = /^\s+van\s+(?:het\s+totaal\b|al\s+(?:de|het)\s|alle\s|(?:de|het|ons|onze)\s+(?:totale|hele|gehele|complete)\s|(?:het|ons)\s+(?:budget|programma|bedrag)\b|de\s+(?:\p{Ll}+e\s+)?(?:kosten|lasten|uitgaven|begroting|middelen|investering|opbrengsten|baten|inkomsten)\b)/iu
// A number that counts or sizes something (not a label such as `spoor 2`, `fase 3`, `actielijn 1`): a word right before a small
// number that is no preposition or article makes it a label.
const LABEL_BEFORE = /\b(?!(?:met|van|op|tot|naar|voor|om|en|of|de|het|een|ruim|bijna|circa|ongeveer|zo['’]n|samen|nog|maar|slechts|vraagt|krijgt|kost|kosten|telt|tellen|heeft|hebben|is|zijn|was|waren)\b)\p{L}+\s+$/iu


/**
 * The numbers of a sentence that count or size something, as written; a number of a label (`spoor 2`) is no part.
 *
 * @param sentence A sentence.
 * @returns Its sizing numbers.
 */
export function sizingNumbers(sentence: string): string[] {
  return numbersOf(sentence).filter((n) => !(n.length === 1 && LABEL_BEFORE.test(sentence.slice(0, sentence.indexOf(n)))))
}

// The one cell of the tables that holds this value (a count in a column past the labels), or undefined when none or several do.
// Of a value in several year columns (`15.000 | 15.000 | 15.000`) the one of the year the sentence names is meant.
function onlyCell(tables: Table[], value: number, years: string[]): { table: Table; row: Cell[]; column: number } | undefined {
  const found: { table: Table; row: Cell[]; column: number }[] = []
  for (const table of tables) {
    for (const row of table.rows) {
      row.forEach((cell, column) => {
        if (column > 0 && countCellValue(cell) === value && !isYearNumber(plainCellLower(cell.text))) found.push({ table, row, column })
      })
    }
  }
  const ofYear = found.filter((f) => years.some((y) => f.table.header[f.column]?.text.includes(y)))
  return found.length === 1 ? found[0] : ofYear.length === 1 ? ofYear[0] : undefined
}

/**
 * The share of a part the sentence gives by its number alone, of the total of the table cell that holds it.
 *
 * @param tables The tables the sentence may speak of, nearest last.
 * @param before The sentence before the share.
 * @param after The sentence after the share.
 * @param judge Whether a share fits an actual percentage.
 * @returns The reading when the share fits none of the cell's wholes, or undefined.
 */
export function cellValueShare(tables: Table[], before: string, after: string, judge: (actual: number) => boolean): CellShare | undefined {
  if (!OF_WHOLE.test(after)) return undefined
  const counted = sizingNumbers(`${before} ${after}`)
  const values = [...new Set(counted.map((n) => read(n)).filter((v): v is number => v !== undefined))]
  const sentenceYears = `${before} ${after}`.match(/\b(?:19|20)\d{2}\b/gu) ?? []
  const cells = values.map((v) => ({ value: v, cell: onlyCell(tables.filter((t) => t.rows.filter((r) => TOTAL_ROW.test(plainCellLower(r[0]?.text ?? ''))).length === 1), v, sentenceYears) }))
  // One number only: with two, which one is the part is not for a table to tell.
  if (values.length !== 1 || !cells[0]?.cell) return undefined
  const { value, cell } = cells[0]
  const { table, row, column } = cell
  // A year the sentence names that the table's header does not (`In 2019 telde …` beside a table of now) makes the number another year's.
  if (sentenceYears.some((y) => !table.header.some((h) => h.text.includes(y)) && !table.intro.includes(y))) return undefined
  const total = table.rows.find((r) => TOTAL_ROW.test(plainCellLower(r[0]?.text ?? ''))) as Cell[]
  const totalColumns = table.header.map((h, k) => (k > 0 && TOTAL_ROW.test(plainCellLower(h.text)) ? k : -1)).filter((k) => k >= 0)
  const totalColumn = totalColumns.length === 1 ? totalColumns[0] : undefined
  const wholes: Cell[] = []
  if (row === total) {
    if (totalColumn !== undefined && totalColumn !== column && total[totalColumn]) wholes.push(total[totalColumn])
  } else {
    if (total[column]) wholes.push(total[column])
    if (totalColumn !== undefined && totalColumn !== column && row[totalColumn]) wholes.push(row[totalColumn])
  }
  const readings = wholes
    .map((w) => ({ whole: countCellValue(w), text: plainCellLower(w.text) }))
    .filter((w): w is { whole: number; text: string } => w.whole !== undefined && w.whole > value)
    .map((w) => ({ actual: (value / w.whole) * 100, basis: `${plainCellLower(row[column]?.text ?? '')} van ${w.text}` }))
  if (readings.length === 0 || readings.some((r) => judge(r.actual))) return undefined
  return readings[0]
}
