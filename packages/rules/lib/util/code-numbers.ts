/**
 * Two more ways a document numbers its parts, besides digits and part words: item codes (a
 * capital letter or two glued to a number: `M4`, `W-2`, `**P3**`, as maatregelen, werkpakketten
 * and projects are often coded) and roman numerals before a heading's title (`II Veilige buurt`).
 */

/** A code or roman numeral at the start of a line, read as a number. */
export interface CodeNumber {
  /** The letters of a code (`M` of `M4`), or `roman` for a roman numeral. */
  prefix: string
  /** The number (`4` of `M4`, `2` of `II`). */
  n: number
  /** As written (`M4`, `II`). */
  written: string
  /** Column (0-based) where it starts in the text it was read from. */
  index: number
}

// `M4 Titel`, `- M4 Titel`, `- **M4** Titel`, `M4: Titel`, `W-2. Titel`: a code, then a title that
// starts with a capital. Road numbers (`A28`, `N381`) are codes too, but they do not run on by one
// (see `codesRunOn`).
const code = /^(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Z]{1,2})-?(\d{1,2})(?:\*\*|__)?[.:]?(?:\*\*|__)?[ \t]+(?:\*\*|__)?\p{Lu}/u
// `II Titel`, `IV. Titel`, `III – Titel`: a roman numeral of at most 39, then a title.
const roman = /^([IVX]{1,6})(?:[.:)]|\s+[–—-])?\s+\p{Lu}/u

/**
 * The item code a paragraph, bullet or heading opens with (`M4 Herstel van kademuren`).
 *
 * @param line The line or heading text, without indentation.
 * @returns The code, or `undefined`.
 */
export function codeLineNumber(line: string): CodeNumber | undefined {
  const m = code.exec(line)
  if (!m?.[1] || !m[2]) return undefined
  const written = `${m[1]}${line.includes(`${m[1]}-${m[2]}`) ? '-' : ''}${m[2]}`
  return { prefix: m[1], n: Number(m[2]), written, index: line.indexOf(written) }
}

/**
 * The roman numeral a heading's text opens with (`II Veilige buurt`).
 *
 * @param text The heading text, without `#`.
 * @returns The numeral, or `undefined`.
 */
export function romanHeadingNumber(text: string): CodeNumber | undefined {
  const m = roman.exec(text)
  const n = m?.[1] ? romanValue(m[1]) : undefined
  return m?.[1] && n !== undefined ? { prefix: 'roman', n, written: m[1], index: 0 } : undefined
}

/** The value of a roman numeral up to 39 written the usual way, or `undefined`. */
function romanValue(numeral: string): number | undefined {
  for (let n = 1; n < 40; n++) if (toRoman(n) === numeral) return n
  return undefined
}

/**
 * A number written as a roman numeral (up to 39).
 *
 * @param n The number.
 * @returns The numeral (`4` → `IV`).
 */
export function toRoman(n: number): string {
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']
  return 'X'.repeat(Math.floor(n / 10)) + units[n % 10]
}

/**
 * Whether a run of codes numbers items: at least three, and at least half of them one higher than
 * the one before (a run of three with one slip has one step of one). Codes that name other things (road numbers `A28`, `A7`, sizes `M3`) do not run on.
 *
 * @param numbers The codes' numbers in document order.
 * @returns Whether they are numbering.
 */
export function codesRunOn(numbers: number[]): boolean {
  if (numbers.length < 3) return false
  const onByOne = numbers.slice(1).filter((n, i) => n === numbers[i]! + 1).length
  return onByOne >= 1 && onByOne >= (numbers.length - 1) / 2
}
