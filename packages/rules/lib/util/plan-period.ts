/**
 * How Dutch plans state their own period in prose: year ranges (`2025-2028`, `2025 t/m 2028`,
 * `2025 tm 2028`, `van 2025 tot 2029`, `'25-'28`) and durations (`vier jaar`, `een vierjarig
 * programma`, `de komende 4 jaar`, `48 maanden`, `ruim drie jaar`). Used by `period-mismatch`.
 */
import { parseNumberWord } from '@kapstok/nl'

// A year in full (`2025`) or with an apostrophe for the century (`'25`, `’25`).
// A year next to a slash is half of a school year ("2026/27"), not a year of a range.
const year = String.raw`(?<![\p{L}\d/])(?:(?:19|20)\d{2}|['’‘]\d{2})`

/**
 * A year range, as a regex source with three groups: first year, connector, last year.
 * Connectors: dashes, `t/m`, `tm`, `t.e.m.`, `tot en met`, `tot`. Years may be short (`'25-'28`,
 * and after a dash `2025-28`),
 * and whole calendar years may be written as dates ("1 januari 2025 tot en met 31 december 2028";
 * the end's day and month belong to the connector, so "tot 31 december" includes its year and
 * "tot 1 januari 2029" does not).
 */
export const yearRange = String.raw`(?:(?:1\s+)?januari\s+)?(${year})\s*((?:-|–|—|t\/m|t\.\s?e\.\s?m\.?|tm|tot\s+en\s+met|tot\s+1\s+januari|tot)(?:\s+(?:31\s+)?december)?)\s*(${year}|(?<=[-–—]\s?)\d{2}(?!\d|[-/.:]\d))\b(?!\/\d)`

/**
 * The year a range writes: `2025` → 2025, `'25` → 2025, `’98` → 1998.
 *
 * @param written A year as matched by `yearRange`.
 * @returns The year, or `NaN` when `written` is none.
 */
export function fullYear(written: string): number {
  const digits = written.replace(/^['’‘]/u, '')
  if (digits.length !== 2) return Number(digits)
  const n = Number(digits)
  return n < 70 ? 2000 + n : 1900 + n
}

/** The connector `tot` (without `en met`) leaves out the year it names. */
export function exclusive(connector: string): boolean {
  return /^tot(?:\s+1\s+januari)?$/i.test(connector.trim())
}

// A count: `vier`, `4`, `2,5`, `anderhalf`, `tweeënhalf`.
const number = String.raw`(?:\d{1,3}(?:,5)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalf|(?:twee|drie|vier|vijf)[eë]nhalf|twintig|dertig|zesendertig|achtenveertig|zestig)`
// A qualifier that widens the count: `ruim`, `bijna`, `circa`.
const qualifier = String.raw`(?:(ruim|bijna|circa|ca\.|ongeveer|zo['’]n|krap|precies|minimaal|maximaal)\s+)?`
/**
 * A duration in years or months, as a regex source: group 1 the qualifier, group 2 the count,
 * group 3 the unit (`jaar`, `jaren`, `jarig(e)`, `maanden`).
 */
export const duration = String.raw`\b${qualifier}(${number})(\s+ja(?:ar|ren)\b|\s*-?\s*jarige?\b|\s+maanden\b)`

/** The years a duration may mean: `ruim drie jaar` is 3 to 4, `36 maanden` is 3. */
export interface DurationSpan {
  /** Fewest years the words allow. */
  low: number
  /** Most years the words allow. */
  high: number
}

/**
 * The number of years a duration says, as a span: `vier jaar` → 4–4, `4-jarig` → 4–4,
 * `48 maanden` → 4–4, `ruim drie jaar` → 3–4, `bijna vijf jaar` → 4–5, `circa 3 jaar` → 2,5–3,5.
 *
 * @param text A duration as matched by `duration`.
 * @returns The span, or `undefined` when the text holds none.
 */
export function durationSpan(text: string): DurationSpan | undefined {
  const m = new RegExp(duration, 'iu').exec(text)
  if (!m) return undefined
  const count = countOf(m[2] ?? '')
  if (count === undefined) return undefined
  const years = /maand/iu.test(m[3] ?? '') ? count / 12 : count
  const q = (m[1] ?? '').toLowerCase()
  if (q === 'ruim' || q === 'minimaal') return { low: years, high: years + 1 }
  if (q === 'bijna' || q === 'krap' || q === 'maximaal') return { low: years - 1, high: years }
  if (q && q !== 'precies') return { low: years - 0.5, high: years + 0.5 }
  return { low: years, high: years }
}

function countOf(word: string): number | undefined {
  const w = word.toLowerCase()
  if (w === 'anderhalf') return 1.5
  const half = /^(.+?)[eë]nhalf$/u.exec(w)
  if (half) return (parseNumberWord(half[1] ?? '') ?? NaN) + 0.5
  if (/^\d+,5$/.test(w)) return Number(w.replace(',', '.'))
  return parseNumberWord(w)
}
