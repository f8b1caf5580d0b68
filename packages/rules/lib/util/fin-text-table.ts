/**
 * A finance table as a table of cells, so the relations between its columns that its rows keep
 * (`aantal × tarief = bedrag`, `investering − subsidie = netto`) can be read as in any other table.
 * The reader keeps each amount as written (`€ 78.000`, a count `2`, `-`), and that is what is read.
 */

import type { FinTabel } from '@kapstok/core'
import { textCell, type TextTable } from './text-tables.js'

/**
 * The cells of a finance table: the label, one cell per text column (a quantity `146 km` or a
 * price `€ 4.200 per km`, which the reader keeps as text), then one cell per amount column.
 *
 * @param tabel A finance table.
 * @returns The table, its header the label column (empty) and the column headings.
 */
export function finTextTable(tabel: FinTabel): TextTable {
  // Readers of every text ask for every finance table of the plan: each is made once. (The model
  // is not changed after it is read, and callers only read the table.)
  let table = made.get(tabel)
  if (!table) made.set(tabel, (table = makeTextTable(tabel)))
  return table
}

const made = new WeakMap<FinTabel, TextTable>()

function makeTextTable(tabel: FinTabel): TextTable {
  const texts = tabel.tekstkolommen ?? []
  return {
    header: ['', ...texts, ...tabel.kolommen].map((text) => textCell(text, 0)),
    rows: tabel.rijen.map((rij) => [
      textCell(rij.label, 0),
      ...texts.map((_, c) => textCell(rij.teksten?.[c]?.trim() ?? '', 0)),
      ...tabel.kolommen.map((_, c) => textCell(rij.bedragen[c]?.tekst?.trim() ?? '', 0))
    ]),
    scaled: (tabel.eenheid?.factor ?? 1) > 1,
    factor: tabel.eenheid?.factor ?? 1,
    notes: tabel.rijen.map((rij) => rij.toelichting)
  }
}

/**
 * The model pointer of a cell of `finTextTable`: an amount, or a text column's cell.
 *
 * @param tabel The finance table.
 * @param t Its index in `financien.tabellen`.
 * @param r The row.
 * @param c The column in the text table (0 is the label).
 * @returns The pointer.
 */
export function finCellPointer(tabel: FinTabel, t: number, r: number, c: number): string {
  const texts = tabel.tekstkolommen?.length ?? 0
  return c <= texts ? `/financien/tabellen/${t}/rijen/${r}/teksten/${c - 1}` : `/financien/tabellen/${t}/rijen/${r}/bedragen/${c - 1 - texts}`
}
