/**
 * An amount that changes by a percentage to a stated new level: "Vanaf maart indexeren we de
 * huur, nu € 640.000, met 3 procent naar € 659.200", "De bijdrage, nu € 912.000, stijgt met 4%
 * tot € 948.480", "verlagen … van € 36.000 met 15 procent naar € 30.600".
 * The new level is the old one times (1 ± the percentage); which way follows from the two levels.
 * The percentage may be rounded as written (`4%` is 3,5 to 4,5 percent), so the level may lie that
 * far off as well as its own rounding.
 */

import { add, dutchNumber, mul, rounding, sub, type Equation, type Rational } from './onderbouwing.js'
import { NUMBER } from './amount-change.js'

// Within one sentence: the old amount, then (no other amount between) the percentage, and right
// after it, with at most a comma, `naar` or `tot` and the new amount. Group 1 the old amount, 2 the
// percentage, 3 the new amount, 4 a rounding word before the percentage or the new level.
const CHANGE = new RegExp(
  String.raw`€\s*(${NUMBER})(?![\d%])([^.;:!?€%]{0,120}?)(?<![\d.,])(\d+(?:,\d+)?)\s*(?:%|procent)\s*,?\s+(?:naar|tot)\s+((?:circa|ongeveer|ruim|bijna|zo['’]n)\s+)?€\s*(${NUMBER})(?![\d%])`,
  'giu'
)
// Before the percentage in its sentence: a word that says the amount changes, not a rate of
// something else (`rente`, `btw`) whose level is not the amount's.
const CHANGES = /\b(?:stijg\p{L}*|steeg|stegen|daal\p{L}*|dal(?:en|end)|groei\p{L}*|index\p{L}*|verho\p{L}*|verla\p{L}*|neemt|nemen|loopt|lopen|gaat|gaan|omhoog|omlaag|toe|af)\b/iu
const OTHER_RATE = /\b(?:rente|btw|korting|rendement|belasting)\b/iu
// A percentage per year or on average compounds over years: the new level is not one step away.
const YEARLY = /\b(?:jaarlijks|elk\s+jaar|ieder\s+jaar|per\s+jaar\s+met|gemiddeld|cumulatief|samengesteld)\b/iu
const APPROX = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n)\s+$/iu

/**
 * Every amount changed by a percentage to a new amount in a sentence.
 *
 * @param text One paragraph of prose.
 * @returns The new levels as equations, with the rounding of the level and of the percentage as tolerance.
 */
export function percentLevelChanges(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(CHANGE)) {
    const [, oldText = '', between = '', percentText = '', approx, newText = ''] = m
    // The verb may open the sentence (`We verlagen de subsidie van € 36.000 met 15 procent …`).
    // The sentence starts after a stop and a space: a thousands dot (`12.500 inwoners`) is none.
    const opening = text.slice(0, m.index).replace(/^[^]*[.!?]\s/u, '')
    if (!CHANGES.test(`${opening} ${between}`) || OTHER_RATE.test(between) || YEARLY.test(`${opening} ${between}`)) continue
    const old = dutchNumber(oldText)
    const level = dutchNumber(newText)
    const percent = dutchNumber(percentText)
    const hundred: Rational = { n: 100n, d: 1n }
    const rise = sub(level, old).n >= 0n
    const factor = rise ? add(hundred, percent) : sub(hundred, percent)
    if (factor.n <= 0n) continue
    const computed = mul(old, { n: factor.n, d: factor.d * 100n })
    // `met ongeveer 4%`: a rounding word before the percentage makes it a description, not a rate.
    const rough = approx !== undefined || APPROX.test(between)
    // The percentage is rounded as written: half its last digit, of the old amount.
    const step = halfStep(percentText, rough)
    const slack = mul(old, { n: step.n, d: step.d * 100n })
    const index = (m.index ?? 0) + m[0].lastIndexOf(newText)
    out.push({
      expression: `${oldText} ${rise ? '+' : '−'} ${percentText}%`,
      computed,
      stated: level,
      result: newText,
      index,
      tolerance: add(rounding(newText, rough), slack),
      final: true,
      arithmetic: true,
      soft: true
    })
  }
  return out
}

// Half the last written digit of a percentage (`4`: 0,5; `3,5`: 0,05); after a rounding word a whole step.
function halfStep(text: string, rough: boolean): Rational {
  const decimals = text.split(',')[1]?.length ?? 0
  return { n: rough ? 2n : 1n, d: 2n * 10n ** BigInt(decimals) }
}
