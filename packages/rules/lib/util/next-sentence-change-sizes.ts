/**
 * A change `van A naar B` in one sentence and its size in the next, which points back at it: "Het
 * aantal uitleningen daalde van 9.400 naar 8.650. Ten opzichte van 2022 zijn dat er 850 minder."
 * The next sentence may open a paragraph of its own. `count-change` and `amount-change` read a
 * size in the change's own sentence; this reads the sentence after, which names no other number
 * (years aside) and points back (`dat`, `daarmee`, `ten opzichte van`, `nu`). The size should be the
 * gap. One reading only: the size goes the way of the change (`meer` after a rise), its noun (if
 * any) is the levels' noun or ends the change's subject (`meldingen` of `verzuimmeldingen`), a
 * year it names is one of the change's, and it lies within twice the gap.
 */

import { NUMBER, gapEquation } from './amount-change.js'
import { CHANGE_NOUN } from './change-nouns.js'
import { dutchNumber, mul, sub, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'
import { nounStem } from './unit-nouns.js'
import { CHANGE_VERB } from './year-span-changes.js'
import { isYearNumber } from './year-numbers.js'

const VALUE = String.raw`(€\s*)?(${NUMBER})(?![\d.,]*\d|\s*%|\s*procent)(?:\s+([\p{L}-]+))?`
const AT = String.raw`(?:\s+(?:in|eind|begin|medio)\s+(?:19|20)\d{2})?`
// `van 612 (meldingen) (in 2022) naar 748 (meldingen)`; no number before `van` (`12 van de 40` is a part).
const FROM_TO = new RegExp(String.raw`(?<![\d.,€]\s?)\bvan\s+${VALUE}${AT}\s+naar\s+${VALUE}`, 'giu')
const CHANGE_WORD = new RegExp(String.raw`${CHANGE_VERB.source}|\b${CHANGE_NOUN}\b`, 'iu')
// The size: `83 meldingen meer`, `er 850 minder`, `310 MWh minder` (no `dan` after: that compares with something else).
const SIZE = new RegExp(String.raw`(?<![\d.,])(ruim\s+|bijna\s+|circa\s+|ongeveer\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d|\s*%|\s*procent)(?:\s+([\p{L}-]+))?\s+(meer|minder|erbij|eraf)\b(?!\s+dan\b)`, 'iu')
// The size's sentence points back at the change.
const POINTS_BACK = /^\s*(?:(?:dat|dit|daarmee|hiermee|per\s+saldo|in\s+totaal|samen)\b|(?:ten\s+opzichte\s+van|vergeleken\s+met|sinds)\s)|\b(?:dat\s+zijn|dat\s+is|zijn\s+dat|is\s+dat|nu)\b/iu
const NUMBERS = /(?<![\d.,])\d[\d.,]*\d|(?<![\d.,])\d/gu
const WORDS_NOT_NOUNS = /^(?:in|eind|begin|medio|naar|een|dat|dus|nu|en|of|per|er)$/iu
const TWO = { n: 2n, d: 1n }
// A school or season year (`2022/23`) is one year.
const SCHOOL_YEAR = /\b((?:19|20)\d{2})\/\d{2}\b/gu

/**
 * Every change whose size the next sentence gives.
 *
 * @param text A prose text.
 * @returns The changes as equations (`748 − 612 = 83`), with the rounding of the size as tolerance.
 */
export function nextSentenceChangeSizes(text: string): Equation[] {
  const out: Equation[] = []
  const all = paragraphSentences(text).flat()
  for (const [i, change] of all.entries()) {
    const next = all[i + 1]
    const pairs = [...change.text.matchAll(FROM_TO)]
    if (!next || pairs.length !== 1 || !CHANGE_WORD.test(change.text) || !POINTS_BACK.test(next.text)) continue
    const [, euroFrom, from = '', fromNoun, euroTo, to = '', toNoun] = pairs[0]!
    const size = SIZE.exec(next.text)
    // The size is the one number of its sentence, years aside.
    const numbers = (next.text.replace(SCHOOL_YEAR, '$1').match(NUMBERS) ?? []).filter((n) => !isYearNumber(n))
    if (!size || numbers.length !== 1 || [from, to].some(isYearNumber)) continue
    const [, approx, euroSize, written = '', sizeNoun, way = ''] = size
    if (Boolean(euroFrom) !== Boolean(euroSize) || Boolean(euroFrom) !== Boolean(euroTo)) continue
    // The size goes the way of the change.
    const e = gapEquation(from, to, written, next.index + size.index + size[0].indexOf(written), Boolean(approx))
    const rise = sub(dutchNumber(to), dutchNumber(from)).n > 0n
    if (rise !== /^(?:meer|erbij)$/iu.test(way)) continue
    if (!sameNoun(change.text, [fromNoun, toNoun], sizeNoun) || !sameYears(change.text, next.text)) continue
    // A size far from the gap is about something else.
    if (sub(e.stated, mul(e.computed, TWO)).n > 0n || sub(e.computed, mul(e.stated, TWO)).n > 0n) continue
    out.push(e)
  }
  return out
}

// The size's noun is the levels' noun, or ends a word of the change's sentence (its subject:
// `verzuimmeldingen` for `meldingen`); without a noun it refers to the levels.
function sameNoun(change: string, levelNouns: Array<string | undefined>, sizeNoun: string | undefined): boolean {
  if (sizeNoun === undefined || WORDS_NOT_NOUNS.test(sizeNoun)) return true
  const nouns = levelNouns.filter((n): n is string => n !== undefined && !WORDS_NOT_NOUNS.test(n))
  if (nouns.some((n) => nounStem(n) === nounStem(sizeNoun))) return true
  const stem = nounStem(sizeNoun)
  return stem.length >= 4 && (change.match(/[\p{L}-]+/gu) ?? []).some((w) => nounStem(w).endsWith(stem))
}

// A year the size's sentence names (`ten opzichte van 2021`) is one of the change's: else it measures from another level.
function sameYears(change: string, next: string): boolean {
  const own: string[] = change.match(/\b(?:19|20)\d{2}\b/gu) ?? []
  const named = next.replace(SCHOOL_YEAR, '$1').match(/\b(?:19|20)\d{2}\b/gu) ?? []
  return named.every((y) => own.includes(y))
}
