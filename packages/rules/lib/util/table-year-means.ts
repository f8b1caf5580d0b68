/**
 * A mean per year of a row of a table with a column per year: a table of costs for 2021 to 2024
 * and, below it, `In die vier jaar gaven we gemiddeld € 2,4 miljoen per jaar uit.` The prose gives
 * neither the values nor their total: the table does, in its row `Totaal` or the row the sentence
 * names. The number of years the sentence counts (`vier jaar`, `2021-2024`) must be the number of
 * year columns, so the mean is over exactly those.
 */

import { parseNumberWord } from '@kapstok/nl'
import { div, make } from './exact-number.js'
import { add, dutchNumber, mul, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { near, roundedToWhole } from './per-noun-means.js'
import { PER_YEAR } from './per-year-means.js'
import { textTables, type TextCell, type TextTable } from './text-tables.js'
import { paragraphSentences } from './text.js'
import { yearCounts } from './year-counts.js'
import { isYearNumber } from './year-numbers.js'

// A count of years written out: `vier jaar`, `de 4 jaren`.
const YEARS = /\b(\d{1,2}|\p{L}+)\s+ja(?:ar|ren)\b/giu
// A row that sums the others.
const TOTAL_ROW = /^\s*(?:\*\*)?\s*(?:totaal|samen|som)\b/iu

const tieWords = (text: string): Set<string> => new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)))

// The numbers of years a sentence counts (`vier jaar`, `2021-2024`).
function countedYears(sentence: string): number[] {
  const out: number[] = []
  for (const m of sentence.matchAll(YEARS)) {
    const n = /^\d/u.test(m[1] ?? '') ? Number(m[1]) : parseNumberWord((m[1] ?? '').toLowerCase())
    if (n !== undefined && n >= 2) out.push(n)
  }
  return [...out, ...yearCounts(sentence).map((c) => c.years)]
}

// Years the sentence points at as known ones (`de vier jaren`, `deze vier jaar`, `de afgelopen
// vier jaar`) or names (`2021-2024`): the table's years, not any four (`landelijk in vier jaar`).
const KNOWN_YEARS = /\b(?:de|deze|die|afgelopen)\s+(?:\p{L}+\s+)?(?:\d{1,2}|\p{L}+)\s+ja(?:ar|ren)\b/iu

// The row of the table the sentence is about: the one whose label shares a word with it, else the
// total row when the sentence points at the table's years.
function rowOf(table: TextTable, sentence: string): TextCell[] | undefined {
  const words = tieWords(sentence)
  const named = table.rows.filter((row) => [...tieWords(row[0]?.text ?? '')].some((w) => words.has(w)))
  if (named.length === 1) return named[0]
  if (named.length > 1 || !(KNOWN_YEARS.test(sentence) || yearCounts(sentence).length > 0)) return undefined
  const totals = table.rows.filter((row) => TOTAL_ROW.test(row[0]?.text ?? ''))
  return totals.length === 1 ? totals[0] : undefined
}

/**
 * Every mean per year in euros whose values are a row of an earlier table with a column per year.
 *
 * @param text A prose text with its tables.
 * @returns The means as equations (`(60.500 + … ) × 1.000 ÷ 4`).
 */
export function tableYearMeans(text: string): Equation[] {
  const tables = textTables(text)
  if (tables.length === 0) return []
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    for (const sentence of sentences) {
      if (/^\s*\|/u.test(sentence.text) || !/\bgemiddeld/iu.test(sentence.text)) continue
      // The last table before the sentence, with two or more year columns, and its row the sentence is about.
      const table = tables.filter((t) => (t.rows.at(-1)?.[0]?.index ?? Infinity) < sentence.index).at(-1)
      const years = table?.header.map((c, k) => (isYearNumber(c.text.replace(/\*/gu, '').trim()) ? k : -1)).filter((k) => k > 0) ?? []
      if (!table || years.length < 2 || !countedYears(sentence.text).includes(years.length)) continue
      const row = rowOf(table, sentence.text)
      const values = years.map((k) => row?.[k]?.value)
      if (!row || values.some((v) => v === undefined)) continue
      for (const m of sentence.text.matchAll(PER_YEAR)) {
        const euro = m[2] ?? m[5]
        const written = m[3] ?? m[6]
        if (!euro || !written) continue
        const factor = make(BigInt(table.factor ?? 1), 1n)
        const sum = values.reduce<Rational>((t, v) => add(t, v!), make(0n, 1n))
        const computed = div(mul(sum, factor), make(BigInt(years.length), 1n))
        const stated = dutchNumber(written)
        if (!near(computed, stated)) continue
        const index = sentence.index + (m.index ?? 0) + m[0].indexOf(written)
        const terms = years.map((k) => row[k]!.text).join(' + ')
        const scale = table.factor && table.factor > 1 ? ` × ${table.factor.toLocaleString('nl-NL')}` : ''
        out.push(roundedToWhole(proseEquation(`(${terms})${scale} ÷ ${years.length}`, computed, { text: written, value: stated, index }, true)))
      }
    }
  }
  return out
}
