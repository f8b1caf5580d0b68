/**
 * A count and the price of one, named with `een … van €`, with the result in the same sentence:
 * "We rekenen op 80 leerlingen per jaar; met een leskaart van € 65 komt dat op € 5.200", "Er
 * melden zich jaarlijks 60 starters; bij een premie van € 500 is dat € 30.000", "Voor 300
 * aanvragen met een gemiddelde vergoeding van € 40 kost dat € 12.000". The singular `een` before
 * the priced thing says its amount is that of one, so the result is the count times it, whatever
 * the thing's noun (a package, a premium, a contribution) is called.
 *
 * Quiet when the price is a bound (`een maximum van`, `een maximale bijdrage`), per a period or
 * per something the count does not count, when another item or amount stands between (`en`,
 * `plus`, `extra`, a second euro amount), for a share, and when the result lies more than twice
 * from the product (then it is the total of something larger).
 */

import { parseNumberWord } from '@kapstok/nl'
import { near } from './exact-number.js'
import { NUMBER } from './amount-change.js'
import { APPROX } from './rate-pairs.js'
import { dutchNumber, mul, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { namesUnit } from './unit-nouns.js'
import { NUMBER_WORD } from './share-words.js'
import { TIME_UNITS } from './year-numbers.js'

const COUNT = String.raw`\d{1,3}(?:\.\d{3})+|\d+|${NUMBER_WORD}`
// Adjectives a priced thing may carry that keep it the price of one (`een gemiddelde vergoeding`).
const KIND = String.raw`gemiddelde|vaste|eigen|eenmalige|jaarlijkse|standaard`
// The result's cue: `komt dat (neer) op`, `is dat`, `kost dat`, `vraagt dat`, `levert dat`, `samen`, `in totaal`.
const RESULT = String.raw`(?:komt|komen)\s+(?:dat|dit|het)(?:\s+(?:samen|in\s+totaal))?\s+(?:neer\s+|uit\s+)?op|(?:is|kost|vraagt|levert|geeft)\s+(?:dat|dit)(?:\s+(?:samen|in\s+totaal))?|(?:dat|dit)\s+(?:is|kost|vraagt)|samen|in\s+totaal`
// count and its noun, a few words without numbers, `met|bij|tegen een` (an adjective), the thing, `van € price`
// (maybe per a unit), a few words, the cue and the result.
const PRICED = new RegExp(
  String.raw`(?<![\p{L}\d.,€])(?<count>${COUNT})\s+(?<noun>\p{L}[\p{L}'’-]*)(?<before>[^.!?€\d%]{0,60}?)\b(?:met|bij|tegen)\s+een\s+(?:(?:${KIND})\s+)?(?<item>\p{L}[\p{L}'’-]*)\s+van\s+(?:(?:gemiddeld|circa|ongeveer|zo['’]n)\s+)?€\s*(?<price>${NUMBER})(?:\s+per\s+(?<per>\p{L}+))?(?<between>[^.!?€\d%]{0,30}?)\b(?:${RESULT})\s+(?<approx>${APPROX}\s+)?€\s*(?<total>${NUMBER})`,
  'giud'
)
// Words that make the price a bound, not the price of each one.
const BOUND = /^(?:maximum|minimum|plafond|maximale|minimale|korting|toeslag)$/iu
// Between the parts: another item or amount, a part or a share makes the result another sum.
const ANOTHER = /\b(?:en|plus|daarnaast|ook|extra|inclusief|exclusief|waarvan|behalve|maximaal|hooguit|procent)\b/iu
// A count of time units counts no priced things (`in 3 jaar`), nor does an article count.
const NOT_COUNTED = new RegExp(String.raw`^(?:${TIME_UNITS}|procent|keer)$`, 'iu')
const NOT_A_NUMBER = /^(?:een|[eé]én)$/iu

const countOf = (word: string): Rational | undefined => {
  if (/^[\d.]+$/u.test(word)) return /^(?:19|20)\d{2}$/u.test(word) ? undefined : dutchNumber(word)
  if (NOT_A_NUMBER.test(word)) return undefined
  const n = parseNumberWord(word)
  return n === undefined ? undefined : { n: BigInt(n), d: 1n }
}

/**
 * Every count with the price of one after `een … van €` and a result in the sentence: the result should be the product.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations (`80 × 65`), with the rounding of the result as tolerance.
 */
export function singlePriceProducts(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(PRICED)) {
    const g = m.groups!
    const count = countOf(g.count!)
    if (!count || count.n < 2n * count.d || NOT_COUNTED.test(g.noun!) || BOUND.test(g.item!)) continue
    if (ANOTHER.test(g.before ?? '') || ANOTHER.test(g.between ?? '')) continue
    // A price per a unit must be per the counted thing (`per leerling` for `leerlingen`), not per a period.
    if (g.per !== undefined && !namesUnit(g.noun!, g.per) && !/^stuk$/iu.test(g.per)) continue
    const price = dutchNumber(g.price!)
    const stated = dutchNumber(g.total!)
    const computed = mul(count, price)
    if (price.n <= 0n || !near(computed, stated)) continue
    const index = m.indices!.groups!.total![0]
    out.push(proseEquation(`${/^\d/u.test(g.count!) ? g.count! : String(count.n)} × ${g.price!}`, computed, { text: g.total!, value: stated, index }, g.approx !== undefined))
  }
  return out
}
