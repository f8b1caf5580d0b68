/**
 * A figure in prose that a table of the plan states itself. Authors write a figure twice, in a
 * table and in the text, and change only one of them: `De schuldhulp had in 2025 een wachttijd van
 * 33 dagen` beside a kengetallen row `Wachttijd schuldhulp (dagen) | 41 | 37 |`, or `voor de
 * buurtconciërge rekenen we € 61.000 per jaar` beside a cost row `Buurtconciërge | 56 | 56 | 56 |`
 * in a table `x € 1.000` elsewhere in the plan. The prose names one row (by its label words, also
 * in the sentence before), and one column: the year it names (or the one year of the sentence
 * before), any year of a row that is the same every year, or the only number column, or the
 * column whose header the sentence names. The figure must be of the table's kind (euros beside a
 * money table, a percentage beside percentages, a count whose noun or unit names the row or the
 * column), and it must be the level itself: a change, a part, a bound, a target, an amount per
 * month or extra is another figure. The cell's rounding in the table's unit and the figure's own
 * rounding (wider after `ongeveer`) are allowed; a figure more than twice off is about something else.
 */

import type { FinTabel } from '@kapstok/core'
import { NUMBER } from './amount-change.js'
import { withoutEmphasis } from './emphasis.js'
import { make, mul } from './exact-number.js'
import { memoByText, SENTENCES } from './memo.js'
import { finTextTable } from './fin-text-table.js'
import { beyond, type Equation } from './onderbouwing.js'
import { judged, money, rowsOf, SPELLED } from './table-sentence-claims.js'
import { yearColumns } from './table-row-names.js'
import { textTables, type TextCell, type TextTable } from './text-tables.js'
import { paragraphSentences } from './text.js'
import { nounStem } from './unit-nouns.js'

const APPROX = String.raw`(?:(circa|ongeveer|ruim|bijna|zo['’]n|afgerond|rond)\s+)?`
// A figure: a rounding word, a euro sign, digits (with `miljoen`) or a spelled count, a percent sign.
const FIGURE = new RegExp(String.raw`${APPROX}(€\s*)?(?<![\d.,])(${NUMBER}|${SPELLED})(?![\d.,]*\d)(\s*(?:%|procent\b))?`, 'giu')
// A sentence that states something else than the level: a change, a part, a target or an
// expectation, a total or a mean over rows or years, a comparison.
const OTHER_CLAIM = /\b(?:toename|afname|ten\s+opzichte|t\.o\.v|vergeleken|bovenop|daarvan|waarvan|hiervan|deels|gedeeltelijk|deel|elk|elke|ieder|iedere|onder\s+(?:meer|andere)|waaronder|inclusief|exclusief|willen|wil|streven|streeft|ambitie\p{L}*|doel|doelen|doelstelling\p{L}*|beogen|beoogd\p{L}*|verwacht\p{L}*|prognose|samen(?!\s+met\b)|totaal|opgeteld|cumulatief|helft|kwart|derde|vijfde|zesde|achtste|tiende|verschil|tussen|ruim\s+boven|onder\s+de)\b|\b(?:meer|minder|hoger|lager|groter|kleiner)\s+dan\b|^\s*van\s+(?:de|het|alle)\b|\bnaar\s+(?:€\s*)?\d|\bvan\s+(?:het|de|dit|dat)\s+(?:[\p{L}-]+\s+)?(?:budget|bedrag|kosten|geld|subsidie)\b/iu
// A verb of change makes a figure after `met`, `van`, `naar` or `tot` its size or one of its levels
// (`stijgt met € 15.000`, `daalt van 41 naar 37 dagen`); a level beside it stays one (`De bijdrage
// (€ 135.000) stijgt mee met de lonen`).
const CHANGE_VERB = /\b(?:stijg\p{L}*|steeg|stegen|daal\p{L}*|daalde\p{L}*|gedaald|groei\p{L}*|toe\s*nemen|neemt\s+toe|nam\s+toe|namen\s+toe|verhog\p{L}*|verlag\p{L}*|loopt\s+op|liep\s+op|terug\s*(?:gebracht|brengen))\b/iu
const CHANGE_BEFORE = /\b(?:met|van|naar|tot)\s*$/iu
const SCOPE = /\b(?:gemiddeld\p{L}*|extra|aanvullend\p{L}*)\b/giu
// A stand on a day (`op 1 januari 2027`, `per 31-12`) is a stock: beside a table of yearly flows
// (the withdrawals from a reserve) it is another figure, and a column of stands on a day
// (`Boekwaarde 1-1-2027`) holds no flow of that year.
const DAY = /\b\d{1,2}(?:\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|[-/]\d{1,2}[-/])/iu
// What before a figure makes it a bound (`maximaal € 7.500`, `tot 40 deelnemers`).
const BOUND_BEFORE = /\b(?:tot|maximaal|minimaal|minstens|ten\s+minste|tenminste|hooguit|hoogstens|maximum|minimum|boven|onder|circa\s+tot|vanaf|à|x|×|maal|elk|per)\s*$/iu
// What after a figure makes it a rate or a factor (`€ 92.000 per fte`, `12 x`), not a level; an
// amount per year is the level of a yearly table.
// A figure with a comparison after it (`300 boven de norm`, `40 leden meer`) is a gap, not a level.
const COMPARED_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:boven|onder|hoger|lager|meer|minder|extra|erbij|achter|voor\s+op)\b/iu
const LITTLE = /^(?:in|op|aan|voor|van|met|uit|bij|naar|boven|onder|over|tot|per|en|of|is|zijn|was|waren|meer|minder|hoger|lager|extra|erbij|af|mee|dan|te|als|ofwel|oftewel)$/iu
const RATE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:per\s+(?!jaar\b)|x\b|×|maal\b|keer\b|à\b)/iu
// Unit words a count may be written in, by the abbreviation a table uses.
const UNIT_NAMES: Record<string, string[]> = { ha: ['hectare', 'ha'], km: ['kilometer', 'km'], m2: ['vierkante', 'm²', 'm2'], 'm²': ['vierkante', 'm²', 'm2'], fte: ['fte'], uur: ['uur', 'uren'], dagen: ['dagen', 'dag'], weken: ['weken', 'week'], ton: ['ton'], kg: ['kilo', 'kg'] }
const UNIT_WORDS = new Set(Object.values(UNIT_NAMES).flat().concat(['meter', 'meters', 'liter', 'kuub', 'strekkende']))
// Little words and verbs that may follow a unit without naming a kind (`33 dagen in 2025`, `12 ha is`).
const LINK_WORDS = /^(?:voor|over|door|naar|onder|boven|zijn|waren|werd|werden|wordt|worden|heeft|hebben|bedraagt|bedroeg|groot|lang|breed|extra|per|gemiddeld|ongeveer|minder|meer|totaal|samen|lang|beschikbaar)$/iu
const WORD = /[\p{L}²][\p{L}²\d-]*/gu
const NEAR = 1500
const HUNDRED = make(100n, 1n)

/**
 * Every figure in prose that a table of the text, or a finance table of the plan, states differently.
 *
 * @param text A prose text with its tables (a section).
 * @param finance The plan's finance tables, which a sentence may cite from another section (optional).
 * @returns The claims as equations (the cell against the figure), with the cell's and the figure's rounding as tolerance.
 */
export function tableLevels(text: string, finance: FinTabel[] = []): Equation[] {
  const tables = text.includes('|') ? textTables(text) : []
  const elsewhere = finance.map(finTextTable)
  if (tables.length === 0 && elsewhere.length === 0) return []
  const out: Equation[] = []
  for (const paragraph of paragraphSentences(text).map((p) => p.flatMap(listItems))) {
    paragraph.forEach((s, k) => {
      const sentence = withoutEmphasis(s.text)
      if (sentence.includes('|') || OTHER_CLAIM.test(sentence)) return
      const previous = paragraph[k - 1]?.text
      const start = (t: TextTable): number => t.header[0]?.index ?? 0
      const end = (t: TextTable): number => Math.max(...(t.rows.at(-1) ?? t.header).map((c) => c.index + c.text.length))
      const near = tables.filter((t) => (start(t) > s.index ? start(t) - (s.index + sentence.length) <= NEAR : s.index - end(t) <= NEAR))
      const own = near.map((t) => levelClaim(t, sentence, s.index, false, previous)).filter((c) => c.length > 0)
      // A table of another section holds the figure only when it is the one table that names it.
      const cited = own.length > 0 ? [] : elsewhere.map((t) => levelClaim(t, sentence, s.index, true, previous)).filter((c) => c.length > 0)
      const found = own.length === 1 ? own[0] : cited.length === 1 ? cited[0] : undefined
      // Only a figure the table contradicts is kept: one that agrees proves nothing about the
      // sentence's own arithmetic, and as a reading it would take the number from the fallback.
      if (found) out.push(...found.filter((e) => beyond(e.computed, e.stated, e.tolerance)))
    })
  }
  return out
}

// A list is one sentence to the splitter; each of its items names its own row (`- buurtwerk: € 40.000;`).
function listItems(s: { index: number; text: string }): Array<{ index: number; text: string }> {
  const starts = [0, ...[...s.text.matchAll(/\n[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gu)].map((m) => m.index + m[0].length)]
  return starts.map((from, i) => ({ index: s.index + from, text: s.text.slice(from, i + 1 < starts.length ? starts[i + 1] : undefined) }))
}

/**
 * The level a sentence states of one cell of a table, if it names the row and the column clearly
 * and writes one figure of the table's kind.
 *
 * @param table The table.
 * @param sentence The sentence (emphasis blanked).
 * @param at Offset of the sentence in the text.
 * @param elsewhere Whether the table stands in another section (then only euros and a row named by the sentence itself).
 * @param previous The sentence before in the paragraph, which may name the row or the year.
 * @returns The cell against the figure, or none.
 */
function levelClaim(table: TextTable, sentence: string, at: number, elsewhere: boolean, previous?: string): Equation[] {
  const figures = figuresOf(sentence).filter((f) => fits(table, f))
  if (figures.length !== 1) return []
  const figure = figures[0]!
  if (elsewhere && !figure.euro) return []
  if (elsewhere && !money(table)) return []
  const named = rowsFor(table, sentence, previous, figure.euro)
  if (!named) return []
  const { row } = named
  // A mean or an extra amount is another figure than a row's level, unless the row is itself one
  // (`Gemiddelde wachttijd`, `Extra handhaver centrum`).
  const scope = [...sentence.matchAll(SCOPE)].map((m) => m[0].toLowerCase().slice(0, 5))
  if (scope.some((w) => !(row[0]?.text ?? '').toLowerCase().includes(w))) return []
  const column = columnOf(table, row, sentence, previous, figure)
  if (column !== undefined && DAY.test(sentence) !== DAY.test(table.header[column]?.text ?? '')) return []
  const cell = column === undefined ? undefined : row[column]
  if (!cell?.value || (figure.noun !== undefined && !namesMeasure(table, row, column!, figure.noun))) return []
  if (figure.kind !== undefined && !namesMeasure(table, row, column!, figure.kind, false)) return []
  const percent = figure.percent
  if (percent !== (cell.percent || unitIsPercent(table, row, column!))) return []
  const computed = cell.percent ? mul(cell.value, HUNDRED) : cell.value
  const label = (row[0]?.text ?? '').replace(/[*_]/gu, '').trim()
  const head = table.header[column!]?.text.replace(/[*_]/gu, '').trim()
  const shown = `tabel: ${label}${head ? `, ${head}` : ''}: ${cell.text.replace(/\*\*/gu, '')}`
  const read = { stated: figure.stated, approx: figure.approx, index: at + figure.index, euro: figure.euro }
  // A percentage is compared in points, not in the table's unit of money.
  const unitTable: TextTable = percent ? { header: table.header, rows: table.rows, scaled: false } : table
  const claim = judged(unitTable, shown, computed, read, 1, elsewhere || money(table))
  // A figure that another cell of the row or the column gives (the total row, another year) is that
  // cell's: the sentence names the row or the year loosely (`in Veldhoven` for the whole gemeente
  // beside a row for its main kern), not a wrong figure.
  // A column chosen by a year (the sentence's, or the one of the sentence before) is that year's.
  const dated = [...yearsIn(sentence), ...(previous === undefined ? [] : yearsIn(previous))].some((y) => (table.header[column!]?.text ?? '').includes(String(y)))
  const others = [...table.rows.map((r) => r[column!]), ...(dated ? [] : row)].filter((c): c is TextCell => c !== undefined && c !== cell && c.value !== undefined && c.percent === cell.percent)
  const held = others.some((c) => judged(unitTable, '', c.percent ? mul(c.value!, HUNDRED) : c.value!, read, 1, elsewhere || money(table)).some((e) => !beyond(e.computed, e.stated, e.tolerance)))
  return held ? [] : claim
}

interface Figure { stated: string; approx: boolean; euro: boolean; percent: boolean; index: number; noun?: string; kind?: string }

// The figures of a sentence that may be a level: no years, rates, factors or bounds.
// Read once per sentence: each table near it, and each finance table of the plan, asks again.
// (Callers only read them.)
const figuresOf = memoByText(readFigures, SENTENCES)

function readFigures(sentence: string): Figure[] {
  const out: Figure[] = []
  const changes = CHANGE_VERB.test(sentence)
  for (const m of sentence.matchAll(FIGURE)) {
    const stated = m[3] ?? ''
    const after = sentence.slice(m.index + m[0].length)
    const before = sentence.slice(0, m.index)
    if (/^(?:19|20)\d{2}$/u.test(stated) && !m[2]) continue
    // A whole with its parts after a colon (`319 mensen: 258 naar …, 61 naar …`) is split, not restated.
    if (/^[^.;:]*:\s*(?:€\s*)?\d/u.test(after)) continue
    if ((changes && CHANGE_BEFORE.test(before)) || RATE_AFTER.test(after) || COMPARED_AFTER.test(after) || BOUND_BEFORE.test(before) || /^\s*(?:en|of|à|-|–|tot)\s+(?:€\s*)?\d/u.test(after)) continue
    // A code or a number in a name (`paragraaf 3`, `artikel 227`) is no figure.
    if (/\b(?:paragraaf|hoofdstuk|artikel|bijlage|tabel|figuur|actie|doel|nr\.?|nummer|fase|groep|klas|niveau)\s*$/iu.test(before)) continue
    const euro = Boolean(m[2]) || /^\s*euro\b/iu.test(after)
    const percent = Boolean(m[4])
    // `58% van de projecten` is a share of a whole the sentence names: percentage-claim-check's.
    if (percent && /^\s*van\s+(?:de|het|alle|onze)\b/iu.test(after)) continue
    const words = euro || percent ? undefined : /^\s*([\p{L}²][\p{L}²-]*)(?:\s+([\p{L}][\p{L}-]*))?/u.exec(after)
    // A counted noun, not a little word (`300 boven de norm`, `40 meer dan`): those compare.
    const noun = words?.[1] !== undefined && !LITTLE.test(words[1]) ? words[1] : undefined
    // A unit with a noun after it counts a kind (`380 meter notulen`, `3 hectare bos`): a part
    // of the row unless that noun names it too.
    const kind = noun !== undefined && UNIT_WORDS.has(noun.toLowerCase()) && words?.[2] !== undefined && words[2].length >= 4 && !LINK_WORDS.test(words[2]) ? words[2] : undefined
    out.push({ stated, approx: Boolean(m[1]), euro, percent, index: m.index + m[0].lastIndexOf(stated), ...(noun ? { noun } : {}), ...(kind ? { kind } : {}) })
  }
  return out
}

// Whether a figure is of the kind the table holds: euros beside money, a count beside counts (in
// a money table only a count its header names: `318 aanslagen` beside a column `Aanslagen`).
function fits(table: TextTable, f: Figure): boolean {
  if (f.euro) return money(table)
  if (f.percent) return true
  if (f.noun === undefined) return false
  return !money(table) || table.header.some((h) => headerWords(h.text).some((w) => nameIn([nounStem(f.noun!)], w)))
}

// Words that point back to what the sentence before named (`deze functie`, `daarvoor`).
const POINTS_BACK = /\b(?:deze|die|dit|dat|daar\p{L}+|hier\p{L}+|er(?:voor|mee|van|aan))\b/iu

// The row a sentence names, or the one of the sentence before when it names none, points back
// and the sentence before gives no figure of its own (then the figure here continues that one:
// `In de kelder liggen 380 meter notulen. Voor die 380 meter …`). The row must be named by most of
// its label, not by one word of a long one (`budget` does not name `Vast budget groenonderhoud
// wijken`), and a qualifier in brackets (`Brakelhof (kern)`) must be named too.
function rowsFor(table: TextTable, sentence: string, previous: string | undefined, euro: boolean): { row: TextCell[]; by: string } | undefined {
  let rows = rowsOf(table, sentence, undefined)
  let by = sentence
  if (rows.length === 0 && previous !== undefined && POINTS_BACK.test(sentence) && !figuresOf(previous).some((f) => fits(table, f))) {
    rows = rowsOf(table, previous, undefined)
    by = previous
  }
  // An amount that names no row but a column (`netto`, not a unit like `meter`) is the column's total.
  if (rows.length === 0 && euro && !namesAnyRow(table, sentence) && table.header.some((h, k) => k > 0 && headerWords(h.text).some((w) => !GENERIC_HEAD.test(w) && !UNIT_WORDS.has(w) && nameIn(wordStems(sentence), w)))) rows = totalRows(table)
  const row = rows.length === 1 ? table.rows[rows[0]!] : undefined
  if (!row) return undefined
  const label = (row[0]?.text ?? '').replace(/[*_]/gu, '')
  // A total row the sentence names as `de totale …` has no words of its own to cover.
  if (/^\W*totaal\b/iu.test(label)) return { row, by }
  const stems = wordStems(by)
  const words = headerWords(label)
  const covered = words.filter((w) => nameIn(stems, w)).length
  const qualifiers = [...label.matchAll(/\(([^()]*\p{L}[^()]*)\)/gu)].map((m) => m[1]!.trim().toLowerCase()).filter((q) => !isUnit(q))
  // Or by its head alone, the first word that says what the row counts (`de meldingen` for
  // `Meldingen buitenruimte`), when no other row shares it and it is no word of every budget.
  const head = words[0] !== undefined && words[0].length >= 6 && !GENERIC_HEAD.test(words[0]) && nameIn(stems, words[0]) && table.rows.filter((r) => headerWords(r[0]?.text ?? '')[0] === words[0]).length === 1
  if (!head && (covered < Math.min(2, words.length) || covered * 2 < words.length)) return undefined
  if (qualifiers.some((q) => !headerWords(q).some((w) => nameIn(stems, w)))) return undefined
  return { row, by }
}

// Whether a sentence names a word of any data row (then its rows were unclear, not unnamed).
const namesAnyRow = (table: TextTable, sentence: string): boolean => {
  const stems = wordStems(sentence)
  return table.rows.some((r) => !/^[\W_]*totaal\b/iu.test(r[0]?.text ?? '') && headerWords(r[0]?.text ?? '').some((w) => nameIn(stems, w)))
}

// Header words too common to name a column on their own.
const GENERIC_HEAD = /^(?:kosten|lasten|baten|budget|bedrag|bedragen|raming|begroting|rekening|saldo|stand|realisatie|aandeel|percentage|reserve|structureel|incidenteel|regulier|bijdrage|subsidie|uitgaven|inkomsten|opbrengst|opbrengsten|gemiddelde)$/iu
const totalRows = (table: TextTable): number[] => {
  const totals = table.rows.map((r, k) => (/^[\W_]*totaal\b/iu.test(r[0]?.text ?? '') ? k : -1)).filter((k) => k >= 0)
  return totals.length === 1 ? totals : []
}

// A bracket that gives a unit (`(dagen)`, `(ha)`, `(x € 1.000)`, `(%)`) qualifies no row.
const isUnit = (q: string): boolean => q in UNIT_NAMES || /%|€|\bx\b|procent|aantal|euro|^[\p{L}²]{1,4}$/u.test(q)

// The column a sentence reads: its year, the year of the sentence before, any year of a row that
// is the same every year, the one number column, or the column whose header it names.
function columnOf(table: TextTable, row: TextCell[], sentence: string, previous: string | undefined, figure: Figure): number | undefined {
  const years = yearColumns(table)
  if (years.size > 0) {
    const named = yearsIn(sentence)
    if (named.length > 1) return undefined
    if (named.length === 1) return years.get(named[0]!)
    const before = previous === undefined ? [] : yearsIn(previous)
    if (before.length === 1 && yearsIn(sentence).length === 0) return years.get(before[0]!)
    const cells = [...years.values()].map((k) => row[k]?.value)
    const flat = cells.every((v) => v !== undefined && cells[0] !== undefined && v.n * cells[0].d === cells[0].n * v.d)
    return flat && yearsIn(sentence).length === 0 ? [...years.values()][0] : undefined
  }
  if (yearsIn(sentence).some((y) => !table.header.some((h) => h.text.includes(String(y))))) return undefined
  // Columns of numbers of the figure's kind: a percentage column is no column of amounts.
  const numeric = table.header.map((_, k) => k).filter((k) => k > 0 && table.rows.every((r) => r[k]?.value !== undefined || /^[\s*_-]*$/u.test(r[k]?.text ?? '')) && table.rows.some((r) => r[k]?.value !== undefined && Boolean(r[k]?.percent) === figure.percent))
  if (numeric.length === 1) return numeric[0]
  const stems = wordStems(`${sentence} ${figure.noun ?? ''}`)
  const named = numeric.filter((k) => headerWords(table.header[k]?.text ?? '').some((w) => nameIn(stems, w)))
  return named.length === 1 ? named[0] : undefined
}

// A counted noun names the measure when it names the column's header, the row's label or a unit
// either gives in brackets (`Wachttijd (dagen)`, `Uitgeefbaar (ha)`); in a table of years, where
// the row is the measure, any noun is the row's.
function namesMeasure(table: TextTable, row: TextCell[], column: number, noun: string, anyInYears = true): boolean {
  const words = [...headerWords(table.header[column]?.text ?? ''), ...headerWords(row[0]?.text ?? ''), ...headerWords(table.header[0]?.text ?? '')]
  const units = [table.header[column]?.text ?? '', row[0]?.text ?? '', ...row.slice(1, column).map((c) => c.text)].flatMap((t) => [...t.matchAll(/\(([^()]+)\)|^\s*([\p{L}²]+)\s*$/gu)].map((m) => (m[1] ?? m[2] ?? '').trim().toLowerCase()))
  const stem = nounStem(noun)
  if (words.some((w) => nameIn([stem], w)) || units.some((u) => (UNIT_NAMES[u] ?? [u]).some((n) => nounStem(n) === stem))) return true
  return anyInYears && yearColumns(table).size > 0 && !money(table)
}

const unitIsPercent = (table: TextTable, row: TextCell[], column: number): boolean => [table.header[column]?.text ?? '', row[0]?.text ?? '', ...row.slice(1, column).map((c) => c.text)].some((t) => /%|procent/u.test(t))
const yearsIn = (text: string): number[] => [...new Set([...text.matchAll(/\b(?:19|20)\d{2}\b/gu)].map((m) => Number(m[0])))]
const wordStems = (text: string): string[] => [...text.matchAll(WORD)].map((m) => nounStem(m[0]))
const headerWords = (text: string): string[] => [...text.replace(/\([^()]*\)/gu, ' ').matchAll(WORD)].map((m) => m[0].toLowerCase()).filter((w) => w.length >= 4 && !/^(?:totaal|aantal|bedrag|euro|jaar)$/u.test(w))
// A sentence word names a header word by its stem, or as a compound ending in it (`spoedaanvragen`, `aanvragen`).
const nameIn = (stems: string[], word: string): boolean => {
  const stem = nounStem(word)
  return stems.some((s) => s === stem || (stem.length >= 5 && s.endsWith(stem)) || (s.length >= 5 && stem.endsWith(s)))
}
