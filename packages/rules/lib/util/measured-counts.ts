/**
 * A count of things that each last or measure the same, with their total in that measure: "acht
 * cursusavonden van 2,5 uur, samen 20 uur", "drie begeleiders van elk 0,6 fte, in totaal 1,8 fte",
 * "Met twee coaches van elk 30 uur per week komt er 60 uur per week bij", "zes wadi's à 40 m², goed
 * voor 240 m²". The size is a measure (hours, fte, days, m², km …), not a price (the readers of
 * prices take `van € …`) and not a count of people (`group-products`), and the total names the
 * same unit: a duration times a count gives that duration, whatever words join them. `van` may
 * also name a whole (`20 leerlingen van 3 scholen`), which a unit after the size rules out.
 *
 * Quiet when the size is a range or a bound (`van 2 tot 3 uur`, `van maximaal`), when another
 * item or part stands between size and total (`en`, `plus`, `waarvan`), when size and total are
 * per different periods, and when the total lies more than twice from the product (then it is
 * the total of something larger).
 */

import { parseNumberWord } from '@kapstok/nl'
import { div, near } from './exact-number.js'
import { NUMBER } from './amount-change.js'
import { UNIT, unitOf } from './dimensional-products.js'
import { APPROX } from './rate-pairs.js'
import { add, dutchNumber, mul, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { NUMBER_WORD } from './share-words.js'

// Units of time and of staff, besides the measures of length, area, volume and mass.
const TIME = String.raw`uur|uren|minuten|minuut|fte|dagdelen|dagdeel|werkdagen|werkdag|dagen|dag|weken|week`
const MEASURE = String.raw`(?:(?:${TIME})(?![\p{L}\d])|${UNIT})`
// A count in digits or words (`drie`, `12`, `1.200`).
const COUNT = String.raw`\d{1,3}(?:\.\d{3})+|\d+|${NUMBER_WORD}`
// The total's cue: `samen`, `in totaal`, `dat is`, `goed voor`, `komt er … bij`, `komt dat op`.
const TOTAL = String.raw`in\s+totaal|samen(?:\s+goed\s+voor)?|totaal|bij\s+elkaar|(?:dat|dit)\s+(?:zijn|is)|(?:zijn|is)\s+dat|goed\s+voor|(?:komt|komen)\s+(?:er|dat|dit|het)(?:\s+(?:samen|in\s+totaal))?(?:\s+(?:neer\s+|uit\s+)?op)?`
// count, one to three words of the thing counted, `van` or `à` (maybe `elk`), the size and its unit (maybe per a period),
// a few words, the cue, the total and its unit (maybe per a period).
const MEASURED = new RegExp(
  String.raw`(?<![\p{L}\d.,€])(?<count>${COUNT})\s+(?:[\p{L}'’-]+\s+){1,3}?(?:van|à)\s+(?:(?:elk|ieder|telkens|steeds)\s+)?(?<size>${NUMBER})\s*(?<unit>${MEASURE})(?:\s+per\s+(?<sizePer>\p{L}+))?(?<between>[^.;:!?\d€()]{0,60}?)(?:\s*[,;:]\s*|\s+)(?:${TOTAL})\s+(?:(?:\p{L}+\s+){0,2}?)(?<approx>${APPROX}\s+)?(?<total>${NUMBER})\s*(?<totalUnit>${MEASURE})(?:\s+per\s+(?<totalPer>\p{L}+))?`,
  'giud'
)
// A size that is a range (`van 2 uur tot 3 uur`, `van 2 of 3 uur`).
const SPREAD = /^\s*(?:tot|à|a|of|-|–)\s/iu
// Between size and total: another item or a part taken off makes the total another sum; a share or a bound of it another amount.
const ANOTHER = /\b(?:en|plus|daarnaast|ook|waarvan|inclusief|exclusief|behalve|zonder|extra|min|minder|meer|procent|maximaal|hooguit)\b/iu
// Words that name no count: `een`, `één`.
const NOT_A_NUMBER = /^(?:een|[eé]én)$/iu

const countOf = (word: string): Rational | undefined => {
  if (/^[\d.]+$/u.test(word)) return dutchNumber(word)
  if (NOT_A_NUMBER.test(word)) return undefined
  const n = parseNumberWord(word)
  return n === undefined ? undefined : { n: BigInt(n), d: 1n }
}

// One spelling for the units of time (`uren` and `uur`), the measures by their scale.
const unitKey = (word: string): string => {
  const w = word.toLowerCase().replace(/\s+/gu, ' ')
  const measure = unitOf(w)
  if (measure) return `${measure[0].join(',')}:${String(measure[1].n)}/${String(measure[1].d)}`
  return ({ uren: 'uur', minuut: 'minuten', dagdeel: 'dagdelen', werkdag: 'werkdagen', dag: 'dagen', week: 'weken' } as Record<string, string>)[w] ?? w
}

/**
 * Every count of things of one measure with a total in that measure after it: the total should be the product.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations (`12 × 2,5`), with the rounding of the total as tolerance.
 */
export function measuredCounts(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(MEASURED)) {
    const g = m.groups!
    const count = countOf(g.count!)
    const size = dutchNumber(g.size!)
    const stated = dutchNumber(g.total!)
    if (!count || count.n < 2n * count.d || size.n <= 0n || stated.n <= 0n) continue
    if (unitKey(g.unit!) !== unitKey(g.totalUnit!)) continue
    const afterUnit = text.slice(m.indices!.groups!.unit![1])
    if (SPREAD.test(afterUnit) || ANOTHER.test(g.between ?? '')) continue
    // A size per week and a total per year count something else (the weeks).
    if (g.sizePer !== undefined && g.totalPer !== undefined && g.sizePer.toLowerCase() !== g.totalPer.toLowerCase()) continue
    const computed = mul(count, size)
    if (!near(computed, stated)) continue
    const index = m.indices!.groups!.total![0]
    const e = proseEquation(`${g.count!.match(/^\d/u) ? g.count! : String(count.n)} × ${g.size!}`, computed, { text: g.total!, value: stated, index }, g.approx !== undefined)
    // A hedged total (`ruim 30 uur`) is a round figure near the product: a tenth of room.
    out.push(g.approx === undefined ? e : { ...e, tolerance: add(e.tolerance, div(stated, { n: 10n, d: 1n })) })
  }
  return out
}
