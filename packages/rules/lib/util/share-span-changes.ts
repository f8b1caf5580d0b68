/**
 * A change said in prose over a span of a year table just above it (`In drie jaar groeide het aantal
 * leden met bijna 20 procent.`, `Sinds 2021 steeg het aantal leden met een derde.`,
 * `Tussen 2020 en 2024 nam het aantal meldingen af met 12%.`): the table's first column holds the
 * years in order, and the column whose header the sentence names holds the counts. The change runs
 * between the two years the sentence names, from the year after `sinds` to the last row, over the
 * number of years it says back from the last row, or else from the first row to the last.
 */

import { parseNumberWord } from '@kapstok/nl'
import type { Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import { plainCell } from './cell-text.js'
import { COUNT_CELL } from './share-wholes.js'
import { TOTAL_ROW } from './total-rows.js'
import { againstYearBefore, bareCountColumn } from './share-bare-count-column.js'

const YEAR_CELL = /^\**\s*((?:19|20)\d{2})\s*\**$/u
const YEAR = /\b(?:19|20)\d{2}\b/gu
// The words of a clause between a verb and its particle: the subject, a year, an adverb, the share itself (`nam het aantal
// in 2024 met 10% af`, `nam … met 9,5 % toe`, `liep het bezoek in 2025 juist terug`).
const CLAUSE = String.raw`(?:(?:[\p{L}\d'’]+|\d+(?:,\d+)?\s?%)\s+){0,8}?`
// Falls and rises said with `lopen` and its particle, which closes the clause (`liep met 12% terug`, `liep
// tussen 2022 en 2024 terug met …`, `is opgelopen tot …`); `loopt op schema` is no rise.
const PARTICLE_END = String.raw`(?=\s*(?:[,.;:!?)]|$|met\b|tot\b|naar\b|van\b|in\b))`
const RUN_BACK = String.raw`(?:(?:liep|loopt|lopen|liepen)\s+${CLAUSE}terug${PARTICLE_END}|teruggelopen|terug(?:liep|liepen|loopt|lopen)|teruggang)`
const RUN_UP = String.raw`(?:(?:liep|loopt|lopen|liepen)\s+${CLAUSE}op${PARTICLE_END}|opgelopen|op(?:liep|liepen|loopt))`
// Other verbs of a fall: `zakte`, `slonk`, `verminderde`.
const SANK = String.raw`(?:zakte|zakten|gezakt|slonk|slonken|geslonken|verminderde|verminderden)`
// The sentence says a change: a verb or noun of growth or decline (`verloor een kwart van zijn leden` is a decline).
// The particle of `nam … toe` closes its clause, however long the subject and the share between (`nam het aandeel
// fietsers in het centrum met een vijfde toe`), or opens it in a subordinate clause (`toen het aantal … toenam`).
export const CHANGE = new RegExp(String.raw`\b(?:verlo(?:or|ren|st)|verliest|st(?:ij|e+)g\p{L}*|gestegen|groei\p{L}*|gegroeid|da[a]?l\p{L}*|gedaald|(?:nam|neemt|namen|nemen)\s+${CLAUSE}(?:toe|af)|toename|afname|toegenomen|afgenomen|toe(?:nam|neemt)|af(?:nam|neemt)|(?:toe|af)namen|kromp|gekrompen|krimp|${RUN_BACK}|${RUN_UP}|${SANK})\b`, 'iu')
// In a subordinate clause the particle comes first: `toen het aantal met een kwart afnam`.
export const DOWN = new RegExp(String.raw`\b(?:verlo(?:or|ren|st)|verliest|da[a]?l\p{L}*|gedaald|af\b|afname|afgenomen|af(?:nam|namen|neemt)\b|kromp|gekrompen|krimp|${RUN_BACK}|${SANK})`, 'iu')
// `in vier jaar`, `in 3 jaar tijd`, `over vijf jaar`.
export const SPAN = /\b(?:in|over|binnen)\s+(\p{L}+|\d+)\s+jaar\b/iu
const SINCE = /\bsinds\s+((?:19|20)\d{2})\b/iu

/** A change over a span of a year table: its actual percentage and how it was computed. */
export interface SpanChange {
  actual: number
  basis: string
}

/**
 * The change a sentence without counts of its own says over a year table just before it.
 *
 * @param sentence The sentence, without counts other than years and the share.
 * @param table The nearest table before it, with nothing but prose without counts between.
 * @returns The change, or undefined when the table has no year column or no column the sentence names.
 */
export function spanChange(sentence: string, table: Table | undefined): SpanChange | undefined {
  if (!table || !CHANGE.test(sentence)) return undefined
  // A total row under the years (`| Totaal | 1.605 |`) adds them up: the change runs over the year rows above it.
  const rows = TOTAL_ROW.test(plainCell(table.rows.at(-1)?.[0]?.text ?? '')) ? table.rows.slice(0, -1) : table.rows
  const years = rows.map((r) => YEAR_CELL.exec(r[0]?.text ?? '')?.[1])
  // Two rows make a year table when the sentence names both their years (`Tussen 2023 en 2025 steeg …`).
  const bothNamed = years.length === 2 && years.every((y) => y !== undefined && sentence.includes(y))
  if ((years.length < 3 && !bothNamed) || years.some((y, i) => y === undefined || (i > 0 && Number(y) <= Number(years[i - 1])))) return undefined
  const lower = sentence.toLowerCase()
  // A word of the sentence may be the tail of a compound header (`zaken` for `Toezichtszaken`).
  const tails = (lower.match(/\p{L}{5,}/gu) ?? [])
  // The column the sentence names by a word of its header (`leden`), with a count in every row.
  const countsOf = (k: number): Array<number | undefined> => rows.map((r) => (COUNT_CELL.test(r[k]?.text ?? '') ? read(bare(r[k]?.text ?? '')) : undefined))
  const counted = table.header.map((_, k) => countsOf(k).every((c) => c !== undefined && c > 0))
  const columns = table.header.flatMap((head, k) => {
    const words = head.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []
    const named = words.some((w) => lower.includes(w) || tails.some((t) => w.endsWith(t)))
    return k > 0 && named && counted[k] ? [countsOf(k) as number[]] : []
  })
  // `het aantal` with no noun of its own: the table's only column of counts.
  const bareColumn = columns.length === 0 ? bareCountColumn(sentence, counted) : undefined
  if (bareColumn !== undefined) columns.push(countsOf(bareColumn) as number[])
  const [counts] = columns
  if (columns.length !== 1 || !counts) return undefined
  const [from, to] = span(sentence, years as string[])
  if (from === undefined || to === undefined || from >= to) return undefined
  const [a, b] = [counts[from] ?? 0, counts[to] ?? 0]
  // The direction said must be the table's: a rise said of a fall is another change.
  if (DOWN.test(sentence) !== b < a) return undefined
  return { actual: (Math.abs(b - a) / a) * 100, basis: `van ${cellOf(table, from, a)} (${years[from]}) naar ${cellOf(table, to, b)} (${years[to]})` }
}

// A cell's number without its emphasis or euro sign (`**€ 240.000**`).
const bare = (cell: string): string => plainCell(cell).replace(EURO, '').trim()
const EURO = /€/gu
// The count as the table writes it (`4.350`).
const cellOf = (table: Table, row: number, value: number): string =>
  plainCell(table.rows[row]?.slice(1).find((c) => read(bare(c.text)) === value)?.text ?? String(value))

// The rows the change runs between: two years named, `sinds` a year, a span of years back from the last row, or all rows.
function span(sentence: string, years: string[]): [number | undefined, number | undefined] {
  const last = years.length - 1
  const named = [...new Set(sentence.match(YEAR) ?? [])].map((y) => years.indexOf(y))
  const since = SINCE.exec(sentence)?.[1]
  if (since) return [indexOr(years.indexOf(since)), last]
  if (named.length === 2) return [indexOr(Math.min(...named)), indexOr(Math.max(...named))]
  // One year against the year before it (`… 30% minder dan een jaar eerder`): that row and the one above.
  const [one] = named
  if (named.length === 1 && one !== undefined && one > 0 && Number(years[one - 1]) === Number(years[one]) - 1 && againstYearBefore(sentence)) return [one - 1, one]
  if (named.length > 0) return [undefined, undefined]
  const said = SPAN.exec(sentence)?.[1]
  if (said) {
    const n = /^\d+$/u.test(said) ? Number(said) : parseNumberWord(said)
    const start = n === undefined ? -1 : years.indexOf(String(Number(years[last]) - n))
    return [indexOr(start), last]
  }
  return [0, last]
}
const indexOr = (i: number): number | undefined => (i < 0 ? undefined : i)

/**
 * The year table a sentence that names two years speaks of, further up its section: the last one whose first
 * column holds both years. The two years tie the sentence to its rows, whatever prose stands between.
 *
 * @param sentence The sentence.
 * @param tables The tables of the section before it, in order.
 * @returns The table, or undefined when the sentence names not exactly two years or no table holds both.
 */
export function yearRowTable(sentence: string, tables: Table[]): Table | undefined {
  const named = [...new Set(sentence.match(YEAR) ?? [])]
  if (named.length !== 2) return undefined
  return tables.filter((t) => named.every((y) => t.rows.some((r) => YEAR_CELL.exec(r[0]?.text ?? '')?.[1] === y))).at(-1)
}
