/**
 * A number per year with the total and the number of years it is spread over: "Tot en met 2029
 * planten we 2.000 bomen. Dat zijn er gemiddeld 500 per jaar." The years are written as a
 * count (`in vijf jaar`), a range (`2026-2030`), the plan's own period (`over de looptijd`) or an
 * end year from the plan's start (`tot en met 2030`); the number per year should be the total
 * divided by them, within its rounding. A change between two years (`tussen 2021 en 2025 van
 * 352.000 naar 412.000, gemiddeld 15.000 per jaar`) spreads the gap over the years between.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { div, make } from './exact-number.js'
import { add, dutchNumber, proseEquation, sub, within, type Equation, type Rational } from './onderbouwing.js'
import { near, roundedToWhole } from './per-noun-means.js'
import { linkedSentences } from './text.js'
import { yearCounts } from './year-counts.js'
import { LABEL } from './sentence-quantities.js'
import { isDayOfDate, isYearNumber } from './year-numbers.js'

const APPROX = String.raw`(?:gemiddeld|circa|ca\.|ongeveer|ruim|bijna|zo['’]n)`
// `(gemiddeld) (€) 320 (woningen) per jaar` (also `320 grote of kleine bomen per jaar`), `jaarlijks (gemiddeld) (€) 320`, `elk jaar gaat er € 8.750`, `per jaar gemiddeld 320`.
export const PER_YEAR = new RegExp(
  String.raw`(?:(${APPROX})\s+)?(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))(?:\s+[\p{L}'’²³-]+){0,2}?(?:\s+(?:of|en)(?:\s+[\p{L}'’²³-]+){1,2}?)?\s+(?:per\s+jaar|per\s+kalenderjaar|jaarlijks|elk\s+jaar|ieder\s+jaar)\b|\b(?:jaarlijks|(?:elk|ieder)\s+jaar(?:\s+\p{Ll}+\s+(?:er|we|wij))?|per\s+jaar(?=\s+${APPROX}\s))\s+(?:(?:gemiddeld\s+)?(${APPROX})\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`,
  'giu'
)
// A bound right before a number per year: `minstens`, `ten minste`, `maximaal`, `hooguit`, `tot`.
const BOUND_BEFORE = /\b(?:minstens|minimaal|ten\s+minste|op\s+zijn\s+minst|maximaal|hooguit|ten\s+hoogste|tot|niet\s+meer\s+dan|meer\s+dan|minder\s+dan)\s+(?:€\s*)?$/iu
// A count of years in words or digits: `in vijf jaar`, `over 4 jaar`, `vier jaar lang`, also as
// a period (`over de hele periode van vijf jaar`, `in een looptijd van 4 jaar`).
// Also the years of a plan counted by their noun (`in de vijf planjaren`) and `voor de twee jaar samen`.
const YEARS_WRITTEN = /\b(?:in|over|binnen|gedurende|na|voor\s+de(?=\s+\p{L}+\s+jaar\s+samen\b))\s+(?:de\s+|een\s+)?(?:komende\s+|eerste\s+|(?:hele|gehele|volledige)\s+)?(?:(?:periode|looptijd|termijn)\s+van\s+)?(\d{1,2}|[\p{L}]+)\s+(?:jaar|(?:plan|programma|begrotings|uitvoerings)jaren)\b/giu
// An end year counted from the plan's start: `tot en met 2030`, `t/m 2030`.
const UNTIL = /\b(?:tot\s+en\s+met|t\/m|t\.e\.m\.?)\s+((?:19|20)\d{2})\b/giu
const QUANTITY = new RegExp(String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(\s*%|\s*procent|\s+per\b)?`, 'giu')
// A change from one number to another: `van 352.000 naar 412.000`.
const CHANGE = new RegExp(String.raw`\bvan\s+(?:€\s*)?(${NUMBER})(?![\d.,]*\d)[^.;!?\d€]{0,40}?\bnaar\s+(?:€\s*)?(${NUMBER})(?![\d.,]*\d)`, 'iu')

/** The plan's period, when its metadata gives one. */
export interface PlanYears {
  start: number
  years: number
}

/**
 * Every number per year whose total and number of years stand in its sentence or the one before.
 *
 * @param text A prose text.
 * @param plan The plan's period (for `over de looptijd` and `tot en met 2030`).
 * @returns The means as equations (`1.600 ÷ 5`), with the rounding of the mean as tolerance.
 */
export function perYearMeans(text: string, plan?: PlanYears): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const m of sentence.text.matchAll(PER_YEAR)) {
        // `gemiddeld` says it is a mean, which is exact to the digits it writes; `circa` rounds.
        const approx = !/^gemiddeld$/iu.test(m[1] ?? m[4] ?? 'gemiddeld')
        const euro = Boolean(m[2] ?? m[5])
        const written = m[3] ?? m[6] ?? ''
        const at = sentence.index + (m.index ?? 0) + m[0].indexOf(written)
        // A bound per year is no mean: `3.000 bomen, minstens 600 per jaar` may plant more in a year.
        if (BOUND_BEFORE.test(text.slice(Math.max(sentence.index, at - 30), at))) continue
        // The total and the years before the mean: in its sentence, else in the sentence before.
        const own = { index: sentence.index, text: text.slice(sentence.index, at) }
        for (const window of [own, ...(s > 0 ? [{ index: sentences[s - 1]!.index, text: text.slice(sentences[s - 1]!.index, at) }] : [])]) {
          // Another number per year before this one answers that total already (`1.200 bomen, 300
          // per jaar. … toen we er 150 per jaar plantten` compares two paces).
          if ([...window.text.matchAll(PER_YEAR)].length > 0) break
          const spread = spreadTotal(window.text, euro, plan, yearsAfter(text.slice(at + written.length, sentence.index + sentence.text.length)))
          if (!spread) continue
          const { total, years } = spread
          const computed = div(total.value, make(BigInt(years), 1n))
          const stated = dutchNumber(written)
          // A number per year far from the division is about something else.
          if (!near(computed, stated)) break
          const e = proseEquation(`${euro ? '€ ' : ''}${total.text} ÷ ${years}`, computed, { text: written, value: stated, index: at }, approx)
          // A mean of whole things is rounded to a whole.
          const mean = roundedToWhole(e)
          // A sum of a base and an addition, when one of them alone gives the mean: that is its reading.
          if (spread.alone?.some((v) => within(div(v, make(BigInt(years), 1n)), stated, mean.tolerance))) break
          // A growth over a range of years (`nam van 2020 tot en met 2024 toe met 900`) may count
          // the steps between them, one fewer than the years: that reading holding is enough. (A
          // change `van A naar B` between two years counts the steps already.)
          if (!spread.steps && years > 2 && CHANGE_WORD.test(window.text) && within(div(total.value, make(BigInt(years - 1), 1n)), stated, mean.tolerance)) break
          out.push(mean)
          break
        }
      }
    })
  }
  return out
}

// What a number per year spreads: one total over the years named, or the gap of a change `van A
// naar B` over the years between its two years (or the years named).
function spreadTotal(text: string, euro: boolean, plan: PlanYears | undefined, named?: number): { total: { text: string; value: Rational }; years: number; alone?: Rational[]; steps?: boolean } | undefined {
  const found = quantities(text).filter((q) => q.euro === euro)
  const change = CHANGE.exec(text)
  if (change && found.length === 2) {
    const [from, to] = [dutchNumber(change[1] ?? ''), dutchNumber(change[2] ?? '')]
    const gap = sub(to, from).n < 0n ? sub(from, to) : sub(to, from)
    const named = [...new Set(text.match(/\b(?:19|20)\d{2}\b/gu) ?? [])].map(Number)
    const years = named.length === 2 ? Math.abs(named[1]! - named[0]!) : yearsOf(text.replace(/\b(?:19|20)\d{2}\b/gu, ''), undefined)
    return years !== undefined && years >= 1 ? { total: { text: `(${change[2]} − ${change[1]})`, value: gap }, years, steps: true } : undefined
  }
  const years = named ?? yearsOf(text, plan)
  if (years === undefined) return undefined
  if (found.length === 1) return { total: { text: found[0]!.text, value: dutchNumber(found[0]!.text) }, years }
  // A total with its parts beside it (`in totaal 9,6 ton (2,1 ton in 2023, 3,0 in 2024 …)`): the
  // one number the others add up to is what the years share.
  const whole = sumOfOthers(found.map((q) => q.text))
  if (whole !== undefined) return { total: { text: whole, value: dutchNumber(whole) }, years }
  // A base and what comes on top of it, of one noun (`bovenop de 640 plekken uit het actieplan komen
  // nog 30 plekken voor …`): the total spread is their sum. (Either alone giving the mean is another
  // reading, which the caller's filter lets hold.)
  const [a, b] = found
  if (found.length !== 2 || !a || !b || !ON_TOP.test(text)) return undefined
  const nounAfter = (q: { end: number }): string => /^\s+(?:(?:extra|nieuwe|andere)\s+)?(\p{L}{3,})/u.exec(text.slice(q.end))?.[1]?.toLowerCase() ?? ''
  if (!nounAfter(a) || nounAfter(a) !== nounAfter(b)) return undefined
  return { total: { text: `(${a.text} + ${b.text})`, value: add(dutchNumber(a.text), dutchNumber(b.text)) }, years, alone: [dutchNumber(a.text), dutchNumber(b.text)] }
}
// The one number of three or more that the others add up to exactly, if any.
function sumOfOthers(numbers: string[]): string | undefined {
  if (numbers.length < 3) return undefined
  const values = numbers.map((t) => dutchNumber(t))
  const all = values.reduce((a, b) => add(a, b))
  // The others add up to it when the sum of all is twice it.
  const wholes = numbers.filter((_, i) => sub(all, add(values[i]!, values[i]!)).n === 0n)
  return wholes.length === 1 ? wholes[0] : undefined
}

// A change rather than an amount: what grew or fell over the years.
const CHANGE_WORD = /\b(?:steeg|stegen|daalde|daalden|groeide|groeiden|kromp|nam\s+(?:\p{L}+\s+){0,6}?(?:toe|af)|namen\s+(?:\p{L}+\s+){0,6}?(?:toe|af)|toename|afname|groei|stijging|daling|gestegen|gedaald|gegroeid|toegenomen|afgenomen)\b/iu

// Words that put a second count on top of a first: `naast`, `daarnaast`, `plus`, `bovenop`, `en nog`.
const ON_TOP = /\b(?:naast|daarnaast|plus|bovenop|daarbovenop|en\s+nog|komen\s+(?:er\s+)?nog)\b/iu

// The years a mean names right after itself: `140 per jaar over de jaren 2027 t/m 2031`,
// `gemiddeld 80 per jaar in de periode 2027-2030`. They are the mean's own, whatever the plan's period.
const SPAN_AFTER = /^(?:\s+\p{L}+){0,4}?\s+(?:over|in|gedurende|voor)\s+(?:de\s+)?(?:jaren|periode)\s+(?:van\s+)?/iu
function yearsAfter(rest: string): number | undefined {
  const lead = SPAN_AFTER.exec(rest)
  const count = lead ? yearCounts(rest.slice(lead[0].length))[0] : undefined
  return count && count.index === 0 ? count.years : undefined
}

/**
 * The one number of years a stretch of text names; none when it names none or several.
 *
 * @param text A sentence or two.
 * @param plan The plan's period, for `over de looptijd` and `tot en met 2030`.
 * @returns The number of years.
 */
export function yearsOf(text: string, plan: PlanYears | undefined): number | undefined {
  const found = yearCounts(text, plan?.years).map((c) => c.years)
  for (const m of text.matchAll(YEARS_WRITTEN)) {
    const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : parseNumberWord((m[1] ?? '').toLowerCase())
    if (n !== undefined && n >= 2) found.push(n)
  }
  if (plan) {
    for (const m of text.matchAll(UNTIL)) {
      const last = Number(m[1])
      // `2026 tot en met 2030` is a range yearCounts read.
      if (/(?:19|20)\d{2}\s*$/u.test(text.slice(0, m.index ?? 0))) continue
      if (last > plan.start && last < plan.start + plan.years) found.push(last - plan.start + 1)
      else if (last === plan.start + plan.years - 1) found.push(plan.years)
    }
  }
  return new Set(found).size === 1 ? found[0] : undefined
}

/**
 * The quantities of a stretch of text: no years, days of a date, percentages or rates.
 *
 * @param text A sentence or two.
 * @returns Each quantity as written, whether it is in euros, and where it stands.
 */
export function quantities(text: string): Array<{ text: string; euro: boolean; index: number; end: number }> {
  const out: Array<{ text: string; euro: boolean; index: number; end: number }> = []
  for (const q of text.matchAll(QUANTITY)) {
    const [, euro, number = '', tail] = q
    if (tail || (!euro && isYearNumber(number)) || isDayOfDate(text.slice((q.index ?? 0) + q[0].length))) continue
    // The count of years itself (`in 5 jaar`) is no total, nor the number of a phase or step (`Stap 2 (2028-2030): 90 bruggen`).
    if (/^\s+jaar\b/iu.test(text.slice((q.index ?? 0) + q[0].length)) || (!euro && LABEL.test(text.slice(0, q.index ?? 0)))) continue
    out.push({ text: number, euro: Boolean(euro), index: q.index ?? 0, end: (q.index ?? 0) + q[0].length })
  }
  return out
}
