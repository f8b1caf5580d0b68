/**
 * Dutch amounts of money: `€ 1.900.000`, `€1,9 miljoen`, `€ 0,3 mln`, `250k`,
 * `€ 45.000,-`, `1.234,56`, `-€ 240.000`, `(240.000)`, read as integer cents.
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
export function parseDutchAmount(text: string): DutchAmount | undefined {
  const value = text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim()
  if (value === '' || isProMemorie(value)) return undefined

  const range = readRange(value, text)
  if (range) return exact(range)

  const single = readSingle(value)
  if (!single) return undefined
  const result: DutchAmount = { cents: single.cents, text, form: single.form, currency: single.currency }
  if (single.malformed) result.malformed = true
  if (single.note !== undefined) result.note = single.note
  return exact(result)
}

// Cents beyond 2^53 cannot be added exactly (`€ 99.999.999.999.999.999.999`): not an amount.
function exact(amount: DutchAmount): DutchAmount | undefined {
  const safe = Number.isSafeInteger(amount.cents) && (amount.maxCents === undefined || Number.isSafeInteger(amount.maxCents))
  return safe ? amount : undefined
}

/** `€ 20.000–35.000`, `€ 1 - 2 miljoen`, `250k tot 300k`. */
function readRange(value: string, text: string): DutchAmount | undefined {
  const separators = /\s*(?:[–—]|t\/m|tot en met|tot)\s*|\s+-\s+|(?<=\d)-(?=\s*(?:€|\d))/g
  for (const separator of value.matchAll(separators)) {
    const left = value.slice(0, separator.index)
    const right = value.slice(separator.index + separator[0].length)
    const high = readSingle(right)
    let low = readSingle(left)
    // `€ 1 - 2 miljoen`: the low end borrows the magnitude.
    if (high && low && high.exponent > 0 && low.exponent === 0) low = readSingle(left + ' ' + high.unit)
    if (!high || !low) continue
    const result: DutchAmount = {
      cents: low.cents,
      text,
      form: 'range',
      currency: low.currency || high.currency,
      maxCents: high.cents
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
  note?: string
}

function readSingle(input: string): Single | undefined {
  let value = input.trim()
  let negative = false
  let currency = false
  const notes: string[] = []
  let malformed = false

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
  match = /^[-−–]\s*/.exec(value)
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
  if (fraction.length > 2 + exponent) {
    malformed = true
    notes.push('Meer dan twee decimalen: afgerond op centen')
  }

  const cents = toCents(whole, fraction, exponent + 2)
  const result: Single = { cents: negative && cents !== 0 ? -cents : cents, form, currency, exponent, unit, malformed }
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
