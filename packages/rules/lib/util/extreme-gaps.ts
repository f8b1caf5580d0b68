/**
 * The gap between the two ends of a table column, said in prose by superlatives instead of row
 * names: "Het verschil tussen de duurste en de goedkoopste zaal is € 35", "Tussen de hoogste en de
 * laagste score scheelt het 12 punten", "De natste en de droogste maand liggen 60 mm uit elkaar"
 * is not read (no `tussen`). The column is the one the gap's unit names: percentage points for a
 * column of percentages, a unit word its header or cells carry (`dagen` for `Wachttijd in dagen`),
 * euros for a column of amounts; a gap whose unit fits no column or more than one says nothing.
 */

import { beyond, dutchNumber, mul, sub, type Equation, type Rational } from './onderbouwing.js'
import { abs, columnOf, FIGURE, gapScale, gapTolerance, tableBefore } from './gap-columns.js'
import { textTables, type TextCell } from './text-tables.js'
import { paragraphSentences } from './text.js'

// `tussen de drukste en de stilste kern`, `tussen het duurste pakket en het goedkoopste`: two superlatives.
const ENDS = /\btussen\s+(?:de|het)\s+(\p{L}{2,}ste)\s+(?:[\p{L}-]+\s+)?en\s+(?:de|het)\s+(\p{L}{2,}ste)\b/iu
// A word that says the sentence gives their difference.
const GAP_WORD = /\b(?:verschil|verschilt|verschillen|scheelt|scheelde|schelen|uit\s+elkaar)\b/iu
// Superlatives of a row's size or age (`de grootste en de kleinste school`), which another column may hold;
// `de snelste`, `de drukste`, `de duurste` are the ends of the measure itself.
const SIZE_ENDS = /^(?:grootste|kleinste|meeste|minste|oudste|jongste|nieuwste)$/iu

/**
 * Every gap between the highest and the lowest cell of a table column that a sentence under the table states.
 *
 * @param text A prose text with its tables (a section).
 * @returns The gaps as equations (the two end cells against the stated gap), with their rounding as tolerance.
 */
export function extremeGaps(text: string): Equation[] {
  if (!text.includes('|') || !/\btussen\b/iu.test(text)) return []
  const tables = textTables(text)
  const out: Equation[] = []
  for (const s of paragraphSentences(text).flat()) {
    const ends = ENDS.exec(s.text)
    if (!ends || s.text.includes('|') || ends[1]!.toLowerCase() === ends[2]!.toLowerCase() || !GAP_WORD.test(s.text)) continue
    const after = ends.index + ends[0].length
    const figure = FIGURE.exec(s.text.slice(after))
    if (!figure) continue
    const [, approx, euro, stated = '', unit = ''] = figure
    const table = tableBefore(tables, s.index)
    const column = table ? columnOf(table, unit.toLowerCase(), Boolean(euro)) : undefined
    if (!table || !column) continue
    const { high, low, percent, others } = column
    const scale = gapScale(percent)
    const tolerance = (a: TextCell, b: TextCell): Rational => gapTolerance(a, b, scale, stated, approx !== undefined)
    // `tussen de grootste en de kleinste school` may name the ends of another column (the pupils), whose rows'
    // cells in this column are the gap: any such reading that holds makes the sentence hold.
    const gap = (a: TextCell, b: TextCell): Rational => mul(sub(a.value!, b.value!), scale)
    const holds = SIZE_ENDS.test(ends[1]!) && SIZE_ENDS.test(ends[2]!) && others.some(([a, b]) => !beyond(abs(gap(a, b)), dutchNumber(stated), tolerance(a, b)))
    if (holds) continue
    out.push({
      expression: `${high.text} − ${low.text}`,
      computed: mul(sub(high.value!, low.value!), scale),
      stated: dutchNumber(stated),
      result: stated,
      index: s.index + after + figure[0].search(/\d/u),
      tolerance: tolerance(high, low),
      final: true,
      arithmetic: true,
      soft: true,
      likely: true
    })
  }
  return out
}

