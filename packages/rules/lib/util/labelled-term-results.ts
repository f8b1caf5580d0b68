/**
 * A result with the terms it is made of after it, each term an amount with the words that name it,
 * joined by words of adding and taking off: "De vereniging krijgt € 14.000: de zaalhuur (€ 18.500)
 * min de eigen bijdrage van € 4.500", "De eigen bijdrage komt op € 6.250, ofwel de kosten van
 * € 9.000 minus de subsidie van € 2.750". `result-first` reads terms that are only numbers and
 * operators; here the names between them are read past, and each gap between two amounts must hold
 * exactly one operator word, so every term and how it combines is written.
 */

import { amounts, type Amount } from './deductions.js'
import { add, rounding, sub, type Equation, type Rational } from './onderbouwing.js'

// After the result, up to three words (`per jaar`, `structureel`) and what introduces its terms: a
// colon, semicolon or dash, or a comma with or without a word that restates (`, ofwel`, `, dat is`);
// `dat is` may also open the terms after a semicolon (`€ 64.000; dat is de huur (€ 48.000) plus …`).
const INTRO = /^(?:\s+\p{L}{2,}){0,3}?(?:\s*[:;]|\s+[–—]|\s*,(?:\s+(?:ofwel|oftewel|namelijk|dat\s+is|dat\s+wil\s+zeggen|te\s+weten))?)\s+(?:(?:dat|dit)\s+(?:is|zijn)\s+)?/iu
// The operator words and signs between two terms: one per gap.
const OPERATOR = /\b(?:min|minus|plus|verminderd\s+met|vermeerderd\s+met)\b|[−+]/giu
const TAKES_OFF = /^(?:min|minus|verminderd|−)/iu
// Words that make a gap more than an operator between two named terms: another term (`en`, `of`),
// a rate or product (`per`, `maal`, `à`), or a part of a whole (`waarvan`, `inclusief`).
const NOT_A_GAP = /\b(?:en|of|per|maal|keer|elk|ieder|waarvan|inclusief|exclusief|incl|excl|daarnaast|extra|ruim|bijna|circa|ongeveer)\b|[×à*/=%]/iu
// A finite verb in the name of the first term: a clause of its own, not the name of a term
// (`€ 20.000, het budget is € 50.000 min …`).
const VERB = /\b(?:is|zijn|was|waren|wordt|worden|werd|werden|bedraagt|bedragen|bedroeg|komt|komen|blijft|blijven|gaat|gaan|krijgt|krijgen|heeft|hebben|kost|levert|leveren)\b/iu
// What may follow the last term: its name (`onderhoud`), not another term or a further calculation.
const TAIL_MORE = /\b(?:en|plus|min|minus|met|waarvan|inclusief|exclusief|daarnaast|extra|samen|totaal|is|dus)\b|[−+=]/iu
// A rounding word before the result lets it lie further from the calculation.
const APPROX = /(?:circa|ca\.|ongeveer|ruim|bijna|afgerond|zo['’]n)\s+$/iu
// The end of the clause with the terms: a sentence end, a semicolon or a blank line.
const CLAUSE_END = /[;!?]|\.(?=\s|$)|\n/u

/**
 * Every result followed by named terms joined by operator words.
 *
 * @param text A prose text.
 * @returns The calculations (`18.500 − 4.500 = 14.000`), with the rounding of the result as tolerance.
 */
export function labelledTermResults(text: string): Equation[] {
  const out: Equation[] = []
  for (const result of amounts(text, 0)) {
    const after = text.slice(result.index + result.text.length)
    const intro = INTRO.exec(after)
    if (!intro) continue
    const from = result.index + result.text.length + intro[0].length
    const rest = text.slice(from)
    const end = rest.search(CLAUSE_END)
    const clause = end < 0 ? rest : rest.slice(0, end)
    const terms = amounts(clause, from)
    if (terms.length < 2) continue
    const reading = read(text, result, terms, from, from + clause.length)
    if (reading) out.push(reading)
  }
  return out
}

// The terms with the text around them: no other number, a name before the first term without a
// verb, one operator in each gap and only a name after the last.
function read(text: string, result: Amount, terms: Amount[], from: number, to: number): Equation | undefined {
  const name = text.slice(from, terms[0]!.index).replace(/€\s*$/u, '')
  const tail = text.slice(terms.at(-1)!.index + terms.at(-1)!.text.length, to)
  const gaps = terms.slice(1).map((t, i) => text.slice(terms[i]!.index + terms[i]!.text.length, t.index).replace(/€\s*$/u, ''))
  if ([name, tail, ...gaps].some((s) => /\d/u.test(s)) || VERB.test(name) || TAIL_MORE.test(tail) || /\bper\b/iu.test(tail)) return undefined
  // A magnitude word on some terms only (`€ 0,4 + € 1,75 + € 2,1 miljoen`) may hold for all of them: no plain terms.
  if (new Set(terms.map((t) => /\p{L}/u.test(t.text))).size > 1) return undefined
  const ops: string[] = []
  for (const gap of gaps) {
    const found = [...gap.matchAll(OPERATOR)]
    if (found.length !== 1 || NOT_A_GAP.test(gap.replace(OPERATOR, ' '))) return undefined
    ops.push(found[0]![0])
  }
  // Terms that are only numbers and operators are `result-first`'s: a name must stand somewhere.
  if (!/\p{L}{2,}/u.test(name + gaps.map((g) => g.replace(OPERATOR, ' ')).join(' ') + tail)) return undefined
  let computed: Rational = terms[0]!.value
  terms.slice(1).forEach((t, i) => (computed = TAKES_OFF.test(ops[i]!) ? sub(computed, t.value) : add(computed, t.value)))
  if (computed.n <= 0n) return undefined
  return {
    expression: terms.map((t, i) => (i === 0 ? '' : TAKES_OFF.test(ops[i - 1]!) ? ' − ' : ' + ') + t.text).join(''),
    computed,
    stated: result.value,
    result: result.text,
    index: result.index,
    tolerance: rounding(result.text, APPROX.test(text.slice(Math.max(0, result.index - 14), result.index).replace(/€\s*$/u, ''))),
    final: true,
    arithmetic: true,
    // That the terms make the result is a reading of the sentence (a colon may also start a list).
    soft: true,
    named: true
  }
}
