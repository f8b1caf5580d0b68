/**
 * Dutch amounts of money: `€ 1.900.000`, `€1,9 miljoen`, `€ 0,3 mln`, `250k`,
 * `€ 45.000,-`, `1.234,56`, `-€ 240.000`, `(240.000)`, `-/- 240`, `240 N`, read as
 * integer cents, optionally in the unit of a table (`x € 1.000`).
 */

/** An amount of money read from text. */
export interface DutchAmount {
  /** Integer cents; negative for negative amounts (for a range: the low end). */
  cents: number
  /** Original text, untouched. */
  text: string
  /** Detected form: `integer` (`€ 1.900.000`), `decimal` (`1.234,56`), `dash` (`€ 45.000,-`), `magnitude` (`€ 1,9 miljoen`, `250k`) or `range` (`€ 20.000–35.000`). */
  form: string
  /** Whether a currency (`€`, `EUR`, `euro`) was written. */
  currency?: boolean
  /** Upper end in integer cents, only for a range. */
  maxCents?: number
  /** Whether the notation is broken (`€ 200.00 0`, `€ 45.000, -`, `1,900,000`); `cents` is then the best guess. */
  malformed?: boolean
  /** Dutch explanation when the notation is broken or guessed. */
  note?: string
  /** Whether more decimals are written than cents (a unit price: `€ 0,115 per kWh`); `cents` is then rounded. Not a broken notation. */
  subCent?: boolean
  /**
   * The rounding the notation implies, in cents: the value of one step in the last digit
   * written (`1.234,56`: 1; `€ 450.000`: 100; `120` in a table `x € 1.000`: 100.000;
   * `€ 1,9 mln`: 10.000.000). A sum of such amounts may be off by half a step per amount.
   */
  precision: number
}

/** Options for `parseDutchAmount`. */
export interface ParseAmountOptions {
  /** Factor of the table's unit (`x € 1.000`: `1000`) for amounts without a magnitude word of their own (optional; default: `1`). */
  factor?: number | undefined
}

/**
 * Regular-expression source (no groups) for a magnitude word after a number, as Dutch texts
 * write them: `miljard`, `mld`, `miljoen`, `mln`, `duizend`, `k` (`€ 1,2 miljoen`, `250k`); an
 * abbreviation's full stop is left out, it may end the sentence.
 */
export const magnitudeWord = String.raw`(?:miljard|mld|mrd|miljoen|mln|mio|duizend|k)\b`

/**
 * The power of ten a magnitude word stands for.
 *
 * @param word A magnitude word (`miljoen`, `mln.`, `k`), with or without spaces around it.
 * @returns 9, 6 or 3; `undefined` for any other word.
 */
export function magnitudeExponent(word: string): number | undefined {
  const value = word.trim()
  // The table reads a word at the end of an amount: put a digit before it and ask for all of it.
  return magnitudes.find(([pattern]) => pattern.exec('1' + value)?.[0].trim() === value && value !== '')?.[1]
}

const magnitudes: Array<[RegExp, number]> = [
  [/\s*(?:miljard|mld|mrd)\.?$/i, 9],
  [/\s*(?:miljoen|mln|mio)\.?$/i, 6],
  [/\s*(?:duizend|dzd\.?|k)$/i, 3]
]

/**
 * Whether a text is a "pro memorie" placeholder (`p.m.`, `PM`, `pro memorie`):
 * an amount that is deliberately left open.
 *
 * @param text Cell text.
 * @returns `true` for p.m. placeholders.
 */
export function isProMemorie(text: string): boolean {
  return /^\s*(?:€\s*)?(?:p\.?\s?m\.?|pro memorie)\s*$/i.test(text)
}

/**
 * Parse a Dutch amount of money. Never throws.
 *
 * Text without a currency is read as a number of euros (table cells often omit
 * the `€`); `currency` says whether one was written.
 *
 * @param text Amount text, e.g. `€ 1.900.000`, `€ 0,3 mln`, `250k`, `(240.000)`.
 * @returns The amount in integer cents, or `undefined` when the text is no amount
 *   (words, percentages, `p.m.`, empty).
 */
export function parseDutchAmount(text: string, options?: ParseAmountOptions): DutchAmount | undefined {
  const value = text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim()
  if (value === '' || isProMemorie(value)) return undefined
  const factor = options?.factor ?? 1

  const range = readRange(value, text, factor)
  if (range) return exact(range)

  const single = readSingle(value, factor)
  if (!single) return undefined
  const result: DutchAmount = { cents: single.cents, text, form: single.form, currency: single.currency, precision: single.precision }
  if (single.malformed) result.malformed = true
  if (single.subCent) result.subCent = true
  if (single.note !== undefined) result.note = single.note
  return exact(result)
}

// Cents beyond 2^53 cannot be added exactly (`€ 99.999.999.999.999.999.999`): not an amount.
function exact(amount: DutchAmount): DutchAmount | undefined {
  const safe = Number.isSafeInteger(amount.cents) && (amount.maxCents === undefined || Number.isSafeInteger(amount.maxCents))
  return safe ? amount : undefined
}

/** `€ 20.000–35.000`, `€ 1 - 2 miljoen`, `250k tot 300k`. */
function readRange(value: string, text: string, factor: number): DutchAmount | undefined {
  const separators = /\s*(?:[–—]|t\/m|tot en met|tot)\s*|\s+-\s+|(?<=\d)-(?=\s*(?:€|\d))/g
  for (const separator of value.matchAll(separators)) {
    const left = value.slice(0, separator.index)
    const right = value.slice(separator.index + separator[0].length)
    const high = readSingle(right, factor)
    let low = readSingle(left, factor)
    // `€ 1 - 2 miljoen`: the low end borrows the magnitude.
    if (high && low && high.exponent > 0 && low.exponent === 0) low = readSingle(left + ' ' + high.unit, factor)
    if (!high || !low) continue
    const result: DutchAmount = {
      cents: low.cents,
      text,
      form: 'range',
      currency: low.currency || high.currency,
      maxCents: high.cents,
      precision: Math.max(low.precision, high.precision)
    }
    const notes = [low.note, high.note].filter((note) => note !== undefined)
    if (low.malformed || high.malformed) result.malformed = true
    if (notes.length > 0) result.note = notes.join('; ')
    return result
  }
  return undefined
}

/** One amount (no range). */
interface Single {
  cents: number
  form: string
  currency: boolean
  exponent: number
  unit: string
  malformed: boolean
  subCent?: boolean
  precision: number
  note?: string
}

// `-/- 240` (min), `N 240` / `240 N` (nadeel), `V` (voordeel) and a trailing minus (`4.977-`,
// `4.977–`, as financial systems print lasten; not `4.977,-`, which only says there are no
// cents): the sign as budgets write it. The trailing minus takes the dashes the leading one takes.
const signWords: Array<[RegExp, boolean]> = [
  [/^-\/-\s*/, true],
  [/\s*-\/-$/, true],
  [/(?<=\d)[-−–]$/, true],
  [/^N\s+(?=[€\d])/, true],
  [/(?<=\d)\s+N$/, true],
  [/^V\s+(?=[€\d])/, false],
  [/(?<=\d)\s+V$/, false]
]

function readSingle(input: string, factor = 1): Single | undefined {
  let value = input.trim()
  let negative = false
  let currency = false
  const notes: string[] = []
  let malformed = false

  for (const [pattern, minus] of signWords) {
    const match = pattern.exec(value)
    if (!match) continue
    negative = minus
    value = (value.slice(0, match.index) + value.slice(match.index + match[0].length)).trim()
    break
  }

  const parenthesised = /^\((.*)\)$/.exec(value)
  if (parenthesised) {
    negative = true
    value = (parenthesised[1] ?? '').trim()
  }
  let match = /^[-−–]\s*/.exec(value)
  if (match) {
    negative = !negative
    value = value.slice(match[0].length)
  }
  match = /^(?:€|EUR\b|euro\b)\s*/i.exec(value)
  if (match) {
    currency = true
    value = value.slice(match[0].length)
  }
  match = /^(?:-\/-|[-−–])\s*/.exec(value)
  if (match) {
    negative = !negative
    value = value.slice(match[0].length)
  }
  match = /\s*(?:€|EUR|euro)$/i.exec(value)
  if (match && !currency) {
    currency = true
    value = value.slice(0, match.index)
  }

  let exponent = 0
  let unit = ''
  for (const [pattern, power] of magnitudes) {
    match = pattern.exec(value)
    if (match && /\d$/.test(value.slice(0, match.index))) {
      exponent = power
      unit = match[0].trim()
      value = value.slice(0, match.index)
      break
    }
  }

  let form = exponent > 0 ? 'magnitude' : 'integer'
  match = /,(\s*)[-—–]{1,2}$/.exec(value)
  if (match) {
    form = 'dash'
    if (match[1]) {
      malformed = true
      notes.push('Spatie in `,-`')
    }
    value = value.slice(0, match.index)
  }

  // A full stop after the amount ends the sentence: `€ 100.000.`
  if (/^\d{1,3}(?:\.\d{3})*\.$/.test(value) || /^\d+\.$/.test(value)) value = value.slice(0, -1)

  if (!/^\d[\d., ]*$/.test(value) || /[.,]$/.test(value)) return undefined
  if (value.includes(' ')) {
    malformed = true
    notes.push('Spatie in het bedrag')
    value = value.replace(/ /g, '')
  }

  let whole: string
  let fraction = ''
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(value) || /^\d+(?:,\d+)?$/.test(value)) {
    const [integer = '', decimals = ''] = value.split(',')
    whole = integer.replace(/\./g, '')
    fraction = decimals
  } else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(value)) {
    malformed = true
    notes.push('Engelse notatie: komma als scheidingsteken voor duizendtallen')
    const [integer = '', decimals = ''] = value.split('.')
    whole = integer.replace(/,/g, '')
    fraction = decimals
  } else if (/^\d+\.\d{1,2}$/.test(value)) {
    malformed = true
    notes.push('Punt met ' + (value.length - value.indexOf('.') - 1) + ' cijfer(s) erna: gelezen als decimaalpunt')
    const [integer = '', decimals = ''] = value.split('.')
    whole = integer
    fraction = decimals
  } else {
    malformed = true
    notes.push('Onjuiste groepering van cijfers')
    const comma = value.lastIndexOf(',')
    whole = (comma === -1 ? value : value.slice(0, comma)).replace(/[.,]/g, '')
    fraction = comma === -1 ? '' : value.slice(comma + 1).replace(/\./g, '')
  }

  if (fraction !== '' && exponent === 0 && form === 'integer') form = 'decimal'
  // A price per kWh, m³ or litre is written in tenths of cents (`€ 0,115`, `€ 0,0825`): rounding it to
  // cents is the only issue. Three decimals after a whole number (`€1,314`) may be a thousands
  // separator written the English way: that notation is broken.
  const extra = fraction.length > 2 + exponent
  const subCent = extra && (/^0+$/.test(whole) || fraction.length >= 4)
  if (extra && !subCent) malformed = true
  if (extra) notes.push('Meer dan twee decimalen: afgerond op centen')

  // The table's unit applies to amounts that write no magnitude of their own.
  const scale = exponent === 0 ? Math.round(Math.log10(factor)) : 0
  const cents = toCents(whole, fraction, exponent + scale + 2)
  const precision = 10 ** Math.max(0, exponent + scale + 2 - fraction.length)
  const result: Single = { cents: negative && cents !== 0 ? -cents : cents, form, currency, exponent, unit, malformed, precision, ...(subCent ? { subCent } : {}) }
  if (notes.length > 0) result.note = notes.join('; ')
  return result
}

/** `whole,fraction × 10^shift`, rounded half away from zero, without floats. */
function toCents(whole: string, fraction: string, shift: number): number {
  const digits = BigInt((whole || '0') + fraction)
  const scale = shift - fraction.length
  if (scale >= 0) return Number(digits * 10n ** BigInt(scale))
  const divisor = 10n ** BigInt(-scale)
  const quotient = digits / divisor
  return Number(digits % divisor * 2n >= divisor ? quotient + 1n : quotient)
}
