/**
 * A written product of a quantity in one unit and a price per another unit of the same measure:
 * `2,4 hectare à € 18 per m²` is 24.000 m² at € 18, `4,5 kiloton à € 30 per ton` is 4.500 ton.
 * Read as the bare product, such a sentence would be judged wrong even when it holds; with the
 * quantity converted, the product is the one the text means, also as one term of a longer
 * calculation (`… à € 18 per m² plus € 25.000 notariskosten, samen …`).
 */

import type { Token } from './calc-tokens.js'
import { mul } from './exact-number.js'
import { showRatio, unitRatio } from './unit-scales.js'

type Num = Extract<Token, { kind: 'num' }>

// The unit right after a quantity: `2,4 hectare`, `4,5 kiloton bouwafval`.
const UNIT_AFTER = /^\s*([\p{L}²³]+)/u
// The unit a price is per: `€ 18 per m²`, `€ 30 per ton`.
const PER_UNIT = /^\s*per\s+([\p{L}²³]+)/u

/**
 * The tokens of a calculation with each quantity that is multiplied by a price per another unit
 * of its measure converted to that unit (its text shows the conversion: `2,4 × 10.000`).
 *
 * @param text The text the tokens were read from.
 * @param left The tokens of the calculation's left side.
 * @returns The converted tokens, or the same array when nothing converts.
 */
export function convertedUnits(text: string, left: Token[]): Token[] {
  let out = left
  left.forEach((t, i) => {
    if (t.kind !== 'op' || t.op !== '*') return
    const [a, b] = [left[i - 1], left[i + 1]]
    if (a?.kind !== 'num' || b?.kind !== 'num' || a.euro === b.euro) return
    const [quantity, amount] = a.euro ? [b, a] : [a, b]
    const ratio = ratioOf(text, quantity, amount)
    if (!ratio) return
    if (out === left) out = [...left]
    out[left.indexOf(quantity)] = { ...quantity, value: mul(quantity.value, ratio), text: `${quantity.text}${showRatio(ratio)}` }
  })
  return out
}

// How many of the price's unit one unit of the quantity holds, when they differ in size only.
function ratioOf(text: string, quantity: Num, amount: Num): ReturnType<typeof unitRatio> {
  if (quantity.end === undefined || amount.end === undefined) return undefined
  const unit = UNIT_AFTER.exec(text.slice(quantity.end))?.[1]
  const per = PER_UNIT.exec(text.slice(amount.end))?.[1]
  return unit && per ? unitRatio(unit, per) : undefined
}
