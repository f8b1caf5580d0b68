/**
 * A price per unit of measure worked out from a total and a measured quantity in one sentence:
 * `€ 54.000 over 450 m2 bestrating, ofwel ruim € 120 per m²`, `De kade kost € 96.000 over 1,2 km,
 * dat is € 80 per meter`. The measure may be spelled otherwise on either side (`m²`, `m2`, `vierkante
 * meter`; `km` against `meter`): the quantity is brought to the unit after `per` before dividing.
 * A counted noun after `per` is `per-noun-means`' reading; this one takes measures only, which that
 * reader does not know as nouns.
 *
 * Quiet when the two measures are of another dimension (`€ … voor 2 km, € … per m²`), when the
 * price is a bound (`maximaal`), and when a rounding word fits (`ruim € 120` for 123: `approxHolds`).
 */

import { NUMBER } from './amount-change.js'
import { approxHolds } from './approx-products.js'
import { UNIT, unitOf } from './dimensional-products.js'
import { cents, div, mul } from './exact-number.js'
import { dutchNumber, number, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { BOUND } from './per-noun-means.js'

const APPROX = String.raw`circa|ca\.|ongeveer|ruim|bijna|zo['’]n|gemiddeld`
// The total, a measured quantity after `voor`/`over`/`van`, then (no other amount between) the price per a measure.
const MEASURE_MEAN = new RegExp(
  String.raw`€\s*(${NUMBER})(?![\d%])[^€.;!?]{0,40}?\b(?:voor|over|van|bij)\s+(?:(?:de|het|ruim|circa|ongeveer)\s+)?(${NUMBER})\s*(${UNIT})(?![\p{L}\d²³])(?:[^€.;!?\d]|\.(?=\d)){0,60}?(?:\b(${APPROX})\s+)?€\s*(${NUMBER})(?![\d%])\s+per\s+(${UNIT})(?![\p{L}\d²³])`,
  'giu'
)

/**
 * Every price per unit of measure in a text that is not its total divided by its quantity.
 *
 * @param text A prose text.
 * @returns The readings as equations (`€ 54.000 ÷ 450`), with the rounding of the price as tolerance.
 */
export function measureMeans(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(MEASURE_MEAN)) {
    const [all, total = '', count = '', unit = '', word, price = '', per = ''] = m
    if (BOUND.test(all)) continue
    const of = unitOf(unit.replace(/\s+/gu, ' '))
    const to = unitOf(per.replace(/\s+/gu, ' '))
    if (!of || !to || of[0][0] !== to[0][0] || of[0][1] !== to[0][1]) continue
    // The quantity in the unit after `per`: `1,2 km` is 1.200 meter.
    const quantity = div(mul(dutchNumber(count), of[1]), to[1])
    if (quantity.n === 0n) continue
    const computed = div(dutchNumber(total), quantity)
    const stated = dutchNumber(price)
    const index = (m.index ?? 0) + all.lastIndexOf(price, all.length - per.length)
    // (`gemiddeld` says how the price was found, not that it is rounded further than it is written.)
    const approx = word && !/^gemiddeld$/iu.test(word) ? word.toLowerCase() : undefined
    if (approx && approxHolds(approx, cents(computed), { kind: 'num', value: stated, text: price, approx: true, index, euro: true })) continue
    // (A rounding word that does not fit leaves no slack: `ruim € 120` for 110 is not ruim.)
    const shown = of[1].n * to[1].d === to[1].n * of[1].d ? count : number(quantity)
    const equation = proseEquation(`€ ${total} ÷ ${shown}`, computed, { text: price, value: stated, index }, Boolean(approx) && approx !== 'ruim' && approx !== 'bijna')
    out.push(approx === 'ruim' || approx === 'bijna' ? { ...equation, tolerance: rounding(price, false) } : equation)
  }
  return out
}
