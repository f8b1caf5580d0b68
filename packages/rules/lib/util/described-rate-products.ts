/**
 * A total followed, after a colon or in brackets, by the count and the rate it is made of, with
 * words between them: "De uitbreiding kost € 130.000 per jaar: drie extra coaches (3 fte in
 * schaal 9 à € 44.000 inclusief opleiding)". The total should be count × rate. The count is the
 * last number before `à` that a noun follows (`3 fte`, `drie coaches`); a number after its noun
 * (`schaal 9`, `groep 7`) is a label, not a count. A reading of the sentence: soft.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, near, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'

// The total, an optional period it is per, then `:` or `(` opening the description.
const LEAD = new RegExp(String.raw`(?:(circa|ongeveer|ruim|bijna)\s+)?€\s*(${NUMBER})(?![\d%])(\s+per\s+(?:jaar|maand|week|dag))?\s*([:(])`, 'giu')
// The rate after `à` (one only), and what may follow it up to the end of the description.
const RATE = new RegExp(String.raw`(?<!\p{L})à\s+€\s*(${NUMBER})(?![\d%])`, 'giu')
// A count followed by its noun: digits or a number word, then a word that is no operator or link.
const COUNT = /(?<![\d.,\p{L}])(\d+(?:,\d+)?|\p{L}+)\s+(?!(?:en|of|tot|per|keer|maal|x)(?!\p{L}))(?!à\s)\p{L}[\p{L}'’-]*/giu
// After the rate, words that add a term or another period make the total another sum:
// `… à € 600 per maand` for a total per year, `… en € 4.000 reiskosten`.
const ADDS_AFTER = /\b(?:en|plus|met|naast|daarnaast|exclusief|excl|per\s+(?:jaar|maand|week|dag|uur|kwartaal))\b|[€\d]/iu

/**
 * Every total described after a colon or in brackets as a count times a rate.
 *
 * @param text A prose text.
 * @returns The products as equations, at the offsets of the totals; soft.
 */
export function describedRateProducts(text: string): Equation[] {
  const out: Equation[] = []
  for (const lead of text.matchAll(LEAD)) {
    const open = lead.index + lead[0].length
    // The description: up to the closing bracket, or to the end of the clause after a colon.
    const tail = text.slice(open, open + 200)
    const end = lead[4] === '(' ? tail.indexOf(')') : tail.search(/[;!?]|\.(?:\s|$)|\n/u)
    const description = end < 0 ? tail : tail.slice(0, end)
    // A bracket inside a colon's description may hold the product: read up to its close.
    const inner = lead[4] === ':' && description.includes('(') ? tail.slice(0, tail.indexOf(')', description.indexOf('(')) + 1 || end) : description
    const rates = [...inner.matchAll(RATE)]
    if (rates.length !== 1) continue
    const rate = rates[0]!
    const after = inner.slice(rate.index + rate[0].length).replace(/\)$/u, '')
    if (ADDS_AFTER.test(after)) continue
    const before = inner.slice(0, rate.index)
    // Amounts between the total and the rate are other terms.
    if (before.includes('€')) continue
    const count = lastCount(before)
    if (!count || count.n < 2n) continue
    const total = dutchNumber(lead[2] ?? '')
    const computed = mul(count, dutchNumber(rate[1] ?? ''))
    if (!near(computed, total)) continue
    const written = lead[2] ?? ''
    const index = lead.index + lead[0].indexOf(written, lead[0].indexOf('€'))
    out.push({ ...proseEquation(`${show(count)} × ${rate[1]}`, computed, { text: written, value: total, index }, lead[1] !== undefined), soft: true })
  }
  return out
}

// The last number before the rate that a noun follows, in digits or in words.
function lastCount(before: string): Rational | undefined {
  let found: Rational | undefined
  for (const m of before.matchAll(COUNT)) {
    const word = m[1] ?? ''
    const value = /^\d/u.test(word) ? dutchNumber(word) : wordValue(word)
    if (value) found = value
  }
  return found
}

function wordValue(word: string): Rational | undefined {
  const n = parseNumberWord(word)
  // `een` is an article as often as a count.
  return n !== undefined && Number.isInteger(n) && n > 1 ? { n: BigInt(n), d: 1n } : undefined
}

const show = (r: Rational): string => (r.d === 1n ? r.n.toString() : (Number(r.n) / Number(r.d)).toString().replace('.', ','))
