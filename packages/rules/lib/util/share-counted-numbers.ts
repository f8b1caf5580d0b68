/**
 * Which numbers of a text count something, where each stands, and what it counts: the share
 * readers all ask this of the sentences around a share before they pair its numbers. A
 * percentage, an age, a duration or a number that names a part (`hoofdstuk 4`) counts nothing;
 * a number's noun (`19.850 huishoudens`) says what it counts. Split from `share-any-pair`, whose
 * pairing is a judge of its own; used by it and the readers of named and qualified wholes.
 */
import { read } from './share-tolerance.js'
import { ASIDE } from './share-asides.js'

/** A list item's mark at the start of a text (`- `, `* `, `1. `). */
export const LIST_MARK = /^\s*(?:[-*+•]|\d+[.)])\s/u
// Percentages, ages, durations and numbers that name (`groep 8`, `hoofdstuk 4`) are no parts or wholes.
const NOT_COUNTED = new RegExp(
  String.raw`\d+(?:,\d+)?\s*(?:%|procent(?:punt(?:en)?)?|jaar\s+of\s+(?:ouder|jonger)|jarigen|plussers)|\b(?:ouder|jonger)\s+dan\s+\d+|${ASIDE}|\b(?:hoofdstuk|paragraaf|tabel|figuur|bijlage|artikel)\s+\d+(?:\.\d+)*`,
  'giu'
)

// Where each counted number stands in its text, in order: its own place, not the first place its digits occur
// (`45` inside `245`, or in a share `45%` that is not counted). Uncounted spans are blanked to their own length.
export function ownIndexes(text: string, numbers: Array<{ text: string }>): number[] {
  const blank = (m: string): string => ' '.repeat(m.length)
  const clean = text.replace(LIST_MARK, blank).replace(NOT_COUNTED, blank)
  // A number stands whole: no digit, `.` or `,` before it, and no digit (or `.`/`,` and a digit) after it.
  const whole = (at: number, length: number): boolean => !/[\d.,]/u.test(clean[at - 1] ?? '') && !/^(?:\d|[.,]\d)/u.test(clean.slice(at + length, at + length + 2))
  let from = 0
  return numbers.map((n) => {
    let at = clean.indexOf(n.text, from)
    while (at !== -1 && !whole(at, n.text.length)) at = clean.indexOf(n.text, at + 1)
    if (at === -1) at = text.indexOf(n.text)
    from = at + n.text.length
    return at
  })
}

// The counted numbers of a text, read by `numbersOf`, with their values: no percentages, ages, durations or numbers
// that name.
export const countedIn = (text: string, numbersOf: (text: string) => string[]): Array<{ text: string; value: number }> =>
  numbersOf(text.replace(LIST_MARK, ' ').replace(NOT_COUNTED, ' ')).map((t) => ({ text: t, value: read(t) ?? 0 })).filter((n) => n.value > 0)

// A number and the one or two words after it: `19.850 huishoudens`, `212 kilometer weg`.
const COUNTED_NOUN = /(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d+)?\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/gu
// Words after a number that are no noun of what it counts.
const FUNCTION_WORD = /^(?:van|voor|met|per|uit|naar|tot|zijn|was|waren|werden|ook|nog|die|dat|wie|het|een|den|der|aan|bij|door|over|in|op|en|of|er)$/u

/**
 * Whether a noun (`huishoudens`, `wegennet`) names what a number counts in the texts: the same
 * word, or one the other begins with (`212 kilometer weg` and `het wegennet`).
 *
 * @param noun The noun of a share (`van alle huishoudens`).
 * @param texts The sentences before the share.
 * @param head Whether a compound whose head is the noun counts it too (`320 speelplekken` for `plekken`).
 * @returns Whether one of their numbers counts it.
 */
export function countsNoun(noun: string, texts: string[], head = false): boolean {
  return countsOf(noun, texts, head).length > 0
}

/**
 * Whether a part is a fitting share of some other count of the noun in the texts: a sentence that
 * quotes a table row may speak of a narrower whole counted just before it (`Voor de pendelbus
 * kwamen 450 aanvragen binnen. Met 190 aanvragen …`), and is then no share of the table's total.
 *
 * @param noun The noun of the share (`aanvragen`).
 * @param part The part.
 * @param texts The sentences before the share.
 * @param judge Whether a percentage fits the share as written.
 */
export function fitsAnotherWhole(noun: string, part: number, texts: string[], judge: (actual: number) => boolean): boolean {
  return countsOf(noun, texts).some((t) => {
    const whole = read(t) ?? 0
    return whole > part && judge((part / whole) * 100)
  })
}

// The numbers of the texts that count the noun (`19.850 huishoudens` for `huishoudens`), as written.
export function countsOf(noun: string, texts: string[], head = false): string[] {
  const wanted = noun.toLowerCase()
  if (wanted.length < 4) return []
  return texts.flatMap((text) =>
    [...text.matchAll(COUNTED_NOUN)]
      .filter((m) => (m[1] ?? '').toLowerCase().split(/\s+/).some((w) => w.length >= 3 && !FUNCTION_WORD.test(w) && (wanted.startsWith(w) || w.startsWith(wanted) || (head && isHead(wanted, w)))))
      .map((m) => /^[\d.,]+/u.exec(m[0])?.[0] ?? '')
      .filter((n) => n !== '')
  )
}

// Whether a noun is the head of a compound (`plekken` of `speelplekken`): five letters or more, after a first part of three.
const isHead = (noun: string, word: string): boolean => noun.length >= 5 && word.length >= noun.length + 3 && word.endsWith(noun)

// Whether a text has a word of five letters or more that the noun begins with or that begins with it
// (`Mantelzorg` for `mantelzorgers`, `thuiszorgcliënten` for `thuiszorg`).
export function namesNoun(noun: string, text: string): boolean {
  const wanted = noun.toLowerCase()
  return (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((w) => !FUNCTION_WORD.test(w) && (wanted.startsWith(w) || w.startsWith(wanted)))
}
