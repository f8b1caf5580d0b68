/**
 * A percentage said as a comparison with an earlier number: "64 kton, 20% lager dan in 2018",
 * "540, ruim 30% meer dan de 450 van toen", "12 weken, 25% korter dan in 2022 (16 weken)". The
 * earlier number stands after `dan`, in parentheses after its year, in a table of the same
 * text with a column for that year and the later number in the same row, or in a sentence before
 * that ties it to that year (in the section, when that is the year's one level).
 */

import type { Table } from './markdown-tables.js'
import { read, withinTwo } from './share-tolerance.js'
import { isYearNumber } from './year-numbers.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { sectionYearLevel } from './share-section-year-levels.js'
import { magnitudeWord } from '@kapstok/nl'
import { plainCell } from './cell-text.js'

const NUMBER = PLAIN_NUMBER
// `boven` and `onder` compare as `hoger dan` and `lager dan` do: `17% boven de 1.060 van toen`.
const COMPARED = /^\s+(?:(hoger|lager|meer|minder|groter|kleiner|korter|langer|duurder|goedkoper)\s+dan|(boven|onder))\s+/iu
const DOWN = /^(?:lager|minder|kleiner|korter|goedkoper|onder)$/iu
// The year before the sentence's own: `dan een jaar eerder`, `dan in het jaar ervoor`, `dan vorig jaar`.
export const YEAR_BEFORE = /^(?:in\s+)?(?:een\s+jaar\s+(?:eerder|daarvoor|ervoor)|het\s+(?:jaar\s+(?:ervoor|daarvoor)|vorige\s+jaar)|vorig\s+jaar)\b/iu
// A year said as a label of the count before the share: `in 2025` between `1.150 aanvragen` and `17% …`.
const YEAR_LABEL = /\b(in|van|eind|begin|medio)\s+(?:19|20)\d{2}\b/giu
// The later number right before the share: `97 kton, `, `nu 540, `, `12 weken, dat is `, `€ 7,25: `.
// The number's noun may have words after it (`3.100 klachten over het openbaar vervoer, `, `€ 27 per m² `), as long as no other number stands between.
const NOW = new RegExp(String.raw`(?<![\d.,])(?:€\s*)?(${NUMBER})(?:\s+[\p{L}²³-]+){0,5}\s*[,:]?\s*(?:dat\s+is\s+|ofwel\s+)?$`, 'u')
// After `dan`: the earlier number itself (`de 450`), or a year with the number in parentheses or none.
const THEN_NUMBER = new RegExp(String.raw`^(?:de|het)?\s*(?:€\s*)?(${NUMBER})(?![.,]?\d)(?!\s?(?:%|procent))`, 'iu')
// The year may be named by its level too: `boven het niveau van 2027`, `onder dat van 2019`.
const THEN_YEAR = new RegExp(String.raw`^(?:in|eind|begin|medio|(?:het\s+(?:niveau|peil)|dat|die)\s+van)\s+((?:19|20)\d{2})\b(?:\s*\(\s*(?:€\s*)?(${NUMBER})[^)]*\))?`, 'iu')
// The magnitude and the noun right after the later number: `€ 1,4 miljoen, …`, `512 aanvragen, …`.
const LATER_UNIT = new RegExp(String.raw`^(?:\s+(${magnitudeWord}))?(?:\s+(\p{Ll}[\p{Ll}'’-]{2,}))?`, 'u')
// A column header that is a year, also with its unit: `2019`, `2019 (kton)`.
const headed = (text: string): string => plainCell(text).replace(/\s*\([^()]*\)\s*/g, ' ').trim()
// The one column of a year: headed by the year alone, else the one header that names it among words (`Gemeten 2023`).
function yearColumn(table: Table, year: string): number {
  const alone = table.header.findIndex((cell) => headed(cell.text) === year)
  if (alone >= 0) return alone
  const named = table.header.flatMap((cell, k) => (new RegExp(String.raw`(?<!\d)${year}(?!\d)`, 'u').test(cell.text) ? [k] : []))
  return named.length === 1 ? (named[0] ?? -1) : -1
}

/**
 * The change a comparison says a percentage of, when the earlier number can be found.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param tables The tables of the text.
 * @param previous The sentence before.
 * @param distant The sentences of the section before and the share said, for a level stated further up.
 * @returns The change in percent and its numbers, or undefined (also when it goes the other way).
 */
export function comparedChange(before: string, after: string, tables: Table[], previous = '', distant?: { section: readonly string[]; stated: number }): { actual: number; basis: string } | undefined {
  const compared = COMPARED.exec(after)
  const now = NOW.exec(before.replace(YEAR_LABEL, '$1 jaar'))
  const later = read(now?.[1] ?? '')
  if (!compared || !now || !later || isYearNumber(now[1])) return undefined
  const rest = after.slice(compared[0].length)
  const own = [...before.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]))
  const year = THEN_YEAR.exec(rest)
  // `… dan een jaar eerder` in a sentence of one year: the year before it.
  const yearBefore = !year && own.length === 1 && YEAR_BEFORE.test(rest) ? String((own[0] ?? 0) - 1) : undefined
  const thenYear = year?.[1] ?? yearBefore
  const number = year?.[2] ?? (yearBefore ? undefined : THEN_NUMBER.exec(rest)?.[1])
  // The year's level in the sentence before, else stated further up the section (`Voor 2027 … op € 6,50.`).
  const unit = LATER_UNIT.exec(now[0].slice(now[0].indexOf(now[1] ?? '') + (now[1] ?? '').length))
  const kind = { value: later, euro: now[0].trimStart().startsWith('€'), magnitude: unit?.[1], noun: unit?.[2] }
  // No year: `dan groot onderhoud van asfalt`, another row of a table that holds the later number.
  const near = number ?? (thenYear ? (fromTable(tables, thenYear, later, before) ?? yearCount(previous, thenYear)) : fromNamedRow(tables, rest, later))
  const far = near === undefined && thenYear && distant ? sectionYearLevel(distant.section, thenYear, kind) : undefined
  const earlier = near ?? far
  const from = read(earlier ?? '')
  // A level that far up is the base only when the change it gives lies within a factor two of the share said.
  if (far !== undefined && from && !withinTwo((Math.abs(later - from) / from) * 100, distant?.stated ?? 0)) return undefined
  if (!from || isYearNumber(earlier) || from === later || DOWN.test(compared[1] ?? compared[2] ?? '') !== later < from) return undefined
  return { actual: (Math.abs(later - from) / from) * 100, basis: `van ${earlier} naar ${now[1]}` }
}

// The cell in the column of `year` of the one row that holds the later number (in the column
// of the sentence's own year, when the table has one).
function fromTable(tables: Table[], year: string, later: number, before: string): string | undefined {
  const own = [...before.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0]).find((y) => y !== year)
  const found: string[] = []
  for (const table of tables) {
    const then = yearColumn(table, year)
    const nowColumn = own === undefined ? -1 : yearColumn(table, own)
    if (then < 0) continue
    for (const row of table.rows) {
      const holds = row.some((cell, k) => k !== then && (nowColumn < 0 || k === nowColumn) && read(plainCell(cell.text)) === later)
      const cell = plainCell(row[then]?.text ?? '')
      if (holds && new RegExp(String.raw`^(?:${NUMBER})$`).test(cell)) found.push(cell)
    }
  }
  return found.length === 1 ? found[0] : undefined
}

// A cell that is one number, with or without a euro sign; a word of a row's label.
const NUMBER_CELL = new RegExp(String.raw`^(?:€\s*)?(${NUMBER})$`, 'u')
const LABEL_WORD = /\p{L}{4,}/gu
const labelOf = (row: Table['rows'][number]): string[] => plainCell(row[0]?.text ?? '').replace(/\([^()]*\)/gu, ' ').toLowerCase().match(LABEL_WORD) ?? []

// The cell of the row that the words after `dan` name (`groot onderhoud van asfalt` for `Groot onderhoud asfalt (nieuwe
// deklaag)`: a word of its label that no other row has), in the column of the one cell that holds the later number.
function fromNamedRow(tables: Table[], rest: string, later: number): string | undefined {
  const words = new Set(rest.toLowerCase().match(LABEL_WORD) ?? [])
  const found: string[] = []
  for (const table of tables) {
    const holding = table.rows.flatMap((row, r) => row.flatMap((cell, k) => (k > 0 && read(NUMBER_CELL.exec(plainCell(cell.text))?.[1] ?? '') === later ? [{ r, k }] : [])))
    const [held] = holding
    if (holding.length !== 1 || !held) continue
    const labels = table.rows.map(labelOf)
    const named = table.rows.filter((_, i) => i !== held.r && labels[i]!.some((w) => words.has(w) && labels.every((other, j) => j === i || !other.includes(w))))
    const cell = named.length === 1 ? NUMBER_CELL.exec(plainCell(named[0]?.[held.k]?.text ?? ''))?.[1] : undefined
    if (cell) found.push(cell)
  }
  return found.length === 1 ? found[0] : undefined
}

// The one count the sentence before ties to a year: `312 in 2024`, `312 (2024)`, `2024: 312`. A sentence
// with a run of years (`van 270 in 2022 naar 290 in 2023 en 312 in 2024`) gives the count of each; a count tied to no
// year (`300 leden in Oost en 250 in 2024`) may be the one meant, so then none is taken.
function yearCount(previous: string, year: string): string | undefined {
  const tie = (y: string): RegExp =>
    new RegExp(String.raw`(?<![\d.,])(${NUMBER})(?![.,]?\d)(?!\s?(?:%|procent))(?:\s+[\p{L}-]+)?\s+(?:in\s+${y}|\(${y}\))(?!\d)|\b${y}:\s*(${NUMBER})(?![.,]?\d)(?!\s?(?:%|procent))`, 'gu')
  const found = [...previous.matchAll(tie(year))].map((m) => m[1] ?? m[2] ?? '')
  const tied = [...previous.matchAll(tie(String.raw`(?:19|20)\d{2}`))].length
  const counts = [...previous.matchAll(new RegExp(String.raw`(?<![\d.,])(${NUMBER})(?![.,]?\d)(?!\s?(?:%|procent))`, 'gu'))].filter((m) => !isYearNumber(m[1]))
  return found.length === 1 && counts.length === tied && !isYearNumber(found[0]) ? found[0] : undefined
}
