/**
 * A share said of a table of the section with a total row, where the sentence gives no pair of its
 * own: the part is one cell (or the sum of two) of the row the sentence names, the whole is the
 * matching cell of the total row or the row's total column.
 *
 * - `Op Veldhoek valt bijna de helft van alle wedstrijden`: the row `Veldhoek` (its label, or a name
 *   in another cell that only this row has: `Speeltuin De Eekhoorn`), the column whose header names
 *   the share's noun by stem or compound head (`Wedstrijden 2025`), over the total row's cell;
 * - `Kerkstede is het kleinste dorp. Daar woont een tiende van de inwoners.`: the row named in the
 *   sentence before, when the sentence names none and points back;
 * - `In Veldzicht is koop bijna negen op de tien woningen`, `Van alle woningen is ruim de helft
 *   huur`: a column the sentence names over the total column, in the named row or the total row;
 * - `De twee kleine parken hebben samen 7 velden, ruim de helft van alle velden`: the sentence's one
 *   count over the total of the column that names its noun or unit.
 *
 * Used by share-claims as a last reading, for a share no other reading found a pair for, and to
 * decide over a row found by its label alone (which may be a common noun in the sentence).
 */

import { hasSeparableVerb, pluralForms } from '@kapstok/nl'
import type { Cell, Table } from './markdown-tables.js'
import { read, scaled } from './share-tolerance.js'
import { escape } from './share-row-parts.js'
import { scaledFactor } from './text-tables.js'
import { countCellValue as countIn, PERCENT_CELL, TOTAL_ROW } from './share-wholes.js'
import { joined, namedRows, namesPhrase, wordsOf } from './share-named-rows.js'
import { pointedGroupSize } from './share-pointed-groups.js'
import { settlementRest } from './share-settlement-groups.js'
import { keyedRows } from './share-keyed-rows.js'
import { isMoneyWhole, isWholeNoun } from './share-totals.js'
import { isYearNumber } from './year-numbers.js'
import type { Span } from './share-spans.js'
import { overYears } from './share-year-columns.js'
import { narrowedWhole, ofWholeTable, statedShare, yearColumns } from './share-table-wholes.js'
import { isEmptyOrNilCell } from './nil-cells.js'
import { plainCellLower } from './cell-text.js'
import { isMoneyAt, moneyTotalShare, soleMoneyPart } from './share-table-money.js'
import { hasYearRows, isPartColumn, ofWhichWhole, rowOfShareYear, withoutOfWhich, yearAfterShare } from './share-year-rows.js'

/** A table reading of a share. */
export interface CellShare {
  actual: number
  basis: string
  /** A sum of two rows: a fraction in words said of it is a sum done by heart, to halves to fifths. */
  summed?: true
  /** For a share over a table's years: the lowest and highest share of one year. */
  span?: Span
}

// The noun a share is of: `van alle deelnemers`, `van de ingezamelde tonnen`, `negen op de tien woningen`.
const NOUN_AFTER = /^\s+van\s+(?:al\s+)?(?:de|het|alle|onze|hun)\s+(?:(?:totale|hele|gehele|[\p{L}]+e)\s+)?([\p{L}²-]{2,})/iu
// After `een op de vijf` the noun follows bare; after `een derde` a bare word is what the part is (`een derde nieuwbouw`).
const NOUN_BARE = /^\s+(?:(?:[\p{L}]+e)\s+)?([\p{L}²-]{2,})/iu
// `drie op de vier euro's van de begroting`: the euros counted are of the money named after them.
const EUROS_OF = /^\s+euro(?:'s)?\s+van\s+(?:de|het|ons|onze)\s+(?:(?:totale|hele|gehele|[\p{L}]+e)\s+)?([\p{L}-]{2,})/iu
// Whether the noun follows the share bare (`een op de vier meldingen`) or right after `van de`, with no adjective between.
const nounRightAfter = (after: string, noun: string): boolean => noun !== '' && new RegExp(String.raw`^\s+(?:van\s+(?:al\s+)?(?:de|het|alle|onze)\s+)?${escape(noun)}\b`, 'iu').test(after)
// A whole named before the share: `Van alle cliënten maakt 55% …`, `Van de inwoners is …`.
const NOUN_BEFORE = /\bvan\s+(?:al\s+)?(?:de|het|alle|onze)\s+(?:(?:[\p{L}]+e)\s+)?([\p{L}²-]{3,})[^.;:]*$/iu
// The whole said as all of it before the share: `Van alle cliënten maakt 55% …`.
const ALL_BEFORE = /\bvan\s+(?:alle|al\s+(?:de|het))\s/iu
// A sentence that points back to a row the sentence before names.
const POINTER = /^\s*(?:daar|hier|die|deze|dat|dit|het|zij|ze|dit\s+\p{L}+|die\s+\p{L}+|deze\s+\p{L}+)\b/iu
// A target or norm is no share of the counts: `moet`, `willen`, `streven`.
export const TARGET = /\b(?:moet|moeten|willen|wil|streven|streeft|doel\p{L}*|norm\p{L}*|zal|zullen|uiterlijk|minimaal|maximaal)\b/iu
const YEAR = /\b(?:19|20)\d{2}\b/gu
// A relative clause the share stands in (`…, die ruim 70 procent`), and the one verb that closes it after the whole.
const RELATIVE = /,\s*(?:die|dat)\s[^,;:]*$/iu
const VERB_LAST = /^\s+van\s+(?:de|het|alle)\s+([\p{L}-]+)\s+\p{L}+\s*(?:[.;!?]|$)/iu
// A count with its decimals (`2,6 hectare`) and the unit after it.
const UNIT_NUMBER = /(?<![\d.,])((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s*(m²|m2|ha|hectare|ton|kiloton|km|kilometer|mwh|gwh|meter|[\p{L}]{3,})?/giu

// Header words that name no noun of their own: the column counts what its row labels are.
const GENERIC_HEADER = /^(?:aantal|aantallen|totaal|absoluut|n)$/u

// Whether a header word and a noun are one word: the same, a plural of the other (`ton`, `tonnen`), or
// the noun as the compound's head (`speeloppervlak` for `oppervlak`, `spoedmeldingen` for `meldingen`).
export function sameNoun(header: string, noun: string): boolean {
  if (header.length < 2 || noun.length < 2) return false
  if (header === noun || pluralForms(header).includes(noun) || pluralForms(noun).includes(header)) return true
  const head = (a: string, b: string): boolean => b.length >= 5 && a.length > b.length && a.endsWith(b)
  return head(header, noun) || head(noun, header)
}

// The units a header counts in (`m² bvo` counts m², `Hectare 2025` ha) for a count written with its unit.
const UNIT_OF = new Map([['m2', 'm²'], ['hectare', 'ha'], ['kilometer', 'km']])
const unitOf = (word: string): string => UNIT_OF.get(word) ?? word

// The count columns of a table: every body row a count (or empty) and the total row a count.
// The whole said as a clause of what something costs (`van wat de aanleg kost`): the costs.
const WHAT_IT_COSTS = /^\s+van\s+wat\s+(?:(?:het|de|dit|deze|die|dat|ons|onze)\s+)?[\p{L}-]+\s+(?:in\s+totaal\s+|samen\s+)?kost(?:en)?\b/iu
const PARTICLE_BEFORE_WHOLE = /^\s+(\p{L}{2,5})(?=\s+van\s)/u
const NOT_IN_TABLE = /\b(?:niet\s+in|buiten)\s+(?:de|deze|die|bovenstaande|onderstaande)\s+tabel\b/u
// A cell without an amount: empty, a dash, or `PM` (pro memorie: a post not yet priced, outside the total).
function countColumns(table: Table, total: Cell[]): number[] {
  const width = table.header.length
  const out: number[] = []
  const body = table.rows.filter((r) => r !== total)
  for (let k = 1; k < width; k++) {
    if (countIn(total[k]) === undefined || PERCENT_CELL.test(total[k]?.text ?? '')) continue
    if (body.every((r) => countIn(r[k]) !== undefined || isEmptyOrNilCell(r[k]?.text ?? ''))) out.push(k)
  }
  return out
}

// The columns of a year the sentence names; a header of another year is another count.
function ofYear(table: Table, columns: number[], years: string[]): number[] {
  if (years.length > 1) return []
  const year = years[0]
  return columns.filter((k) => {
    const own: string[] = plainCellLower(table.header[k]?.text ?? '').match(YEAR) ?? []
    // A table that names no year may count any: a sentence of a year needs the table of that year.
    return year === undefined ? true : own.length === 0 ? table.intro.includes(year) : own.includes(year)
  })
}

// The columns a sentence names by a header word (`huur` in `Huur`, `vrije huur`), also as a compound's first part
// before the whole's noun (`huurwoning` for `Huur` beside `woningen`).
// With a word for the whole (`van de voorraad`, `van het totaal`) the compound that opens the sentence names the part's
// column by its first part (`Huurhuizen zijn …` for `Huur`), when its head is a plural noun: the things counted.
function namedColumns(table: Table, columns: number[], words: string[], noun: string, subject = ''): number[] {
  return columns.filter((k) => {
    const header = wordsOf(withoutOfWhich(plainCellLower(table.header[k]?.text ?? ''))).filter((w) => w.length >= 4)
    if (header.length === 0 || header.some((w) => sameNoun(w, noun))) return false
    const phrase = header.join(' ')
    const sentence = words.join(' ')
    const first = header[0] ?? ''
    const ofAll = isWholeNoun(noun) && header.length === 1 && subject.startsWith(first) && /^\p{L}{3,}(?:en|s)$/u.test(subject.slice(first.length))
    return namesPhrase(sentence, phrase) || ofAll || words.some((w) => w.startsWith(first) && w !== first && noun.length >= 4 && sameNoun(w.slice(first.length), noun))
  })
}

/**
 * The table reading of a share without a pair of its own.
 *
 * @param tables The tables of the share's section, nearest last.
 * @param said The share as written (`ruim een derde`, `een op de vijf`).
 * @param before The sentence up to the share.
 * @param written The sentence after the share (`van wat … kost` read as `van de kosten`).
 * @param previousSentence The sentence before, in the same paragraph (or '').
 * @param pinned Read only a table whose column total the sentence quotes (a table of an earlier section).
 * @returns The one reading, or `undefined` when none or more than one.
 */
export function tableCellShare(tables: Table[], said: string, before: string, written: string, previousSentence: string, pinned = false): CellShare | undefined {
  // `… maken ruim vier vijfde uit van alle meldingen`: the particle of a separable verb stands between the share and its whole.
  const particle = PARTICLE_BEFORE_WHOLE.exec(written)?.[1] ?? ''
  const closed = particle !== '' && hasSeparableVerb(wordsOf(before), particle) ? written.slice(PARTICLE_BEFORE_WHOLE.exec(written)?.[0].length ?? 0) : written
  const after = closed.replace(WHAT_IT_COSTS, ' van de kosten')
  const sentence = `${before} ${after}`.toLowerCase()
  // `… staat daarom niet in deze tabel`: the sentence says its numbers are not the table's.
  if (TARGET.test(sentence) || NOT_IN_TABLE.test(sentence)) return undefined
  // A sentence of several years (`van 10 procent in 2023 naar een derde in 2025`): the year right after the share.
  const named = [...new Set(sentence.match(YEAR) ?? [])]
  const shareYear = named.length > 1 ? yearAfterShare(after) : undefined
  const years = shareYear ? [shareYear] : named
  // `… , die ruim 70 procent van de opdrachtwaarde besloegen.`: a relative clause closes on its verb, after the whole's noun.
  const clauseNoun = RELATIVE.test(before) ? VERB_LAST.exec(after)?.[1] : undefined
  const nounAfter = (clauseNoun ?? EUROS_OF.exec(after)?.[1] ?? (/\bop\s+de\b/iu.test(said) ? NOUN_BARE : NOUN_AFTER).exec(after)?.[1] ?? '').toLowerCase()
  const nounBefore = NOUN_BEFORE.exec(before)?.[1]?.toLowerCase() ?? ''
  const counts = [...`${before} ${after}`.matchAll(UNIT_NUMBER)].filter((m) => !isYearNumber(m[1]) && !/^\s*(?:%|procent)/iu.test(`${before} ${after}`.slice((m.index ?? 0) + (m[1]?.length ?? 0))))
  // Among other counts, the one sum of money before the share is the part of a whole of money (read below only as money).
  const moneyAmid = counts.length > 1 ? soleMoneyPart(`${before} ${after}`, counts, before.length) : undefined
  if (counts.length > 1 && !moneyAmid) return undefined
  const quoted = moneyAmid ?? counts[0]
  // A table of an earlier section is read only for the total the sentence quotes.
  const pinnedValue = pinned ? read(quoted?.[1] ?? '') : undefined
  if (pinned && pinnedValue === undefined) return undefined
  // A sum of money (`€ 640.000 …, bijna een derde van alle lasten`) is read against the table at its scale,
  // of an earlier section too: the nearest table before, the one such a sentence sums up.
  // Only a sum before the share is its part: after it, `… van de kosten à € 80.000` names the whole.
  const money = quoted !== undefined && (quoted.index ?? 0) < before.length && isMoneyAt(`${before} ${after}`, quoted.index ?? 0) ? scaled(quoted[1], quoted[2]) : undefined
  const closesClause = clauseNoun !== undefined
  const readings: CellShare[] = []
  for (const table of tables) {
    const totals = table.rows.filter((r) => TOTAL_ROW.test(plainCellLower(r[0]?.text ?? '')))
    if (totals.length !== 1) continue
    const total = totals[0] as Cell[]
    const quotesTotal = !pinned || total.some((c) => countIn(c) === pinnedValue)
    if (!quotesTotal && !(money !== undefined && table === tables.at(-1))) continue
    // In a table of a row per year, a year the sentence names is a row (rowOfShareYear), not a column.
    const yearRows = hasYearRows(table, total)
    const columns = yearRows ? countColumns(table, total) : ofYear(table, countColumns(table, total), years)
    // A count column headed by a generic word only (`Aantal`) counts what the label column's header names
    // (`Woningen met energielabel | Aantal`).
    const headerWords = (k: number): string[] => {
      const own = wordsOf(plainCellLower(table.header[k]?.text ?? ''))
      return k > 0 && own.length > 0 && own.every((w) => GENERIC_HEADER.test(w)) ? [...own, ...wordsOf(plainCellLower(table.header[0]?.text ?? ''))] : own
    }
    // Of `Opdrachtwaarde` and `Gemiddelde opdrachtwaarde`, the header that is the noun alone.
    const byNoun = (noun: string): number[] => {
      const all = noun === '' ? [] : columns.filter((k) => headerWords(k).some((w) => sameNoun(w, noun)))
      const bare = all.filter((k) => headerWords(k).every((w) => sameNoun(w, noun)))
      return all.length > 1 && bare.length === 1 ? bare : all
    }
    const ofNounAfter = byNoun(nounAfter)
    const wholeColumns = ofNounAfter.length > 0 ? ofNounAfter : byNoun(nounBefore)
    const rows = yearRows ? rowOfShareYear(namedRows(table, total, `${before} ${after}`), after) : namedRows(table, total, `${before} ${after}`)
    // `in de vier kleinere kernen` beside five kernen: the rows but the main one.
    const villages = rows.length === 0 ? settlementRest(sentence, table.rows.filter((r) => r !== total), (r) => countIn(r[columns[0] ?? 0])) : undefined
    // `klasse A of B` beside rows keyed `A` and `B` under `Schadeklasse`: the rows named by their letters.
    const keyed = rows.length === 0 ? keyedRows(`${before} ${after}`, table, table.rows.filter((r) => r !== total)) : undefined
    // A row named beside a sum that is none of its cells (`De duurste werken, samen € …` beside a row `Werken op papier`) is not the part
    // (at any scale a table of amounts is written in: `€ 98.000` is the cell `98` of a table x € 1.000); of several tables, it says which one.
    const rowsApart = rows.length === 0 || (tables.length === 1 && rows.every((r) => !r.row.some((c) => [1, 1000, 1000000].some((k) => (countIn(c) ?? 0) * k === money))))
    const moneyShare = money !== undefined && rowsApart && ofWholeTable(after, nounAfter, '\u0000') ? moneyTotalShare(table, total, columns, money, nounAfter, ofNounAfter) : undefined
    if (moneyShare) readings.push(moneyShare)
    if (moneyShare || !quotesTotal || moneyAmid) continue
    // The column the sentence's quoted total pins as the whole (`Van alle 184 storingen kwam …`).
    let quotedWhole: number | undefined
    if (quoted) {
      // The sentence's one count over the total of the column of its unit or noun.
      const unit = unitOf((quoted[2] ?? '').toLowerCase())
      const part = read(quoted[1] ?? '')
      const ofUnit = columns.filter((k) => headerWords(k).some((w) => unitOf(w) === unit || sameNoun(w, unit)))
      const column = unit !== '' && ofUnit.length === 1 ? ofUnit[0] : undefined
      const whole = column === undefined ? undefined : countIn(total[column])
      // A share of another column's noun (`een tiende van de leden` after `480 m²`) is not of this count.
      const otherNoun = (wholeColumns.length > 0 && !wholeColumns.includes(column ?? -1)) || !ofWholeTable(after, nounAfter, '\u0000')
      // The count is the column's total, or a cell of the one row the sentence names (`de negen Europese aanbestedingen`
      // beside a row `Europees openbaar | 9 | …`): it says which whole or which row, and the part is the row's.
      // A sum of money is the row's cell at the table's scale (`€ 100.000 per jaar` beside `100` in a table x € 1.000).
      const scale = money !== undefined ? scaledFactor(table.intro) : 1
      const ofRow = column === undefined && rows.length === 1 && part !== undefined && rows[0]?.row.some((c) => countIn(c) === part || (scale > 1 && (countIn(c) ?? 0) * scale === money))
      if (part !== undefined && whole && part === whole && (rows.length > 0 || villages || keyed)) quotedWhole = column
      else if (!ofRow || pinned) {
        if (part !== undefined && whole && part < whole && !otherNoun) readings.push({ actual: (part / whole) * 100, basis: `${quoted[1]} van ${plainCellLower(total[column ?? 0]?.text ?? '')}` })
        continue
      }
    }
    const groupSize = rows.length === 0 ? pointedGroupSize(before) : undefined
    const pointed = rows.length === 0 && (POINTER.test(before) || groupSize !== undefined) ? namedRows(table, total, previousSentence) : []
    const row = rows.length === 1 ? rows[0]?.row : rows.length === 0 && groupSize === undefined && pointed.length === 1 ? pointed[0]?.row : undefined
    // `Die twee wijken …` after a sentence that names two rows: the group is the part, as two rows named together.
    const group = groupSize !== undefined && pointed.length === groupSize ? pointed.map((r) => r.row) : undefined
    const pair = rows.length === 2 && joined(sentence, rows.map((r) => r.name)) ? rows.map((r) => r.row) : (group ?? keyed ?? (pointed.length === 0 ? villages : undefined))
    if (rows.length > 1 && !pair) continue
    // A column the sentence names as the part (`koop`, `huur en koop samen`), over the total column.
    const totalColumn = columns.filter((k) => TOTAL_ROW.test(plainCellLower(table.header[k]?.text ?? '')))
    // Without a total column, the column of the share's noun is the whole of a column named as the part
    // (`een op de vijf klachten toegewezen` beside `Klachten` and `Toegewezen`), when no cell of the part exceeds it.
    // Only for a noun said right after the share, bare or after `van de` (not `van de gekapte bomen`, whose whole is
    // another column), a header that is the noun alone, and a part named after the share (`klachten toegewezen`).
    const nounColumn = totalColumn.length === 0 && ofNounAfter.length === 1 && nounRightAfter(after, nounAfter) && headerWords(wholeColumns[0] ?? 0).every((w) => sameNoun(w, nounAfter)) ? wholeColumns : []
    const subject = (/^\s*(?:[-*+]\s+)?(\p{L}+)/u.exec(before)?.[1] ?? '').toLowerCase()
    const parts = namedColumns(table, columns, sentence.split(/[^\p{L}²]+/u).filter(Boolean), nounAfter || nounBefore, subject).filter((k) => !totalColumn.includes(k))
    const ofWhich = parts.length === 1 ? ofWhichWhole(table, columns, parts[0] ?? 0) : undefined
    const partAfter = parts.length === 1 && headerWords(parts[0] ?? 0).every((w) => w.length < 4 || (namesPhrase(after.toLowerCase(), w) && !nounAfter.includes(w)))
    const wholeColumn = totalColumn.length === 1 ? totalColumn : nounColumn.length === 1 && partAfter && isPartColumn(table, parts[0] ?? 0, nounColumn[0] ?? 0) ? nounColumn : ofWhich !== undefined && wholeColumns.length === 0 ? [ofWhich] : []
    // `van het totaal` names the total column itself: still the whole the part column is of.
    if (wholeColumn.length === 1 && parts.length > 0 && parts.length <= 2 && wholeColumns.every((k) => wholeColumn.includes(k)) && !pair) {
      const line = row ?? total
      const whole = countIn(line[wholeColumn[0] ?? 0])
      const values = parts.map((k) => countIn(line[k]))
      if (whole && values.every((v) => v !== undefined)) {
        const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0)
        if (sum < whole) readings.push({ actual: (sum / whole) * 100, basis: `${values.length > 1 ? parts.map((k) => plainCellLower(line[k]?.text ?? '')).join(' + ') : plainCellLower(line[parts[0] ?? 0]?.text ?? '')} van ${plainCellLower(line[wholeColumn[0] ?? 0]?.text ?? '')}` })
      }
      continue
    }
    // The named row's cell over the total row's, in the one column of the share's noun (or of the year the sentence names).
    if (pinned && quotedWhole === undefined) continue
    const picked = pair ?? (row ? [row] : [])
    const name = rows.length === 1 ? (rows[0]?.name ?? '') : rows.length === 0 && pointed.length === 1 ? (pointed[0]?.name ?? '') : ''
    const label = plainCellLower(picked[0]?.[0]?.text ?? '')
    // Two rows named together: the sentence may close on either (`… staat in Noord en Oost.`).
    const last = pair ? plainCellLower(pair[1]?.[0]?.text ?? '') : label
    // `van de bijdragen aan de regelingen`: a subtotal row below the named rows that names the group is the whole.
    const narrowed = nounAfter === '' || quotedWhole !== undefined ? undefined : narrowedWhole(table, picked, after.toLowerCase().slice(after.toLowerCase().indexOf(nounAfter) + nounAfter.length), sameNoun)
    const wholeRow = narrowed ?? total
    const ofAll = narrowed !== undefined || quotedWhole !== undefined || (keyed !== undefined && pair === keyed) || (nounAfter === '' ? ALL_BEFORE.test(before) : closesClause || ofWholeTable(after, nounAfter, label) || (last !== label && ofWholeTable(after, nounAfter, last)) || (name !== '' && name !== label && ofWholeTable(after, nounAfter, name)))
    if (picked.length === 0 || !ofAll) continue
    // No column names the noun: the total column, for a whole of money (`van de kosten`) beside a table of amounts by year.
    const ofMoney = wholeColumns.length === 0 && years.length === 0 && totalColumn.length === 1 && isMoneyWhole(nounAfter) ? totalColumn[0] : undefined
    // One count column under a generic header (`Aantal`) counts whatever the rows are of: the whole's noun needs no header.
    const generic = columns.length === 1 && wordsOf(plainCellLower(table.header[columns[0] ?? 0]?.text ?? '')).every((w) => GENERIC_HEADER.test(w))
    const column = quotedWhole ?? (wholeColumns.length === 1 ? wholeColumns[0] : wholeColumns.length === 0 && (years.length === 1 || isWholeNoun(nounAfter) || generic) && columns.length === 1 && nounAfter !== '' ? columns[0] : ofMoney)
    // No year named and a whole said as money or as the whole (`van de totale kosten`) over a table of years:
    // the share of the period, which may also be meant of any single year (share-year-columns).
    if (column === undefined && wholeColumns.length === 0 && years.length === 0 && (isMoneyWhole(nounAfter) || isWholeNoun(nounAfter))) {
      const period = overYears(table, columns, picked, wholeRow, countIn)
      if (period.length > 0) {
        readings.push(...period)
        continue
      }
    }
    // One amount over years and no year named: each year is a reading, the nearest stands for them all.
    // Only rows named by their labels: a word of a row inflected (`de provinciale bijdrage`) may be another amount.
    const byLabel = rows.length === picked.length && rows.every((r) => r.name === plainCellLower(r.row[0]?.text ?? '').replace(/\s*\(.*$/u, '').trim() || r.name === plainCellLower(r.row[0]?.text ?? ''))
    const spread = column === undefined && byLabel && wholeColumns.length === 0 && years.length === 0 && yearColumns(table, columns) ? columns : []
    const stated = statedShare(said) ?? 0
    const found = (column === undefined ? spread : [column]).flatMap((k) => {
      const values = picked.map((r) => countIn(r[k]))
      const part = values.every((v) => v !== undefined) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : undefined
      const whole = countIn(wholeRow[k])
      const cells = picked.map((r) => plainCellLower(r[k]?.text ?? '')).join(' + ')
      return part !== undefined && whole && part < whole ? [{ actual: (part / whole) * 100, basis: `${cells} van ${plainCellLower(wholeRow[k]?.text ?? '')}`, ...(pair ? { summed: true as const } : {}) }] : []
    })
    const nearest = found.reduce<CellShare | undefined>((best, r) => (!best || Math.abs(r.actual - stated) < Math.abs(best.actual - stated) ? r : best), undefined)
    if (nearest) readings.push(nearest)
  }
  return readings.length === 1 ? readings[0] : undefined
}
