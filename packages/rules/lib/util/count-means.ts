/**
 * A mean of a counted thing per counted unit, without euros: "Het team telt 12 fte en begeleidt
 * 390 trajecten, gemiddeld 35 trajecten per fte." The noun before `per` names what the total
 * counts, the noun after it what the divisor counts; the mean should be the one divided by the other.
 */

import { NUMBER } from './amount-change.js'
import { div, make, mul, type Rational } from './exact-number.js'
import { beyond, dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { numbersBesidesYears, tableMeanTerms } from './table-mean-terms.js'
import { countsNoun, countValue, near, oneSided, roundedToWhole, roundingWord } from './per-noun-means.js'
import { isMeasureUnit, showRatio, unitFactor } from './unit-scales.js'
import { paragraphSentences } from './text.js'
import { isYearNumber, TIME_UNITS } from './year-numbers.js'

const APPROX = String.raw`gemiddeld|circa|ongeveer|ruim|bijna|zo['’]n`
// What a mean counts: a noun, or a unit of measure, which may be short (`kg`, `m³`).
const THING = String.raw`[\p{L}²³-]{3,}|[\p{L}²³]{1,2}(?=\s)`
// `(gemiddeld) 35 trajecten per fte`.
// `each` after a preposition says `per` too: `35 trajecten voor elke fte`, `14 uur in iedere zaak`.
const PER = String.raw`(?:per|(?:in|voor|op|aan|bij)\s+(?:elk|ieder)e?)`
// An adjective may stand before the thing (`34 werkloze jongeren per kern`): group 3, the thing 4, the unit 5;
// not the adjective of a unit (`vierkante meter`), which is part of the thing.
const MEAN = new RegExp(String.raw`(?:\b(${APPROX})\s+)?(?<![€\d.,]\s?)\b(${NUMBER})\s+(?:(?!(?:vierkante|kubieke|strekkende)\b)(\p{Ll}[\p{L}-]{2,})\s+)?(${THING})\s+${PER}\s+([\p{L}-]{2,})`, 'giu')
// The unit first: `per paal is dat ongeveer 260 kWh`, `per wijk komt dat neer op 14 meldingen`.
const MEAN_AFTER = new RegExp(String.raw`\bper\s+([\p{L}-]{2,})\s+(?:is|zijn|komt|komen)\s+(?:dat|dit|het)\s+(?:(?:neer\s+|uit\s+)?op\s+)?(?:(${APPROX})\s+)?(?<![€\d.,]\s?)(${NUMBER})\s+(${THING})`, 'giu')
// A plain count and the words after it (`390 trajecten`, `2 oudste wijken`, `705 MWh`); no euros, no
// percentages. A year may stand right before it (`in 2025 1.860 ton`).
// A count may be a number word (`de vijf speeltuinen … per speeltuin`); countValue keeps only those.
export const COUNT = new RegExp(String.raw`(?<![€\d.,]|[€.,]\s)\b(${NUMBER}|\p{L}+)(?![\d%])(?=((?:\s+[\p{L}²³-]+){1,3}))`, 'giu')
// The unit before the mean, with `gemiddeld`: `Per wedstrijd kwamen er gemiddeld 310 toeschouwers`,
// `Een wedstrijd trok (in 2025) gemiddeld ruim 310 toeschouwers`, `Elke hal werd gemiddeld 40 uur verhuurd`.
// Group 1 the unit, 2 a rounding word, 3 the mean, 4 the thing; no number between but a year.
const BETWEEN = String.raw`(?:(?!\b(?:per|een|elke?|iedere?)\s)[^\d€%.;:!?]|(?<![\d.,])(?:19|20)\d{2}(?![\d.,])){0,60}?`
// `gemiddeld (uit) op` too (`komt een teamlid gemiddeld op 80 casussen`); group 5 the word after the
// thing, its noun when the thing is an adjective (`gemiddeld 11 openbare parkeerplaatsen`).
const UNIT_FIRST = new RegExp(String.raw`\b(?:per|een|elke?|iedere?)\s+([\p{L}-]{3,})\b${BETWEEN}\bgemiddeld\s+(?:(?:uit\s+)?op\s+)?(?:(circa|ongeveer|ruim|bijna|zo['’]n)\s+)?(?<![€\d.,]\s?)(${NUMBER})\s+(${THING})(?:\s+(\p{Ll}[\p{L}-]{2,}))?`, 'giu')
// The whole the mean is over counted before it (`Gemiddeld trokken de zes markten 4.250 bezoekers`,
// `De vier scholen tellen gemiddeld 290 leerlingen`): group 1 the count, 2 the unit, 3 a rounding word,
// 4 the mean, 5 the thing; `gemiddeld` before the mean's number, anywhere in its sentence.
const WHOLE_FIRST = new RegExp(String.raw`\b(?:de|het|onze|alle|deze|die)\s+(\d[\d.]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+([\p{L}-]{3,})\b${BETWEEN}(?:\bgemiddeld\s+(?:(?:uit\s+)?op\s+)?)?(?:(circa|ongeveer|ruim|bijna|zo['’]n)\s+)?(?<![€\d.,]\s?)(${NUMBER})\s+(${THING})`, 'giu')
const HAS_MEAN_WORD = /\bgemiddeld\b/iu
// A count after the mean that names what it is over: `gemiddeld 120.000 kWh per hal bij zes hallen`.
const OVER_AFTER = /^\s*,?\s*(?:bij|over|voor|verdeeld\s+over)\s+(?:de\s+|het\s+|onze\s+)?(\d[\d.]*|\p{L}+)\s+((?:[\p{L}-]+\s*){1,2})/iu
// A word that makes the number a mean of the numbers before, not a norm or a target (`de norm is 10 … per wijk`).
export const MEAN_WORD = /\b(?:gemiddelde?|dat\s+(?:is|zijn)|dit\s+(?:is|zijn)|ofwel|oftewel|neerkomt|neer\s+op)\b/iu
const POOLED_AFTER = /\b(?:samen|in\s+totaal|totaal|bij\s+elkaar|opgeteld)\s+(?:(?:ruim|bijna|circa|ongeveer)\s+)?\d/iu
// A word after the thing that starts another phrase, not the thing's noun.
const PHRASE_END = /^(?:per|van|voor|en|of|in|op|met|aan|bij|naar|uit|te|om|door|tot|over|is|zijn|was|waren|binnen)$/iu
// Units of time make a rate, not a mean over counted things (`per jaar` is per-year-means').
export const TIME = /^(?:jaar|maand|week|dag|uur|kwartaal|keer)$/iu

/** A mean of a counted thing per counted unit, as a sentence writes it. */
export interface Mean {
  approx: string
  written: string
  thing: string
  unit: string
  /** The other word of an adjective and its noun (`werkloze jongeren`): the one of them a table column may name. */
  alt?: string
  /** Offset of the mean's number in its sentence. */
  at: number
  /** Offset in the sentence where the mean's words end. */
  end: number
}

// The means of a sentence in both orders; a short unit (`kg`) only when it is a unit of measure.
export function meansOf(sentence: string): Mean[] {
  const out: Mean[] = []
  for (const m of sentence.matchAll(MEAN)) {
    const [all, approx = '', written = '', adjective, thing = '', unit = ''] = m
    out.push({ approx, written, thing, unit, ...(adjective ? { alt: adjective } : {}), at: (m.index ?? 0) + all.indexOf(written), end: (m.index ?? 0) + all.length })
  }
  for (const m of sentence.matchAll(MEAN_AFTER)) {
    const [all, unit = '', approx = '', written = '', thing = ''] = m
    // `per … is dat` restates what the sentence before it gives: a mean word in itself.
    out.push({ approx: approx || 'dat is', written, thing, unit, at: (m.index ?? 0) + all.lastIndexOf(written), end: (m.index ?? 0) + all.length })
  }
  for (const m of sentence.matchAll(UNIT_FIRST)) {
    const [all, unit = '', approx = '', written = '', thing = '', after] = m
    // A mean read per a unit of time (`80 casussen per jaar`) is per the unit before it (`een teamlid`).
    const same = out.findIndex((x) => x.written === written)
    if (same >= 0 && !(TIME.test(out[same]!.unit) && !TIME.test(unit))) continue
    if (same >= 0) out.splice(same, 1)
    const end = (m.index ?? 0) + all.length - (after ? all.length - all.lastIndexOf(after) + 1 : 0)
    out.push({ approx: approx || 'gemiddeld', written, thing, unit, ...(after && !PHRASE_END.test(after) ? { alt: after } : {}), at: (m.index ?? 0) + all.lastIndexOf(written), end })
  }
  for (const m of sentence.matchAll(WHOLE_FIRST)) {
    const [all, , unit = '', approx = '', written = '', thing = ''] = m
    const at = (m.index ?? 0) + all.lastIndexOf(written)
    if (out.some((x) => x.at === at) || !HAS_MEAN_WORD.test(sentence.slice(0, at)) || TIME.test(unit)) continue
    out.push({ approx: approx || 'gemiddeld', written, thing, unit, at, end: (m.index ?? 0) + all.length })
  }
  return out.filter((x) => x.thing.length >= 3 || isMeasureUnit(x.thing))
}

// How many of the mean's thing one of a total's units holds: 1 for the same noun, the ratio of two
// units of one measure (`705 MWh` against `kWh per paal`: 1.000), undefined for another thing.
export function factorOf(words: string, thing: string): Rational | undefined {
  if (countsNoun(words, thing)) return make(1n, 1n)
  const first = words.trim().split(/\s+/u)[0] ?? ''
  return unitFactor(first, thing)
}

/**
 * Every mean of a counted thing per counted unit whose total and divisor stand in the same or the
 * two sentences before, within one paragraph.
 *
 * @param text A prose text.
 * @param groups The runs of sentences to read (default: its paragraphs).
 * @param tablesOnly Read the terms from the tables only (the sentences of the chapter before are no terms).
 * @returns The means as equations (`390 ÷ 12`), with the rounding of the mean as tolerance.
 */
export function countMeans(text: string, groups = paragraphSentences(text), tablesOnly = false): Equation[] {
  const out: Equation[] = []
  // One paragraph at a time, unless the caller ties a count from further back in (distant-divisors).
  for (const sentences of groups) {
    sentences.forEach((sentence, s) => {
      for (const { approx, written, thing, unit, alt, at, end } of meansOf(sentence.text)) {
        if (isYearNumber(written)) continue
        // Per year over the years a table's rows are (`over de vijf jaren gemiddeld 428 meldingen per
        // jaar` below a row per year): the clause counts those years; the rows give the total.
        if (TIME.test(unit)) {
          const clause = clauseOf(sentence.text, at)
          const read = YEAR_COUNT.test(clause) && (approx || MEAN_WORD.test(clause)) ? tableMean(text, clause, { approx, written, thing, unit, ...(alt ? { alt } : {}) }, sentence.index + at) : undefined
          if (read) out.push(read)
          continue
        }
        if (!approx && !MEAN_WORD.test(sentence.text.slice(0, at))) continue
        const meanAt = sentence.index + at
        // The counts before the mean in its sentence and the two before it.
        const counts = sentences
          .slice(Math.max(0, s - 2), s + 1)
          .flatMap((t) => [...t.text.matchAll(COUNT)].map((c) => ({ at: t.index + (c.index ?? 0), text: c[1] ?? '', noun: c[2] ?? '' })))
          .filter((c) => c.at < meanAt - 1 && !isYearNumber(c.text) && countValue(c.text) !== undefined && !ofRatio(text, c.at))
        let totals: Array<{ at: number; text: string; noun: string; factor: Rational }> = counts.flatMap((c) => {
          const factor = factorOf(c.noun, thing)
          return factor ? [{ ...c, factor }] : []
        })
        // Several: the one in the mean's own sentence (a mean of the sentence before is no total).
        if (totals.length > 1) totals = totals.filter((c) => c.at >= sentence.index)
        let divisors = counts.filter((c) => countsNoun(c.noun, unit) && !factorOf(c.noun, thing))
        // None before: the count the mean is over may follow it (`… per hal bij zes hallen`).
        const over = OVER_AFTER.exec(sentence.text.slice(end))
        if (divisors.length === 0 && over && countsNoun(over[2] ?? '', unit)) divisors = [{ at: meanAt, text: over[1] ?? '', noun: over[2] ?? '' }]
        // A measured total (`390 MWh`) over one count in the mean's sentence, the mean in a smaller
        // unit per another word for the counted thing (`door 61 zuilen, ruim 7.000 kWh per mast`):
        // with one count there is nothing else the mean can be over.
        if (divisors.length === 0 && totals.length === 1 && isMeasureUnit(thing) && totals[0]!.factor.n !== totals[0]!.factor.d) {
          const own = counts.filter((c) => c.at >= sentence.index && !factorOf(c.noun, thing) && !TIME.test(c.noun.trim().split(/\s+/u)[0] ?? ''))
          if (own.length === 1 && totals[0]!.at >= sentence.index) divisors = own
        }
        // A total the sentence itself spreads over a count (`in totaal 75 gasten, verspreid over vijf
        // middagen; dat zijn gemiddeld 15 bezoekers per keer`): the spreading ties total and divisor,
        // whatever nouns the mean uses for them.
        if (divisors.length === 0 || totals.length === 0) {
          const spread = spreadTotal(sentence.text.slice(0, at))
          if (spread) [totals, divisors] = [[{ ...spread.total, at: sentence.index + spread.total.at, factor: make(1n, 1n) }], [{ ...spread.divisor, at: sentence.index + spread.divisor.at }]]
        }
        // Neither one total nor a second count in the sentences: the terms may stand in a table of the text.
        if (tablesOnly || (totals.length !== 1 && divisors.length <= 1) || (totals.length === 1 && divisors.length === 0)) {
          const clause = clauseOf(sentence.text, at)
          // A clause that points back (`een verzoek kostte daar gemiddeld 20 uur`) to a part the sentence counts (`met 74
          // verzoeken`) means that part's row, not the table's total row.
          if (POINTS_TO_PLACE.test(clause) && numbersBesidesYears(sentence.text.replace(clause, ' ')).length > 0) continue
          const read = tableMean(text, clause, { approx, written, thing, unit, ...(alt ? { alt } : {}) }, meanAt)
          if (read) out.push(read)
          continue
        }
        // One of each, or the sentence is about more than one group.
        if (totals.length !== 1 || divisors.length !== 1) continue
        const divisor = countValue(divisors[0]!.text)
        if (divisor === undefined || divisor.n === 0n) continue
        const total = totals[0]!
        // A bare pooled total between the total and the mean (`… = 48 plekken nodig, samen 136. Dat
        // is gemiddeld …`) pools that total with others: the mean is over the pooled one.
        if (POOLED_AFTER.test(text.slice(total.at + total.text.length, meanAt))) continue
        const computed = div(mul(dutchNumber(total.text), total.factor), divisor)
        const stated = dutchNumber(written)
        if (!near(computed, stated)) continue
        const scale = total.factor.n === total.factor.d ? '' : showRatio(total.factor)
        // A count word is shown as the number it names (`118 ÷ 4`).
        const e = proseEquation(`${total.text}${scale} ÷ ${/^\d/u.test(divisors[0]!.text) ? divisors[0]!.text : String(divisor.n)}`, computed, { text: written, value: stated, index: meanAt }, roundingWord(approx) && approx !== 'dat is')
        // A mean is rounded to whole units at least.
        out.push(oneSided(roundedToWhole(e), approx))
      }
    })
  }
  return out
}

// A mean whose total and count a table of the text gives (table-mean-terms): of the totals it
// offers (its total row and its rows' sum), the one that gives the mean, else the first.
function tableMean(text: string, sentence: string, mean: Pick<Mean, 'approx' | 'written' | 'thing' | 'unit' | 'alt'>, meanAt: number): Equation | undefined {
  // The adjective's column first (`Werkloos` for `werkloze jongeren`), then the noun's; people who
  // work (`werken 50 mensen`) are the jobs a table counts.
  const things = [mean.alt, mean.thing].filter((t): t is string => t !== undefined)
  if (WORKING.test(sentence) && things.some((t) => WORKERS.test(t))) things.push('banen')
  let terms: ReturnType<typeof tableMeanTerms>
  for (const thing of things) if ((terms = tableMeanTerms(text, sentence, thing, mean.unit))) break
  if (!terms || terms.divisor.value.n === 0n) return undefined
  const stated = dutchNumber(mean.written)
  const readings = terms.totals.map((total) => {
    const computed = div(total.value, terms.divisor.value)
    const e = proseEquation(`${total.text} ÷ ${terms.divisor.text}`, computed, { text: mean.written, value: stated, index: meanAt }, roundingWord(mean.approx))
    // A mean written in tens (`ruim 80`) is rounded coarser than to wholes already: its own step is its rounding.
    return oneSided(TENS.test(mean.written) ? e : roundedToWhole(e), mean.approx)
  })
  const first = readings[0]
  if (!first || !near(first.computed, stated)) return undefined
  return readings.find((e) => !beyond(e.computed, e.stated, e.tolerance)) ?? first
}

// Words of a clause that point to a place its sentence named before (`daar`, `hier`).
const POINTS_TO_PLACE = /\b(?:daar|daarbij|daarvan|hier|hiervan|ervan)\b/iu

// The second number of a ratio (`vier op de tien jongeren`) counts no total.
const RATIO_BEFORE = /(\S+)\s+op\s+de\s+$/u
const ofRatio = (text: string, at: number): boolean => {
  const word = RATIO_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1]
  return word !== undefined && countValue(word) !== undefined
}

/**
 * The means of a text whose terms a table gives, read with the chapter before the text (see
 * earlier-texts): a table in `3.1` whose totals a mean in `3.2` divides.
 *
 * @param text The chapter's earlier texts and the text.
 * @returns The means as equations.
 */
export const tableCountMeans = (text: string): Equation[] => countMeans(text, paragraphSentences(text), true)

const YEAR_COUNT = /\b(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+ja(?:ar|ren)\b/iu
const TENS = /^[1-9][\d.]*0$/u
const WORKING = /\bwerk(?:en|t|te|ten)\b/iu
const WORKERS = /^(?:mensen|personen|werknemers|werkenden|medewerkers)$/iu
// A clause ends at a semicolon or at a comma before a conjunction (`…, en dat is meer dan de norm van 70`).
const CLAUSES = /;|,\s+(?=(?:en|maar|terwijl|tegen|dus|want|omdat|waarmee)\b)/giu

/** The clause of a sentence that holds the offset `at`: the numbers of other clauses are no terms of its mean. */
export function clauseOf(sentence: string, at: number): string {
  let from = 0
  for (const m of sentence.matchAll(CLAUSES)) {
    const i = m.index ?? 0
    if (i >= at) return sentence.slice(from, i)
    from = i + m[0].length
  }
  return sentence.slice(from)
}

// `75 gasten, verspreid over vijf middagen`: a count, a few words without numbers, and a count it is spread over.
const SPREAD = new RegExp(String.raw`(?<![€\d.,]|[€.,]\s)\b(${NUMBER}|\p{L}+)\s+([\p{L}-]+)[^\d€%;:.!?]{0,60}?\b(?:verdeeld|verspreid|gespreid)\s+over\s+(?:de\s+|het\s+)?(${NUMBER}|\p{L}+)\s+([\p{L}-]+)[^\d€%]*$`, 'iu')

type Count = { at: number; text: string; noun: string }

// A spread over units of time is a rate over years, not a mean per thing.
const SPREAD_TIME = new RegExp(`^(?:${TIME_UNITS}|kwartalen)$`, 'iu')

// The one total and divisor a clause spreads before its mean, with their offsets in it.
function spreadTotal(before: string): { total: Count; divisor: Count } | undefined {
  const m = SPREAD.exec(before)
  if (!m) return undefined
  const [, total = '', noun = '', over = '', unit = ''] = m
  if (isYearNumber(total) || countValue(total) === undefined || countValue(over) === undefined || SPREAD_TIME.test(unit)) return undefined
  const at = m.index ?? 0
  return { total: { at, text: total, noun }, divisor: { at: at + m[0].indexOf(over, m[0].search(/verdeeld|verspreid|gespreid/iu)), text: over, noun: unit } }
}

