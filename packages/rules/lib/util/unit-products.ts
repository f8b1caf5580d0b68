/**
 * A product of quantities whose units cancel, read without a cue word and in any order: `een
 * kracht van 0,4 fte bij € 70.000 per fte: € 30.000`, `Een sticker kost € 2,50. Voor 300 stickers
 * betalen we € 700`, `de dijk zakt 3 mm per jaar, in twintig jaar 5 cm`, `De kantine is 3 avonden
 * per week open, 40 weken per jaar; à € 20 per avond is dat € 2.600 per jaar`. Every quantity
 * carries its unit as the sentence reader gives it (euros, a measure, or a counted noun: `uur`,
 * `werkweken`, `fte`, `deelnemers`) and the unit it is per; a counted noun is one unit with the
 * unit of a rate when it names it (`werkweken` at `per week`). A result is read against two or
 * three other quantities of its sentence and the two before it in the paragraph, at least one a
 * rate, whose units multiply to exactly the result's unit (a `per jaar` on either side may stay:
 * a yearly cost is read as a cost). That check of units is what makes the reading strong, not a
 * cue word: hours and euros per hour give euros whatever words join them, and a count of people
 * next to a price per hour gives nothing. It is the physical reader (`dimensional-products`)
 * widened to money and counted nouns, using its measures and conversions.
 *
 * Quiet when some product of the units, or any plain operation of two numbers in view, or the
 * product with one more number added, taken off or multiplied, gives the result within its
 * rounding (then the sentence tells another calculation); when the factors of the nearest product
 * give another stated number of the result's unit exactly (they belong to that one); on shares,
 * caps and an added item between the factors and the result; and when the result lies further
 * than a band from the product (then it measures something of another scope).
 */

import { add, div, make, mul, type Rational } from './exact-number.js'
import { SHARE, unitOf } from './dimensional-products.js'
import { proseEquation, rounding, type Equation } from './onderbouwing.js'
import { INCLUDED_AFTER, sentenceStarts } from './rate-products.js'
import { quantities, real, sameNoun, type Quantity } from './sentence-quantities.js'
import { namesUnit, nounStem } from './unit-nouns.js'
import { durationFactor, isDuration } from './unit-scales.js'
import { CHANGE_RESULT, durationShown, namesAll, POINTS_BACK, rateSteps } from './unit-product-links.js'
import { givenMean, impliedPer, isMean, meanSlack, measureWord } from './product-factors.js'
import { close, combine, otherReading, PERIODS, type Term, type Units } from './unit-terms.js'

export type { Term, Units } from './unit-terms.js'
export { otherReading } from './unit-terms.js'

interface Typed {
  q: Quantity
  units: Units
  /** Its value in base units (meters, grams). */
  value: Rational
  rate: boolean
}

// A result this far from the nearest product measures something else (another scope, a larger
// whole): a typo-sized slip or a wrong factor stays well within it. Measured on the eval plans.
const BAND = 0.3
// A cap or floor makes the result smaller than the product on purpose (`met een maximum van …`).
// The three words after a count: its noun may stand after two adjectives (`acht nieuwe ondergrondse containers`).
const FOLLOWING = /^\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+/u
// The rest of a result's clause, up to a semicolon or the sentence end.
const CLAUSE_REST = /^[^;.!?]*/u
const CAP = /\b(?:maxim(?:um|aal|ale)|max\.|hooguit|ten\s+hoogste|plafond|minim(?:um|aal|ale)|ten\s+minste|tenminste|afgetopt)\b/iu
// Between the factors and the result a word that adds another item (`… per meter en € 9.000 voor
// de lampen komt het op …`): the result is then more than the product.
const ADDED = /\b(?:en|plus|naast|daarnaast|ook|extra|bovendien|behalve|waarvan|daarvan|inclusief|exclusief|excl|incl|met\s+de|zonder)\b/iu
// `elke avond vier uur`, `elke wijk 3 bankjes`: a quantity per the noun right before it.
const EACH_BEFORE = /\b(?:elke|iedere|ieder|elk)\s+(\p{L}{3,})\s+$/iu
// `€ 95/ton`: a rate written with a slash.
const SLASH_AFTER = /^\s*\/\s*(\p{L}[\p{L}²³]*)/u
// `bij hetzelfde tarief`, `tegen datzelfde uurloon`: the rate of that noun earlier in the section.
const SAME_RATE = /\b(?:hetzelfde|datzelfde|ditzelfde|dezelfde|gelijke?|ongewijzigde?)\s+(\p{L}*(?:tarief|prijs|loon|vergoeding))\b/iu
// A number after a result word (`gemiddeld € 40 per deelnemer`, `dat is 12 uur per week`) is
// derived from others, no given factor.
const DERIVED_BEFORE = /\b(?:gemiddeld(?:\s+\p{L}+){0,2}|(?:dat|dit)\s+(?:is|zijn)|(?:is|zijn)\s+(?:dat|dit)(?:\s+er)?|dus|ofwel|oftewel|neer\s+op|zo['’]n|circa|ongeveer|ruim|bijna)\s+(?:€\s*)?$/iu

const unitKey = (word: string, pers: string[]): string => {
  // (An irregular plural counts its unit too: `kinderen` at `per kind`.)
  const per = pers.find((p) => p === word || namesUnit(word, p) || sameNoun(word, p))
  return `n:${nounStem(per ?? word)}`
}

// A unit word as base units and a scale: a measure (`km`, `hectare`) or a counted noun.
function baseOf(word: string, pers: string[]): [Units, Rational] {
  // (A duration within a day counts in hours: `45 minuten` per gesprek gives hours.)
  const hours = isDuration(word) ? durationFactor(word, 'uur') : undefined
  if (hours) return [new Map([[unitKey('uur', pers), 1]]), hours]
  const measure = unitOf(word)
  if (measure) return [new Map([['L', measure[0][0]], ['M', measure[0][1]]].filter(([, p]) => p !== 0) as Array<[string, number]>), measure[1]]
  return [new Map([[word === '€' ? '€' : unitKey(word, pers), 1]]), make(1n, 1n)]
}

// A `per jaar` (or per another period) on either side may stay: a yearly amount is read as the amount.
function sameUnits(a: Units, b: Units): boolean {
  const strip = (u: Units): Units => new Map([...u].filter(([k, p]) => !(PERIODS.has(k) && p === -1)))
  const [x, y] = [strip(a), strip(b)]
  return x.size === y.size && [...x].every(([k, p]) => y.get(k) === p)
}

// The quantity as base units, or undefined for a bare number or a percentage.
function typed(q: Quantity, text: string, pers: string[]): Typed | undefined {
  if (q.unit === '%' || q.share) return undefined
  // An adjective before the counted noun (`vijf geplande vijvers` at `per vijver`): the word a rate is per is the noun.
  const words = q.unit.split(' ')
  const following = words.length > 1 && !q.per ? (FOLLOWING.exec(text.slice(q.end))?.[0].match(/[\p{L}'’-]+/gu) ?? []) : []
  const named = following.slice(1).find((w) => pers.some((p) => sameNoun(w, p)))
  const word = q.unit === '€' ? '€' : measureWord(named ?? words[0] ?? '')
  if (!word) return undefined
  const per = perOf(q, text)
  const [units, scale] = baseOf(word, pers)
  if (!per) return { q, units, value: mul(q.value, scale), rate: false }
  const [perUnits, perScale] = baseOf(measureWord(per), pers)
  return { q, units: combine(units, perUnits, -1), value: div(mul(q.value, scale), perScale), rate: true }
}

// The quantities in a bracket that follows a result, none when there is no bracket.
function bracketAfter(text: string, end: number): Quantity[] {
  // (Its unit and up to two words may stand between: `96 uur beschikbaar (…)`, `€ 5.100 per jaar (…)`.)
  const m = /^(?:\s*[\p{L}²³]+){0,3}\s*\(([^()\n]{3,80})\)/u.exec(text.slice(end, end + 120))
  return m ? quantities(m[1]!, end + m[0].indexOf('(') + 1) : []
}

/** The units of a quantity as a sentence reader gives it (`cm` per `jaar`), or undefined for a bare number or a percentage. */
export const unitsOf = (q: Quantity, text: string): Units | undefined => typed(q, text, [])?.units

const YEAR = `n:${nounStem('jaar')}`
// A clause after a semicolon or comma that opens on today: `; nu is dat`, `, momenteel`.
const NOW_CLAUSE = /[;,]\s*(?:en\s+|maar\s+)?(?:nu|momenteel|thans|op\s+dit\s+moment)\b[^;,]*$/iu
// A result per a year-like period (`per jaar`, `per seizoen`, `per schooljaar`) is read as a total.
const YEARLY = /^(?:jaar|seizoen|schooljaar|speelseizoen)$/u
const periodRate = (t: Typed): boolean => [...t.units].every(([k, p]) => p > 0 || k === YEAR)

const perOf = (q: Quantity, text: string): string =>
  (q.per || SLASH_AFTER.exec(text.slice(q.end, q.end + 20))?.[1] || EACH_BEFORE.exec(text.slice(Math.max(0, q.index - 40), q.index))?.[1] || impliedPer(q, text)).toLowerCase()

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]]
  return items.flatMap((x, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [x, ...rest]))
}

const product = (factors: Typed[]): Rational => factors.reduce<Rational>((p, f) => mul(p, f.value), make(1n, 1n))

// The last rate in euros before a paragraph whose sentence names the rate noun (`uurtarief` for `tarief`).
function earlierRate(text: string, before: number, noun: string): Quantity | undefined {
  const head = /(tarief|prijs|loon|vergoeding)$/iu.exec(noun)?.[1]?.toLowerCase() ?? noun
  const starts = sentenceStarts(text.slice(0, before))
  for (let i = starts.length - 1; i >= 0; i--) {
    const sentence = text.slice(starts[i]!, starts[i + 1] ?? before)
    if (!sentence.toLowerCase().includes(head)) continue
    const rates = quantities(sentence, starts[i]!).filter((q) => q.unit === '€' && q.per)
    if (rates.length === 1) return rates[0]
  }
  // Else the last rate in euros before it (`De schoonmaker rekent € 32 per uur.`): its units must still cancel.
  return quantities(text.slice(0, before), 0).findLast((q) => q.unit === '€' && q.per)
}

// The caption of a table in a paragraph of its own: `Bedragen x € 1.000.`, `(alle bedragen in duizenden euro's)`.
const TABLE_CAPTION = /^\s*\(?(?:(?:alle\s+)?bedragen\s+)?(?:[x×]|in)\s+(?:€\s*)?(?:1\.000|duizenden|miljoenen)[^\n.]{0,20}\.?\)?\.?\s*$/iu

/**
 * Every result whose units are the product of two or three other quantities in view, none of
 * which gives it: the nearest product, as an equation with the result's rounding as tolerance.
 *
 * @param text A section of prose (paragraphs apart by blank lines).
 * @param derived Offsets of results other readings derive: no given factor.
 * @returns The products as equations.
 */
export function unitProducts(text: string, derived: Set<number> = new Set()): Equation[] {
  const out: Equation[] = []
  // The last sentences of the paragraph before, for a paragraph that opens by pointing back.
  let previous: { sentences: Array<{ start: number; end: number }>; readOf: Quantity[][] } | undefined
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const at = paragraph.index
    const body = paragraph[0]
    const starts = sentenceStarts(body)
    const own0 = starts.map((s, i) => ({ start: at + s, end: at + (starts[i + 1] ?? body.length) }))
    // Each sentence read once: it is in view of itself and the two after it.
    const ownRead = own0.map((s) => quantities(text.slice(s.start, s.end), s.start))
    // (A first sentence that points back with `dat` or `zo` and names no factor of its own has the
    // paragraph before in view: `Een gemiddelde keuring kost € 340.` and then `Voor de 58 keuringen komt dat op …`.)
    const prose = !/^\s*[|#>-]/u.test(body)
    const carry = prose && previous !== undefined && own0.length > 0 && POINTS_BACK.test(text.slice(own0[0]!.start, own0[0]!.end))
    const before = carry ? previous!.sentences.length : 0
    const sentences = carry ? [...previous!.sentences, ...own0] : own0
    const readOf = carry ? [...previous!.readOf, ...ownRead] : ownRead
    // A table or its caption between (`| Jaar | Haltes | … |`, `Bedragen x € 1.000.`) keeps the prose before it in view.
    if (prose && !TABLE_CAPTION.test(body)) previous = { sentences: own0.slice(-2), readOf: ownRead.slice(-2) }
    else if (!/^\s*\|/u.test(body) && !TABLE_CAPTION.test(body)) previous = undefined
    sentences.forEach((own, i) => {
      if (i < before) return
      const view = sentences.slice(Math.max(0, i - 2), i + 1).map((s) => text.slice(s.start, s.end)).join(' ')
      const ownText = text.slice(own.start, own.end)
      if (CAP.test(view)) return
      const shared = SHARE.test(view)
      // The step of a price that changes (`van € 52 naar € 55 per uur`) is a rate of its own, for a result named as a change (`€ 970 extra`).
      const steps = readOf.slice(Math.max(0, i - 2), i + 1).flatMap((r, n) => rateSteps(text, sentences[Math.max(0, i - 2) + n]!, r))
      const read = [...readOf.slice(Math.max(0, i - 2), i + 1).flat(), ...steps]
      const same = SAME_RATE.exec(ownText)
      const carried = same && !read.some((q) => q.unit === '€' && q.per && !PERIODS.has(`n:${nounStem(q.per)}`)) ? earlierRate(text, at, same[1]!) : undefined
      const all = carried ? [carried, ...read] : read
      const pers = all.map((q) => perOf(q, text)).filter(Boolean)
      const typedAll = all.map((q) => typed(q, text, pers))
      all.forEach((q, k) => {
        const result = typedAll[k]
        if (!result || q.index < own.start || steps.includes(q) || (result.rate && !YEARLY.test(perOf(q, text)))) return
        // A later clause that gives today's level (`… € 40 per inwoner besteden; nu is dat € 1,1 miljoen`) sets it beside the plan, not as its product.
        if (NOW_CLAUSE.test(text.slice(own.start, q.index))) return
        // A result named as a change is a product with the step of a price, any other result one without it.
        const change = steps.length > 0 && CHANGE_RESULT.test(text.slice(q.end, q.end + 40))
        // (A mean stated before the result, of no total in its sentence, is a given size or price: `De kleedlokalen zijn gemiddeld 35 m² groot`.)
        const mean = (t: Typed): boolean => isMean(t.q, text) && givenMean(t.q, q, readOf.find((r) => r.includes(t.q)) ?? [])
        // (The size of one thing its clause's subject names, in an earlier sentence, is given to a
        // later count of them, however it was found: `kost een gemiddeld verzoek € 1.513.` and then `Voor alle 200 verzoeken …`.)
        const ofOne = (t: Typed): boolean => t.rate && !t.q.per && t.q.index < own.start && impliedPer(t.q, text) !== ''
        const given = (t: Typed): boolean => ![0, 1, 2, 3].some((back) => derived.has(t.q.index - back)) && (!DERIVED_BEFORE.test(text.slice(Math.max(0, t.q.index - 20), t.q.index)) || mean(t) || ofOne(t))
        // Its calculation in a bracket right after it (`€ 2.400 (30 ha tegen € 70 per ha)`): the
        // sentence reader leaves a bracket out, so its quantities are read here, for this result only.
        const bracket = bracketAfter(text, q.end)
        const inner = bracket.map((x) => typed(x, text, [...pers, ...bracket.map((b) => perOf(b, text)).filter(Boolean)])).filter((t): t is Typed => t !== undefined)
        const pool = [...typedAll.filter((t, j): t is Typed => t !== undefined && j !== k && given(t)).slice(-8), ...inner]
        // A rate per a thing, not only per year: a yearly sum over years is a period total, whose
        // readers know when a budget and its costs differ (`€ 90.000 per jaar; in vier jaar kost het € 400.000`).
        let candidates = [2, 3, 4].flatMap((n) => subsets(pool, n)).filter((fs) => fs.some((f) => f.rate && !periodRate(f)) && sameUnits(fs.reduce<Units>((u, f) => combine(u, f.units), new Map()), result.units))
        // A factor in the result's own unit names the same thing (`27 kilo glas per inwoner` is no
        // part of `640 ton papier`).
        const thing = (x: Quantity): string | undefined => x.unit.split(' ')[1]
        const sameThing = (fs: Typed[]): boolean => fs.every((f) => ![...f.units].some(([key, p]) => p > 0 && (result.units.get(key) ?? 0) > 0) || !thing(f.q) || !thing(q) || sameNoun(thing(f.q)!, thing(q)!))
        candidates = candidates.filter((fs) => sameThing(fs) && fs.some((f) => steps.includes(f.q)) === change)
        if (candidates.length === 0) return
        const tolerance = rounding(q.text, Boolean(q.approx))
        const stated = q.value
        const computed = (fs: Typed[]): Rational => div(product(fs), result.value.n === 0n ? make(1n, 1n) : div(result.value, stated))
        // (A product with a mean holds within the mean's rounding, carried through the other factors.)
        const slack = (fs: Typed[]): Rational => add(tolerance, meanSlack(computed(fs), fs.filter((f) => isMean(f.q, text)).map((f) => f.q)))
        if (candidates.some((fs) => close(computed(fs), stated, slack(fs)))) return
        const term = (x: Quantity): Term => ({ value: x.value, units: typedAll[all.indexOf(x)]?.units })
        const others = [...all.filter((_, j) => j !== k), ...bracket]
        // (A product with one more number: not one of its own factors.)
        const rest = (fs: Typed[]): Term[] => others.filter((x) => !fs.some((f) => f.q === x)).map(term)
        const readsOtherwise = (terms: Term[], within = tolerance): boolean => otherReading(terms, result.units, stated, within)
        // (A product with a mean plus another term holds within the mean's rounding too.)
        if (readsOtherwise(others.map(term)) || candidates.some((fs) => readsOtherwise([{ value: computed(fs), units: result.units }, ...rest(fs)], slack(fs)))) return
        const nearest = candidates.map((fs) => ({ fs, v: computed(fs) })).sort((a, b) => Math.abs(real(a.v) / real(stated) - 1) - Math.abs(real(b.v) / real(stated) - 1))[0]!
        if (Math.abs(real(stated) / real(nearest.v) - 1) > BAND) return
        // A share in view may make the result a part of the count (`40% van de 184 storingen`):
        // only a result that names the whole count (`voor alle storingen samen`) is its product.
        // (A share in a later clause, `; de rest van de 12.300 m³ komt uit …`, is of another number.)
        const upToClause = text.slice(sentences[Math.max(0, i - 2)]!.start, q.end) + (CLAUSE_REST.exec(text.slice(q.end))?.[0] ?? '')
        if (shared && SHARE.test(upToClause) && !namesAll(ownText, nearest.fs.filter((f) => !f.rate).map((f) => f.q))) return
        // The factors that give another stated number of the result's unit belong to that one.
        // (Only when they fit it better than the result: a coarse `ruim € 1 miljoen` claims no product half that.)
        const off = (v: Rational, w: Rational): number => Math.abs(real(v) / real(w) - 1)
        const theirs = (t: Typed): boolean => {
          const v = div(product(nearest.fs), div(t.value, t.q.value))
          return close(v, t.q.value, rounding(t.q.text, Boolean(t.q.approx))) && off(t.q.value, v) <= off(stated, nearest.v)
        }
        if (typedAll.some((t, j) => t && j !== k && sameUnits(t.units, result.units) && theirs(t))) return
        // No added item between the factors in the result's sentence and the result.
        const ownFactors = nearest.fs.filter((f) => f.q.index >= own.start && f.q !== carried)
        const last = ownFactors.filter((f) => f.q.index < q.index).at(-1)
        const first = ownFactors.find((f) => f.q.index > q.index)
        if (last && ADDED.test(text.slice(last.q.end, q.index).replace(/^\s*(?:per|\/)\s*\p{L}+/u, ''))) return
        if (first && ADDED.test(text.slice(q.end, first.q.index))) return
        // Nor right after the result (`€ 38.000, inclusief de ondergrond`).
        if (INCLUDED_AFTER.test(text.slice(q.end))) return
        // A wide reading: where arithmetic-slip reads the same number as a slip, it gives way (one slip, one message).
        out.push({ ...proseEquation(nearest.fs.map((f) => f.q.text + durationShown(f.q)).join(' × '), nearest.v, { text: q.text, value: stated, index: q.index }, Boolean(q.approx)), fallback: true })
      })
    })
  }
  return out
}
