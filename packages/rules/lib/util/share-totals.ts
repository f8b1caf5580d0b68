/**
 * A total stated once in a paragraph (`in totaal € 2.480.000`, `telt in totaal 480 plaatsen`) and
 * the shares said of it later in the paragraph (`€ 215.000, bijna 12% van het totaal`), and the
 * nouns that name a whole rather than another group (`van het totaal`, `van de doelgroep`,
 * `van de woningvoorraad`).
 */

import { magnitudeWord } from '@kapstok/nl'
import { scaled } from './share-tolerance.js'
import { isYearNumber } from './year-numbers.js'
import { PLAIN_NUMBER } from './plain-number.js'

const NUMBER = PLAIN_NUMBER

/**
 * Regular-expression source (no groups) for a noun that names the whole itself: `totaal`,
 * `geheel`, `de groep`, `doelgroep`, `bevolking`, a budget, a stock (`bomenbestand`, `woningvoorraad`, `het areaal`), a
 * network (`het fietsnetwerk`), a body of people or animals counted as one (`de pool`, `het korps`,
 * `de populatie`) or `het totale …`.
 */
export const wholeNoun = String.raw`totaal|geheel|groep|doelgroep|bevolking|populatie|\p{L}*pool|korps|areaal|\p{L}*netwerk|\p{L}*budget|\p{L}*bestand|\p{L}*voorraad|totale\s+\p{L}+`
const WHOLE = new RegExp(String.raw`^(?:${wholeNoun})$`, 'iu')

/** A total stated in a sentence: its value, as written, whether in euro and its noun. */
export interface StatedTotal {
  value: number
  written: string
  euro: boolean
  noun: string
}

// `in totaal € 2.480.000`, `telt in totaal 480 opvangplaatsen`, `In totaal gaven de adviseurs 2.000 adviezen`.
const TOTAL = new RegExp(String.raw`\bin\s+totaal\s+(?:[\p{L}-]+\s+){0,3}?(€\s*)?(${NUMBER})(\s+${magnitudeWord})?(?:\s+([\p{L}-]+))?`, 'iu')
// A sentence that opens on its whole: `Van de 400 laadpalen staan er 300 op bedrijventerreinen`.
// Its groups stand where TOTAL has them (an empty first group for the euro sign it never has), so one reading serves both.
const WHOLE_OPENING = new RegExp(String.raw`^\s*(?:[-*+]\s+)?van\s+(?:de|alle)\s+()(${NUMBER})(\s+${magnitudeWord})?\s+([\p{L}-]+)`, 'iu')
// Amounts and counts in the words before a share, not years and not percentages.
const AMOUNT = new RegExp(String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d]|[.,]\d)(\s+${magnitudeWord})?(?!\s?(?:%|procent))`, 'giu')

/**
 * The total a sentence states with `in totaal`, or opens on (`Van de 400 laadpalen staan er …`).
 *
 * @param sentence A sentence.
 * @returns The total, or undefined.
 */
export function statedTotal(sentence: string): StatedTotal | undefined {
  const m = TOTAL.exec(sentence) ?? WHOLE_OPENING.exec(sentence)
  const value = scaled(m?.[2], m?.[3]?.trim())
  if (!m || !value || isYearNumber(m[2])) return undefined
  return { value, written: `${m[1] ? '€ ' : ''}${m[2]}${m[3] ?? ''}`, euro: Boolean(m[1]), noun: (m[4] ?? '').toLowerCase() }
}

/**
 * Whether a noun names the whole: `totaal`, `budget`, `doelgroep`, `woningvoorraad`.
 *
 * @param noun A noun (lower or upper case).
 * @returns Whether it is a word for the whole.
 */
export const isWholeNoun = (noun: string): boolean => WHOLE.test(noun.trim())

// What an amount is a share of: the money of a programme or a budget line (`van het programma`, `van de lasten`).
// Said after a part in euro it names the part's whole; after a count it names something else.
const MONEY_WHOLE = /^(?:\p{L}*programma|begroting|\p{L}*budget|\p{L}*lasten|\p{L}*uitgaven|\p{L}*kosten|middelen|geld|bedrag|\p{L}*subsidie|investering(?:en)?|pot|fonds|krediet)$/iu

/**
 * Whether a noun names the money an amount is part of: `programma`, `lasten`, `middelen`.
 *
 * @param noun A noun (lower or upper case).
 * @returns Whether it names a whole of money.
 */
export const isMoneyWhole = (noun: string): boolean => MONEY_WHOLE.test(noun.trim())

// `van alle aanmeldingen`, `van de hele lijst`, `van de totale productie`, closing the clause (a time may
// follow: `in dat jaar`, `in 2025`); a narrowing phrase (`in de regio`) makes it another group.
const OF_EVERYTHING = /^\s+van\s+(?:alle|(?:de|het)\s+(?:hele|gehele|totale))\s+[\p{L}-]+(?:\s+in\s+(?:(?:dat|dit|datzelfde|hetzelfde)\s+jaar|(?:19|20)\d{2}))?\s*(?:[.,;:)]|$)/iu

/**
 * Whether the words after a share say it is of everything its noun names (`ruim een derde van alle
 * aanmeldingen`, `bijna een kwart van de volledige wachtrij`): with a part in the sentence before it, the
 * share is of that part's whole, whatever word names it (a list, the production, the applications).
 *
 * @param after The sentence after the share.
 * @returns Whether the share is of all of something, unnarrowed.
 */
export const ofEverything = (after: string): boolean => OF_EVERYTHING.test(after)

/**
 * A share said of the paragraph's total (`van het totaal`, `van het budget`, `van alle
 * adviezen` after `in totaal 2.000 adviezen`), its part the one amount before it in the sentence.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param total The total stated earlier in the paragraph.
 * @returns The share the numbers give, or undefined.
 */
export function shareOfTotal(before: string, after: string, total: StatedTotal): { actual: number; basis: string } | undefined {
  const named = new RegExp(String.raw`^\s+van\s+(?:het|de|alle|ons|onze)\s+(${wholeNoun}|[\p{L}-]+)`, 'iu').exec(after)?.[1]?.toLowerCase()
  if (!named || (!isWholeNoun(named) && named !== total.noun)) return undefined
  const parts = [...before.matchAll(AMOUNT)].filter((m) => !isYearNumber(m[2]))
  const [part] = parts
  const value = scaled(part?.[2], part?.[3]?.trim())
  // Two amounts before the share: which one (or their sum) it is of cannot be told.
  if (parts.length !== 1 || value === undefined || Boolean(part?.[1]) !== total.euro || value > total.value) return undefined
  return { actual: (value / total.value) * 100, basis: `${part?.[1] ? '€ ' : ''}${part?.[2]}${part?.[3] ?? ''} van ${total.written}` }
}
