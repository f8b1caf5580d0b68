/**
 * A share with its part set off by commas right after it, as an apposition: "Van de 60 clubs
 * heeft ruim een kwart, 17 in totaal, een eigen veld", "Meer dan de helft van de 90 scholen,
 * namelijk 48, doet mee". The comma that closes the share keeps the whole-first and part-of
 * readers of `share-bases` from pairing the numbers (a comma between whole and part stops them
 * on purpose: most commas start another clause), but an apposition is the share's own part. So is
 * a part in brackets: "Van de 400 leden is bijna de helft (ruim 150) vrijwilliger".
 */

import { magnitudeWord, parseNumberWord } from '@kapstok/nl'
import { scaled } from './share-tolerance.js'
import { DIGIT_RUN, PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import { countsOf } from './share-counted-numbers.js'

const NUMBER = PLAIN_NUMBER
const AMOUNT = String.raw`(€\s*)?(${NUMBER})(?![\d]|[.,]\d)(\s+${magnitudeWord})?(?!\s?(?:%|procent\b))`
// Words that may lead the apposed part: `namelijk 48`, `zo'n 810`, `in totaal 17`.
const LEAD = String.raw`(?:(?:namelijk|ofwel|oftewel|dat\s+zijn|dat\s+is|in\s+totaal|zo['’]n|circa|ca\.|ongeveer|ruim|bijna|precies|exact|afgerond)\s+)?`
// At most three words after the part (`17 in totaal`, `48 scholen`), then the apposition closes; a comparative
// (`12 meer dan vorig jaar`), a time (`3 jaar`) or a count of times (`2 keer`) says something else than the part.
const TAIL = String.raw`(?:\s+(?!(?:meer|minder|extra|hoger|lager|groter|kleiner|jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|keer|maal|procentpunt)\b)[\p{L}'’-]+){0,3}?\s*(?:[,;.)]|$)`
// Right after the share: its whole (`van de 90 scholen`) if it names one, then the part between commas.
const APPOSED = new RegExp(String.raw`^(?:\s+van\s+(?:de|het|alle|deze|die)\s+(?:in\s+totaal\s+)?${AMOUNT}(?:\s+[\p{L}-]+){0,4}?)?\s*[,:(]\s*${LEAD}${AMOUNT}${TAIL}`, 'iu')
// The whole named first in the sentence before the share: `Van de 60 clubs (die …,) heeft`.
const WHOLE_FIRST = new RegExp(String.raw`(?:^|[\s,;:(])van\s+(?:de|alle|deze|die)\s+(?:in\s+totaal\s+|ruim\s+|circa\s+|ongeveer\s+)?${AMOUNT}`, 'iu')

/**
 * The share an apposed part gives: its whole right after the share, or else the one number of
 * the sentence before the share, named with `van de`.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param numbersOf The numbers of a text that are no years or days of a date.
 * @returns The part as a share of its whole, or undefined.
 */
export function apposedPart(before: string, after: string, numbersOf: (text: string) => string[]): { actual: number; basis: string } | undefined {
  const m = APPOSED.exec(after)
  if (!m || isYearNumber(m[5])) return undefined
  const first = m[2] === undefined ? WHOLE_FIRST.exec(before) : null
  // Without a whole after the share, the sentence before it has one number: the whole it opens with.
  if (m[2] === undefined && (!first || numbersOf(before).length !== 1)) return undefined
  const [wholeEuro, wholeText, wholeScale] = m[2] === undefined ? [first?.[1], first?.[2], first?.[3]] : [m[1], m[2], m[3]]
  const whole = scaled(wholeText, wholeScale?.trim())
  const part = scaled(m[5], m[6]?.trim())
  // An amount is no part of a count, nor a count of an amount.
  if (!whole || part === undefined || part > whole || Boolean(wholeEuro || wholeScale) !== Boolean(m[4] || m[6])) return undefined
  const written = (euro: string | undefined, n: string | undefined, scale: string | undefined): string => `${euro ? '€ ' : ''}${n ?? ''}${scale ?? ''}`
  return { actual: (part / whole) * 100, basis: `${written(m[4], m[5], m[6])} van ${written(wholeEuro, wholeText, wholeScale)}` }
}

// A count with its noun set off right after a share, closed by a comma or a bracket: `, 490 inwoners,`, `(1.100 leerlingen)`.
const APPOSED_COUNT = new RegExp(String.raw`^\s*[,(]\s*${LEAD}(${NUMBER})(?![\d]|[.,]\d)\s+([\p{L}-]{4,})\s*[,)]`, 'iu')

/**
 * The count a share sets off with its noun right after it (`Een op de drie, 490 inwoners, …`,
 * `Vier op de tien (1.100 leerlingen) …`): the part of a whole counted before, by that noun.
 *
 * @param after The sentence after the share.
 * @returns The part as written, its value and its noun (lower case), or undefined.
 */
export function apposedCount(after: string): { written: string; value: number; noun: string } | undefined {
  const m = APPOSED_COUNT.exec(after)
  const value = scaled(m?.[1], undefined)
  return m && value !== undefined && !isYearNumber(m[1]) ? { written: m[1] ?? '', value, noun: (m[2] ?? '').toLowerCase() } : undefined
}

/**
 * The count set off right after a share (and its whole's noun), when it is the share's one part in
 * view: no number stands before the share, and the clause after the apposition counts neither the
 * whole's noun nor the count's own. That clause may go on with figures of something else (`…, 2.740
 * woningen, ligt binnen 300 meter van een bushalte`); a count of the noun there (`…, van de
 * 12.000 woningen in de stad`) may be the whole, and the pair is then another reader's.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share, from where the apposition may open (after its whole's noun).
 * @param wholeNoun The noun of the share's whole (`woningen`), or ''.
 * @param numbersOf The numbers of a text that are no years or days of a date.
 * @returns The count as `apposedCount` reads it, or undefined.
 */
export function apposedCountAlone(before: string, after: string, wholeNoun: string, numbersOf: (text: string) => string[]): { written: string; value: number; noun: string } | undefined {
  const m = APPOSED_COUNT.exec(after)
  const count = apposedCount(after)
  if (!m || !count || numbersOf(before).length > 0) return undefined
  const rest = after.slice(m[0].length)
  return [wholeNoun, count.noun].some((noun) => countsOf(noun, [rest]).length > 0) ? undefined : count
}

// `kwam 3 keer voor`, `ging 12 maal uit`: a count of times, in its clause before a share.
const TIMES = /(?<![\d.,])(\d{1,3}(?:\.\d{3})*)(?![.,]?\d)\s+(?:keer|maal)\b/giu
// A number that names rather than counts: a code or level after an abbreviation (`GRIP 2`, `BRZO 3`).
const CODE_NUMBER = /\b\p{Lu}{2,}\s+\d{1,2}(?![\d.,]*\d)/gu

/**
 * The count of times a clause states before its share (`Een volledige evacuatie kwam 4 keer voor, ruim een
 * kwart van alle ontruimingen`): the part, in the noun the share names, of a whole of that noun counted
 * before. Only when it is the clause's one count: a code after an abbreviation (`GRIP 2`) names a level.
 *
 * @param before The sentence up to the share.
 * @param noun The noun of the share's whole (`ontruimingen`).
 * @returns The part as written, its value and the noun, or undefined.
 */
export function timesCount(before: string, noun: string): { written: string; value: number; noun: string } | undefined {
  const times = [...before.matchAll(TIMES)]
  const others = before.replace(CODE_NUMBER, '').match(DIGIT_RUN) ?? []
  const value = scaled(times[0]?.[1], undefined)
  return times.length === 1 && others.length === 1 && value !== undefined ? { written: times[0]?.[1] ?? '', value, noun: noun.toLowerCase() } : undefined
}

// The names in brackets in the share's own clause: `een kwart een groot tekort (Sportfonds en Kunstkring)`.
const NAMED_LIST = /^((?:\s+[\p{L}-]+){0,8}?)\s*\(([^()]{3,160})\)/u
// A bracket that gives examples or a number is no list of the part: `(onder meer …)`, `(2024 en 2025)`.
const EXAMPLES = /\b(?:zoals|bijvoorbeeld|bijv|o\.a|onder\s+(?:meer|andere)|waaronder|met\s+name|m\.n|enz|etc|en\s+(?:andere|meer|zo))\b|\.{3}|…|%|\d{4}|\bprocent\b/iu
const LIST_SPLIT = /\s*,\s*|\s+(?:en|of)\s+/u
// The whole named first, in digits or a number word: `Van de zes verbonden partijen`.
const WHOLE_WORD = /(?:^|[\s,;:(])van\s+(?:de|alle|deze|die)\s+(\p{L}+|\d+)\s/iu

/**
 * The part a share names as a list in brackets in its own clause, of the whole the sentence opens
 * with (`Van de acht stichtingen heeft een kwart een groot tekort (Sportfonds en Kunstkring)`): as many as it
 * names.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @returns The named part as a share of the whole, or undefined.
 */
export function namedListPart(before: string, after: string): { actual: number; basis: string } | undefined {
  const m = NAMED_LIST.exec(after)
  const word = WHOLE_WORD.exec(before)?.[1] ?? ''
  const whole = /^\d+$/u.test(word) ? Number(word) : parseNumberWord(word.toLowerCase())
  if (!m || !whole || EXAMPLES.test(m[2] ?? '')) return undefined
  const items = (m[2] ?? '').split(LIST_SPLIT).map((item) => item.trim()).filter((item) => item !== '')
  // Names (capitalised, a few words each), at least two, fewer than the whole; a count between the share and the
  // bracket is what the bracket spells out (`een portefeuille met twee domeinen (zorg en jeugd, …)`).
  if (items.length < 2 || items.length >= whole || items.some((item) => !/^[\p{Lu}\d]/u.test(item) || item.split(/\s+/u).length > 4)) return undefined
  if ((m[1] ?? '').split(/\s+/u).some((w) => /^\d/u.test(w) || (w.length > 2 && parseNumberWord(w.toLowerCase()) !== undefined && w.toLowerCase() !== 'een'))) return undefined
  return { actual: (items.length / whole) * 100, basis: `${items.length} (${items.join(', ')}) van ${word}` }
}
