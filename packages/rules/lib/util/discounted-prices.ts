/**
 * A price, a discount in percent on it and the price paid after it: "Het abonnement kost € 480 per
 * jaar. Met de Stadspas krijgen inwoners 40 procent korting en betalen zij € 288." The price may
 * stand in the sentence before the discount or in the same one; the paid amount follows the
 * discount with a word that says it is paid (`betalen zij`, `wordt de prijs`, `kost het nog`).
 */

import { add, beyond, dutchNumber, mul, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { div, make, near, sub } from './exact-number.js'
import { sentenceStarts } from './rate-products.js'
import { BOUND } from './priced-counts.js'
import { quantities, type Quantity } from './sentence-quantities.js'
import { namesUnit } from './unit-nouns.js'

// `40 procent korting`, `een reductie van 25%`, `een lager tarief: 30 procent minder`.
const DISCOUNT = /(?:\b(?:korting|reductie|vermindering)\s+van\s+(?:(circa|ongeveer|ruim|bijna)\s+)?(\d+(?:,\d+)?)\s*(?:%|procent)|(?:(circa|ongeveer|ruim|bijna)\s+)?(\d+(?:,\d+)?)\s*(?:%|procent)\s+(?:korting|reductie|vermindering|minder|lager))/iu
// Right before the paid amount: `betalen zij (nog maar)`, `wordt de prijs`, `kost het (dan) nog`.
const PAID_BEFORE = /\b(?:betalen|betaalt|betaal|wordt\s+(?:de\s+)?(?:prijs|tarief|bijdrage)|(?:kost|kosten)\s+(?:[\p{L}'’-]+\s+){0,3}?nog|(?:is|wordt)\s+(?:de\s+prijs|het\s+tarief|het|dat)\s+(?:dan\s+)?nog)\s+(?:(?:zij|ze|hij|inwoners|\p{Ll}+ers|dan|nog|maar|slechts|daardoor|dus|nu)\s+)*(?:(circa|ongeveer|ruim|bijna)\s+)?€\s*$/iu
// `zodat zij € 288 betalen`: the verb after the amount.
const PAID_AFTER = /^[\s\d.,]*(?:per\s+\p{L}+\s+)?(?:betalen|betaalt|kwijt\s+zijn|kwijt\s+is)\b/iu
// `korting op het lesgeld`: a discount on a part, unless that part names the thing priced.
const ON_PART = /^\s*(?:,\s*)?op\s+(?:de|het|een)?\s*(\p{L}[\p{L}'’-]+)/iu
// The amount of the discount itself right after it (`40 procent korting, € 192,` or `(€ 192)`).
const DISCOUNT_AMOUNT = /^\s*(?:,|\(|:|ofwel|oftewel|dat\s+is)\s*€\s*$/iu

/**
 * Every paid amount after a discount on a price the text gives just before.
 *
 * @param text One paragraph of prose.
 * @returns The discounted prices as equations (`480 × (1 − 40%)`), with the rounding of the paid amount and the percentage as tolerance.
 */
export function discountedPrices(text: string): Equation[] {
  const out: Equation[] = []
  if (!/korting|reductie|vermindering|minder|lager/iu.test(text)) return out
  const starts = sentenceStarts(text)
  starts.forEach((start, i) => {
    const cur = text.slice(start, starts[i + 1] ?? text.length)
    const discount = DISCOUNT.exec(cur)
    if (!discount) return
    // The price: the one amount before the discount, in this sentence or else the one before.
    const own = quantities(cur).filter((q) => q.unit === '€' && q.index < discount.index)
    const from = own.length > 0 || i === 0 ? start : starts[i - 1]!
    const window = text.slice(from, start + discount.index)
    const e = discounted(window, cur.slice(discount.index), discount)
    if (e) out.push({ ...e, index: e.index + start + discount.index })
  })
  return out
}

function discounted(window: string, rest: string, discount: RegExpExecArray): Equation | undefined {
  const prices = quantities(window).filter((q) => q.unit === '€')
  const [price] = prices
  // A bound (`maximaal € 300`) is no price the discount is taken off.
  if (prices.length !== 1 || !price || BOUND.test(window)) return undefined
  const part = ON_PART.exec(rest.slice(discount[0].length))?.[1]
  if (part && !namesUnit(part, subjectOf(window, price)) && !/^(?:het|die|deze|dat)$/iu.test(part)) return undefined
  const amounts = quantities(rest).filter((q) => q.unit === '€')
  const paidIndex = amounts.findIndex((q) => PAID_BEFORE.test(rest.slice(0, q.index + 1)) || PAID_AFTER.test(rest.slice(q.end)))
  const paid = amounts[paidIndex]
  if (!paid || paidIndex !== amounts.length - 1) return undefined
  const written = discount[2] ?? discount[4] ?? ''
  const share = div(dutchNumber(written), make(100n, 1n))
  // Another amount may only be the discount itself, right after it, and it must fit.
  const between = amounts.slice(0, paidIndex)
  if (between.length > 1) return undefined
  const saved = between[0]
  if (saved && !(DISCOUNT_AMOUNT.test(rest.slice(discount[0].length, saved.index + 1)) && !beyond(mul(price.value, share), saved.value, rounding(saved.text)))) return undefined
  // The paid amount per another unit than the price (`€ 480 per jaar`, `€ 24 per maand`) is another sum.
  const paidPer = /^\s*per\s+(\p{L}+)/iu.exec(rest.slice(paid.end))?.[1]?.toLowerCase()
  if (paidPer && paidPer !== price.per) return undefined
  const computed = mul(price.value, sub(make(1n, 1n), share))
  const stated = dutchNumber(paid.text)
  if (!near(computed, stated)) return undefined
  const approx = Boolean(PAID_BEFORE.exec(rest.slice(0, paid.index + 1))?.[1])
  const e = proseEquation(`${price.text} × (1 − ${written}%)`, computed, { text: paid.text, value: stated, index: paid.index + rest.slice(paid.index).indexOf(paid.text) }, approx)
  // A percentage is rounded as written (`33 procent` for a third): that rounding of the price as well.
  return { ...e, tolerance: add(e.tolerance, mul(price.value, rounding(`${written}%`, Boolean(discount[1] ?? discount[3])))) }
}

/**
 * Whether the sentence of a result gives a discount before it: its numbers then do not combine as
 * plain terms (`€ 480 per jaar … 40 procent korting en betalen zij € 24 per maand` is no restatement).
 *
 * @param text The text.
 * @param index Offset of the result.
 * @returns Whether a discount stands between the sentence start and the result.
 */
export function afterDiscount(text: string, index: number): boolean {
  const start = Math.max(0, ...[...text.slice(0, index).matchAll(/[.!?]\s+|\n\s*\n/gu)].map((m) => m.index + m[0].length))
  const sentence = text.slice(start, index)
  // (`30 procent minder uitstoot` is a change, no discount: a price word must stand by.)
  return DISCOUNT.test(sentence) && /korting|reductie|tarief|prijs|betal/iu.test(sentence)
}

// The noun of the price's subject (`Het abonnement kost € 480`): what a discount `op` must name.
function subjectOf(window: string, price: Quantity): string {
  const lead = window.slice(0, price.index)
  return /(?:^|[.;]\s*)(?:het|de|een)?\s*(?:\p{Ll}+\s+)?(\p{L}[\p{L}'’-]+)\s+(?:kost|kosten|bedraagt|is)\b[^.€]*$/iu.exec(lead)?.[1] ?? ''
}
