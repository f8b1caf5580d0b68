/**
 * A sum of money a sentence names (`€ 640.000`, `€ 1,2 miljoen`) as a share of the total of a table
 * of amounts (`… bijna een derde van alle lasten`), the table read at its own scale (`Bedragen
 * x € 1.000` above it, or in the header of its total column). The whole is the total row's cell in
 * the table's total column, or in its one column of amounts.
 *
 * Used by share-table-cells for a sentence whose one number is money: the count readings there
 * look for a column of the number's unit, and a table of amounts has none named `€`.
 */

import type { Cell, Table } from './markdown-tables.js'
import type { CellShare } from './share-table-cells.js'
import { isMoneyWhole, isWholeNoun } from './share-totals.js'
import { countCellValue, TOTAL_ROW } from './share-wholes.js'
import { scaledFactor } from './text-tables.js'
import { plainCellLower } from './cell-text.js'

const EURO_BEFORE = /€\s*$/u
// An amount per unit (`€ 1.600 per object`) is a rate, no part of a total; per year it is the yearly part of a yearly total.
const PER_UNIT = /^[\s\d.,]*(?:\p{L}+\s+)?per\s+(?!jaar\b|maand\b|week\b|kwartaal\b)/iu
const EUROS = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/**
 * Whether the number a match found in a text is a sum of money: `€` stands right before it.
 *
 * @param text The text the match was found in.
 * @param index The match's offset.
 * @returns Whether it is money.
 */
export const isMoneyAt = (text: string, index: number): boolean => EURO_BEFORE.test(text.slice(0, index))

/**
 * The one sum of money before a share among other counts of its sentence (`De 12 kramen aan
 * de noordkant brengen samen € 9.400 op, …`): the part of a whole of money, the counts beside it
 * say what it is the money of.
 *
 * @param text The sentence.
 * @param counts The counts found in it.
 * @param shareAt Where the share starts: a sum after it names the whole, not the part.
 * @returns The count, or undefined when none or several are money or it is a rate per unit.
 */
export function soleMoneyPart<T extends RegExpMatchArray>(text: string, counts: T[], shareAt: number): T | undefined {
  const money = counts.filter((m) => (m.index ?? 0) < shareAt && isMoneyAt(text, m.index ?? 0))
  const [one] = money
  return money.length === 1 && one !== undefined && !PER_UNIT.test(text.slice(one.index ?? 0)) ? one : undefined
}

// A column of amounts: `€` in its header (`Canon per jaar (€)`) or in its total's cell (`€ 133.600`).
const isMoneyColumn = (table: Table, total: Cell[], k: number): boolean => /€/u.test(table.header[k]?.text ?? '') || /€/u.test(total[k]?.text ?? '')

/**
 * The share a sum of money is of a table's total, when the sentence says its whole as money or as
 * the whole (`van de totale kosten`, `van het budget`, `van het totaal`), or by the noun that heads
 * one column of amounts (`van de jaarlijkse opbrengst` beside `Opbrengst per jaar`).
 *
 * @param table The table.
 * @param total Its total row.
 * @param columns Its columns of counts (narrowed to a year the sentence names).
 * @param part The sum in euros (`€ 1,2 miljoen` as 1.200.000).
 * @param noun The noun of the whole after the share.
 * @param named The columns whose header names that noun.
 * @returns The reading, or undefined.
 */
export function moneyTotalShare(table: Table, total: Cell[], columns: number[], part: number, noun: string, named: number[] = []): CellShare | undefined {
  const ofNamed = named.length === 1 && isMoneyColumn(table, total, named[0] ?? 0) ? named[0] : undefined
  if (ofNamed === undefined && !isMoneyWhole(noun) && !isWholeNoun(noun)) return undefined
  const totalColumns = columns.filter((k) => TOTAL_ROW.test(plainCellLower(table.header[k]?.text ?? '')))
  const column = ofNamed ?? (totalColumns.length === 1 ? totalColumns[0] : columns.length === 1 ? columns[0] : undefined)
  if (column === undefined) return undefined
  const cell = countCellValue(total[column])
  if (!cell) return undefined
  const whole = cell * Math.max(scaledFactor(table.intro), scaledFactor(table.header[column]?.text ?? ''))
  return part < whole ? { actual: (part / whole) * 100, basis: `€ ${EUROS.format(part)} van € ${EUROS.format(whole)}` } : undefined
}
