/**
 * A stated mean of values the text lists one after another: "De gemiddelde levertijd van de drie
 * leveranciers (6, 9 en 15 dagen) is 12 dagen", "De scores (6,8, 7,1 en 7,7) komen gemiddeld uit
 * op 7,6", "De vijf routes zijn 12, 18, 9, 22 en 14 km lang; gemiddeld is een route 19 km",
 * "Gemiddeld duurt een aanvraag 10 weken:" over list items of 8, 4 and 6 weken.
 *
 * The sentence-level fallback reads a mean only from the quantities before a `gemiddeld` right in
 * front of the result; this reader starts from the list instead, so the mean may stand before or
 * after it, the list may sit in brackets (which the tokenizer drops as a label), and the cue may be
 * the adjective of the subject (`De gemiddelde reistijd … is`). What keeps the relation strong: three
 * or more values of one unit joined by commas and `en`, a mean of that unit bound to a mean word
 * in the same clause (or in a clause that opens with it), no count word that counts other than
 * the listed values, and no weighting. List items under a lead line may be categories of unequal
 * size: there only a mean outside the range of the items is proof.
 */

import { countValue } from './per-noun-means.js'
import { add, div, make, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { resultRange } from './sentence-readings.js'
import { quantities, real, sameKind, type Quantity } from './sentence-quantities.js'
import { paragraphSentences } from './text.js'

// The words between two values of one list: `, `, ` en `, `, en `, maybe a euro sign.
const LIST_JOIN = /^\s*(?:,|en|,\s*en)\s*(?:€\s*)?$/u
// Values labelled by their year (`310 klachten binnen, in 2024 280 en in 2025 345`, `2023: 310,
// 2024: 280`): a few words may end the first item, the year opens the next.
const YEAR_LABELLED = /^(?:\s+\p{L}+){0,2}?\s*(?:,|en|,\s*en|;)\s*(?:in\s+)?(?:19|20)\d{2}\s*:?\s*(?:€\s*)?$/u
// Or closed by their year (`11 in 2023, 14 in 2024 en 17 in 2025`): the year ends the item.
const YEAR_CLOSED = /^\s*(?:in\s+)?(?:19|20)\d{2}\s*(?:,|en|,\s*en|;)\s*(?:€\s*)?$/u
// A mean word, then at most four words before the mean (`gemiddeld is een route`, `liggen
// gemiddeld op`, `gemiddeld genomen ruim`).
const CUE_BEFORE = /\bgemiddeld(?:e)?\b(?:\s+[\p{L}'’]+){0,4}\s*(?:€\s*)?$/iu
// After the list, a verb of being and the mean (`weken) is`, `minuten) bedraagt ongeveer`, `komt uit op`).
const COPULA_AFTER = /^[\s),]*(?:\p{L}+[\s),]+){0,2}?(?:is|was|bedraagt|bedroeg|ligt|lag|komt|kwam)\s+(?:(?:dan|daarmee|uit|op)\s+){0,2}(?:[\p{L}'’]+\s+)?(?:€\s*)?$/iu
// A mean that does not weigh each value alike: its plain mean is not what the text claims.
export const WEIGHTED = /\bgewogen\b|\bnaar\s+rato\b/iu
// A clause that goes on about the listed values: opens with the mean word or points back.
const CLAUSE_GOES_ON = /^\s*(?:gemiddeld|dat|dit|wat|die|deze|zij|ze|samen)\b/iu
// A spelled count (`de drie leveranciers`): when it counts other than the listed values, the
// mean may be over those.
const SPELLED_COUNT = /\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b/giu

// A year (yearsFit has tied the sentence's years to the listed values).
const YEAR_NUMBER = /\b(?:19|20)\d{2}\b/gu

type Sentence = { index: number; text: string }

/**
 * The means of listed values, as equations against the plain mean of those values.
 *
 * @param text A prose text.
 * @returns One equation per such mean (held or not).
 */
export function listedMeans(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, i) => {
      for (const run of runs(s)) {
        const e = sameSentence(s, run) ?? nextSentence(sentences[i + 1], run, s)
        if (e) out.push(e)
      }
    })
  }
  return [...out, ...listItems(text)]
}

// The quantities of a sentence with its brackets read as plain text (offsets kept); a closing
// bracket ends a value's unit like a comma (`345) lag` names no unit `lag`).
function quantitiesOf(s: Sentence): Quantity[] {
  return quantities(s.text.replace(/\(/gu, ' ').replace(/\)/gu, ','), s.index)
}

// Runs of three or more values of one unit and one `per`, joined by commas and `en`.
function runs(s: Sentence): Quantity[][] {
  const qs = quantitiesOf(s)
  const out: Quantity[][] = []
  let run: Quantity[] = []
  const flush = (): void => {
    if (run.length >= 3) out.push(run)
    run = []
  }
  for (const q of qs) {
    const last = run.at(-1)
    const between = last ? s.text.slice(last.end - s.index, q.index - s.index).replace(/[()]/gu, ' ') : ''
    const labelled = YEAR_LABELLED.test(between) || YEAR_CLOSED.test(between)
    // (A labelled value after the first may leave the unit out: `in 2024 280`.)
    const unitOk = last && (last.unit === q.unit || (labelled && q.unit === '' && run[0]!.unit !== ''))
    // (The `per` after the last of a list is that of all: `14, 22 en 25 evenementen per jaar`.)
    const perOk = last && (last.per === q.per || (last.per === '' && run.every((r) => r.per === '')))
    const joined = last && (LIST_JOIN.test(between) || labelled) && unitOk && perOk && !q.share && !last.share
    if (!joined) flush()
    run.push(q)
  }
  flush()
  return out
}

// The mean as a candidate for a run: same unit (a bare mean may leave the unit out), not in the run.
function fits(m: Quantity, run: Quantity[]): boolean {
  const first = { ...run[0]!, per: run.at(-1)!.per }
  if (run.includes(m) || m.share) return false
  if (!first.unit && m.unit) return false
  if (m.unit && !sameKind(m, first)) return false
  return !(first.per && m.per && first.per !== m.per)
}

// The mean in the sentence of the list: after a mean word right before it, or after a verb of
// being right after the list when the sentence named a mean before the list; or a mean before
// the list with the list after a colon or in brackets.
function sameSentence(s: Sentence, run: Quantity[]): Equation | undefined {
  const at = (i: number): number => i - s.index
  const start = at(run[0]!.index)
  const end = at(run.at(-1)!.end)
  if (WEIGHTED.test(s.text) || countsOther(s.text.slice(0, start) + s.text.slice(end), run.length)) return undefined
  if (!yearsFit(s.text, run.length, s.text.slice(0, start))) return undefined
  const candidates = quantitiesOf(s).filter((m) => fits(m, run))
  const after = candidates.find((m) => m.index > run.at(-1)!.index)
  if (after) {
    const between = s.text.slice(end, at(after.index))
    const clauseOk = !/[;:]/u.test(between) || CLAUSE_GOES_ON.test(between.slice(between.search(/[;:][^;:]*$/u) + 1))
    // (The years that label the values may stand between: `11, 9 en 7 weken in 2023, 2024 en 2025, gemiddeld 8`.)
    const cued = (CUE_BEFORE.test(between) && !/\d/u.test(between.replace(YEAR_NUMBER, ''))) || (COPULA_AFTER.test(between) && /\bgemiddelde\b/iu.test(s.text.slice(0, start)))
    if (clauseOk && cued) return judged(run, after)
  }
  const before = candidates.filter((m) => m.index < run[0]!.index).at(-1)
  if (before) {
    const lead = s.text.slice(0, at(before.index))
    const between = s.text.slice(at(before.end), start)
    if (CUE_BEFORE.test(lead) && /^[^\d;]{0,40}[:(][^\d;:()]{0,30}$/u.test(between)) return judged(run, before)
  }
  return undefined
}

// A mean in the next sentence that opens with the mean word or points back at the list (`Dat is
// gemiddeld 57 uur per week.`), with nothing of its unit before it.
function nextSentence(next: Sentence | undefined, run: Quantity[], own: Sentence): Equation | undefined {
  if (!next || WEIGHTED.test(next.text) || countsOther(own.text.slice(0, run[0]!.index - own.index) + own.text.slice(run.at(-1)!.end - own.index), run.length) || countsOther(next.text, run.length)) return undefined
  if (!/^\s*(?:gemiddeld|(?:dat|dit)\s+(?:is|zijn|was|waren|komt|kwam)\s+(?:\p{L}+\s+){0,2}?gemiddeld)\b/iu.test(next.text)) return undefined
  const m = quantitiesOf(next).find((q) => !q.share && (q.unit === '' || q.unit === run[0]!.unit))
  if (!m || !fits(m, run) || !CUE_BEFORE.test(next.text.slice(0, m.index - next.index))) return undefined
  return judged(run, m)
}

// A lead line with a mean and a colon, over list items that each give one value of its unit.
// Items may be categories of unequal size, so only a mean outside their range proves a slip.
function listItems(text: string): Equation[] {
  const out: Equation[] = []
  const lines = [...text.matchAll(/^[^\n]*$/gmu)].map((m) => ({ index: m.index ?? 0, text: m[0] }))
  lines.forEach((lead, i) => {
    if (!/:\s*$/u.test(lead.text) || /^\s*[-*+]/u.test(lead.text) || WEIGHTED.test(lead.text)) return
    const means = quantities(lead.text, lead.index).filter((q) => CUE_BEFORE.test(lead.text.slice(0, q.index - lead.index)))
    const mean = means.at(-1)
    if (!mean) return
    const items: Quantity[] = []
    for (const line of lines.slice(i + 1)) {
      if (!line.text.trim()) continue
      if (!/^\s*(?:[-*+]|\d+[.)])\s/u.test(line.text)) break
      const own = quantities(line.text, line.index).filter((q) => !q.share && q.unit === mean.unit && q.per === mean.per)
      if (own.length !== 1) return
      items.push(own[0]!)
    }
    if (items.length < 2) return
    const values = items.map((q) => real(q.value))
    const range = resultRange(mean)
    if (range.high < Math.min(...values) || range.low > Math.max(...values)) {
      const e = judged(items, mean)
      if (e) out.push(e)
    }
  })
  return out
}

// Years the sentence names label the values (one each) or span them (`2021-2025` for five);
// one year before the list dates all its values (`de drie markten van 2027 telden 640, …`);
// any other number of years dates something else (`tussen 2021 en 2025` over two values).
function yearsFit(sentence: string, listed: number, lead = ''): boolean {
  const years = [...new Set(sentence.match(/\b(?:19|20)\d{2}\b/gu) ?? [])].map(Number)
  if (years.length === 0 || years.length === listed) return true
  // (Not when a number stands before the list too: `van 34 naar 29, 26 en 23` lists from 34.)
  if (years.length === 1 && listed >= 3 && lead.includes(String(years[0])) && !/\d/u.test(lead.replace(YEAR_NUMBER, ''))) return true
  return years.length === 2 && Math.abs(years[1]! - years[0]!) + 1 === listed && /\b(?:19|20)\d{2}\s*(?:-|–|t\/m|tot\s+en\s+met)\s*(?:19|20)\d{2}\b/u.test(sentence)
}

// A spelled count in the sentence that is not the number of listed values.
function countsOther(sentence: string, listed: number): boolean {
  return [...sentence.matchAll(SPELLED_COUNT)].some((m) => {
    const v = countValue(m[0])
    return v !== undefined && real(v) !== listed
  })
}

// The equation for a mean of a list, with the range its rounding allows as tolerance. A mean that
// holds is returned too: it is the reading of its number, which the sentence-level fallback (that
// may drop an item of the list) then leaves alone; the report skips it.
function judged(run: Quantity[], m: Quantity): Equation | undefined {
  const computed: Rational = div(run.map((q) => q.value).reduce(add), make(BigInt(run.length), 1n))
  const ratio = real(m.value) / real(computed)
  if (!(ratio > 0.5 && ratio < 2)) return undefined
  const range = resultRange(m)
  const e = proseEquation(`(${run.map((q) => q.text).join(' + ')}) ÷ ${run.length}`, computed, { text: m.text, value: m.value, index: m.index }, m.approx !== '')
  // (`ruim 11` covers 11 up to 12: the rounding word's side, not both.)
  const center = (range.low + range.high) / 2
  const half = (range.high - range.low) / 2
  return { ...e, stated: make(BigInt(Math.round(center * 1e6)), 1000000n), tolerance: make(BigInt(Math.round(half * 1e6)), 1000000n) }
}
