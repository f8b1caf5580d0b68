/**
 * The unit of the amounts in a Dutch financial table, as its header, caption or introducing
 * sentence writes it: `bedragen x € 1.000`, `(x € 1 mln)`, `in duizenden euro's`,
 * `bedragen in € mln`, `k€`, `(x 1.000)`.
 */

/** A unit read from text. */
export interface AmountUnit {
  /** What one written unit is worth in euros: `1`, `1000`, `1000000` or `1000000000`. */
  factor: number
  /** The unit as written, e.g. `x € 1.000`. */
  text: string
  /** Offset of `text` in the searched text. */
  index: number
}

/** Text that announces a unit but could not be read (`x € 1.500`, `bedragen x €`). */
export interface UnreadableUnit {
  /** The text as written. */
  text: string
  /** Offset in the searched text. */
  index: number
}

const words: Array<[RegExp, number]> = [
  [/^(?:miljard(?:en)?|mld|mrd)\.?$/i, 9],
  [/^(?:miljoen(?:en)?|mln|mio)\.?$/i, 6],
  [/^(?:duizend(?:en)?|dzd|k)\.?$/i, 3]
]

const euro = String.raw`(?:€|eur(?:o(?:'?s)?)?\b)`
const magnitude = String.raw`(?:miljard(?:en)?|mld|mrd|miljoen(?:en)?|mln|mio|duizend(?:en)?|dzd|k)\.?`
// `1.000`, `1000`, `1 000`, `1.000.000`, `1 mln`, `1 miljoen`, optionally with `,-`.
const one = String.raw`(?:1(?:[.\s\u00a0]?000)+|1\s*${magnitude}|${magnitude})(?:,-)?`

const patterns: RegExp[] = [
  // `x € 1.000`, `× €1.000,-`, `(x 1.000)`, `x 1.000 euro`, `€ x 1.000`, `x € 1 mln`; a full stop
  // after it ends the sentence (`Bedragen x € 1.000.`), a dot and a digit continue the number
  new RegExp(String.raw`(?<![\d.,]\s*)(?:${euro}\s*)?(?<![\d.,]\s*)[x×*]\s*(?:${euro}\s*)?(${one})(?:\s*${euro})?(?!\d|\.\d)`, 'iu'),
  // `in duizenden euro's`, `bedragen in miljoenen`, `in € mln`, `in € 1.000`, `in 1.000 euro`
  new RegExp(String.raw`\bin\s+(?:${euro}\s*)?(${one})(?:\s*${euro})?(?![\d\p{L}]|\.\d)`, 'iu'),
  // `€ mln`, `(€ mln)`, `mln euro`, `k€`, `€k`, `keur`
  new RegExp(String.raw`(?<![\p{L}\d.,]\s*)(?:${euro}\s*(${magnitude})|(${magnitude})\s*${euro})(?![\p{L}\d])`, 'iu')
]

/** Options for `findAmountUnit`. */
export interface FindUnitOptions {
  /**
   * Whether the text is a running sentence rather than a header or caption (optional; default:
   * `false`): a sentence names its unit with `x` or `in` (`bedragen x € 1.000`, `in duizenden
   * euro's`), since a bare `duizend euro` there is an amount.
   */
  prose?: boolean | undefined
}

// Announces a unit: `bedragen x`, `x €`, `× €`, `bedragen in €`. Not a count times an amount
// (`7 × € 36.500`, `2,5 fte × € 78.000`): after a number, with or without its unit, `×` multiplies.
const announce = /(?:bedragen\s*[x×*]|(?<![\d.,]\s*(?:[\p{L}²³]{1,12}\s*)?)[x×*]\s*€|bedragen\s+in\s+€)(?:\s*[€\d.,]+)*/iu

/**
 * Find the unit of amounts in a text (a table header, caption or the sentence before a table).
 *
 * @param text The text.
 * @param options Configuration (optional).
 * @returns The unit; `undefined` when the text names none. `factor: 1` for `in euro's`
 *   is not reported: whole euros are the default.
 */
export function findAmountUnit(text: string, options?: FindUnitOptions): AmountUnit | undefined {
  for (const pattern of options?.prose ? patterns.slice(0, 2) : patterns) {
    const match = pattern.exec(text)
    if (!match) continue
    const written = (match[1] ?? match[2] ?? '').trim()
    const factor = unitFactor(written)
    if (factor === undefined) continue
    return { factor, text: match[0].trim(), index: match.index + (match[0].length - match[0].trimStart().length) }
  }
  return undefined
}

/**
 * Find text that announces a unit that `findAmountUnit` cannot read (`x € 1.500`).
 *
 * @param text The text.
 * @param options Configuration (optional).
 * @returns The unreadable unit, or `undefined` when there is none or the unit is readable.
 */
export function findUnreadableUnit(text: string, options?: FindUnitOptions): UnreadableUnit | undefined {
  if (findAmountUnit(text, options)) return undefined
  const match = announce.exec(text)
  // A result after it (`× € 42.000 = € 84.000`) makes it a calculation; the full stop of the
  // sentence after it is no part of the unit.
  if (!match || /^\s*=/u.test(text.slice(match.index + match[0].length))) return undefined
  return { text: match[0].trim().replace(/[.,]$/u, ''), index: match.index }
}

/** `1.000` → 1000, `1 mln` → 1e6, `duizenden` → 1000. */
function unitFactor(written: string): number | undefined {
  const bare = written.replace(/,-$/, '').trim()
  const digits = /^1((?:[.\s\u00a0]?000)+)$/.exec(bare)
  if (digits) return 10 ** (digits[1] ?? '').replace(/\D/g, '').length
  const word = bare.replace(/^1\s*/, '')
  for (const [pattern, power] of words) if (pattern.test(word)) return 10 ** power
  return undefined
}
