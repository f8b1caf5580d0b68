import { isBedrag, type Plan } from '@kapstok/core'
import { csvField, type AgendaCsvOptions } from './csv.js'

/** Columns of the finance CSV. */
export const financeCsvFields = ['tabel', 'titel', 'rij', 'kolom', 'euro', 'tekst', 'eenheid', 'soort'] as const

/**
 * Every amount cell of the finance tables as CSV, one line per cell (RFC 4180, as `agendaCsv`).
 * `euro` is the amount in whole euros with a decimal comma when there are cents, whatever the
 * unit of the source: `120` in a table `x € 1.000` is `120000`, with `tekst` `120` and
 * `eenheid` `x € 1.000` beside it. `soort` is `bedrag`, or `nihil`, `pm` or `nvt` for a cell
 * that holds no amount (`euro` is then empty).
 *
 * @param plan The model.
 * @param options Separator and BOM (optional).
 * @returns The CSV text.
 */
export function financeCsv(plan: Plan, options: AgendaCsvOptions = {}): string {
  const separator = options.separator ?? ';'
  const lines = [financeCsvFields.join(separator)]
  for (const tabel of plan.financien?.tabellen ?? []) {
    for (const rij of tabel.rijen) {
      rij.bedragen.forEach((cell, column) => {
        if (!cell) return
        const cells = [
          tabel.id,
          tabel.titel,
          rij.label,
          tabel.kolommen[column] ?? String(column + 1),
          isBedrag(cell) ? euros(cell.centen) : '',
          cell.tekst ?? '',
          tabel.eenheid?.tekst ?? '',
          isBedrag(cell) ? 'bedrag' : cell.soort
        ]
        lines.push(cells.map((text) => csvField(text, separator)).join(separator))
      })
    }
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`
}

// Whole euros, `,` before cents: `120000`, `-1234,56`.
function euros(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const rest = abs % 100
  return sign + String(Math.trunc(abs / 100)) + (rest ? ',' + String(rest).padStart(2, '0') : '')
}
