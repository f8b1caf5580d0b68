/**
 * A count and its parts after a colon in the same sentence: "De gemeente beheert 93 gemalen: 51
 * in de polders, 30 langs de dijk en 14 in de kernen." The parts of a breakdown written that way
 * should add up to the count: parts that exceed it are a slip, and a breakdown of three or more
 * parts that falls short is one too (two parts may name only the main groups). Counts only; the
 * parts must count the same thing (no noun of their own, the count's noun, or a compound of it:
 * `gemalen` and `rioolgemalen`).
 */

import { add, make } from './exact-number.js'
import { rounding, type Equation } from './onderbouwing.js'
import { SOME } from './parts-after-whole.js'
import { resultRange } from './sentence-readings.js'
import { quantities, real, sameNoun, type Quantity } from './sentence-quantities.js'
import { linkedSentences } from './text.js'

// Between the count and the colon: only the words of its noun (`93 gemalen:`, `93 gemalen in beheer:`).
const NOUN_ONLY = /^[\p{L}\s'’-]{0,40}$/u

// A preposition after a part opens where or what it is (`30 langs de dijk`), no noun of its own.
const PLACE = /^(?:langs|naast|buiten|binnen|rond|rondom|tussen|onder|boven|achter|via|zonder|tegen|nabij|richting)$/iu

// Whether a part counts what the whole counts: no noun of its own, the whole's noun, or a compound of it.
function countsSame(part: Quantity, noun: string): boolean {
  if (!part.unit || PLACE.test(part.unit.split(' ')[0] ?? '')) return true
  return part.unit.split(' ').some((w) => sameNoun(w, noun) || (noun.length >= 4 && w.endsWith(noun)))
}

/**
 * Every count before a colon whose parts after it do not make it up.
 *
 * @param text A prose text.
 * @returns The breakdowns as equations (`51 + 30 + 14`, stated: the count), at the first part.
 */
export function colonParts(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    for (const sentence of sentences) {
      const colon = sentence.text.indexOf(':')
      if (colon < 0 || SOME.test(sentence.text)) continue
      const at = sentence.index + colon
      const qs = quantities(sentence.text, sentence.index).filter((q) => !q.share && !q.per)
      const whole = qs.filter((q) => q.end <= at).at(-1)
      const parts = qs.filter((q) => q.index > at)
      if (!whole || whole.unit === '€' || whole.unit === '%' || whole.approx || !NOUN_ONLY.test(text.slice(whole.end, at))) continue
      // The count's noun (a noun that reads as a participle, `gemalen`, is no unit to the tokenizer).
      const noun = whole.unit.split(' ')[0] || (/^\s*(\p{L}{3,})/u.exec(text.slice(whole.end, at))?.[1]?.toLowerCase() ?? '')
      if (!noun || parts.length < 2 || !parts.every((q) => !q.approx && countsSame(q, noun))) continue
      // A list: the last two parts joined by `en`.
      const [a, b] = [parts.at(-2)!, parts.at(-1)!]
      if (!/\ben\b/iu.test(text.slice(a.end, b.index))) continue
      const sum = parts.map((q) => q.value).reduce(add)
      // Whole things counted without a rounding word are exact; a part in decimals keeps its last digit.
      const range = resultRange(whole, true)
      const slack = parts.reduce((t, q) => t + (q.value.d === 1n ? 0 : real(rounding(q.text, false))), 0)
      const [low, high] = [range.low - slack, range.high + slack]
      const v = real(sum)
      const off = v > high || (parts.length >= 3 && v < low)
      // More than twice off: the parts count something else than the whole.
      if (!off || v / real(whole.value) < 0.5 || v / real(whole.value) > 2) continue
      out.push({
        expression: parts.map((q) => q.text).join(' + '),
        computed: sum,
        stated: whole.value,
        result: whole.text,
        index: parts[0]!.index,
        tolerance: make(BigInt(Math.round(((high - low) / 2) * 1e6)), 1000000n),
        final: true,
        arithmetic: true
      })
    }
  }
  return out
}
