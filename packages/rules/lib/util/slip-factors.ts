/**
 * Products arithmetic-slip reads from all the numbers of a sentence that the reader of products in
 * prose reads otherwise (product-factors):
 *
 * - a mean among the factors (`gemiddeld 650 m²`) is rounded: a result within that rounding,
 *   carried through the other factors, holds; so does a total the mean is read from
 *   (`62.300 m², gemiddeld 2.400 m² per kavel` against 26 × 2.400);
 * - an amount stated as `met € 2.000 voor keuringen` is a term on top of the product, no factor:
 *   the result is read against the product of the other numbers plus that amount.
 */

import { tokenize } from './calc-tokens.js'
import { add, cents, fromCents, make, mul, type Rational } from './exact-number.js'
import { beyond } from './onderbouwing.js'
import { isMean, meanSlack } from './product-factors.js'
import { numbersOf, type ArithmeticSlip } from './slip-judge.js'
import { euros, written, type Num } from './slip-candidates.js'
import { oneStepApart, writtenDigits, writtenUnit } from './slip-digits.js'

// An amount added to a product: `met € 2.000 voor keuringen`, `Met € 900 voor het afvoeren`.
const ADDED_BEFORE = /\bmet\s+(?:nog\s+)?(?:€\s*)?$/iu
const ADDED_AFTER = /^\s*(?:extra\s+)?voor\s+\p{L}/iu

interface Seen {
  num: Num
  mean: boolean
  added: boolean
}

const seen = (text: string): Seen[] =>
  numbersOf(tokenize(text)).map((num) => ({
    num,
    // (A mean of three or more written digits is a rounded size or price; a small one, `gemiddeld
    // drie deelnemers`, `gemiddeld € 65`, is as often exact.)
    mean: isMean(num, text) && writtenDigits(num.text) >= 3,
    added: Boolean(num.euro) && ADDED_BEFORE.test(text.slice(Math.max(0, num.index - 12), num.index)) && ADDED_AFTER.test(text.slice(num.end ?? num.index))
  }))

const product = (xs: Num[]): Rational => xs.reduce<Rational>((p, x) => mul(p, x.value), make(1n, 1n))

/**
 * The slip as the product reader reads its sentence: none when the product holds within the
 * rounding of a mean among its factors, or with an added amount as a term; the sum with that
 * amount when it still does not hold.
 *
 * @param slip The slip read from all the numbers.
 * @param piece The sentence the result stands in.
 * @param previous The sentences before it that the slip may have borrowed numbers from.
 */
export function asProductReads(slip: ArithmeticSlip, piece: string, previous: string | undefined): ArithmeticSlip | undefined {
  const [left = ''] = slip.expression.split(' = ')
  if (/[+−]/u.test(left)) return slip
  const view = [...(previous === undefined ? [] : seen(previous)), ...seen(piece)]
  const factors = left.split(' × ').map((f) => view.find((s) => written(s.num) === f.trim()))
  const stated = slip.stated.value
  // (A product that multiplies the added amount misreads it: read it as a term instead.)
  if (factors.some((f) => f?.added)) return addedSlip(piece, previous, slip.stated)
  const means = factors.filter((f): f is Seen => f?.mean === true).map((f) => f.num)
  if (means.length === 0) return slip
  // (A total followed by its own mean, `62.300 m², gemiddeld 2.400 m²`, is read so too: the mean is read from it.)
  const computed = fromCents(slip.computed)
  return beyond(computed, stated, meanSlack(computed, means)) ? slip : undefined
}

/**
 * A result stated with an amount added to a product (`met € 2.000 voor keuringen, € 17.600`) that
 * is one digit off the product of the other numbers before it plus that amount.
 *
 * @param piece The sentence the result stands in.
 * @param previous The sentences before it in view.
 * @param stated The result.
 */
export function addedSlip(piece: string, previous: string | undefined, stated: Num | undefined): ArithmeticSlip | undefined {
  if (stated === undefined || !ADDED_TEXT.test(piece)) return undefined
  const own = seen(piece).filter((s) => s.num.index < stated.index)
  const added = own.filter((s) => s.added)
  if (added.length !== 1) return undefined
  // The other numbers in view: the product the amount is added to (two or three factors, no more).
  const rest = [...(previous === undefined ? [] : seen(previous)), ...own].filter((s) => !s.added)
  if (rest.length < 2 || rest.length > 3) return undefined
  const base = product(rest.map((s) => s.num))
  const total = add(base, added[0]!.num.value)
  const slack = add(meanSlack(base, rest.filter((s) => s.mean).map((s) => s.num)), make(1n, 2n))
  if (!beyond(total, stated.value, slack)) return undefined
  const unit = writtenUnit(stated)
  if (!oneStepApart(cents(total) / unit, cents(stated.value) / unit)) return undefined
  const computed = cents(total)
  return { stated, computed, expression: `${rest.map((s) => written(s.num)).join(' × ')} + ${written(added[0]!.num)} = ${stated.euro ? '€ ' : ''}${euros(computed)}` }
}
// (The cheap test first: most sentences add no amount.)
const ADDED_TEXT = /\bmet\s+(?:nog\s+)?€/iu
