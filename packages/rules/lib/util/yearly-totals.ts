/**
 * A number per year and its total over a number of years the text names: "De tweede jongerenwerker
 * kost € 72.000 per jaar. Voor 2027, 2028 en 2029 samen komt dat op € 216.000." The total should be
 * the yearly number times the years (a range, a list of years, `in vier jaar`, `tot en met 2030`
 * from the plan's start, or the plan's own period), within its rounding. `plan-period-totals`
 * reads the plan's own period in one sentence; this reads every count of years, over a sentence.
 */

import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, proseEquation, type Equation } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { PER_YEAR, quantities, yearsOf, type PlanYears } from './per-year-means.js'
import { linkedSentences } from './text.js'

// The total: a word that makes the next number the outcome (`dus` too: `over vier jaar dus 320`;
// `betekent dat`; a verb that takes up the yearly number, `trekken we daarmee … uit`), then the
// number and no number after it.
const TOTAL = new RegExp(
  String.raw`\b(?:samen|in\s+totaal|bij\s+elkaar|opgeteld|dus|(?:is|zijn)\s+dat(?:\s+er)?(?:\s+(?:samen|in\s+totaal|dus))?|dat\s+(?:is|zijn)|(?:komt|komen)\s+[^\d€.;!?]{0,40}?\bop|kost\s+(?:dat|dit|het)|(?:betekent|betekende)\s+(?:dat|dit)|(?:we|wij)\s+(?:zo|daarmee|hiermee|dus))\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent|per\b))`,
  'giu'
)
// A yield over the years with its verb before and `op` after the total: `brengt de jaarlijkse pacht
// van € 8.000 in vier jaar € 32.000 op`. Dots inside a number do not end the clause.
const YIELD = new RegExp(
  String.raw`\b(?:levert|leveren|leverde|leverden|brengt|brengen|bracht|brachten)\b(?:[^;!?.]|\.(?=\d))*?\s(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?=\s+(?:[\p{L}-]+\s+){0,2}?op\b)`,
  'giu'
)
// A total with its years after it: `€ 6.000 per jaar, oftewel € 24.000 over de looptijd`, also with
// its noun between (`40 woningen per jaar, samen 200 woningen in vijf jaar`).
const TOTAL_THEN_YEARS = new RegExp(String.raw`\b(?:ofwel|oftewel|dus|samen)\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?=(?:\s+\p{Ll}[\p{L}-]+)?\s+(?:voor|over|in|gedurende)\s)`, 'giu')
// A yearly amount named by its noun: `de jaarlijkse huur (van de zaal) van € 8.000`, `een jaarbudget van € 20.000`.
const YEARLY_NOUN = new RegExp(String.raw`\b(?:jaarlijkse\s+[\p{L}-]+(?:\s+(?:van|voor)\s+(?:de|het)\s+[\p{L}-]+)?|jaar(?:budget|bedrag|bijdrage|lasten|kosten|opbrengst|huur))\s+van\s+(?:gemiddeld\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)`, 'giu')
// A year in digits, not part of an amount.
const YEAR_WORD = /(?<![€\d.,]\s*)\b(?:19|20)\d{2}\b(?![.,]\d)/gu
// Words that make the total more than the yearly number over the years.
const MORE = /\b(?:eenmalig|eenmalige|daarnaast|plus|inclusief|waarvan|vanaf|indexatie|oplopend)\b/iu

/**
 * Every total of a yearly number over the years its sentence names.
 *
 * @param text A prose text.
 * @param plan The plan's period, when its metadata gives one.
 * @returns The totals as equations (`€ 117.000 × 3`), with the rounding of the total as tolerance.
 */
export function yearlyTotals(text: string, plan?: PlanYears): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, s) => {
      const totals = [...sentence.text.matchAll(TOTAL), ...sentence.text.matchAll(YIELD), ...[...sentence.text.matchAll(TOTAL_THEN_YEARS)].map((m) => Object.assign(m, { after: true }))]
      for (const m of totals) {
        const [whole, approx, euro, written = ''] = m
        const at = sentence.index + (m.index ?? 0) + whole.lastIndexOf(written)
        if (out.some((e) => e.index === at)) continue
        // The years in the total's own sentence; the yearly number there or in the sentence before.
        const own = text.slice(sentence.index, at)
        // Up to the end of the total's clause: a list read as one sentence goes on with other items.
        const rest = sentence.text.slice(at - sentence.index)
        const clause = sentence.text.slice(0, at - sentence.index + rest.search(/[;\n]|$/u))
        const tail = text.slice(at + written.length, sentence.index + clause.length)
        // After `oftewel € 24.000` the years follow the total (`over de looptijd`).
        const years = 'after' in m ? (yearsOf(own, plan) === undefined ? yearsOf(tail, plan) : undefined) : yearsOf(own, plan)
        if (years === undefined || years < 2 || /\d/.test(tail)) continue
        const before = s > 0 ? text.slice(sentences[s - 1]!.index, sentence.index) : ''
        // `ofwel`, `oftewel` restate the amount right before it: its yearly amount stands in its own sentence.
        const window = 'after' in m ? own : before + own
        if (MORE.test(before + clause)) continue
        const y = yearlyAmount(window)
        if (!y || y.euro !== Boolean(euro)) continue
        const computed = mul(dutchNumber(y.amount), { n: BigInt(years), d: 1n })
        const stated = dutchNumber(written)
        if (!near(computed, stated)) continue
        out.push(proseEquation(`${euro ? '€ ' : ''}${y.amount} × ${years}`, computed, { text: written, value: stated, index: at }, Boolean(approx)))
      }
    })
  }
  return out
}

/**
 * The yearly number a total multiplies: the one number per year of the sentence before and the
 * total's own sentence up to the total, with no other quantity beside it (another quantity may
 * be what multiplies). With more, the last one when it is what the sentence before works out
 * (`Een les kost € 90; we geven er 40 per jaar, dus € 3.600 per jaar.`): it closes that sentence, and
 * the total's sentence names no other quantity.
 */
function yearlyAmount(window: string): { amount: string; euro: boolean } | undefined {
  const found = new Map<number, { amount: string; euro: boolean; end: number }>()
  // (A year before the words `elk jaar` is when, not how much: `In 2029 en 2030 schonen we ieder jaar …`; blanked, the offsets hold.)
  for (const y of window.replace(YEAR_WORD, (year) => ' '.repeat(year.length)).matchAll(PER_YEAR)) {
    const amount = y[3] ?? y[6] ?? ''
    const index = (y.index ?? 0) + y[0].lastIndexOf(amount)
    found.set(index, { amount, euro: Boolean(y[2] ?? y[5]), end: (y.index ?? 0) + y[0].length })
  }
  for (const y of window.matchAll(YEARLY_NOUN)) {
    const amount = y[2] ?? ''
    const index = (y.index ?? 0) + y[0].lastIndexOf(amount)
    if (!found.has(index)) found.set(index, { amount, euro: Boolean(y[1]), end: (y.index ?? 0) + y[0].length })
  }
  const yearly = [...found.entries()].sort((a, b) => a[0] - b[0])
  if (yearly.length === 0) return undefined
  if (yearly.length === 1 && !quantities(window).some((q) => q.text !== yearly[0]![1].amount)) return yearly[0]![1]
  // The total's own clause starts after the last sentence or clause end (a dot inside a number is none).
  const ownStart = Math.max(...[...window.matchAll(/[.;!?](?=\s)|\n/gu)].map((b) => (b.index ?? 0) + 1), 0)
  const [index, last] = yearly.at(-1)!
  const closes = index < ownStart && /^\s*[.;]\s*(?:-\s)?\s*$/u.test(window.slice(last.end, ownStart))
  return closes && quantities(window.slice(ownStart)).length === 0 ? last : undefined
}
