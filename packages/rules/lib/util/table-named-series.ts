/**
 * The row or column of a table a sentence under it speaks of, named strictly enough that a reading
 * which finds nothing in it may say the sentence is wrong: a row by its whole label, by every word and
 * number of it, by its ages or by its number after the first column's header; a column of a table of
 * years by a word of its header. Used by the last readings of shares (share-table-fallback).
 */

import type { Cell, Table } from './markdown-tables.js'
import { namesPhrase } from './share-named-rows.js'
import { namesAgeRow } from './age-labels.js'
import { nounStem } from './unit-nouns.js'
import { plainCell } from './cell-text.js'

// Header and label words that name no series of their own (a unit, a side of a count, little words).
const GENERIC = new Set(['aantal', 'totaal', 'jaar', 'jaren', 'waarvan', 'bedrag', 'euro', 'procent'])

// Words of a sentence about another measure than a table's: a target, a forecast, elsewhere, an average, a norm.
// Each last reading of a table adds its own (a comparison, a rate).
export const OTHER_MEASURE = String.raw`wil(?:len)?|streven|streeft|doel\p{L}*|ambitie\p{L}*|moet(?:en)?|verwacht\p{L}*|prognose\p{L}*|landelijk\p{L}*|regio\p{L}*|nederland|provincie|gemiddeld\p{L}*|norm\p{L}*|maximaal|minimaal|tenminste|ten\s+minste|minstens`
// A sentence that points below itself (`hieronder`, `de volgende tabel`): it speaks of what comes, not of the table above.
export const POINTS_BELOW = /\b(?:hieronder|onderstaande?|volgende|navolgende)\b/iu

/** Where a table ends in its text: after its last cell. */
export const tableEnd = (table: { header: Cell[]; rows: Cell[][] }): number => Math.max(...[table.header, ...table.rows].flat().map((c) => c.index + c.text.length))

/** A row's label, without emphasis. */
export const label = (row: Cell[]): string => plainCell(row[0]?.text ?? '')

/** Whether every row but the total is a year (`2023 | 42 | 9`): then a column is a series of its own. */
export const isYearly = (table: Table, total: Cell[] | undefined): boolean => table.rows.filter((r) => r !== total).every((r) => /^\s*(?:19|20)\d{2}\b/u.test(label(r)))

// Label words that name no row of their own (a unit, a side of a count, little words). A subtotal is named by what it
// adds up: `spoor 2` for `Subtotaal spoor 2`.
const SUBTOTAL = /\b(?:sub)?totaal\b/u
const OF_PHRASE = /\bvan\s+(?:de|het|alle|onze)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+/gu
const LABEL_GENERIC = new Set([...GENERIC, 'subtotaal', 'totaal', 'voor', 'vóór', 'door', 'naar', 'over', 'met', 'zonder', 'overig', 'overige', 'inclusief', 'exclusief', 'later', 'ouder'])

/**
 * The rows a sentence names: by their whole label (or the label before a note in brackets), by every word and number
 * of their label (`klachten over geluid` for `Klachten geluid`), by their ages (`kinderen van 8
 * en 9 jaar` for `8-9 jaar`), or by the number a label starts with after the first column's header (`Lijn 3` for
 * the row `3 Groen` under `Lijn`). A row named by one word it shares with others, or by a capitalised first word
 * alone, is not named: the sentence may speak of something else.
 */
export function seriesRows(table: Table, total: Cell[] | undefined, sentence: string): Cell[][] {
  const lower = sentence.toLowerCase()
  const stemsOf = (text: string): Set<string> => new Set((text.match(/[\p{L}-]{4,}/gu) ?? []).map(nounStem))
  const stems = stemsOf(lower)
  // A subtotal's words after `van de` name the whole a share is of (`een kwart van de investeringen`), not the row.
  const outsideWhole = stemsOf(lower.replace(OF_PHRASE, ' '))
  const body = table.rows.filter((r) => r !== total)
  const byLabel = body.filter((r) => {
    const whole = label(r).toLowerCase()
    const head = whole.replace(/\s*\(.*$/u, '').trim()
    if (namesPhrase(lower, whole) || namesPhrase(lower, head)) return true
    const words = (head.match(/[\p{L}-]{4,}/gu) ?? []).filter((w) => !LABEL_GENERIC.has(w))
    const digits = head.match(/\d+/gu) ?? []
    const named = SUBTOTAL.test(head) ? outsideWhole : stems
    return words.length > 0 && words.every((w) => named.has(nounStem(w))) && digits.every((d) => new RegExp(String.raw`(?<![\d.,])${d}(?![\d.,])`, 'u').test(lower))
  })
  if (byLabel.length > 0) return byLabel
  // `van 18 tot 27 jaar` for the row `18-27 jaar`.
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
export function namedColumns(table: Table, sentence: string): number[] {
  const stems = new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(nounStem))
  const named = table.header.flatMap((cell, i) => {
    if (i === 0) return []
    const words = (plainCell(cell.text).toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !GENERIC.has(w))
    return words.some((w) => stems.has(nounStem(w))) ? [i] : []
  })
  return named.length === table.header.length - 1 ? [] : named
}
