/**
 * Parts that each carry their quantity in brackets, and a total of that quantity after them:
 * "Het team bestaat uit twee adviseurs (samen 1,4 fte) en een jurist (0,8 fte), samen 2,2 fte",
 * "de drie gymzalen (1.200 m²), de sporthal (1.800 m²) en het zwembad (2.400 m²) beslaan bij
 * elkaar 5.400 m²". The names of the parts are words; only the brackets hold numbers, so the sum
 * of the brackets is what the total word adds up. A bracket may hold its part's own total
 * (`(samen 1,4 fte)`); a bracket per item (`(elk 0,5 fte)`, `per`) or with more than a number and
 * its unit is no part, and a word that leaves parts out (`onder andere`, `waarvan`, `extra`) or
 * a number between the brackets makes the list something else than the whole.
 * Amounts in euros have their own readers (namedTotals, stated-totals): this one reads other units.
 */

import { NUMBER } from './amount-change.js'
import { add, dutchNumber, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { nounStem } from './unit-nouns.js'

// `(0,8 fte)`, `(samen 1,4 fte)`, `(120 m²)`: a part's quantity alone in its bracket.
const PART = new RegExp(String.raw`\(\s*(?:(?:samen|in\s+totaal|totaal)\s+)?(${NUMBER})\s+([\p{L}²³]+)\s*\)`, 'giu')
// Between two parts: a short stretch with a name, joined by a comma, `en` or `plus`, without a number.
const JOIN = /^[^\d()€%.;:!?]{0,80}$/u
const JOINED = /,|\b(?:en|plus)\b/iu
// After the last part: a few words, then a word of a total and the total with its unit.
const TOTAL = new RegExp(String.raw`^[^\d()€%.;:!?]{0,40}?\b(?:samen|in\s+totaal|totaal|bij\s+elkaar|opgeteld|gezamenlijk)\s+(?:(?:is|zijn|dat|dit|goed\s+voor|om|op)\s+){0,3}(circa\s+|ongeveer\s+|ruim\s+|bijna\s+|zo['’]n\s+)?(${NUMBER})\s+([\p{L}²³]+)`, 'iu')
// Words that make the bracketed parts some of the whole, or an addition to it.
const SOME = /\b(?:onder\s+(?:andere|meer)|waaronder|waarvan|daarvan|zoals|bijvoorbeeld|extra|ook|daarnaast|verder|elk|ieder|per)\b/iu
// A sentence, with a decimal point or a thousands point inside it.
const SENTENCE = /(?:[^.!?]|[.,](?=\d))+[.!?]?/gu

interface Part {
  value: Rational
  written: string
  unit: string
  start: number
  end: number
}

/**
 * The totals of bracketed parts that a sentence states after them.
 *
 * @param text A prose text (a paragraph).
 * @returns The sums as equations (`1,4 + 0,8`, stated: the total), at the total.
 */
export function bracketedPartSums(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentence of text.matchAll(SENTENCE)) {
    const s = sentence[0]
    const parts: Part[] = [...s.matchAll(PART)].map((m) => ({ value: dutchNumber(m[1] ?? ''), written: m[1] ?? '', unit: nounStem(m[2] ?? ''), start: m.index, end: m.index + m[0].length }))
    // Runs of parts of one unit joined by names, each followed by its total.
    let run: Part[] = []
    for (const [k, part] of parts.entries()) {
      const previous = run.at(-1)
      const between = previous ? s.slice(previous.end, part.start) : ''
      if (previous && (part.unit !== previous.unit || !JOIN.test(between) || !JOINED.test(between))) run = []
      run.push(part)
      const next = parts[k + 1]
      const total = TOTAL.exec(s.slice(part.end, next?.start ?? s.length))
      if (!total || run.length < 2 || nounStem(total[3] ?? '') !== part.unit) continue
      // (The whole sentence up to the total: `onder andere` may open it, before the first part.)
      const span = s.slice(0, part.end + total.index + total[0].length)
      if (SOME.test(span.replace(/\([^()]*\)/gu, ' '))) continue
      const written = total[2] ?? ''
      const index = (sentence.index ?? 0) + part.end + total.index + total[0].lastIndexOf(written)
      const sum = run.reduce<Rational>((acc, p) => add(acc, p.value), { n: 0n, d: 1n })
      out.push(proseEquation(run.map((p) => p.written).join(' + '), sum, { text: written, value: dutchNumber(written), index }, Boolean(total[1])))
      run = []
    }
  }
  return out
}
