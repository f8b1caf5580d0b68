/**
 * A change measured against a named year: `In 2029 verwachten we 2.150 aanmeldingen, een daling
 * van 260 ten opzichte van 2026.` The sentence gives the new level and the size; the level of the
 * base year stands elsewhere in the text, before or after it: a sentence that ties one quantity
 * of the same kind to that year (`In 2026 kwamen er 2.340 aanmeldingen binnen.`), a list item or
 * an aside (`- 2026: 2.340;`, `(2026: 2.340)`) or a table row of that year. The size should be the
 * gap between the two levels. Units of one measure convert (`37 kiloton` and `33.500 ton`);
 * amounts in millions and in euros are one kind.
 *
 * One reading only: the sentence holds one level besides the size, the base year's level is one
 * value wherever it is given (a sentence with two amounts for that year makes it unclear), and a
 * size far from the gap (beyond a factor two) is about something else, such as the level of
 * another budget in the base sentence. `level-changes` and `restated-changes` leave a change with
 * `ten opzichte van` alone; this reads it.
 */

import { CHANGE_NOUN, NUMBER } from './amount-change.js'
import { dutchNumber, make, mul, sub, type Rational } from './exact-number.js'
import { markdownTables } from './markdown-tables.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { nounStem, shortForm } from './unit-nouns.js'
import { unitFactor } from './unit-scales.js'
import { paragraphSentences } from './text.js'
import { isDayOfDate, isYearNumber } from './year-numbers.js'
import { APPROX } from './level-changes.js'

const SIZE = String.raw`(${APPROX})?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`
// The base: `ten opzichte van 2019`, `t.o.v. 2019`, `vergeleken met 2019`, `dan in 2019`.
export const BASE = String.raw`(?:ten\s+opzichte\s+van|t\.o\.v\.?|vergeleken\s+met|in\s+vergelijking\s+met|dan\s+in)\s+(?:(?:het\s+jaar|eind|begin)\s+)?((?:19|20)\d{2})\b`
// The size named by its noun, or as `N meer`/`N minder`, with the base after it in its clause.
const CHANGES = [
  new RegExp(String.raw`\b${CHANGE_NOUN}\s+(?:met|van)\s+${SIZE}([^.;:!?\d]{0,40}?)${BASE}`, 'giu'),
  new RegExp(String.raw`(?<![\d.,])${SIZE}((?:\s+[\p{L}'’-]+)?\s+(?:meer|minder|hoger|lager|extra)\s+)${BASE}`, 'giu'),
  // The base first: `Ten opzichte van 2025 is dat een daling van € 0,6 mln`.
  new RegExp(String.raw`${BASE}\s*,?\s+(?:[\p{L}'’-]+\s+){0,4}?${CHANGE_NOUN}\s+(?:met|van)\s+${SIZE}`, 'giu')
]
const QUANTITY = new RegExp(String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(\s*%|\s*procent)?(?:\s+([\p{L}'’-]+))?`, 'giu')
export const YEARS = /(?<![\d.,€]\s?)\b(?:19|20)\d{2}\b(?![.,]\d)/gu
// A flow or a rate is no level (a rate is, of a rate: `€ 2,40 per container`, see `LevelOptions`).
const FLOW = /\b(?:gemiddeld|stijging|toename|groei|daling|afname|besparing|reductie|verlaging|verhoging)\b/iu
const RATE = /\bper\b/iu

// Words after a number that are no noun it counts.
export const NO_NOUN = /^(?:t|ten|van|in|op|per|tot|bij|voor|aan|met|sinds|tussen|en|of|de|het|een|er|dat|dit|was|waren|is|zijn|wordt|meer|minder|hoger|lager|extra|vergeleken|te|naar|uit|dan|als|ofwel|dus|mee|terug|toe|af|omhoog|omlaag|zitten|uitkomen|binnen)$/iu

// A past participle after a number tells what happened to it, not what it counts: `4.180
// geregistreerd`, `310 ingeschreven`, `42 aangemeld` (not a noun such as `ingezetenen`).
const PARTICIPLE = /^(?:(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug)?ge\p{L}{2,}[dt]|(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug)ge\p{L}{2,}(?<!en)en)$/iu

/** A number with the noun it counts (empty when none) and whether it is in euros or a percentage. */
export interface CountedNumber { text: string; value: Rational; euro: boolean; noun: string; at: number; percent: boolean }

export function countedNumbers(text: string): CountedNumber[] {
  return [...text.matchAll(QUANTITY)]
    // A year is no quantity, nor the day of a date (`1 januari 2024`).
    .filter((q) => (q[1] || !isYearNumber(q[2])) && !isDayOfDate(text.slice((q.index ?? 0) + (q[1]?.length ?? 0) + (q[2]?.length ?? 0))))
    .map((q) => ({ text: q[2] ?? '', value: dutchNumber(q[2] ?? ''), euro: Boolean(q[1]), noun: NO_NOUN.test(q[4] ?? '') || PARTICIPLE.test(q[4] ?? '') || /^\p{Lu}/u.test(q[4] ?? '') ? '' : (q[4] ?? '').toLowerCase(), at: q.index ?? 0, percent: Boolean(q[3]) }))
}

// How many of the size's unit one unit of a level holds: 1 for the same or no unit, the ratio
// of two units of one measure (`kiloton` for `ton`: 1.000), undefined for two different nouns.
export function factor(level: CountedNumber, size: CountedNumber): Rational | undefined {
  if (!level.noun || !size.noun || level.euro) return make(1n, 1n)
  const [a, b] = [nounStem(level.noun), nounStem(size.noun)]
  if (a === b || shortForm(level.noun, size.noun) || shortForm(size.noun, level.noun)) return make(1n, 1n)
  return unitFactor(level.noun, size.noun) ?? (/^\p{L}{3,}$/u.test(level.noun) && /^\p{L}{3,}$/u.test(size.noun) ? undefined : make(1n, 1n))
}

/** The text as the base-year lookup reads it: its sentences and its tables. */
export interface ReadText {
  sentences: Array<{ index: number; text: string }>
  tables: ReturnType<typeof markdownTables>
}

// A year's patterns, compiled once per year: its levels as an item or aside (`2026: 2.340`), and
// the year as such a label.
const yearPatternCache = new Map<string, [RegExp, RegExp]>()
function yearPatterns(year: string): [RegExp, RegExp] {
  let patterns = yearPatternCache.get(year)
  if (!patterns) {
    patterns = [new RegExp(String.raw`\b${year}\s*:\s*((?:€\s*)?${NUMBER}(?:\s+[\p{L}'’-]+)?)`, 'gu'), new RegExp(String.raw`\b${year}\s*:`, 'u')]
    yearPatternCache.set(year, patterns)
  }
  return patterns
}

// A clause with one year and its level: `…, 46.500 in 2022 en 52.000 in 2023`, `In 2020 had de
// gemeente 23 laadpalen; in 2025 zijn het er 71`. Years joined without a level between them
// (`in 2023 en 2024`, `2023-2024`) share what follows: no clause of them is one year's.
const CLAUSE_BREAK = /[,;]\s+|\s+(?:en|naar|tot|tegen|maar|terwijl)\s+/iu
const JOINED_YEARS = /\b(?:19|20)\d{2}\s*(?:,|en|of|tot(?:\s+en\s+met)?|t\/m|[-–])\s*(?:19|20)\d{2}\b/iu

const AGAINST_YEAR = new RegExp(BASE, 'iu')
const PART_OF = /^\s*(?:[\p{L}-]+\s+)?van\s+(?:de|het|alle|onze)\s+(?:€\s*)?\d/iu

// Any year labelling its level: `2020: 2,2 miljoen`, `2024: € 1,4 miljoen`.
const LABELLED_ASIDE = new RegExp(String.raw`\b(?:19|20)\d{2}\s*:\s*(?:€\s*)?${NUMBER}`, 'gu')

function yearClauses(sentence: string): string[] {
  return JOINED_YEARS.test(sentence) ? [] : sentence.split(CLAUSE_BREAK)
}

function clauseLevels(clause: string, year: string, euro: boolean, label: RegExp, noun: string, rates: boolean): CountedNumber[] {
  const years = [...new Set(clause.match(YEARS) ?? [])]
  // A clause measured against the year (`25% meer dan in 2024`) states a change, not its level.
  if (years.length !== 1 || years[0] !== year || label.test(clause) || FLOW.test(clause) || (!rates && RATE.test(clause)) || AGAINST_YEAR.test(clause)) return []
  // A level written without its noun counts what the sentence's first level counts (`41.000 bezoekers in 2021, 46.500 in 2022`).
  // A part before its whole (`43 van de 57`) is no level of the year.
  return countedNumbers(clause).filter((q) => q.euro === euro && !q.percent && !PART_OF.test(clause.slice(clause.indexOf(q.text, q.at) + q.text.length))).map((q) => (q.noun ? q : { ...q, noun }))
}

function sentenceNoun(sentence: string, euro: boolean): string {
  return countedNumbers(sentence).find((q) => q.euro === euro && q.noun)?.noun ?? ''
}

/** How `yearLevels` reads: `rates` takes a rate as a level (`€ 2,40 per container`), for a level compared as a whole (a tariff that rose 8 percent). */
export interface LevelOptions { rates?: boolean }

/**
 * The levels the text ties to a year, outside the change's sentence: sentences that name the year
 * once with one quantity of the kind, items and asides `2025: …`, and table rows of that year.
 * A sentence naming the year with several such quantities adds them all (the reading is then unclear).
 */
export function yearLevels(read: ReadText, year: string, euro: boolean, skip: number, options: LevelOptions = {}): CountedNumber[] {
  const out: CountedNumber[] = []
  const [aside, label] = yearPatterns(year)
  for (const s of read.sentences) {
    if (s.index === skip || /^\s*[|]/u.test(s.text)) continue
    for (const m of s.text.matchAll(aside)) out.push(...countedNumbers(m[1] ?? '').filter((q) => q.euro === euro))
    const years = [...new Set(s.text.match(YEARS) ?? [])]
    if (!years.includes(year)) continue
    // Labelled asides (`(2020: 2,2 miljoen; 2021: 2,6 miljoen)`) are their own years' levels, read
    // above: blanked, they leave the clauses of the other years one level each.
    const text = years.length === 1 ? s.text : s.text.replace(LABELLED_ASIDE, (a) => (a.startsWith(year) ? a : ' '.repeat(a.length)))
    out.push(...(years.length === 1 ? [text] : yearClauses(text)).flatMap((clause) => clauseLevels(clause, year, euro, label, sentenceNoun(text, euro), options.rates ?? false)))
  }
  for (const table of read.tables) {
    const row = table.rows.find((r) => r[0]?.text.trim() === year)
    const cells = row?.slice(1).flatMap((c) => countedNumbers(c.text.trim()).filter((q) => q.euro === euro || (!q.euro && /x\s*€|€\s*x|\(€\)/iu.test(table.intro)))) ?? []
    if (cells.length === 1) out.push({ ...cells[0]!, noun: (table.header[1]?.text.trim().split(/\s+/u)[0] ?? '').toLowerCase() })
  }
  return out
}

/**
 * Every change against a named year whose level the text gives elsewhere.
 *
 * @param text A prose text.
 * @returns The changes as equations (`12,6 miljoen − 11,2 miljoen`), with the rounding of the size as tolerance.
 */
export function baseYearChanges(text: string): Equation[] {
  const out: Equation[] = []
  const sentences = paragraphSentences(text).flat()
  // Split and read once: each change looks its base year up in the whole text.
  let read: ReadText | undefined
  for (const s of sentences) {
    for (const [k, re] of CHANGES.entries()) {
      for (const m of s.text.matchAll(re)) {
        const [approx, euro, size, year] = k === 2 ? [m[2], m[3], m[4] ?? '', m[1] ?? ''] : [m[1], m[2], m[3] ?? '', m[5] ?? '']
        const from0 = k === 0 ? m[0].search(/\s(?:met|van)\s/u) : 0
        const at = (m.index ?? 0) + (k === 2 ? m[0].lastIndexOf(size) : m[0].indexOf(size, from0))
        const all = countedNumbers(s.text)
        const sizeQ = all.find((q) => at - q.at >= 0 && at - q.at <= 2)
        const own = all.filter((q) => q !== sizeQ)
        // One level besides the size, of its kind, and no percentage in the sentence.
        if (!sizeQ || own.length !== 1 || all.some((q) => q.percent) || own[0]!.euro !== Boolean(euro)) continue
        // What the levels count: the size's noun, else the new level's.
        const counted = sizeQ.noun ? sizeQ : own[0]!
        // Levels of other things (another noun) drop out; the rest must be one value.
        const levels = yearLevels((read ??= { sentences, tables: markdownTables(text) }), year, Boolean(euro), s.index).flatMap((l) => {
          const f = factor(l, counted)
          return f ? [{ l, value: mul(l.value, f) }] : []
        })
        if (levels.length === 0 || levels.some((x) => sub(x.value, levels[0]!.value).n !== 0n)) continue
        const f = factor(own[0]!, counted)
        if (!f) continue
        const [from, to] = [levels[0]!.value, mul(own[0]!.value, f)]
        const rise = sub(to, from).n >= 0n
        const gap = rise ? sub(to, from) : sub(from, to)
        const stated = dutchNumber(size)
        // A size far from the gap is about something else.
        if (sub(stated, mul(gap, make(2n, 1n))).n > 0n || sub(gap, mul(stated, make(2n, 1n))).n > 0n) continue
        const [a, b] = rise ? [own[0]!.text, levels[0]!.l.text] : [levels[0]!.l.text, own[0]!.text]
        out.push(proseEquation(`${a} − ${b}`, gap, { text: size, value: stated, index: s.index + at }, Boolean(approx)))
      }
    }
  }
  return out
}
