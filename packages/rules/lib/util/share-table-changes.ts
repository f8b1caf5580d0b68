/**
 * A table with counts per year and a column of changes in percent between two of those years
 * (`Verschil 2021-2024`): each row's change is recomputed from its two year cells.
 */

import type { Table } from './markdown-tables.js'
import type { ShareClaim } from './share-claims.js'
import { fits, percentStep, read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { COUNT_CELL } from './share-wholes.js'
import { plainCell } from './cell-text.js'

const NUMBER = PLAIN_NUMBER
// A header that names a change between two years: `Verschil 2021-2024`, `groei 2020–2024 (%)`.
const CHANGE_HEADER = /\b(?:verschil|verandering|ontwikkeling|groei|stijging|daling|toename|afname|mutatie)\p{L}*\b[^|]*?\b((?:19|20)\d{2})\s*(?:[-–/]|tot(?:\s+en\s+met)?|t\/m)\s*((?:19|20)\d{2})\b/iu
// A change cell: `+12%`, `-7 %`, `−30 procent`, `15%`.
const CHANGE_CELL = new RegExp(String.raw`^\**\s*([+\-−–]?)\s*(${NUMBER})\s?(?:%|procent)\s*\**$`, 'iu')
// A year column, also with its unit or its noun: `2021`, `2021 (ton)`, `Leerlingen 2025`.
const YEAR_HEADER = /^\**\s*(?:(\p{L}[\p{L}\s-]*?)\s+)?((?:19|20)\d{2})(?:\s*\([^()]*\))?\s*\**$/u
// A header that names a change without its years: `Verschil`, `Ontwikkeling (%)`, `+/-`, `Δ`.
const CHANGE_WORD = /(?:^|[^\p{L}])(?:verschil|verandering|ontwikkeling|groei|stijging|daling|toename|afname|mutatie|trend)\p{L}*|^\**\s*(?:\+\s*\/\s*[-–−]|[-–−]\s*\/\s*\+|[Δ∆])/iu

/**
 * Find change percentages in a table column headed by a change between two years that are
 * themselves columns of the table, and judge each against the row's two counts. A header that
 * names no years (`Verschil`, `+/-`) or one (`Verschil t.o.v. 2020`) is a change between two
 * of the year columns (the first or the one named and the last, or the last two) when most rows
 * fit one such pair.
 *
 * @param tables The Markdown tables of a text.
 * @returns One claim per change cell with both counts, fitting or not.
 */
export function tableChangeClaims(tables: Table[]): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const table of tables) {
    // The year columns per noun: `Leerlingen 2024` and `Leerlingen 2025` are one series, `Doelgroep 2025` another.
    const series = new Map<string, Map<string, number>>()
    table.header.forEach((cell, i) => {
      const m = YEAR_HEADER.exec(cell.text)
      if (!m?.[2]) return
      const label = (m[1] ?? '').toLowerCase()
      const years = series.get(label) ?? new Map<string, number>()
      if (!years.has(m[2])) years.set(m[2], i)
      series.set(label, years)
    })
    const yearColumns = [...series.values()].flatMap((years) => [...years.values()])
    // A level and a target each with their own word (`| 2024 | Streven 2029 | Groei |`) form no series of one word, but the
    // change column still runs between them: then all year columns are one series, and most rows must fit as before.
    if (![...series.values()].some((years) => years.size >= 2)) {
      const all = new Map<string, number>()
      for (const years of series.values()) for (const [year, column] of years) if (!all.has(year)) all.set(year, column)
      if (all.size >= 2) series.set('\u0000all', new Map([...all].sort((a, b) => a[1] - b[1])))
    }
    table.header.forEach((cell, p) => {
      const named = CHANGE_HEADER.exec(cell.text)
      if (named) {
        // A change over other years than the table's columns cannot be recomputed.
        const years = [...series.values()].find((y) => y.has(named[1] ?? '') && y.has(named[2] ?? ''))
        const [from, to] = [years?.get(named[1] ?? ''), years?.get(named[2] ?? '')]
        if (from !== undefined && to !== undefined && from !== to) out.push(...rowChanges(table, p, from, to))
        return
      }
      if (!CHANGE_WORD.test(cell.text) || yearColumns.includes(p)) return
      const one = /\b((?:19|20)\d{2})\b/.exec(cell.text)?.[1]
      const pairs = [...series.values()].flatMap((years) => {
        const columns = [...years.values()].sort((a, b) => a - b)
        const last = columns.at(-1)
        if (columns.length < 2 || last === undefined) return []
        const starts = one === undefined ? [columns[0], columns.at(-2)] : [years.get(one)]
        return [...new Set(starts)].flatMap((start) => (start === undefined || start === last ? [] : [rowChanges(table, p, start, last)]))
      })
      // Most rows fit one pair, and no other pair fits as many: then the column is that change.
      const fitting = pairs.map((claims) => claims.filter((c) => c.fits).length)
      const best = Math.max(0, ...fitting)
      const top = pairs.filter((_, k) => fitting[k] === best)
      if (top.length === 1 && best >= 2 && best > (top[0]?.length ?? 0) - best) out.push(...(top[0] ?? []))
    })
  }
  return out
}

// The change cells of column `p`, each judged from the row's cell in column `from` to the one in `to`.
function rowChanges(table: Table, p: number, from: number, to: number): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const row of table.rows) {
    const change = CHANGE_CELL.exec(row[p]?.text ?? '')
    const [old, now] = [read(COUNT_CELL.exec(row[from]?.text ?? '')?.[1] ?? ''), read(COUNT_CELL.exec(row[to]?.text ?? '')?.[1] ?? '')]
    const stated = read(change?.[2] ?? '')
    const cell = row[p]
    if (!change || !old || now === undefined || stated === undefined || !cell || !COUNT_CELL.test(row[to]?.text ?? '')) continue
    const actual = ((now - old) / old) * 100
    // A sign must match the direction; without one the size is what counts.
    const signed = change[1] ? (change[1] === '+' ? stated : -stated) : Math.abs(actual) === actual ? stated : -stated
    const said = plainCell(cell.text)
    out.push({
      said,
      index: cell.index + cell.text.indexOf(said),
      actual: Math.abs(actual),
      basis: `van ${row[from]?.text.replace(/\*/g, '').trim()} naar ${row[to]?.text.replace(/\*/g, '').trim()}`,
      // Table cells are not rounded to tens: `30%` is 29,5 to 30,5.
      fits: fits('', signed, actual, change[2]?.includes(',') ? percentStep(change[2]) : 1)
    })
  }
  return out
}
