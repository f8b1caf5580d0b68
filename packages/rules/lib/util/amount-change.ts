/**
 * A change from one amount to another with the difference stated: "de subsidie gaat van
 * € 80.000 naar € 95.000, een stijging van € 15.000". The difference is the gap between the two
 * amounts, read from one clause.
 */

import { magnitudeWord } from '@kapstok/nl'
import { dutchNumber, proseEquation, sub, type Equation } from './onderbouwing.js'

const AMOUNT = String.raw`€\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*(?:${magnitudeWord}))?)(?![\d%])`
// Words that name the gap between two amounts.
const GAP = String.raw`(?:stijging|verhoging|toename|groei|daling|verlaging|afname|vermindering|verschil)`
// `van € A naar € B, een stijging van € C`: a few words may stand between (`in 2025`), no amount,
// no clause end; the gap comes right after (`, een stijging van`, `; dat is een daling van`, `: plus`).
const CHANGE = new RegExp(
  String.raw`\bvan\s+${AMOUNT}([^€.;:!?]{0,40}?)\bnaar\s+${AMOUNT}([^€.;!?]{0,25}?)\b(?:(?:een|dus|dat\s+is(?:\s+een)?|ofwel|oftewel)\s+)?${GAP}\s+(?:met\s+|van\s+)?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}`,
  'giu'
)
// Another reference point makes it another gap: `ten opzichte van 2022`, `vergeleken met`.
const ELSEWHERE = /\b(?:ten\s+opzichte|vergeleken|t\.o\.v|in\s+vergelijking|sinds|per\s+(?:jaar|maand|week))\b/iu

/**
 * Every `van € A naar € B, een stijging (daling, …) van € C` in a text: C should be the gap
 * between A and B.
 *
 * @param text A prose text.
 * @returns The changes as equations (`B − A = C`), with the rounding of C as tolerance.
 */
export function amountChanges(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(CHANGE)) {
    const [, from = '', between = '', to = '', after = '', approx, gap = ''] = m
    if (ELSEWHERE.test(between) || ELSEWHERE.test(after)) continue
    const a = dutchNumber(from)
    const b = dutchNumber(to)
    const rise = sub(b, a).n >= 0n
    const computed = rise ? sub(b, a) : sub(a, b)
    const index = m.index + m[0].lastIndexOf(gap)
    out.push(proseEquation(rise ? `${to} − ${from}` : `${from} − ${to}`, computed, { text: gap, value: dutchNumber(gap), index }, Boolean(approx)))
  }
  return out
}
