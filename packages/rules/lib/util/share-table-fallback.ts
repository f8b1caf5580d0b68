/**
 * The last reading of a share said under a table of its text that no other reading judged: the
 * sentence names one row of the table (or rows together, or in a table of years one column) and gives
 * no numbers of its own, so its share is of those cells. Every way they give a share is tried: of the
 * total row's cell, of another cell of the row, a change between two year columns, a percentage cell;
 * a share that fits none of them is judged against the closest. Used by `share-text-claims`.
 */

import type { Cell, Table } from './markdown-tables.js'
import { AGAINST, OF_NOUN, OTHER_RATE, SHARE, THRESHOLD } from './share-claim-words.js'
import { nounStem } from './unit-nouns.js'
import { allMatches } from './all-matches.js'
import { sentences } from './share-sentences.js'
import { statementOf } from './share-statements.js'
import { countCellValue, TOTAL_ROW } from './share-wholes.js'
import { isYearly, label, namedColumns, OTHER_MEASURE, POINTS_BELOW, seriesRows, tableEnd } from './table-named-series.js'
import { plainCell } from './cell-text.js'
import { countWordsAsDigits } from './share-words.js'
import { blankSources } from './asides.js'
import { formatDutchNumber } from '@kapstok/nl'
import { lowerWords, stateSide, type StateSide } from './share-state-columns.js'
import type { ShareClaim } from './share-claim-text.js'
import { numberValues, quotedCellReadings } from './share-quoted-cells.js'

// A sentence about another measure than the table's: a target, a comparison with elsewhere, a norm.
const ELSEWHERE = new RegExp(String.raw`\b(?:${OTHER_MEASURE}|tegen|vergeleken|ten\s+opzichte)\b`, 'iu')
// A change said by a verb or a noun, in the sentence or the one before it (`… steeg de bijdrage van scholen met 12 procent; die
// van clubs met 9 procent`): only then is a share a change between two of the row's columns.
const CHANGE = /\b(?:st(?:ij|e{1,2})g\p{L}*|gestegen|da(?:a)?l\p{L}*|gedaald|groei\p{L}*|gegroeid|toe(?:genomen)?|af(?:genomen)?|toename|afname|krimp\p{L}*|gekrompen|meer|minder|hoger|lager|verdubbel\p{L}*|halve\p{L}*|verandering|verschil)\b/iu
// A measure of its own of the row (`het aandeel gerecycled glas`, `… per bakfiets`): a rate the table does not count.
// So is one that leaves a row out (`zonder De Linde`, `behalve Noord`): the rest of the table, which it does not add up.
const NARROWED = /\b(?:aandeel|per\s+(?!jaar\b|maand\b|week\b)\p{L}+|zonder|behalve|exclusief|uitgezonderd)\b/iu
// Several rows as one part (`samen`, `bij elkaar`): the sum of the named rows, or nothing when one row is named.
const TOGETHER = /\b(?:samen|bij\s+elkaar|opgeteld|gezamenlijk)\b/iu
// `met` right before the share makes it the size of the sentence's change.
const SIZE_LEAD = /\bmet\s+$/iu
const YEAR = /(?<!\d)(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?!\d)/gu

interface Reading { actual: number; basis: string; change?: boolean }


const numbers = (row: Cell[]): Array<number | undefined> => row.map((c, i) => (i === 0 ? undefined : countCellValue(c)))
const fmt = (n: number): string => formatDutchNumber(n)

// Numbers of a text that are no cell of the table (nor a number of the named row's label).
// A number with its magnitude word (`€ 1,3 miljoen`) is read at it.
const strayNumbers = (text: string, cells: Set<number>, labels: string): boolean => numberValues(text).some(({ written, value }) => !labels.includes(written) && !cells.has(value))
// A whole that is the table's by any name: its total, its costs.
// A share that closes its clause: nothing after it but a particle or `voor zijn rekening`.
const CLOSES_CLAUSE = /^\s*(?:uit|voor\s+(?:zijn|haar|hun)\s+rekening)?\s*(?:[.;:,)]|$)/iu
// A count with the word after it (`450 aanvragen`).
const COUNTED = /(?<![\d.,])(\d[\d.]*)\s+(\p{L}+)/gu
const PRONOUN_START = /^\s*(?:zij|ze|hij|dat|dit|die|deze|het)\b/iu
const WHOLE_WORD = /^(?:totaal|totale|geheel|som|kosten|lasten|budget|bedrag|uitgaven|middelen)$/u
// Whether a noun is a word of the table, or a compound of one (`onderhoudslasten` for `lasten`, `kostenposten` for `kosten`).
const namesTableWord = (stems: string[], noun: string): boolean => stems.some((s) => s === noun || (s.length >= 5 && (noun.endsWith(s) || s.startsWith(noun) || noun.startsWith(s))))

// `de twee grootste`, `de drie kleinste`: the rows largest (or smallest) in the table's first column of counts.
const TOP = /\bde\s+(twee|drie|vier|[234])\s+(grootste|kleinste)\b/iu
const TOP_COUNTS: Record<string, number> = { twee: 2, drie: 3, vier: 4 }
function topRows(table: Table, total: Cell[] | undefined, sentence: string): Cell[][] {
  const match = TOP.exec(sentence)
  if (!match) return []
  const n = TOP_COUNTS[match[1]!.toLowerCase()] ?? Number(match[1])
  const body = table.rows.filter((r) => r !== total)
  const column = body[0]?.findIndex((c, i) => i > 0 && countCellValue(c) !== undefined) ?? -1
  if (column < 1 || body.length <= n) return []
  const sorted = [...body].sort((a, b) => (countCellValue(b[column]) ?? 0) - (countCellValue(a[column]) ?? 0))
  return match[2]!.toLowerCase() === 'grootste' ? sorted.slice(0, n) : sorted.slice(-n)
}

// Several rows as one: each column the sum of their cells (empty where one of them has none), its label their labels.
function combined(rows: Cell[][]): Cell[] {
  const width = Math.max(...rows.map((r) => r.length))
  const sum = (i: number, read: (c: Cell) => number | undefined): number | undefined =>
    rows.reduce<number | undefined>((s, r) => { const v = r[i] ? read(r[i]!) : undefined; return s === undefined || v === undefined ? undefined : s + v }, 0)
  return Array.from({ length: width }, (_, i) => {
    const index = rows[0]?.[i]?.index ?? 0
    if (i === 0) return { text: rows.map(label).join(' en '), index }
    const count = sum(i, countCellValue)
    const percent = sum(i, percentOf)
    return { text: count !== undefined ? String(count) : percent !== undefined ? `${String(percent).replace('.', ',')}%` : '', index }
  })
}

// A cell that holds a percentage (`10%`, `57,4 %`): a share the sentence may restate.
const PERCENT_CELL = /^\s*\**\s*[+-]?(\d+(?:,\d+)?)\s*%\s*\**\s*$/u
const percentOf = (cell: Cell): number | undefined => {
  const digits = PERCENT_CELL.exec(cell.text)?.[1]
  return digits === undefined ? undefined : Number(digits.replace(',', '.'))
}

/**
 * Every share a row's cells give: of the total row's cell of their column (or of a first row at 100%, the whole of
 * the rows under it), and in a sentence about the rest the rest of it; of another cell of the row; a change between
 * two of its year columns; a percentage cell of the row itself.
 */
function rowReadings(table: Table, row: Cell[], total: Cell[] | undefined, rest: boolean, change: boolean, side: (column: number) => StateSide): Reading[] {
  // Columns of one measure at different times (`2024`, `Inzamelingen 2025`, `2022-2023`): a change is between two of them.
  const timed = table.header.map((c) => /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(c.text))
  const own = numbers(row)
  const body = table.rows.filter((r) => r !== total)
  const out: Reading[] = []
  const name = label(row)
  for (const [i, a] of own.entries()) {
    if (a === undefined) continue
    // A column of a state (`Bezet`) is a part only of a sentence that names the state (its part) or its opposite (the rest).
    const state = side(i)
    if (state === 'neither') continue
    const sharesOf = (whole: number): Reading[] => (state === 'opposite' ? restOf(a, whole, name) : partOf(a, whole, name, rest))
    // Without a total row no whole is known: the rows may be a selection (`onder meer`).
    const sum = total ? countCellValue(total[i]) : undefined
    // A first row at 100% is the whole of the rows under it (`Aanmeldingen | 300 | 100%` above `Geplaatst | 120`).
    const first = countCellValue(body[0]?.[i])
    const leads = body[0] !== row && first !== undefined && (body[0] ?? []).some((c) => percentOf(c) === 100)
    const wholes = new Set([sum, leads ? first : undefined].filter((w): w is number => w !== undefined && w > 0 && w >= a))
    for (const whole of wholes) out.push(...sharesOf(whole))
    for (const [j, b] of own.entries()) {
      if (b === undefined || j === i || b <= 0) continue
      if (a <= b) out.push(...sharesOf(b))
      if (change && j < i && timed[i] && timed[j]) out.push({ actual: (Math.abs(a - b) / b) * 100, basis: `van ${fmt(b)} naar ${fmt(a)} (${name})`, change: true })
    }
  }
  for (const cell of row) {
    const percent = percentOf(cell)
    if (percent !== undefined) out.push({ actual: percent, basis: `${cell.text.trim()} in de tabel (${name})` })
  }
  return out
}

// A part of a whole, and, in a sentence about the rest (`niet`, `buiten`, `de overige`), the rest of the whole beside it.
const restOf = (a: number, whole: number, name: string): Reading[] => [{ actual: ((whole - a) / whole) * 100, basis: `${fmt(whole - a)} van ${fmt(whole)} (${name})` }]
const partOf = (a: number, whole: number, name: string, rest: boolean): Reading[] => [
  { actual: (a / whole) * 100, basis: `${fmt(a)} van ${fmt(whole)} (${name})` },
  ...(rest ? restOf(a, whole, name) : [])
]
const REST = /\b(?:niet|geen|buiten|zonder|overig\p{L}*|rest\p{L}*|ander\p{L}*)\b/iu

/** The same readings for a column of a table of years: its cells of the total, of other cells in their row, and changes down the column. */
function columnReadings(table: Table, column: number, total: Cell[] | undefined, rest: boolean, change: boolean): Reading[] {
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
      if (!change || m >= k || b === undefined || b <= 0 || row === total) continue
      out.push({ actual: (Math.abs(a - b) / b) * 100, basis: `van ${fmt(b)} naar ${fmt(a)} (${head})`, change: true })
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
 * @param explained The finance table a text explains (its `toelichting`), when the text has no tables of its own.
 * @returns A claim for each share that fits no reading of its row's cells.
 */
export function tableFallbackClaims(written: string, tables: Table[], judged: Set<number>, explained?: Table): ShareClaim[] {
  // A finance table's explanation stands apart from its table in the model: all of it is under that table.
  const spans = tables.length > 0 ? tables.map((table, t) => ({ table, from: tableEnd(table), to: tables[t + 1]?.header[0]?.index ?? written.length })) : explained ? [{ table: explained, from: 0, to: written.length }] : []
  if (spans.length === 0) return []
  const text = blankSources(countWordsAsDigits(written))
  const out: ShareClaim[] = []
  const all = sentences(text)
  for (const { table, from, to } of spans) {
    const total = table.rows.find((r) => TOTAL_ROW.test(label(r)))
    // A table of percentages only (`Leegstand | 5%`) holds no counts to read a share from.
    if (!table.rows.some((r) => numbers(r).some((n) => n !== undefined))) continue
    // Its cells at the scale a sentence may quote them in euros (`€ 500.000` for `500` in a table x € 1.000): a sentence
    // with a count of its own (`980 van hen`) is the other readings'.
    const rawCells = new Set(table.rows.flat().flatMap((c) => countCellValue(c) ?? []))
    const cells = new Set([...rawCells].flatMap((n) => [n * 1000, n * 1000000]))
    // Its words (header, labels, the line before it), for the whole a share names and the years it holds.
    const words = [table.intro, ...table.header.map((c) => c.text), ...table.rows.map((r) => r[0]?.text ?? '')].join(' ').toLowerCase()
    const stems = (words.match(/\p{L}{4,}/gu) ?? []).map(nounStem)
    // A column is a series of its own only in a table of years as rows (`2023 | 42 | 9`).
    const yearly = isYearly(table, total)
    let previous = ''
    let forward = false
    for (const { sentence, offset, paragraphStart } of all) {
      if (offset < from || offset >= to) continue
      if (/^\s*#/u.test(sentence)) break
      // The sentence before in its paragraph, and whether the paragraph so far points below.
      const before = paragraphStart ? '' : previous
      forward = (forward && !paragraphStart) || POINTS_BELOW.test(sentence)
      previous = sentence
      if (forward || ELSEWHERE.test(sentence) || NARROWED.test(sentence)) continue
      const shares = allMatches(SHARE, sentence).filter((m) => !judged.has(offset + (m.index ?? 0)))
      if (shares.length === 0) continue
      // Rows said together (`Noord en Zuid samen`, `de drie grootste scholen`) are one part: the sum of their cells.
      const together = TOGETHER.exec(sentence)?.index
      const named = seriesRows(table, total, sentence)
      const top = topRows(table, total, sentence)
      // Rows joined are a part of the table's whole: without a total row there is none to read them against.
      const joined = total !== undefined && (top.length > 0 || (together !== undefined && named.length >= 2 && named.length <= 3))
      const rows = joined ? [combined(top.length > 0 ? top : named)] : together !== undefined || top.length > 0 ? [] : named
      // In a table of years a sentence names a column (`meldingen`) and the year of a row: the column's readings hold both.
      const columns = yearly ? namedColumns(table, sentence) : []
      const own = allMatches(SHARE, sentence).reduce((t, m) => t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice((m.index ?? 0) + m[0].length), sentence).replace(YEAR, ' ')
      // The clause before a semicolon is half of the sentence (`… met 556 leden oververtegenwoordigd; zij maken 40% …`).
      // Only a clause that goes on with a pronoun (`zij maken …`): `…; de landbouw ongeveer een tiende` names its own part.
      const clause = /;\s*$/u.test(before) && PRONOUN_START.test(sentence) ? before : ''
      // A count of the sentence before, not the table's, of the noun the share is of (`Voor de buurtbus kwamen 450 aanvragen
      // binnen.` before `… ruim 40 procent van de aanvragen voor de buurtbus`) may be the whole.
      const ofNouns = allMatches(SHARE, sentence).flatMap((m) => OF_NOUN.exec(sentence.slice((m.index ?? 0) + m[0].length))?.[1] ?? []).map((n) => nounStem(n.toLowerCase()))
      const otherWhole = !paragraphStart && [...before.matchAll(COUNTED)].some((m) => ofNouns.includes(nounStem((m[2] ?? '').toLowerCase())) && !rawCells.has(numberValues(m[1] ?? '')[0]?.value ?? -1))
      // A sentence that quotes one cell (`met 556 leden`) names its row by it, in any words: that cell of its column's total.
      const quoted = total && !joined && !otherWhole && !CHANGE.test(sentence) ? quotedCellReadings(table, total, `${clause} ${own}`) : []
      if (rows.length !== 1 && columns.length !== 1 && quoted.length === 0) continue
      // A year the table does not hold (`In 2019 …` beside columns 2024 and 2025) is another count than the table's.
      if ((sentence.match(YEAR) ?? []).some((y) => !words.includes(y.slice(0, 4)))) continue
      // The sentence's own numbers are the table's (a year, the row's label, a cell, also at the table's scale: `€ 500.000`
      // for `500` in a table x € 1.000): else they are what its shares are of.
      if (quoted.length === 0 && strayNumbers(own, cells, rows.map(label).join(' '))) continue
      const rest = REST.test(sentence)
      const sentenceWords = lowerWords(sentence)
      const change = CHANGE.test(sentence) || CHANGE.test(before)
      const readings = quoted.length > 0 ? quoted : columns.length === 1 ? columnReadings(table, columns[0]!, total, rest, change) : rowReadings(table, rows[0]!, total, rest, change, (k) => stateSide(table.header[k]?.text ?? '', sentenceWords))
      // A change the table cannot give (no two columns of one measure) is of something else (`de huur steeg`).
      if (readings.length === 0 || (CHANGE.test(sentence) && !readings.some((r) => r.change))) continue
      for (const share of shares) {
        const at = share.index ?? 0
        // `onder de 40 procent`, `tegen 25 procent landelijk`, `een rente van 3%`: a figure the row is measured against.
        const lead = sentence.slice(0, at)
        // `Akkers zijn 60 procent, bos en heide samen de rest`: only a share after `samen` is of the rows it joins.
        if (joined && together !== undefined && at < together) continue
        if (THRESHOLD.test(lead) || AGAINST.test(lead) || OTHER_RATE.test(lead)) continue
        // `ruim 70 procent van de inwoners` beside a table of costs: a share of a whole the table does not count.
        const whole = OF_NOUN.exec(sentence.slice(at + share[0].length))?.[1]?.toLowerCase()
        if (whole && !WHOLE_WORD.test(whole) && !namesTableWord(stems, nounStem(whole))) continue
        // A quoted cell's share names the table's whole or closes its clause (`… 49% bij aan de inzet van de coaches`: another whole).
        if (quoted.length > 0 && !whole && !CLOSES_CLAUSE.test(sentence.slice(at + share[0].length))) continue
        const statement = statementOf(share, sentence, at, before)
        // The size of a change (`nam … met 50% toe`) is (new − old) / old: never a share of the two cells.
        const sized = CHANGE.test(sentence) && SIZE_LEAD.test(lead) ? readings.filter((r) => r.change) : readings
        if (!statement || statement.inPoints || sized.length === 0 || sized.some((r) => statement.judge(r.actual))) continue
        const closest = sized.reduce((x, y) => (Math.abs(y.actual - statement.stated) < Math.abs(x.actual - statement.stated) ? y : x))
        out.push({ said: share[0], index: offset + at, actual: closest.actual, basis: closest.basis, fits: false })
      }
    }
  }
  return out
}
