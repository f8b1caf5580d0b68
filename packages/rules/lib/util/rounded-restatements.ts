/**
 * An amount restated rounded: "samen € 1.976.300, afgerond € 1,98 miljoen". The rounded amount
 * must be the exact one rounded at the last digit it writes (€ 1,97 miljoen would round down what
 * rounds up).
 */

import { AMOUNT } from './amount-change.js'
import { dutchNumber, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { make } from './exact-number.js'

// `€ A, afgerond € B`, `€ A (afgerond € B)`, `€ A, ofwel afgerond € B`; not `afgerond op € 0,1 mln`,
// which declares the rounding of a table.
const ROUNDED = new RegExp(String.raw`${AMOUNT}[^€.;!?\d]{0,12}?\b(?:afgerond|naar\s+boven\s+afgerond|naar\s+beneden\s+afgerond|ruw\s+afgerond)\s+${AMOUNT}`, 'giu')

/**
 * Every amount restated rounded.
 *
 * @param text A prose text.
 * @returns Equations of the rounding (the exact amount rounded at the written one's last digit).
 */
export function roundedRestatements(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(ROUNDED)) {
    const [all, exact = '', rounded = ''] = m
    if (/naar\s+(?:boven|beneden)/iu.test(all)) continue
    // The last digit it writes: `1,97 miljoen` at ten thousands, `€ 40.000` at all its trailing
    // zeros (onderbouwing's rounding of an approximate number: twice its half step).
    const half = rounding(rounded, true)
    const step = (2 * Number(half.n)) / Number(half.d)
    const value = Number(dutchNumber(exact).n) / Number(dutchNumber(exact).d)
    const expected = Math.round(value / step) * step
    const index = (m.index ?? 0) + all.lastIndexOf(rounded)
    const e = proseEquation(`${exact} afgerond`, make(BigInt(Math.round(expected)), 1n), { text: rounded, value: dutchNumber(rounded), index }, false)
    out.push({ ...e, tolerance: make(BigInt(Math.max(1, Math.round(step / 100))), 1n) })
  }
  return out
}
