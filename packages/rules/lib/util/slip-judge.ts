/**
 * The judge of `arithmetic-slips`: given the numbers of a sentence (and those it borrows from the
 * sentence before), which stated number is one digit off what the numbers before it compute. The
 * readers in `arithmetic-slips` decide which numbers and cues a sentence offers; this module only
 * weighs them, so the weighing can be read apart from the reading.
 */
import { isYearToken, type Token } from './calc-tokens.js'
import { cents, make, mul } from './exact-number.js'
import { oneStepApart, roundingOf, significant, writtenDigits, writtenUnit } from './slip-digits.js'
import { candidates, euros, isCounted, written, type Factor, type Num } from './slip-candidates.js'
import { meanLast, tiedReadings } from './tied-results.js'

/** A stated number that is one digit off what two numbers before it give. */
export interface ArithmeticSlip {
  /** The stated number, as written (with `€` when it is an amount). */
  stated: Num
  /** The calculation that gives the number it should probably be. */
  expression: string
  /** What the calculation gives, in cents. */
  computed: number
}

// The numbers a calculation may use: no percentages, no years, nothing zero or below. A number
// in words (`veertien`) is a count: not an amount.
export function numbersOf(tokens: Token[]): Num[] {
  return tokens.filter((t): t is Num => t.kind === 'num' && !t.text.includes('%') && !isYearToken(t) && t.value.n > 0n).map((t) => ({ ...t, euro: Boolean(t.euro) }))
}

/**
 * The first stated number of the tokens that is one digit off a reading of the numbers before it.
 *
 * @param tokens The tokens of the sentence (borrowed tokens first).
 * @param strong Whether a result word or operator says a result is given.
 * @param from How many of the numbers are borrowed from the sentence before (default: `0`).
 * @param shares Percentages and shares in words the sentence applies (default: none).
 * @param whole Whether the sentence's numbers are the whole calculation (default: `false`).
 * @param terms Offsets of numbers that are terms after an operator, never a result (default: none).
 * @returns The slip, if any.
 */
export function slipIn(tokens: Token[], strong: boolean, from = 0, shares: Factor[] = [], whole = false, terms = new Set<number>()): ArithmeticSlip | undefined {
  const nums = numbersOf(tokens)
  // Percentages apply to an amount (`2,5% index op € 1.200.000`); like shares in words they need one number less.
  const factors = shares
  if (nums.length < (factors.length > 0 ? 2 : 3) || nums.length > 10) return undefined
  // Borrowed numbers (`from` > 0) serve a result at the end of the sentence that borrows them.
  if (from > 0 && nums.length - 1 < from) return undefined
  for (let k = from > 0 ? nums.length - 1 : factors.length > 0 ? 1 : 2; k < nums.length; k++) {
    const stated = nums[k]!
    if (k >= from && terms.has(stated.index)) continue
    const target = cents(stated.value)
    // Small numbers of one or two digits are too easily one digit apart by chance; cents count
    // as written digits (`€ 34,60` has four and is read, `€ 60` two). Unless the sentence ties the
    // result to its terms (a result word, and the terms' own noun or `gemiddeld`): tied-results.
    const small = target < 10_000 && writtenDigits(stated.text) < 3
    // (Three factors and their product, with nothing else in the sentence, are as clear as a result
    // word: `12 m² à € 1,80 per m² per week over 40 weken, € 860 per jaar`.)
    const three = whole && nums.length === 4 && k === 3 && factors.length === 0
    if (!strong && !three && significant(stated.text) < 3 && !(small && meanLast([stated]))) continue
    // A total over a number of years the sentence counts (`over de jaren 2028 tot en met 2030`) that is
    // one year more or less times the yearly amount: the years are miscounted (before the readings
    // that clear a sentence, one of which adds the yearly amount once more).
    const miscount = small ? undefined : yearMiscount(nums.slice(0, k), stated)
    if (miscount) return { stated, ...miscount }
    const readings = candidates(nums.slice(0, k), stated, factors)
    // Another reading gives the number exactly, or within the rounding of a percentage it applies: the sentence is consistent.
    if (readings.some((r) => Math.abs(r.computed - target) <= r.slack)) continue
    // Compare in whole units of what is written (`15,2 mln` as 152, `€ 109.040` as 109040).
    const unit = writtenUnit(stated)
    // A slip changes a number a little: a first digit 1 for 5 is another number, not a typo.
    const close = (r: { computed: number }): boolean => Math.abs(r.computed - target) <= 0.25 * Math.max(r.computed, target)
    if (small) {
      // Only the sentence's last number is its result: a term between (`2,4 km, 1,7 km en 3,1 km`) is
      // one digit from some pair of the others by chance.
      if (k !== nums.length - 1) continue
      // A mean is rounded to what is written: compare it so rounded.
      const tied = tiedReadings(nums.slice(0, k), stated).map((r) => ({ ...r, computed: Math.round(r.computed / unit) * unit, slack: r.computed % unit === 0 ? 0 : unit / 2 }))
      if (tied.some((r) => r.computed === target)) continue
      const slip = tied.find((r) => r.computed > 0 && close(r) && oneStepApart(r.computed / unit, target / unit))
      if (slip) return { stated, ...slip }
      continue
    }
    // A result written rounded (`€ 446.000` for 446.400) is no slip.
    const slip = readings.find((r) => r.expression !== '' && close(r) && Math.abs(r.computed - target) > roundingOf(stated) && oneStepApart(r.computed / unit, target / unit) && Number.isInteger(r.computed / unit))
    if (slip) return { stated, ...slip }
    // Three numbers and nothing else, a count, a price and an amount: their one product is what
    // the amount says, whatever its digits, unless it is only the product rounded.
    const products = readings.filter((r) => r.expression.includes('×'))
    if (whole && nums.length === 3 && k === 2 && factors.length === 0 && products.length === 1 && close(products[0]!) && Math.abs(products[0]!.computed - target) > roundingOf(stated)) return { stated, ...products[0]! }
    // Four numbers and nothing else: counts and a price multiplied together (`640 plaatsen, 90 dagen, € 8 per dag`).
    const triple = whole && nums.length === 4 && k === 3 && factors.length === 0 ? tripleProduct(nums.slice(0, 3), stated) : undefined
    if (triple && close(triple) && Math.abs(triple.computed - target) > roundingOf(stated) && !readings.some((r) => Math.abs(r.computed - target) <= roundingOf(stated))) return { stated, ...triple }
  }
  return undefined
}

// A yearly amount times a counted number of years (a synthetic `N jaar` token) with one year too many or too few.
function yearMiscount(before: Num[], stated: Num): { expression: string; computed: number; slack: number } | undefined {
  const target = cents(stated.value)
  for (const years of before.filter((t) => t.text.endsWith(' jaar'))) {
    for (const amount of before.filter((t) => t.euro === stated.euro && t !== years)) {
      const n = Number(years.value.n)
      const computed = cents(mul(amount.value, years.value))
      const off = (m: number): boolean => Math.abs(cents(mul(amount.value, make(BigInt(m), 1n))) - target) <= roundingOf(stated)
      if (Math.abs(computed - target) > roundingOf(stated) && (off(n + 1) || off(n - 1))) return { expression: `${written(amount)} × ${years.text} = ${stated.euro ? '€ ' : ''}${euros(computed)}`, computed, slack: 0 }
    }
  }
  return undefined
}

// The product of three numbers, at most one of them an amount, when the result is of that kind.
function tripleProduct(terms: Num[], stated: Num): { expression: string; computed: number; slack: number } | undefined {
  const amounts = terms.filter((t) => t.euro).length
  if (amounts > 1 || (amounts === 1) !== stated.euro || !terms.some(isCounted)) return undefined
  const computed = cents(terms.reduce((p, t) => mul(p, t.value), make(1n, 1n)))
  return { expression: `${terms.map(written).join(' × ')} = ${stated.euro ? '€ ' : ''}${euros(computed)}`, computed, slack: 0 }
}
