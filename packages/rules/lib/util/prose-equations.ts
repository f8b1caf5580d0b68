/**
 * The calculations two rules read in running text, in one place so a third can tell which
 * numbers they judge: `finance-net-stated-vs-computed` the ones the text writes out (`3 × € 64.000
 * = € 182.000`, `à … samen`), `prose-calculation` the ones it implies. `arithmetic-slip` stays
 * quiet on a number either of them reads, so one slip is one message.
 */

import type { FinTabel } from '@kapstok/core'
import { carriedShares } from './carried-shares.js'
import { carriedTotals } from './carried-totals.js'
import { rateQuotients } from './rate-quotients.js'
import { countMeans, tableCountMeans } from './count-means.js'
import { perBaseRates } from './per-base-rates.js'
import { rowAmountMeans } from './row-amount-means.js'
import { pooledMeans } from './pooled-means.js'
import { sharedTotalMeans } from './shared-total-means.js'
import { tableAmountMeans } from './table-amount-means.js'
import { deductions } from './deductions.js'
import { impliedEquations } from './implied-equations.js'
import { beyond, equations, tokenize, type Equation } from './onderbouwing.js'
import { holdsAsBound } from './bound-products.js'
import { anotherReadingHolds, writtenSum } from './other-readings.js'
import { levelChanges } from './level-changes.js'
import { levelAdditions } from './level-additions.js'
import { baseYearChanges } from './base-year-changes.js'
import { yearSpanChanges } from './year-span-changes.js'
import { comparedLevels } from './compared-levels.js'
import { nowChanges } from './now-changes.js'
import { datedRowDifferences } from './dated-row-differences.js'
import { flowBalances } from './flow-balances.js'
import { offsetBalances } from './offset-balances.js'
import { listSplits } from './list-splits.js'
import { listTotals } from './list-totals.js'
import { listedMeans } from './listed-means.js'
import { memoByText } from './memo.js'
import { resultUnitFactor } from './result-units.js'
import { partsAfterWhole } from './parts-after-whole.js'
import { paybackTimes } from './payback-times.js'
import { priceGaps } from './price-gaps.js'
import { labelListProducts } from './label-list-products.js'
import { leadRateLists } from './lead-rate-lists.js'
import { itemRateLists } from './item-rate-lists.js'
import { perYearMeans, type PlanYears } from './per-year-means.js'
import { restatedPeriods } from './period-restated.js'
import { planPeriodTotals } from './plan-period-totals.js'
import { pointedCounts } from './pointed-counts.js'
import { pointedNorms } from './pointed-norms.js'
import { namedRates } from './named-rates.js'
import { labelledRates } from './labelled-rates.js'
import { NO_EARLIER, readAfter, type Earlier } from './earlier-texts.js'
import { distantDivisors } from './distant-divisors.js'
import { tableYearMeans } from './table-year-means.js'
import { restAmounts } from './rest-amounts.js'
import { repeatedProducts } from './repeated-products.js'
import { shareRests } from './share-rests.js'
import { countRests } from './count-rests.js'
import { splitCountRests } from './split-count-rests.js'
import { yearListAmounts } from './year-list-amounts.js'
import { summedChanges } from './summed-changes.js'
import { listedPartRests } from './listed-part-rests.js'
import { carriedPricedCounts } from './carried-priced-counts.js'
import { unitRestatements } from './unit-restatements.js'
import { restatedChanges } from './restated-changes.js'
import { nextSentenceChangeSizes } from './next-sentence-change-sizes.js'
import { roundedRestatements } from './rounded-restatements.js'
import { leadingResults } from './result-first.js'
import { inResultPeriod, overPeriods } from './period-scaled.js'
import { inResultDuration } from './duration-results.js'
import { sentenceArithmetic } from './sentence-arithmetic.js'
import { shareCounts } from './share-counts.js'
import { shareAmounts } from './share-amounts.js'
import { tableClaims } from './table-claims.js'
import { tableLevels } from './table-levels.js'
import { extremeGaps } from './extreme-gaps.js'
import { namedRowGaps } from './named-row-gaps.js'
import { tableSeriesGaps } from './table-series-gaps.js'
import { tablePerUnitRows } from './table-per-unit-rows.js'
import { sharedDivisors } from './shared-divisors.js'
import { wholeSplits } from './whole-splits.js'
import { yearlyTotals } from './yearly-totals.js'
import { afterDiscount } from './discounted-prices.js'
import { misfitBalances } from './deficit-balances.js'
import { measureMeans } from './measure-means.js'
import { insteadChanges } from './instead-changes.js'
import { pointedRests } from './pointed-rests.js'
import { countShortfalls } from './count-shortfalls.js'
import { yearRunTotals } from './year-run-totals.js'

/**
 * The calculations a text writes out in full (read by `finance-net-stated-vs-computed`).
 *
 * @param text A prose text.
 * @returns Every written calculation; `soft` readings are `prose-calculation`'s.
 */
export const writtenCalculations = memoByText(readWrittenCalculations)

function readWrittenCalculations(text: string): Equation[] {
  // A reading that leaves out a number of the sentence which, multiplied in, gives the result is no
  // proof (`14 trainers geven 38 weken les à € 45, samen € 23.940` is no 38 × € 45).
  return [...equations(text), ...deductions(text), ...leadingResults(text)]
    .filter((e) => e.arithmetic && !e.soft)
    .map((e) => inResultPeriod(text, e))
    .map((e) => inResultDuration(text, e))
    .filter((e) => !beyond(e.computed, e.stated, e.tolerance) || !((!writtenSum(text, e) && anotherReadingHolds(text, e)) || misread(text, e) || overPeriods(text, e) || bounded(text, e)))
}

// The readers of the text alone (with the plan's tables at most), each remembered: the same text
// comes back with another context (other earlier texts, the table it explains), and the costliest
// part of the check was reading it again for an answer that context does not change.
const byText = {
  impliedEquations: memoByText(impliedEquations),
  restatedChanges: memoByText(restatedChanges),
  tableClaims: memoByText(tableClaims),
  carriedTotals: memoByText(carriedTotals),
  paybackTimes: memoByText(paybackTimes),
  listTotals: memoByText(listTotals),
  roundedRestatements: memoByText(roundedRestatements),
  levelChanges: memoByText(levelChanges),
  levelAdditions: memoByText(levelAdditions),
  baseYearChanges: memoByText(baseYearChanges),
  yearSpanChanges: memoByText(yearSpanChanges),
  comparedLevels: memoByText(comparedLevels),
  nowChanges: memoByText(nowChanges),
  nextSentenceChangeSizes: memoByText(nextSentenceChangeSizes),
  datedRowDifferences: memoByText(datedRowDifferences),
  flowBalances: memoByText(flowBalances),
  offsetBalances: memoByText(offsetBalances),
  restAmounts: memoByText(restAmounts),
  unitRestatements: memoByText(unitRestatements),
  partsAfterWhole: memoByText(partsAfterWhole),
  wholeSplits: memoByText(wholeSplits),
  listSplits: memoByText(listSplits),
  shareCounts: memoByText(shareCounts),
  shareAmounts: memoByText(shareAmounts),
  countMeans: memoByText(countMeans),
  sharedTotalMeans: memoByText(sharedTotalMeans),
  tableAmountMeans: memoByText(tableAmountMeans),
  rateQuotients: memoByText(rateQuotients),
  pooledMeans: memoByText(pooledMeans),
  priceGaps: memoByText(priceGaps),
  labelListProducts: memoByText(labelListProducts),
  leadRateLists: memoByText(leadRateLists),
  itemRateLists: memoByText(itemRateLists),
  restatedPeriods: memoByText(restatedPeriods),
  pointedCounts: memoByText(pointedCounts),
  tableYearMeans: memoByText(tableYearMeans),
  listedMeans: memoByText(listedMeans),
  tableLevels: memoByText(tableLevels),
  extremeGaps: memoByText(extremeGaps),
  namedRowGaps: memoByText(namedRowGaps),
  tablePerUnitRows: memoByText(tablePerUnitRows),
  sharedDivisors: memoByText(sharedDivisors),
  countRests: memoByText(countRests),
  splitCountRests: memoByText(splitCountRests),
  yearListAmounts: memoByText(yearListAmounts),
  summedChanges: memoByText(summedChanges),
  listedPartRests: memoByText(listedPartRests),
  sentenceArithmetic: memoByText(sentenceArithmetic),
  repeatedProducts: memoByText(repeatedProducts),
  shareRests: memoByText(shareRests),
  carriedPricedCounts: memoByText(carriedPricedCounts),
  measureMeans: memoByText(measureMeans),
  insteadChanges: memoByText(insteadChanges),
  pointedRests: memoByText(pointedRests),
  countShortfalls: memoByText(countShortfalls),
  perBaseRates: memoByText(perBaseRates),
}

/**
 * The calculations a text implies (read by `prose-calculation`).
 *
 * @param text A prose text.
 * @param plan The plan's period, when its metadata gives one.
 * @param finance The plan's finance tables, which a sentence may cite (optional).
 * @param earlier The texts of its chapter before it, where a share or norm it applies may be laid down (optional).
 * @param own The finance table the text explains, when it is one's explanation (optional).
 * @returns Every implied calculation.
 */
// Both prose-calculation and arithmetic-slip ask for each calculation text: read it once.
export const impliedCalculations = memoByText(readImpliedCalculations)

// A result with its calculation written out in a bracket right after it (`42 leerlingen per klas (1.260 / 30)`):
// the text says which numbers it combines, so another reading of its neighbours (`60 − 4`) does not hold it.
const WRITTEN_AFTER = /^[\d.,]+\s+\p{L}{2,}(?:\s+\p{L}+){0,2}?\s*\(\s*[\d.,]+(?:\s*[-+×x*/÷−]\s*[\d.,]+)+\s*\)/u

// The text as its rules read it (`readingText`: emphasis, footnote marks and sources blanked, the
// same length, so the offsets hold).
function readImpliedCalculations(text: string, plan?: PlanYears, finance: FinTabel[] = [], earlier: Earlier = NO_EARLIER, own?: FinTabel): Equation[] {
  // A result off its reading stands unless the sentence reads otherwise: another plain reading gives it, a factor
  // was missed, it is per period or a bound that holds.
  const stands = (e: Equation): boolean =>
    !beyond(e.computed, e.stated, e.tolerance) || !(misread(text, e) || (!e.named && !WRITTEN_AFTER.test(text.slice(e.index, e.index + 80)) && anotherReadingHolds(text, e)) || overPeriods(text, e) || bounded(text, e))
  // An implied reading is one interpretation: when another plain reading of the sentence gives
  // its result, the text is consistent; when it is a misreading, arithmetic-slip has the sentence.
  const readings = [
    // Amounts for lists of years and their total (`€ 40.000 in 2026 en 2027 en € 30.000 in 2028, samen …`):
    // first, so a reading that adds each amount once gives way.
    ...byText.yearListAmounts(text),
    // Changes `van A naar B` in one sentence and their joint size (`samen komen er 10 bij`).
    ...byText.summedChanges(text),
    // A rate looked up by the label the sentence names reads past a nearer rate of another label.
    ...readAfter(labelledRates, text, earlier),
    ...byText.impliedEquations(text),
    // A balance after costs set against a whole (`Daar stonden … tegenover, zodat … saldo`).
    ...byText.offsetBalances(text),
    ...planPeriodTotals(text, plan?.years ?? 0, plan?.start),
    ...byText.restatedChanges(text),
    ...byText.tableClaims(text, finance, own),
    // The gap between a column's two ends, named by superlatives (`tussen de drukste en de stilste`).
    ...byText.extremeGaps(text),
    // The gap between two rows the sentence names (`tussen Noord en Zuid scheelt het 6 procentpunt`).
    ...byText.namedRowGaps(text),
    ...byText.carriedTotals(text),
    ...byText.paybackTimes(text),
    ...byText.listTotals(text),
    ...byText.roundedRestatements(text),
    ...byText.unitRestatements(text),
    ...byText.levelChanges(text),
    ...byText.levelAdditions(text),
    ...byText.baseYearChanges(text),
    ...byText.yearSpanChanges(text),
    ...byText.comparedLevels(text),
    ...byText.nowChanges(text),
    ...byText.nextSentenceChangeSizes(text),
    // A value beside the one it replaces (`€ 7.400 in plaats van € 9.900`) and the size of the change.
    ...byText.insteadChanges(text),
    ...byText.datedRowDifferences(text),
    ...byText.flowBalances(text),
    ...perYearMeans(text, plan),
    ...yearlyTotals(text, plan),
    // A first year's count and a count per year after it, with the total over the run.
    ...yearRunTotals(text, plan),
    ...byText.restAmounts(text),
    ...byText.partsAfterWhole(text),
    ...byText.wholeSplits(text),
    ...byText.listSplits(text),
    ...byText.shareCounts(text),
    ...byText.shareAmounts(text),
    ...byText.countMeans(text),
    ...byText.sharedTotalMeans(text),
    ...byText.rateQuotients(text),
    // A count per a round number of people (`1,8 per 1.000 inwoners`).
    ...byText.perBaseRates(text),
    ...byText.pooledMeans(text),
    ...byText.priceGaps(text),
    ...byText.labelListProducts(text),
    ...byText.leadRateLists(text),
    ...byText.itemRateLists(text),
    ...byText.restatedPeriods(text),
    ...byText.pointedCounts(text),
    ...readAfter(carriedShares, text, earlier),
    ...readAfter(pointedNorms, text, earlier),
    ...readAfter(namedRates, text, earlier),
    ...readAfter(distantDivisors, text, earlier),
    ...readAfter(tableCountMeans, text, earlier),
    ...readAfter((t) => rowAmountMeans(t, finance, own), text, earlier),
    ...byText.tableAmountMeans(text),
    ...byText.tableYearMeans(text),
    ...byText.listedMeans(text),
    // A row per unit of two other rows of its table (`Grof afval (kg per huishouden)`).
    ...byText.tablePerUnitRows(text),
    // Two amounts restated per one unit: one count.
    ...byText.sharedDivisors(text),
    // A calculation the paragraph did once before, to the last digit, done again.
    ...byText.repeatedProducts(text),
    // What stays of a whole after a share of it goes.
    ...byText.shareRests(text),
    // What stays of a counted whole after a part of it.
    ...byText.countRests(text),
    // The same with several parts, closed by a word of the rest (`150 toegekend en 40 afgewezen; de overige 50`).
    ...byText.splitCountRests(text),
    // The same after a whole the part points back at (`48 aanvragen; daarvan 31 …, de overige 17`).
    ...byText.pointedRests(text),
    // What is needed less what there is, named as a shortfall (`21 nodig, 14 ingevuld: 7 tekort`).
    ...byText.countShortfalls(text),
    // What stays of a counted whole after a list of parts, in the sentence after them.
    ...byText.listedPartRests(text),
    // A price per unit a paragraph or two back, a count of that unit and its total after it.
    ...byText.carriedPricedCounts(text),
    // A price per unit of measure from a total and a quantity in another spelling of that measure.
    ...byText.measureMeans(text),
    // A figure a table states itself: the widest reading, after every calculation of the sentence.
    ...byText.tableLevels(text, finance)
  ]
    // A product of terms per month read against a total per year (`€ 25 per maand … € 12.000 per jaar`)
    // holds when brought to the total's period, as a written calculation is. Only a reading that then
    // holds is replaced: a reader that scaled itself (`€ 25 per maand, dat is € 330 per jaar`) keeps its own.
    .map((e) => {
      if (!beyond(e.computed, e.stated, e.tolerance)) return e
      const scaled = inResultPeriod(text, e)
      return beyond(scaled.computed, scaled.stated, scaled.tolerance) ? e : scaled
    })
    .filter(stands)
  // One result, one reading: the wider readings at the end (two levels, a total over the years)
  // give way to a reading of the sentence's own words (`afgeschreven over 40 jaar`).
  // A result the text writes out as a calculation is that calculation's (`€ 90.000 (€ 25.000 +
  // € 30.000 + € 40.000)`): finance-net-stated-vs-computed reports it, once.
  const written = writtenCalculations(text).map((e) => e.index)
  const near = (index: number, others: number[]): boolean => others.some((i) => Math.abs(i - index) <= 3)
  const read = readings.filter((e, i) => !near(e.index, readings.slice(0, i).map((r) => r.index)) && !near(e.index, written))
  // The sentence-level fallback reads what no narrow reader (nor a written calculation) read.
  const taken = [...read.map((e) => e.index), ...written]
  // (A discount in the result's sentence ties its numbers in a way the fallback does not read.)
  // (Nor does a deficit after an income larger than the cost, or a surplus the other way: another balance.)
  const misfits = misfitBalances(text)
  const fallback = byText.sentenceArithmetic(text).filter((e) => !near(e.index, taken) && !afterDiscount(text, e.index) && !near(e.index, misfits))
  // The last reading: a gap or sum said of one series of a table above, in a sentence no reader read.
  const last = tableSeriesGaps(text, [...taken, ...fallback.map((e) => e.index)], own).filter(stands)
  return [...read, ...fallback, ...last]
}

// A product of a bounded number (`maximaal 3 projecten` per school) whose result lies on the
// allowed side of it: an inequality that holds.
function bounded(text: string, e: Equation): boolean {
  return holdsAsBound(text, e, tokenize(text).filter((t) => t.kind === 'num'))
}

// A reading more than twice off its result that leaves out numbers of its sentence: a factor was
// missed in reading (`14 trainers geven 38 weken les à € 45, samen € 25.940` is no 38 × € 45), so
// the sentence is left to arithmetic-slip, which multiplies all of them.
function misread(text: string, e: Equation): boolean {
  const ratio = Number(e.computed.n * e.stated.d) / Number(e.stated.n * e.computed.d)
  // Terms in thousands and a result in euros (`1.200 + 1.400 = € 2.700.000`) leave no factor out.
  if (!(ratio < 0.5 || ratio > 2) || resultUnitFactor(e).n > 1n) return false
  // Its sentence and the one before, in the same paragraph (a count there may multiply in).
  const paragraph = Math.max(text.lastIndexOf('\n\n', e.index), text.lastIndexOf('\n-', e.index), 0)
  const sentence = Math.max(text.lastIndexOf('. ', e.index), paragraph)
  const numbers = text.slice(Math.max(text.lastIndexOf('. ', sentence - 1), paragraph), e.index).match(/\d[\d.,]*|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\p{L}+tien|\p{L}+tig)\b/giu) ?? []
  const terms = e.expression.match(/\d[\d.,]*/g) ?? []
  return numbers.length > terms.length
}
