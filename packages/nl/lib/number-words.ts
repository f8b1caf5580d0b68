/**
 * Dutch number words: `zeven` ↔ 7, `eenentwintig` ↔ 21, `tweeduizend vierhonderd` ↔ 2400.
 */

const small = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien'
]

const tens = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']

/** Largest number `numberWord` and `parseNumberWord` handle. */
export const maxNumberWord = 999_999

/**
 * Read a Dutch number word (case-insensitive, with or without accents:
 * `één`, `tweeëntwintig`), or digits (`7`, `1.000`).
 *
 * Note that `een` is also the indefinite article: callers decide whether
 * `een` in running text is a count.
 *
 * @param word Number word, e.g. `zeven`, `twaalf`, `eenentwintig`, `honderd`, `7`.
 * @returns The number (0–999.999 for words), or `undefined` when `word` is no number.
 */
export function parseNumberWord(word: string): number | undefined {
  // Readers ask it for every word of every sentence they read, often the same word many times
  // (the calculation tokenizer up to three times per word): each word is read once.
  if (readWords.has(word)) return readWords.get(word)
  if (readWords.size >= KEPT_WORDS) readWords.clear()
  const value = readNumberWord(word)
  readWords.set(word, value)
  return value
}

// The words read so far, with what they are; when full, it starts over.
const readWords = new Map<string, number | undefined>()
const KEPT_WORDS = 50_000

function readNumberWord(word: string): number | undefined {
  const value = word.trim().toLowerCase()
  if (/^\d+$/.test(value)) return Number(value)
  if (/^\d{1,3}(?:\.\d{3})+$/.test(value)) return Number(value.replace(/\./g, ''))
  const bare = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s-]+/g, '')
  if (bare === '') return undefined
  return belowMillion(bare)
}

/**
 * Write a number in Dutch words: `zeven`, `eenentwintig`, `tweeëntwintig`,
 * `honderdeen`, `tweeduizend vierhonderd`. One on its own is `één` (with
 * accents, so it cannot be read as the article).
 *
 * @param n Integer from 0 to 999.999.
 * @returns The number word.
 */
export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > maxNumberWord) {
    throw new RangeError('Cannot write `' + n + '` with `numberWord`: expected an integer from 0 to ' + maxNumberWord)
  }
  if (n === 1) return 'één'
  if (n < 1000) return below1000Word(n)
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  return (thousands === 1 ? '' : below1000Word(thousands)) + 'duizend' + (rest === 0 ? '' : ' ' + below1000Word(rest))
}

function below1000Word(n: number): string {
  if (n < 100) return below100Word(n)
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  return (hundreds === 1 ? '' : below100Word(hundreds)) + 'honderd' + (rest === 0 ? '' : below100Word(rest))
}

function below100Word(n: number): string {
  if (n < 20) return small[n] ?? ''
  const unit = n % 10
  const ten = tens[Math.floor(n / 10)] ?? ''
  if (unit === 0) return ten
  const unitWord = small[unit] ?? ''
  return unitWord + (unitWord.endsWith('e') ? 'ën' : 'en') + ten
}

function belowMillion(value: string): number | undefined {
  const at = value.indexOf('duizend')
  if (at === -1) return below1000(value)
  const thousands = at === 0 ? 1 : below1000(value.slice(0, at))
  const rest = value.slice(at + 'duizend'.length)
  const remainder = rest === '' ? 0 : below1000(rest)
  if (thousands === undefined || thousands === 0 || remainder === undefined) return undefined
  return thousands * 1000 + remainder
}

function below1000(value: string): number | undefined {
  const at = value.indexOf('honderd')
  if (at === -1) return below100(value)
  const hundreds = at === 0 ? 1 : below100(value.slice(0, at))
  const rest = value.slice(at + 'honderd'.length)
  const remainder = rest === '' ? 0 : below100(rest)
  if (hundreds === undefined || hundreds === 0 || remainder === undefined) return undefined
  return hundreds * 100 + remainder
}

function below100(value: string): number | undefined {
  const direct = small.indexOf(value)
  if (direct !== -1) return direct
  const ten = tens.indexOf(value)
  if (ten > 1) return ten * 10
  for (let unit = 1; unit < 10; unit++) {
    const prefix = (small[unit] ?? '') + 'en'
    if (!value.startsWith(prefix)) continue
    const decade = tens.indexOf(value.slice(prefix.length))
    if (decade > 1) return decade * 10 + unit
  }
  return undefined
}
