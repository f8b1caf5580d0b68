/**
 * The fallback behind the ~40 narrow calculation readers: any sentence with a result cue (`in
 * totaal`, `een daling van`, `… minder`, `resteert`, `gemiddeld`, `op jaarbasis`, `ofwel`) is
 * read as a whole. Its quantities before the result (and those of the sentence before, when the
 * result's sentence has too few: `Dat zijn 650 leden minder.`) are combined as the cue implies:
 * a sum, the difference of two, a whole minus its parts, a mean, or a rate times a count. The
 * result is reported only when that combination is clear, misses it by more than the rounding the
 * result is written with, and no other simple combination of the quantities gives it: a sentence
 * that holds in one plain reading is not wrong.
 */

import { add, make, mul, sub } from './exact-number.js'
import { type Equation } from './onderbouwing.js'
import { combinationHolds, resultRange } from './sentence-readings.js'
import { isParticiple, quantities, real, sameKind, sameNoun, SUBJECT_PER, type Quantity } from './sentence-quantities.js'
import { countsListItems } from './list-counts.js'
import { cueOf, OF_IT, PERIODS, type Cue } from './result-cues.js'
import { countsUnit } from './implied-products.js'
import { carriedPercent, COMES_TO } from './carried-percents.js'
import { partsAfterResult, yearParts } from './result-parts.js'
import { imply } from './cue-combinations.js'
import { measuredElsewhere } from './result-elsewhere.js'
import { spreadWholes } from './spread-wholes.js'

// The count a sentence names (`het aantal werkzoekenden`) is named in the sentence before too, or the sentence names none.
// A number of full-time posts: a measure of work, which a count of people does not add up to.
const FULL_TIME = /^fte\b/iu
const COUNT_NAMED = /\baantal\s+(\p{L}{3,})/iu
function sameMeasure(text: string, before: Quantity, sentenceStart: number, resultAt: number): boolean {
  const named = COUNT_NAMED.exec(text.slice(sentenceStart, resultAt))?.[1]?.toLowerCase()
  if (!named) return true
  const previous = text.slice(Math.max(0, text.lastIndexOf('\n\n', before.index)), sentenceStart).toLowerCase()
  return (previous.match(/\p{L}{3,}/gu) ?? []).some((w) => sameNoun(w, named))
}

/** A result with a clear implied combination: the equation when it misses, and the numbers it combines. */
interface Reading {
  /** The equation, when the result misses every plain reading. */
  equation?: Equation
  /** Offsets of the quantities the implied combination uses. */
  operands: number[]
  /** Offset of the result. */
  result: number
}

/**
 * The results of a text's sentences that miss the combination their cue implies.
 *
 * @param text A prose text.
 * @returns Equations whose stated result lies outside its rounding of the computed one.
 */
export function sentenceArithmetic(text: string): Equation[] {
  return readings(text).flatMap((r) => (r.equation ? [r.equation] : []))
}

/**
 * Offsets of the numbers that a clear reading of their sentence combines into a stated result
 * (parts of a total, levels of a change: terms, not results), and of the results that reading
 * gives: `arithmetic-slip` leaves them (`140, 95 en 60 meldingen, samen 295` is no 3 × 95).
 *
 * @param text A prose text.
 * @returns The offsets.
 */
export function combinedNumbers(text: string): number[] {
  return readings(text).flatMap((r) => (r.equation ? r.operands : [...r.operands, r.result]))
}

// A quantity per a period restated per another in brackets right after it (`drie uur per week (156
// uur per jaar)`): a term of the sentence, which the tokenizer would drop as a label.
const RESTATED = /(\bper\s+(?:dag|week|maand|kwartaal|jaar)\s*)\(((?:(?:circa|ca\.|ongeveer|ruim|bijna)\s+)?\d[\d.]*(?:,\d+)?\s+\p{L}+\s+per\s+(?:dag|week|maand|kwartaal|jaar))\)/giu

function readings(source: string): Reading[] {
  // (The marks become spaces: offsets still hold for the source.)
  const text = namedParts(source.replace(RESTATED, (_all: string, lead: string, inner: string) => `${lead} ${inner} `))
  const out: Reading[] = []
  // A count of the items of a list after it (`De drie teams behandelden 310, 285 en 240 …`) is no term.
  const terms = (p: { text: string; start: number }): Quantity[] => quantities(p.text, p.start).filter((q) => !countsListItems(text, q.end, real(q.value)))
  for (const paragraph of joinRests(pieces(text, /\n[ \t]*\n|\n(?=[ \t]*(?:[-*+|]|\d+[.)])\s)/g, 0), text)) {
    const sentences = pieces(paragraph.text, /(?<=[.!?])\s+(?=[\p{Lu}€\d])/gu, paragraph.start)
    sentences.forEach((s, i) => {
      const previous = i > 0 ? terms(sentences[i - 1]!) : []
      const qs = namedWholeShares(text, terms(sentences[i]!), previous)
      const twoBack = i > 1 ? terms(sentences[i - 2]!) : []
      qs.forEach((r, k) => {
        // A count of periods between the cue and the result (`gemiddeld over de drie seizoenen 17
        // uur`) is a distractor, not the quantity the cue follows.
        const j = qs.slice(0, k).findLastIndex((q) => !(PERIODS.test(q.unit) && !sameKind(q, r)))
        // `gaat het dan om …` after a percentage laid down in the sentence before: what it comes to.
        const cue = cueOf(text, r, j >= 0 ? qs[j]!.end : s.start, s.start) ?? (COMES_TO.test(text.slice(s.start, r.index)) && carriedPercent(text, r, qs.slice(0, k), previous) ? 'product' : undefined) ?? perSubject(text, r, qs.slice(0, k))
        const following = cue === 'mean' && k === qs.length - 1 ? yearParts(s.text, sentences[i + 1], r) : undefined
        const reading = cue && judge(text, cue, r, qs.slice(0, k), previous, s.start, qs.slice(k + 1), following, twoBack)
        if (reading) out.push(reading)
      })
    })
  }
  return out
}

// A percentage of a whole named by its noun only (`40% van het saldo`), whose amount the sentence before gives
// after that noun (`Het verwachte saldo komt uit op € 2,7 miljoen`): one quantity, the amount it gives.
const OF_NAMED = /^\s*(?:procent\s+)?van\s+(?:het|de)\s+(\p{L}{4,})\b(?![^.;:!?]{0,12}\d)/iu
function namedWholeShares(text: string, qs: Quantity[], previous: Quantity[]): Quantity[] {
  return qs.map((q) => {
    const noun = q.unit === '%' && !q.share ? OF_NAMED.exec(text.slice(q.end, q.end + 60))?.[1] : undefined
    if (!noun) return q
    const start = previous[0] ? Math.max(text.lastIndexOf('. ', previous[0].index), text.lastIndexOf('\n', previous[0].index), 0) : 0
    const wholes = previous.filter((w) => w.unit === '€' && !w.per && !w.share && (text.slice(start, w.index).match(/\p{L}{4,}/gu) ?? []).some((x) => sameNoun(x.toLowerCase(), noun.toLowerCase())))
    if (wholes.length !== 1 || previous.filter((w) => w.unit === '€').length !== 1) return q
    const whole = wholes[0]!
    return { ...whole, value: mul(q.value, whole.value), text: `${q.text} × ${whole.text}`, index: q.index, end: q.end, share: true, whole: { value: whole.value, text: whole.text }, approx: '' }
  })
}

// A paragraph that opens with what is left (`De resterende achterstand van € …`, `Het overige deel`) is the rest
// of the paragraph before: the two are read as one.
const OPENS_REST = /^\s*(?:de|het)\s+(?:resterende|overige)\b/iu
// So is one whose first clause points back at a level just named (`In 2020 was dat nog 13%`).
const OPENS_BACK = /^\s*(?:\S+\s+){0,4}?(?:was|is|waren|zijn|lag|lagen)\s+(?:dat|dit|die|deze)\b/iu
function joinRests(paragraphs: Array<{ text: string; start: number }>, text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = []
  for (const p of paragraphs) {
    const last = out.at(-1)
    if (last && (OPENS_REST.test(p.text) || OPENS_BACK.test(p.text)) && !/^\s*[-*+|#]/u.test(last.text) && !/^\s*[-*+|#]/u.test(p.text)) out[out.length - 1] = { text: text.slice(last.start, p.start + p.text.length).replace(/\n[ \t]*\n/g, (m) => ' '.repeat(m.length)), start: last.start }
    else out.push(p)
  }
  return out
}

// A count of one noun in brackets after each of two or more names of one clause (`Ravenhorst (3.400
// inwoners) en Elst (1.250 inwoners)`): the parts of a list, no labels; the brackets become spaces.
const NAMED_PART = /(?<=\p{Lu}[\p{L}-]*\s)\((\d[\d.]*(?:,\d+)?)\s+(\p{Ll}{3,})\)/gu
const CLAUSE_MARK = /[;:!?]|\.(?!\d)/u
function namedParts(text: string): string {
  if (!text.includes('(')) return text
  const found = [...text.matchAll(NAMED_PART)]
  let out = text
  found.forEach((m, i) => {
    const joined = (a: RegExpMatchArray | undefined, b: RegExpMatchArray | undefined): boolean =>
      a !== undefined && b !== undefined && sameNoun(a[2] ?? '', b[2] ?? '') && !CLAUSE_MARK.test(text.slice((a.index ?? 0) + a[0].length, b.index ?? 0)) && (b.index ?? 0) - (a.index ?? 0) - a[0].length < 80
    if (!joined(found[i - 1], m) && !joined(m, found[i + 1])) return
    const at = m.index ?? 0
    out = `${out.slice(0, at)} ${m[0].slice(1, -1)} ${out.slice(at + m[0].length)}`
  })
  return out
}

// An amount per one of a unit named as the subject of its verb of cost (`kost elke aanvraag € 85`),
// after a count of that unit and one amount of the whole in its sentence: the amount per unit is
// their quotient, as after `gemiddeld`.
function perSubject(text: string, r: Quantity, before: Quantity[]): Cue | undefined {
  if (r.unit !== '€' || !r.per || !SUBJECT_PER.test(text.slice(Math.max(0, r.index - 80), r.index))) return undefined
  const wholes = before.filter((q) => q.unit === '€' && !q.per)
  return wholes.length === 1 && before.some((q) => q.unit !== '€' && q.unit !== '%' && !q.per && q.unit.split(' ').some((u) => sameNoun(u, r.per))) ? 'mean' : undefined
}

// (Any count of the two sentences before may be the whole, every count of its kind after it a part.)
function restOfEarlierWhole(before: Quantity[], r: Quantity): boolean {
  const range = resultRange(r, true)
  const counts = before.filter((q) => sameKind(q, r) && !q.per && !q.share)
  return counts.some((w, i) => {
    const parts = counts.slice(i + 1)
    if (parts.length === 0) return false
    const v = real(sub(w.value, parts.map((q) => q.value).reduce(add)))
    return v >= range.low && v <= range.high
  })
}

// The equation for a result, when its cue implies a clear combination it misses.
function judge(text: string, cue: Cue, r: Quantity, written: Quantity[], prior: Quantity[], sentenceStart: number, next: Quantity[], following?: Quantity[], twoBack: Quantity[] = []): Reading | undefined {
  // A count of a sum with only a participle after it (`31 bomen gekapt en 12 gesnoeid, samen …`) leaves the noun out: a bare count.
  const elided = cue === 'sum' ? written.map((q) => (isParticiple(q.unit) ? { ...q, unit: '' } : q)) : written
  // (And a whole per season spread over the weeks a mean per week counts is a plain whole.)
  const own = spreadWholes(cue, r, elided, [...elided, ...prior])
  const earlier = spreadWholes(cue, r, prior, [...elided, ...prior])
  // (A total per period is the whole of a mean per head or per thing without a period of its own: `60 uur per
  // maand, gemiddeld 12 uur per persoon` is 12 uur per maand each.)
  const periodWhole = (q: Quantity): boolean => PERIODS.test(q.per) && !PERIODS.test(r.per)
  const kinds = (list: Quantity[]): Quantity[] => list.filter((q) => sameKind(q, r) && !(cue === 'mean' && r.per && q.per && !periodWhole(q)))
  const one = (list: Quantity[]): boolean => kinds(list).filter((q) => !q.share && !q.per).length === 1 && list.length === 1
  // A difference after two sentences of one level each (`Aan de kostenkant staat € …. Aan de
  // batenkant staat € …. Per saldo is het nadeel € …`): its levels are theirs.
  // A rest whose one whole stands two sentences back, the sentence between giving only parts (`… kost € 8,2
  // miljoen. We reserveren daarvoor € 3 miljoen. De resterende € …`): that whole and those parts.
  const larger = (q: Quantity): boolean => sameKind(q, r) && real(q.value) > real(r.value)
  const farWhole = cue === 'rest' && !own.some(larger) && !earlier.some(larger) && earlier.some((q) => sameKind(q, r)) && twoBack.filter((q) => sameKind(q, r)).length === 1 && twoBack.some(larger)
  const previous = (cue === 'diff' && kinds(own).length === 0 && one(earlier) && one(twoBack)) || farWhole ? [...twoBack, ...earlier] : earlier
  // None of the result's kind in its own sentence (`Dat zijn 650 leden minder.`): the sentence
  // before holds the operands. One amount and a total (`in 2027 en 2029 ieder € 12.500, in totaal
  // € 25.000`) is a product, not a sum over two sentences; one level and a change may be of
  // another count than the level before (`uitkeringen`, `werkzoekenden`).
  const at = text.slice(sentenceStart, r.index).search(OF_IT)
  const ofIt = at >= 0
  // A rest with no whole in its own sentence takes it from the sentence before (`X leverde € 156.000
  // op. Na aftrek van … € 9.200 resteerde € 146.800`), as after `daarvan`.
  const above = (q: Quantity): boolean => sameKind(q, r) && real(q.value) > real(r.value)
  // (Or from the sentence before that: farWhole.)
  const noWhole = cue === 'rest' && !own.some(above) && (previous.some(above) || farWhole)
  // A change with one level in its sentence (`In 2029 loopt het op tot € 455.000, een stijging van …`)
  // starts from the one level of its kind in the sentence before (`Het budget is in 2026 € 410.000.`).
  const levels = (list: Quantity[]): Quantity[] => kinds(list).filter((q) => !q.share && !q.per)
  // Not when the sentence names a count the sentence before does not (`Eind 2025 was het aantal
  // uitkeringen 1.265. … daalt het aantal werkzoekenden naar 1.140`): that is another measure.
  // A change of counts whose result names them with another noun (`14 peuterspeelzalen … 11: drie locaties
  // minder`) or none: the two counts of its sentence, whatever their nouns, are its levels.
  const counts = (list: Quantity[]): Quantity[] => list.filter((q) => q.unit !== '€' && q.unit !== '%' && !PERIODS.test(q.unit) && !q.share && !q.per)
  const loose = cue === 'diff' && r.unit !== '€' && r.unit !== '%' && levels(own).length < 2 && counts(own).length === 2 && counts([r]).length === 1
  // A sum of counts of one noun whose total names a wider one (`Ravenhorst (3.400 inwoners) en Elst (1.250
  // inwoners) samen 4.650 mensen`): none of its sentence is of the total's noun, all of them of one.
  // The noun may be left out after the first count (`31 bomen gekapt en 12 gesnoeid, samen 43 stammen`): a bare
  // count is of the counts named around it. (Full-time posts are no count of people: `12 medewerkers …, samen 9 fte`.)
  const named = own.filter((q) => q.unit !== '')
  const looseSum = cue === 'sum' && counts([r]).length === 1 && r.unit !== '' && !FULL_TIME.test(r.unit) && named.length >= 1 && kinds(named).length === 0 && counts(own).length >= 2 && counts(own).length === own.length && named.every((q) => sameKind(q, named[0]!))
  const startBefore = cue === 'diff' && !loose && levels(own).length === 1 && levels(previous).length === 1 && sameMeasure(text, previous[0]!, sentenceStart, r.index)
  // A rate per a unit whose count the sentence before gives (`We bezoeken 320 adressen. Met € 95 per
  // adres is … nodig`): the count is borrowed.
  const countOf = (list: Quantity[], rate: Quantity): boolean => list.some((q) => countsUnit(q, rate.per))
  // (So may amounts per one unit under a sum word: `Per paal € 210 voor de lamp en € 90 voor de montage, in totaal …`.)
  const rates = kinds(own).filter((q) => q.per)
  const perSum = cue === 'sum' && rates.length >= 2 && rates.length === kinds(own).length
  const countBefore = ((cue === 'product' || perSum) && own.some((q) => q.per && sameKind(q, r) && !countOf(own, q) && countOf(previous, q))) ||
    // Likewise a mean per a unit counted only in the sentence before (`… hebben er 9 een kantine. Die
    // tellen samen 270 leden, gemiddeld 30 per club`).
    (cue === 'mean' && r.per !== '' && !countOf(own, r) && countOf(previous, r) && kinds(own).some((q) => !q.per))
  const borrow = (kinds(own).length === 0 && !looseSum) || noWhole || startBefore || countBefore || (cue === 'rest' && ofIt && !own.some((q) => sameKind(q, r) && q.index < sentenceStart + at))
  // The result first, its parts after a colon or in brackets right after it (`gemiddeld 212 per jaar
  // (2023: 190, 2024: 205, 2025: 226)`): those parts are the operands.
  const parts = (cue === 'mean' || cue === 'sum') && kinds(own).length < 2 ? (partsAfterResult(text, r, next) ?? following) : undefined
  const leads = parts !== undefined
  const operands = parts ?? (borrow ? [...previous, ...own] : own)
  if (measuredElsewhere(text, cue, r, operands, sentenceStart, parts?.at(-1)?.end)) return undefined
  // `… ten hoogste 15 procent van de huurwoningen … . Bij de verwachte 360 woningen zijn dat er hooguit 54.`
  const carried = cue === 'product' ? carriedPercent(text, r, own, earlier) : undefined
  const implied = carried ?? imply(text, sentenceStart, cue, r, operands, loose || looseSum ? counts(own) : kinds(operands), !leads && borrow && cue === 'rest' && (ofIt || noWhole) ? previous.filter(above) : [])
  if (!implied) return undefined
  const range = resultRange(r)
  const v = real(implied.value)
  const held = { operands: implied.terms.map((q) => q.index), result: r.index }
  // Round half up: a value exactly half a step above a plain result rounds to the next step (a
  // mean of 315 is written 320, never 310), so that end of its range is open.
  const open = r.approx === '' && Math.abs(v - range.high) <= 1e-9 * Math.max(1, Math.abs(range.high))
  if (v >= range.low && v <= range.high && !open) return held
  // More than twice off: the result counts something else than these quantities.
  const ratio = real(r.value) / v
  if (!(ratio > 0.5 && ratio < 2)) return undefined
  // A list of three or more parts of one sentence, each below the total: some of them adding up to
  // it is a part left out (`ontwikkeling, marketing en beheer, samen` the first two), not a reading.
  const list = cue === 'sum' && implied.terms.length >= 3 && implied.terms.every((q) => q.index >= sentenceStart && real(q.value) < real(r.value))
  if (combinationHolds(operands, resultRange(r, true), !list, r)) return held
  // A rest whose whole stands in the sentence before (`In 2030 zijn er 96 plekken. Van deze gaan er
  // 40 naar … en 25 naar …; de overige 31 …`): that whole minus every part of its own sentence.
  if (cue === 'rest' && restOfEarlierWhole([...twoBack, ...earlier, ...own], r)) return held
  // A percentage in words (`3 procentpunt`) is compared as the number it writes, not as a fraction.
  const scale = r.unit === '%' && !r.text.includes('%') && !r.share ? 100 : 1
  const center = make(BigInt(Math.round(((range.low + range.high) / 2) * scale * 1e6)), 1000000n)
  const half = make(BigInt(Math.round(((range.high - range.low) / 2) * scale * (open ? 0.999 : 1) * 1e6)), 1000000n)
  return { ...held, equation: { expression: implied.expression, computed: scale === 1 ? implied.value : mul(implied.value, make(100n, 1n)), stated: center, result: r.text, index: r.index, tolerance: half, final: true, arithmetic: true, fallback: true } }
}


// Pieces of a text between the matches of a separator, with their offsets.
function pieces(text: string, separator: RegExp, offset: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = []
  let last = 0
  for (const m of text.matchAll(separator)) {
    out.push({ text: text.slice(last, m.index), start: offset + last })
    last = (m.index ?? 0) + m[0].length
  }
  out.push({ text: text.slice(last), start: offset + last })
  return out
}
