/**
 * Deductions in prose: "van de € 500.000 resteert na aftrek van € 120.000 nog € 380.000", the
 * amount just before minus the deducted amounts is the amount that remains.
 */

import { magnitudeWord } from '@kapstok/nl'
import { add, beyond, dutchNumber, rounding, sub, type Equation, type Rational } from './onderbouwing.js'

// An amount in euros, with its magnitude word (`€ 1,2 miljoen`).
const AMOUNT = new RegExp(String.raw`€\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:,-)?(?:\s*(?:${magnitudeWord}))?)`, 'giu')
const DEDUCT = /\bna\s+aftrek\s+van\b/giu
// The words that give what remains: `resteert`, `blijft (er) … over`, `houden we … over`, `is er … beschikbaar`,
// and `netto` right before an amount (`na aftrek van € 2.000 beheer netto € 16.000`).
const REMAINS = /\b(?:resteert|resteren|rest|blijft|blijven|overblijft|houden|houdt|bedraagt|is|komt|levert|netto(?=\s+(?:nog\s+)?(?:circa\s+|ongeveer\s+)?€))\b/iu

const WINDOW = 600
const REMAINS_BEFORE = /\b(?:blijft|blijven|resteert|resteren|rest|houden|houdt)\b[^.!?]*$/iu
const OVER = new RegExp(String.raw`(?:nog\s+)?€\s*[\d.,]+(?:\s*(?:${magnitudeWord}))?\s+(?:over|beschikbaar)\b(?![^.!?]*€)`, 'iu')

// "… resteert na aftrek van € X nog € Y": the verb before, the remainder the last amount, after
// `nog` (without it, the last amount may be one more deduction).
const RESTS_BEFORE = /\b(?:resteert|resteren|rest|overblijft)\b[^.!?]*$/iu
const LAST = new RegExp(String.raw`\bnog\s+(?:circa\s+|ongeveer\s+)?€\s*[\d.,]+(?:\s*(?:${magnitudeWord}))?\s*(?:over|beschikbaar)?\s*$`, 'iu')

// `Na aftrek van` as the first words of its sentence (a fronted clause: the verb and the result follow).
const OPENS_SENTENCE = /(?:^|[.!?:]\s+|\n\s*(?:[-*]\s+)?)$/u

// Exactly two amounts after a fronted `na aftrek van`: the first is deducted, the second remains;
// a third would leave it open which ones are deducted.
function afterOneDeducted(rest: string): { index: number } | null {
  const found = [...rest.matchAll(AMOUNT)]
  return found.length === 2 ? { index: found[1]!.index } : null
}

const lastRemaining = (before: string, rest: string): { index: number } | null => (RESTS_BEFORE.test(before) ? LAST.exec(rest) : null)

export interface Amount {
  value: ReturnType<typeof dutchNumber>
  text: string
  index: number
}

/** The euro amounts of a text, offsets shifted by `offset`. */
export const amounts = (text: string, offset: number): Amount[] =>
  [...text.matchAll(AMOUNT)].map((m) => ({ value: dutchNumber(m[1] ?? '0'), text: (m[1] ?? '').replace(/,-$/, ''), index: offset + m.index + m[0].indexOf(m[1] ?? '') }))

/**
 * Every `A … na aftrek van X … resteert Y` in a text: A is the last amount before `na aftrek
 * van` in the same or the previous sentence; the amounts between it and the word that gives the
 * remainder are deducted; Y is the one amount after that word in the sentence.
 *
 * @param text A prose text.
 * @returns The deductions as equations (`A − X = Y`), with the rounding of the result as tolerance.
 */
export function deductions(text: string): Equation[] {
  const out: Equation[] = []
  for (const match of text.matchAll(DEDUCT)) {
    // Two sentences back and one ahead at most: a window keeps many deductions in a long text linear.
    const windowStart = Math.max(0, match.index - WINDOW)
    const before = text.slice(windowStart, match.index)
    // This sentence up to `na aftrek van`, else the nearest sentence before it with an amount.
    const { base, from, far, parts = [] } = wholeBefore(before, windowStart)
    const start = match.index + match[0].length
    const stop = text.slice(start, start + WINDOW).search(/[.!?](?=\s|$)|\n\s*\n/)
    const rest = text.slice(start, start + (stop < 0 ? WINDOW : stop))
    // "… blijft na aftrek van € X nog € Y over": the verb stands before, `over` after the last amount.
    const verb = REMAINS.exec(rest) ?? (REMAINS_BEFORE.test(before.slice(from)) && OVER.test(rest) ? { index: rest.search(OVER) } : null) ?? lastRemaining(before.slice(from), rest)
    // `Na aftrek van X` opening its sentence, with any verb after it (`… betaalt de school € Y`,
    // `… hielden we € Y over`): one deducted amount and one more after it, read softly below.
    const opening = !verb && base !== undefined && OPENS_SENTENCE.test(before) ? afterOneDeducted(rest) : null
    if (!verb && !opening) continue
    const split = verb?.index ?? opening!.index
    const deducted = amounts(rest.slice(0, split), start)
    const remaining = amounts(rest.slice(split), start + split)
    // "Na aftrek van € X blijft van de subsidie van € Y nog € Z over": the whole after the verb.
    const [whole, result] = base ? [base, remaining[0]] : remaining.length === 2 ? remaining : []
    if (!whole || !result || remaining.length !== (base ? 1 : 2) || deducted.length === 0) continue
    const computed = deducted.reduce((sum, d) => sub(sum, d.value), whole.value)
    // A whole read from its parts: when what remains of one part is the result, that part was meant.
    const less = (value: Rational): Rational => deducted.reduce((sum, d) => sub(sum, d.value), value)
    if (parts.some((p) => !beyond(less(p.value), result.value, rounding(result.text)))) continue
    // A whole smaller than what is deducted from it is not the whole; and what remains of a whole
    // is less than it: a larger amount after the deduction is another figure (`vult de rest aan uit
    // de voorziening, die nog € 72.500 bevat`: `rest` is a noun there, not the verb).
    if (computed.n < 0n || sub(whole.value, result.value).n <= 0n) continue
    out.push({
      expression: [whole.text, ...deducted.map((d) => d.text)].join(' − '),
      computed,
      stated: result.value,
      result: result.text,
      index: result.index,
      // As in a written sum, the amounts worked with are taken as they stand; the result may be rounded.
      tolerance: rounding(result.text),
      final: true,
      arithmetic: true,
      // A whole two sentences back is a reading of the paragraph, not proved by the sentence.
      // `netto` names the remainder without a verb of remaining: a reading of the sentence as well.
      ...(far || opening || parts.length > 0 || /^netto$/iu.test(rest.slice(split, split + 5)) ? { soft: true } : {})
    })
  }
  return out
}

/**
 * The amount a deduction starts from: the last amount of this sentence before `na aftrek van`;
 * else the one amount of the sentence before it, or (a sentence without amounts between) of the
 * sentence before that. A sentence with more amounts does not say which one is the whole, unless it
 * is a written calculation ending in its result.
 */
function wholeBefore(before: string, offset: number): { base: Amount | undefined; from: number; far: boolean; parts?: Amount[] } {
  const ends = [0, ...[...before.matchAll(/[.!?](?=\s)|\n\s*\n/g)].map((m) => m.index + 1)]
  const own = amounts(before.slice(ends.at(-1)!), offset + ends.at(-1)!)
  if (own.length > 0) return { base: own.at(-1), from: ends.at(-2) ?? 0, far: false }
  for (let back = 2; back <= 3 && ends.length - back >= 0; back++) {
    const start = ends[ends.length - back]!
    const found = amounts(before.slice(start, ends[ends.length - back + 1]), offset + start)
    if (found.length === 0) continue
    // A sentence that writes out a calculation (`levert 40 × € 85 = € 3.400 op`) names its result
    // as the whole: the amount after `=`.
    const result = found.at(-1)
    const calculated = result !== undefined && /=\s*(?:€\s*)?$/u.test(before.slice(0, result.index - offset))
    if (found.length === 1 || calculated) return { base: result, from: start, far: back > 2 }
    // A whole with the parts it is made of (`€ 80.000: € 50.000 van … en € 30.000 van …`), read softly.
    const split = splitWhole(found)
    return { base: split?.whole, from: start, far: back > 2, ...(split ? { parts: split.parts } : {}) }
  }
  return { base: undefined, from: ends.at(-2) ?? 0, far: false }
}

/**
 * The whole among a sentence's amounts when the others are its parts: the first amount when the
 * rest add up to it (`€ 45.000: € 20.000 …, € 15.000 … en € 10.000 …`), or the last when the ones
 * before do (`€ 35.000 en € 25.000, samen € 60.000`). Exact sums only: parts that miss the whole
 * leave it open which amount is meant.
 */
function splitWhole(found: Amount[]): { whole: Amount; parts: Amount[] } | undefined {
  if (found.length < 3) return undefined
  const total = (xs: Amount[]): Rational => xs.reduce((sum, a) => add(sum, a.value), sub(xs[0]!.value, xs[0]!.value))
  const [first, last] = [found[0]!, found.at(-1)!]
  if (sub(total(found.slice(1)), first.value).n === 0n) return { whole: first, parts: found.slice(1) }
  if (sub(total(found.slice(0, -1)), last.value).n === 0n) return { whole: last, parts: found.slice(0, -1) }
  return undefined
}
