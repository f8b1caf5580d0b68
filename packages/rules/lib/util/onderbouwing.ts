/**
 * Calculations a text writes out (`12 × € 1.500 = € 18.000`, `… à …, samen …`) and the
 * onderbouwing of a finance row, checked exactly against the rounding their results are
 * written with.
 */

import { evaluate, show, tokenize, type Token } from './calc-tokens.js'
import { convertedUnits } from './unit-converted-products.js'
import { MAGNITUDE, add, cents, dutchNumber, magnitudeOf, make, mul, sub, type Rational } from './exact-number.js'

export { add, cents, dutchNumber, fromCents, mul, sub, type Rational } from './exact-number.js'
export { evaluate, show, tokenize, type Token } from './calc-tokens.js'

/** One `expression = result` in a text. */
export interface Equation {
  /** The expression as written (normalised operators). */
  expression: string
  /** Its exact value. */
  computed: Rational
  /** The result the text gives. */
  stated: Rational
  /** The result as written (`232.000`). */
  result: string
  /** Offset of the result in the text. */
  index: number
  /** How far the result may lie from the computation through the rounding it is written with. */
  tolerance: Rational
  /** Whether that result is final (not the start of a further computation). */
  final: boolean
  /** Whether the left side computes something (not a bare `21%`). */
  arithmetic: boolean
  /** Whether reading it takes an interpretation of the sentence (`2 fte van € 80.000`: `van` may also name a whole). */
  soft?: boolean
  /** Whether the sentence-level fallback read it (it yields to `arithmetic-slip` on the same number). */
  fallback?: boolean
  /** Whether the reading makes a slip likely without proving it (two kinds named may leave a third unnamed): reported at most as a warning. */
  likely?: boolean
  /** Whether the sentence names each term of the reading and how they combine (each change and `samen`): another combination of its numbers that happens to give the result does not explain it. */
  named?: boolean
}

/**
 * Half a step of the rounding a number is written with. Decimals count as written (`0,84`:
 * 0,005); trailing zeros of a whole number may be rounding, down to two significant digits
 * (`232.000`: 500; `100.000`: 5.000; `5.040`: 5); after `circa`, `ongeveer` or `≈` all trailing
 * zeros, down to one significant digit (`circa 350.000`: 5.000; `circa 300.000`: 50.000).
 *
 * @param text The number as written (`€ 232.000`, `0,84`, `10%`).
 * @param approx Whether the text calls it approximate (optional).
 * @returns The tolerance.
 */
export function rounding(text: string, approx = false): Rational {
  const percent = text.includes('%')
  const magnitude = magnitudeOf(text)
  const [whole = '', fraction = ''] = text.replace(/^[^\d]*/, '').replace(MAGNITUDE, '').replace(/,-$/, '').replace(/[^\d,]/g, '').split(',')
  let power: number
  // `ongeveer € 1,70`: after a rounding word the trailing zeros of the decimals are rounding too (a tenth).
  if (fraction !== '') power = -(approx ? fraction.replace(/0+$/, '') : fraction).length
  else {
    const significant = whole.replace(/^0+/, '')
    const trailing = significant.length - significant.replace(/0+$/, '').length
    // `circa € 350.000` is rounded at the tens of thousands it writes, not at the hundreds of thousands.
    power = Math.max(0, approx ? Math.min(trailing, significant.length - 1) : Math.min(trailing, significant.length - 2))
  }
  // `€ 1,2 miljoen` is rounded at a tenth of a million.
  power += magnitude
  const step = power >= 0 ? make(10n ** BigInt(power), 1n) : make(1n, 10n ** BigInt(-power))
  return mul(step, make(1n, percent ? 200n : 2n))
}

/**
 * Half a step of a result the text calls rounded (`≈`, `afgerond`): as after `circa`, and a last
 * significant digit 5 marks a step of fifty, five hundred … (`afgerond € 3.650` for 3.640).
 *
 * @param text The result as written.
 * @returns The tolerance.
 */
export function roundedResult(text: string): Rational {
  const half = rounding(text, true)
  const digits = text.replace(/,.*$/u, '').replace(/[^\d]/gu, '')
  return /[1-9]*5(?=0+$)/u.test(digits) ? mul(half, make(5n, 1n)) : half
}

/**
 * A final, arithmetic equation read from prose, with the rounding of its result as tolerance.
 *
 * @param expression The calculation as shown (`14 × € 35.000`).
 * @param computed Its value.
 * @param result The stated result: its text, value and offset in the text.
 * @param approx Whether the text calls the result approximate.
 * @returns The equation.
 */
export function proseEquation(expression: string, computed: Rational, result: { text: string; value: Rational; index: number }, approx: boolean): Equation {
  return { expression, computed, stated: result.value, result: result.text, index: result.index, tolerance: rounding(result.text, approx), final: true, arithmetic: true }
}

/** Every `… = …` in a text (also `≈`, and `is` after a computation); a bare `21% = €50.000` has no operator and is kept as a result only. */
export function equations(text: string): Equation[] {
  const tokens = tokenize(text)
  const out: Equation[] = []
  tokens.forEach((t, k) => {
    if (t.kind !== 'eq') return
    const right = tokens[k + 1]
    if (right?.kind !== 'num') return
    // The left side: the longest run before `=` that is an expression.
    let start = k
    while (start > 0 && ['num', 'op', 'lp', 'rp'].includes(tokens[start - 1]!.kind) && !(tokens[start - 1]!.kind === 'num' && tokens[start]?.kind === 'num')) start--
    // `… 3 trajecten à € 2.000, samen € 24.000` after other numbers: `samen` may count those too
    // (`impliedEquations` reads that total of named amounts).
    // A number that is no amount (`130%`, `64 van de 300`) cannot be such a term.
    if (t.word && precedingAmount(tokens, start)) return
    if (t.sum && k - start <= 1) return
    let left = tokens.slice(start, k)
    while (left.length > 0 && !evaluate(left)) left = left.slice(1)
    // The number right before the calculation's first token (`65` in `65 plekken (40 plus 25)`).
    const explained = tokens[k - left.length - 1]
    // `0,4 hectare à € 60 per m²`: the quantity in the price's unit.
    left = convertedUnits(text, left)
    const computed = evaluate(left)
    if (!computed) return
    // `Er komen 65 plekken (40 plekken plus 25 extra), en per team is dat 37 uur`: a bracket that
    // adds up to the number right before it explains that number; a later `is dat` is no result
    // of the bracket but of another reading (per team), and `(40 + 25) = 37` would be a false fout.
    if (t.word && left[0]?.kind === 'lp' && left.at(-1)?.kind === 'rp' && explained?.kind === 'num' && within(explained.value, computed, rounding(explained.text, explained.approx))) return
    const next = tokens[k + 2]
    // `40 aanvragen van € 2.500 zijn er 30`: a result in words of another unit than the amounts.
    if (t.word && left.some((l) => l.kind === 'num' && l.euro) && !right.euro && !right.text.includes('%')) return
    // `1 + 1 = 3` (samenwerking) is a saying, not a sum: every number a bare single digit.
    if ([...left, right].every((n) => n.kind !== 'num' || /^\d$/.test(n.text))) return
    out.push({
      expression: show(left),
      computed,
      stated: right.value,
      result: right.text,
      index: right.index,
      tolerance: t.approx ? roundedResult(right.text) : rounding(right.text, right.approx),
      final: next?.kind !== 'op',
      arithmetic: left.length > 1,
      ...(left.some((l) => l.kind === 'op' && l.soft) ? { soft: true } : {})
    })
  })
  return out
}

const AMOUNT = String.raw`(?:circa\s+|ongeveer\s+|±\s*)?(€?\s*\d{1,3}(?:\.\d{3})+(?:,\d+)?|€\s*\d+(?:,\d+)?)(?!\d|\s*%)`
// `netto besparing: € 116.000`, `besparing netto € 267.000`, `netto komen we uit op 250.000`.
const NET = new RegExp(String.raw`(?:\bnetto\b|\b(?:besparing|opbrengst|resultaat|voordeel)\s+netto\b)[^.;€\d]{0,40}?` + AMOUNT, 'giu')
const BRUTO = new RegExp(String.raw`\bbruto\b[^.;€\d]{0,40}?` + AMOUNT, 'giu')
// `een besparing van € 45.000`, `levert een opbrengst op van € 12.000`, `(à € 8.000) bespaard`.
const PART = new RegExp(
  String.raw`\b(?:besparing|opbrengst|voordeel)(?:\s+\p{L}+){0,2}?\s+(?:van|op)\s+` + AMOUNT + String.raw`|` + AMOUNT + String.raw`\)?\s+(?:\p{L}+\s+)?(?:bespaard|opgebracht)\b`,
  'giu'
)

/** What a toelichting says a row yields. */
export interface Onderbouwing {
  /** The amount the onderbouwing arrives at. */
  value: Rational
  /** How far `value` may be off through the rounding of the numbers it comes from. */
  tolerance: Rational
  /** How: the computation or the words that state it. */
  detail: string
  /** `bruto − kosten` when the text gives a bruto amount and a netto result. */
  chain?: { expression: string; computed: Rational; stated: Rational; tolerance: Rational }
}

const ZERO: Rational = { n: 0n, d: 1n }

/** Read the onderbouwing of a finance row: a stated netto, or the savings it names, with the arithmetic to them. */
export function onderbouwing(text: string): Onderbouwing | undefined {
  const net = [...text.matchAll(NET)].at(-1)
  const parts = [...text.matchAll(PART)]
  if (net?.[1]) {
    const value = dutchNumber(net[1])
    const tolerance = rounding(net[1], /circa|ongeveer|±/i.test(net[0]))
    const bruto = [...text.matchAll(BRUTO)][0]
    if (!bruto?.[1] || bruto.index > net.index) return { value, tolerance, detail: '`' + net[0].trim() + '`' }
    const before = equations(text.slice(0, bruto.index)).filter((e) => e.final && !e.soft)
    const after = equations(text.slice(bruto.index, net.index)).filter((e) => e.final && !e.soft)
    // Without costs stated as results between bruto and netto the text does not compute netto.
    if (after.length === 0) return { value, tolerance, detail: '`' + net[0].trim() + '`' }
    const gross = before.length > 0 ? before.reduce((a, e) => add(a, e.stated), ZERO) : dutchNumber(bruto[1])
    const computed = after.reduce((a, e) => sub(a, e.stated), gross)
    const terms = before.length > 0 ? before.map((e) => e.stated) : [gross]
    const expression = [terms.map(number).join(' + '), ...after.map((e) => number(e.stated))].join(' − ')
    return { value, tolerance, detail: expression, chain: { expression, computed, stated: value, tolerance } }
  }
  if (parts.length === 0) return undefined
  const written = parts.map((p) => p[1] ?? p[2] ?? '0')
  const values = written.map(dutchNumber)
  return {
    value: values.reduce(add, ZERO),
    tolerance: written.map((w) => rounding(w)).reduce(add, ZERO),
    // `€ 20.000) bespaard` from `(à € 20.000) bespaard`: drop the unmatched parenthesis.
    detail: values.length > 1 ? values.map(number).join(' + ') : '`' + (parts[0]?.[0] ?? '').trim().replace(/^([^(]*)\)/, '$1') + '`'
  }
}

/** A rational as a Dutch number (`267.000`, `5.040,5`). */
export function number(value: Rational): string {
  const c = cents(value)
  const whole = Math.trunc(Math.abs(c) / 100).toLocaleString('nl-NL')
  const rest = Math.abs(c) % 100
  return (c < 0 ? '−' : '') + whole + (rest ? ',' + String(rest).padStart(2, '0').replace(/0$/, '') : '')
}

/**
 * Whether two amounts differ by more than a tolerance.
 *
 * @param a One amount.
 * @param b The other.
 * @param tolerance The allowed difference.
 * @returns `true` when `|a − b| > tolerance`.
 */
export function beyond(a: Rational, b: Rational, tolerance: Rational): boolean {
  const d = sub(a, b)
  return sub(d.n < 0n ? { n: -d.n, d: d.d } : d, tolerance).n > 0n
}

/** Whether two values lie within the tolerance of each other: `beyond`, turned round. */
export const within = (a: Rational, b: Rational, tolerance: Rational): boolean => !beyond(a, b, tolerance)

// Whether the run of numbers and operators right before `start` holds an amount in euros.
function precedingAmount(tokens: Token[], start: number): boolean {
  for (let i = start - 1; i >= 0 && (tokens[i]!.kind === 'num' || tokens[i]!.kind === 'op'); i--) {
    const t = tokens[i]!
    if (t.kind === 'num' && t.euro) return true
  }
  return false
}
