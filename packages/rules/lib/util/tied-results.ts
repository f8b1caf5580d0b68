/**
 * Small results tied to their terms. A result of one or two digits is one digit apart from some
 * sum of the sentence's numbers by chance too often to be read on its own; but when the result
 * names the same noun or unit as its terms (`2,4 km, 1,7 km en 3,1 km, samen 7,4 km`), or is the
 * mean of a list of that noun (`6, 8, 7 en 5 weken; gemiddeld 8 weken`), the sentence itself ties
 * them, and a one-digit slip is as telling as in a large number.
 */

import type { Token } from './calc-tokens.js'
import { add, cents, div, make, sub, type Rational } from './exact-number.js'
import { quantities, sameNoun } from './sentence-quantities.js'
import { euros, type Num } from './slip-candidates.js'

type Reading = { expression: string; computed: number; slack: number }
/**
 * A number token with what `withUnits` adds: the noun it is written with (`km`, `weken`; a list
 * shares the noun of its last item), whether `gemiddeld` stands right before it, and whether it is a rate.
 */
export type Tied = Num & { unit?: string; mean?: boolean; rate?: boolean; span?: string }

const MEAN = /\bgemiddeld(?:e)?\s*$/iu
// A span of time written right after the number itself (`in drie jaar`, `over 14 maanden`): the
// number counts that span. (Not the noun sentence-quantities gives it, which a list may lend it
// from a neighbour: `twee jaar … 318 en 276 aanvragen`.)
const SPAN_AFTER = /^\S+\s+(jaar|jaren|maanden?|weken?|dagen?)\b/iu

/** The tokens of a text with each number's noun and mean word, read as sentence-quantities reads them. */
export function withUnits(tokens: Token[], text: string): Token[] {
  const qs = quantities(text)
  return tokens.map((t) => {
    if (t.kind !== 'num') return t
    const q = qs.find((x) => x.index === t.index && !x.share)
    const span = SPAN_AFTER.exec(text.slice(t.index))?.[1]?.toLowerCase()
    return { ...t, unit: q?.unit ?? '', rate: Boolean(q?.per), mean: MEAN.test(text.slice(Math.max(0, t.index - 20), t.index)), ...(span ? { span } : {}) } as Token
  })
}

/** Whether the last number of a text has `gemiddeld` before it: a result word for the mean. */
export const meanLast = (nums: Num[]): boolean => (nums.at(-1) as Tied | undefined)?.mean === true

// Two nouns are one unit when they share a word (`km`, `uur`; `aanvragen`, `aanvraag`); euros and
// percentages are left to the amount readers (whole euros under a hundred stay chance-prone).
const sameUnit = (a: string, b: string): boolean => a !== '' && b !== '' && a !== '€' && a !== '%' && a.split(' ').some((x) => b.split(' ').some((y) => sameNoun(x, y)))

/**
 * The readings of a small stated number from the earlier numbers of its own noun: their sum, the
 * difference of two, or (after `gemiddeld`) their mean; none when fewer than two share its noun.
 */
export function tiedReadings(before: Num[], stated: Num): Reading[] {
  const unit = (stated as Tied).unit ?? ''
  if (stated.euro) return []
  // A rate (`2 plaatsen per 100 m²`) is multiplied, not added: it is no term of a sum of its noun.
  const terms = before.filter((t) => !t.euro && !(t as Tied).rate && sameUnit((t as Tied).unit ?? '', unit))
  if (terms.length < 2) return []
  const sum = terms.reduce<Rational>((s, t) => add(s, t.value), make(0n, 1n))
  const show = (value: Rational, expression: string): Reading => ({ expression: `${expression} = ${euros(cents(value))}`, computed: cents(value), slack: 0 })
  if ((stated as Tied).mean) return [show(div(sum, make(BigInt(terms.length), 1n)), `(${terms.map((t) => t.text).join(' + ')}) ÷ ${terms.length}`)]
  const out = [show(sum, terms.map((t) => t.text).join(' + '))]
  if (terms.length === 2) {
    const [a, b] = terms as [Num, Num]
    const [x, y] = cents(a.value) >= cents(b.value) ? [a, b] : [b, a]
    out.push(show(sub(x.value, y.value), `${x.text} − ${y.text}`))
  }
  return out
}
