/**
 * A balance over consecutive sentences of one paragraph: "De opbrengst is € 400.000. De kosten
 * zijn € 150.000. Per saldo resteert € 200.000." A whole, the amounts taken from it, and what
 * remains, each in its own sentence or clause.
 */

import { magnitudeWord } from '@kapstok/nl'
import { near } from './per-noun-means.js'
import { add, beyond, dutchNumber, proseEquation, rounding, sub, type Equation, type Rational } from './onderbouwing.js'

const AMOUNT = new RegExp(String.raw`(?<!\d)€\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*(?:${magnitudeWord}))?)(?![\d%])`, 'giu')
// A whole that is spent or taken from: a budget, revenue, what is available.
// Compounds count too (`sportbudget`, `bouwkosten`).
const WHOLE = /(?:budget|krediet|opbrengst(?:en)?)\b|\b(?:baten|inkomsten|bruto|beschikbaar|middelen)\b/iu
// Amounts taken from it: costs, spending, what goes to a purpose.
const PART = /(?:kosten|uitgaven|lasten)\b|\b(?:kost|investering|daarvan|gaat|gaan|besteden|besteed|uitgeven|uitgegeven|betalen|betaald|verplicht|toegekend)\b/iu
// What remains, named explicitly.
const RESULT = /\b(?:resteert|resteren|per\s+saldo|netto|saldo|blijft\b[^€]*€[^€]*\bover)\b/iu
// A sentence that totals the amounts before it: `In totaal is dat …`, `Samen gaat het om …`,
// `Het totale budget komt daarmee op …`.
const TOTAL = /^\s*(?:in\s+totaal|samen|bij\s+elkaar|opgeteld|alles\s+bij\s+elkaar|totaal\s*:|(?:het|de)\s+totale\s+[\p{L}-]+\s+(?:is|bedraagt|komt)\b|(?:het|dit|dat)\s+totaal\s+(?:is|bedraagt|komt)\b)/iu
// Amounts per period, parts of parts, or a deduction the sentence itself writes out.
const AWAY = /\bper\s+(?:jaar|maand|week|kwartaal)\b|\bjaarlijks|\bstructureel|\beenmalig|\bwaarvan\b|\binclusief\b|\bexclusief\b|\baftrek\b|\btekort\b|%/iu

// A rounding word before the result: it may lie further from the computation.
const APPROX = /\b(?:circa|ongeveer|ruim|bijna|ca\.|zo['’]n)\s+(?:nog\s+)?€\s*[\d.,]*$/iu

const ROUNDED = /\b(?:circa|ongeveer|ruim|bijna|ca\.|zo['’]n|afgerond)(?=\s)/iu

interface Clause {
  text: string
  /** Offset of the clause in the whole text. */
  start: number
  amounts: Array<{ value: Rational; text: string; index: number }>
}

const negative = (r: Rational): boolean => r.n < 0n

/**
 * Balances a paragraph builds over its sentences: the one amount of a sentence with a whole
 * (`budget`, `opbrengst`, `beschikbaar`), minus the amounts of the sentences right after it with
 * costs or spending (`kosten`, `daarvan gaat`), against the one amount of the next sentence with
 * an explicit result word (`resteert`, `blijft … over`, `per saldo`, `netto`, `saldo`).
 *
 * @param text A prose text.
 * @returns The balances as equations (`A − B − C = R`), with the rounding of the result as tolerance.
 */
export function runningBalances(text: string): Equation[] {
  const out: Equation[] = []
  let offset = 0
  for (const paragraph of text.split(/(\n\s*\n)/u)) {
    const clauses = clausesOf(paragraph, offset)
    offset += paragraph.length
    const sum = sentenceTotal(clauses)
    if (sum) out.push(sum)
    clauses.forEach((clause, r) => {
      // `De netto kosten zijn …`: a result word on a part is no balance of the sentences before.
      if (!RESULT.test(clause.text) || clause.amounts.length !== 1 || WHOLE.test(clause.text) || PART.test(clause.text) || AWAY.test(clause.text)) return
      // `Van het budget van € 3 mln is € 1,2 mln besteed; er resteert …`: the whole and its parts in one clause.
      const combined = wholeWithParts(clauses[r - 1])
      if (combined) {
        const [total, ...parts] = combined.amounts
        const result = clause.amounts[0]
        if (!total || !result) return
        const computed = parts.reduce((left, p) => sub(left, p.value), total.value)
        if (!negative(computed)) out.push(equationOf([total, ...parts].map((a) => a.text).join(' − '), computed, result, clause))
        return
      }
      let w = r - 1
      while (w >= 0 && isPart(clauses[w])) w--
      const whole = clauses[w]
      if (w === r - 1 || !whole || whole.amounts.length !== 1 || !WHOLE.test(whole.text) || PART.test(whole.text) || AWAY.test(whole.text)) return
      // A rounded whole or part leaves the result open by more than its own rounding.
      if (clauses.slice(w, r).some((c) => ROUNDED.test(c.text))) return
      const parts = clauses.slice(w + 1, r).flatMap((c) => c.amounts)
      const total = whole.amounts[0]
      const result = clause.amounts[0]
      if (!total || !result) return
      const computed = parts.reduce((left, p) => sub(left, p.value), total.value)
      if (negative(computed) || negative(sub(total.value, result.value))) return
      out.push(equationOf([total, ...parts].map((a) => a.text).join(' − '), computed, result, clause))
    })
  }
  return out
}

// `De bibliotheek krijgt € 200.000. Het buurthuis krijgt € 150.000. Samen is dat € 400.000.`: a
// paragraph of amounts and, last, a sentence that totals them. Only a whole paragraph counts:
// where an earlier sentence is about something else, what is totalled is unclear.
function sentenceTotal(clauses: Clause[]): Equation | undefined {
  const last = clauses.at(-1)
  const terms = clauses.slice(0, -1)
  const result = last?.amounts[0]
  if (!last || !result || last.amounts.length !== 1 || !TOTAL.test(last.text) || terms.length === 0 || terms.length > 5) return undefined
  // A whole among the terms (`het budget is …`) is where they come from; in the total (`het totale budget`) it is the sum.
  if (terms.some((c) => WHOLE.test(c.text)) || clauses.some((c) => AWAY.test(c.text) || ROUNDED.test(c.text) || RESULT.test(c.text)) || terms.some((c) => c.amounts.length === 0)) return undefined
  const amounts = terms.flatMap((c) => c.amounts)
  // One sentence with one amount is no sum: `De kosten zijn € 40.000. Samen met … is dat € 60.000.`
  if (amounts.length < 2) return undefined
  // A term larger than the total is the whole the parts come from.
  if (amounts.some((a) => negative(sub(result.value, a.value)))) return undefined
  const sumOf = (cs: Clause[]): Rational => cs.flatMap((c) => c.amounts).reduce((sum, a) => add(sum, a.value), { n: 0n, d: 1n })
  const computed = sumOf(terms)
  // A total more than twice the sum is a wider whole (`De totale cultuurbegroting is € 2,4 miljoen`), not their sum.
  if (!near(computed, result.value)) return undefined
  // The last sentences alone make the total: the first ones are about something else (`vorig jaar …`).
  const tolerance = rounding(result.text)
  if (terms.some((_, k) => k > 0 && !beyond(sumOf(terms.slice(k)), result.value, tolerance))) return undefined
  return equationOf(amounts.map((a) => a.text).join(' + '), computed, result, last)
}

function equationOf(expression: string, computed: Rational, result: Clause['amounts'][number], clause: Clause): Equation {
  return proseEquation(expression, computed, result, APPROX.test(clause.text.slice(0, result.index - clause.start)))
}

function isPart(clause: Clause | undefined): boolean {
  return clause !== undefined && clause.amounts.length > 0 && PART.test(clause.text) && !WHOLE.test(clause.text) && !RESULT.test(clause.text) && !AWAY.test(clause.text)
}

// A clause that names a whole and then what is taken from it: `Van het budget van € 3 mln is € 1,2 mln besteed`.
function wholeWithParts(clause: Clause | undefined): Clause | undefined {
  const first = clause?.amounts[0]
  if (!clause || !first || clause.amounts.length < 2 || AWAY.test(clause.text) || RESULT.test(clause.text) || ROUNDED.test(clause.text)) return undefined
  const head = clause.text.slice(0, first.index - clause.start)
  const tail = clause.text.slice(first.index - clause.start)
  // The whole comes first and is the largest: a part larger than it is no part of it.
  if (!WHOLE.test(head) || !/\bvan\b/iu.test(head) || !PART.test(tail) || clause.amounts.some((a) => negative(sub(first.value, a.value)))) return undefined
  return clause
}

// Sentences and clauses after a semicolon, with the amounts in euros of each.
function clausesOf(paragraph: string, offset: number): Clause[] {
  const out: Clause[] = []
  let start = 0
  for (const end of [...paragraph.matchAll(/[.;!?](?=\s|$)/gu)].map((m) => m.index + 1).concat(paragraph.length)) {
    const text = paragraph.slice(start, end)
    if (text.trim()) {
      const amounts = [...text.matchAll(AMOUNT)].map((m) => ({ value: dutchNumber(m[1] ?? '0'), text: m[1] ?? '', index: offset + start + m.index + m[0].indexOf(m[1] ?? '') }))
      out.push({ text, start: offset + start, amounts })
    }
    start = end
  }
  return out
}
