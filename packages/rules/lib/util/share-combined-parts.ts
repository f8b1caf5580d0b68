/**
 * Shares of numbers that must first be combined before they give the share, wherever in the
 * paragraph or the section's table those numbers stand:
 *
 * - a part with an addition: `Van de 46 bussen rijden er 19 elektrisch. In 2027 komen er nog eens 12
 *   bij, zodat ruim drie kwart elektrisch rijdt` is (19 + 12) of 46;
 * - the rest of a level: `Het bereik is 91 procent; één op de vijf kinderen mist de controle` is
 *   100 − 91 = 9%;
 * - two or more rows of a table of the section, named by their label: `Ruim de helft daarvan is
 *   personeel: de leesconsulenten en de zaterdagopenstelling` (also one row named in the sentence
 *   before and one added: `Tellen we de aanvulling erbij, dan …`), summed over the total row.
 *
 * A share that also fits another reading of the same numbers (the addition alone, the level
 * itself, one row alone) is left alone: the text may mean that one.
 */

import { formatDutchNumber } from '@kapstok/nl'
import type { Cell, Table } from './markdown-tables.js'
import { fits, percentStep, read } from './share-tolerance.js'
import { digitsOf } from './share-words.js'
import { shareStatement } from './share-statements.js'
import { SHARE } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { sentences } from './share-sentences.js'
import { bases } from './share-bases.js'
import { numbersOf } from './share-back-references.js'
import { tablesInSection } from './share-table-rows.js'
import { COUNT_CELL, PERCENT_CELL, TOTAL_ROW } from './share-wholes.js'
import type { ShareClaim } from './share-claim-text.js'
import { isBlankCell, isZeroCell } from './nil-cells.js'

// An addition to a part said before: `nog eens 12`, `er komen 12 bij`, `12 extra`.
const ADDED = /\bnog\s+eens\s+(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d%]|[.,]\d)|(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:[\p{L}-]+\s+)?(?:extra|erbij)\b/iu
// What a share says the rest does: miss, fall outside, lack.
const MISSING = /\b(?:mist|missen|miste|misten|ontbreekt|ontbreken|(?:valt|vallen)(?:\s+\p{L}+)?\s+buiten|bereiken\s+we\s+niet|niet\s+bereikt)\b/iu
// A level in percent (no percentage points).
const LEVEL = /(?<![\d.,])(\d{1,3}(?:,\d+)?)\s?(?:%|procent\b)(?!-?punt)/giu
// A sentence that adds a row to the one named before: `Tellen we de aanvulling erbij`, `met X erbij`.
const ADDS_ROW = /\b(?:erbij|daarbij|meegeteld|mee)\b/iu
const CHANGE_AFTER = /^\s*(?:erbij|bij|meer|minder|hoger|lager|groei|stijging|daling|toename|afname)\b/iu
// A word of a row label long enough to name the row (`Leesconsulenten (1,8 fte)` → `leesconsulenten`).
const LABEL_WORD = /[\p{L}]{6,}/gu
const ABBREVIATION = /(?<![\p{L}])\p{Lu}{2,}[\p{Lu}\d]*(?![\p{L}])/gu
const GENERIC = new Set(['totaal', 'overige', 'overig', 'eenmalig', 'structureel', 'kosten', 'budget', 'bijdrage', 'gemeente'])
// A difference said against another figure: `onder het regionale gemiddelde`, `hoger dan landelijk`.
const GAP_WORD = /^\s+(?:\p{L}+\s+)?(?:onder|boven|hoger|lager|achter|voor)\b/iu
// A sentence that points back to the row the sentence before names.
const POINTER = /^\s*(?:daarmee|daardoor|hiermee|dat|dit|daar|zo|die|deze)\b/iu
const YEAR_HEADER = /^\s*\**\s*((?:19|20)\d{2})\s*\**\s*$/u
const TOTAL_HEADER = /^\s*\**\s*(?:totaal|samen)\b/iu

/**
 * The judge of one share as written.
 *
 * @param m A match of SHARE.
 * @returns Whether an actual percentage fits it, or undefined for percentage points and unreadable shares.
 */
export function judgeOf(m: RegExpExecArray): ((actual: number) => boolean) | undefined {
  // The combined numbers are read as exact: no slack for rounded counts.
  const said = shareStatement(m, 0)
  return said && !said.inPoints ? said.judge : undefined
}

/** The part and the whole of the last pair of counts in the sentences, nearest first. */
function lastPair(earlier: string[]): { part: number; whole: number; partText: string; wholeText: string } | undefined {
  for (const sentence of [...earlier].reverse()) {
    const pair = bases(sentence).filter((b) => !b.change && !b.euro).at(-1)
    const [partText = '', wholeText = ''] = pair?.basis.split(' van ') ?? []
    const [part, whole] = [read(partText), read(wholeText)]
    if (pair && part !== undefined && whole) return { part, whole, partText, wholeText }
  }
  return undefined
}

/** The share of a part with an addition said in the share's own sentence. */
function addedShare(before: string, earlier: string[], judge: (actual: number) => boolean): { actual: number; basis: string } | undefined {
  const added = ADDED.exec(before)
  const addedText = added?.[1] ?? added?.[2] ?? ''
  // The addition is the sentence's one count.
  if (!added || numbersOf(before).length !== 1) return undefined
  const pair = lastPair(earlier)
  const extra = read(addedText)
  if (!pair || extra === undefined || pair.part + extra > pair.whole) return undefined
  // The addition alone or the part alone may be what is meant.
  if (judge((extra / pair.whole) * 100) || judge((pair.part / pair.whole) * 100)) return undefined
  return { actual: ((pair.part + extra) / pair.whole) * 100, basis: `${pair.partText} + ${addedText} = ${formatDutchNumber(pair.part + extra)} van ${pair.wholeText}` }
}

/** The rest of the level said just before a share of what is missed. */
function restShare(clause: string, before: string, previous: string, judge: (actual: number) => boolean): { actual: number; basis: string } | undefined {
  if (!MISSING.test(clause)) return undefined
  const level = [...allMatches(LEVEL, previous), ...allMatches(LEVEL, before)].at(-1)
  const value = read(level?.[1] ?? '')
  if (value === undefined || value >= 100 || judge(value)) return undefined
  return { actual: 100 - value, basis: `de rest van ${level?.[1]}%` }
}

// The tables of the section, nearest first; without them the finance tables the text explains, its own first.
const sectionOr = (section: Table[], quoted: Table[]): Table[] => (section.length > 0 ? [...section].reverse() : quoted)

// A row label's words that may name it: long words, and abbreviations (`BMR`, `DKTP`).
const labelWords = (label: string): string[] => {
  const bare = label.replace(/\([^)]*\)/gu, ' ')
  // A label of one word names its row whatever its length (`Huur`).
  const one = /^\s*\**\s*([\p{L}]{4,})\s*\**\s*$/u.exec(bare)?.[1]?.toLowerCase()
  return [...(bare.toLowerCase().match(LABEL_WORD) ?? []), ...(bare.match(ABBREVIATION) ?? []).map((w) => w.toLowerCase()), ...(one ? [one] : [])].filter((w) => !GENERIC.has(w))
}

// The same word with an ending (`subsidie`, `subsidies`; `leesconsulent`, `leesconsulenten`), not a compound of it.
const inflected = (longer: string, shorter: string): boolean => shorter.length >= 6 && longer.length - shorter.length <= 2 && longer.startsWith(shorter)

/** The rows of a table named in a text by a word of their label that no other row has. */
function rowsNamed(rows: Cell[][], text: string): Cell[][] {
  const words = new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? [])
  // Each label's words read once, not once per other row (a long table had its labels read rows² times per sentence).
  const labels = rows.map((r) => labelWords(r[0]?.text ?? ''))
  return rows.filter((row, i) => {
    const own = labels[i]!.filter((w) => labels.every((other, j) => rows[j] === row || !other.includes(w)))
    return own.some((w) => words.has(w) || (w.length >= 6 && [...words].some((s) => inflected(s, w) || inflected(w, s))))
  })
}

/** The value of a row: its total column, the column of the one year the sentence names, its one count, or the sum of its year cells. */
function rowValue(table: Table, row: Cell[], year: string | undefined): number | undefined {
  const total = table.header.findIndex((h, k) => k > 0 && TOTAL_HEADER.test(h.text))
  const yearColumn = year === undefined ? -1 : table.header.findIndex((h) => YEAR_HEADER.exec(h.text)?.[1] === year)
  const column = yearColumn > 0 ? yearColumn : total
  if (column > 0) return read(COUNT_CELL.exec(row[column]?.text ?? '')?.[1] ?? '')
  // Without a total column, a row's cells add up only when each is a year of one count (`| 2026 | 2027 |`);
  // a table of one count column has that cell. Counts of different things (`Aanmeldingen`, `Weken`) add up to nothing.
  if (table.header.length === 2) return read(COUNT_CELL.exec(row[1]?.text ?? '')?.[1] ?? '')
  if (!table.header.slice(1).every((h) => YEAR_HEADER.test(h.text))) return undefined
  const counts = row.slice(1).map((c) => COUNT_CELL.exec(c.text)?.[1])
  if (counts.some((c, k) => c === undefined && !(isBlankCell(row[k + 1]?.text ?? '') || isZeroCell(row[k + 1]?.text ?? '')))) return undefined
  return counts.reduce((s, c) => s + (read(c ?? '') ?? 0), 0)
}

/** The rows of the nearest table that a sentence names (two or more, not all), with its total row. */
function namedRowsOf(sentence: string, previous: string, tables: Table[], adds: boolean): { table: Table; named: Cell[][]; totalRow: Cell[] } | undefined {
  for (const table of tables) {
    const totalRow = table.rows.find((r) => TOTAL_ROW.test(r[0]?.text ?? ''))
    const rows = table.rows.filter((r) => r !== totalRow)
    const here = rowsNamed(rows, sentence)
    const named = here.length === 1 && adds ? [...new Set([...rowsNamed(rows, previous), ...here])] : here
    if (totalRow && named.length >= 2 && named.length < rows.length) return { table, named, totalRow }
  }
  return undefined
}

/** The share of two or more rows of a table of the section (or the finance table the text explains) over its total row. */
function rowSumShare(sentence: string, previous: string, tables: Table[], adds: boolean, judge: (actual: number) => boolean): { actual: number; basis: string } | undefined {
  const years = sentence.match(/\b(?:19|20)\d{2}\b/gu) ?? []
  // The sentence gives no count of its own (the share blanked by the caller): the rows are the numbers.
  if (numbersOf(sentence).length > 0 || years.length > 1) return undefined
  const rows = namedRowsOf(sentence, previous, tables, adds)
  if (!rows) return undefined
  const values = rows.named.map((r) => rowValue(rows.table, r, years[0]))
  const whole = rowValue(rows.table, rows.totalRow, years[0])
  if (!whole || values.some((v) => v === undefined)) return undefined
  const parts = values as number[]
  const part = parts.reduce((s, v) => s + v, 0)
  // One of the rows alone may be what is meant.
  if (part > whole || parts.some((v) => judge((v / whole) * 100))) return undefined
  return { actual: (part / whole) * 100, basis: `${parts.map((v) => formatDutchNumber(v)).join(' + ')} = ${formatDutchNumber(part)} van ${formatDutchNumber(whole)}` }
}

/**
 * The difference in percentage points between two cells of one row of a table of the section: the
 * row named in the sentence or the sentence before (`De vaccinatiegraad voor BMR …. Daarmee ligt
 * Dinxterhoek 1,2 procentpunt onder het regionale gemiddelde`), the column named by a word of its
 * header (`Regio 2025`), against the cell of the year the sentence names or the latest year column.
 */
function pointsGap(sentence: string, after: string, previous: string, tables: Table[]): { actual: number; basis: string } | undefined {
  if (!GAP_WORD.test(after) || numbersOf(sentence).length > 1) return undefined
  const afterWords = after.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []
  const years = sentence.match(/\b(?:19|20)\d{2}\b/gu) ?? []
  for (const table of tables) {
    const rows = table.rows.filter((r) => !TOTAL_ROW.test(r[0]?.text ?? ''))
    const here = rowsNamed(rows, sentence)
    const [row] = here.length === 0 && POINTER.test(sentence) ? rowsNamed(rows, previous) : here
    if (!row || (here.length === 0 ? rowsNamed(rows, previous) : here).length !== 1) continue
    const named = table.header.flatMap((h, k) => {
      const word = /[\p{L}]{4,}/u.exec(h.text)?.[0]?.toLowerCase()
      return k > 0 && word !== undefined && afterWords.some((w) => w.startsWith(word)) ? [k] : []
    })
    const yearColumns = table.header.flatMap((h, k) => (k > 0 && YEAR_HEADER.test(h.text) ? [k] : []))
    const own = years.length === 1 ? yearColumns.find((k) => YEAR_HEADER.exec(table.header[k]?.text ?? '')?.[1] === years[0]) : yearColumns.at(-1)
    const [other] = named
    if (named.length !== 1 || other === undefined || own === undefined) continue
    // A comparison column of another year (`Landelijk 2024` beside a sentence on 2022) says nothing of that year.
    const otherYear = /\b(?:19|20)\d{2}\b/u.exec(table.header[other]?.text ?? '')?.[0]
    if (otherYear !== undefined && otherYear !== YEAR_HEADER.exec(table.header[own]?.text ?? '')?.[1]) continue
    const [a, b] = [PERCENT_CELL.exec(row[own]?.text ?? '')?.[1], PERCENT_CELL.exec(row[other]?.text ?? '')?.[1]]
    const [x, y] = [read(a ?? ''), read(b ?? '')]
    if (x === undefined || y === undefined) continue
    return { actual: Math.abs(x - y), basis: `${b}% tegen ${a}%` }
  }
  return undefined
}

/** The judge of a difference in percentage points as written. */
function pointsJudge(m: RegExpExecArray): ((actual: number) => boolean) | undefined {
  const digits = digitsOf(m[2] ?? '')
  const stated = read(digits)
  if (m[2] === undefined || !/punt/iu.test(m[3] ?? '') || stated === undefined) return undefined
  const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
  return (actual) => fits(word, stated, actual, percentStep(digits), true)
}

/**
 * The shares of a text that are said of combined numbers.
 *
 * @param text A prose text (emphasis removed).
 * @param tables Its tables.
 * @param quoted The finance tables a text without tables of its own explains, its own table first.
 * @returns The claims found, with whether they fit.
 */
export function combinedShareClaims(text: string, tables: Table[], quoted: Table[] = []): ShareClaim[] {
  const out: ShareClaim[] = []
  let earlier: string[] = []
  for (const { sentence, offset, paragraphStart } of sentences(text)) {
    if (paragraphStart) earlier = []
    if (/^\s*[#|]/u.test(sentence)) continue
    for (const m of allMatches(SHARE, sentence)) {
      const at = m.index ?? 0
      const points = pointsJudge(m)
      const gap = points ? pointsGap(sentence, sentence.slice(at + m[0].length), earlier.at(-1) ?? '', [...tablesInSection(text, tables, offset)].reverse()) : undefined
      if (points && gap) out.push({ said: m[0], index: offset + at, actual: gap.actual, basis: gap.basis, fits: points(gap.actual), inPoints: true })
      const judge = judgeOf(m)
      if (!judge) continue
      const before = sentence.slice(0, at)
      const after = sentence.slice(at + m[0].length)
      // A share of a change (`ruim twee derde erbij`, `een kwart meer`) is no share of a whole.
      if (CHANGE_AFTER.test(after)) continue
      const clause = sentence.slice(before.search(/[^,;:]*$/u)).split(/[,;:](?=\s)/u)[0] ?? ''
      const found =
        addedShare(before, earlier, judge) ??
        restShare(clause, before, earlier.at(-1) ?? '', judge) ??
        rowSumShare(before + ' '.repeat(m[0].length) + after, earlier.at(-1) ?? '', sectionOr(tablesInSection(text, tables, offset), quoted), ADDS_ROW.test(before), judge)
      if (found) out.push({ said: m[0], index: offset + at, actual: found.actual, basis: found.basis, fits: judge(found.actual) })
    }
    earlier.push(sentence)
  }
  return out
}
