/**
 * Which rows and year columns of a table a sentence names: a row by the words of its label
 * (`Bibliotheek Centrum` by `centrum`, `Jeugdhulp` by `jeugdhulp`, also in a compound), a year
 * column by its year (`2027`, `Begroting 2027`). Rows whose only shared word is their first
 * (`Uitstroom naar een woning`, `Uitstroom overig` by `de uitstroom`) are named together.
 */

import { add, type Rational } from './exact-number.js'
import { nounStem } from './unit-nouns.js'
import { textCell, type TextTable } from './text-tables.js'

// Label words that name no row of their own: totals, units, the sides of a budget (`de lasten
// van taakveld 8.2` names the row 8.2, not `Saldo van baten en lasten`), little words, and units
// of time: a sentence about a yearly table says `jaren` anyway, which names no row `kinderen
// van 6-11 jaar` beside the row it means.
const GENERIC = new Set(['jaar', 'jaren', 'maand', 'maanden', 'week', 'weken', 'totaal', 'subtotaal', 'overig', 'overige', 'bedrag', 'bedragen', 'aantal', 'euro', 'lasten', 'baten', 'kosten', 'uitgaven', 'inkomsten', 'opbrengsten', 'inclusief', 'exclusief', 'voor', 'door', 'naar', 'over', 'met', 'zonder', 'van', 'en', 'de', 'het', 'een'])
const SUMMARY = /^\W*(?:sub|eind)?totaal\b|\btotaal\W*$|^\W*(?:samen|som|gemiddeld\p{L}*)\W*$/iu
const WORD = /\p{L}[\p{L}-]*/gu
const BRACKETS_AND_MARKS = /\([^()]*\)|[*_]/gu

/** A label's words that may name it, without what stands in brackets. */
function labelWords(label: string): string[] {
  const plain = label.replace(/\([^()]*\)/gu, ' ').replace(/[*_]/gu, ' ')
  return [...plain.matchAll(WORD)].map((m) => m[0].toLowerCase()).filter((w) => w.length >= 4 && !GENERIC.has(w))
}

// A sentence word names a label word when their stems agree, or it ends in it (`jeugdhulp` for `hulp` does not: the label word must be the longer part).
const names = (sentenceStems: string[], word: string): boolean => {
  const stem = nounStem(word)
  return sentenceStems.some((s) => s === stem || (stem.length >= 6 && s.endsWith(stem)))
}

/**
 * The data rows a sentence names, by the most label words it shares with a row.
 *
 * @param table The table.
 * @param sentence The sentence.
 * @returns The rows (one, or several sharing their first word), or none when the naming is unclear.
 */
export function rowsNamed(table: TextTable, sentence: string): number[] {
  const stems = [...sentence.matchAll(WORD)].map((m) => nounStem(m[0]))
  const scored = table.rows.map((row, r) => {
    const label = row[0]?.text ?? ''
    if (SUMMARY.test(label.replace(/[*_]/gu, ''))) return { r, score: 0, first: '' }
    const words = labelWords(label)
    // A code before the label (`8.2 Grondexploitatie`, `1.1.3`) names the row outright.
    const code = /^\W*(\d+(?:\.\d+)+)(?!\d)/u.exec(label)?.[1]
    const coded = code !== undefined && new RegExp(String.raw`(?<![\d.,])${code.replaceAll('.', '\\.')}(?![.,]?\d)`, 'u').test(sentence)
    return { r, score: words.filter((w) => names(stems, w)).length + (coded ? 2 : 0), first: words[0] ?? '' }
  })
  const best = Math.max(0, ...scored.map((s) => s.score))
  if (best === 0) return []
  const top = scored.filter((s) => s.score === best)
  if (top.length === 1) return [top[0]!.r]
  // Several rows named by their one shared first word together make the row the sentence names.
  return best === 1 && top.every((s) => s.first === top[0]!.first && names(stems, s.first)) ? top.map((s) => s.r) : []
}

/**
 * The one row of a table of its own text whose whole label is a word that names no row elsewhere
 * (`Lasten`, `Baten`, `Kosten`), when the sentence says that word: beside its own table `de lasten`
 * can only mean that row. (In a finance table cited from elsewhere it names none.)
 *
 * @param table The table.
 * @param sentence The sentence.
 * @returns The row, or none.
 */
export function plainLabelRow(table: TextTable, sentence: string): number[] {
  const stems = [...sentence.matchAll(WORD)].map((m) => nounStem(m[0]))
  const rows = table.rows.map((row, r) => ({ r, label: (row[0]?.text ?? '').replace(BRACKETS_AND_MARKS, ' ').trim().toLowerCase() })).filter((x) => GENERIC.has(x.label) && x.label.length >= 4 && names(stems, x.label))
  return rows.length === 1 ? [rows[0]!.r] : []
}

/**
 * The data rows a sentence lists by name (`Oost en West`, `Hoogkamp, Brinkhof en Veldzicht`): each
 * row whose every label word the sentence names, when there are two or more of them.
 *
 * @param table The table.
 * @param sentence The sentence.
 * @returns The rows, or none when fewer than two are named in full.
 */
export function rowsListed(table: TextTable, sentence: string): number[] {
  const stems = [...sentence.matchAll(WORD)].map((m) => nounStem(m[0]))
  const rows = dataRows(table)
  const wordsOf = rows.map((r) => labelWords(table.rows[r]?.[0]?.text ?? ''))
  // A row named by all its words, or by the first (its noun: `het dorpshuis` for `Dorpshuis Eext`)
  // when no other row's label opens with that word.
  // Rows told apart by a number after one word (`Fase 1`, `Fase 2`) are listed by their numbers after
  // that word (`fase 1 en 2`, `de fasen 1 en 3`, `fase 1 en fase 2`).
  const numbered = numberedAfter(sentence)
  const byNumber = (word: string, number: string): boolean => numbered.get(nounStem(word.toLowerCase()))?.has(number) === true
  // A bare number under a header word (`| Zone | … |` with rows `1`, `2`, `3`) is that word and number: `zone 2 en 3`.
  const headerWord = HEADER_WORD.exec(table.header[0]?.text ?? '')?.[1]
  const listed = rows.filter((_, i) => {
    const words = wordsOf[i]!
    const label = table.rows[rows[i]!]?.[0]?.text ?? ''
    const bare = headerWord === undefined ? null : BARE_NUMBER.exec(label)
    if (bare) return byNumber(headerWord!, bare[1]!)
    if (words.length === 0) return false
    const number = NUMBERED_LABEL.exec(label)
    if (number && wordsOf.some((other, j) => j !== i && other.join(' ') === words.join(' '))) return byNumber(number[1]!, number[2]!)
    if (words.every((w) => names(stems, w))) return true
    return names(stems, words[0]!) && wordsOf.every((other, j) => j === i || nounStem(other[0] ?? '') !== nounStem(words[0]!))
  })
  return listed.length >= 2 ? listed : []
}

// A label of a word and a number (`Fase 2`, `Wijk 3`), and a word with a list of numbers in a sentence.
const NUMBERED_LABEL = /^\W*(\p{L}{3,})\s+(\d{1,2})\W*$/u
const BARE_NUMBER = /^\W*(\d{1,2})\W*$/u
const HEADER_WORD = /^\W*(\p{L}{3,})\W*$/u
const DIGITS = /\d+/gu
const NUMBER_LIST = /\b(\p{L}{3,})\s+(\d{1,2}(?:\s*(?:,|en|&|\+)\s*(?:\p{L}{3,}\s+)?\d{1,2})*)(?![\d.,]*\d)/gu
function numberedAfter(sentence: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const m of sentence.matchAll(NUMBER_LIST)) {
    const stem = nounStem(m[1]!.toLowerCase())
    out.set(stem, new Set([...(out.get(stem) ?? []), ...(m[2]!.match(DIGITS) ?? [])]))
  }
  return out
}

/** The data rows that are no total or mean. */
export function dataRows(table: TextTable): number[] {
  return table.rows.map((_, r) => r).filter((r) => !SUMMARY.test((table.rows[r]?.[0]?.text ?? '').replace(/[*_]/gu, '')))
}

/**
 * The year columns of a table: a header with one year and no range (`2027`, `Begroting 2027`).
 *
 * @param table The table.
 * @returns Year to column.
 */
export function yearColumns(table: TextTable): Map<number, number> {
  const out = new Map<number, number>()
  table.header.forEach((h, k) => {
    const years = h.text.match(/\b(?:19|20)\d{2}\b/gu) ?? []
    if (k > 0 && years.length === 1 && !out.has(Number(years[0]))) out.set(Number(years[0]), k)
  })
  return out
}

// A cell that holds only a dash: nothing that year.
const DASH = /^[\s*_]*[-–—][\s*_]*$/u

/**
 * The sum of some cells of a table, with the cells as shown.
 *
 * @param table The table.
 * @param cells Row and column pairs.
 * @returns The sum and its terms, or undefined when a cell holds no number.
 */
export function cellTotal(table: TextTable, cells: Array<[number, number]>): { value: Rational; shown: string[]; count: number } | undefined {
  const found = cells.map(([r, k]) => table.rows[r]?.[k])
  // A dash in a cell is nothing that year (`| 45 | 45 | - |`): a zero in a sum; `PM` or an empty cell stays unknown.
  const valueOf = (c: (typeof found)[number]): Rational | undefined => c?.value ?? (DASH.test(c?.text ?? '') ? { n: 0n, d: 1n } : undefined)
  if (found.length === 0 || found.some((c) => valueOf(c) === undefined || c?.percent)) return undefined
  return { value: found.reduce<Rational>((t, c) => add(t, valueOf(c)!), { n: 0n, d: 1n }), shown: found.map((c) => (c?.value === undefined ? '0' : c.text.replace(/\*\*/gu, ''))), count: found.length }
}

/**
 * A table with its years down the first column (`| Jaar | Bezoekers | Subsidie |`) turned so
 * the years are columns and the measures rows, as a sentence reads it ("de bezoekers stegen
 * tussen 2026 en 2029 met …").
 *
 * @param table The table.
 * @returns The turned table, or undefined when its first column holds fewer than two years.
 */
export function turned(table: TextTable): TextTable | undefined {
  const years = table.rows.filter((row) => /^\W*(?:19|20)\d{2}\W*$/u.test(row[0]?.text ?? ''))
  if (years.length < 2 || table.header.length < 2) return undefined
  const header = [table.header[0]!, ...table.rows.map((row) => row[0]!)]
  const rows = table.header.slice(1).map((h, k) => [h, ...table.rows.map((row) => row[k + 1] ?? textCell('', h.index))])
  return { ...table, header, rows }
}
