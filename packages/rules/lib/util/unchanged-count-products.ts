/**
 * A new price applied to a count that stays as it was: "In 2025 verkochten we 3.800 jaarkaarten."
 * … "Vanaf 2027 kost een jaarkaart € 42. Bij een gelijk aantal jaarkaarten levert dat € 159.600
 * op." The words `bij een gelijk aantal …` (`blijft het aantal … gelijk`, `uitgaande van een
 * constant aantal …`) name the count: the last level of that noun earlier in the section, however
 * far back. The price is the one amount of the result's sentence besides the result, or else the
 * one amount of the sentence before it; the result is the last amount of the sentence. What makes
 * the reading strong is that the text names the count itself; a price per another thing, a change
 * (`€ 12.600 meer`) or a percentage leaves it.
 */

import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, near, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { APPROX_BEFORE } from './lead-rate-lists.js'
import { sentencesOf } from './earlier-rate-products.js'
import { namesUnit, nounStem, wordsAfter } from './unit-nouns.js'
import { isDayOfDate, isYearNumber, TIME_UNITS } from './year-numbers.js'

const STEADY = String.raw`(?:gelijk(?:blijvend)?e?|ongewijzigde?|constante?|hetzelfde|stabiele?)`
// `bij een gelijk aantal jaarkaarten`, `uitgaande van een constant aantal`, `blijft het aantal bezoekers
// gelijk`, `als het aantal vergunningen gelijk blijft`: group 1 or 2 is the counted noun.
const UNCHANGED = new RegExp(
  String.raw`\b(?:bij|met|uitgaande\s+van)\s+(?:een\s+)?${STEADY}\s+aantal\s+(?:van\s+(?:de|het)\s+)?(?:\d[\d.]*\s+)?([\p{L}-]{3,})|\b(?:blijft|blijven)\s+(?:het\s+)?aantal\s+([\p{L}-]{3,})\s+(?:gelijk|hetzelfde|ongewijzigd|stabiel|constant)\b|\bhet\s+aantal\s+([\p{L}-]{3,})\s+(?:gelijk|hetzelfde|ongewijzigd|stabiel|constant)\s+blijft\b`,
  'giu'
)
const AMOUNT = new RegExp(String.raw`€\s*(${NUMBER})`, 'giu')
const COUNT = new RegExp(String.raw`(?<![\d.,\p{L}])(${NUMBER})(?![\d.,]*\d)(?!\s*%)`, 'gu')
// The result is a change of the yield, not the yield: `€ 12.600 meer`, `€ 14.000 extra`; before it, `extra €` (tested
// on the text up to the euro sign).
const CHANGE_AFTER = /^\s*(?:[\p{L}]+\s+){0,2}?(?:meer|minder|extra|erbij|hoger|lager)\b/iu
const CHANGE_BEFORE = /\b(?:extra|meer|minder|verhoging|stijging|daling)\s+(?:van\s+)?$/iu
// `per persoon per nacht`: the units a price is per.
const PER_UNITS = /^(?:\s+per\s+[\p{L}²³-]+)+/iu
const TIME = new RegExp(String.raw`^(?:${TIME_UNITS}|seizoen|nacht)$`, 'iu')

interface Amount {
  value: Rational
  text: string
  index: number
  end: number
}

/**
 * The yields of a price at an unchanged count of a noun the text named before.
 *
 * @param text One section's prose.
 * @returns The products as equations, at the offsets of their results.
 */
export function unchangedCountProducts(text: string): Equation[] {
  const out: Equation[] = []
  const sentences = sentencesOf(text)
  for (const m of text.matchAll(UNCHANGED)) {
    const noun = m[1] ?? m[2] ?? m[3] ?? ''
    const j = sentences.findIndex((s) => m.index >= s.start && m.index < s.start + s.text.length)
    const sentence = sentences[j]
    if (!sentence || /%|\bprocent\b/iu.test(sentence.text)) continue
    const amounts = amountsOf(sentence.text, sentence.start)
    const result = amounts.at(-1)
    if (!result || result.index < m.index || CHANGE_AFTER.test(text.slice(result.end)) || CHANGE_BEFORE.test(text.slice(Math.max(0, result.index - 30), result.index).replace(/€\s*$/u, ''))) continue
    // The price: the one other amount of the sentence, or the one amount of the sentence before.
    const previous = sentences[j - 1]
    const prices = amounts.length > 1 ? amounts.slice(0, -1) : previous && !/%|\bprocent\b/iu.test(previous.text) ? amountsOf(previous.text, previous.start) : []
    if (prices.length !== 1 || !perFits(text, prices[0]!, noun)) continue
    const count = lastCount(text.slice(0, result.index), noun)
    if (!count) continue
    const computed = mul(prices[0]!.value, count.value)
    if (!near(computed, result.value)) continue
    out.push(proseEquation(`${count.text} × ${prices[0]!.text}`, computed, { text: result.text, value: result.value, index: result.index }, APPROX_BEFORE.test(text.slice(Math.max(0, result.index - 16), result.index))))
  }
  return out
}

/** The euro amounts of a sentence at offset `base`, each with its end. */
export function amountsOf(sentence: string, base: number): Amount[] {
  return [...sentence.matchAll(AMOUNT)].map((a) => ({ value: dutchNumber(a[1] ?? ''), text: a[1] ?? '', index: base + a.index + a[0].length - (a[1] ?? '').length, end: base + a.index + a[0].length }))
}

// A price per something (`€ 95 per vergunning`, `€ 1,90 per gast per overnachting`) is per the named
// noun, per a period, or per a head or night of it; a price per another thing does not apply.
function perFits(text: string, price: Amount, noun: string): boolean {
  const units = (PER_UNITS.exec(text.slice(price.end))?.[0].match(/(?<=per\s+)[\p{L}²³-]+/giu) ?? []).map((u) => u.toLowerCase())
  return units.length === 0 || units.some((u) => TIME.test(u) || namesUnit(noun, u) || /^(?:persoon|hoofd)$/u.test(u) || (u.length >= 4 && nounStem(noun).includes(nounStem(u))))
}

// The last count of the noun before the result (`3.800 jaarkaarten`, `naar 61.300 overnachtingen`):
// a whole number of two or more, no year or day, with the noun among the two words after it.
export function lastCount(before: string, noun: string): Amount | undefined {
  let last: Amount | undefined
  for (const c of before.matchAll(COUNT)) {
    const written = c[1] ?? ''
    const index = c.index
    if (/€\s*$/u.test(before.slice(Math.max(0, index - 3), index)) || isYearNumber(written) || isDayOfDate(before.slice(index + written.length))) continue
    const value = dutchNumber(written)
    if (value.d !== 1n || value.n < 2n) continue
    const words = wordsAfter(before.slice(index + written.length))
    if (words.some((w) => namesUnit(w, noun) || namesUnit(noun, w))) last = { value, text: written, index, end: index + written.length }
  }
  return last
}
