/**
 * A number per week (or day, month) for each of a counted unit, over a number of those weeks, with
 * the total: "Vijf wijkcentra hebben geen beheerder. Daar houdt een opbouwwerker elke week 4
 * spreekuren per wijkcentrum; over 40 werkweken zijn dat 800 spreekuren", "Elke consulent werkt 18
 * uur per week, 44 weken per jaar; samen is dat 2.376 uur" (the consulenten counted in the sentence
 * before), "Op elke sporthal is een buurtsportcoach twee avonden per week. Over 36 weken en zes
 * sporthallen zijn dat 432 avonden." Three factors: the rate, the count of periods and the count of units, which the
 * sentence names by `per wijkcentrum`, `elke consulent` or `op elke sporthal` and counts in itself or in one
 * of the two sentences before. The total should be their product.
 */

import { NUMBER } from './amount-change.js'
import { NUMBER_WORD } from './share-words.js'
import { mul, near, type Rational } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { countValue } from './per-noun-means.js'
import { namesUnit, shortForm } from './unit-nouns.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

// A count in digits or words (`12`, `drie`), so that a word before it is never taken for the count.
// (A number word is never empty here: NUMBER_WORD's parts are each optional.)
const COUNT = String.raw`${NUMBER}|(?=\p{L}{3})${NUMBER_WORD}`
// The total: a result cue, a rounding word, the number and its noun (`zijn dat (ruim) 800 spreekuren`).
const TOTAL = new RegExp(String.raw`\b(?:samen(?:\s+is\s+dat)?|in\s+totaal|(?:zijn|is)\s+dat(?:\s+samen)?|dat\s+(?:zijn|is)|komt\s+dat\s+op)\s+(?:(ruim|circa|ongeveer|bijna|zo['’]n)\s+)?(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))(?:\s+(\p{L}+))?`, 'giu')
// The rate: a number, at most two words (its noun), and the period: `4 spreekuren per week`, `18 uur per
// week`, `twee avonden per week`; or the period first, `elke week 4 korte spreekuren`.
const RATE_AFTER = new RegExp(String.raw`(?<![\d.,]|€\s?)\b(${COUNT})((?:\s+(?!per\b)\p{L}+){1,2}?)\s+per\s+(week|dag|maand)\b`, 'giu')
const RATE_BEFORE = new RegExp(String.raw`\b(?:elke|iedere)\s+(week|dag|maand)\s+(?:\p{Ll}+\s+){0,2}?(?<![\d.,]|€\s?)\b(${COUNT})((?:\s+(?!per\b)\p{L}+){1,2})`, 'giu')
// The unit each rate is for: `per wijkcentrum` after the rate, or `elke consulent`, `op elke sporthal` in the sentence.
const PER_UNIT = /^\s+per\s+(\p{L}{3,})/u
const EACH_UNIT = /\b(?:elke|iedere|ieder|elk)\s+(\p{L}{3,})\b/giu
// A count with its noun: `40 werkweken`, `zes sporthallen`, `Drie wijkconsulenten`.
// The noun is the first word or, after an adjective, the second (`zes grote sporthallen`).
const COUNTED = new RegExp(String.raw`(?<![\d.,]|€\s?)\b(${COUNT})\s+(\p{L}{3,})(?=(?:\s+(\p{L}{3,}))?)`, 'giu')
const PERIODS: Record<string, string> = { week: 'week', dag: 'dag', maand: 'maand' }
// Words that put more or less in the total than the three factors: another item, a part, a bound.
const OTHER = /\b(?:plus|inclusief|exclusief|waarvan|daarnaast|behalve|maximaal|minimaal|hooguit|ten\s+minste|minstens)\b/iu

interface Found { value: Rational; text: string; at: number }

// The rates of a text, in both orders: value, noun, period and where they stand.
const ratesOf = (text: string): Array<{ text: string; noun: string; period: string; at: number; end: number }> =>
  [...text.matchAll(RATE_AFTER)]
    .map((m) => ({ text: m[1] ?? '', noun: (m[2] ?? '').trim(), period: m[3] ?? '', at: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .concat([...text.matchAll(RATE_BEFORE)].map((m) => ({ text: m[2] ?? '', noun: (m[3] ?? '').trim(), period: m[1] ?? '', at: (m.index ?? 0) + m[0].lastIndexOf(m[2] ?? '', m[0].length - (m[3] ?? '').length), end: (m.index ?? 0) + m[0].length })))

// The counts of a text whose noun names a unit (`werkweken` for `week`, `sporthallen` for `sporthal`).
function countsOf(text: string, unit: string, skip: (at: number) => boolean): Found[] {
  const out: Found[] = []
  for (const m of text.matchAll(COUNTED)) {
    const [, written = '', noun = '', second = ''] = m
    const at = m.index ?? 0
    const value = isYearNumber(written) ? undefined : countValue(written)
    if (value === undefined || value.n < 2n || skip(at) || ![noun, second].some((w) => w !== '' && (namesUnit(w, unit) || shortForm(w, unit)))) continue
    out.push({ value, text: written, at })
  }
  return out
}

/**
 * Every total of a rate per period for each of a counted unit over a number of periods.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations (`4 × 40 × 5`), with the rounding of the total as tolerance.
 */
export function weeklyUnitProducts(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const t of sentence.text.matchAll(TOTAL)) {
        const [whole, approx, written = '', totalNoun] = t
        const totalAt = (t.index ?? 0) + whole.indexOf(written, whole.search(/\d/u))
        const before = sentence.text.slice(0, t.index ?? 0)
        if (OTHER.test(sentence.text)) continue
        // The rate in the total's sentence, else as the only number of the sentence before (`Op elke sporthal
        // is een buurtsportcoach twee avonden per week. Over 36 weken en zes sporthallen zijn dat …`).
        const previous = s > 0 ? sentences[s - 1]!.text : ''
        const own = ratesOf(before)
        const source = own.length > 0 ? before : previous
        const rates = own.length > 0 ? own : ratesOf(previous)
        if (rates.length !== 1) continue
        const rate = rates[0]!
        if (source === previous && (previous.match(/(?<![\d.,])\d[\d.,]*/gu) ?? []).some((n) => n !== rate.text && !isYearNumber(n))) continue
        const value = countValue(rate.text)
        // The rate counts what the total counts (`spreekuren`, `uur`), when the total names it.
        const last = rate.noun.split(/\s+/u).at(-1) ?? ''
        if (value === undefined || (totalNoun !== undefined && !/^per$/iu.test(totalNoun) && !namesUnit(totalNoun, last) && !namesUnit(last, totalNoun))) continue
        // The unit each rate is for.
        const unit = PER_UNIT.exec(source.slice(rate.end))?.[1] ?? [...source.matchAll(EACH_UNIT)].map((m) => m[1] ?? '').find((u) => !PERIODS[u.toLowerCase()])
        if (unit === undefined) continue
        const isRate = (at: number): boolean => source === before && at >= rate.at && at < rate.end
        // The periods: one count of them in the sentence before the total.
        const periods = countsOf(before, PERIODS[rate.period.toLowerCase()]!, isRate)
        // The units: one count of them in the sentence or the two before (one value, however often named).
        // The nearest sentence that counts them is the one the rate's sentence follows on (`Daar`, `Elke consulent`).
        const window = [before, ...sentences.slice(Math.max(0, s - 2), s).map((w) => w.text).reverse()]
        const units = window.map((w, i) => countsOf(w, unit, (at) => i === 0 && isRate(at))).find((list) => list.length > 0) ?? []
        const values = new Set(units.map((u) => String(u.value.n)))
        if (periods.length !== 1 || values.size !== 1) continue
        // Every number of the sentence before the total is one of the factors.
        const numbers = (before.match(/(?<![\d.,])\d[\d.,]*/gu) ?? []).filter((n) => !isYearNumber(n))
        const factors = [rate.text, periods[0]!.text, ...units.map((u) => u.text)]
        if (numbers.some((n) => !factors.includes(n))) continue
        const unitCount = units[0]!
        const computed = mul(mul(value, periods[0]!.value), unitCount.value)
        const stated = dutchNumber(written)
        if (!near(computed, stated)) continue
        const shown = (f: Found | { text: string; value: Rational }): string => (/^\d/u.test(f.text) ? f.text : String(f.value.n))
        out.push(proseEquation(`${shown({ text: rate.text, value })} × ${shown(periods[0]!)} × ${shown(unitCount)}`, computed, { text: written, value: stated, index: sentence.index + totalAt }, approx !== undefined))
      }
    })
  }
  return out
}
