/**
 * Age groups as a table labels them (`10-11 jaar`, `13 t/m 16 jaar`, `70 jaar en ouder`, `85+`) and
 * as a sentence names them (`leerlingen van tien en elf jaar`, `de vier- en vijfjarigen`,
 * `13- tot en met 16-jarigen`, `70-plussers`): both read as one range of ages, so a sentence names
 * a row of an age table in its own words. Used by the share readers that find a row by its label.
 */

import { parseNumberWord } from '@kapstok/nl'

/** An age range, both ends included; an open upper end is Infinity. */
type AgeRange = readonly [number, number]

const TO = String.raw`\s*(?:-|–|t\/m|tot\s+en\s+met|en)\s*`
// A row label: `10-11 jaar`, `13 t/m 16 jaar`, `70 jaar en ouder`, `70+`, `85 jaar of ouder`.
const LABEL_RANGE = new RegExp(String.raw`^(\d{1,3})${TO}(\d{1,3})\s*(?:jaar|jarigen)?$`, 'u')
const LABEL_OPEN = /^(\d{1,3})\s*(?:\+|jaar\s+(?:en|of)\s+ouder|plus)$/u
// In a sentence: `8 en 9 jaar`, `6- en 7-jarigen`, `13- tot en met 16-jarigen`, `van 5 tot en met 9 jaar`.
const SENTENCE_RANGE = new RegExp(String.raw`(?<![\d.,])(\d{1,3})-?${TO}(\d{1,3})(?:\s*-?\s*jarigen|\s+jaar)\b`, 'gu')
// `70-plussers`, `70+`, `70 jaar en ouder`, `85-plus`.
const SENTENCE_OPEN = /(?<![\d.,])(\d{1,3})(?:-?plussers?|\+|\s+jaar\s+(?:en|of)\s+ouder|-plus)(?![\p{L}])/gu
// A number word glued to `jarigen` (`vijfjarigen`), or standing alone before an age (`tien en elf jaar`).
const GLUED = /(?<![\p{L}])(\p{L}+?)(-?jarigen)\b/gu
const WORD = /(?<![\p{L}])(\p{L}{3,})(?=-?\s)/gu

// Number words as digits: `vier- en vijfjarigen` reads `4- en 5-jarigen`, `tien en elf jaar` reads `10 en 11 jaar`.
const asDigits = (text: string): string =>
  text
    .replace(GLUED, (all: string, word: string, tail: string) => {
      const n = parseNumberWord(word)
      return n === undefined ? all : `${n}${tail.startsWith('-') ? tail : `-${tail}`}`
    })
    .replace(WORD, (word: string) => {
      const n = /^(?:een|één)$/iu.test(word) ? undefined : parseNumberWord(word)
      return n === undefined || n > 120 ? word : String(n)
    })

/**
 * The age range a table's row label gives, if it is one.
 *
 * @param label The label, in lower case.
 * @returns The range, or undefined.
 */
function ageRangeOfLabel(label: string): AgeRange | undefined {
  const text = label.trim()
  const range = LABEL_RANGE.exec(text)
  if (range && /jaar|jarigen|-|–|t\/m/u.test(text)) return [Number(range[1]), Number(range[2])]
  const open = LABEL_OPEN.exec(text)
  return open ? [Number(open[1]), Infinity] : undefined
}

/**
 * The age ranges a sentence names.
 *
 * @param sentence The sentence, in lower case.
 * @returns The ranges, in order.
 */
function ageRangesIn(sentence: string): AgeRange[] {
  const text = asDigits(sentence)
  const closed = [...text.matchAll(SENTENCE_RANGE)].map((m): AgeRange => [Number(m[1]), Number(m[2])])
  const open = [...text.matchAll(SENTENCE_OPEN)].map((m): AgeRange => [Number(m[1]), Infinity])
  return [...closed, ...open]
}

/** Whether a sentence names the age group a row label gives. */
export const namesAgeRow = (sentence: string, label: string): boolean => {
  const range = ageRangeOfLabel(label)
  return range !== undefined && ageRangesIn(sentence).some(([lo, hi]) => lo === range[0] && hi === range[1])
}
