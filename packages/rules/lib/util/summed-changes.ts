/**
 * Two or more changes `van A naar B` in one sentence and their joint size after a word of summing:
 * "Steiger A gaat van 40 naar 46 ligplaatsen en steiger B van 30 naar 34; samen komen er 10
 * ligplaatsen bij", "de budgetten stijgen van € 20.000 naar € 25.000 en van € 15.000 naar € 18.000,
 * in totaal € 8.000 meer", "samen een daling van 8 plekken". The joint size should be the sum of
 * the changes. Only changes that all go one way, with a total that says that way (`bij`, `extra`,
 * `meer`, a rise; `minder`, `eraf`, a fall) and counts what the changes count (euros or not).
 */

import { NUMBER } from './amount-change.js'
import { add, dutchNumber, make, sub, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'

const YEAR = String.raw`(?:19|20)\d{2}`
// One change: `van 120 naar 135 (leden)`, `van € 20.000 in 2026 naar € 25.000`.
const CHANGE = new RegExp(String.raw`\bvan\s+(€\s*)?(${NUMBER})(?![\d%]|[.,]\d|\s*(?:%|procent))(?:\s+[\p{L}'’-]+){0,2}?(?:\s+in\s+${YEAR})?\s+naar\s+(€\s*)?(${NUMBER})(?![\d%]|[.,]\d|\s*(?:%|procent))`, 'giu')
const UP = String.raw`(?:bij|erbij|extra|meer|stijging|toename|groei|uitbreiding)`
const DOWN = String.raw`(?:minder|eraf|daling|afname|vermindering|krimp)`
// The joint size after a word of summing, its direction before it (`een stijging van`) or after it (`bij`, `meer`).
const TOTAL = new RegExp(String.raw`\b(?:samen|in\s+totaal|totaal|bij\s+elkaar|opgeteld)\b([^.;!?\d€]{0,40}?)(€\s*)?(${NUMBER})(?![\d%]|[.,]\d|\s*(?:%|procent))((?:\s+[\p{L}'’-]+){1,3})?`, 'iu')
// A size per period, a share or a mean is another figure than the sum of the changes.
const OTHER = /\b(?:per\s+(?:jaar|maand|week)|gemiddeld|procent|waarvan|circa|ongeveer|ruim|bijna)\b|%/iu

/** The direction a total names, from the words around its number: 1 up, −1 down, 0 none. */
function direction(before: string, after: string): number {
  const up = new RegExp(String.raw`\b${UP}\b`, 'iu')
  const down = new RegExp(String.raw`\b${DOWN}\b`, 'iu')
  const words = `${before} ${after}`
  if (up.test(words) && !down.test(words)) return 1
  if (down.test(words) && !up.test(words)) return -1
  return 0
}

/**
 * The joint sizes of changes in one sentence, as the sum of the changes.
 *
 * @param text A prose text.
 * @returns The equations (`(46 − 40) + (34 − 30) = 12`), at the joint size.
 */
export function summedChanges(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    for (const s of sentences) {
      if (OTHER.test(s.text)) continue
      const changes = [...s.text.matchAll(CHANGE)]
      if (changes.length < 2) continue
      const last = changes.at(-1)!
      const rest = s.text.slice(last.index + last[0].length)
      const total = TOTAL.exec(rest)
      if (!total) continue
      const euros = Boolean(total[2])
      // Every change counts what the total counts: euros on both sides, or on neither.
      if (changes.some((c) => Boolean(c[1]) !== euros || Boolean(c[3]) !== euros)) continue
      const sizes: Rational[] = changes.map((c) => sub(dutchNumber(c[4] ?? ''), dutchNumber(c[2] ?? '')))
      const way = direction(total[1] ?? '', total[4] ?? '')
      if (way === 0 || sizes.some((d) => (way > 0 ? d.n <= 0n : d.n >= 0n))) continue
      const sum = sizes.reduce(add, make(0n, 1n))
      const computed = way > 0 ? sum : make(-sum.n, sum.d)
      const written = total[3] ?? ''
      const at = s.index + last.index + last[0].length + total.index + total[0].length - (total[4]?.length ?? 0) - written.length
      const expression = changes.map((c) => (way > 0 ? `(${c[4]} − ${c[2]})` : `(${c[2]} − ${c[4]})`)).join(' + ')
      out.push({ ...proseEquation(expression, computed, { text: written, value: dutchNumber(written), index: at }, false), named: true })
    }
  }
  return out
}
