/**
 * A share of a whole named by its noun and narrowed by what sets it apart, with no number of its
 * own: `… 71% van alle ouders die zich inschreven`, `40% van de huishoudens met een toelage`. The
 * plan counts that whole once, elsewhere: an earlier paragraph, another section ("Dit voorjaar
 * schreven 840 ouders zich in voor de cursus"). The whole is the one count of the noun (or of a
 * compound ending in it) in an earlier sentence that carries every content word of the narrowing;
 * a separable or past verb is matched by its stem (`inschreven` in `schreven … in`, `gescreend` in
 * `screende`). Two such counts with different values leave the whole unknown.
 */

import { parseNumberWord } from '@kapstok/nl'
import { numbersOf } from './share-back-references.js'
import { ownIndexes } from './share-counted-numbers.js'
import { MEASURE, namesNoun, oneYear, wordAfter } from './share-named-wholes.js'
import { read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'

// `van alle ouders die zich inschreven`, `van de huishoudens met een toelage`: the noun, then a relative
// clause or a phrase that narrows it, up to the next punctuation mark or the end of the sentence.
const OF_QUALIFIED = /^\s+van\s+(?:alle|de)\s+(\p{L}[\p{L}-]{3,})\s+((?:die|dat|met|zonder|uit|in|op|bij|aan|voor)\s[^.;:,()\d%]{3,90}?)\s*(?=[.;:,()]|$)/iu

// Words that narrow nothing by themselves: articles, pronouns, prepositions, auxiliaries.
const FUNCTION_WORDS = new Set(
  'die dat wie wat de het een en of zich zij ze er hier daar in met zonder uit op bij aan van voor naar over door tot om te als dan ook nog al wel niet geen hun hen ons onze zijn was waren is werd werden wordt worden hebben heeft had hadden kan konden moest moesten zou zouden'.split(' ')
)
// A separable particle before a verb (`inschreven`, `terugstuurden`) that the main clause puts after it.
const PARTICLE = /^(?:terug|mede|mee|aan|door|uit|voor|over|weg|toe|bij|op|af|in|na|om)(?=\p{L}{4,})/u
const SUFFIXES = ['den', 'ten', 'de', 'te', 'en', 'd', 't', 'n']

// The stem two forms of one verb or noun share: `inschreven` and `schreven` give `schrev`; `teruggestuurd`
// and `terugstuurden` give `stuur`.
export function stem(word: string): string {
  let w = word.toLowerCase().replace(PARTICLE, '')
  if (/^ge\p{L}{4,}/u.test(w)) w = w.slice(2)
  const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3)
  return suffix ? w.slice(0, -suffix.length) : w
}

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []
// The words of the narrowing that say what it is about (`enquête`, `terugstuurden`).
const contentWords = (qualifier: string): string[] => words(qualifier).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w))
// A sentence's words with their stems, read once for all the words of a narrowing.
const wordsAndStems = (sentence: string): Array<[string, string]> => words(sentence).map((w) => [w, stem(w)])
const carriesIn = (tokens: Array<[string, string]>, word: string): boolean => {
  const s = stem(word)
  return tokens.some(([w, ws]) => ws === s || (s.length >= 4 && w.endsWith(s)))
}
// A sentence carries a word when one of its words has the same stem, or is a compound ending in it (`energietoelage`).
const carries = (sentence: string, word: string): boolean => carriesIn(wordsAndStems(sentence), word)

// A count with the word right after it (`840 ouders`), or a count of a sentence's subject in words (`Tweehonderd vrijwilligers`).
const COUNT = new RegExp(String.raw`(?<![\d.,])(${PLAIN_NUMBER})(?![\d]|[.,]\d)(?!\s?(?:%|procent))\s+(\p{L}[\p{L}-]*)`, 'giu')
// Each word is read once, the noun only looked ahead at, so a number word in any place is read (`Er haakten
// tweehonderd …`); three letters take in `zes` and `elf` (`een` is filtered by its value).
const WORD_COUNT = /(?<![\p{L}])(\p{L}{3,})(?=\s+\p{L})/gu
// A sentence that sets a target, not a count of what is: `We willen 1.000 deelnemers bereiken`.
const TARGET = /\b(?:willen|wil|streven|doel|doelen|ambitie|ambiëren|beogen|moet|moeten|zullen|zal)\b/iu

// A sentence that opens on a narrowed whole: `Van de ondernemers met een winkel in het centrum vroeg …`. Where the
// narrowing ends is not marked, so it runs to the first number or punctuation mark, eight words at most.
const OPENS_NARROWED = /^\s*(?:[-*+]\s+)?(?:van|onder|bij)\s+(?:de|alle|deze|die)\s+\p{L}+\s+((?:die|dat|met|zonder|uit|in|op|bij|aan|voor)(?:\s+[\p{L}-]+){1,8})/iu

/**
 * Whether a sentence may count the whole another sentence opens on by its noun: when that whole is
 * narrowed (`Van de ondernemers met een winkel …`), the counting sentence must carry at least one
 * word of the narrowing (`winkel`), else it counts all of the noun, another whole.
 *
 * @param opener The sentence that names the whole by its noun.
 * @param counting A sentence that counts the noun.
 * @returns Whether the counting sentence may hold that whole.
 */
export function mayCountNarrowed(opener: string, counting: string): boolean {
  const narrowing = OPENS_NARROWED.exec(opener)?.[1]
  if (narrowing === undefined) return true
  const content = contentWords(narrowing)
  return content.length === 0 || content.some((w) => carries(counting, w))
}

/** The counts of a noun in a sentence, as written and read. */
function countsOf(sentence: string, noun: string): Array<{ written: string; value: number }> {
  return [...sentence.matchAll(COUNT)].flatMap((m) => {
    const value = read(m[1] ?? '')
    return value !== undefined && !isYearNumber(m[1]) && namesNoun((m[2] ?? '').toLowerCase(), noun) ? [{ written: m[1] ?? '', value }] : []
  })
}

/** The one count of a share's own sentence (before or after it, outside the named whole): the part. */
function partOf(before: string, rest: string): { written: string; value: number } | undefined {
  const text = `${before} ${rest}`
  const numbers = numbersOf(text)
  if (numbers.length > 1) return undefined
  if (numbers.length === 1) {
    const written = numbers[0] ?? ''
    const value = read(written)
    // A part in a measure or an amount is no count of the whole's noun.
    // At its own place, not inside a year that holds its digits (`30` in `2030`).
    const at = ownIndexes(text, [{ text: written }])[0] ?? -1
    const unit = wordAfter(text, written, at)
    if (value === undefined || MEASURE.test(unit) || /€\s*$/u.test(text.slice(Math.max(0, at - 3), at))) return undefined
    return { written, value }
  }
  // `Tweehonderd vrijwilligers haakten af`: one count in words, right before a noun.
  const worded = [...text.matchAll(WORD_COUNT)].flatMap((m) => {
    const value = parseNumberWord(m[1] ?? '')
    return value !== undefined && value >= 2 ? [{ written: m[1] ?? '', value }] : []
  })
  return worded.length === 1 ? worded[0] : undefined
}

/**
 * The share a sentence says of a narrowed whole counted in an earlier sentence of the text.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param earlier The sentences of the text before this one, built only when the share names a narrowed whole.
 * @returns The share the numbers give, or undefined.
 */
export function qualifiedWholeShare(before: string, after: string, earlier: () => string[]): { actual: number; basis: string } | undefined {
  const named = OF_QUALIFIED.exec(after)
  if (!named) return undefined
  const noun = (named[1] ?? '').toLowerCase()
  const narrowing = contentWords(named[2] ?? '')
  if (narrowing.length === 0) return undefined
  const part = partOf(before, after.slice(named[0].length))
  if (!part) return undefined
  // A share in a sentence of one year is of that year's whole: a sentence of another year counts another.
  const year = oneYear(`${before} ${after}`)
  const wholes = earlier()
    .filter((s) => !TARGET.test(s) && (year === undefined || !/\b(?:19|20)\d{2}\b/u.test(s) || s.includes(year)))
    .filter((s) => {
      const tokens = wordsAndStems(s)
      return narrowing.every((w) => carriesIn(tokens, w))
    })
    .flatMap((s) => countsOf(s, noun))
    .filter((w) => w.value > part.value)
  const values = new Set(wholes.map((w) => w.value))
  const whole = wholes[0]
  if (values.size !== 1 || !whole) return undefined
  return { actual: (part.value / whole.value) * 100, basis: `${part.written} van ${whole.written}` }
}
