/**
 * A row of a table that gives a figure per unit of another row (`Grof afval (kg per huishouden)`) beside
 * the row of the figure itself (`Grof afval (ton)`) and the row that counts the unit (`Huishoudens`):
 * each cell should be the one divided by the other, converted from the figure's unit to the
 * per-row's (`ton` to `kg`). The per-row shares the first word of its label with the figure's
 * row; the unit after `per` names the counting row. The reading must hold in at least two other
 * columns before a cell that misses it is reported: then it is the table's own calculation.
 */

import { div, make, mul, type Rational } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { markdownTables, type Cell } from './markdown-tables.js'
import { sameNoun } from './noun-kinds.js'
import { unitFactor } from './unit-scales.js'
import { beyond } from './onderbouwing.js'

const PER_LABEL = /^\s*(?:\*\*)?\s*([\p{L}-]{3,})\b[^|]*?\(\s*([\p{L}²³€]+)\s+per\s+([\p{L}-]{3,})\s*\)/iu
const PLAIN_LABEL = /^\s*(?:\*\*)?\s*([\p{L}-]{3,})\b(?:\s*\(\s*([\p{L}²³€]+)\s*\))?\s*(?:\*\*)?\s*$/iu
const NUMBER_CELL = /^(?:\*\*)?\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s*(?:\*\*)?$/u
const HAS_PER_ROW = /\|[^|\n]*\(\s*[\p{L}²³€]+\s+per\s+[\p{L}-]{3,}\s*\)/iu

const numberOf = (cell: Cell | undefined): string | undefined => NUMBER_CELL.exec(cell?.text.trim() ?? '')?.[1]

/**
 * The cells of per-unit rows that miss the quotient of their two rows.
 *
 * @param text A prose text with its tables.
 * @returns One equation per cell that misses (`1.240 × 1.000 ÷ 26.300`).
 */
export function tablePerUnitRows(text: string): Equation[] {
  if (!HAS_PER_ROW.test(text)) return []
  const out: Equation[] = []
  for (const table of markdownTables(text)) {
    for (const row of table.rows) {
      const per = PER_LABEL.exec(row[0]?.text ?? '')
      if (!per) continue
      const [, head = '', unit = '', counted = ''] = per
      const plain = table.rows.map((r) => PLAIN_LABEL.exec(r[0]?.text ?? ''))
      const figures = table.rows.filter((r, i) => r !== row && plain[i] && plain[i]![1]!.toLowerCase() === head.toLowerCase())
      const counts = table.rows.filter((r, i) => r !== row && plain[i] && sameNoun(plain[i]![1]!.toLowerCase(), counted.toLowerCase()))
      if (figures.length !== 1 || counts.length !== 1) continue
      const figureUnit = PLAIN_LABEL.exec(figures[0]![0]?.text ?? '')?.[2] ?? ''
      const factor: Rational | undefined = !figureUnit || figureUnit.toLowerCase() === unit.toLowerCase() ? make(1n, 1n) : unitFactor(figureUnit, unit)
      if (!factor) continue
      const cells = row.slice(1).map((cell, k) => {
        const [r, f, c] = [numberOf(cell), numberOf(figures[0]![k + 1]), numberOf(counts[0]![k + 1])]
        if (!r || !f || !c || dutchNumber(c).n === 0n) return undefined
        const computed = div(mul(dutchNumber(f), factor), dutchNumber(c))
        const scale = factor.n === factor.d ? '' : ` × ${(factor.n / factor.d).toLocaleString('nl-NL')}`
        return proseEquation(`${f}${scale} ÷ ${c}`, computed, { text: r, value: dutchNumber(r), index: cell.index + cell.text.indexOf(r) }, false)
      })
      const read = cells.filter((e): e is Equation => e !== undefined)
      // A half unit of the written figure either way, and a whole unit for a rounded figure of a rounded quotient.
      const misses = read.filter((e) => beyond(e.computed, e.stated, { n: e.tolerance.n * 2n, d: e.tolerance.d }))
      if (read.length - misses.length >= 2 && misses.length <= read.length / 3) out.push(...misses)
    }
  }
  return out
}
