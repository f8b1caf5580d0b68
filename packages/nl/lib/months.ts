/**
 * Dutch month names and their abbreviations.
 */

/** Dutch month names, index 0 = januari. */
export const monthNames: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december'
]

/** How a month word was written. */
export interface MonthWord {
  /** Month number, 1–12. */
  month: number
  /** Whether the word was an abbreviation (`jan`, `mrt.`, `sept`). */
  abbreviated: boolean
  /** Whether the word started with a capital (`Januari`, `Jan`). */
  capitalised: boolean
}

const abbreviations: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12
}

/**
 * Read a Dutch month word: full name or abbreviation (with or without a dot),
 * in any case.
 *
 * @param word One word, e.g. `Januari`, `mrt.`, `sept`.
 * @returns The month and how it was written, or `undefined` when `word` is no month.
 */
export function parseMonthWord(word: string): MonthWord | undefined {
  const bare = word.replace(/\.$/, '')
  const lower = bare.toLowerCase()
  const capitalised = bare.length > 0 && bare[0] !== lower[0]
  const full = monthNames.indexOf(lower)
  // `mei` is both full name and abbreviation: treat as full.
  if (full !== -1 && !word.endsWith('.')) return { month: full + 1, abbreviated: false, capitalised }
  if (full !== -1) return { month: full + 1, abbreviated: lower !== 'mei', capitalised }
  const month = abbreviations[lower]
  if (month === undefined) return undefined
  return { month, abbreviated: true, capitalised }
}

/**
 * The Dutch name of a month.
 *
 * @param month Month, 1–12.
 * @returns Lower-case name (`mei`).
 */
export function monthName(month: number): string {
  const name = monthNames[month - 1]
  if (name === undefined) {
    throw new RangeError('Cannot name month `' + month + '`: expected an integer from 1 to 12')
  }
  return name
}
