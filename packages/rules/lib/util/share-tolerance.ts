/**
 * How closely a written percentage must match the numbers: the step of its last digit and what
 * the words before it (`ruim`, `bijna`, `circa`, `meer dan`) allow.
 */

import { magnitudeExponent } from '@kapstok/nl'

/** Whether a share's reading lies within a factor two of the share stated; farther off, the share is of other numbers. */
export const withinTwo = (actual: number, stated: number): boolean => actual * 2 >= stated && actual <= stated * 2

/**
 * The reading closest to the stated share, when within a factor two of it.
 *
 * @param readings The readings of a share.
 * @param stated The percentage the share says.
 * @returns The closest reading, or undefined when none or farther off.
 */
export function closestWithinTwo<T extends { actual: number }>(readings: T[], stated: number): T | undefined {
  const closest = readings.reduce<T | undefined>((best, r) => (!best || Math.abs(r.actual - stated) < Math.abs(best.actual - stated) ? r : best), undefined)
  return closest && withinTwo(closest.actual, stated) ? closest : undefined
}

/** Regular-expression source (no groups) for the words that say how near a number is: `ruim`, `bijna`, `circa`. */
export const APPROXIMATE = String.raw`ruim|ruimschoots|bijna|nagenoeg|krap|circa|ca\.|ongeveer|rond(?:om)?|zo['’]n|ruwweg|grofweg|pakweg|(?:iets\s+)?meer\s+dan|(?:iets\s+)?minder\s+dan|kleiner\s+dan|groter\s+dan|(?:nog|net)\s+geen|niet\s+eens|ten\s+minste|minstens|hooguit|maximaal|dik|goed`

/**
 * Regular-expression source (no groups) for a bound after a verb of being or staying: `blijft onder`, `ligt ruim boven`,
 * `komt net onder`. Without such a verb `onder de 50%` is a threshold something is measured against, no claim.
 */
export const VERB_BOUND = String.raw`(?<=\b(?:is|zijn|was|waren|blijft|blijven|bleef|bleven|ligt|liggen|lag|lagen|zit|zitten|zat|zaten|komt|komen|kwam|kwamen|uitkomt|uitkomen|uitkwam|uitkwamen)(?:\s+(?:nog|daarmee|hiermee|dus|ook|wel|al|steeds))*\s+)(?:(?:net|ruim|ver)\s+)?(?:onder|boven)`

/** Whether a share's word is a bound after a verb (`onder`, `ruim boven`), not a rounding. */
export const isVerbBound = (word: string): boolean => /^(?:(?:net|ruim|ver)\s)?(?:onder|boven)$/u.test(word)

// Words that bound a share the way another does: `nog geen vijfde` says less than a fifth, `net geen
// kwart` just under a quarter, `dik` and `goed` just over; `ruwweg` is `circa`.
// `kleiner dan` and a bound after a verb of staying (`blijft onder`, `ligt ruim boven`) say only the side, as `minder dan` does.
const SAME_AS: Record<string, string> = { 'kleiner dan': 'minder dan', 'groter dan': 'meer dan', onder: 'minder dan', 'net onder': 'minder dan', 'ver onder': 'minder dan', boven: 'meer dan', 'net boven': 'meer dan', 'ruim boven': 'meer dan', 'ver boven': 'meer dan', 'nog geen': 'minder dan', 'niet eens': 'minder dan', 'iets minder dan': 'minder dan', 'iets meer dan': 'meer dan', 'net geen': 'bijna', dik: 'ruim', goed: 'ruim', ruwweg: 'circa', grofweg: 'circa', pakweg: 'circa' }

// How far (in percentage points) a fraction in words with `ruim` or `bijna` may lie on the wrong side of it when
// it paraphrases a rounded percentage beside it (`bijna twee derde (67%)`): the percentage hides up to half a point.
const FRACTION_SLACK = 1

/**
 * Whether the wording fits: without a word the percentage is the actual one rounded at its last
 * digit; `ruim` and `bijna` allow up to one step of that digit above or below (half a step of a
 * round ten written in digits: 31% is not "bijna 40 procent", 39% not "ruim 30 procent"; a
 * fraction in words keeps its own step, "ruim de helft" may be 55%); `circa` one step
 * either side (half a step of a round ten written in digits); `meer dan` and `minder dan` only say the side.
 *
 * @param written Whether the percentage is written in digits (`30%`), not a fraction in words.
 * @param up For a fraction in words: how far `ruim` reaches up (to the next simple fraction).
 * @param slack For a fraction in words: how far `ruim` or `bijna` may lie on the wrong side. Said of the counts
 *   themselves (`5.960 van de 10.000, ruim drie vijfde`) the words state a side, and 59,6% is not above three fifths.
 */
export function fits(word: string, stated: number, actual: number, step: number, written = false, up?: number, slack = FRACTION_SLACK): boolean {
  // A small round ten reaches a quarter of itself at most: 7 is not "bijna 10 procent", 13 not "ruim 10 procent".
  const reach = written && step >= 10 ? Math.min(step / 2, stated / 4) : step
  const eps = 1e-9
  // A fraction in words is spoken to about a point: `ruim driekwart` is said of 74,6%, `bijna de helft` of 50,4%.
  const loose = written ? eps : Math.max(slack, eps)
  switch (SAME_AS[word] ?? word) {
    case 'ruim':
    case 'ruimschoots':
      // A fraction in words reaches the next one (`ruim twee derde` for 70%).
      if (!written && up !== undefined) return actual >= stated - loose && actual <= stated + up + eps
      return actual >= stated - loose && (reach < step || !written ? actual <= stated + reach + eps : actual < stated + reach)
    case 'bijna':
    case 'nagenoeg':
    case 'krap':
      return actual <= stated + loose && (reach < step ? actual >= stated - reach - eps : actual > stated - reach)
    case 'meer dan':
      return actual > stated
    case 'ten minste':
    case 'minstens':
      return actual >= stated - eps
    case 'minder dan':
      return actual < stated
    case 'hooguit':
    case 'maximaal':
      return actual <= stated + eps
    case '':
      // A bare round ten is rounded to fives at most (26% is not said as `30%`, 27,5% may be): a writer
      // who rounds further says so (`circa 30%`). A ten below a hundred allows half of what `ruim` or `bijna`
      // allow, so a small one an eighth of itself: 7,7% is not said as `10 procent` (it is `bijna 8 procent`), 9% may be.
      return step >= 10 ? Math.abs(actual - stated) <= (written && step === 10 ? reach : step) / 2 + eps : Math.abs(actual - stated) <= step / 2 + eps
    default:
      // `circa 70 procent` rounds to the nearest ten: 80% is not `zo'n 70`; a finer number keeps its step.
      // A fraction in words may lie toward its neighbour but not on it: 20% is `een op de vijf`, not `ongeveer een op de vier`.
      if (!written) return Math.abs(actual - stated) < step - eps
      // A round ten is said of what rounds to it, but not of what rounds to the five between two tens: that is
      // said as `circa 15%`, so `ongeveer 20%` of 15,1% is off (and of 15,6% not). An exact half may go either way.
      if (step >= 10) return Math.abs(Math.round(actual) - stated) < step / 2 || Math.abs(Math.abs(actual - stated) - step / 2) < 0.05
      return Math.abs(actual - stated) <= step + eps
  }
}

// One step of the last digit written: `18` → 1, `17,8` → 0,1, `20` → 10 (a round number).
export function percentStep(written: string): number {
  const [whole = '', decimals = ''] = written.replace(/\./g, '').split(',')
  if (decimals) return 10 ** -decimals.length
  const trailing = whole.length - whole.replace(/0+$/, '').length
  return 10 ** Math.min(trailing, Math.max(0, whole.length - 1))
}

// A number with its magnitude word: `1,2` and ` miljoen` → 1.200.000.
export function scaled(number: string | undefined, magnitude: string | undefined): number | undefined {
  const value = read(number ?? '')
  return value === undefined ? undefined : value * 10 ** (magnitude ? (magnitudeExponent(magnitude) ?? 0) : 0)
}

/** A Dutch number (`1.200`, `17,5`) as a number. */
export function read(text: string): number | undefined {
  const n = Number(text.replaceAll('.', '').replace(',', '.'))
  return Number.isFinite(n) ? n : undefined
}
