/**
 * A figure per unit with the whole and the count it comes from in a bracket right after it:
 * "Per school komt de bijdrage daarmee op € 3.000 (€ 60.000 voor 24 scholen)", "de kosten per
 * woning zijn € 800 (€ 36.000 over 40 woningen)", "gemiddeld 12 deelnemers per groep (180
 * deelnemers in 15 groepen)". The bracket names its count with the noun of the unit after `per`,
 * so the figure is the whole divided by that count. A figure per unit is rounded: the tolerance is
 * half a unit of its last written digit more than its rounding, as for any mean per unit.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { div } from './exact-number.js'
import { add, dutchNumber, rounding, type Equation } from './onderbouwing.js'
import { namesUnit, shortForm } from './unit-nouns.js'

// The figure, its unit after `per` (before or after it in the sentence) and the bracket:
// `(€ 60.000 voor 24 scholen)`, `(180 deelnemers in 15 groepen)`.
const FIGURE = new RegExp(
  String.raw`(gemiddeld\s+|circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(€\s*)?(${NUMBER})(?![\d%])((?:\s+[\p{L}²³]+)?(?:\s+per\s+([\p{L}-]+))?)\s*\(\s*(€\s*)?(${NUMBER})(?:\s+[\p{L}²³]+)?\s+(?:voor|over|bij|in|aan|verdeeld\s+over)\s+(?:de\s+|alle\s+)?(\d{1,3}(?:\.\d{3})+|\d+|\p{L}+)\s+([\p{L}-]+)\s*\)`,
  'giu'
)
// `Per school …` or `… per school …` earlier in the sentence, when the figure has no `per` of its own.
const PER_BEFORE = /\bper\s+([\p{L}-]+)[^.!?()]*$/iu

/**
 * The figures per unit that a bracket after them derives from a whole and a count.
 *
 * @param text A prose text (a paragraph).
 * @returns The quotients as equations (`60.000 ÷ 24`, stated: the figure).
 */
export function bracketedQuotients(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(FIGURE)) {
    const [, approx, euro, figure = '', , ownPer, wholeEuro, whole = '', countWritten = '', noun = ''] = m
    // An amount per unit comes from an amount; a count per unit from a count.
    if (Boolean(euro) !== Boolean(wholeEuro)) continue
    const sentence = text.slice(Math.max(text.lastIndexOf('. ', m.index) + 1, 0), m.index)
    const unit = ownPer ?? PER_BEFORE.exec(sentence)?.[1]
    if (!unit || !(namesUnit(noun, unit) || shortForm(noun, unit))) continue
    const count = /^\d/.test(countWritten) ? Number(countWritten.replace(/\./g, '')) : parseNumberWord(countWritten)
    if (!count || count < 2) continue
    const index = m.index + m[0].indexOf(figure, (approx ?? '').length)
    out.push({
      expression: `${whole} ÷ ${count}`,
      computed: div(dutchNumber(whole), { n: BigInt(count), d: 1n }),
      stated: dutchNumber(figure),
      result: figure,
      index,
      tolerance: add(rounding(figure, Boolean(approx)), { n: 1n, d: 2n }),
      final: true,
      arithmetic: true,
      // A slip of a digit in such a figure is arithmetic-slip's (`€ 3.600` for `€ 3.900`): this reading yields to it.
      fallback: true
    })
  }
  return out
}
