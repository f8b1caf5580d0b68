/**
 * A mean per counted thing, with the count and the total in the sentence or the sentences before
 * it: "Vorig jaar kregen 160 verenigingen samen € 1,28 miljoen. Per vereniging was dat
 * gemiddeld € 8.000." The noun after `per` names what the count counts (`vereniging` and
 * `verenigingen`), which ties the three numbers together however the sentences are worded; the mean
 * should be the total divided by the count, within the rounding it is written with.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { div, make, near, type Rational } from './exact-number.js'
import { add, dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { namesUnit, shortForm } from './unit-nouns.js'
import { paragraphSentences } from './text.js'
import { isYearNumber, TIME_UNITS } from './year-numbers.js'

const APPROX = String.raw`(?:circa|ca\.|ongeveer|ruim|bijna|zo['’]n|gemiddeld)`
// `(gemiddeld|ruim) € 21.000 per subsidie`, also with an adjective before the noun (`per nieuwe woning`).
const MEAN = new RegExp(String.raw`(?:(${APPROX})\s+)?€\s*(${NUMBER})(?![\d%])\s+per\s+([\p{L}-]{3,})(?:\s+([\p{L}-]{3,}))?`, 'giu')
// The unit first, the amount after it, in a sentence that says the amount is worked out: `Per kind
// komt dat op € 210`, `kost elk bezoek de gemeente ongeveer € 9`. Group 1 the noun; no number between.
// A unit of time is skipped, so `per jaar kost elke rit` reads from `elke rit` (and `per leerling per jaar € 31` from `per leerling`).
const MEAN_AFTER = new RegExp(String.raw`\b(?:per|elke?|iedere?)\s+(?!(?:jaar|maand|week|dag|uur|kwartaal)\b)([\p{L}-]{3,})\b[^€\d.;:!?()]{0,50}?(?:\b(${APPROX})\s+)?€\s*(${NUMBER})(?![\d%])`, 'giu')
/** Words that say a figure is worked out from others, not set (a fee, a norm): `omgerekend`, `komt dat op`. */
export const WORKED_OUT = /\b(?:gemiddeld|omgerekend|dat\s+(?:is|zijn)|is\s+dat|komt\s+(?:dat|dit|het)|komen\s+(?:de|die|deze)|neer\s+op|daarmee|hiermee)\b/iu
/** A bound per thing is a norm, not a quotient (`maximaal € 250 per kind`). */
export const BOUND = /\b(?:maximaal|minimaal|ten\s+hoogste|ten\s+minste|hooguit|minstens|tot\s+een\s+maximum)\b/iu

// The means of a sentence in both orders, as [all, approx, written, noun, second noun] with their offsets.
function meansOf(text: string): Array<{ groups: [string, string | undefined, string, string, string | undefined]; index: number }> {
  const out = [...text.matchAll(MEAN)].map((m) => ({ groups: [m[0], m[1], m[2] ?? '', m[3] ?? '', m[4]] as [string, string | undefined, string, string, string | undefined], index: m.index ?? 0 }))
  if (BOUND.test(text)) return out
  for (const m of text.matchAll(MEAN_AFTER)) {
    // Worked out: a word of the sentence says so, or a rounding word before the amount (`ongeveer € 9`).
    if (!m[2] && !WORKED_OUT.test(text)) continue
    // A `per` the € form already reads (`€ 35 per inwoner`) is no second mean.
    if (out.some((o) => o.index <= (m.index ?? 0) && (m.index ?? 0) < o.index + o.groups[0].length)) continue
    out.push({ groups: [m[0], m[2], m[3] ?? '', m[1] ?? '', undefined], index: m.index ?? 0 })
  }
  return out
}
// Where the amounts stand that are themselves a mean per counted thing (`ruim € 8 per bezoek`): no
// total of another mean. An amount per unit of time (`€ 778.000 per jaar`) can be one.
const meanAmounts = (text: string): Set<number> =>
  new Set(meansOf(text).filter((m) => !TIME.test(m.groups[3])).map((m) => m.index + m.groups[0].indexOf('€')))

// An inflected adjective (`nieuwe`, `ingehuurde`, `actieve`): the noun after it is what is counted.
const ADJECTIVE = /^\p{Ll}[\p{L}-]{3,}e$/u
// A count and the words after it, where its noun stands after a few adjectives: `214 subsidies`,
// `veertig kleine verenigingen`. A lookahead, so `6 culturele verenigingen` is not taken as a count
// of `culturele` that hides the count of `verenigingen`.
const COUNT = new RegExp(String.raw`(?<![€\d.,]\s?)\b(${NUMBER}|\p{L}+)(?=((?:\s+[\p{L}-]+){1,3}))`, 'giu')
// Words that end the count's noun phrase: a preposition or conjunction starts another phrase (`12 trajecten per vereniging`).
const PHRASE_END = /^(?:per|van|voor|en|of|in|op|met|aan|bij|naar|uit|te|om|door|tot|over)$/iu

// A count of people followed by the particle of `meedoen` or `deelnemen` (`deden 60 ouderen mee`,
// `namen 450 kinderen deel`): they are the participants, whatever noun names them.
const TAKES_PART = /^\s*(?:[\p{Ll}-]+\s+){1,2}?(?:mee|deel)\b/u

// Whether a count's words name the noun after `per`: the first word that does, before the phrase ends.
export const countsNoun = (words: string, noun: string): boolean => {
  if (TAKES_PART.test(words) && /^deelnemer/iu.test(noun)) return true
  const list = words.trim().split(/\s+/u)
  const names = (word: string): boolean => word.length >= 3 && (namesUnit(word, noun) || irregularPlural(word, noun))
  // One count of two nouns joined by `en` counts the second as well (`20 gymzalen en sporthallen`, `per hal`).
  if (list.length === 3 && /^en$/iu.test(list[1] ?? '') && names(list[2] ?? '')) return true
  for (const word of list) {
    if (PHRASE_END.test(word)) return false
    // (The counted noun may be the last part of a compound unit: `400 plekken`, `per fietsplek`; `30 huizen`, `per woonhuis`.)
    // (A unit in `-s` keeps it: its stem is that of its plural, as in namesUnit.)
    if (names(word) || shortForm(word, noun) || (/s$/iu.test(noun) && shortForm(word, `${noun}en`))) return true
  }
  return false
}

// Plurals outside the regular endings, also at the end of a compound (`jeugdleden`): `-eren`
// (`kinderen` of `kind`) and a short `i` or `a` that becomes a long `e`
// (`leden` of `lid`, `steden` of `stad`, `schepen` of `schip`).
function irregularPlural(word: string, unit: string): boolean {
  const [w, u] = [word.toLowerCase(), unit.toLowerCase()]
  if (u.length >= 3 && w.endsWith(`${u}eren`)) return true
  const short = /^(.*)[ia]([^aeiou])$/u.exec(u)
  return short !== null && u.length >= 3 && w.endsWith(`${short[1]}e${short[2]}en`)
}
const AMOUNT = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])`, 'giu')
/**
 * Whether the word before a mean rounds it (`ongeveer`, `ruim`, `zo'n`): `gemiddeld` does not; it
 * says the figure is a mean, written to its own digits (`gemiddeld € 40.000` for 36.000 misses by
 * a tenth).
 */
export const roundingWord = (approx: string | undefined): boolean => Boolean(approx) && !/^gemiddeld$/iu.test(approx ?? '')

// Units of time are rates of another kind (`per jaar` over a number of years is plan-period-totals').
const TIME = new RegExp(`^(?:${TIME_UNITS})$`, 'iu')

/** A count in digits or in words (`zes hallen`); not `een`, which is an article far more often. */
export function countValue(written: string): Rational | undefined {
  if (/^\d/u.test(written)) return dutchNumber(written)
  // `een` is an article far more often than a count.
  if (/^(?:een|één)$/iu.test(written)) return undefined
  const n = parseNumberWord(written.toLowerCase())
  return n === undefined ? undefined : make(BigInt(n), 1n)
}

const countOf = (written: string): number | undefined => {
  if (/^\d/.test(written)) return isYearNumber(written) ? undefined : Number(written.replace(/\./g, '').replace(',', '.'))
  return /^(?:een|één)$/iu.test(written) ? undefined : parseNumberWord(written.toLowerCase())
}

/**
 * Every mean per counted thing whose count and total the text gives in the same paragraph.
 *
 * @param text A prose text.
 * @returns The means as equations (`€ 1,28 miljoen ÷ 160`), with the rounding of the mean as tolerance.
 */
export function perNounMeans(text: string, groups = paragraphSentences(text)): Equation[] {
  const out: Equation[] = []
  // A blank line ends a paragraph: the mean and its numbers stand in one (unless the caller ties
  // paragraphs together, see carried-means).
  for (const sentences of groups) {
    sentences.forEach((sentence, s) => {
      for (const m of meansOf(sentence.text)) {
        const [all, approx, written, first, second] = m.groups
        if (TIME.test(first)) continue
        const index = sentence.index + (m.index ?? 0) + all.indexOf(written)
        const meanAt = sentence.index + (m.index ?? 0) + all.indexOf('€')
        // The total stands before the mean: an amount after it is what the rate gives (`€ 60 per pas kost € 10.800`).
        // With years, only the amounts dated in one of them (`€ 515.000 in 2027`, `in 2027 € 515.000`).
        const others = (t: { index: number; text: string }, years: string[] = []): string[] => {
          const means = meanAmounts(t.text)
          return [...t.text.matchAll(AMOUNT)]
            .filter((a) => t.index + (a.index ?? 0) < meanAt && !means.has(a.index ?? 0))
            .filter((a) => years.length === 0 || years.some((y) => datedIn(t.text, a.index ?? 0, a[0].length, y)))
            .map((a) => a[1] ?? '')
        }
        if (others(sentence).length === 0 && [...sentence.text.matchAll(AMOUNT)].some((a) => sentence.index + (a.index ?? 0) > meanAt)) continue
        // The count of that noun in this sentence or the two before; the total is the one other
        // amount in its sentence, or in the sentence of the mean.
        const window = sentences.slice(Math.max(0, s - 2), s + 1).reverse()
        // `per gehuurde bus`: the noun after the adjective, when the window counts it.
        const counted = (noun: string): boolean => window.some((w) => [...w.text.matchAll(COUNT)].some((c) => countsNoun(c[2] ?? '', noun)))
        const noun = second !== undefined && ADJECTIVE.test(first) && counted(second) ? second : first
        for (const earlier of window) {
          const counts = [...earlier.text.matchAll(COUNT)].filter((c) => countsNoun(c[2] ?? '', noun) && countOf(c[1] ?? '') !== undefined)
          if (counts.length !== 1) continue
          const count = countOf(counts[0]![1] ?? '')!
          // The total in the count's sentence, else in the mean's, else the one amount of the
          // other sentences in view (`De lasten zijn € 1,26 miljoen. Er wonen 42 cliënten.`).
          const source = others(earlier).length > 0 ? [earlier] : others(sentence).length > 0 ? [sentence] : window.filter((w) => w !== earlier && w !== sentence)
          let totals = source.flatMap((t) => others(t))
          // Amounts of several years: the one of a year the mean names (`de lasten in 2026 … per huishouden`).
          const years = sentence.text.match(/\b(?:19|20)\d{2}\b/gu) ?? []
          if (totals.length > 1 && years.length > 0) totals = source.flatMap((t) => others(t, years))
          // Amounts of several things in another sentence: the one whose clause names what the
          // count's or the mean's sentence is about (`€ 3,9 miljoen aan inhuur, naast € 19 miljoen
          // loonsom` before `de inhuur was 20 fte`).
          if (totals.length > 1 && !source.includes(earlier) && !source.includes(sentence)) totals = tiedTotals(source, [earlier.text, sentence.text])
          if (totals.length !== 1 || count < 2) break
          const total = totals[0]!
          // A mean per thing per year of a total over several years (`in vier jaar € 2,4 miljoen …
          // € 25 per inwoner per jaar`): the total is spread over those years too.
          // (Not a bound: `maximaal € 800 per deelnemer per jaar` is a ceiling, whatever the total.)
          const spread = !BOUND.test(sentence.text.slice(Math.max(0, meanAt - sentence.index - 25), meanAt - sentence.index)) && PER_THING_PER_YEAR.test(sentence.text.slice(m.index ?? 0, (m.index ?? 0) + all.length + 12)) ? spanYears([...source, sentence].map((t) => t.text), total) : 1
          const computed = div(dutchNumber(total), make(BigInt(Math.round(count * spread * 1000)), 1000n))
          const stated = dutchNumber(written)
          // A mean far from the division is a mean of something else (a subsidy per house beside an investment).
          if (!near(computed, stated)) break
          // `gemiddeld` names a mean, not a coarser rounding: only a rounding word widens the tolerance.
          const e = proseEquation(`€ ${total} ÷ ${counts[0]![1]}${spread > 1 ? ` ÷ ${spread} jaar` : ''}`, computed, { text: written, value: stated, index }, roundingWord(approx))
          // A mean is rounded to whole euros at least.
          out.push(roundedToWhole(e))
          break
        }
      }
    })
  }
  return out
}

// A figure per thing per year: `€ 25 per inwoner per jaar`, `per leerling per jaar € 31`.
const PER_THING_PER_YEAR = /\bper\s+(?!jaar\b)[\p{L}-]{3,}\s+per\s+jaar\b/iu
// The years a total is over: `in vier jaar`, `over 4 jaar`, `voor 2027-2030` (both ends counted).
const IN_YEARS = /\b(?:in|over|gedurende|voor)\s+(?:de\s+)?(?:komende\s+|eerste\s+)?(\d{1,2}|\p{L}+)\s+jaar\b/giu
const YEAR_SPAN = /\b((?:19|20)\d{2})\s*(?:-|–|t\/m|tot\s+en\s+met)\s*((?:19|20)\d{2})\b/gu

/**
 * The number of years a total is over, as its sentences name it once (`in vier jaar`, `2027-2030`);
 * 1 when the total is yearly itself (`€ 600.000 per jaar`, `jaarlijks`) or the sentences name no
 * one span.
 */
function spanYears(texts: string[], total: string): number {
  const joined = texts.join(' ')
  const at = joined.indexOf(total)
  if (at >= 0 && (/^\s*(?:per\s+jaar|jaarlijks|structureel)\b/iu.test(joined.slice(at + total.length)) || /\b(?:jaarlijks|structureel|elk\s+jaar|ieder\s+jaar)\b[^.;€]{0,20}€\s*$/iu.test(joined.slice(Math.max(0, at - 40), at)))) return 1
  const spans = new Set<number>()
  for (const m of joined.matchAll(IN_YEARS)) {
    const n = countOf(m[1] ?? '')
    if (n !== undefined && n >= 2 && n <= 20) spans.add(n)
  }
  for (const m of joined.matchAll(YEAR_SPAN)) {
    const n = Number(m[2]) - Number(m[1]) + 1
    if (n >= 2 && n <= 20) spans.add(n)
  }
  return spans.size === 1 ? [...spans][0]! : 1
}

// Words of five letters or more that tie a clause to another sentence; not the words of means themselves.
const COMMON = /^(?:gemiddeld|ongeveer|gemeente|totaal|samen|bedrag|bedraagt|kosten)$/iu
// Compared by their first five letters: `renovatie` ties to `renoveren`, `inhuur` to `inhuurkrachten`.
const tieWords = (text: string): string[] => (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !COMMON.test(w)).map((w) => w.slice(0, 5))

// The amounts of the sentences whose clause (the words between commas, semicolons and other
// amounts) shares a word with the count's or the mean's sentence; the amounts as `others` gives them.
function tiedTotals(source: Array<{ index: number; text: string }>, tied: string[]): string[] {
  const words = new Set(tied.flatMap(tieWords))
  const out: string[] = []
  for (const t of source) {
    for (const clause of t.text.split(/[,;:](?=\s)|\s(?:en|naast|maar)\s/u)) {
      const amounts = [...clause.matchAll(AMOUNT)]
      if (amounts.length === 1 && tieWords(clause).some((w) => words.has(w))) out.push(amounts[0]![1] ?? '')
    }
  }
  return out
}

// An amount dated in a year: the year right after it (`€ 515.000 in 2027`) or right before it
// (`in 2027 € 515.000`, `2027: € 515.000`).
function datedIn(text: string, at: number, length: number, year: string): boolean {
  const after = text.slice(at + length, at + length + 12)
  const before = text.slice(Math.max(0, at - 12), at)
  return new RegExp(String.raw`^\s+(?:in\s+)?${year}\b`, 'u').test(after) || new RegExp(String.raw`\b${year}\s*:?\s*$`, 'u').test(before)
}

/**
 * A mean of whole things is written rounded to a whole: its tolerance grows by a half. A mean
 * written with decimals (`gemiddeld 2,5 ton per wijk`) shows the rounding it was made with, so it
 * keeps the tolerance of its digits.
 *
 * @param e The mean as an equation.
 * @returns The equation with the wider tolerance.
 */
export function roundedToWhole(e: Equation): Equation {
  if (/,\d/u.test(e.result)) return e
  // Rounded, cut off or rounded up, a whole lies less than one whole from its mean: a mean that is
  // itself a whole (`117 ÷ 9 = 13`) written as the next one (`14`) is no rounding of any kind.
  // So the half is added less a millionth, and that bound stays out.
  return { ...e, tolerance: add(e.tolerance, make(499_999n, 1_000_000n)) }
}

/**
 * A result after `ruim` or `bijna` lies on one side of the number it writes, by up to a whole step
 * of its rounding (`ruim 640` for 647, not for 590): its range reaches a whole step on that side
 * and keeps its half step on the other.
 *
 * @param e The equation.
 * @param approx The rounding word before the result, if any.
 * @returns The equation, its range moved after `ruim` or `bijna`.
 */
export function oneSided(e: Equation, approx: string | undefined): Equation {
  const side = sideOf(approx)
  if (side === 0n) return e
  // From [X − h, X + h] to [X − h, X + 2h] (ruim) or [X − 2h, X + h] (bijna): centre X ± h/2, half-width 3h/2.
  const h = e.tolerance
  return { ...e, stated: add(e.stated, { n: side * h.n, d: 2n * h.d }), tolerance: { n: 3n * h.n, d: 2n * h.d } }
}

/**
 * A result after `ruim` or `bijna` strictly on its side: `ruim 1.000` is 1.000 or more, up to a
 * step of its rounding, `bijna` as much below (`ruim 1.000` for 840 is wrong, however coarse
 * `1.000` is rounded). For a mean whose only tie to its total is a pooling word.
 *
 * @param e The equation.
 * @param approx The rounding word before the result, if any.
 * @returns The equation, its range moved a whole step after `ruim` or `bijna`.
 */
export function strictSide(e: Equation, approx: string | undefined): Equation {
  const side = sideOf(approx)
  if (side === 0n) return e
  return { ...e, stated: add(e.stated, { n: side * e.tolerance.n, d: e.tolerance.d }) }
}

// `ruim` puts a result above the number it writes, `bijna` below.
const sideOf = (approx: string | undefined): bigint => (/^ruim$/iu.test(approx ?? '') ? 1n : /^bijna$/iu.test(approx ?? '') ? -1n : 0n)

// Whether two numbers lie within a factor two of each other (else a reading is about something else).
export { near }
