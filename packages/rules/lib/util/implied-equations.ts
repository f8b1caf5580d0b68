/**
 * Calculations a text implies without writing them out: a total of named amounts ("€ 200.000
 * voor A en € 150.000 voor B, in totaal € 400.000") and a count times a price followed by an
 * amount without a word that makes it the result ("voor 14 haltes van elk € 35.000 trekken we
 * € 530.000 uit"). Both need a reading of the sentence, so a rule reports them as a warning.
 */

import { magnitudeWord, parseNumberWord } from '@kapstok/nl'
import { div } from './exact-number.js'
import { withoutEmphasis } from './emphasis.js'
import { perCountedResult } from './per-unit-results.js'
import { subordinateSwap } from './subordinate-readings.js'
import { amountChanges } from './amount-change.js'
import { TAKEN_ALONG } from './approx-products.js'
import { leadingCounts, leadingResults } from './result-first.js'
import { labelledTermResults } from './labelled-term-results.js'
import { periodTotals } from './period-totals.js'
import { statedTotals } from './stated-totals.js'
import { runningBalances } from './running-balance.js'
import { rateProducts } from './rate-products.js'
import { pricedCounts } from './priced-counts.js'
import { groupProducts } from './group-products.js'
import { weeklyUnitProducts } from './weekly-unit-products.js'
import { measuredCounts } from './measured-counts.js'
import { singlePriceProducts } from './single-price-products.js'
import { deficitBalances } from './deficit-balances.js'
import { discountedPrices } from './discounted-prices.js'
import { writeOffs } from './write-offs.js'
import { changeGaps } from './change-gaps.js'
import { bracketedStarts } from './bracketed-starts.js'
import { withTermBrackets } from './term-brackets.js'
import { countChanges } from './count-change.js'
import { unchangedCountProducts } from './unchanged-count-products.js'
import { perNounMeans } from './per-noun-means.js'
import { carriedMeans } from './carried-means.js'
import { carriedDeductions } from './carried-deductions.js'
import { carriedSplits } from './carried-splits.js'
import { carriedWholes } from './carried-wholes.js'
import { targetGaps } from './target-gaps.js'
import { priceChangeYields } from './price-change-yields.js'
import { rowCountChanges } from './row-count-changes.js'
import { yearRowChanges } from './year-row-changes.js'
import { deductions } from './deductions.js'
import { occurrenceProducts } from './occurrence-products.js'
import { carriedRates } from './carried-rates.js'
import { periodRates } from './period-rates.js'
import { dimensionalProducts } from './dimensional-products.js'
import { unitProducts } from './unit-products.js'
import { earlierRateProducts } from './earlier-rate-products.js'
import { percentLevelChanges } from './percent-level-changes.js'
import { shareComplements } from './share-complements.js'
import { fixedPlusRate } from './fixed-plus-rate.js'
import { describedRateProducts } from './described-rate-products.js'
import { bracketedPartSums } from './bracketed-part-sums.js'
import { bracketedQuotients } from './bracketed-quotients.js'
import { add, dutchNumber, equations, evaluate, mul, proseEquation, rounding, show, sub, tokenize, type Equation, type Rational, type Token } from './onderbouwing.js'

type Num = Extract<Token, { kind: 'num' }>

// Amounts per period or parts of a whole: what they add up to depends on more than the sentence says.
const PERIODS = /\bper\s+(?:jaar|maand|week|kwartaal|dag)\b|\bjaarlijks|\bmaandelijks|\bstructureel|\beenmalig|\bincidenteel|\bover\s+\S+\s+jaar\b|\bwaarvan\b|\bdaarvan\b|\bwaaronder\b|\binclusief\b|\bexclusief\b|\bgemiddeld/iu
// Rates and limits are no parts of a total: `€ 50 per kind met een maximum van € 200 per gezin`.
const RATES = /\bper\s+(?!stuk\b)\p{L}|\b(?:maximum|minimum|maximaal|minimaal|tot\s+€)/iu
// Between a product and an amount: a new item (`en`, `plus`, `daarnaast`) or a rate makes it no result.
const ANOTHER = /\b(?:en|plus|ook|daarnaast|verder|per|of|tot|van|voor)\b|[,;:()]/iu

// `… levert (de verenigingen) een bedrag van € 5.500 op`: words that name the next amount the outcome.
const NAMED_RESULT = /^\s*(?:(?:betekent|geeft|levert|oplevert|kost)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:een|het)\s+(?:bedrag|totaal)\s+van\s*$/iu

const isNum = (t: Token | undefined): t is Num => t?.kind === 'num'
const isProduct = (t: Token | undefined): boolean => t?.kind === 'op' && (t.op === '*' || t.op === '/')
const greater = (a: Rational, b: Rational): boolean => sub(a, b).n > 0n

// A paragraph: lines up to a blank line.
const PARAGRAPH = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g

/**
 * Totals of named amounts, results of a count times a price that the text gives without an
 * operator or result word, and calculations with a `van` that may name a price or a whole
 * (`2 fte van € 80.000 kost € 150.000`), as equations: readings of the sentence.
 *
 * @param text A prose text.
 * @returns The equations, with the rounding of the result as tolerance.
 */
export function impliedEquations(text: string): Equation[] {
  // A calculation stays within its paragraph: the next paragraph's amount is another subject.
  const out: Equation[] = []
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    // Emphasis marks stand between a number and its noun (`**1.800 m²** winkelvloer`): the readers
    // see them as spaces, so the offsets still hold.
    for (const e of paragraphEquations(withoutEmphasis(paragraph[0]))) out.push({ ...e, index: e.index + paragraph.index })
  }
  // A result before a clause with its terms (`…, omdat we 24 groepen van 15 kinderen bereiken`), where no reading has it.
  const read = new Set(out.map((e) => e.index))
  const swap = subordinateSwap(text)
  for (const paragraph of swap ? swap.text.matchAll(PARAGRAPH) : []) {
    if (paragraph[0] === text.slice(paragraph.index, paragraph.index + paragraph[0].length)) continue
    for (const e of paragraphEquations(withoutEmphasis(paragraph[0]))) {
      const at = swap!.back(e.index + paragraph.index)
      if (at !== undefined && ![0, 1, 2, 3].some((d) => read.has(at - d) || read.has(at + d))) out.push({ ...e, index: at, soft: true })
    }
  }
  // A mean per counted thing whose whole stands in the paragraph before, where no reading of its own paragraph has it.
  const taken = new Set(out.map((e) => e.index))
  // And a deduction that opens its paragraph, its whole ending the paragraph before.
  const plain = withoutEmphasis(text)
  // And a rate laid down earlier in the section, applied to a count of its unit later on, or to a count named as unchanged.
  out.push(...[...carriedMeans(plain), ...carriedDeductions(plain), ...carriedSplits(plain), ...carriedWholes(plain), ...targetGaps(plain), ...priceChangeYields(plain), ...rowCountChanges(plain), ...yearRowChanges(plain), ...earlierRateProducts(plain), ...fixedPlusRate(plain), ...unchangedCountProducts(plain)].filter((e) => ![0, 1, 2, 3].some((back) => taken.has(e.index - back))))
  // And, where no reading has the result, a product whose units cancel, in any order and without a cue.
  for (const e of out) taken.add(e.index)
  out.push(...unitProducts(plain, taken).filter((e) => ![0, 1, 2, 3].some((back) => taken.has(e.index - back))))
  return out
}

function paragraphEquations(text: string): Equation[] {
  const tokens = tokenize(text)
  const written = equations(text)
  // (A soft product whose result is per one of the counted things divides: it is no product.)
  const soft = written.filter((e) => e.soft && e.arithmetic && !perCountedResult(text, e))
  const lead = [...leadingResults(text).filter((e) => e.soft), ...leadingCounts(text)]
  const found = [...namedTotals(tokens, text), ...bareResults(tokens, text), ...perUnit(text), ...soft, ...lead, ...runningBalances(text), ...amountChanges(text), ...periodTotals(text), ...statedTotals(text), ...periodRates(text), ...countChanges(text), ...deductions(text).filter((e) => e.soft), ...occurrenceProducts(text), ...percentLevelChanges(text), ...shareComplements(text)]
  // The wider readings only where no other reading (nor a written-out calculation) has that result.
  // (Another reading may point at the euro sign before the same number.)
  // A written `=` without arithmetic on its left (`(€ 450 per coach) kost € 5.400` reads as `450 = 5.400`)
  // checks nothing, so it leaves the result to the readers of rates.
  const taken = new Set([...found, ...written.filter((e) => e.arithmetic)].map((e) => e.index))
  const free = (e: Equation): boolean => ![0, 1, 2, 3].some((back) => taken.has(e.index - back))
  const wide = [...rateProducts(text), ...changeGaps(text), ...bracketedStarts(text), ...writeOffs(text), ...perNounMeans(text), ...carriedRates(text), ...dimensionalProducts(text), ...describedRateProducts(text), ...pricedCounts(text), ...discountedPrices(text), ...groupProducts(text), ...weeklyUnitProducts(text), ...measuredCounts(text), ...singlePriceProducts(text), ...deficitBalances(text), ...bracketedPartSums(text), ...bracketedQuotients(text), ...labelledTermResults(text)]
  return [...found, ...[...wide, ...termBracketReadings(text, [...found, ...written, ...wide])].filter(free)]
}

// A quantity in brackets is a term of the sentence (`De bijdrage (€ 25 per inwoner) levert bij …`):
// the paragraph is read again with those brackets blanked, and a result found only then counts.
// (The blanked text has no term brackets left, so this reading does not recur.)
function termBracketReadings(text: string, before: Equation[]): Equation[] {
  const open = withTermBrackets(text)
  if (open === text) return []
  const seen = new Set(before.map((e) => e.index))
  return paragraphEquations(open).filter((e) => ![0, 1, 2, 3].some((back) => seen.has(e.index - back) || seen.has(e.index + back)))
}

// `A en B, samen C`: from the start of the sentence, amounts and products of a count and an amount.
function namedTotals(tokens: Token[], text: string): Equation[] {
  const out: Equation[] = []
  tokens.forEach((t, k) => {
    const right = tokens[k + 1]
    if (t.kind !== 'eq' || !t.word || !isNum(right) || !right.euro) return
    let start = k
    while (start > 0 && ['num', 'op'].includes(tokens[start - 1]!.kind)) start--
    const terms = split(tokens.slice(start, k))
    const first = tokens[start]
    const span = text.slice(isNum(first) ? first.index : 0, right.index + right.text.length + 30)
    // `A en B ontvangen met het poppodium samen C`: a third part without an amount is in the total too.
    const along = isNum(first) && TAKEN_ALONG.test(text.slice(first.index, right.index))
    if (!terms || terms.length < 2 || !isNum(first) || along || PERIODS.test(span) || RATES.test(span)) return
    const values = terms.map(evaluate)
    // A term larger than the total is the whole the parts come from ("van het budget van € 1 miljoen …").
    if (values.some((v) => !v || greater(v, right.value))) return
    out.push(equation(terms.map(show).join(' + '), values.reduce<Rational>((sum, v) => add(sum, v!), { n: 0n, d: 1n }), right, t.approx))
  })
  return out
}

// Terms joined without an operator: a bare amount, or a product with an amount in it.
function split(run: Token[]): Token[][] | undefined {
  const terms: Token[][] = []
  for (const [i, t] of run.entries()) {
    if (t.kind === 'op' && !isProduct(t)) return undefined
    if (isNum(t) && !isProduct(run[i - 1])) terms.push([t])
    else terms.at(-1)?.push(t)
  }
  const priced = terms.every((term) => term.some((t) => isNum(t) && t.euro && !t.text.includes('%')))
  return priced && terms.every((term) => !isProduct(term.at(-1))) ? terms : undefined
}

// `14 haltes van elk € 35.000 … € 530.000`: a count times an amount, and right after it an amount.
function bareResults(tokens: Token[], text: string): Equation[] {
  const out: Equation[] = []
  tokens.forEach((t, k) => {
    if (!isNum(t) || isProduct(tokens[k - 1]) || tokens[k - 1]?.kind === 'eq') return
    let end = k
    while (isProduct(tokens[end + 1]) && isNum(tokens[end + 2])) end += 2
    const left = tokens.slice(k, end + 1)
    const result = tokens[end + 1]
    const last = tokens[end]
    const after = tokens[end + 2]
    if (left.length < 3 || !isNum(result) || !result.euro || !isNum(last) || after?.kind === 'op' || after?.kind === 'eq') return
    const nums = left.filter(isNum)
    // `per stuk` repeats the price each; `… betekent een bedrag van € 12.800` names the result.
    const between = text.slice(last.end ?? last.index, result.index).replace(/^\s*per\s+stuk\b/iu, '')
    const named = NAMED_RESULT.test(between)
    if (!nums.some((n) => n.euro) || !nums.some((n) => !n.euro && (named || !n.text.includes('%')))) return
    if ((!named && ANOTHER.test(between)) || between.split(/\s+/).length > 8 || PERIODS.test(text.slice(t.index, result.index + result.text.length + 30))) return
    const computed = evaluate(left)
    // An amount far from the product is about something else.
    if (!computed || greater(result.value, mul(computed, { n: 2n, d: 1n })) || greater(computed, mul(result.value, { n: 2n, d: 1n }))) return
    out.push(equation(show(left), computed, result, false))
  })
  return out
}

const AMOUNT = String.raw`€\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*(?:${magnitudeWord}))?`
// `€ 12.000 voor 25 deelnemers, dat is € 480 per deelnemer`: an amount shared over a count.
const PER_UNIT = new RegExp(
  String.raw`(${AMOUNT})\s+(?:[\p{L}-]+\s+){0,2}?(?:voor|over|bij|aan)\s+(?:de\s+|alle\s+)?(\d{1,3}(?:\.\d{3})+|\d+|\p{L}+)\s+([\p{L}-]+)[^.!?€\d]{0,40}?\b(?:is|zijn|dat\s+is|dit\s+is|komt\s+neer\s+op|ofwel|oftewel)\s+(?:(gemiddeld|circa|ca\.|ongeveer|ruim|bijna)\s+)?(${AMOUNT})\s+per\s+([\p{L}-]+)`,
  'giu'
)

// The amount per unit a text derives from a total and a count.
function perUnit(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(PER_UNIT)) {
    const count = /^\d/.test(m[2] ?? '') ? Number((m[2] ?? '').replace(/\./g, '')) : /^een$/i.test(m[2] ?? '') ? undefined : parseNumberWord(m[2] ?? '')
    const per = (m[6] ?? '').toLowerCase()
    // `… voor 25 deelnemers … per deelnemer`: the unit is the counted noun (or its singular).
    if (!count || count < 2 || !(m[3] ?? '').toLowerCase().startsWith(per.slice(0, Math.max(3, per.length - 2)))) continue
    const total = (m[1] ?? '').replace(/^€\s*/, '')
    const result = (m[5] ?? '').replace(/^€\s*/, '')
    const index = m.index + m[0].lastIndexOf(m[5] ?? '')
    const approx = Boolean(m[4])
    out.push({
      expression: `${total} ÷ ${count}`,
      computed: div(dutchNumber(total), { n: BigInt(count), d: 1n }),
      stated: dutchNumber(result),
      result,
      index,
      // A mean per unit is rounded: at least to whole euros, and further after `gemiddeld` or `circa`.
      tolerance: add(rounding(result, approx), { n: 1n, d: 2n }),
      final: true,
      arithmetic: true
    })
  }
  return out
}

function equation(expression: string, computed: Rational, result: Num, approx: boolean): Equation {
  return proseEquation(expression, computed, result, result.approx || approx)
}
