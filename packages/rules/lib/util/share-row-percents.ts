/**
 * A share said of one row of a distribution table in the same text: a table whose percentage
 * columns add up to 100% (`| Bus | 12% |`, `| Fiets | 30% |`, …) and a sentence that names one of its
 * rows, or follows a sentence of its paragraph that does ("De fiets blijft achter. Maar één op de
 * drie ritten …"). The share must fit one of the row's percentages. Used by `share-claims`.
 */

import type { Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import { isEmptyOrNilCell } from './nil-cells.js'
import { escape } from './share-row-parts.js'
import { phrasePattern } from './share-named-rows.js'

const PERCENT_CELL = /^\**\s*(\d{1,3}(?:,\d+)?)\s?%\s*\**$/u
// An adjective of a noun that names a payer or a place (`gemeentelijk`, `landelijke`): the noun.
const OF_NOUN = /^(\p{L}{4,}?)e?lijke?$/u
const TOTAL_ROW = /^\**\s*(?:totaal|samen|som|gemiddeld)\b/iu
// A share of a sum of rows (`fietsen en lopen samen`) is not of one row.
const SUMMED = /\b(?:samen|tezamen|opgeteld|gezamenlijk|in\s+totaal)\b/iu

/** A row of a distribution table: its label and its percentages. */
export interface RowPercents {
  /** The label as written, without what stands in parentheses. */
  label: string
  values: Array<{ text: string; value: number }>
}

/**
 * The rows of the tables whose percentage columns are distributions: at least three rows, every
 * cell a percentage, together 100% (half a percent of rounding per row).
 *
 * @param tables The Markdown tables of a text.
 * @returns The rows with a label of four letters or more.
 */
export function distributionRows(tables: Table[]): RowPercents[] {
  return tables.flatMap((table) => {
    const body = table.rows.filter((r) => !TOTAL_ROW.test(r[0]?.text ?? ''))
    const columns = table.header.flatMap((_, p) => {
      // A row without a share (`Waterschap | PM | - |`) has no part of the whole yet.
      const cells = body.filter((r) => !isEmptyOrNilCell(r[p]?.text ?? '')).map((r) => PERCENT_CELL.exec(r[p]?.text ?? '')?.[1])
      if (p === 0 || cells.length < 3 || cells.some((c) => c === undefined)) return []
      const sum = cells.reduce((s, c) => s + (read(c ?? '') ?? 0), 0)
      return Math.abs(sum - 100) <= Math.max(1, cells.length * 0.5) ? [p] : []
    })
    if (columns.length === 0) return []
    return body.filter((r) => columns.every((p) => PERCENT_CELL.test(r[p]?.text ?? ''))).map((r) => ({
      label: (r[0]?.text ?? '').replace(/\*+/g, '').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim(),
      values: columns.map((p) => {
        const written = PERCENT_CELL.exec(r[p]?.text ?? '')?.[1] ?? ''
        return { text: `${written}%`, value: read(written) ?? 0 }
      })
    }))
  }).filter((r) => r.label.length >= 4)
}

// The names a row goes by: its label, the lead of a label with a comma (`Rijk` of `Rijk, specifieke
// uitkering`), and the noun of a leading adjective (`gemeente` of `Gemeentelijke middelen`).
function rowNames(label: string): string[] {
  const lower = label.toLowerCase()
  const lead = lower.split(',')[0]!.trim()
  const first = lower.split(/\s+/u)[0] ?? ''
  const noun = OF_NOUN.exec(first)?.[1]
  return [lower, ...(lead !== lower && lead.length >= 4 ? [lead] : []), ...(noun && first !== lower ? [noun, `${noun}e`] : [])]
}

// The row's name as the owner of another noun (`de bijdrage van het Rijk`: a share of that is of the
// row's own amount); compiled once per name.
const OWNERS = new Map<string, RegExp>()
function owner(name: string): RegExp {
  let pattern = OWNERS.get(name)
  if (!pattern) {
    if (OWNERS.size > 2000) OWNERS.clear()
    OWNERS.set(name, (pattern = new RegExp(String.raw`(?<![\p{L}])(?:de|het)\s+\p{L}+\s+(?:van|uit)\s+(?:de|het)?\s*${escape(name)}(?![\p{L}])`, 'u')))
  }
  return pattern
}

/**
 * The row percentage a share is of, when the share's sentence (or the one before it) names exactly
 * one row of a distribution table.
 *
 * @param rows The distribution rows of the text.
 * @param sentence The share's sentence; it must hold no other number.
 * @param previous The sentence before it in the same paragraph (or `''`).
 * @param stated The percentage the share says.
 * @param judge Whether a percentage fits the share as written.
 * @param at Where the share stands in the sentence (optional): the row is named in its clause.
 * @returns A fitting percentage of the row, else the closest one; undefined when no single row is named.
 */
export function namedRowShare(
  rows: RowPercents[],
  sentence: string,
  previous: string,
  stated: number,
  judge: (actual: number) => boolean,
  at = 0
): { actual: number; basis: string } | undefined {
  if (SUMMED.test(sentence) || rows.length === 0) return undefined
  // The rows the sentence names; the sentence before only when it names none.
  const namedIn = (text: string): RowPercents[] => rows.filter((r) => rowNames(r.label).some((name) => phrasePattern(name).test(text) && !owner(name).test(text)))
  // The share's own clause (`De provincie draagt een kwart, de gemeente drie vijfde.`: each names its row).
  const start = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at)) + 1
  const end = [sentence.indexOf(',', at), sentence.indexOf(';', at)].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), sentence.length)
  const own = namedIn(sentence.slice(start, end).toLowerCase())
  const named = own.length > 0 ? own : namedIn(sentence.toLowerCase()).length > 0 ? [] : namedIn(previous.toLowerCase())
  const row = named.length === 1 ? named[0] : undefined
  if (!row) return undefined
  const closest = row.values.reduce<{ text: string; value: number } | undefined>((best, v) => (!best || Math.abs(v.value - stated) < Math.abs(best.value - stated) ? v : best), undefined)
  const pick = row.values.find((v) => judge(v.value)) ?? closest
  return pick ? { actual: pick.value, basis: `de tabelrij \`${row.label}\`` } : undefined
}
