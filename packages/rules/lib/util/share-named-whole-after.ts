/**
 * A share whose whole follows it behind a noun that names it: `Met € 84.000 aan entreegelden
 * betaalt het zwembad bijna een derde van zijn exploitatie van € 415.000`, `De 37 nieuwe
 * laadpalen maken 30 procent uit van het netwerk van 212 palen`. The whole-after reader wants the
 * number right after `van de`; here a determiner and a noun stand between, and the number comes
 * after a second `van`. The part is the one number before the share in its sentence, of the same
 * kind: both amounts, or counts of one noun or measure. Anything else (a year, an age, a rate per
 * unit, a change) leaves the share to other readers.
 */

import { magnitudeWord } from '@kapstok/nl'
import { PLAIN_NUMBER } from './plain-number.js'
import { scaled } from './share-tolerance.js'
import { isYearNumber } from './year-numbers.js'
import { DOWN, UP } from './share-any-pair.js'
import { sameNoun } from './noun-kinds.js'
import { unitFactor } from './unit-scales.js'

const NUMBER = PLAIN_NUMBER
const APPROX = String.raw`(?:in\s+totaal|ruim|bijna|circa|ongeveer|zo['’]n)\s+`
// `(uit) van zijn exploitatie van € 415.000`, `van het netwerk van 212 palen`: one to three words name the whole,
// and a phrase may narrow them (`van de totale uitstoot van ons wagenpark van 900 ton`); the whole may stand in brackets
// (`van de doelgroep (3.400 huishoudens)`); the narrowing phrase may go without an article (`van het budget voor
// speelplekken in wijken van € 2 miljoen`).
const OF_NAMED = String.raw`^\s+(?:uit\s+)?van\s+(?:de|het|haar|zijn|hun|ons|onze|alle|dit|deze)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)`
const WHOLE = String.raw`(€\s*)?(${NUMBER})(?![\d]|[.,]\d)(\s+${magnitudeWord})?`
const NAMED_THEN_WHOLE = new RegExp(
  String.raw`${OF_NAMED}(?:\s+(?:van|in|voor|bij)\s+(?:(?:de|het|ons|onze|heel|alle)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+))?\s+(?:van\s+|\(\s*)(?:${APPROX})?${WHOLE}`,
  'iu'
)
// A whole in brackets closes the noun phrase that names it, so that phrase may be narrowed more freely: by any
// preposition and up to four words without an article (`van alle lasten van dit taakveld (€ 9,2 mln)`, `van de
// huishoudens in oude en nieuwe wijken (totaal 5.300)`). The bracket holds the whole alone, with its unit or noun.
const NAMED_THEN_BRACKET = new RegExp(
  String.raw`${OF_NAMED}(?:\s+(?:van|in|voor|bij|uit|aan|op|over|binnen|met)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?\s*\(\s*(?:${APPROX}|(?:totaal|samen)\s+)?${WHOLE}(?=\s*(?:[\p{L}²³-]+\s*)?\))`,
  'iu'
)
// After the whole: an age or span (`van 4 tot 12 jaar`, `van 65 jaar`), a rate (`van € 12 per uur`), a percentage.
const NOT_A_WHOLE = /^\s*(?:-|tot\b|t\/m\b|jaar\b|per\b|%|procent\b)/iu
// The one number before the share, with its euro sign, magnitude and the word after it.
const PART = new RegExp(String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d]|[.,]\d)(\s+${magnitudeWord})?((?:\s+(?:m[23](?!\d)|[\p{L}²³-]+)){0,2})`, 'giu')
// The noun right after the whole: `palen` in `van 212 palen`, `m2` in `van 3.000 m2`; and the word after it, for a
// measure of two words (`vierkante meter`).
const NOUN_AFTER = /^\s+(m[23](?!\d)|[\p{L}²³-]+)(?:\s+([\p{L}-]+))?/u
// A part set off at the close of the sentence, after a colon, dash or comma or in brackets: `: € 300.000.`, `(45 bankjes)`.
// Same groups as PART.
const SET_OFF_PART = new RegExp(String.raw`(?:[:–]|,|\()\s*(?:(?:dat\s+is|in\s+totaal|ofwel|ruim|bijna|circa|ongeveer|zo['’]n)\s+)?(€\s*)?(?<![\d.,])(${NUMBER})(?![\d]|[.,]\d|\s?(?:%|procent\b))(\s+${magnitudeWord})?((?:\s+(?:m[23](?!\d)|[\p{L}²³-]+)){0,2})\s*\)?\s*[.;]?\s*$`, 'iu')

/**
 * The share of a part before it in a whole named after it behind a noun.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns The part as a share of the whole, or undefined.
 */
export function namedWholeAfter(before: string, after: string, numbersOf: (text: string) => string[]): { actual: number; basis: string } | undefined {
  const w = NAMED_THEN_WHOLE.exec(after) ?? NAMED_THEN_BRACKET.exec(after)
  const rest = w ? after.slice(w.index + w[0].length) : ''
  if (!w || isYearNumber(w[3] ?? '') || NOT_A_WHOLE.test(rest)) return undefined
  // A share said as a change (`een stijging van …`) is read by the change readers.
  // A digit glued to a capital is a name, no number (`CO2`, `PM10`, `NO2`).
  // A square or cubic metre written with a digit (`m2`) is a unit, no number.
  const lead = before.replace(/(?<=\p{Lu})\d+\b/gu, '').replace(/\b(k?m)2(?!\d)/gu, '$1²').replace(/\b(k?m)3(?!\d)/gu, '$1³')
  if (UP.test(lead) || DOWN.test(lead)) return undefined
  // The part before the share, or else set off at the end of the sentence after the whole: `Een kwart van het budget
  // voor bankjes (€ 2 miljoen) gaat naar onderhoud: € 300.000.` The result may stand before its terms.
  const leadNumbers = numbersOf(lead).length
  const closing = leadNumbers === 0 && !UP.test(rest) && !DOWN.test(rest) && numbersOf(rest).length === 1 ? SET_OFF_PART.exec(rest) : null
  if (leadNumbers !== 1 && !closing) return undefined
  const parts = closing ? [closing] : [...lead.matchAll(PART)].filter((m) => !isYearNumber(m[2] ?? ''))
  const p = parts.length === 1 ? parts[0] : undefined
  if (!p || isYearNumber(p[2] ?? '')) return undefined
  const written = scaled(w[3], w[4]?.trim())
  const part = scaled(p[2], p[3]?.trim())
  if (!written || part === undefined) return undefined
  // An amount is a share of an amount only; a count of a count of the same noun or measure.
  const [partEuro, wholeEuro] = [Boolean(p[1]), Boolean(w[2])]
  if (partEuro !== wholeEuro) return undefined
  // A whole alone in its brackets (`(totaal 1.600)`) is counted in the head of the phrase before them.
  const bracketed = /\(\s*\S*\s*(?:€\s*)?[\d.,]+[^()]*$/u.test(w[0]) && /^\s*\)/u.test(rest)
  const next = NOUN_AFTER.exec(rest)
  const wholeNoun = next?.[1] ?? (bracketed ? ((w[1] ?? '').split(/\s+/).at(-1) ?? '') : '')
  const partWords = (p[4] ?? '').trim().split(/\s+/).filter(Boolean)
  // Nouns compare one by one; a measure may take two words on either side (`450 vierkante meter` of `3.000 m²`).
  const wholeNouns = next?.[2] ? [wholeNoun, `${wholeNoun} ${next[2]}`] : [wholeNoun]
  const partNouns = partWords.length === 2 ? [...partWords, partWords.join(' ')] : partWords
  const sameThing = wholeEuro || (wholeNoun !== '' && partNouns.some((part) => wholeNouns.some((whole) => sameNoun(part, whole))))
  // `2.200 ton` of `46 kiloton`, `6.500 m²` of `3 hectare`: a measure in another unit of it is read in the part's unit.
  const factor = sameThing || !partWords[0] ? undefined : unitFactor(wholeNoun, partWords[0])
  if (!sameThing && !factor) return undefined
  const whole = factor ? (written * Number(factor.n)) / Number(factor.d) : written
  if (part >= whole) return undefined
  const shown = (euro: boolean, n: string | undefined, scale: string | undefined): string => `${euro ? '€ ' : ''}${n ?? ''}${scale ?? ''}`
  return { actual: (part / whole) * 100, basis: `${shown(partEuro, p[2], p[3])}${factor ? ` ${partWords[0]}` : ''} van ${shown(wholeEuro, w[3], w[4])}${factor ? ` ${wholeNoun}` : ''}` }
}

// `De 300 bankjes zijn voor ruim een derde vervangen`: a share said with `voor` splits its clause's subject.
const SPLITS_SUBJECT = /\bvoor\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|nog|maar|slechts)\s+)?$/iu

/**
 * A share said with `voor` of its clause's subject, whose whole stands before it and whose part
 * closes the sentence: `Het fonds van € 3 miljoen gaat voor de helft naar de dorpen: € 1,2 miljoen.`,
 * `De bruggen (in totaal 80) zijn voor 40 procent aan vervanging toe: 20 bruggen.` The whole is the
 * one number before the share, the part the one number set off after it, of the same kind (both
 * amounts, or counts whose nouns match or the part with no noun of its own).
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns The part as a share of the whole, or undefined.
 */
export function splitSubjectShare(before: string, after: string, numbersOf: (text: string) => string[]): { actual: number; basis: string } | undefined {
  const lead = before.replace(/(?<=\p{Lu})\d+\b/gu, '')
  if (!SPLITS_SUBJECT.test(lead) || UP.test(lead) || DOWN.test(lead) || UP.test(after) || DOWN.test(after)) return undefined
  if (numbersOf(lead).length !== 1 || numbersOf(after).length !== 1) return undefined
  const wholes = [...lead.matchAll(PART)].filter((m) => !isYearNumber(m[2] ?? ''))
  const w = wholes.length === 1 ? wholes[0] : undefined
  const p = SET_OFF_PART.exec(after)
  if (!w || !p || isYearNumber(p[2] ?? '') || NOT_A_WHOLE.test(lead.slice((w.index ?? 0) + w[0].length - (w[4] ?? '').length))) return undefined
  const [partEuro, wholeEuro] = [Boolean(p[1] || p[3]), Boolean(w[1] || w[3])]
  if (partEuro !== wholeEuro) return undefined
  // Counts: the part's noun, when it has one, names a word of the lead (`toestellen` ~ `speeltoestellen`).
  const partNoun = (p[4] ?? '').trim().split(/\s+/)[0] ?? ''
  // `…, binnen 10 jaar`, `: 3 keer`: a span or a frequency counts no members of the whole.
  if (/^(?:jaar|jaren|maanden|weken|dagen|uur|uren|minuten|keer|maal|per)$/iu.test(partNoun)) return undefined
  if (!wholeEuro && partNoun !== '' && !lead.split(/[^\p{L}²³-]+/u).some((word) => word.length > 2 && sameNoun(word, partNoun))) return undefined
  const [whole, part] = [scaled(w[2], w[3]?.trim()), scaled(p[2], p[3]?.trim())]
  if (!whole || part === undefined || part >= whole) return undefined
  const shown = (euro: boolean, n: string | undefined, scale: string | undefined): string => `${euro ? '€ ' : ''}${n ?? ''}${scale ?? ''}`
  return { actual: (part / whole) * 100, basis: `${shown(partEuro, p[2], p[3])} van ${shown(wholeEuro, w[2], w[3])}` }
}
