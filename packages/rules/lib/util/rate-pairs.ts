/**
 * How rate-products pairs a rate with a count: the nouns after a count, the unit after `per` (or
 * the thing one price is of), and the one rate and count among more numbers whose nouns match.
 */

import { unitRatio } from './unit-scales.js'
import { namesUnit, shortForm } from './unit-nouns.js'
import type { Rational } from './onderbouwing.js'

/** The words before a number that say it is approximate (or a mean). */
export const APPROX = String.raw`(?:circa|ongeveer|ruim|bijna|zo['’]n|gemiddeld)`
// A rate: the unit after `per` (`€ 48.000 per veld`, `26 vragen per week`), maybe per a number of
// units (`3,5 plaatsen per 100 m²`, `12 meldingen per 1.000 inwoners`): group 2 is that number.
// (A word may carry a digit after its first letter: `kg CO2 per kWh`.)
export const PER = /^\s*((?:\p{L}[\p{L}\d'’-]*\s+){0,3}?)per\s+(?:(\d[\d.]*)\s+)?([\p{L}'’²³-]+)/iu

/** A number read from the text, with what stands around it. */
export interface Found {
  text: string
  value: Rational
  euro: boolean
  index: number
  end: number
}

export interface Result {
  /** Offset of the sentence the result stands in. */
  sentence: number
  text: string
  euro: boolean
  index: number
  approx: boolean
  after: string
  /** Introduced by `dus`, `zo`, `daarmee`: only a window with just a rate and a count. */
  loose: boolean
}

// The words after a count: the counted noun is one of them (`twaalf openbare sportvelden`).
// A unit counts like a noun (`82.400 m²` at `per m²`).
// A count that is the new value of `het aantal …` counts that noun too (`Het aantal volkstuinen
// groeit volgend jaar naar 90.`), whatever follows it.
export const countNouns = (text: string, count: Found): string[] => {
  const after = /^\s*(?:[\p{L}'’²³-]+\s+){0,2}[\p{L}'’²³-]+/u.exec(text.slice(count.end))?.[0].match(/[\p{L}'’²³-]+/gu) ?? []
  const valueOf = CHANGED_COUNT.exec(text.slice(Math.max(0, count.index - 160), count.index))?.[1]
  return valueOf ? [...after, valueOf] : after
}
// `aantal ligplaatsen stijgt na de verbouwing tot`, `neemt het aantal zitplaatsen toe tot`, `het aantal
// leden komt uit op`: the counted noun of a change, up to its new value.
const CHANGED_COUNT = /\baantal\s+(?:\p{Ll}+e\s+)?(\p{L}[\p{L}-]+)\s+(?:[^\d.;:!?]*\s)?(?:(?:naar|tot)|(?:komt|kwam)\s+(?:[^\d.;:!?]*\s)?op)\s+$/iu

// Among more than two numbers, the one rate whose unit after `per` names a count, with the rate or
// the count in the result's sentence (`… is dat € 6.450 per wijkteam per jaar. Voor alle 9 wijkteams
// samen komt dat op …`); none when that is not one pair.
export function unitPairs(text: string, quantities: Found[], result: Result): Array<[Found, Found]> {
  const pairs: Array<[Found, Found]> = []
  for (const rate of quantities) {
    const unit = PER.exec(text.slice(rate.end))?.[3]
    // The price of one thing (`Een les zwemvaardigheid kost € 64`) rates per either noun it names.
    const units = unit ? [unit] : pricedNouns(text, rate)
    if (units.length === 0 || rate.euro !== result.euro) continue
    for (const count of quantities) {
      if (count === rate || count.euro || count.value.n <= 0n) continue
      if (Math.max(rate.index, count.index) < result.sentence) continue
      // A count in a larger unit of the rate's measure (`6,4 km` at `per meter`) may be a fraction.
      const words = countNouns(text, count)
      const larger = words.some((w) => units.some((u) => unitRatio(w, u) !== undefined))
      if (!larger && (count.value.d !== 1n || count.value.n < 2n)) continue
      if (larger || words.some((w) => units.some((u) => namesUnit(w, u) || shortForm(w, u)))) pairs.push([rate, count])
    }
  }
  return pairs.length === 1 ? pairs : []
}

// `Een leerlingplaats kost (gemiddeld) € 9.300`, `één traject kost ruim € 2.000`: the price of one of
// the noun, whatever period the amount is per. The noun may have an adjective or two before it and
// a phrase after it, and the verb whom it costs (`Een korte cursus bij de bibliotheek kost de
// gemeente gemiddeld € 300`), and the price level it is given at: the noun is the word before that phrase.
// The price level a price is given at, between the verb and the amount: `kost tegen het huidige prijspeil
// gemiddeld € 300`, `kost volgens de raming € 300`, `kost naar verwachting € 300`.
const PRICE_LEVEL = String.raw`(?:(?:bij|volgens|naar|tegen|op)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:prijzen|prijs|prijspeil|tarieven|tarief|raming|verwachting|schatting|begroting)\s+)?`
const ONE_PRICED = new RegExp(
  String.raw`(?<!\p{L})(?:een|[eé]én|1)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?(\p{L}[\p{L}'’-]+)(?:\s+(?:van|in|bij|voor|op|uit|aan)\s+(?:[\p{L}'’.-]+\s+){0,3}?)?\s*(?:kost|kostte|vraagt)\s+(?:(?:de\s+gemeente|ons|per\s+jaar|jaarlijks)\s+)?${PRICE_LEVEL}(?:${APPROX}\s+)?(?:€\s*)?$`,
  'iu'
)
// Both nouns of a priced thing: `Een les zwemvaardigheid kost` names `les` and `zwemvaardigheid`.
export function pricedNouns(text: string, rate: Found): string[] {
  const m = rate.euro ? ONE_PRICED.exec(text.slice(Math.max(0, rate.index - 100), rate.index)) : null
  if (!m?.[1]) return []
  const first = /^\s*(?:een|[eé]én|1)\s+(\p{L}[\p{L}'’-]+)/iu.exec(m[0])?.[1]
  return first && first !== m[1] ? [m[1], first] : [m[1]]
}

// A count per a period (`drie lessen per week`) times a count of those periods (`38 weken`): the
// count of the rate's unit over the longer span. Among the other quantities, the one that counts it.
export function periodChain(text: string, count: Found, others: Found[]): Found | undefined {
  const period = /^\s*(?:[\p{L}'’-]+\s+){1,2}?per\s+([\p{L}'’-]+)/iu.exec(text.slice(count.end))?.[1]
  if (!period) return undefined
  const spans = others.filter((q) => !q.euro && q.value.d === 1n && q.value.n >= 2n && countNouns(text, q).slice(0, 1).some((w) => namesUnit(w, period)))
  return spans.length === 1 ? spans[0] : undefined
}
