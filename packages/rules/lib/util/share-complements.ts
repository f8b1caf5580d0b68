/**
 * A share of a whole and, later in the same sentence, one amount that is that share or what it
 * leaves: "Het Rijk betaalt 70% van de renovatie van € 3,2 miljoen, zodat de gemeente zelf nog
 * € 960.000 moet vinden", "… 45 procent van de kosten van € 840.000 …, dat is € 378.000". The
 * amount is held against both: the share of the whole and the whole minus it; the nearer one is
 * what it means. Nearer the share, the readers of a share of an amount judge it; nearer the rest,
 * this reader does. An amount far from both (more than a quarter off) is about something else.
 */

import { abs } from './exact-number.js'
import { add, dutchNumber, mul, rounding, sub, type Equation, type Rational } from './onderbouwing.js'
import { NUMBER } from './amount-change.js'

// `70% van de renovatie van € 3,2 miljoen`, `50% bij aan het project van € 780.000`: the share, then
// within a few words the whole in euros (no other number between).
const SHARE_OF = new RegExp(String.raw`(?<![\d.,])(\d{1,2}(?:,\d+)?)\s*(?:%|procent)\s+(?:bij\s+)?(?:van|aan)\s+(?:de|het|een)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:van\s+)?€\s*(${NUMBER})(?![\d%])`, 'giu')
// After the whole, in the same sentence: a word that joins a consequence or a restatement, then
// (no number between) the one amount. Group 1 a rounding word before it, group 2 the amount.
const THEN = new RegExp(String.raw`^[^.!?\d€]*?(?:[,;]\s*|\b)(?:zodat|waardoor|dus|dat\s+is|dat\s+betekent|oftewel|ofwel|de\s+rest|het\s+restant|resteert|blijft)\b[^.!?\d€]*?(?:(circa|ongeveer|ruim|bijna|zo['’]n)\s+)?€\s*(${NUMBER})(?![\d%])([^.!?]*)`, 'iu')

/**
 * Every share of a whole with an amount after it that is nearer the rest than the share.
 *
 * @param text One paragraph of prose.
 * @returns The amounts as equations against the rest, with the rounding of the amount and the percentage as tolerance.
 */
export function shareComplements(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(SHARE_OF)) {
    const [, percentText = '', wholeText = ''] = m
    const after = text.slice((m.index ?? 0) + m[0].length)
    const t = THEN.exec(after)
    // One amount after the whole: a second one (`en € 150.000 voor de tuin`) makes it another sum.
    if (!t || /\d/.test(t[3] ?? '')) continue
    const [, approx, statedText = ''] = t
    const whole = dutchNumber(wholeText)
    const percent = dutchNumber(percentText)
    const part = mul(whole, { n: percent.n, d: percent.d * 100n })
    const rest = sub(whole, part)
    const stated = dutchNumber(statedText)
    const gap = (v: Rational): Rational => abs(sub(v, stated))
    // Nearer the share itself: the readers of a share of an amount (`… van € W, dat is € R`) judge it.
    if (less(gap(part), gap(rest))) continue
    // The percentage is rounded as written: half its last digit of the whole, on top of the amount's own rounding.
    const decimals = percentText.split(',')[1]?.length ?? 0
    const slack = mul(whole, { n: 1n, d: 200n * 10n ** BigInt(decimals) })
    const tolerance = add(rounding(statedText, Boolean(approx)), slack)
    // Far from the rest too (more than a quarter off): about something else.
    if (less(mul(abs(rest), { n: 1n, d: 4n }), gap(rest))) continue
    out.push({
      expression: `${wholeText} − ${percentText}%`,
      computed: rest,
      stated,
      result: statedText,
      index: (m.index ?? 0) + m[0].length + (t.index ?? 0) + t[0].lastIndexOf(statedText, t[0].length - (t[3]?.length ?? 0)),
      tolerance,
      final: true,
      arithmetic: true,
      soft: true
    })
  }
  return out
}

const less = (a: Rational, b: Rational): boolean => sub(a, b).n < 0n
