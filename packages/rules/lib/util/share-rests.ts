/**
 * A share of a whole that goes one way, and the amount that stays: `We verstrekken 45 kredieten,
 * samen € 441.000. Ongeveer 70% daarvan komt via aflossingen terug. Per saldo blijft € 308.700 ten
 * laste van de gemeente.` What stays is the whole less the share (30%, € 132.300); the share's own
 * amount in its place is the slip. The whole is the last amount before the share, which points
 * back at it (`daarvan`, `hiervan`, `van dat bedrag`); what stays is the one amount of a sentence
 * with a word of what is left (`per saldo`, `blijft`, `resteert`, `de rest`), in the share's
 * sentence or the next. A rounded share (`ongeveer 70%`) is read within its rounding.
 */

import { add, mul, sub, type Rational } from './exact-number.js'
import { beyond, proseEquation, rounding, type Equation } from './onderbouwing.js'
import { quantities, type Quantity } from './sentence-quantities.js'
import { linkedSentences } from './text.js'

// The share points back at the whole: `70% daarvan`, `70 procent hiervan`, `70% van dat bedrag`.
const POINTS_BACK = /^\s*(?:procent\s+)?(?:daarvan|hiervan|ervan|van\s+(?:dat|dit|het)\s+(?:bedrag|totaal|geld))\b/iu
// What is left: `per saldo`, `blijft … ten laste`, `resteert`, `de rest`, `netto`.
const LEFT = /\b(?:per\s+saldo|blijft|blijven|resteert|resteren|de\s+rest|het\s+restant|netto|overblijft|over\s+blijft)\b/iu
const ROUNDED = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n|rond)\s*$/iu
const ONE: Rational = { n: 1n, d: 1n }

/**
 * Every amount that stays after a share of a whole, as the whole times the rest of the share.
 *
 * @param text A prose text.
 * @returns The equations.
 */
export function shareRests(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    const read = sentences.map((s) => quantities(s.text, s.index))
    sentences.forEach((s, i) => {
      const share = read[i]!.find((q) => q.unit === '%' && !q.share && POINTS_BACK.test(text.slice(q.end, q.end + 30)))
      // The share's own sentence says what goes; a word of what is left there makes the share what stays.
      if (!share || LEFT.test(s.text) || read[i]!.some((q) => q.unit === '€')) return
      const whole = read.slice(Math.max(0, i - 2), i).flat().filter((q) => q.unit === '€').at(-1)
      const rest = sentences[i + 1] && LEFT.test(sentences[i + 1]!.text) ? read[i + 1]! : []
      if (!whole || rest.length !== 1 || rest[0]!.unit !== '€' || rest[0]!.approx) return
      const left = rest[0]! as Quantity
      // (A percentage quantity holds its fraction: `70%` is 0,7.)
      const part = sub(ONE, share.value)
      const computed = mul(whole.value, part)
      // A share `ongeveer 70%` holds within its rounding, carried through the whole.
      const approx = ROUNDED.test(text.slice(Math.max(0, share.index - 12), share.index))
      const tolerance = add(rounding(left.text), mul(whole.value, mul(rounding(`${share.text.replace('%', '')}`, approx), { n: 1n, d: 100n })))
      if (!beyond(computed, left.value, tolerance)) return
      const eq = proseEquation(`(100% − ${share.text.replace(/\s*%$/u, '')}%) × ${whole.text}`, computed, { text: left.text, value: left.value, index: left.index }, false)
      out.push({ ...eq, tolerance })
    })
  }
  return out
}
