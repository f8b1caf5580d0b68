/**
 * A bound times a count bounds the total: `35 ondernemers elk maximaal € 2.500` can together get
 * at most € 87.500, so a stated total of € 91.000 is wrong, and € 80.000 is fine. `maximaal`,
 * `hooguit`, `ten hoogste` and `tot` set an upper bound, `minimaal`, `ten minste` and `minstens`
 * a lower one. Such a word is no silencer of the calculation (as a word that adds something to it
 * is): it turns the equation into an inequality.
 */

import { cents, mul } from './exact-number.js'
import { beyond, rounding, sub, type Equation } from './onderbouwing.js'
import { euros, isCounted, written, type Num } from './slip-candidates.js'

export type Side = 'max' | 'min'

// The bound word right before a number (`elk maximaal € 2.500`, `ten minste 6 uur`). `tot` bounds
// only an amount (`tot € 1.800`), and not after `van` and a number (`van € 80 tot € 95` is a range).
const BOUND = /\b(maximaal|hooguit|ten\s+hoogste|maximum\s+van|max\.|minimaal|ten\s+minste|minstens|minimum\s+van|(?<!\bvan\s+(?:€\s*)?[\d.,]+\s+)tot)\s*(?:een\s+)?(?:bedrag\s+van\s+)?(?:€\s*)?$/iu

/**
 * The side a bound word before a number puts it on, if any.
 *
 * @param text The text the index points into.
 * @param index The number's offset.
 * @returns `max` for an upper bound, `min` for a lower one.
 */
// Every bound word of BOUND, anywhere in a text: without one, no number of the text has a bound
// before it, and the text need not be read for its numbers. (Parts of the words, so that a
// window cut in a word, where `\b` holds at its start, is covered too; the same flags, so the same
// letters fold.)
const ANY_BOUND_WORD = /maxim|hooguit|hoogste|max\.|minim|minste|tot/iu

export function boundBefore(text: string, index: number): Side | undefined {
  const word = BOUND.exec(text.slice(Math.max(0, index - 40), index))?.[1]?.toLowerCase()
  if (!word) return undefined
  // `tot 2029`, `tot de zomer`: only `tot € …` bounds.
  if (word === 'tot' && !/^\s*€/u.test(text.slice(index, index + 3)) && !/€\s*$/u.test(text.slice(Math.max(0, index - 3), index))) return undefined
  return /^(?:minimaal|ten\s+minste|minstens|minimum)/u.test(word) ? 'min' : 'max'
}

const isPercent = (text: string, n: Num): boolean => n.text.includes('%') || /^\S+\s*procent/iu.test(text.slice(n.index, n.index + 30))

// After the terms, a budget, a reservation or what is available can be more than is given out.
const BUDGETED = /\b(?:budget\p{L}*|beschikbaar|reserve\p{L}*|reserveren|gereserveerd|plafond|ruimte|begroot|geraamd|raming)\b/iu

/** A number with the bound side its text gives it. */
export interface Bounded {
  num: Num
  side?: Side | undefined
}

/**
 * The total of a bound times a count that lies on the wrong side of the bound: three numbers in
 * order, the bound (or the count), the count (or the bound) and the result.
 *
 * @param items The three numbers with their sides.
 * @param tail The text after the second number, up to the end of the sentence.
 * @returns The slip, if the result passes its bound.
 */
export function boundProductSlip(items: Bounded[], tail: string): { stated: Num; expression: string; computed: number } | undefined {
  if (items.length !== 3) return undefined
  const [a, b, result] = items as [Bounded, Bounded, Bounded]
  const side = a.side ?? b.side
  if (!side || (a.side && b.side) || result.side || BUDGETED.test(tail)) return undefined
  const stated = result.num
  if (!(isCounted(a.num) || isCounted(b.num)) || (a.num.euro && b.num.euro) || Boolean(a.num.euro || b.num.euro) !== Boolean(stated.euro)) return undefined
  const computed = mul(a.num.value, b.num.value)
  if (!passes(side, computed, stated)) return undefined
  const ratio = cents(computed) / cents(stated.value)
  // Far off is another calculation (a budget, a whole), not this one.
  if (ratio < 0.5 || ratio > 2) return undefined
  return { stated, expression: `${written(a.num)} × ${written(b.num)} = ${side === 'max' ? 'ten hoogste' : 'ten minste'} ${stated.euro ? '€ ' : ''}${euros(cents(computed))}`, computed: cents(computed) }
}

// Whether a stated total lies beyond its rounding on the wrong side of a bound.
function passes(side: Side, bound: ReturnType<typeof mul>, stated: Num): boolean {
  const over = sub(stated.value, bound).n > 0n
  return (side === 'max') === over && beyond(stated.value, bound, rounding(stated.text))
}

/**
 * Whether a reading of a text multiplies a bounded number and its result lies on the allowed side:
 * `maximaal 3 projecten` for 22 schools makes 51 projects fine (at most 66).
 *
 * @param text The text the reading's index points into.
 * @param e The reading.
 * @param nums The numbers of the text.
 * @returns Whether the reading holds as an inequality.
 */
export function holdsAsBound(text: string, e: Equation, nums: Num[]): boolean {
  if (!e.expression.includes('×')) return false
  const factors = e.expression.split(/\s*[×+−÷]\s*/u).map((f) => f.replace(/^€\s*/u, '').trim())
  const bounded = nums.filter((n) => n.index < e.index && factors.includes(n.text)).map((n) => boundBefore(text, n.index))
  const side = bounded.find((s) => s !== undefined)
  if (!side) return false
  const over = sub(e.stated, e.computed).n > 0n
  return side === 'max' ? !over : over
}

/**
 * The bound slip of a sentence, read as an inequality: the bound may stand alone in the sentence
 * before (`… krijgt ten hoogste € 400 vergoed. Met 120 huishoudens gaat het om € 52.000.`), and
 * other numbers may stand around them (`een op de tien`, `de 310 panden`): the result is the
 * sentence's last number, the count the number right before it (or before the bound, when the
 * bound is right before it).
 *
 * @param piece The sentence.
 * @param nums Its numbers.
 * @param previous The sentence(s) before, if the sentence may borrow from them.
 * @param earlierNums Their numbers (read only when needed).
 * @returns The slip, `undefined` when a bound is read and holds, `unbound` when there is none.
 */
export function boundedSlip(piece: string, all: Num[], previous: string | undefined, earlierNums: () => Num[]): { stated: Num; expression: string; computed: number } | undefined | 'unbound' {
  // A percentage (`minstens één voorziening. Dat is 47 procent`) is a share, no count nor total.
  const nums = all.filter((n) => !isPercent(piece, n))
  const mine = nums.filter((n) => boundBefore(piece, n.index) !== undefined)
  const earlier = previous === undefined || mine.length > 0 || !ANY_BOUND_WORD.test(previous) ? [] : earlierNums().filter((n) => !isPercent(previous, n) && boundBefore(previous, n.index) !== undefined)
  const bounds = mine.length > 0 ? mine : earlier
  if (bounds.length === 0) return 'unbound'
  const result = nums.at(-1)
  if (bounds.length !== 1 || !result || result === bounds[0]) return undefined
  const bound = bounds[0]!
  const side = boundBefore(mine.length > 0 ? piece : (previous ?? ''), bound.index)
  const before = nums.slice(0, -1)
  const count = before.at(-1) === bound ? before.at(-2) : before.at(-1)
  if (!count) return undefined
  const ordered = mine.length > 0 && bound.index < count.index ? [{ num: bound, side }, { num: count }] : [{ num: count }, { num: bound, side }]
  return boundProductSlip([...ordered, { num: result }], piece.slice(count.end ?? count.index))
}
