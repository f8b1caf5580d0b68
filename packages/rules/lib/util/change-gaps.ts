/**
 * A change whose difference stands before the two values, or whose values carry a unit other than
 * euros: "de baten groeien met € 64.000, van € 1.210.000 naar € 1.274.000" and "een daling van
 * 42 naar 30 minuten scheelt 12 minuten". `amount-change` reads the order "van A naar B, een
 * stijging van C"; these are the other orders of the same claim.
 */

import { AMOUNT, CHANGE_NOUN, NUMBER, gapEquation } from './amount-change.js'
import type { Equation } from './onderbouwing.js'
import { nounStem } from './unit-nouns.js'

const APPROX = String.raw`(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?`
// A verb of change: `stijgt`, `dalen`, `neemt … toe`, `verhoogd`.
const VERB = String.raw`(?:stijg\p{L}*|steeg|stegen|daal\p{L}*|daalde\p{L}*|groei\p{L}*|neemt|nemen|verho\p{L}*|verla\p{L}*|gaa?t|gaan)`
// `stijgen in 2027 met € C, van € A naar € B`: the gap first, then where from and where to.
const GAP_FIRST = new RegExp(
  String.raw`\b${VERB}\s+((?:[^€\d.;:!?]|\b(?:19|20)\d{2}\b){0,30}?)\bmet\s+${APPROX}${AMOUNT}\s*[,:(]?\s*(?:namelijk\s+|dus\s+)?van\s+${AMOUNT}\s+((?:in\s+(?:19|20)\d{2}\s+)?)naar\s+${AMOUNT}(?![\d%])`,
  'giu'
)
const GAP = CHANGE_NOUN
// `een daling van 42 naar 30 minuten scheelt 12 minuten`: values with a unit, the gap after.
const UNIT_CHANGE = new RegExp(
  String.raw`\b${GAP}\s+van\s+(${NUMBER})\s+(?:([\p{L}-]+)\s+)?naar\s+(${NUMBER})\s+([\p{L}-]+)\s+(?:[^\d€.;:!?]{0,30}?\s)?(?:betekent|is|geeft|scheelt|levert)\s+(?:dat\s+|een\s+|ons\s+)?${APPROX}(${NUMBER})\s+([\p{L}-]+)\s+(?:minder|meer|lager|hoger|extra|erbij|eraf)\b`,
  'giu'
)
// Another reference point or a rate makes it another gap.
const ELSEWHERE = /\b(?:ten\s+opzichte|vergeleken|t\.o\.v|in\s+vergelijking|sinds|per\s+(?:jaar|maand|week)|procent|procentpunt)\b|%/iu

/**
 * Every change with its difference before the values, or with values in a unit: the difference
 * should be the gap between the two values.
 *
 * @param text A prose text.
 * @returns The changes as equations (`B − A = C`), with the rounding of C as tolerance.
 */
export function changeGaps(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(GAP_FIRST)) {
    const [all, between = '', approx, gap = '', from = '', , to = ''] = m
    const rest = text.slice(m.index + all.length, m.index + all.length + 30).split(/[.;!?]/u)[0] ?? ''
    if (ELSEWHERE.test(between) || ELSEWHERE.test(rest)) continue
    out.push(gapEquation(from, to, gap, m.index + all.indexOf(gap, all.indexOf('met')), Boolean(approx)))
  }
  for (const m of text.matchAll(UNIT_CHANGE)) {
    const [all, from = '', fromUnit, to = '', toUnit = '', approx, gap = '', gapUnit = ''] = m
    // The same unit on both sides: `100 kilo` and `68 kilo`, not `100 kilo` and `12 weken`.
    if (nounStem(gapUnit) !== nounStem(toUnit) || (fromUnit && nounStem(fromUnit) !== nounStem(toUnit)) || ELSEWHERE.test(all)) continue
    out.push(gapEquation(from, to, gap, m.index + all.lastIndexOf(`${gap} ${gapUnit}`), Boolean(approx)))
  }
  return out
}
