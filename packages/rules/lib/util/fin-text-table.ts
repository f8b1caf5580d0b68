/**
 * A finance table as a table of cells, so the relations between its columns that its rows keep
 * (`aantal × tarief = bedrag`, `investering − subsidie = netto`) can be read as in any other table.
 * The reader keeps each amount as written (`€ 78.000`, a count `2`, `-`), and that is what is read.
 */

import type { FinTabel } from '@kapstok/core'
import { textCell, type TextTable } from './text-tables.js'

/**
 * The cells of a finance table: the label, then one cell per amount column.
 *
 * @param tabel A finance table.
 * @returns The table, its header the label column (empty) and the column headings.
 */
export function finTextTable(tabel: FinTabel): TextTable {
  return {
    header: ['', ...tabel.kolommen].map((text) => textCell(text, 0)),
    rows: tabel.rijen.map((rij) => [textCell(rij.label, 0), ...tabel.kolommen.map((_, c) => textCell(rij.bedragen[c]?.tekst?.trim() ?? '', 0))]),
    scaled: (tabel.eenheid?.factor ?? 1) > 1
  }
}
