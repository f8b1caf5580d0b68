/**
 * A sentence that states a result whose operands stand in a table of the same text: a change of a
 * row between two of its years ("De lasten voor jeugdhulp stijgen in 2027 met € 85.000 ten opzichte
 * van 2026"), a total or a mean of a row over its years ("ontving in drie jaar bij elkaar 31.700
 * gasten"), or a total of a year column over the rows ("In 2027 hebben de drie speeltuinen samen
 * 490 leden"). The table may stand before or after the sentence, in its own unit (`x € 1.000`);
 * other years in the sentence (`kende in 2025 een natte zomer, maar …`) do not make it another sum
 * once the sentence counts the years it adds.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { add, cents, div, make, mul, sub, type Rational } from './exact-number.js'
import { approxHolds } from './approx-products.js'
import { dutchNumber, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { memoByText, SENTENCES } from './memo.js'
import { nounStem } from './unit-nouns.js'
import { cellTotal, dataRows, plainLabelRow, rowsListed, rowsNamed, yearColumns } from './table-row-names.js'
import { levelRows } from './level-rows.js'
import type { TextTable } from './text-tables.js'

const APPROX = String.raw`(?:(circa|ongeveer|ruim|bijna|zo['’]n|afgerond|rond)\s+)?`
// A size may be spelled (`daalde met tien`, `kwamen er zestien bij`); `een` is the article.
export const SPELLED = String.raw`(?<![\p{L}])(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\p{L}{3,}tien|\p{L}*tig|honderd)(?![\p{L}])`
const STATED = String.raw`${APPROX}(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent|procentpunt))`
// The size of a change, digits or spelled (a total or mean after `samen` is written in digits:
// a spelled word there counts the rows or years, `de drie speeltuinen samen`).
export const SIZE = String.raw`${APPROX}(€\s*)?(?<![\d.,])(${NUMBER}|${SPELLED})(?![\d.,]*\d)(?!\s*(?:%|procent|procentpunt))`
// A change: a verb of change with `met` and its size, or a noun of change with `van` and its size.
const MOVES = /\b(?:nam|namen|neemt|nemen|steeg|stegen|stijgt|stijgen|daalde|daalden|daalt|dalen|groeide|groeiden|groeit|groeien|gestegen|gedaald|gegroeid|toegenomen|afgenomen|loopt|liep|lopen|liepen|gaat|ging|gaan|gingen)\b/iu
const BY = new RegExp(String.raw`\bmet\s+${SIZE}`, 'iu')
const CHANGE_NOUN = new RegExp(String.raw`\b(?:stijging|daling|toename|afname|groei|verhoging|verlaging|teruggang|achteruitgang|vooruitgang)\s+(?:\p{L}+\s+){0,2}?van\s+${SIZE}`, 'iu')
// A change told as what came in or went out between the years: `kwamen er 16 meldingen bij`, `er
// zijn 40 leden bijgekomen`, `gingen er 12 plekken verloren`, `verdwenen er negen`. The size is
// the last number before the particle that is no year; nothing but words and years between.
const ARRIVED = new RegExp(String.raw`\b(?:kwam|kwamen|komt|komen|zijn|is|gingen|ging|gaan|gaat|verdwenen|verdween|verdwijnen|verdwijnt)\s+(?:er\s+)?(?:(?:[\p{L}-]+|(?:19|20)\d{2})\s+){0,5}?(?!(?:19|20)\d{2}\b)${SIZE}\s+(?:[\p{L}-]+\s+){0,3}?(?:bij|erbij|bijgekomen|af|eraf|verloren|weg|verdwenen)\b`, 'iu')
// A base other than the year before: `ten opzichte van de begroting`, `vergeleken met`, `dan`.
const OTHER_BASE = /\b(?:ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met|tegenover|dan|sinds)\b/iu
// A change against a year named apart: `Vergeleken met 2022 lag het aantal in 2024 225 hoger`.
const AGAINST_YEAR = /\b(?:vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|tegenover)\s+(?:19|20)\d{2}\b/iu
const HIGHER = new RegExp(String.raw`(?!(?:19|20)\d{2}\b)${SIZE}\s+(?:[\p{L}]+\s+)?(?:hoger|lager|meer|minder)\b`, 'iu')
// A gap named `verschil`: `Het verschil in aanvragen tussen 2022 en 2024 is 265`.
const GAP_NAMED = new RegExp(String.raw`\bverschil\b(?:[^.;\d]|(?:19|20)\d{2})*?\b(?:is|was|bedraagt|bedroeg|van)\s+${SIZE}`, 'iu')
// A change against another year: `€ 40.000 hoger dan in 2027`, `120 minder dan een jaar eerder`.
const COMPARED = new RegExp(String.raw`${SIZE}\s+(?:[\p{L}]+\s+)?(?:hoger|lager|meer|minder)\s+(?:[\p{L}]+\s+)?dan\s+(?:in\s+|over\s+)?(?=(?:19|20)\d{2}\b|het\s+jaar|vorig|een\s+jaar)`, 'iu')
// The word COMPARED cannot do without; most sentences lack it and are spared the pattern.
const THAN = /\sdan\s/iu
const YEAR_BEFORE = /\b(?:het\s+(?:jaar\s+)?(?:ervoor|daarvoor|voorgaande\s+jaar|vorige\s+jaar)|vorig\s+jaar|een\s+jaar\s+eerder|het\s+jaar\s+daarvoor)\b/iu
// A total: `samen`, `in totaal`, `opgeteld`, `bij elkaar`; a mean: `gemiddeld … per jaar`.
const TOTAL = /\b(?:samen|in\s+totaal|totaal|opgeteld|bij\s+elkaar|alles\s+bij\s+elkaar|cumulatief)\b/iu
// A total named by the span it covers instead of `samen`: `kost over drie jaar`, `loopt over
// de hele planperiode`, `over de looptijd`. Only of one row over its years.
const SPAN = /\bover\s+(?:de\s+)?(?:hele\s+|gehele\s+|volledige\s+)?(?:(?:\d{1,2}|\p{L}+)\s+)?(?:jaar|jaren|planperiode|looptijd|periode)\b/iu
const MEAN = /\bgemiddeld\b/iu
const DISTINCT = /\b(?:verschillende|unieke|uniek)\b/iu
const PER_YEAR = /\bper\s+jaar\b|\bjaarlijks\b|\bper\s+kalenderjaar\b/iu
// A share, a percentage or a rate after the number makes it another claim, and so does a level
// it moves from (`een afname van € 51.000 in 2026 tot € 33.000`): no size then.
const ELSEWHERE = /^\s*(?:[\p{L}-]+\s+)?(?:procent|procentpunt|%|per\s+(?!jaar\b))|^\s*(?:[\p{L}-]+\s+)?(?:in\s+(?:19|20)\d{2}\s+)?(?:naar|tot)\s+(?:€\s*)?\d/iu
const YEAR = /\b(?:19|20)\d{2}\b/gu
const RANGE = /\b((?:19|20)\d{2})\s*(?:-|–|—|t\/m|tot\s+en\s+met|tot)\s*((?:19|20)\d{2})\b|\btussen\s+((?:19|20)\d{2})\s+en\s+((?:19|20)\d{2})\b/iu
// A count of years: `de vier jaren`, `in 4 jaar`, `vier jaar lang`.
const YEAR_COUNT = /\b(\d{1,2}|\p{L}+)\s+(?:jaar|jaren)\b/giu
const ALL_YEARS = /\b(?:planperiode|looptijd|programmaperiode|periode)\b/iu
// A count of rows: `de drie speeltuinen`, `alle vijf wijken`.
const ROW_COUNT = /\b(?:de|alle|onze)\s+(\d{1,2}|\p{L}+)\s+\p{L}{4,}/giu
const ZERO: Rational = { n: 0n, d: 1n }
// Every stated number (matchAll works on a copy: the shared pattern keeps no position).
const STATED_ALL = new RegExp(STATED, 'giu')

export interface Read { stated: string; approx: boolean; index: number; euro: boolean; word?: string | undefined }

export const readStated = (m: RegExpExecArray, offset: number): Read => ({ stated: m[3] ?? '', approx: Boolean(m[1]), euro: Boolean(m[2]), index: offset + m.index + m[0].lastIndexOf(m[3] ?? ''), word: m[1]?.toLowerCase() })
// A spelled size is exact: its value is the word's, its rounding none.
const spelled = (stated: string): Rational | undefined => (/^\d/u.test(stated) ? undefined : countOf(stated) === undefined ? undefined : make(BigInt(countOf(stated)!), 1n))

/**
 * The claim a sentence makes about a table, if it names its operands clearly.
 *
 * @param table The table.
 * @param sentence The sentence (emphasis marks blanked).
 * @param at Offset of the sentence in the text.
 * @param elsewhere Whether the table stands in another part of the plan (a finance table): then
 * only one row named on its own and an amount in euros make the claim.
 * @param before The sentence before, in the same paragraph: its row names count when the sentence
 * names none and points back (`krijgen we hiervan in totaal …`).
 * @returns The claim as an equation, or none.
 */
export function tableSentenceClaim(table: TextTable, sentence: string, at: number, elsewhere = false, before?: string): Equation[] {
  const { years, moved, summed } = sentenceCues(sentence)
  if (!moved && !summed) return []
  const columns = yearColumns(table)
  if (moved) {
    // A change between the two year columns the sentence names (in either order); `het jaar
    // ervoor` names the year before the one it names.
    const named = [...new Set(years)].filter((y) => columns.has(y))
    if (named.length === 1 && years.length === 1 && YEAR_BEFORE.test(sentence) && columns.has(named[0]! - 1)) named.push(named[0]! - 1)
    // A table of two years only: a change that names no year is the one between them (`nam in een jaar met 132 toe`).
    if (years.length === 0 && columns.size === 2) named.push(...columns.keys())
    // Of two years, a change against one of them (`stijgen met … ten opzichte van 2026`) is to the other.
    if (named.length === 1 && years.length === 1 && columns.size === 2 && AGAINST_YEAR.test(sentence)) named.push(...[...columns.keys()].filter((y) => y !== named[0]))
    // So is one that names only the later of the two (`De lasten stijgen in 2027 met € 165.000`), unless it names another base.
    const [first, last] = [...columns.keys()].sort((p, q) => p - q)
    if (named.length === 1 && years.length === 1 && columns.size === 2 && named[0] === last && !OTHER_BASE.test(sentence)) named.push(first!)
    const named0 = rowsOf(table, sentence, before)
    const labelled = named0.length === 0 && !elsewhere ? plainLabelRow(table, sentence) : named0
    // No row named: the row that holds the sentence's own level in its year (`daalt naar 404`).
    const byLevel = labelled.length === 0 ? levelRows(table, sentence, moved.index + moved[0].lastIndexOf(moved[3] ?? ''), columns, money(table)) : []
    const rows = labelled.length > 0 ? labelled : byLevel
    if (named.length !== 2 || years.some((y) => !columns.has(y)) || rows.length === 0 || (elsewhere && !(rows.length === 1 && (moved[2] || byLevel.length > 0)))) return []
    const [from, to] = named.sort((p, q) => p - q) as [number, number]
    const a = cellTotal(table, rows.map((r) => [r, columns.get(from)!]))
    const b = cellTotal(table, rows.map((r) => [r, columns.get(to)!]))
    if (!a || !b) return []
    const gap = sub(b.value, a.value)
    // A fall is shown as the larger minus the smaller: the size is what the sentence states.
    const shown = gap.n < 0n ? `${group(a.shown)} − ${group(b.shown)}` : `${group(b.shown)} − ${group(a.shown)}`
    return judged(table, shown, gap.n < 0n ? sub(ZERO, gap) : gap, readStated(moved, at), a.count + b.count, elsewhere || money(table))
  }
  const { mean, span, cue, m, overRows } = summed!
  const stated = readStated(m, at + cue)
  if (overRows) return rowMean(table, sentence, stated, at, elsewhere, columns)
  // `Over de hele looptijd brengen de maatregelen bij elkaar € 610.000 op`: a sum over all years that names
  // no row and no other number of its own (`jaarlijks € 120.000; over de periode samen …` is a product)
  // is the sum of every row, the table's one total row.
  const ownRows = rowsOf(table, sentence, before)
  const alone = [...sentence.matchAll(STATED_ALL)].filter((x) => !isYear(x[3])).length === 1
  const rows = ownRows.length === 0 && alone && !mean && ALL_YEARS.test(sentence) && TOTAL.test(sentence) ? totalRow(table) : ownRows
  // Some rows the sentence lists by name, in the column it counts (`Oost en West telden samen 61 meldingen`)
  // or in the one year column it names (`In 2025 hadden Noord en Oost samen 407 deelnemers`): no other
  // year may name another column. The sentence's own names go before rows it borrows from the sentence before.
  const listed = rowsListed(table, sentence)
  const yearColumn = years.length === 1 ? columns.get(years[0]!) : undefined
  if (!mean && !span && !elsewhere && listed.length >= 2 && listed.length < dataRows(table).length && (columns.size === 0 ? years.length === 0 : yearColumn !== undefined)) {
    const k = yearColumn ?? countedColumn(table, dataRows(table), sentence.slice(stated.index - at))
    const sum = k === undefined ? undefined : cellTotal(table, listed.map((r) => [r, k]))
    return sum ? judged(table, sum.shown.join(' + '), sum.value, stated, sum.count, money(table)) : []
  }
  if ((elsewhere || span) && !(rows.length === 1 && (m[2] || !elsewhere))) return []
  if (rows.length === 1) {
    // A row over its years: the years the sentence counts, ranges or lists, or all of them.
    const span = spannedYears(sentence, table, columns, years)
    if (!span) return []
    const sum = cellTotal(table, span.map((y) => [rows[0]!, columns.get(y)!]))
    if (!sum) return []
    if (mean) return judged(table, `(${sum.shown.join(' + ')}) ÷ ${span.length}`, div(sum.value, make(BigInt(span.length), 1n)), stated, sum.count, elsewhere || money(table))
    return judged(table, sum.shown.join(' + '), sum.value, stated, sum.count, elsewhere || money(table))
  }
  const data = dataRows(table)
  // A year column over the rows the sentence counts (`de drie speeltuinen samen`).
  const counted = [...sentence.matchAll(ROW_COUNT)].map((c) => countOf(c[1] ?? ''))
  const named = years.filter((y) => columns.has(y))
  // Rows named by the word they all share (`de speeltuinen`) are the column's rows, not one row.
  if (mean || (rows.length > 0 && rows.length !== data.length) || !counted.includes(data.length)) return []
  // A table without years: the column the stated number counts, over all the rows the sentence counts
  // (`De drie maatregelen kosten samen € 1,16 miljoen` below a column `Kosten`).
  if (!elsewhere && columns.size === 0 && years.length === 0) {
    const k = countedColumn(table, data, sentence.slice(stated.index - at))
    const whole = k === undefined ? undefined : cellTotal(table, data.map((r) => [r, k]))
    return whole ? judged(table, whole.shown.join(' + '), whole.value, stated, whole.count, money(table)) : []
  }
  if (named.length !== 1 || years.length !== 1) return []
  const sum = cellTotal(table, data.map((r) => [r, columns.get(named[0]!)!]))
  return sum ? judged(table, sum.shown.join(' + '), sum.value, stated, sum.count, elsewhere || money(table)) : []
}

// The noun of a table's label column, named in the singular by a mean over its rows (`een wijk` for `Wijk`).
const LABEL_NOUN = /^[\W_]*([\p{L}-]{3,})[\W_]*$/u
const ONE_OF = /\b(?:een|per|elke|ieder|iedere)\s+(\p{L}{3,})/giu

/** A mean over the data rows of a table without years, whose label column the sentence names (`Gemiddeld krijgt een wijk …`). */
function rowMean(table: TextTable, sentence: string, stated: Read, at: number, elsewhere: boolean, columns: Map<number, number>): Equation[] {
  const noun = LABEL_NOUN.exec(table.header[0]?.text ?? '')?.[1]
  const data = dataRows(table)
  if (elsewhere || columns.size > 0 || !noun || data.length < 3 || rowsOf(table, sentence, undefined).length > 0) return []
  // The noun in the singular after `een`, `per`, `elke`: any one row, not some rows (`de drie wijken buiten Noord`).
  if (![...sentence.matchAll(ONE_OF)].some((w) => nounStem(w[1] ?? '') === nounStem(noun))) return []
  const k = countedColumn(table, data, sentence.slice(stated.index - at))
  const sum = k === undefined ? undefined : cellTotal(table, data.map((r) => [r, k]))
  return sum ? judged(table, `(${sum.shown.join(' + ')}) ÷ ${data.length}`, div(sum.value, make(BigInt(data.length), 1n)), stated, sum.count, money(table)) : []
}

// The column a stated number counts: the table's one column of numbers, else the one whose header
// names the noun after the number (`4.150 bewoners` beside `Bewoners` and `Deelnemers`).
function countedColumn(table: TextTable, data: number[], from: string): number | undefined {
  // A column of percentages (`Aandeel`) is counted by no total.
  const numeric = table.header.map((_, k) => k).filter((k) => k > 0 && data.every((r) => table.rows[r]?.[k]?.value !== undefined && !table.rows[r]?.[k]?.percent))
  if (numeric.length === 1) return numeric[0]
  // The noun may follow the whole it is part of: `38 van de 93 ongevallen`.
  const noun = /^[\d.,]+\s+(?:van\s+(?:de|het|alle)\s+[\d.,]+\s+)?([\p{L}-]{4,})/u.exec(from)?.[1]
  const named = noun ? numeric.filter((k) => nounStem(table.header[k]?.text.trim().split(/\s+/u)[0] ?? '') === nounStem(noun)) : []
  return named.length === 1 ? named[0] : undefined
}

/** What a sentence says whatever the table: the years it names and the claim it makes. */
export interface SentenceCues {
  years: number[]
  /** A change and its size (the match of a change pattern: approximation, euro sign, size). */
  moved?: RegExpExecArray
  /** Else a total or mean: whether a mean, whether named by a span, the cue's offset, and the stated number after it (matched after the cue). */
  summed?: { mean: boolean; span: boolean; cue: number; m: RegExpExecArray; overRows?: boolean }
}

// A sentence is held against every table near it and every finance table of the plan, and its
// patterns (the change patterns above all) cost far more than the table's part: read it once.
export const sentenceCues = memoByText((sentence: string): SentenceCues => {
  const years = [...sentence.matchAll(YEAR)].map((m) => Number(m[0]))
  const change = MOVES.test(sentence) ? BY.exec(sentence) : null
  const moved = change ?? CHANGE_NOUN.exec(sentence) ?? (THAN.test(sentence) ? COMPARED.exec(sentence) : null) ?? ARRIVED.exec(sentence) ?? GAP_NAMED.exec(sentence) ?? (AGAINST_YEAR.test(sentence) ? HIGHER.exec(sentence) : null)
  if (moved && !ELSEWHERE.test(sentence.slice(moved.index + moved[0].length))) return { years, moved }
  const mean = MEAN.test(sentence) && PER_YEAR.test(sentence)
  // `verschillende` or `unieke` persons over years are no sum of the yearly counts.
  const total = DISTINCT.test(sentence) ? null : TOTAL.exec(sentence)
  // `Gemiddeld krijgt een wijk € …` without a year: a mean over the rows of a table without years.
  if (!mean && !total && MEAN.test(sentence) && years.length === 0) {
    const cue = MEAN.exec(sentence)!
    const m = [...sentence.slice(cue.index).matchAll(STATED_ALL)][0]
    return m && !ELSEWHERE.test(sentence.slice(cue.index + m.index + m[0].length)) ? { years, summed: { mean: true, span: false, cue: cue.index, m, overRows: true } } : { years }
  }
  // A span with an amount per year after it (`over vier jaar € 35.000 per jaar`) names no total.
  const span = mean || total || PER_YEAR.test(sentence) || DISTINCT.test(sentence) ? null : SPAN.exec(sentence)
  if (!mean && !total && !span) return { years }
  const cue = mean ? MEAN.exec(sentence)! : (total ?? span)!
  // After a span, the first number that is no year (`over de periode 2028-2031 … € 93.000`).
  const after = [...sentence.slice(cue.index).matchAll(STATED_ALL)].find((x) => !(span && isYear(x[3])))
  const m = after && !isYear(after[3]) ? after : null
  if (!m || ELSEWHERE.test(sentence.slice(cue.index + m.index + m[0].length))) return { years }
  return { years, summed: { mean, span: Boolean(span), cue: cue.index, m } }
}, SENTENCES)

// The years a row total covers: a range of columns, a list of columns, a count of years equal to
// the table's year columns, or the whole period. Any other year then only places the sentence.
// All columns count only when they are alike: beside `Rekening 2025` and `Begroting 2026` the
// years of a period are not all the columns.
function spannedYears(sentence: string, table: TextTable, columns: Map<number, number>, years: number[]): number[] | undefined {
  const alike = [...columns.values()].every((k) => isYear(table.header[k]?.text.replace(/[*\s]/gu, '')))
  const all = alike ? [...columns.keys()].sort((p, q) => p - q) : []
  const range = RANGE.exec(sentence)
  if (range) {
    const [from, to] = [Number(range[1] ?? range[3]), Number(range[2] ?? range[4])]
    const span = [...columns.keys()].filter((y) => y >= from && y <= to)
    return columns.has(from) && columns.has(to) && span.length === to - from + 1 ? span : undefined
  }
  const counts = [...sentence.matchAll(YEAR_COUNT)].map((c) => countOf(c[1] ?? '')).filter((c) => c !== undefined)
  if (counts.length > 0) return counts.length === 1 && all.length > 0 && counts[0] === all.length ? all : undefined
  const listed = [...new Set(years)]
  if (listed.length >= 2) return listed.every((y) => columns.has(y)) ? listed : undefined
  return listed.length === 0 && (ALL_YEARS.test(sentence) || MEAN.test(sentence)) && all.length >= 2 ? all : undefined
}

// A sentence that points back (`daaruit`, `hiervan`, `ervan`) speaks of what the sentence before named.
const BACK = /\b(?:daar|hier)(?:uit|van|voor|mee|aan)\b|\ber(?:uit|van)\b/iu
// The rows a sentence names, or when it names none and points back, the rows of the sentence before.
// The sentence before also lends its rows to a sentence with no subject of its own before its
// number (`Van 2024 op 2025 kwamen er 1.200 bezoekers bij`): a `de`/`het` noun there is a subject.
export function rowsOf(table: TextTable, sentence: string, before: string | undefined): number[] {
  const own = rowsOrTotal(table, sentence)
  if (own.length > 0 || before === undefined) return own
  const first = [...sentence.matchAll(/(?:€\s*)?\d[\d.,]*/gu)].find((m) => !isYear(m[0]))?.index ?? sentence.length
  return BACK.test(sentence) || !SUBJECT.test(sentence.slice(0, first)) ? rowsOrTotal(table, before) : []
}
const SUBJECT = /\b(?:de|het|deze|dit|die|dat)\s+\p{L}{3,}/iu
// `De totale uitgaven`, `het totaal`: the table's one total row, when a sentence names no row of its own.
const WHOLE = /\b(?:de|het)\s+totale?\b/iu
function rowsOrTotal(table: TextTable, sentence: string): number[] {
  const own = rowsNamed(table, sentence)
  if (own.length > 0 || !WHOLE.test(sentence)) return own
  return totalRow(table)
}
// The table's one row labelled as its total, if it has exactly one.
function totalRow(table: TextTable): number[] {
  const totals = table.rows.map((row, r) => (/^[\W_]*totaal\b/iu.test(row[0]?.text ?? '') ? r : -1)).filter((r) => r >= 0)
  return totals.length === 1 ? totals : []
}
export const money = (table: TextTable): boolean => (table.factor ?? 1) > 1 || [table.header, ...table.rows].some((row) => row.some((c) => c.text.includes('€')))
const countOf = (word: string): number | undefined => (/^\d+$/u.test(word) ? Number(word) : parseNumberWord(word.toLowerCase()))
const isYear = (text: string | undefined): boolean => /^(?:19|20)\d{2}$/u.test(text ?? '')
const group = (shown: string[]): string => (shown.length > 1 ? `(${shown.join(' + ')})` : shown[0] ?? '')

/**
 * The claim against the computed value, in the table's unit or in units (`€ 85.000` beside a table
 * in thousands: 85), whichever the stated number is nearer; a claim more than twice off is about
 * something else. The table's rounding (half a step per cell) and the number's own count.
 */
export function judged(table: TextTable, expression: string, computed: Rational, read: Read, cells: number, inEuros: boolean): Equation[] {
  // An amount in euros is about a table of money: a finance table, one in thousands, or with euros in its cells.
  if (read.euro && !inEuros) return []
  if (!/^\d/u.test(read.stated) && !spelled(read.stated)) return []
  const value = spelled(read.stated) ?? dutchNumber(read.stated)
  const factor = make(BigInt(table.factor ?? 1), 1n)
  const scaled = mul(computed, factor)
  const off = (c: Rational): Rational => { const d = sub(c, value); return d.n < 0n ? sub(ZERO, d) : d }
  const useScale = table.factor !== undefined && sub(off(scaled), off(computed)).n < 0n
  const result = useScale ? scaled : computed
  if (sub(value, mul(result, make(2n, 1n))).n > 0n || sub(result, mul(value, make(2n, 1n))).n > 0n) return []
  const eq = proseEquation(useScale ? `${expression} (x ${table.factor === 1_000_000 ? '€ 1 mln' : '€ 1.000'})` : expression, result, { text: read.stated, value, index: read.index }, read.approx)
  // A rounding word allows what it allows in any sentence (`ruim` above, `bijna` below, as far as the digits
  // written say: approxHolds); cells rounded in the table's unit add half a step each.
  const cellSlack = useScale ? mul(make(BigInt(cells), 2n), factor) : ZERO
  const wordSlack = read.word && approxHolds(read.word, cents(result), { kind: 'num', value, text: read.stated, approx: true, index: read.index }) ? off(result) : ZERO
  const own = spelled(read.stated) ? ZERO : rounding(read.stated, read.approx)
  const tolerance = [own, wordSlack].reduce((p, q) => (sub(p, q).n > 0n ? p : q))
  return [{ ...eq, tolerance: add(tolerance, cellSlack) }]
}
