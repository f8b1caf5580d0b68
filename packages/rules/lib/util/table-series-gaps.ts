/**
 * The last reading of a difference, change or sum said under a table that no other calculation
 * reader judged. The sentence names one row of the table (or, in a table of years as rows, one
 * column; for a sum two or three rows) and states the size of a change or gap without writing it
 * out (`nam af met 320`, `12 aanvragen minder`, `een daling van 70`, `het verschil is 44`) or a sum
 * (`samen 7,2 km`). Every way the named cells give such a number is tried: each cell itself (a
 * column of changes), the difference of each pair, the sum of adjacent cells, and the same of the
 * total row; a number that fits none of them is judged against the closest. A number more than
 * twice off every reading is about something else. Used by prose-equations, after every other reader.
 */

import type { Table } from './markdown-tables.js'
import type { FinRij, FinTabel } from '@kapstok/core'
import { add, sub, type Rational } from './exact-number.js'
import { beyond, dutchNumber, rounding, type Equation } from './onderbouwing.js'
import { NUMBER } from './amount-change.js'
import { judged, money, readStated, sentenceCues, SIZE, type Read } from './table-sentence-claims.js'
import { isYearly, label, namedColumns, OTHER_MEASURE, POINTS_BELOW, seriesRows, tableEnd } from './table-named-series.js'
import { TOTAL_ROW } from './share-wholes.js'
import { textTables, type TextCell, type TextTable } from './text-tables.js'
import { paragraphSentences } from './text.js'
import { withoutEmphasis } from './emphasis.js'
import { plainCell } from './cell-text.js'
import { nounStem } from './unit-nouns.js'

// A sentence about another measure than the table's: a target, an expectation, a norm, a mean, a bound.
const ELSEWHERE = new RegExp(String.raw`\b(?:${OTHER_MEASURE}|hooguit|ongeveer\s+evenveel|per)\b`, 'iu')
// A comparison with something that is no year of the table (`ten opzichte van de begroting`, `meer dan de regio`).
const AGAINST_OTHER = /\b(?:ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met|tegenover|tegen|dan)\s+(?!(?:in\s+|over\s+)?(?:(?:19|20)\d{2}\b|nu\b|vorig|het\s+jaar|een\s+jaar|toen\b|eerder\b|daarvoor\b|ervoor\b))/iu
// Gaps the narrower readers leave to this one: `12 aanvragen minder` with no base year, `verloor 31 leden`.
const LESS_MORE = new RegExp(String.raw`(?!(?:19|20)\d{2}\b)${SIZE}\s+(?:[\p{L}-]+\s+)?(?:meer|minder|hoger|lager)\b`, 'iu')
const LOST = new RegExp(String.raw`\b(?:verloor|verloren|verliest|verliezen|won|wonnen|wint|winnen)\b(?:\s+[\p{L}-]+){0,4}?\s+${SIZE}\s+[\p{L}-]+`, 'iu')
const PART_OF = /^\s*(?:[\p{L}-]+\s+)?(?:van\s+(?:de|het|alle)|op)\s+(?:€\s*)?\d/iu
const BACK = /\b(?:daarmee|hiermee|daardoor|daarvan|hiervan|daarbij|hierbij|dat\s+is|dit\s+is|dat\s+zijn|dit\s+zijn)\b/iu
// The numbers of the named rows' labels (`Lijn 3`), blanked before the sentence's own numbers are counted.
const LABEL_DIGITS = (labels: string): RegExp => new RegExp(String.raw`(?<![\d.,])(?:${(labels.match(/\d+/gu) ?? ['(?!)']).join('|')})(?![\d.,]*\d)`, 'gu')
const PERCENT = /\d[\d.,]*\s*(?:%|procent\p{L}*)/giu
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?![\d.,]*\d)/gu
const FIGURE = new RegExp(String.raw`(?<![\d.,\p{L}])${NUMBER}`, 'giu')
const ZERO: Rational = { n: 0n, d: 1n }

/** One number the named cells give, as the calculation that gives it. */
interface Reading { value: Rational; shown: string; cells: number }
type Series = Array<{ cell: TextCell | undefined; name: string }>

const abs = (r: Rational): Rational => (r.n < 0n ? sub(ZERO, r) : r)
const counts = (cells: Array<TextCell | undefined>): TextCell[] => cells.filter((c): c is TextCell => c?.value !== undefined && !c.percent)

/**
 * Every difference, change or sum a sentence under a table of the text states of the series it names,
 * when no reading of that series gives it.
 *
 * @param text A prose text with its tables (read without emphasis).
 * @param taken Offsets of the numbers other readers judged: a sentence with one of them is theirs.
 * @returns The claims as equations against the closest reading.
 */
export function tableSeriesGaps(written: string, takenInText: number[], own?: FinTabel): Equation[] {
  // A finance chapter's explanation stands apart from its table in the model: it is read under that table, written
  // again as Markdown before it (its offsets shifted back after).
  const lead = own && !written.includes('|') ? financeTableMarkdown(own) : ''
  const text = lead + written
  const taken = takenInText.map((i) => i + lead.length)
  const tables = text.includes('|') ? textTables(text) : []
  if (tables.length === 0) return []
  const out: Equation[] = []
  for (const paragraph of paragraphSentences(text)) {
    let forward = false
    for (const [k, s] of paragraph.entries()) {
      forward = forward || POINTS_BELOW.test(s.text)
      const t = tables.findLastIndex((x) => tableEnd(x) <= s.index)
      const table = tables[t]
      // Only the sentences between the table and the next table or heading speak of it.
      if (!table || forward || s.text.includes('|') || (tables[t + 1]?.header[0]?.index ?? Infinity) < s.index) continue
      if (/^\s*#/mu.test(text.slice(tableEnd(table), s.index))) continue
      if (taken.some((i) => i >= s.index && i < s.index + s.text.length)) continue
      // A sentence that points back (`daarmee € 64 minder`) measures against what the sentence before says: that one must speak of the table too.
      const before = paragraph[k - 1]
      if (BACK.test(s.text) && (!before || !ofTable(table, withoutEmphasis(before.text), before.index))) continue
      out.push(...claimOf(table, withoutEmphasis(s.text), s.index))
    }
  }
  return lead ? out.filter((e) => e.index >= lead.length).map((e) => ({ ...e, index: e.index - lead.length })) : out
}

// A finance table as Markdown, its unit in a line before it: `Bedragen x € 1.000.`, a row per line.
function financeTableMarkdown(tabel: FinTabel): string {
  const written = (v: FinRij['bedragen'][number]): string => (v === null ? '' : typeof v === 'string' ? v : (v.tekst ?? ''))
  const row = (cells: string[]): string => `| ${cells.map((c) => c.replaceAll('|', ' ')).join(' | ')} |`
  const unit = tabel.eenheid?.tekst ? `Bedragen ${tabel.eenheid.tekst}.\n\n` : ''
  const lines = [row(['', ...tabel.kolommen]), row(['', ...tabel.kolommen].map(() => '---')), ...tabel.rijen.map((r) => row([r.label, ...r.bedragen.map(written)]))]
  return `${unit}${lines.join('\n')}\n\n`
}

// Whether a sentence speaks of the table only: no other measure, no comparison with something else, no number of its own.
const ofTable = (table: TextTable, sentence: string, at: number, read?: Read): boolean =>
  !ELSEWHERE.test(sentence) && !AGAINST_OTHER.test(sentence) && strayless(table, sentence, at, read)

// The claim of one sentence under its table, if it names its series strictly and fits no reading of it.
function claimOf(table: TextTable, sentence: string, at: number): Equation[] {
  const cues = sentenceCues(sentence)
  const gap = cues.moved ?? LESS_MORE.exec(sentence) ?? LOST.exec(sentence)
  const sum = !gap && cues.summed && !cues.summed.mean && !cues.summed.span ? cues.summed : undefined
  const read = gap ? readStated(gap, at) : sum ? readStated(sum.m, at + sum.cue) : undefined
  // `samen 21 van de 30`: a part of a whole, not a sum.
  if (!read || (sum && PART_OF.test(sentence.slice(read.index - at + read.stated.length)))) return []
  // A year the table does not hold (`in 2024`, `sinds 2019` beside the columns 2025 and 2026) places the claim outside it.
  const years = [table.header, ...table.rows].flat().map((c) => c.text).join(' ')
  if ((sentence.match(/(?<![\d.,])(?:19|20)\d{2}(?![\d.,]*\d)/gu) ?? []).some((y) => !years.includes(y))) return []
  const named = series(table, sentence, Boolean(sum))
  if (!named || !ofTable(table, sentence.replace(LABEL_DIGITS(named.labels), (m) => ' '.repeat(m.length)), at, read)) return []
  const readings = sum ? named.sums : named.gaps
  const judgedAll = readings.map((r) => ({ r, e: judged(table, r.shown, r.value, read, r.cells, money(table)) })).flatMap(({ r, e }) => e.map((x) => ({ ...x, one: r.cells === 1 })))
  if (judgedAll.length === 0 || judgedAll.some((e) => !beyond(e.computed, e.stated, e.tolerance))) return []
  // A cell of its own is a reading for a column of changes, but only a gap or sum within reach is what the sentence got wrong:
  // near a cell alone, it may speak of something else.
  const calculated = judgedAll.filter((e) => !e.one).map(({ one: _, ...e }) => e as Equation)
  if (calculated.length === 0) return []
  const closest = calculated.reduce((x, y) => (sub(abs(sub(y.computed, y.stated)), abs(sub(x.computed, x.stated))).n < 0n ? y : x))
  return [closest]
}

/**
 * The series a sentence names and what its cells give: one row (or one column of a table of years) for a gap,
 * one to three rows for a sum (per column, over the rows).
 */
function series(table: TextTable, sentence: string, summed: boolean): { gaps: Reading[]; sums: Reading[]; labels: string } | undefined {
  const total = table.rows.find((r) => TOTAL_ROW.test(label(r)))
  // The strict readers of a named series take a Markdown table: a text table is one with its numbers.
  const plain: Table = { header: table.header, rows: table.rows, intro: '' }
  const yearly = isYearly(plain, total)
  const columns = yearly ? namedColumns(plain, sentence) : []
  // The named rows as the text table's own rows (with their numbers).
  const strict = yearly ? [] : seriesRows(plain, total, sentence)
  const rows = table.rows.filter((r) => strict.includes(r))
  const labels = rows.map(label).join(' ')
  if (columns.length === 1) {
    const k = columns[0]!
    const head = plainCell(table.header[k]?.text ?? '')
    const own: Series = table.rows.filter((r) => r !== total).map((r) => ({ cell: r[k], name: `${head}, ${label(r)}` }))
    const whole: Series = total ? [{ cell: total[k], name: `${head}, ${label(total)}` }] : []
    return { gaps: [...readingsOf(own), ...readingsOf(whole)], sums: sumsOf(own), labels }
  }
  const of = (row: TextCell[]): Series => row.map((cell, k) => ({ cell, name: `${label(row)}, ${plainCell(table.header[k]?.text ?? '')}` })).slice(1)
  // A sum of one row is over its years: the narrower reader's (table-sentence-claims), which knows which years.
  if (rows.length === 1 && !summed) return { gaps: [...readingsOf(of(rows[0]!)), ...(total ? readingsOf(of(total)) : [])], sums: [], labels }
  // No row named, but what the table counts (`incidenten` under `Soort incident`) or its total (`in totaal`): the total row.
  if (rows.length === 0 && !summed && total && !yearly && namesWhole(table, sentence, total)) return { gaps: readingsOf(of(total)), sums: [], labels }
  if (summed && rows.length >= 2 && rows.length <= 3) {
    // Several rows named for a sum: per column, the named rows' cells added up.
    const sums = table.header.slice(1).flatMap((_, j) => {
      const cells = counts(rows.map((r) => r[j + 1]))
      return cells.length === rows.length ? [{ value: cells.reduce((p, c) => add(p, c.value!), ZERO), shown: `tabel: ${cells.map((c) => c.text).join(' + ')}`, cells: cells.length }] : []
    })
    return { gaps: [], sums, labels }
  }
  return undefined
}

// A first header that says only how the rows are sorted (`Soort incident`): its noun is what the table counts.
const SORTED_BY = /^(?:soort|soorten|type|categorie|omschrijving|naam|aard|vorm)$/u
const TOTAL_WORD = /\b(?:in\s+totaal|totale?|alle\s+[\p{L}-]+\s+samen)\b/iu
// The words of a total row's label that say it is the total (`Totaal` in `Totaal lasten`).
const TOTAL_LABEL_WORD = /^(?:totaal|totale|subtotaal|generaal|samen)$/u
// Whether a sentence speaks of what the whole table counts: its total, the total row by its own words (`de lasten`
// for `Totaal lasten`), or the noun its first header sorts.
function namesWhole(table: TextTable, sentence: string, total: TextTable['rows'][number]): boolean {
  if (TOTAL_WORD.test(sentence)) return true
  const own = (label(total).toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !TOTAL_LABEL_WORD.test(w))
  const stems = new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(nounStem))
  if (own.length > 0 && own.every((w) => stems.has(nounStem(w)))) return true
  const words = (plainCell(table.header[0]?.text ?? '').toLowerCase().match(/\p{L}{3,}/gu) ?? [])
  if (words.length < 2 || !SORTED_BY.test(words[0]!)) return false
  const noun = nounStem(words.at(-1)!)
  return (sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => nounStem(w) === noun)
}

// Each cell, and the difference of each pair of cells, of a series.
function readingsOf(series: Series): Reading[] {
  const cells = series.filter((x) => counts([x.cell]).length === 1)
  const out: Reading[] = cells.map((x) => ({ value: x.cell!.value!, shown: `tabel: ${x.name}: ${x.cell!.text}`, cells: 1 }))
  for (const [i, a] of cells.entries()) {
    for (const b of cells.slice(i + 1)) {
      const gap = sub(a.cell!.value!, b.cell!.value!)
      const [big, small] = gap.n < 0n ? [b, a] : [a, b]
      out.push({ value: abs(gap), shown: `tabel: ${big.cell!.text} (${big.name}) − ${small.cell!.text} (${small.name})`, cells: 2 })
    }
  }
  return out
}

// Each cell, and the sum of each run of adjacent cells, of a series.
function sumsOf(series: Series): Reading[] {
  const cells = series.filter((x) => counts([x.cell]).length === 1)
  const out: Reading[] = []
  for (let i = 0; i < cells.length; i++) {
    let sum = ZERO
    for (let j = i; j < cells.length; j++) {
      sum = add(sum, cells[j]!.cell!.value!)
      out.push({ value: sum, shown: `tabel: ${cells.slice(i, j + 1).map((x) => x.cell!.text).join(' + ')}`, cells: j - i + 1 })
    }
  }
  return out
}

/**
 * Whether the sentence's other numbers are the table's (a year, a label's number, a cell, also at the
 * table's scale and rounded: `€ 2,85 miljoen` for `2.846` in a table x € 1.000): a number of its own
 * may be what its size is measured against.
 */
function strayless(table: TextTable, sentence: string, at: number, read?: Read): boolean {
  const bare = sentence.replace(PERCENT, (m) => ' '.repeat(m.length)).replace(YEAR, (m) => ' '.repeat(m.length))
  const factors = [1n, 1000n, 1_000_000n]
  const values = [table.header, ...table.rows].flat().flatMap((c) => (c.value === undefined || c.percent ? [] : factors.map((f) => ({ n: c.value!.n * f, d: c.value!.d }))))
  return [...bare.matchAll(FIGURE)].every((m) => {
    if (at + (m.index ?? 0) === read?.index) return true
    const v = dutchNumber(m[0])
    return values.some((c) => !beyond(c, v, rounding(m[0])))
  })
}
