/**
 * A change said in prose of one row of a table whose years are columns (`| Kantine | Omzet 2022 |
 * Omzet 2025 |` and `De kantine verloor tussen 2022 en 2025 bijna een vijfde van haar omzet.`): the
 * sentence names the row by a word of its label and the two years, and the two columns carry the
 * same word beside those years. The table may stand anywhere earlier in the section, as the row,
 * both years and the direction must all match. Used by `share-claims`.
 */

import type { Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import { CHANGE, DOWN } from './share-span-changes.js'
import { YEAR_BEFORE } from './share-comparisons.js'
import { AMOUNT_CELL } from './plain-number.js'
import { plainCell } from './cell-text.js'

const YEAR = /\b(?:19|20)\d{2}\b/gu
export const HEADER_YEAR = /^(.*?)\s*\b((?:19|20)\d{2})\b\s*(?:\([^)]*\))?$/u
export const COUNT = /^\**\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*\**$/u
// Four letters name a row too (`Oost`, `Zuid`), and so does a capitalised abbreviation of two or three
// (`GGD`, `OZB`), also as the head of a compound (`OZB-opbrengst`): upper case keeps it from any short word.
export const words = (text: string): string[] => [...(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []), ...(text.match(/(?<![\p{L}])\p{Lu}{2,3}(?![\p{L}])/gu) ?? [])]
// Words of four letters or more that name nothing: a label `Zorg voor elkaar` is not named by any `voor`.
const FUNCTION_WORD = /^(?:voor|naar|door|over|onder|tegen|zonder|tussen|deze|alle|zijn|haar|onze|welke|waar|wordt|worden|heeft|hebben)$/u

/** A change of one table row between two year columns. */
export interface RowYearChange {
  actual: number
  basis: string
}

// A comparison of the share's year with another year right after the share: `… een kwart minder dan in
// 2019`, `… 30% hoger dan in 2019`, `… boven dat van 2019`. The year after it is the base, whichever is earlier.
const COMPARED_YEAR = /^[^.;]*?\b(meer|minder|hoger|lager|groter|kleiner|boven|onder)\b[^.;\d]*?\b((?:19|20)\d{2})\b/iu
const LOWER = /^(?:minder|lager|kleiner|onder)$/iu
// A comparison with the year before the sentence's own: `… 40% hoger dan een jaar eerder`.
const COMPARED_BEFORE = /^[^.;\d]*?\b(meer|minder|hoger|lager|groter|kleiner)\s+dan\s+/iu
// The base of a change: `ten opzichte van 2024`, `vergeleken met een jaar eerder`.
const BASE = String.raw`\b(?:vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|tegenover)`
// The base year said before the share, with a comparative after it: `Vergeleken met 2019 lag … 30 procent hoger.`
const BASE_YEAR = new RegExp(String.raw`${BASE}\s+((?:19|20)\d{2})\b`, 'iu')
const BASE_BEFORE = new RegExp(String.raw`${BASE}\s+`, 'iu')
const COMPARATIVE_AFTER = /^\s*(meer|minder|hoger|lager|groter|kleiner)\b/iu

/**
 * The change a sentence says of one row between two year columns of a table before it.
 *
 * @param sentence The sentence, without counts of its own (years aside).
 * @param tables The tables of the section before the sentence, nearest last.
 * @param after The sentence after the share, for a comparison with a year (`… minder dan in 2019`).
 * @param previous The sentence before in the paragraph, which may name the row (`Bij de kantine zien we …`)
 *   when the sentence itself names none (`In 2025 lag de omzet daar …`).
 * @returns The change, or undefined when no one row and one pair of year columns are named.
 */
export function rowYearChange(sentence: string, tables: Table[], after = '', previous = '', judge?: (actual: number) => boolean): RowYearChange | undefined {
  const said = [...new Set(sentence.match(YEAR) ?? [])]
  // `is sinds 2025 met 12 procent gestegen`: from that year to a later column; which one the sentence leaves open,
  // so it holds when any later column gives it, and is measured against the latest when none does.
  const since = said.length === 1 && judge !== undefined ? SINCE.exec(sentence)?.[1] : undefined
  if (since) return sinceChange(sentence, since, tables, previous, judge!)
  // `In 2025 lag het in Oost 40% hoger dan een jaar eerder.`: one year, compared with the year before it.
  const against = COMPARED_BEFORE.exec(after)
  const prior = said.length === 1 && against && YEAR_BEFORE.test(after.slice(against.index + against[0].length)) ? against : undefined
  // `liep in 2025 met 10% terug ten opzichte van een jaar eerder`: a verb of change, measured against the year before.
  const based = said.length === 1 && !prior && CHANGE.test(sentence) ? BASE_BEFORE.exec(after) : null
  const priorBase = based !== null && YEAR_BEFORE.test(after.slice(based.index + based[0].length))
  if (prior || priorBase) said.push(String(Number(said[0]) - 1))
  // `Het gebruik van de kinderboerderij groeide in 2025 met …` beside a table of just two years: from the earlier to the
  // later, when the sentence names that one or none.
  if (said.length < 2 && !prior && !priorBase && CHANGE.test(sentence) && !comparisonOf(sentence, after)) said.splice(0, said.length, ...twoYears(tables, said[0]))
  if (said.length !== 2) return undefined
  // The comparison: its word (up or down) and the year it is made with, the base of the change.
  const compared = prior ? ([prior[1] ?? '', said[1] ?? ''] as const) : comparisonOf(sentence, after)
  if (!compared && !CHANGE.test(sentence)) return undefined
  const sorted = said.map(Number).sort((a, b) => a - b).map(String)
  // A comparison runs from its year to the other one; a verb of change from the earlier year to the later.
  const [early, late] = compared && said.includes(compared[1]) ? [compared[1], said.find((y) => y !== compared[1])] : sorted
  const down = compared ? LOWER.test(compared[0]) : DOWN.test(sentence)
  const own = new Set(words(sentence))
  const before = new Set(words(previous))
  for (const table of [...tables].reverse()) {
    // The columns of the two years, with the same word beside the year (`Uitleningen 2022`, `Uitleningen 2026`).
    const columns = table.header.map((h) => HEADER_YEAR.exec(plainCell(h.text)))
    const at = (year: string | undefined): number[] => columns.flatMap((m, k) => (k > 0 && m?.[2] === year ? [k] : []))
    const pairs = at(early).flatMap((a) => at(late).filter((b) => (columns[a]?.[1] ?? '').toLowerCase() === (columns[b]?.[1] ?? '').toLowerCase()).map((b) => [a, b] as const))
    if (pairs.length !== 1) continue
    const [from, to] = pairs[0] as readonly [number, number]
    // The one row that the sentence names best: most words of its label (`Sporthal Noord`, not
    // `Sporthal Zuid`); a tie names none.
    // A sentence that names no row (`In 2024 kochten we daar …`) takes the one the sentence before names.
    const rows = bestRows(table, own)
    const named = rows.length === 0 ? bestRows(table, before) : rows
    const [row] = named
    if (named.length !== 1 || !row) return undefined
    return cellChange(row, from, to, early ?? '', late ?? '', down)
  }
  return undefined
}

// The two years of the nearest table with year columns, when it has two of one word and the later is the year named (if any).
function twoYears(tables: Table[], named: string | undefined): string[] {
  for (const table of [...tables].reverse()) {
    const years = table.header.flatMap((h, k) => {
      const m = k > 0 ? HEADER_YEAR.exec(plainCell(h.text)) : null
      return m ? [{ word: (m[1] ?? '').toLowerCase(), year: m[2] ?? '' }] : []
    })
    if (years.length === 0) continue
    const [a, b] = years
    return years.length === 2 && a && b && a.word === b.word && a.year < b.year && (named === undefined || named === b.year) ? [a.year, b.year] : []
  }
  return []
}

const SINCE = /\bsinds\s+((?:19|20)\d{2})\b/iu
// A cell's text without bold marks, read as a count or an amount (`1.240`, `€ 285`) by AMOUNT_CELL.
const cellText = (row: Table['rows'][number], k: number): string => plainCell(row[k]?.text ?? '')

// The change of a row between two columns, in the direction said (a loss said of a gain is another change).
function cellChange(row: Table['rows'][number], from: number, to: number, early: string, late: string, down: boolean): RowYearChange | undefined {
  const [x, y] = [AMOUNT_CELL.exec(cellText(row, from))?.[1], AMOUNT_CELL.exec(cellText(row, to))?.[1]]
  if (x === undefined || y === undefined) return undefined
  const [a, b] = [read(x) ?? 0, read(y) ?? 0]
  if (a <= 0 || a === b || down !== b < a) return undefined
  return { actual: (Math.abs(b - a) / a) * 100, basis: `van ${cellText(row, from)} (${early}) naar ${cellText(row, to)} (${late})` }
}

// A change since a year: the row the sentence names, from that year's column to each later one with the same word.
function sinceChange(sentence: string, since: string, tables: Table[], previous: string, judge: (actual: number) => boolean): RowYearChange | undefined {
  if (!CHANGE.test(sentence)) return undefined
  const down = DOWN.test(sentence)
  for (const table of [...tables].reverse()) {
    const columns = table.header.map((h) => HEADER_YEAR.exec(plainCell(h.text)))
    const from = columns.flatMap((m, k) => (k > 0 && m?.[2] === since ? [k] : []))
    if (from.length !== 1) continue
    const word = (columns[from[0]!]?.[1] ?? '').toLowerCase()
    const later = columns.flatMap((m, k) => (k > 0 && m && Number(m[2]) > Number(since) && (m[1] ?? '').toLowerCase() === word ? [k] : []))
    const rows = bestRows(table, new Set(words(sentence)))
    const named = rows.length === 0 ? bestRows(table, new Set(words(previous))) : rows
    if (later.length === 0 || named.length !== 1 || !named[0]) return undefined
    const changes = later.map((k) => cellChange(named[0]!, from[0]!, k, since, columns[k]?.[2] ?? '', down))
    if (changes.some((c) => c === undefined)) return undefined
    return changes.find((c) => judge(c!.actual)) ?? changes.at(-1)
  }
  return undefined
}

// The word and the year of a comparison with a year: after the share (`… 30% hoger dan in 2019`) or before it
// (`Vergeleken met 2019 … 30% hoger`).
function comparisonOf(sentence: string, after: string): readonly [string, string] | undefined {
  const m = COMPARED_YEAR.exec(after)
  if (m) return [m[1] ?? '', m[2] ?? '']
  const [base, comparative] = [BASE_YEAR.exec(sentence), COMPARATIVE_AFTER.exec(after)]
  return base && comparative ? [comparative[1] ?? '', base[1] ?? ''] : undefined
}

// The rows whose labels share most words with a sentence: `Sporthal Noord`, not `Sporthal Zuid`; none when no word is shared.
export function bestRows(table: Table, own: Set<string>): Table['rows'] {
  const named = table.rows.map((r) => ({ r, score: words(r[0]?.text ?? '').filter((w) => !FUNCTION_WORD.test(w) && own.has(w)).length }))
  const best = Math.max(0, ...named.map((n) => n.score))
  return named.filter((n) => n.score === best && best > 0).map((n) => n.r)
}
