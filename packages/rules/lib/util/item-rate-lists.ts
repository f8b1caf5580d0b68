/**
 * A list whose lead says its items share one price per unit, without giving it: "Iedere
 * standhouder betaalt hetzelfde per strekkende meter:" followed by "- een standplaats van 4 meter kost € 26;", "- een standplaats van
 * 6 meter kost € 39;", "- een standplaats van 10 meter kost € 70.". The price is the one an item names
 * (`€ 1.200 (€ 30 per m²)`), or else the one most items give, if more than half of them and at
 * least two agree on it to the cent: an item off that price states a product that does not hold.
 * A lead with one price of its own is lead-rate-lists'; a lead that says the price varies
 * (`daalt naarmate`, `afhankelijk van`) and an item that adds something (`plus € 6 voor stroom`)
 * are left alone.
 */

import { NUMBER } from './amount-change.js'
import { ADDS } from './approx-products.js'
import { div, make, mul, type Rational } from './exact-number.js'
import { APPROX_BEFORE, LIST, numbersOf, type Num } from './lead-rate-lists.js'
import { beyond, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { measureWord } from './product-factors.js'
import { sentenceStarts } from './rate-products.js'
import { sameNoun } from './sentence-quantities.js'
import { namesUnit } from './unit-nouns.js'
import { unitFactor } from './unit-scales.js'

// The unit the lead's price is per: `per m²`, `per leerling`, `per strekkende meter`.
const PER_UNIT = /\bper\s+(\p{L}[\p{L}²³'-]*)(?:\s+(meter|meters))?/iu
// A price per unit named in an item: `(€ 30 per m²)`.
const ITEM_PRICE = new RegExp(String.raw`€\s*(${NUMBER})\s+per\s+(\p{L}[\p{L}²³'-]*)`, 'iu')
// The (at most two) words right after a count, a measure with its power sign (`m²`).
const WORDS_AFTER = /^\s*(\p{L}[\p{L}²³'’-]*)(?:\s+(\p{L}[\p{L}²³'’-]*))?/u
// A lead that says the price differs between the items.
const VARIES = /\b(?:verschil\p{L}*|varie\p{L}+|afhankelijk|oplop\p{L}+|aflop\p{L}+|daalt|dalen|stijgt|stijgen|hoger|lager|duurder|goedkoper|korting|staffel\p{L}*|naarmate)\b/iu
// A result this far from the product measures something else (another kind of item).
const BAND = make(3n, 10n)

interface Item {
  count: Num
  /** The count in the price's unit (`140 m` at `per meter`). */
  size: Rational
  amount: Num
  /** A price per unit the item names itself. */
  price?: Rational
}

// How many of the price's unit a count's noun holds: 1 for the unit or a noun that counts it, a
// factor for another unit of its measure (`ha` at `per m²`), none for another noun.
function unitsOf(words: string[], unit: string): Rational | undefined {
  for (const w of words) {
    const factor = unitFactor(measureWord(w), measureWord(unit))
    if (factor) return factor
    if (namesUnit(w, unit) || sameNoun(w, unit)) return make(1n, 1n)
  }
  return undefined
}

// An item: a count of the unit and an amount after it, maybe the price per unit, no other number.
function itemOf(line: string, base: number, unit: string): Item | undefined {
  const price = ITEM_PRICE.exec(line)
  const named = price && unitsOf([price[2]!], unit) ? price : undefined
  const nums = numbersOf(named ? line.slice(0, named.index) + ' '.repeat(named[0].length) + line.slice(named.index + named[0].length) : line, base)
  if (nums.length !== 2 || (!named && ADDS.test(line))) return undefined
  const [count, amount] = nums as [Num, Num]
  if (count.euro || count.percent || !amount.euro || amount.percent || count.value.n <= 0n) return undefined
  const factor = unitsOf(WORDS_AFTER.exec(line.slice(count.end - base))?.slice(1).filter((w): w is string => w !== undefined) ?? [], unit)
  if (!factor) return undefined
  return { count, size: mul(count.value, factor), amount, ...(named ? { price: div(numbersOf(named[0], 0)[0]!.value, unitsOf([named[2]!], unit)!) } : {}) }
}

const holds = (item: Item, price: Rational): boolean => !beyond(mul(item.size, price), item.amount.value, rounding(item.amount.text))

// The price an item names, else the one more than half the items (two at least) give.
function sharedPrice(items: Item[]): Rational | undefined {
  const named = items.find((i) => i.price)?.price
  if (named) return named
  const best = items
    .map((i) => div(i.amount.value, i.size))
    .map((p) => ({ p, n: items.filter((i) => holds(i, p)).length }))
    .sort((a, b) => b.n - a.n)[0]
  return best && best.n >= 2 && best.n * 2 > items.length ? best.p : undefined
}

const showPrice = (p: Rational): string => (Number(p.n) / Number(p.d)).toLocaleString('nl-NL', { maximumFractionDigits: 2 })

/**
 * The items off the price a list's lead says they share.
 *
 * @param text A prose text.
 * @returns The products as equations, at the offsets of the items' amounts.
 */
export function itemRateLists(text: string): Equation[] {
  const out: Equation[] = []
  for (const list of text.matchAll(LIST)) {
    const lead = list[1] ?? ''
    // The sentence that opens the list (its paragraph may tell more before it).
    const opening = lead.slice(sentenceStarts(lead).at(-1) ?? 0)
    const unit = PER_UNIT.exec(opening)
    // (A lead with a price of its own is lead-rate-lists'.)
    if (!unit || VARIES.test(opening) || opening.includes('€')) continue
    const per = unit[1]!.toLowerCase() === 'strekkende' && unit[2] ? unit[2] : unit[1]!
    let offset = list.index + list[0].indexOf(list[2] ?? '', list[0].indexOf(lead) + lead.length)
    const items: Item[] = []
    for (const line of (list[2] ?? '').split('\n')) {
      const item = itemOf(line, offset, per)
      if (item) items.push(item)
      offset += line.length + 1
    }
    const price = items.length >= 2 ? sharedPrice(items) : undefined
    if (!price) continue
    for (const item of items) {
      const computed = mul(item.size, price)
      if (holds(item, price) || beyond(computed, item.amount.value, mul(BAND, item.amount.value))) continue
      const approx = APPROX_BEFORE.test(text.slice(Math.max(0, item.amount.index - 12), item.amount.index))
      out.push(proseEquation(`${item.count.text} × € ${showPrice(price)}`, computed, { text: item.amount.text, value: item.amount.value, index: item.amount.index }, approx))
    }
  }
  return out
}
