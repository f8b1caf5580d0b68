/**
 * A change from a level of a past year, given in the sentence, to the level of now: `In 2022
 * hadden 3.900 inwoners een account; nu zijn dat er 920 meer.`, `Eind 2021 waren er nog 52
 * laadpleinen; dat zijn er nu 11 minder.` The current level stands elsewhere in the text, tied to
 * no year: a sentence that states it (`De gemeente beheert 41 laadpleinen.`), or the total row of
 * a table without years whose column counts the same noun. The size should be the gap.
 *
 * One reading only: the sentence names one year, one level of a noun before the size, and now
 * (`nu`, `inmiddels`, `momenteel`); every current level of that noun in the text is one value; the
 * gap goes the way the sentence says; and, as the current level is tied by its noun alone (a
 * part, such as one department's users, counts the same noun), the size lies within half again
 * of the gap. A sentence with a change, a target, a mean or a rate states no current level.
 */

import { CHANGE_NOUN } from './amount-change.js'
import { countedNumbers, factor, YEARS, type CountedNumber } from './base-year-changes.js'
import { dutchNumber, make, mul, sub, type Rational } from './exact-number.js'
import { markdownTables, type Table } from './markdown-tables.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'
import { nounStem } from './unit-nouns.js'
import { sizes } from './year-span-changes.js'

const NOW = /\b(?:nu|inmiddels|intussen|momenteel|tegenwoordig|vandaag|thans|op\s+dit\s+moment)\b/iu
const OTHER_MEASURE = /%|\b(?:procent\p{L}*|jaarlijks|per\s+jaar|gemiddeld)\b/iu
const DOWN = new RegExp(String.raw`\b(?:minder|lager|kleiner|af|eraf|afgevallen|verdwenen|weggevallen|daling|afname|vermindering|reductie|krimp)\b`, 'iu')
// A sentence that tells a change, a target or an expectation states no current level.
const NO_LEVEL = new RegExp(String.raw`\bbij\s*(?:[.;,!?]|$)|\b(?:meer|minder|erbij|bijgekomen|naar|doel\p{L}*|streven|streefwaarde|ambitie|willen|wil|moet|moeten|verwacht\p{L}*|zullen|zal|beogen|prognose|${CHANGE_NOUN})\b`, 'iu')
// A mean, a rate or a part before its whole is no level: `gemiddeld 12`, `12 per dashboard`, `43 van de 57`.
const MEAN_BEFORE = /\b(?:gemiddeld|per|ruim|bijna|circa|ongeveer|maximaal|minimaal)\s+$/iu
const RATE_OR_PART_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:per\b|van\s+(?:de|het|alle)\s+(?:€\s*)?\d)/iu
const TOTAL_ROW = /^[\W_]*totaal\b/iu
const YEAR = new RegExp(YEARS.source, 'u')
const HALF_AGAIN = make(3n, 2n)

/**
 * Every change to now whose current level the text states elsewhere.
 *
 * @param text A prose text (a section, with its tables).
 * @returns The changes as equations (`360 − 210`), with the rounding of the size as tolerance.
 */
export function nowChanges(text: string): Equation[] {
  if (!NOW.test(text)) return []
  const out: Equation[] = []
  const sentences = paragraphSentences(text).flat()
  for (const s of sentences) {
    if (!NOW.test(s.text) || OTHER_MEASURE.test(s.text) || new Set(s.text.match(YEARS) ?? []).size !== 1) continue
    const found = sizes(s.text)
    if (found.length !== 1) continue
    const size = found[0]!
    const all = countedNumbers(s.text)
    const sizeQ = all.find((q) => Math.abs(q.at - size.at) <= 2)
    const levels = all.filter((q) => q !== sizeQ)
    if (levels.length !== 1 || levels[0]!.at > size.at || levels[0]!.euro !== size.euro) continue
    const level = levels[0]!
    const noun = level.noun || sizeQ?.noun
    if (!noun || (sizeQ?.noun && level.noun && !factor(level, sizeQ))) continue
    const now = currentLevel(text, sentences, s.index, { ...level, noun })
    if (!now) continue
    const down = DOWN.test(s.text.slice(size.at))
    const gap = down ? sub(level.value, now.value) : sub(now.value, level.value)
    const stated = dutchNumber(size.text)
    if (gap.n <= 0n || sub(stated, mul(gap, HALF_AGAIN)).n > 0n || sub(gap, mul(stated, HALF_AGAIN)).n > 0n) continue
    const [a, b] = down ? [level.text, now.text] : [now.text, level.text]
    out.push(proseEquation(`${a} − ${b}`, gap, { text: size.text, value: stated, index: s.index + size.at }, size.approx))
  }
  return out
}

/**
 * The one current level of a noun in a text: in sentences with no year and no change, and in the total
 * rows of tables without years, under a column the noun names (also used by `past-count-changes`).
 *
 * @param text The text.
 * @param sentences Its sentences.
 * @param skip The offset of the sentence that asks, which states no current level.
 * @param level The past level, whose noun and unit (euro or not) the current level shares.
 * @returns The level, or undefined when there is none or the text gives two.
 */
export function currentLevel(text: string, sentences: Array<{ index: number; text: string }>, skip: number, level: CountedNumber): { value: Rational; text: string } | undefined {
  const stem = nounStem(level.noun)
  const found: Array<{ value: Rational; text: string }> = []
  for (const s of sentences) {
    if (s.index === skip || s.text.includes('|') || YEAR.test(s.text) || NO_LEVEL.test(s.text)) continue
    for (const q of countedNumbers(s.text)) {
      if (q.percent || q.euro !== level.euro || !q.noun || nounStem(q.noun) !== stem) continue
      const end = s.text.indexOf(q.text, q.at) + q.text.length
      if (MEAN_BEFORE.test(s.text.slice(0, q.at)) || RATE_OR_PART_AFTER.test(s.text.slice(end))) continue
      found.push({ value: q.value, text: q.text })
    }
  }
  for (const table of text.includes('|') ? markdownTables(text) : []) {
    const total = tableTotalLevel(table, level)
    if (total) found.push(total)
  }
  return found.length > 0 && found.every((f) => sub(f.value, found[0]!.value).n === 0n) ? found[0] : undefined
}

/**
 * The total row's count in a table without years, under the column the noun of a level names.
 *
 * @param table The table.
 * @param level The level whose noun and unit the count shares.
 * @returns The count, or undefined when the table has years, no such column or not one total row.
 */
export function tableTotalLevel(table: Table, level: CountedNumber): { value: Rational; text: string } | undefined {
  if (table.header.some((h) => YEAR.test(h.text))) return undefined
  const stem = nounStem(level.noun)
  const k = table.header.findIndex((h, i) => i > 0 && nounStem(h.text.trim().split(/\s+/u)[0] ?? '') === stem)
  const totals = table.rows.filter((row) => TOTAL_ROW.test(row[0]?.text ?? ''))
  if (k < 0 || totals.length !== 1) return undefined
  const q = countedNumbers(totals[0]![k]?.text.trim() ?? '').filter((c) => !c.percent && c.euro === level.euro)
  return q.length === 1 ? { value: q[0]!.value, text: q[0]!.text } : undefined
}
