/**
 * The last reading of a share said under a table of its text that no other reading judged: the
 * sentence names one row of the table (or one column) and gives no numbers of its own, so its share
 * is of that row's cells. Every way the row's cells give a share is tried: a cell of the total
 * row's column, another cell of the row, a change between two of its year columns; a share that
 * fits none of them is judged against the closest. Used by `share-text-claims`.
 */

import type { Cell, Table } from './markdown-tables.js'
import { AGAINST, OTHER_RATE, SHARE, THRESHOLD } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { sentences } from './share-sentences.js'
import { statementOf } from './share-statements.js'
import { countCellValue, TOTAL_ROW } from './share-wholes.js'
import { namesPhrase } from './share-named-rows.js'
import { namesAgeRow } from './age-labels.js'
import { nounStem } from './unit-nouns.js'
import { plainCell } from './cell-text.js'
import { countWordsAsDigits } from './share-words.js'
import { blankSources } from './asides.js'
import { formatDutchNumber } from '@kapstok/nl'
import type { ShareClaim } from './share-claim-text.js'

// A sentence about another measure than the table's: a target, a comparison with elsewhere, a norm.
const ELSEWHERE = /\b(?:wil(?:len)?|streven|streeft|doel\p{L}*|ambitie|moet(?:en)?|verwacht\p{L}*|prognose|landelijk\p{L}*|regio\p{L}*|nederland|provincie|gemiddelde?|norm|maximaal|minimaal|tenminste|ten\s+minste|minstens|tegen|vergeleken|ten\s+opzichte)\b/iu
// Several rows as one part (`samen`, `bij elkaar`): a sum this reading does not make.
const TOGETHER = /\b(?:samen|bij\s+elkaar|opgeteld|gezamenlijk)\b/iu
const YEAR = /(?<!\d)(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?!\d)/gu
const NUMBER = /\d[\d.]*(?:,\d+)?/gu
const GENERIC = new Set(['aantal', 'totaal', 'jaar', 'jaren', 'waarvan', 'bedrag', 'euro', 'procent'])

interface Reading { actual: number; basis: string }

const numbers = (row: Cell[]): Array<number | undefined> => row.map((c, i) => (i === 0 ? undefined : countCellValue(c)))
const label = (row: Cell[]): string => plainCell(row[0]?.text ?? '')
const fmt = (n: number): string => formatDutchNumber(n)
const tableEnd = (table: Table): number => Math.max(...[table.header, ...table.rows].flat().map((c) => c.index + c.text.length))

// Label words that name no row of their own (a unit, a side of a count, little words).
const LABEL_GENERIC = new Set([...GENERIC, 'voor', 'vóór', 'door', 'naar', 'over', 'met', 'zonder', 'overig', 'overige', 'inclusief', 'exclusief', 'later', 'ouder'])

/**
 * The rows a sentence names: by their whole label (or the label before a note in brackets), by every word and number
 * of their label (`meldingen van vuurwerkoverlast` for `Meldingen vuurwerkoverlast`), by their ages (`tieners van 13
 * en 14 jaar` for `13-14 jaar`), or by the number a label starts with after the first column's header (`Spoor 2` for
 * the row `2 Binden` under `Spoor`). A row named by one word it shares with others, or by a capitalised first word
 * alone, is not named: the sentence may speak of something else.
 */
function rowsOf(table: Table, total: Cell[] | undefined, sentence: string): Cell[][] {
  const lower = sentence.toLowerCase()
  const stems = new Set((lower.match(/[\p{L}-]{4,}/gu) ?? []).flatMap((w) => [nounStem(w), ...w.split('-').map(nounStem)]))
  const body = table.rows.filter((r) => r !== total)
  const byLabel = body.filter((r) => {
    const whole = label(r).toLowerCase()
    const head = whole.replace(/\s*\(.*$/u, '').trim()
    if (namesPhrase(lower, whole) || namesPhrase(lower, head)) return true
    const words = (head.match(/[\p{L}-]{4,}/gu) ?? []).filter((w) => !LABEL_GENERIC.has(w))
    const digits = head.match(/\d+/gu) ?? []
    return words.length > 0 && words.every((w) => stems.has(nounStem(w))) && digits.every((d) => new RegExp(String.raw`(?<![\d.,])${d}(?![\d.,])`, 'u').test(lower))
  })
  if (byLabel.length > 0) return byLabel
  // `van 16 tot 24 jaar` for the row `16-24 jaar`.
  const ages = sentence.replace(/(\d{1,3})\s+tot\s+(\d{1,3})(?=\s+jaar)/gu, '$1 t/m $2')
  const aged = body.filter((r) => namesAgeRow(ages, label(r)))
  if (aged.length > 0) return aged
  const head = plainCell(table.header[0]?.text ?? '').toLowerCase()
  if (!/^\p{L}{3,}$/u.test(head)) return []
  return body.filter((r) => {
    const n = /^(\d{1,2})(?:[.)]?\s)/u.exec(label(r))?.[1]
    return n !== undefined && new RegExp(String.raw`(?<![\p{L}])${head}\s+${n}(?![\d.,])`, 'iu').test(sentence)
  })
}

/** The columns a sentence names by a word of their header (none when it names every column or none). */
function namedColumns(table: Table, stems: Set<string>): number[] {
  const named = table.header.flatMap((cell, i) => {
    if (i === 0) return []
    const words = (plainCell(cell.text).toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !GENERIC.has(w))
    return words.some((w) => stems.has(nounStem(w))) ? [i] : []
  })
  return named.length === table.header.length - 1 ? [] : named
}

// A cell that holds a percentage (`10%`, `57,4 %`): a share the sentence may restate.
const PERCENT_CELL = /^\s*\**\s*[+-]?(\d+(?:,\d+)?)\s*%\s*\**\s*$/u
const percentOf = (cell: Cell): number | undefined => {
  const digits = PERCENT_CELL.exec(cell.text)?.[1]
  return digits === undefined ? undefined : Number(digits.replace(',', '.'))
}

/**
 * Every share a row's cells give: of the total row's cell of their column (or the column's sum, or another row's
 * larger cell: a first row `Huisbezoeken` may be the whole of the rows under it), and the rest of it; of another cell
 * of the row and the rest of that; a change between two of its columns; a percentage cell of the row itself.
 */
function rowReadings(table: Table, row: Cell[], total: Cell[] | undefined, rest: boolean, yearly: boolean): Reading[] {
  const own = numbers(row)
  const body = table.rows.filter((r) => r !== total)
  const out: Reading[] = []
  const name = label(row)
  for (const [i, a] of own.entries()) {
    if (a === undefined) continue
    // Without a total row the column's sum is the whole, but not in a table of years: one year is no share of them all.
    const sum = total ? countCellValue(total[i]) : yearly ? undefined : body.reduce((s, r) => s + (countCellValue(r[i]) ?? 0), 0)
    // A first row that is the largest of its column may be the whole of the rows under it (`Huisbezoeken | 480` above
    // `Doorverwezen | 48`).
    const first = countCellValue(body[0]?.[i])
    const leads = body[0] !== row && first !== undefined && body.every((r) => (countCellValue(r[i]) ?? 0) <= first)
    const wholes = new Set([sum, leads ? first : undefined].filter((w): w is number => w !== undefined && w > 0 && w >= a))
    for (const whole of wholes) out.push(...partOf(a, whole, name, rest))
    for (const [j, b] of own.entries()) {
      if (b === undefined || j === i || b <= 0) continue
      if (a <= b) out.push(...partOf(a, b, name, rest))
      if (j < i) out.push({ actual: (Math.abs(a - b) / b) * 100, basis: `van ${fmt(b)} naar ${fmt(a)} (${name})` })
    }
  }
  for (const cell of row) {
    const percent = percentOf(cell)
    if (percent !== undefined) out.push({ actual: percent, basis: `${cell.text.trim()} in de tabel (${name})` })
  }
  return out
}

// A part of a whole, and, in a sentence about the rest (`niet`, `buiten`, `de overige`), the rest of the whole beside it.
const partOf = (a: number, whole: number, name: string, rest: boolean): Reading[] => [
  { actual: (a / whole) * 100, basis: `${fmt(a)} van ${fmt(whole)} (${name})` },
  ...(rest ? [{ actual: ((whole - a) / whole) * 100, basis: `${fmt(whole - a)} van ${fmt(whole)} (${name})` }] : [])
]
const REST = /\b(?:niet|geen|buiten|zonder|overig\p{L}*|rest\p{L}*|ander\p{L}*)\b/iu

/** The same readings for a column of a table of years: its cells of the total, of other cells in their row, and changes down the column. */
function columnReadings(table: Table, column: number, total: Cell[] | undefined, rest: boolean): Reading[] {
  const body = table.rows.filter((r) => r !== total)
  const out: Reading[] = []
  const head = plainCell(table.header[column]?.text ?? '')
  const whole = total ? countCellValue(total[column]) : undefined
  const values = body.map((r) => countCellValue(r[column]))
  for (const [k, row] of table.rows.entries()) {
    const a = countCellValue(row[column])
    if (a === undefined || a <= 0) continue
    if (whole && row !== total && a <= whole) out.push(...partOf(a, whole, head, rest))
    for (const [j, cell] of row.entries()) {
      const b = countCellValue(cell)
      if (j === 0 || j === column || b === undefined || b <= 0) continue
      out.push(...(a <= b ? partOf(a, b, label(row), rest) : partOf(b, a, label(row), rest)))
    }
    for (const [m, b] of values.entries()) {
      if (m >= k || b === undefined || b <= 0 || row === total) continue
      out.push({ actual: (Math.abs(a - b) / b) * 100, basis: `van ${fmt(b)} naar ${fmt(a)} (${head})` })
    }
  }
  return out
}

/**
 * The shares under a table that no other reading judged, read against the row or column their sentence names.
 *
 * @param written The text as written.
 * @param tables Its tables.
 * @param judged The offsets of the shares other readings judged.
 * @returns A claim for each share that fits no reading of its row's cells.
 */
export function tableFallbackClaims(written: string, tables: Table[], judged: Set<number>): ShareClaim[] {
  if (tables.length === 0) return []
  const text = blankSources(countWordsAsDigits(written))
  const out: ShareClaim[] = []
  const all = sentences(text)
  for (const [t, table] of tables.entries()) {
    const from = tableEnd(table)
    const to = tables[t + 1]?.header[0]?.index ?? text.length
    const total = table.rows.find((r) => TOTAL_ROW.test(label(r)))
    let previous = ''
    for (const { sentence, offset } of all) {
      if (offset < from || offset >= to) continue
      if (/^\s*#/u.test(sentence)) break
      const before = previous
      previous = sentence
      if (ELSEWHERE.test(sentence) || TOGETHER.test(sentence)) continue
      const shares = allMatches(SHARE, sentence).filter((m) => !judged.has(offset + (m.index ?? 0)))
      if (shares.length === 0) continue
      const rows = rowsOf(table, total, sentence)
      const stems = new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(nounStem))
      // A column is a series of its own only in a table of years as rows (`2023 | 42 | 9`).
      const yearly = table.rows.filter((r) => r !== total).every((r) => /^\s*(?:19|20)\d{2}\b/u.test(label(r)))
      // In a table of years a sentence names a column (`meldingen`) and the year of a row: the column's readings hold both.
      const columns = yearly ? namedColumns(table, stems) : []
      if (rows.length !== 1 && columns.length !== 1) continue
      // The sentence's own numbers are the table's (a year, the row's label, a cell, also at the table's scale: `€ 500.000`
      // for `500` in a table x € 1.000): else they are what its shares are of.
      const own = allMatches(SHARE, sentence).reduce((t, m) => t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice((m.index ?? 0) + m[0].length), sentence).replace(YEAR, ' ')
      const cells = new Set(table.rows.flat().flatMap((c) => { const n = countCellValue(c); return n === undefined ? [] : [n, n * 1000, n * 1000000] }))
      const labels = rows.map(label).join(' ')
      if ([...own.matchAll(NUMBER)].some((m) => !labels.includes(m[0]) && !cells.has(Number(m[0].replace(/\./g, '').replace(',', '.'))))) continue
      const rest = REST.test(sentence)
      const readings = columns.length === 1 ? columnReadings(table, columns[0]!, total, rest) : rowReadings(table, rows[0]!, total, rest, yearly)
      if (readings.length === 0) continue
      for (const share of shares) {
        const at = share.index ?? 0
        // `onder de 30 procent`, `tegen 25 procent landelijk`, `een rente van 3%`: a figure the row is measured against.
        const lead = sentence.slice(0, at)
        if (THRESHOLD.test(lead) || AGAINST.test(lead) || OTHER_RATE.test(lead)) continue
        const statement = statementOf(share, sentence, at, before)
        if (!statement || statement.inPoints || readings.some((r) => statement.judge(r.actual))) continue
        const closest = readings.reduce((x, y) => (Math.abs(y.actual - statement.stated) < Math.abs(x.actual - statement.stated) ? y : x))
        out.push({ said: share[0], index: offset + at, actual: closest.actual, basis: closest.basis, fits: false })
      }
    }
  }
  return out
}
