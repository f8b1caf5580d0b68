/**
 * A share said twice, as a percentage and in words, beside each other: "20%, ofwel een op de
 * vijf", "ruim een derde (35%)", "bijna de helft van de bezoekers (47%)", "25%, een kwart". The words
 * restate the percentage, so they must fit it; no other number is needed to check that.
 */

import { step } from './share-wholes.js'
import { read } from './share-tolerance.js'

/** The percentage a share in words restates. */
export interface Restated {
  /** The percentage, in percent. */
  value: number
  /** Half a step of its last digit: what its rounding may hide. */
  half: number
}

// Between a percentage and the words after it: a comma, a colon or an opening parenthesis, a word that says
// "that is" and an adverb of time (`12 procent: nog steeds één op de acht`).
const PERCENT_THEN_WORDS =
  /^\s*(?:\(\s*|[,:]\s*(?:(?:dat|dit|wat)\s+(?:is|zijn|was)\s+|ofwel\s+|oftewel\s+|dus\s+|of\s+)?(?:(?:nog\s+(?:altijd|steeds)|nog|inmiddels|nu|toen|al|zelfs)\s+)?|,?\s*en\s+(?:is|was)\s+(?:daarmee|dus)\s+)$/iu
// After the words: the parenthesis closed, or the end of a clause (`14%, een kwart, en …`), also after the noun they
// count (`een op de vier volwassenen.`, `een kwart van de huurders`); a comparative makes them a change instead.
const CLAUSE_END = /^\s*(?:(?!(?:meer|minder|hoger|lager|groter|kleiner|dan)\b)[\p{L}-]+\s+){0,3}?(?:(?!(?:meer|minder|hoger|lager|groter|kleiner|dan)\b)[\p{L}-]+\s*)?(?:[,.;:)]|dus\b|$)/iu
// Between words and the percentage after them: at most three words (`van de bezoekers`) and an opening parenthesis.
// Also between commas: `Ruim een kwart van de jongeren, 21 procent, rookt`.
const WORDS_THEN_PERCENT = /^\s*(?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+\s*)?[(,]\s*$/iu

/**
 * The word shares of a sentence that restate a percentage beside them, by the offset of the
 * word share in the sentence.
 *
 * @param sentence A sentence.
 * @param shares The share matches of the sentence in order (group 2 a percentage's number, group 3
 *   its unit, group 4 a share in words).
 * @returns The restated percentage per word share.
 */
export function restatedPercents(sentence: string, shares: RegExpMatchArray[]): Map<number, Restated> {
  const out = new Map<number, Restated>()
  const isPercent = (m: RegExpMatchArray): boolean => m[2] !== undefined && !/punt/i.test(m[3] ?? '')
  shares.forEach((m, i) => {
    const next = shares[i + 1]
    if (!next || isPercent(m) === isPercent(next)) return
    const end = (m.index ?? 0) + m[0].length
    const between = sentence.slice(end, next.index)
    const after = sentence.slice((next.index ?? 0) + next[0].length)
    const [percent, words] = isPercent(m) ? [m, next] : [next, m]
    const fitsBetween = isPercent(m)
      ? PERCENT_THEN_WORDS.test(between) && CLAUSE_END.test(after) && (!between.includes('(') || after.trimStart().startsWith(')'))
      : WORDS_THEN_PERCENT.test(between) && (between.includes('(') ? after.trimStart().startsWith(')') : /^\s*,/u.test(after))
    const value = read(percent[2] ?? '')
    if (!fitsBetween || value === undefined) return
    out.set(words.index ?? 0, { value, half: step(percent[2] ?? '') / 2 })
  })
  return out
}

// A sentence that only restates: `dat is één op de drie`, `Dit komt neer op een kwart`.
const RESTATING = /^\s*(?:dat|dit|wat)\s+(?:is|zijn|was|waren|komt\s+neer\s+op)\s+(?:dus\s+|ongeveer\s+|ruwweg\s+|zo['’]n\s+)?$/iu
const PERCENTAGE = /(?<![\d.,])(\d+(?:,\d+)?)\s?(?:%(?!-?punt)|procent\b(?!punt))/giu

/**
 * The percentage a sentence of words restates when it points back (`dat is één op de drie`) to a
 * sentence with one percentage and no other number.
 *
 * @param before The sentence up to the words.
 * @param previous The sentence before, in the same paragraph (or `''`).
 * @returns The restated percentage, or undefined.
 */
export function restatedBefore(before: string, previous: string): Restated | undefined {
  if (!RESTATING.test(before)) return undefined
  const percents = [...previous.matchAll(PERCENTAGE)]
  // Any other number (a count, a year) may be what the words are about.
  const others = previous.replace(PERCENTAGE, ' ').match(/\d/g)
  const written = percents[0]?.[1]
  const value = read(written ?? '')
  return percents.length === 1 && !others && written && value !== undefined ? { value, half: step(written) / 2 } : undefined
}
