/**
 * The price of one thing in one sentence, a count of those things and their total in the next:
 * "Een cursus kost € 2.150. Voor de negen cursussen trekken we € 19.350 uit", "Elke keer kost de
 * opening € 6.200. We organiseren de opening vier keer, samen € 24.800". Which numbers belong
 * together is a reading of the two sentences, so the reader only takes the plain case: one price,
 * one count of the priced thing, one amount named the total.
 */

import { add, dutchNumber, mul, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { near } from './exact-number.js'
import { pricedNouns } from './rate-pairs.js'
import { sentenceStarts } from './rate-products.js'
import { quantities, type Quantity } from './sentence-quantities.js'
import { namesUnit, shortForm } from './unit-nouns.js'
import { TIME_UNITS } from './year-numbers.js'
import { PER_YEAR } from './period-rates.js'
import { SHARE } from './share-claim-words.js'

/** A price that is a bound (`maximaal € 500 per aanvraag`, `tot € 500`): no price of each one. */
export const BOUND = /\b(?:maximaal|minimaal|hooguit|ten\s+hoogste|ten\s+minste|maximum|minimum|plafond|tot\s+(?:een\s+bedrag\s+van\s+)?€)/iu
// `De kosten per cursus zijn € 2.150`, `de prijs van één cursus is`: the thing priced, before its amount.
const COST_PER = /\b(?:kosten|prijs|bedrag)\s+(?:per|van\s+(?:een|één))\s+(\p{L}[\p{L}'’-]+)\s+(?:zijn|is|bedragen|bedraagt|ligt|liggen)\s+(?:op\s+)?(?:(?:gemiddeld|circa|ongeveer)\s+)?€\s*$/iu
const SHARE_IN = new RegExp(SHARE.source, 'iu')
// A bound of the price itself (`kost maximaal € 500`, `tot een bedrag van €`, `met een maximum van`), not
// a bound of the thing priced (`Een rondleiding voor maximaal vijftien bezoekers kost € 90`).
const PRICE_BOUND = /\b(?:maximaal|minimaal|hooguit|ten\s+hoogste|ten\s+minste|tot)\s+(?:(?:een\s+)?bedrag\s+van\s+)?€\s*$|\b(?:maximum|minimum|plafond)\b/iu
// `Een excursie met de bus kost € 780`, `Een ligplaats wordt verpacht voor € 95 per maand`: the first noun of a subject
// that opens with `een`, the verb of cost or of letting right before the amount.
const ONE_OPENING = /^\s*(?:een|één)\s+(\p{L}[\p{L}'’-]+)\s+(?:(?:van|met|in|bij|voor|op|uit|aan|door|naar)\s+[^.;€\d]{0,40}?)?(?:kost|kostte|betaalt|betaalde|(?:wordt|werd)\s+(?:verhuurd|verpacht|verkocht|aangeboden)\s+(?:voor|tegen))\s+(?:(?:de\s+gemeente|ons|gemiddeld|circa|ongeveer|ruim|bijna)\s+)*€\s*$/iu
// `bankjes à € 900 per stuk`: the thing is the noun before `à`.
const APIECE = /(\p{L}[\p{L}'’-]+)\s+(?:à|van)\s+€\s*$/iu
// Units that are a time: a price per year counted over things is no price of one thing.
const TIME = new RegExp(`^(?:${TIME_UNITS}|kwartalen)$`, 'iu')
// Right before the total: a word that makes it the total (`samen`, `dat kost`, `trekken we … uit`, `brengen … op`).
const TOTAL = /\b(?:samen|in\s+totaal|totaal|bij\s+elkaar|dat\s+kost|kost\s+dat|(?:komt|komen)\s+[^.€\d]{0,40}?\bop|neer(?:komen|komt|kwam|kwamen)\s+op|rekenen\s+we(?:\s+(?:[^.€\d]{0,30}\s)?met)?|trekken\s+we|begroten\s+we|ramen\s+we|reserveren\s+we|(?:is|zijn)\s+dat|dat\s+(?:is|zijn)|(?:brengt|brengen|bracht|brachten|levert|leveren|leverde|leverden)(?:\s+[^.€\d]{0,40}?)?)\s+(?:(?:dan|dus|daarvoor|hiervoor|jaarlijks|een\s+bedrag\s+van)\s+)*(?:(circa|ongeveer|ruim|bijna)\s+)?€\s*$/iu
// Another cost joined to the product: the total is then more than the count at the price.
const MORE = /\b(?:plus|inclusief|incl\.|daarnaast|bovendien|extra|ook|waarvan|daarbovenop|erbij)\b|\+/iu
// A span of years in the count's sentence: a price per year then is no price of the whole.
const YEARS = /\b(?:planperiode|looptijd|jaren|(?:\p{L}+|\d+)\s+jaar)\b|\b20\d\d\s*(?:-|–|t\/m|tot\s+en\s+met)\s*20\d\d/iu
// A number of years the total spans, counted: `vier jaar lang`, `gedurende vier jaar`, `voor vier jaar`.
const YEARS_BEFORE = /\b(?:gedurende|voor)\s+$/iu
const yearsCounted = (cur: string, q: Quantity): boolean => /^\s+jaar\b/iu.test(cur.slice(q.end)) && (YEARS_BEFORE.test(cur.slice(0, q.index)) || /^\s+jaar\s+lang\b/iu.test(cur.slice(q.end)))
// A period a price or total may be per.
const PERIOD = /^(?:jaar|maand|week|kwartaal)$/iu
// A price of a mean (`gemiddeld € 640`) is rounded per thing.
const MEAN = /\b(?:gemiddeld|circa|ongeveer|ruim|bijna)\s+€\s*$/iu

/**
 * Every total of a count at the price of one the sentence before gives.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations (`9 × 2.150`), with the rounding of the total as tolerance.
 */
export function pricedCounts(text: string): Equation[] {
  const out: Equation[] = []
  if (!text.includes('€')) return out
  const starts = sentenceStarts(text)
  starts.forEach((start, i) => {
    const before = starts[i - 1]
    if (before === undefined) return
    const prev = text.slice(before, start)
    const cur = text.slice(start, starts[i + 1] ?? text.length)
    const e = pricedCount(prev, cur)
    if (e) out.push({ ...e, index: e.index + start })
  })
  // The price and the count in the two clauses of one sentence: `Een picknicktafel kost € 1.200; voor de 15 picknicktafels rekenen we € 18.000.`
  starts.forEach((start, i) => {
    const sentence = text.slice(start, starts[i + 1] ?? text.length)
    const cut = sentence.indexOf(';')
    // (A share in the second clause takes part of the product: `de gemeente vergoedt de helft, bij …`.)
    if (cut < 0 || sentence.indexOf(';', cut + 1) >= 0 || SHARE_IN.test(sentence.slice(cut + 1))) return
    const e = pricedCount(sentence.slice(0, cut + 1), sentence.slice(cut + 1))
    if (e) out.push({ ...e, index: e.index + start + cut + 1 })
  })
  return out
}

function pricedCount(prev: string, cur: string): Equation | undefined {
  const prices = quantities(prev).filter((q) => q.unit === '€')
  const [price] = prices
  if (prices.length !== 1 || !price || PRICE_BOUND.test(prev.slice(0, price.index + 1)) || PRICE_BOUND.test(prev.slice(price.end))) return undefined
  const things = pricedThings(prev, price)
  if (things.length === 0) return undefined
  const numbers = quantities(cur)
  const totals = numbers.filter((q) => q.unit === '€')
  const pricePer = PERIOD.test(price.per) ? price.per.toLowerCase() : ''
  // A price per year over a number of years the sentence counts (`vier jaar lang`, `gedurende vier jaar`): a factor of its own.
  const years = numbers.filter((q) => pricePer === 'jaar' && yearsCounted(cur, q))
  const others = numbers.filter((q) => q.unit !== '€' && !years.includes(q))
  const [total] = totals
  const [count] = others
  const [span] = years
  // One total and one count of the priced thing before it: another number may be a factor too.
  if (totals.length !== 1 || others.length !== 1 || years.length > 1 || !total || !count || count.index > total.index) return undefined
  if (count.value.d !== 1n || count.value.n < 2n || !counts(cur, count, things)) return undefined
  const cue = TOTAL.exec(cur.slice(0, total.index + 1))
  if (!cue || MORE.test(cur.slice(count.end))) return undefined
  // `trekken we € … uit`: the verb's particle after the amount.
  if (/^trekken/iu.test(cue[0].trim()) && !/^\s*uit\b/iu.test(cur.slice(total.end))) return undefined
  // `brengen … € 11.400 per jaar op`: the verb's particle after the amount (and its period).
  if (/^(?:breng|bracht|lever)/iu.test(cue[0].trim()) && !/^\s*(?:per\s+\p{L}+\s+)?op\b/iu.test(cur.slice(total.end))) return undefined
  // A price per period: the total is per the same period, over no span of years, or per another
  // period of the price's (`€ 165 per maand`, `€ 39.600 per jaar`): the count times the periods in it.
  const totalPer = (/^\s*per\s+(\p{L}+)/iu.exec(cur.slice(total.end))?.[1] ?? (/\bjaarlijks\s+$/iu.test(cur.slice(0, total.index + 1).replace(/€\s*$/u, '')) ? 'jaar' : '')).toLowerCase()
  const periods = pricePer && totalPer !== pricePer ? periodsIn(pricePer, totalPer) : undefined
  if (periods ? YEARS.test(cur.slice(0, total.index)) : span ? totalPer !== '' : pricePer && (YEARS.test(cur) || (totalPer !== '' && totalPer !== pricePer))) return undefined
  if (!pricePer && totalPer && !/^jaar$/iu.test(totalPer)) return undefined
  const computed = mul(mul(mul(count.value, price.value), span?.value ?? { n: 1n, d: 1n }), periods ?? { n: 1n, d: 1n })
  const stated = dutchNumber(total.text)
  if (!near(computed, stated)) return undefined
  const e = proseEquation(`${count.text}${span ? ` × ${span.text} jaar` : ''} × ${price.text}${periods ? ` × ${periods.n}` : ''}`, computed, { text: total.text, value: stated, index: total.index + cur.slice(total.index).indexOf(total.text) }, Boolean(cue[1]))
  // A mean price adds its rounding once per thing counted.
  return MEAN.test(prev.slice(0, price.index + 1)) ? { ...e, tolerance: add(e.tolerance, mul(rounding(price.text, true), count.value)) } : e
}

// How many of one period go into a longer one the total is per (`maand` in `jaar`: 12); a shorter one is no reading.
function periodsIn(pricePer: string, totalPer: string): { n: bigint; d: bigint } | undefined {
  const [a, b] = [PER_YEAR[pricePer], PER_YEAR[totalPer]]
  return a !== undefined && b !== undefined && a > b && a % b === 0n ? { n: a / b, d: 1n } : undefined
}

// The thing one price is of: the unit after `per` (no time), `Een cursus … kost`, `Elke keer`,
// `de kosten per cursus zijn`, `bankjes à € 900 per stuk`.
function pricedThings(prev: string, price: Quantity): string[] {
  const lead = prev.slice(0, price.index + 1)
  const stuk = /^stuk$/iu.test(price.per) ? APIECE.exec(lead)?.[1] : undefined
  const per = price.per && !TIME.test(price.per) && !stuk ? [price.per] : []
  const one = pricedNouns(prev, { text: price.text, value: price.value, euro: true, index: price.index + 1, end: price.end })
  const named = [COST_PER.exec(lead)?.[1], ONE_OPENING.exec(lead)?.[1]].filter((w): w is string => w !== undefined)
  return [...per, ...one, ...named, ...(stuk ? [stuk] : [])].map((w) => w.toLowerCase())
}

/** The count names the priced thing: its noun (`negen cursussen`), or `vier keer` for a price per time. */
export function counts(cur: string, count: Quantity, things: string[]): boolean {
  const after = cur.slice(count.end)
  if (things.includes('keer') && /^\s*(?:keer|maal)\b/iu.test(after)) return true
  const words = /^\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+/u.exec(after)?.[0].match(/[\p{L}'’-]+/gu) ?? []
  return words.some((w) => things.some((t) => namesUnit(w, t) || shortForm(w, t)))
}
