/**
 * A prose text made readable for the period patterns, with every offset kept (each change has the
 * same length, so a finding still points at the source): a hard-wrapped paragraph as one line, a
 * key-value table row as a label line ("| Periode | 2026-2030 |" reads like "Periode: 2026-2030"),
 * a list of consecutive years ("de jaren 2026, 2027, 2028 en 2029") as one range, and a school year
 * ("schooljaar 2026-2027") as no range at all. Used by `period-mismatch`.
 */
import { sentenceBefore } from './period-words.js'
import { isYearNumber } from './year-numbers.js'

/**
 * The text with the period's notations made uniform, offsets unchanged.
 *
 * @param text A prose text (Markdown).
 * @returns The readable text, of the same length.
 */
export function readablePeriods(text: string): string {
  return schoolYears(yearLists(yearCompounds(labelRows(unwrap(text)))))
}

/**
 * A paragraph hard-wrapped over several source lines, read as one line: each line break inside a
 * paragraph becomes a space. Breaks before a list item, table row, heading, quote or blank line,
 * and after a table row or heading, stay.
 *
 * @param text A prose text.
 * @returns The text with its soft line breaks as spaces.
 */
export function unwrap(text: string): string {
  return text.replace(/(?<=^|\n)([^\n]*)\n(?=[ \t]*(?![-*+][ \t]|\d+[.)][ \t]|[|#>])\S)/gu, (whole, line: string) =>
    line.trim() === '' || /^\s*(?:\||#)/u.test(line) || / {2}$/u.test(line) ? whole : `${line} `
  )
}

// A table row whose first cell names the period: "| Periode | 2026 t/m 2030 |", "| Looptijd programma | … |".
const labelRow = /^([ \t]*)\|([ \t]*(?:(?:(?:plan|programma|beleids|uitvoerings)[ \t]?)?periode|looptijd|tijdvak)(?:[ \t]+(?:van[ \t]+)?(?:het|dit|de|deze)?[ \t]*[\p{L}-]+)?[ \t]*)\|/gimu

function labelRows(text: string): string {
  return text.replace(labelRow, (_whole, indent: string, label: string) => `${indent} ${label}:`)
}

// "de tariefjaren 2027 t/m 2031", "de begrotingsjaren 2027-2030": years of some kind are
// years; the first half of the compound ("subsidie") names the topic, not another thing with a
// period of its own. Read as "de jaren" (the prefix blanked, offsets kept). School years stay: a
// schooljaar runs across two calendar years.
const yearCompound = /(?<=\bde\s+)(?!school)(\p{L}+?)(?=jaren\s+(?:19|20)\d{2}\b)/giu

function yearCompounds(text: string): string {
  return text.replace(yearCompound, (prefix: string) => ' '.repeat(prefix.length))
}

// "de jaren 2026, 2027, 2028 en 2029", and two years joined by `en` ("de jaren 2026 en 2027"):
// consecutive years after "jaren" or "periode" are a span ("De nota bestrijkt de jaren 2027 en
// 2028" gives it two years); years that skip one ("de jaren 2026 en 2028") stay two moments.
const yearList = /(?<=\b(?:jaren|periode|kalenderjaren|begrotingsjaren)\s+)((?:19|20)\d{2})((?:\s*,\s*(?:19|20)\d{2}){0,10}\s*,?\s+(?:en|t\/m|tot\s+en\s+met)\s+)((?:19|20)\d{2})\b/giu

function yearLists(text: string): string {
  return text.replace(yearList, (whole, first: string, middle: string, last: string) => {
    const years = whole.match(/(?:19|20)\d{2}/gu)?.map(Number) ?? []
    const consecutive = years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + 1)
    if (!consecutive || !isYearNumber(first)) return whole
    return `${first}${' '.repeat(middle.length - 1)}-${last}`
  })
}

// A school, course or season year written as two years: "schooljaar 2026-2027", "seizoen 2026–27".
const yearPair = /\b((?:19|20)\d{2})(\s*[-–]\s*)((?:19|20)?\d{2})\b/gu
const schoolWord = /school|cursus|studie|seizoen|academisch/iu

function schoolYears(text: string): string {
  return text.replace(yearPair, (whole, first: string, dash: string, second: string, index: number) => {
    const next = Number(second.length === 2 ? first.slice(0, 2) + second : second)
    if (next !== Number(first) + 1 || !schoolWord.test(sentenceBefore(text, index))) return whole
    return `${first}${dash.replace(/[-–]/u, '/')}${second}`
  })
}
