/**
 * A growth said as a percentage of an amount its own sentence adds (`Met de nieuwe 6,5 kilometer
 * groeit het wandelnet met ruim 5 procent`, `Door de 140 extra plaatsen stijgt de capaciteit met een
 * kwart`), whose level stands earlier in the section: a number of the same unit in its prose (`Het
 * wandelnet is 120 kilometer lang`) or the total row of a table column that names the unit. The
 * sentence names no level, so any earlier level of that unit that gives the percentage makes it
 * hold; when none does, it is measured against the nearest, and only when that lies within a factor
 * two of the claim (as for any bare count, a level farther off is of another whole). Used by `share-claims`.
 */

import type { Table } from './markdown-tables.js'
import { read, withinTwo } from './share-tolerance.js'
import { DIGIT_RUN, PLAIN_NUMBER } from './plain-number.js'
import { measureForm, sameNoun } from './noun-kinds.js'
import { blankAsides } from './share-asides.js'
import { isYearNumber } from './year-numbers.js'

const NUMBER = PLAIN_NUMBER
// A verb of growth whose amount follows `met` right before the share: `groeit het wandelnet met`, `stijgt … met`.
const GROWS = /\b(?:groeit|groeien|groeide|stijgt|stijgen|steeg|neemt|nemen|nam)\b[^.;:]*\bmet\s+$/iu
// The added amount, marked as added: `de nieuwe 6,5 kilometer`, `de 140 extra plaatsen`, `met 40 woningen erbij`.
const ADDED = new RegExp(String.raw`\b(?:nieuwe|extra|aanvullende)\s+(${NUMBER})(?![.,]?\d)\s+(\p{L}[\p{L}²]*)|(?<![\d.,])(${NUMBER})(?![.,]?\d)\s+(?:nieuwe|extra|aanvullende)\s+(\p{L}[\p{L}²]*)|(?<![\d.,])(${NUMBER})(?![.,]?\d)\s+(\p{L}[\p{L}²]*)(?:\s+\p{L}+){0,2}?\s+erbij\b`, 'iu')
const NUMBER_G = new RegExp(String.raw`(?<![\d.,])(${NUMBER})(?![.,]?\d)\s+(\p{L}[\p{L}²]*)`, 'gu')
const TOTAL = /^\W*(?:totaal|samen)\b/iu

const sameUnit = (x: string, y: string): boolean => measureForm(x) === measureForm(y) || sameNoun(x.toLowerCase(), y.toLowerCase())

/**
 * The growth an added amount gives of an earlier level of its unit in the section.
 *
 * @param before The sentence up to the share.
 * @param section The sentences of the section before this one.
 * @param tables The tables of the section before the sentence.
 * @param stated The percentage the share says.
 * @param judge Whether a percentage fits the share.
 * @returns The growth with its basis, or undefined.
 */
export function addedLevelShare(before: string, section: string[], tables: Table[], stated: number, judge: (actual: number) => boolean): { actual: number; basis: string } | undefined {
  if (!GROWS.test(before)) return undefined
  const plain = blankAsides(before)
  const added = ADDED.exec(plain)
  if (!added || (plain.match(DIGIT_RUN) ?? []).length !== 1) return undefined
  const written = added[1] ?? added[3] ?? added[5] ?? ''
  const unit = added[2] ?? added[4] ?? added[6] ?? ''
  const gap = read(written)
  if (!gap) return undefined
  const levels: string[] = []
  for (const sentence of section) {
    if (sentence.includes('|')) continue
    for (const m of sentence.matchAll(NUMBER_G)) if (!isYearNumber(m[1] ?? '') && sameUnit(m[2] ?? '', unit) && (read(m[1] ?? '') ?? 0) > gap) levels.push(m[1] ?? '')
  }
  for (const table of tables) {
    const total = table.rows.find((r) => TOTAL.test(r[0]?.text ?? ''))
    table.header.forEach((h, k) => {
      const cell = (total?.[k]?.text ?? '').replace(/\*/gu, '').trim()
      if (k > 0 && h.text.split(/[^\p{L}²]+/u).some((w) => w !== '' && sameUnit(w, unit)) && /^\d[\d.,]*$/u.test(cell) && (read(cell) ?? 0) > gap) levels.push(cell)
    })
  }
  const fitting = levels.find((l) => judge((gap / (read(l) ?? 1)) * 100))
  const level = fitting ?? levels.at(-1)
  const actual = level ? (gap / (read(level) ?? 1)) * 100 : 0
  return level && (fitting || withinTwo(actual, stated)) ? { actual, basis: `${written} op ${level}` } : undefined
}
