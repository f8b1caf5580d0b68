/**
 * A quantity restated in another unit of its measure: "Het terrein beslaat 2,6 hectare, ofwel
 * 26.000 m²", "De inzameling levert 7.200 ton op (7,2 kiloton)". The second should be the first
 * converted (a factor of ten, a thousand …), within the rounding of the one written rougher.
 */

import { APPROX, NUMBER } from './amount-change.js'
import { dutchNumber, mul, proseEquation, rounding, sub, type Equation, type Rational } from './onderbouwing.js'
import { beyond } from './onderbouwing.js'
import { showRatio, unitFactor } from './unit-scales.js'

// A unit word right after a number (what it measures may follow: `2,4 km fietspad`, `1,4 hectare groot`): `ha`, `m²`, `m2`, `kiloton`, `kWh`, `vierkante (meter)`.
const UNIT = String.raw`([\p{L}]+[²³23]?)(?![\p{L}\d])`
// The restatement: in brackets holding only the quantity, or after a word that says the same in
// other terms (`, dat is`, `, ofwel`, `oftewel`, `omgerekend`, `=`).
const RESTATED = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s*${UNIT}(?:\s+(?!(?:en|of|plus|tot|naar|per)\b)\p{Ll}+){0,2}?\s*(?:(\()\s*|,?\s*(?:(?:dat|dit)\s+(?:is|zijn)|ofwel|oftewel|omgerekend|=)\s+)(?:omgerekend\s+)?${APPROX}(${NUMBER})\s*${UNIT}(\s*\))?`,
  'giu'
)
// A factor of a product before the first quantity (`4 × 1.200 m² (0,48 ha)`): the restatement is of the product.
const FACTOR_BEFORE = /(?:[×x*]|\bmaal|\bà)\s*$/iu

/**
 * Every quantity restated in another unit of the same measure.
 *
 * @param text A prose text.
 * @returns The restatements as equations (`2,6 ha × 10.000`), with the rounding of the restated one as tolerance.
 */
export function unitRestatements(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(RESTATED)) {
    const [, first = '', firstUnit = '', open, approx, second = '', secondUnit = '', close] = m
    if (open && !close) continue
    if (FACTOR_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue
    const factor = unitFactor(firstUnit, secondUnit)
    if (!factor || factor.n === factor.d) continue
    const a = dutchNumber(first)
    const b = dutchNumber(second)
    const computed: Rational = mul(a, factor)
    // Either may be the rough one: when the first, converted back, lies within the first's own
    // rounding, the two agree (`ruim 3 hectare (32.400 m²)`).
    const back = mul(b, { n: factor.d, d: factor.n })
    if (!beyond(computed, b, rounding(second, approx !== undefined))) continue
    if (!beyond(back, a, rounding(first, /(?:circa|ongeveer|ruim|bijna|zo['’]n)\s+$/iu.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index))))) continue
    if (sub(computed, b).n === 0n) continue
    const index = (m.index ?? 0) + m[0].lastIndexOf(second)
    out.push(proseEquation(`${first} ${firstUnit}${showRatio(factor)}`, computed, { text: second, value: b, index }, approx !== undefined))
  }
  return out
}
