/**
 * A rate per counted unit and a count of those units with a result: "twaalf velden; we rekenen
 * met € 48.000 per veld, samen € 576.000", "€ 1,50 per inwoner. Met 84.000 inwoners komt de pot op
 * € 126.000", "26 vragen per week; over 48 weken zijn dat er 1.248", and a count followed by
 * "elk" and an amount ("zes teams. Met elk 1.450 uren beschikken zij samen over 8.700 uur"). The
 * count and the rate may stand in the sentence before the result, within one paragraph.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { allMatches } from './all-matches.js'
import { div, near } from './exact-number.js'
import { add, dutchNumber, mul, proseEquation, rounding, type Equation, type Rational } from './onderbouwing.js'
import { showRatio, unitRatio } from './unit-scales.js'
import { TAKEN_ALONG } from './approx-products.js'
import { PER_YEAR } from './period-rates.js'
import { namesUnit, shortForm } from './unit-nouns.js'
import { APPROX, countNouns, periodChain, PER, pricedNouns, unitPairs, type Found, type Result } from './rate-pairs.js'
import { isDayOfDate, TIME_UNITS } from './year-numbers.js'

// A rate given as a condition, `bij|tegen <rate> per <unit>`, makes the number right after it the
// outcome, with no verb: `dat is 2.300 uur, en bij € 41 per uur een rekening van € 94.300`. Not when
// the words after it add a term or a bound (`bij € 41 per uur en 40 uur per week`, `… met een maximum van`).
const AT_RATE = String.raw`(?<=\b(?:bij|tegen)\s+[^.;:!?\d€]{0,40}?(?:€\s*)?\d[\d.,]*\s+(?:[\p{L}'’-]+\s+){0,2}?per\s+[\p{L}'’²³-]+),?(?!\s+(?:[\p{L}'’-]+\s+){0,3}?(?:en|of|plus|met|tot|per|voor|maximaal|minimaal|hooguit|maximum|minimum)\b)`
// A rate per thing per month or week restated for a year names the outcome by its period (`€ 3,10
// per pas per maand, jaarlijks € 1.860`, `…; in een jaar € …`); `dat kost` as well as `kost dat`.
const YEARLY_RESULT = String.raw`(?:jaarlijks|op\s+jaarbasis|(?:in|over)\s+een\s+(?:heel\s+)?jaar),?|(?<=[,;]\s*)(?:dat|dit|wat)\s+kost(?:en)?`
// The result: a word that makes the next number the outcome (also `ging het dus om`, `rekenen we op`,
// and `kost` right after a rate: `De training (€ 320 per deelnemer) kost de gemeente`), a few words, then the number.
// A span of periods names the total over it with no verb (`40 bankjes per jaar plaatsen we in de vier jaar
// van dit plan 150 bankjes`): the count of a rate per period over that many periods; the span stays in the window. The colon after `per …` comes before its look-behind, so that runs only at a colon.
const RESULT = new RegExp(
  String.raw`(?::(?<=\bper\s+[\p{L}'’²³-]+:)|(?<=\bper\s+[\p{L}'’²³-]+\)?,?\s+)(?:kost|kosten|kostte|kostten)\b|(?<=\b(?:in|over|binnen)\s+(?:de\s+)?(?:komende\s+)?(?:\d+|\p{L}+)\s+(?:jaar|jaren|maanden|weken)(?:\s+(?:van|voor)\s+(?:dit|deze|het|de)\s+\p{L}+)?)|\b(?:(?:rekenen|rekent|begroten|begroot)(?:\s+(?:we|wij|ze|dan|dus|daarvoor|hiervoor))*\s+(?:op|met)|samen|in\s+totaal|bij\s+elkaar|opgeteld|(?:zijn|is|was|waren)\s+dat(?:\s+er)?|dat\s+(?:is|zijn|was|waren)|betekent\s+(?:dat|dit)|(?:zijn|komen)\s+er|zodat\s+er|(?:komt|komen|kwam|kwamen)\s+[^\d€.;!?]{0,60}?\bop|(?:kost(?:en)?|kostte(?:n)?)\s+(?:dat|dit|het|ze)|(?:levert|leveren|leverde|leverden|brengt|brengen|bracht|brachten)(?:\s+(?:dat|dit|het|de|ze|er|samen|dan|dus|jaarlijks))*(?=\s+(?:${APPROX}\s+)?(?:€\s*)?\d[\d.,]*(?:\s+(?:miljoen|mln|duizend))?(?:\s+[\p{L}-]+){0,2}?\s+op\b)|(?:levert|leveren|brengt|brengen)\s+(?:dat|dit|het|de|ze|er)(?:\s+(?:samen|dan|dus))?|(?:is|bedraagt|wordt|was)\s+(?:de|het)\s+(?:totale\s+|jaarlijkse\s+)?[\p{L}-]*(?:opbrengst|bedrag|totaal|kosten|som)|(?:gaat|ging|gaan|gingen)\s+het(?:\s+(?:dus|dan|daarbij|hier))?\s+om|(?:dus|zo|daarmee|hiermee)(?=\s+(?:${APPROX}\s+)?(?:€\s*)?\d)|${AT_RATE}|${YEARLY_RESULT}))\s+((?:[\p{L}'’-]+\s+){0,3}?)(${APPROX}\s+)?(€\s*)?(${NUMBER})(?![\d%])`,
  'giu'
)
// A number that may end a sentence as its result: `ruim € 236.200`.
const LAST_NUMBER = new RegExp(String.raw`(${APPROX}\s+)?(€\s*)?(${NUMBER})(?![\d%])`, 'giu')
// Words that add another item to a sentence.
const ANOTHER_ITEM = /\b(?:daarnaast|daarbij|ook|bovendien|verder|tevens|nog|extra|plus)\b/iu
// From the first term on, a share of the product (`de gemeente vergoedt de helft`), or after both a thing
// taken along (`met de plaatsing komt`), makes the result another sum than the bare product.
const SHARE_OF_IT = /\b(?:de\s+helft|een\s+(?:derde|kwart|vijfde|tiende)|driekwart)\b/iu
/** Right after a result: what it holds besides (`, inclusief de ondergrond`, `uit, plus de zaalhuur`). */
export const INCLUDED_AFTER = /^\s*(?:\p{L}+\s*)?,?\s*(?:inclusief|incl\.|plus)\b/iu
// Words that take up the sentence before: `komt de pot daarmee op`.
const BACK = /\b(?:daarmee|hiermee|dus|daardoor|zo|dan)\b/iu
// A number in the text: an amount, a plain number, or a count in words.
// A digit glued to a letter is part of a name (`CO2`, `PM10`), no number.
const ANY_NUMBER = new RegExp(String.raw`(€\s*)?(?<![\d.,\p{L}])(${NUMBER})(?![\d.,]*\d)(%|\s*procent)?|\b(\p{L}+)\b`, 'giu')
// A rate after `elk` or `ieder` refers back to a count: `zes teams … met elk 1.450 uren`; a
// preposition between them keeps the reference (`vier coaches, elk voor 0,6 fte`, `ieder met 300 uur`).
const EACH_BEFORE = new RegExp(String.raw`\b(?:elk|elke|ieder|iedere)\s+(?:(?:voor|met|van)\s+)?(?:${APPROX}\s+)?(?:€\s*)?$`, 'iu')
// The unit named first in the rate's own clause: `Per deelnemer kost de cursus € 450`, `Elke
// buurtcoach begeleidt 25 huishoudens`. No number between the unit and the rate.
// `Per 10 woningen plannen we 3 bomen`: group 1 is the number of units, group 2 the unit.
// `Elk nieuw dorpshuis`: an adjective may stand between `elk` and the unit, so the word after it is kept
// too (group 3); the one a count names is the unit. What is handed out may be described at length
// (`krijgt een kist met boeken, spellen en een kast ter waarde van`): no number or sentence end between.
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:per\s+(?:(\d[\d.]*)\s+)?|(?:elk|elke|ieder|iedere)\s+)([\p{L}'’²³-]+)(?:\s+([\p{L}'’²³-]+))?[^.!?;:\d€]{0,100}(?:€\s*)?$/iu
// A price that is one unit's by its name: `met een entreeprijs van € 7,50`, `tegen een tarief van € 12`.
const PRICE_BEFORE = new RegExp(String.raw`\b\p{L}*(?:prijs|tarief|bijdrage)\s+(?:van\s+)?(?:${APPROX}\s+)?(?:€\s*)?$`, 'iu')

// Units that count whatever is counted: `€ 1,90 per apparaat` for 300 laptops and printers.
// A rate per head (`per persoon`) likewise names the one count in view, whatever people it counts.
const GENERIC_UNIT = /^(?:stuk|exemplaar|apparaat|toestel|eenheid|persoon)$/iu
// A period shorter than a year that a price may be per; and `per` with such a period after a rate.
const PERIODS = 'maand|week|kwartaal'
const PER_PERIOD = new RegExp(`^(?:${PERIODS})$`, 'iu')
const THEN_PER_PERIOD = new RegExp(String.raw`^\s+per\s+(${PERIODS})\b`, 'iu')
// Between a count and its price: the counted noun (and a word or two) and `van` or `à`.
const APIECE = /^\s*(?:[\p{L}'’-]+\s+){1,3}(?:van|à)\s+(?:elk\s+)?(?:€\s*)?$/iu
// Words that name a year as the period of a result.
const YEAR_NAMED = /\b(?:jaarlijks|op\s+jaarbasis|per\s+jaar|(?:in|over)\s+een\s+(?:heel\s+)?jaar)\b/iu


/** A number as a calculation shows it: in digits, also when the text writes it in words (`acht`). */
export const inDigits = (f: { text: string; value: Rational }): string => (/^\d/.test(f.text) ? f.text : String(f.value.n))
// A year stands for a time, not a quantity: `in 2027`.
const isYear = (f: Found): boolean => !f.euro && /^(?:19|20)\d{2}$/.test(f.text)
// So does the day of a date: `vanaf 3 maart` names a moment, not a third count.
const isDay = (text: string, f: Found): boolean => !f.euro && /^\d{1,2}$/.test(f.text) && isDayOfDate(text.slice(f.end))


/**
 * Where the sentences of a paragraph start, with lines (list items) as sentences of their own.
 * A line break inside a sentence (wrapped prose: the line ends without a stop and the next goes on
 * in lower case, with a number or an amount) ends no sentence: `we vervangen 8,6` / `kilometer leiding`.
 *
 * @param text One paragraph of prose.
 * @returns The offsets, the first 0.
 */
export function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/[.!?]\s+(?=\p{Lu}|€|\d)|(?<![^.!?:;\s])\n\s*|\n[ \t]*(?![ \t]|\p{Ll}|€|\d(?![\d.,]*[.)]\s))/gu)].map((m) => m.index + m[0].length)]
}

/**
 * Every count times a rate per counted unit (or `elk` an amount) with a result after it: the
 * result should be the product.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations, with the rounding of the result (and of a mean rate) as tolerance.
 */
export function rateProducts(text: string): Equation[] {
  const out: Equation[] = []
  // Every result ends in a number in digits (`RESULT`): a paragraph without one has none.
  if (!/\d/.test(text)) return out
  const starts = sentenceStarts(text)
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length
    const sentence = text.slice(start, end)
    // (A sentence without a digit has no result; `allMatches` spares the copy of the long pattern `matchAll` makes.)
    for (const r of /\d/.test(sentence) ? allMatches(RESULT, sentence) : []) {
      let resultIndex = start + r.index + r[0].lastIndexOf(r[4] ?? '')
      let resultText = r[4] ?? ''
      let euro = Boolean(r[3])
      let approx = Boolean(r[2])
      let windowEnd = start + r.index
      // `levert de opbrengst van 620 MWh ruim € 148.000 op`: the subject after `levert de` may hold
      // a number of its own (the count); the result is then the last number of the sentence.
      const subject = /^(?:levert|leveren|brengt|brengen)\s+de\b/iu.test(r[0]) ? [...text.slice(resultIndex, end).matchAll(LAST_NUMBER)].at(-1) : undefined
      if (subject && subject.index > 0) {
        windowEnd = resultIndex + subject.index
        resultIndex = windowEnd + subject[0].lastIndexOf(subject[3] ?? '')
        resultText = subject[3] ?? ''
        euro = Boolean(subject[2])
        approx = Boolean(subject[1])
      }
      // The result ends the calculation: no number after it in the sentence.
      const after = text.slice(resultIndex + resultText.length, end)
      if (/(?<!\p{L})\d/u.test(after) || /^\s*%|^\s*procent/u.test(after)) continue
      // `levert de regeling … op` names its own subject: after a word that adds another item
      // (`daarnaast levert de verkoop van dagkaarten … op`) the amount is that item's, not the product's.
      if (/^(?:levert|leveren|brengt|brengen)\s+de\b/iu.test(r[0]) && ANOTHER_ITEM.test(sentence.slice(0, r.index))) continue
      // `dus`, `zo`, `daarmee` only take up what came just before: a result of the one pair in view.
      const loose = /^(?:dus|zo|daarmee|hiermee)$/iu.test(r[0].slice(0, r[0].search(/\s/u)))
      const result = { sentence: start, text: resultText, euro, index: resultIndex, approx, after, loose }
      // The sentence itself first; the sentence before only when this one has no rate and count.
      const e = product(text, text.slice(start, windowEnd), start, result) ?? (i > 0 ? product(text, text.slice(starts[i - 1], windowEnd), starts[i - 1] ?? start, result) : undefined)
      if (e) out.push(e)
    }
  })
  return out
}

// Units of time: a rate per year and a number of years may be about two sums (see `product`).
// `gemiddeld € 12`, `circa 40`: an approximating word just before the rate.
const APPROX_BEFORE_RATE = new RegExp(String.raw`\b${APPROX}\s+(?:€\s*)?$`, 'iu')
const TIME_UNIT = new RegExp(`^(?:${TIME_UNITS}|kwartalen|keer)$`, 'iu')





// From the text before a result (this sentence and the one before it): exactly one rate and one count.
function product(text: string, window: string, base: number, result: Result): Equation | undefined {
  const numbers: Found[] = []
  for (const m of window.matchAll(ANY_NUMBER)) {
    // The number of units a rate is per (`per 100 m²`) belongs to the rate, not to the quantities.
    if (!m[1] && /\bper\s+$/iu.test(window.slice(0, m.index))) continue
    if (m[4] !== undefined) {
      // `een container per 40 woningen`: one thing per a number of units is a rate of one.
      const onePerUnits = /^(?:een|[eé]én)$/iu.test(m[4]) && /^\s+[\p{L}'’-]+\s+per\s+\d/u.test(window.slice(m.index + m[0].length))
      const n = /^een$/iu.test(m[4]) ? undefined : parseNumberWord(m[4])
      if (onePerUnits) {
        numbers.push({ text: m[4], value: { n: 1n, d: 1n }, euro: false, index: base + m.index, end: base + m.index + m[0].length })
        continue
      }
      if (n !== undefined && n >= 2) numbers.push({ text: m[4], value: { n: BigInt(n), d: 1n }, euro: false, index: base + m.index, end: base + m.index + m[0].length })
      continue
    }
    // A percentage is another calculation.
    if (m[3]) return undefined
    numbers.push({ text: m[2] ?? '', value: dutchNumber(m[2] ?? ''), euro: Boolean(m[1]), index: base + m.index + (m[1]?.length ?? 0), end: base + m.index + m[0].length })
  }
  const quantities = numbers.filter((f) => !isYear(f) && !isDay(text, f))
  // A span of time the work takes (`in drie jaar 12 kilometer … € 95 per meter`) is no
  // third term of a rate per thing: `daarmee` still takes up one pair, matched by its unit below.
  const spans = quantities.filter((q) => !q.euro && TIME_UNIT.test(countNouns(text, q)[0] ?? ''))
  if (result.loose && quantities.length - spans.length !== 2) return undefined
  const pairs: Array<[Found, Found]> = quantities.length === 2 ? [[quantities[0]!, quantities[1]!], [quantities[1]!, quantities[0]!]] : unitPairs(text, quantities, result)
  for (const [rate, count] of pairs) {
    if (count.euro || rate.euro !== result.euro || count.value.n <= 0n) continue
    // The counted noun is one of the three words after the count (`twaalf openbare sportvelden`).
    const countWords = countNouns(text, count)
    const per = PER.exec(text.slice(rate.end))
    const lead = text.slice(Math.max(0, text.lastIndexOf('.', rate.index - 1) + 1, rate.index - 130), rate.index)
    const each = EACH_BEFORE.test(text.slice(Math.max(0, rate.index - 30), rate.index))
    // A named price is per unit of whatever is counted (`1.200 bezoekers … een entreeprijs van € 7,50`).
    const priced = rate.euro && PRICE_BEFORE.test(lead)
    // The price of one thing: `Een leerlingplaats kost gemiddeld € 9.300 per jaar` rates per leerlingplaats.
    const before = UNIT_BEFORE.exec(lead)
    // The thing priced, read once: its first noun is the unit (`oneThing`), both name the count.
    const pricedThing = pricedNouns(text, rate)
    const oneThing = pricedThing[0]
    // A unit after `per` that is no time says what the price of one thing is per: `Een steiger kost
    // € 21 per m²` rates per m², and a count of scaffolds still names the thing priced (below).
    const perFirst = per?.[3] !== undefined && !TIME_UNIT.test(per[3])
    const eachUnit = before?.[3] !== undefined && countWords.some((w) => namesUnit(w, before[3]!) || shortForm(w, before[3]!)) ? before[3] : before?.[2]
    const unit = perFirst ? per[3] : oneThing ?? per?.[3] ?? eachUnit
    // A rate per a number of units (`per 100 m²`) is that number's share per one unit.
    const perCount = perFirst ? per[2] : oneThing ? undefined : per?.[3] ? per[2] : before?.[1]
    const perUnits = perCount ? dutchNumber(perCount) : { n: 1n, d: 1n }
    if (!unit && !each && !priced) continue
    // `€ 48.000 per veld` and `twaalf sportvelden`: the unit names the counted noun, or the count
    // is in a larger unit of the same measure (`4,2 km` at `per meter`).
    const factor = countWords.map((w) => unitRatio(w, unit ?? '')).find((f) => f !== undefined)
    // A compound unit names its short form too: `elke buurtcoach` and `8 coaches`.
    // A unit that names any counted thing (`per stuk`, `per apparaat`) names the one count in view.
    const generic = quantities.length === 2 && GENERIC_UNIT.test(unit ?? '')
    // `zestig abonnementen van € 9,50 per maand`, `40 licenties à € 6 per maand`: a price given to
    // the counted noun itself (`van`, `à` right after it) is per one of them, per the period after `per`.
    const apiece = count.index < rate.index && per !== null && PER_PERIOD.test(per[3] ?? '') && APIECE.test(text.slice(count.end, rate.index))
    const named = generic || apiece || factor !== undefined || countWords.some((w) => namesUnit(w, unit ?? '') || shortForm(w, unit ?? '') || pricedThing.some((u) => namesUnit(w, u)))
    if (!each && !priced && !named) continue
    // A count of whole things is two or more; a part of a unit (`1,5 fte`, `2,4 km`) counts only
    // when its own noun names the unit.
    if ((count.value.d !== 1n || count.value.n < 2n) && !(named && count.value.n * 2n > count.value.d)) continue
    // `elk` refers back: the count comes first.
    if (each && !named && count.index > rate.index) continue
    // Across a sentence end the result sentence must point back (`elk`, `daarmee`), else the
    // sentence before may be about another sum: `jaarlijks € 180.000 beschikbaar. In drie jaar lopen de kosten op tot € 0,9 miljoen`.
    const crosses = Math.min(rate.index, count.index) < result.sentence
    // A unit that is no time (`per gezin`, `per school`) ties the rate to its count across the end
    // as well: `120 gezinnen. De kosten zijn € 1.450 per gezin, samen …`.
    if (crosses && !each && !BACK.test(text.slice(result.sentence, result.index)) && TIME_UNIT.test(unit ?? '')) continue
    // A result of another unit than the rate: `1.450 uren` and `9.700 uur`, or nothing after it.
    const rateNoun = per?.[1]?.trim().split(/\s+/).at(-1) ?? /^\s*(?:[\p{L}'’-]+\s+){0,2}?([\p{L}'’-]+)/u.exec(text.slice(rate.end))?.[1]
    const resultNoun = /^\s*([\p{L}'’-]+)/u.exec(result.after)?.[1]
    // A result in a larger unit of the rate's measure (`42 kilo (textiel) per inwoner`, `1.310 ton`)
    // is the product in that unit; the measure is the word right after the rate.
    const measure = /^\s*([\p{L}'’²³-]+)/u.exec(text.slice(rate.end))?.[1]
    const larger = resultNoun && measure ? unitRatio(resultNoun, measure) : undefined
    // What is measured, when both name it (`42 kilo textiel per inwoner`, `1.310 ton glas`), is one thing.
    const rateThing = (per?.[1]?.trim().split(/\s+/) ?? []).slice(1).at(-1)
    const resultThing = /^\s*[\p{L}'’-]+\s+(\p{Ll}[\p{L}'’-]*)/u.exec(result.after)?.[1]
    if (larger && rateThing && resultThing && !namesUnit(resultThing, rateThing) && !namesUnit(rateThing, resultThing)) continue
    // A singular in `-s` (`parkeerplaats`) loses its `s` to the stem, its plural (`plaatsen`) keeps
    // it: the rate's noun is compared in its plural in `-en` as well.
    const sameNoun = (n: string | undefined): boolean => n !== undefined && resultNoun !== undefined && [n, `${n}en`].some((m) => namesUnit(resultNoun, m) || namesUnit(m, resultNoun))
    // A bare norm (`3,5 per 100 m²`) names no noun of its own: the result's noun is what it counts.
    const bare = per !== null && per[1] === ''
    if (!rate.euro && resultNoun && !larger && !bare && !sameNoun(rateNoun) && !sameNoun(measure) && !/^\s*(?:[.,;!?)]|per\b)/u.test(result.after)) continue
    if (SHARE_OF_IT.test(text.slice(Math.min(rate.index, count.index), result.index)) || TAKEN_ALONG.test(text.slice(Math.max(rate.end, count.end), result.index))) continue
    // A total that says it holds more right after it (`€ 38.000, inclusief de ondergrond`) is more than the product.
    if (INCLUDED_AFTER.test(result.after)) continue
    const one = { n: 1n, d: 1n }
    // A rate per thing per month, week or quarter (`€ 2,40 per pas per maand`) with a result for a
    // year: the product times the periods in a year. Only when the text between them or after the
    // result names the year; a result without it is per the rate's own period.
    const ratePeriod = apiece ? per?.[3]?.toLowerCase() : per ? THEN_PER_PERIOD.exec(text.slice(rate.end + per.index + per[0].length))?.[1]?.toLowerCase() : undefined
    const yearly = ratePeriod !== undefined && (YEAR_NAMED.test(text.slice(rate.end, result.index)) || /^\s*(?:per\s+jaar|op\s+jaarbasis)\b/iu.test(result.after))
    const periods = yearly ? { n: PER_YEAR[ratePeriod] ?? 1n, d: 1n } : one
    // Among three numbers, the third may count the periods the count is per (`… per week en 38 weken`).
    const span = quantities.length === 3 ? periodChain(text, count, quantities.filter((q) => q !== rate && q !== count)) : undefined
    const computed = mul(div(mul(mul(mul(rate.value, count.value), span?.value ?? one), factor ?? one), mul(larger ?? one, perUnits)), periods)
    const stated = dutchNumber(result.text)
    // A result far from the product is about something else.
    if (!near(computed, stated)) return undefined
    const e = proseEquation(`${inDigits(count)}${span ? ` × ${inDigits(span)}` : ''}${factor ? showRatio(factor) : ''} × ${inDigits(rate)}${perCount ? ` ÷ ${perCount}` : ''}${larger ? showRatio({ n: larger.d, d: larger.n }) : ''}${yearly ? ` × ${String(periods.n)}` : ''}`, computed, { text: result.text, value: stated, index: result.index }, result.approx)
    // A mean or rounded rate adds its rounding once per counted unit.
    const mean = APPROX_BEFORE_RATE.test(text.slice(Math.max(0, rate.index - 20), rate.index))
    // A year has 52 weeks and a day.
    const weeks = yearly && ratePeriod === 'week' ? { ...e, tolerance: add(e.tolerance, div(computed, { n: 52n, d: 1n })) } : e
    return mean ? { ...weeks, tolerance: add(weeks.tolerance, mul(rounding(rate.text, true), count.value)) } : weeks
  }
  return undefined
}
