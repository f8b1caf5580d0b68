/**
 * The texts a calculation may stand in: running text, and every other written text with an
 * amount in it (an action read from a list item, a cell of a read table).
 */

import type { FinTabel, Plan, TextValue } from '@kapstok/core'
import { parseNumberWord } from '@kapstok/nl'
import { proseTexts, writtenTexts } from './text.js'
import { CHANGE_NOUN } from './amount-change.js'
import { tellsYearRun } from './year-run-totals.js'

/**
 * Prose texts, then every other written text with a euro amount, or with three numbers and a
 * result word: an action item can compute counts too (`gemiddeld 40 per jaar (35, 41 en 44)`).
 *
 * @param plan The model.
 * @returns Pointers and texts, prose first.
 */
export function calculationTexts(plan: Plan): TextValue[] {
  const prose = proseTexts(plan)
  const seen = new Set(prose.map((t) => t.pointer))
  return [...prose, ...writtenTexts(plan).filter((t) => !seen.has(t.pointer) && (/€\s*\d/.test(t.text) || countCalculation(t.text) || yearlyPair(t.text) || tellsYearRun(t.text)))]
}

// Three numbers (not years) and a word that states a result: a calculation of counts.
// `dat zijn`, `is dat` and `komt er` state a result too (`vier ploegen, elk zes diensten; dat zijn 24 diensten`).
// Any noun that names the size of a change counts (a goal `van 90 naar 60 dagen, een winst van 30 dagen`).
// So does a gap said with a comparative or `erbij` after its number (`van 290 naar 420, 130 meer dan nu`).
const RESULT_WORD = new RegExp(String.raw`\b(?:samen|totaal|gezamenlijk|gemiddeld|resteert|resteren|blijft|blijven|verschil|opgeteld|${CHANGE_NOUN}|(?:dat|dit)\s+(?:is|zijn)|(?:is|zijn)\s+dat|komt\s+(?:er|dat|het))\b|\d\s+(?:\p{L}+\s+)?(?:meer|minder|erbij|eraf)\b`, 'iu')
// A number per year beside another number: a goal that spreads a total over years (`tot en met
// 2029 vergroenen we 9.000 m² schoolplein, 2.000 m² per jaar`) states a mean.
const PER_YEAR_WORD = /\b(?:per\s+jaar|jaarlijks|elk\s+jaar|ieder\s+jaar)\b/iu
const yearlyPair = (text: string): boolean => PER_YEAR_WORD.test(text) && (text.match(/(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d.,]*/g) ?? []).length >= 2
// Counts written in words count too (`drie ploegen samen 900 nesten, gemiddeld 300 per ploeg`); `een` is an article.
const wordCounts = (text: string): number => (text.match(/\p{L}+/gu) ?? []).filter((w) => !/^(?:een|[eé]én)$/iu.test(w) && (parseNumberWord(w) ?? 0) >= 2).length
// A count split after a colon states its parts as a calculation too (`isoleert 390 woningen in twee jaar: 180 in 2026 en 230 in 2027`).
const COLON_SPLIT = /(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d.,]*\s+(?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+\s*:/u
const countCalculation = (text: string): boolean => (RESULT_WORD.test(text) || COLON_SPLIT.test(text)) && (text.match(/(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d.,]*/g) ?? []).length + wordCounts(text) >= 3

/**
 * The finance table a text explains (`/financien/tabellen/2/toelichting`): such a text speaks of
 * its own table first. prose-calculation and arithmetic-slip both pass it to the readings, so they
 * read the text alike (and the memo of the readings reads it once).
 *
 * @param plan The model.
 * @param pointer The text's pointer.
 * @returns The table, or undefined for a text outside the finance tables.
 */
export function ownFinanceTable(plan: Plan, pointer: string): FinTabel | undefined {
  const own = /^\/financien\/tabellen\/(\d+)\//u.exec(pointer)?.[1]
  return own === undefined ? undefined : plan.financien?.tabellen?.[Number(own)]
}

const before = new WeakMap<Plan, Map<number, FinTabel[]>>()
/**
 * The finance tables of a plan before the one a pointer explains (`5.1 Kosten` for the text under
 * `5.2 Dekking`): one array per table and plan, so memoized readers key it by identity.
 *
 * @param plan The model.
 * @param pointer A text's pointer.
 * @returns The tables before its own, or undefined outside a finance table.
 */
export function financeTablesBefore(plan: Plan, pointer: string): FinTabel[] | undefined {
  const own = /^\/financien\/tabellen\/(\d+)\//u.exec(pointer)?.[1]
  if (own === undefined || own === '0') return undefined
  let found = before.get(plan)
  if (!found) before.set(plan, (found = new Map()))
  let tables = found.get(Number(own))
  if (!tables) found.set(Number(own), (tables = (plan.financien?.tabellen ?? []).slice(0, Number(own))))
  return tables
}
