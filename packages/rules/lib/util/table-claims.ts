/**
 * A sentence that states a result whose operands stand in a table of the same text: a change, a
 * total or a mean of a row, a total of a year column (read in table-sentence-claims), or a gap
 * between two rows in one year ("In 2024 lag de instroom 111 boven de uitstroom": the rows
 * `Instroom` and `Uitstroom …` in the column 2024). For a gap a row is named by its first word;
 * rows that share it (`Uitstroom naar een woning`, `Uitstroom overig`) together make the one the
 * sentence names.
 */

import type { FinTabel } from '@kapstok/core'
import { NUMBER } from './amount-change.js'
import { finTextTable } from './fin-text-table.js'
import { add, dutchNumber, proseEquation, sub, mul, type Equation, type Rational } from './onderbouwing.js'
import { nounStem } from './unit-nouns.js'
import { withoutEmphasis } from './emphasis.js'
import { turned } from './table-row-names.js'
import { tableSentenceClaim } from './table-sentence-claims.js'
import { textTables, type TextTable } from './text-tables.js'
import { paragraphSentences } from './text.js'
import { plainCell } from './cell-text.js'

const YEAR = String.raw`((?:19|20)\d{2})`
const APPROX = String.raw`(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?`
// A noun that may name a row: `de instroom`, `het aantal meldingen`.
const NOUN = /\b(?:de|het)\s+(?:aantal\s+)?([\p{L}-]+)/giu
// A gap between two rows in one year column: `111 (personen) boven de uitstroom`, `met 1.140 hoger dan het aantal aangiften`.
const GAP = new RegExp(String.raw`(?:\bmet\s+)?${APPROX}(${NUMBER})(?![\d%])\s+(?:[\p{L}]+\s+)?(?:boven|onder|hoger\s+dan|lager\s+dan|meer\s+dan|minder\s+dan)\s+(?:de|het)\s+(?:aantal\s+)?([\p{L}-]+)`, 'iu')
// The year of a gap: `in 2024`, `over 2024`, `eind 2024`.
const GAP_YEAR = new RegExp(String.raw`\b(?:in|over|eind|begin)\s+${YEAR}\b`, 'iu')
// Another reference point or a share makes it another gap.
const ELSEWHERE = /^\s*(?:[\p{L}-]+\s+)?(?:procent|procentpunt|%|ten\s+opzichte|per\b)/iu
const TWO: Rational = { n: 2n, d: 1n }
// How far (in characters) a table may stand from a sentence that sums it up: a few paragraphs.
const NEAR = 1500
const tableEnd = (t: TextTable): number => Math.max(...(t.rows.at(-1) ?? t.header).map((c) => c.index + c.text.length))

/**
 * Every change, total, mean or gap a sentence states between cells of a table in the text.
 *
 * @param text A prose text with its tables (a section).
 * @param finance The plan's finance tables, which a sentence may cite from another section (optional).
 * @param own The finance table whose explanation the text is (optional): when several finance tables
 * hold what the sentence names (each has a total row), the sentence speaks of its own.
 * @returns The claims as equations (`610 − 520 = 90`), with the rounding of the stated number as tolerance.
 */
export function tableClaims(text: string, finance: FinTabel[] = [], own?: FinTabel): Equation[] {
  const tables = text.includes('|') ? textTables(text) : []
  const elsewhere = finance.map(finTextTable)
  if (tables.length === 0 && elsewhere.length === 0) return []
  const ownTable = own && finTextTable(own)
  const out: Equation[] = []
  // Sentences by paragraph, so a line break inside a sentence does not cut it.
  for (const [s, previous] of paragraphSentences(text).flatMap((p) => p.map((x, k): [typeof x, string | undefined] => [x, p[k - 1]?.text]))) {
    const sentence = s.text
    if (sentence.includes('|')) continue
    // The nearest table before the sentence, then the ones after it: the first whose rows and
    // years the sentence names holds its operands.
    const before = tables.filter((t) => (t.header[0]?.index ?? 0) < s.index).reverse()
    const after = tables.filter((t) => (t.header[0]?.index ?? 0) > s.index)
    // A table far from the sentence (pages before, in a long text) is seldom the one it sums up:
    // a total there may count something else (clients over three years, not the yearly counts).
    const near = (t: TextTable): boolean => (t.header[0]?.index ?? 0) > s.index ? (t.header[0]?.index ?? 0) - (s.index + sentence.length) <= NEAR : s.index - tableEnd(t) <= NEAR
    const plain = withoutEmphasis(sentence)
    // A table with its years down the first column is read turned.
    const read = [...before, ...after].filter(near).flatMap((t) => [t, turned(t)]).map((t) => (t ? tableSentenceClaim(t, plain, s.index, false, previous) : [])).find((c) => c.length > 0)
    if (read) {
      out.push(...read)
      continue
    }
    // A sentence may cite a finance table of another section (`Wat mag het kosten?`): when exactly
    // one of them holds the row it names on its own.
    const cited = elsewhere.map((t) => tableSentenceClaim(t, plain, s.index, true, previous)).filter((c) => c.length > 0)
    const mine = cited.length > 1 && ownTable ? tableSentenceClaim(ownTable, plain, s.index, true, previous) : []
    // Several tables that give one claim (a cost table and its cover table, both with the same totals) are one.
    const agree = cited.length > 1 && cited.every((c) => c.length === 1 && sub(c[0]!.computed, cited[0]![0]!.computed).n === 0n && c[0]!.index === cited[0]![0]!.index)
    if (cited.length === 1 || mine.length > 0 || agree) {
      out.push(...(mine.length > 0 ? mine : cited[0]!))
      continue
    }
    const table = before[0]
    if (!table) continue
    const gap = GAP.exec(sentence)
    const year = GAP_YEAR.exec(sentence)?.[1]
    if (!gap || !year || ELSEWHERE.test(sentence.slice(gap.index + gap[0].length))) continue
    const other = gap[3] ?? ''
    const b = cellSum(table, other, year)
    const named = rowsNamed(table, sentence.slice(0, gap.index), year).filter((w) => nounStem(w) !== nounStem(other))
    if (!b || named.length !== 1) continue
    const a = cellSum(table, named[0]!, year)
    const stated = gap[2] ?? ''
    if (a) out.push(...claim(`${a.shown} − ${b.shown}`, sub(a.value, b.value), stated, s.index + gap.index + gap[0].lastIndexOf(stated), Boolean(gap[1])))
  }
  return out
}

// The distinct nouns of a sentence that name rows of the table with a value in the year column.
function rowsNamed(table: TextTable, sentence: string, year: string): string[] {
  const words = [...sentence.matchAll(NOUN)].map((n) => n[1] ?? '')
  const out: string[] = []
  for (const w of words) if (cellSum(table, w, year) && !out.some((o) => nounStem(o) === nounStem(w))) out.push(w)
  return out
}

// The cells of the rows named by a word (their label's first word) in a year column, added up.
function cellSum(table: TextTable, word: string, year: string): { value: Rational; shown: string } | undefined {
  const k = table.header.findIndex((h) => plainCell(h.text) === year)
  if (k <= 0) return undefined
  const stem = nounStem(word)
  const rows = table.rows.filter((row) => {
    const first = /^[*_\s]*([\p{L}-]+)/u.exec(row[0]?.text ?? '')?.[1]
    return first !== undefined && first.length >= 4 && nounStem(first) === stem
  })
  const cells = rows.map((row) => row[k])
  if (rows.length === 0 || cells.some((c) => c?.value === undefined)) return undefined
  const value = cells.reduce<Rational>((t, c) => add(t, c!.value!), { n: 0n, d: 1n })
  const shown = cells.map((c) => c!.text).join(' + ')
  return { value, shown: cells.length > 1 ? `(${shown})` : shown }
}

// The claim as an equation, when the stated size is near enough the gap to be about it.
function claim(expression: string, gap: Rational, stated: string, index: number, approx: boolean): Equation[] {
  const computed = gap.n < 0n ? sub({ n: 0n, d: 1n }, gap) : gap
  const value = dutchNumber(stated)
  if (sub(value, mul(computed, TWO)).n > 0n || sub(computed, mul(value, TWO)).n > 0n) return []
  return [proseEquation(expression.replace(/^(.*) − (.*)$/u, gap.n < 0n ? '$2 − $1' : '$1 − $2'), computed, { text: stated, value, index }, approx)]
}
