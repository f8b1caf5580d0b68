/**
 * The readings `arithmetic-slips` tries for a stated number: products of a count and a number,
 * sums and differences of two numbers of its kind, shares and percentages of an amount, and
 * divisions by a count.
 */

import { formatDutchDecimal } from '@kapstok/nl'
import type { Token } from './calc-tokens.js'
import { add, cents, div, dutchNumber, make, mul, sub, type Rational } from './exact-number.js'
import { isYearNumber } from './year-numbers.js'

export type Num = Extract<Token, { kind: 'num' }>

// A count is a whole number without `€`, not a year.
export const isCount = (t: Num): boolean => !t.euro && t.value.d === 1n && t.value.n > 0n && (t.spelled === true || !isYearNumber(t.text))
// A count that multiplies: once is no calculation.
export const isCounted = (t: Num): boolean => isCount(t) && t.value.n >= 2n
export const written = (t: Num): string => (t.euro ? `€ ${t.text}` : t.text)
export const euros = (c: number): string => formatDutchDecimal(c / 100)

// Shares in words (`een kwart daarvan`, `de helft`, `twee derde`): multipliers of an earlier amount.
const SHARE_WORDS: Array<[RegExp, bigint, bigint]> = [
  [/\b(?:de|een)\s+helft\b/iu, 1n, 2n],
  [/\b(?:twee\s*derde|tweederde)\b/iu, 2n, 3n],
  [/\b(?:een|één)\s+derde\b/iu, 1n, 3n],
  [/\b(?:drie\s*kwart|driekwart)\b/iu, 3n, 4n],
  [/\b(?:een|één)\s+kwart\b/iu, 1n, 4n],
  [/\b(?:een|één)\s+vijfde\b/iu, 1n, 5n],
  [/\b(?:een|één)\s+tiende\b/iu, 1n, 10n]
]
// and percentages (`2,5%`, `2,5 procent`): an index or a share of an amount, with the step of
// their last digit as a fraction (`63%`: 0,01; `2,5%`: 0,001; a share in words: exact).
export interface Factor {
  value: Rational
  step: number
}
export function shareWords(text: string): Factor[] {
  const percents = [...text.matchAll(/(\d{1,3}(?:,\d+)?)\s*(?:%|procent\b)/giu)].map((m) => ({
    value: mul(dutchNumber(m[1] ?? '0'), make(1n, 100n)),
    step: 10 ** -((/,(\d+)/.exec(m[1] ?? '')?.[1]?.length ?? 0) + 2)
  }))
  return [...SHARE_WORDS.filter(([re]) => re.test(text)).map(([, n, d]) => ({ value: make(n, d), step: 0 })), ...percents]
}

// The span of time a number counts (`4 jaar` from `over de vier jaren`, `drie maanden`), or ''.
const SPANS: Array<[RegExp, string]> = [[/^(?:jaar|jaren)$/iu, 'jaar'], [/^maand(?:en)?$/iu, 'maand'], [/^we(?:ek|ken)$/iu, 'week'], [/^dag(?:en)?$/iu, 'dag']]
// (The reader writes a counted span as `4 jaar`; withUnits marks a number with its span word after it.)
const spanOf = (t: Num): string => {
  const word = (t as Num & { span?: string }).span ?? /\s(\p{L}+)$/u.exec(t.text)?.[1] ?? ''
  return SPANS.find(([re]) => re.test(word))?.[1] ?? ''
}

// Whether a sum or difference of `a` and `b` for `stated` keeps to one kind of span: all three
// count the same span of time, or none of them is a span. (A bare number takes the kind of the others.)
function oneSpan(a: Num, b: Num, stated: Num): boolean {
  const spans = [a, b].map(spanOf)
  if (spans.every((s) => s === '')) return true
  // A span with another number: only when all three count that span.
  return spans.every((s) => s !== '' && s === spanOf(stated))
}

// Products of a count and a number, sums and differences of two numbers of the result's kind.
export function candidates(before: Num[], stated: Num, factors: Factor[]): Array<{ expression: string; computed: number; slack: number }> {
  const out: Array<{ expression: string; computed: number; slack: number }> = []
  const push = (value: Rational, expression: string, slack = 0): void => {
    const c = cents(value)
    if (c > 0) out.push({ expression, computed: c, slack })
  }
  const percent = (f: Rational): string => `${formatDutchDecimal((Number(f.n) / Number(f.d)) * 100)}%`
  for (const a of before) {
    // A share or percentage of an amount, and an amount raised or lowered by a percentage.
    if (a.euro !== stated.euro) continue
    for (const { value: f, step } of factors) {
      // A percentage is itself rounded (`63%` is 62,5 to 63,5): its product may be off by half a step of the amount.
      const slack = cents(mul(a.value, make(BigInt(Math.round(step * 1000)), 2000n)))
      push(mul(a.value, f), `${percent(f)} van ${written(a)}`, slack)
      // The whole a share is of (`96 van de 320, 30%`): only clears the sentence.
      if (f.n > 0n) push(div(a.value, f), '', cents(div(make(BigInt(Math.round(step * 1000)), 2000n), f)) * cents(a.value) / 100)
      // Raised or lowered by a percentage (an index); a share in words (`een derde minder`) is a rough target.
      if (step === 0) continue
      push(mul(a.value, add(make(1n, 1n), f)), `${written(a)} + ${percent(f)}`, slack)
      push(mul(a.value, sub(make(1n, 1n), f)), `${written(a)} − ${percent(f)}`, slack)
    }
  }
  for (let i = 0; i < before.length; i++) {
    for (let j = i + 1; j < before.length; j++) {
      const a = before[i]!
      const b = before[j]!
      if ((isCounted(a) || isCounted(b)) && (a.euro || b.euro) === stated.euro && !(a.euro && b.euro)) push(mul(a.value, b.value), `${written(a)} × ${written(b)}`)
      // A division: an amount or count over a count (`€ 6,4 mln over 40 jaar`, `per inwoner`), an amount over an amount per year (a number of years).
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (isCount(y) && y.value.n >= 2n && x.euro === stated.euro) push(div(x.value, y.value), `${written(x)} ÷ ${written(y)}`)
        if (x.euro && y.euro && !stated.euro) push(div(x.value, y.value), `${written(x)} ÷ ${written(y)}`)
      }
      if (a.euro === stated.euro && b.euro === stated.euro) {
        // A span of time adds only to a span of its own kind: `over de vier jaren` and `118
        // begrafenissen` give no sum, however near it comes (kept as a clearing reading only).
        const shown = (expression: string): string => (oneSpan(a, b, stated) ? expression : '')
        push(add(a.value, b.value), shown(`${written(a)} + ${written(b)}`))
        push(sub(a.value, b.value), shown(`${written(a)} − ${written(b)}`))
        push(sub(b.value, a.value), shown(`${written(b)} − ${written(a)}`))
      }
    }
  }
  // Readings that only clear a sentence (never reported): a product plus another number of the
  // kind (`drie budgetten à € 8.000 en € 1.000, samen € 25.000`), and all numbers of the kind.
  const products = out.filter((r) => r.expression.includes('×'))
  const kind = before.filter((t) => t.euro === stated.euro)
  for (const p of products) for (const t of kind) push(add(make(BigInt(p.computed), 100n), t.value), '')
  if (kind.length > 2) push(kind.reduce((sum, t) => add(sum, t.value), make(0n, 1n)), '')
  // And the first of them less all the others: a whole and what several parties pay of it (`kost
  // € 1.450.000. Het rijk draagt € 600.000 bij en de provincie € 100.000. De gemeente betaalt € 750.000`).
  if (kind.length > 2) push(kind.slice(1).reduce((rest, t) => sub(rest, t.value), kind[0]!.value), '')
  return out.map((r) => ({ ...r, expression: r.expression && `${r.expression} = ${stated.euro ? '€ ' : ''}${euros(r.computed)}` }))
}
