/**
 * How Dutch plans state their own period in prose: year ranges (`2025-2028`, `2025 t/m 2028`,
 * `2025 tm 2028`, `van 2025 tot 2029`, `'25-'28`) and durations (`vier jaar`, `een vierjarig
 * programma`, `de komende 4 jaar`, `48 maanden`, `ruim drie jaar`). Used by `period-mismatch`.
 */
import { parseNumberWord } from '@kapstok/nl'
import { endMoment } from './period-words.js'
import { YEAR_POINT } from './year-numbers.js'

// A year in full (`2025`) or with an apostrophe for the century (`'25`, `’25`).
// A year next to a slash is half of a school year ("2026/27"), not a year of a range.
const year = String.raw`(?<![\p{L}\d/])(?:(?:19|20)\d{2}|['’‘]\d{2})`

// The moment inside the last year a span runs to (`endMoment`). It belongs to the connector
// ("tot eind 2030" includes 2030).
const endPoint = String.raw`(?:\s+${endMoment})?`
// `tussen A en B`: `en` joins the two ends only after `tussen` and the first end ("tussen
// februari 2027 en eind 2030"); elsewhere "2027 en 2030" are two years.
const between = String.raw`en(?<=\btussen\s+(?:${YEAR_POINT})?${year}\s*en)`

// A range from its first year on: a range's start is this, or a `januari` before it.
const fromYear = String.raw`(${year})\s*((?:-|–|—|t\/m|t\.\s?e\.\s?m\.?|tm|tot\s+en\s+met|tot|${between})${endPoint})\s*(${year}|(?<=[-–—]\s?)\d{2}(?!\d|[-/.:]\d))\b(?!\/\d)`

/**
 * A year range, as a regex source with three groups: first year, connector, last year.
 * Connectors: dashes, `t/m`, `tm`, `t.e.m.`, `tot en met`, `tot`, and `en` after `tussen`.
 * Years may be short (`'25-'28`, and after a dash `2025-28`). Either end may be a moment inside
 * its year, as the dated readers read one: the first year stands after its moment ("maart
 * 2027"), the last year's moment belongs to the connector ("tot eind 2030", "t/m het vierde
 * kwartaal van 2030", "tot 31 december 2028"; "tot 1 januari 2029" and "tot begin 2029" leave
 * their year out).
 */
export const yearRange = String.raw`(?:(?:1\s+)?januari\s+)?${fromYear}`

// Where a year may start (the digits every year holds, looked ahead at so that no start is stepped
// over), and a range from there. Scanning a text for `yearRange` costs some tenths of a microsecond
// per character (the look-behinds run at every place); a text has only a few years.
const YEAR_START = /(?=(?:19|20)\d{2}|['’‘]\d{2})/gu
const RANGE_FROM_YEAR = new RegExp(fromYear, 'iuy')

/**
 * Whether a text holds a year range: most texts hold none, and the readers of ranges need not
 * run. A range with `januari` before its year holds a range from that year on, so a range from
 * some year's start is one.
 *
 * @param text A text.
 * @returns Whether `yearRange` matches somewhere in it.
 */
export function hasYearRange(text: string): boolean {
  let found = false
  YEAR_START.lastIndex = 0
  for (let at = YEAR_START.exec(text); at && !found; at = YEAR_START.exec(text)) {
    RANGE_FROM_YEAR.lastIndex = at.index
    found = RANGE_FROM_YEAR.test(text)
    // The look-ahead matched nothing: step past its place (a digit or an apostrophe, one code unit).
    YEAR_START.lastIndex = at.index + 1
  }
  YEAR_START.lastIndex = 0
  RANGE_FROM_YEAR.lastIndex = 0
  return found
}

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
  return /^tot(?:\s+(?:1\s+)?januari|\s+(?:het\s+)?begin(?:\s+van)?)?$/iu.test(connector.trim().replace(/\s+/gu, ' '))
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

const durationPattern = new RegExp(duration, 'iu')

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
  const m = durationPattern.exec(text)
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
