/**
 * A total in a paragraph that adds its one amount to the total of the paragraph before, which
 * its first sentence points back to: "Van de provincie krijgen we in totaal € 360.000: …" and
 * then "De gemeente zet daar € 180.000 tegenover. Samen is er dus € 540.000 beschikbaar."
 */

import { AMOUNT } from './amount-change.js'
import { add, dutchNumber, mul, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'

const TOTAL_WORD = String.raw`(?:in\s+totaal|samen|bij\s+elkaar|opgeteld)`
// The total of the paragraph before: `in totaal € 360.000`, `bij elkaar € 1,2 mln`.
const STATED = new RegExp(String.raw`\b${TOTAL_WORD}\s+(?:[\p{L}]+\s+){0,3}?${AMOUNT}|${AMOUNT}[^€\d.;!?]{0,30}?\b${TOTAL_WORD}\b`, 'giu')
// The total of this paragraph: a total word, a few words without a number, the amount.
const RESULT = new RegExp(String.raw`\b${TOTAL_WORD}\b[^€\d.;!?]{0,50}?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}`, 'iu')
// The first sentence points back to the paragraph before.
const BACK = /\b(?:daar|daarnaast|daarbovenop|daartegenover|bovendien|hierbovenop|hiernaast)\b/iu
// Amounts per period or parts of a whole add up otherwise.
const OTHER = /\bper\s+(?:jaar|maand|week|kwartaal)\b|\bjaarlijks|\bstructureel|\bwaarvan\b|\binclusief\b|%/iu
const TWO: Rational = { n: 2n, d: 1n }

/**
 * Every total of a paragraph that carries the total of the paragraph before.
 *
 * @param text A prose text of paragraphs.
 * @returns The sums as equations (`360.000 + 180.000 = 540.000`), with the rounding of the total as tolerance.
 */
export function carriedTotals(text: string): Equation[] {
  const out: Equation[] = []
  const paragraphs = [...text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)]
  paragraphs.forEach((p, i) => {
    const previous = paragraphs[i - 1]?.[0]
    const own = p[0]
    if (!previous || OTHER.test(own) || !BACK.test(own.split(/[.!?](?=\s)/u)[0] ?? '')) return
    const result = RESULT.exec(own)
    const amounts = [...own.matchAll(new RegExp(AMOUNT, 'giu'))]
    // One amount besides the total, before it.
    if (!result || amounts.length !== 2 || (amounts[0]?.index ?? 0) >= result.index) return
    const carried = [...previous.matchAll(STATED)].at(-1)
    const whole = carried?.[1] ?? carried?.[2]
    if (!whole || OTHER.test(previous)) return
    const part = amounts[0]?.[1] ?? ''
    const stated = result[2] ?? ''
    const computed = add(dutchNumber(whole), dutchNumber(part))
    const value = dutchNumber(stated)
    if (sub(value, mul(computed, TWO)).n > 0n || sub(computed, mul(value, TWO)).n > 0n) return
    out.push(proseEquation(`${whole} + ${part}`, computed, { text: stated, value, index: p.index + result.index + result[0].lastIndexOf(stated) }, Boolean(result[1])))
  })
  return out
}
