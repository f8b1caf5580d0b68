/**
 * The plan's own planning table with a column per year (`| Actie | 2026 | 2027 | 2028 |`) that
 * shares one end with the plan's period: its other end is the plan's too, so a column outside
 * the period is a slip. Tables of money, figures or the past have their own years (a
 * meerjarenraming runs on after the plan). A reader of `period-mismatch`.
 */
import type { Periode } from './period-fit.js'
import { yearColumns } from './period-forms.js'

// A table of the plan's own planning, and tables of money, figures or the past.
const planningTable = /planning|uitvoering|acties|activiteiten|maatregelen|fasering|tijdpad|agenda/iu
const moneyOrFigures = /raming|begroting|financ|kosten|middelen|dekking|lasten|baten|budget|bedrag|€|realisatie|resultaten|cijfers|aantal|monitor|prognose|trend|ontwikkeling|meting|vorig|eerder/iu

/**
 * The first year column outside the period of each planning table in a text.
 *
 * @param text The text, as written.
 * @param section The heading of its section.
 * @param periode The plan's period.
 * @returns Per departing table, the column's offset and year.
 */
export function planningColumnSlips(text: string, section: string, periode: Periode): Array<{ index: number; year: number }> {
  const out: Array<{ index: number; year: number }> = []
  for (const { cells, context: around } of yearColumns(text)) {
    const [first, last] = [cells[0]?.year ?? 0, cells.at(-1)?.year ?? 0]
    if ((first === periode.start) === (last === periode.eind) || !planningTable.test(`${section}\n${around}`) || moneyOrFigures.test(`${section}\n${around}`)) continue
    const outside = cells.find((cell) => cell.year < periode.start || cell.year > periode.eind)
    if (outside) out.push(outside)
  }
  return out
}
