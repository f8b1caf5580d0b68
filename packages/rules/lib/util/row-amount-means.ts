/**
 * A mean in euros per counted thing whose count the sentence gives and whose total is the row of
 * a table that the sentence (or the one before it) names: `De aanvulling voor lage inkomens
 * bereikte 96 huishoudens, met gemiddeld € 290 per huishouden` under a table with the row
 * `Aanvulling lage inkomens`; `De bijdrage aan de Veiligheidsregio … Bij 38.400 inwoners betaalt
 * de gemeente in 2027 € 128,80 per inwoner` after a table (x € 1.000) with the row `Bijdrage
 * Veiligheidsregio` and a column 2027. per-noun-means finds no total in the sentences;
 * table-amount-means reads only a total row whose amount the sentence repeats.
 *
 * Every amount of the row (in the year the sentence names, when the columns are years) is a
 * reading of the total, the budget as well as what was spent: one that gives the mean keeps it
 * quiet. The row must be the only one the sentences name, the count the only one of the mean's noun.
 */

import { NUMBER } from './amount-change.js'
import { div, make, mul } from './exact-number.js'
import { clauseOf } from './count-means.js'
import { beyond, dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { countsNoun, countValue, near, roundedToWhole, roundingWord, WORKED_OUT, BOUND } from './per-noun-means.js'
import type { FinTabel } from '@kapstok/core'
import { finTextTable } from './fin-text-table.js'
import { textTables, type TextTable } from './text-tables.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

const APPROX = String.raw`circa|ca\.|ongeveer|ruim|bijna|zo['’]n|gemiddeld`
const MEAN = new RegExp(String.raw`(?:\b(${APPROX})\s+)?€\s*(${NUMBER})(?![\d%])\s+per\s+([\p{L}-]{3,})`, 'giu')
const AMOUNT = /€\s*\d/gu
// A count and the words after it, where its noun stands (`96 huishoudens`, `38.400 inwoners`).
const COUNT = new RegExp(String.raw`(?<![€\d.,]\s?)\b(${NUMBER})(?![\d%])(?=((?:\s+[\p{L}-]+){1,3}))`, 'giu')
// `Bij 38.400 inwoners betaalt …`: a count given to divide by, a cue like `gemiddeld`.
const OVER_COUNT = /\bbij\s+(?:de\s+)?\d/iu
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/gu
const HAS_YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/u
// A column of amounts by its header: a year or an amount word (not a count or a share).
const AMOUNT_HEADER = /€|\b(?:bedrag|budget|begroot|besteed|uitgegeven|kosten|lasten|subsidie|bijdrage|raming|realisatie)/iu
// Words too common to tie a sentence to a row.
const COMMON = /^(?:totaal|overig|overige|gemeente|gemiddeld|jaarlijks)$/iu

const longWords = (text: string): string[] => (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !COMMON.test(w))

// The one row the text names in the nearest table before it that names one: all the row's long
// words in the text, two at least when it has more.
function namedRow(tables: TextTable[], text: string): { table: TextTable; row: TextTable['rows'][number] } | undefined {
  const words = new Set(longWords(text))
  for (const table of [...tables].reverse()) {
    const found = table.rows.filter((row) => {
      const own = longWords((row[0]?.text ?? '').replace(/\([^)]*\)/gu, ''))
      const shared = own.filter((w) => words.has(w)).length
      return own.length > 0 && (shared === own.length || shared >= 2)
    })
    if (found.length > 1) return undefined
    if (found.length === 1) return { table, row: found[0]! }
  }
  return undefined
}

/**
 * Means in euros per counted thing over an amount of a table row the sentences name.
 *
 * @param text A prose text with its tables (and the chapter before it, see earlier-texts).
 * @param finance The plan's finance tables (optional).
 * @param own The finance table the text explains, if any.
 * @returns The means as equations (`€ 21.000 ÷ 96`): the reading that holds, else the nearest.
 */
export function rowAmountMeans(text: string, finance: FinTabel[] = [], own?: FinTabel): Equation[] {
  if (!text.includes('€') || (!text.includes('|') && finance.length === 0)) return []
  const tables = textTables(text)
  // The plan's finance tables stand apart from the text: before every sentence, the one the text
  // explains nearest, after the tables of the text itself.
  const apart = [...finance.filter((t) => t !== own), ...(own ? [own] : [])].map(finTextTable)
  if (tables.length + apart.length === 0) return []
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      if (/^\s*\|/u.test(sentence.text) || !sentence.text.includes('€')) return
      for (const m of sentence.text.matchAll(MEAN)) {
        // The mean's clause: one amount, a word that says it is worked out, no bound.
        const clause = clauseOf(sentence.text, m.index ?? 0)
        const from = sentence.text.indexOf(clause)
        if ((clause.match(AMOUNT)?.length ?? 0) !== 1 || BOUND.test(clause) || (!WORKED_OUT.test(clause) && !OVER_COUNT.test(clause))) continue
        const [, approx, written = '', noun = ''] = m
        const counts = [...clause.matchAll(COUNT)].filter((c) => from + (c.index ?? 0) < (m.index ?? 0) && !isYearNumber(c[1] ?? '') && countsNoun(c[2] ?? '', noun))
        if (counts.length !== 1) continue
        const count = countValue(counts[0]![1] ?? '')
        if (!count || count.n === 0n) continue
        const before = [...apart, ...tables.filter((t) => (t.rows.at(-1)?.[0]?.index ?? Infinity) < sentence.index)]
        // The row the sentence names, else the one the sentence before names (`De bijdrage aan … Bij 38.400 inwoners …`).
        const named = namedRow(before, sentence.text) ?? namedRow(before, sentences[s - 1]?.text ?? '')
        if (!named) continue
        const years = (clause.match(YEAR) ?? []).filter((y) => isYearNumber(y))
        const dated = named.table.header.some((h) => HAS_YEAR.test(h.text))
        const factor = make(BigInt(named.table.factor ?? 1), 1n)
        const cells = named.row.slice(1).filter((cell, k) => {
          const header = named.table.header[k + 1]?.text ?? ''
          if (!cell.value || cell.percent || cell.value.n <= 0n) return false
          if (!cell.text.includes('€') && !named.table.factor) return false
          if (!AMOUNT_HEADER.test(header) && !HAS_YEAR.test(header)) return false
          // Columns of years: the one of the year the sentence names.
          return !dated || years.length === 0 || years.some((y) => header.includes(y))
        })
        if (cells.length === 0) continue
        const stated = dutchNumber(written)
        const index = sentence.index + (m.index ?? 0) + m[0].indexOf(written, m[0].indexOf('€'))
        const readings = cells.map((cell) => {
          // A cell in euros (`€ 21.000`) is written in full, whatever unit the table's text names.
          const euros = cell.text.includes('€')
          const computed = div(euros ? cell.value! : mul(cell.value!, factor), count)
          const scale = !euros && named.table.factor && named.table.factor > 1 ? ` × ${named.table.factor.toLocaleString('nl-NL')}` : ''
          return roundedToWhole(proseEquation(`${cell.text}${scale} ÷ ${counts[0]![1]}`, computed, { text: written, value: stated, index }, roundingWord(approx)))
        })
        const holds = readings.find((e) => !beyond(e.computed, e.stated, e.tolerance))
        // None holds: the nearest reading, when it is near enough to be about the same thing.
        const distance = (e: Equation): number => Math.abs(Math.log(Number(e.computed.n * 1000n / e.computed.d) / Number(stated.n * 1000n / stated.d)))
        const nearest = readings.filter((e) => near(e.computed, stated)).sort((a, b) => distance(a) - distance(b))[0]
        if (holds ?? nearest) out.push((holds ?? nearest)!)
      }
    })
  }
  return out
}
