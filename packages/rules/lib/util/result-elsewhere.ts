/**
 * Whether a result of a sentence is measured against something else than the quantities before it,
 * so that `sentenceArithmetic` does not combine them: a reference point (`sinds 2019`, `ten
 * opzichte van 2022`), a part it includes (`inclusief 40 in het eerste jaar`), another quantity of
 * its kind in its clause, `met` or `plus` between the terms and the result, or amounts of different
 * years.
 */

import { quantities, sameKind, type Quantity } from './sentence-quantities.js'
import { PERIODS, type Cue } from './result-cues.js'

// `een op de zes`, `één op de 12`: a ratio, no count.
const ONE_IN = /\b(?:een|één|1)\s+op\s+(?:de\s+)?$/iu
// `inclusief`, `exclusief`: right after an amount or its `per …` it says what that amount covers.
const INCLUDING = /\b(?:inclusief|exclusief|incl\.|excl\.)(?!\p{L})/giu

// A result the text measures against something else than the quantities before it, or one part
// of it: `sinds 2019`, `ten opzichte van 2022`, `inclusief 40 in het eerste jaar`, `€ 150.000 voor
// jeugd en € 50.000 voor zorg` (another of its kind after it in its clause), `met servicekosten`
// between the rate and the result, `waarvan`, or amounts of different years (`in 2025 …, in 2026 …`).
export function measuredElsewhere(text: string, cue: Cue, r: Quantity, operands: Quantity[], sentenceStart: number, listEnd?: number): boolean {
  // A list of parts after the result is no other quantity of its clause, and its labels (years, names) are no years of another amount.
  // A clause that gives a cause after a comma (`€ 52.000 meer, mede door een
  // vloer van € 400.000`) names what brought the result about, not another quantity it is measured against.
  const clause = listEnd !== undefined ? '' : (/^[^.;:!?]*/.exec(text.slice(r.end))?.[0] ?? '').replace(CAUSE, '')
  const sentence = text.slice(sentenceStart, r.end + clause.length)
  if (/\b(?:sinds|ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met|waarvan)(?!\p{L})/iu.test(sentence)) return true
  // `inclusief btw` before a total says more than the parts add in; right after an amount (`€ 1.150
  // per boom inclusief nazorg`) it only says what that amount covers, unless a part of the
  // result's kind follows (`inclusief 40 in het eerste jaar`).
  for (const m of sentence.matchAll(INCLUDING)) {
    const head = sentence.slice(0, m.index)
    const covers = /(?:\d|\bper\s+\p{L}+)\s*$/u.test(head)
    if (!covers || quantities(sentence.slice(m.index), sentenceStart + (m.index ?? 0)).some((q) => q.index < r.index && sameKind(q, r))) return true
  }
  // A ratio restating the result (`, ongeveer een op de zes leerlingen`) is no other quantity of its kind.
  // (Nor is the span a change or total is over, `vier minder in vijf jaar`, when the result counts no periods.)
  // (Nor is the value set against it, `€ 13,20 kwijt, tegen € 12,00 nu`: the same sum at another level.)
  if (quantities(clause, r.end).some((q) => sameKind(q, r) && !(PERIODS.test(q.unit) && !PERIODS.test(r.unit)) && !ONE_IN.test(text.slice(Math.max(0, q.index - 14), q.index)) && !AGAINST.test(text.slice(Math.max(0, q.index - 12), q.index)))) return true
  const last = operands.at(-1)
  // (`rekenen we met € …` names the result.)
  if (last && /\b(?:met|plus|naast|zonder)\b/i.test(text.slice(last.end, r.index).replace(/\brekenen\s+(?:we|wij)\s+(?:\p{L}+\s+){0,2}?met\b/iu, ''))) return true
  // A span of years (`over de jaren 2021 tot en met 2024`) is the one period a mean is taken over.
  const years = cue === 'mean' ? sentence.replace(YEAR_SPAN, '$1') : sentence
  if (cue === 'sum' && yearPerTerm(text, r, operands, sentenceStart)) return false
  return cue !== 'diff' && (years.match(/\b(?:19|20)\d{2}\b/g) ?? []).length >= 2
}

// Terms of a sum that each carry their own year (`in 2031 zeven, in 2032 negen en in 2033 vijf;
// samen …`, `12 in 2031, 9 in 2032 …`): the years label the terms, they are no other amounts.
// Only when years and terms alternate one to one before the result and no year follows it.
function yearPerTerm(text: string, r: Quantity, operands: Quantity[], sentenceStart: number): boolean {
  const terms = operands.filter((q) => q.index >= sentenceStart && sameKind(q, r))
  if (terms.length < 2) return false
  const yearAt = [...text.slice(sentenceStart, r.index).matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => sentenceStart + (m.index ?? 0))
  if (yearAt.length !== terms.length || new Set(yearAt.map((i) => text.slice(i, i + 4))).size !== yearAt.length) return false
  if (/^[^.;:!?]*\b(?:19|20)\d{2}\b/u.test(text.slice(r.end))) return false
  const marks = [...yearAt.map((i) => ({ i, year: true })), ...terms.map((q) => ({ i: q.index, year: false }))].sort((a, b) => a.i - b.i)
  return marks.every((m, k) => k === 0 || m.year !== marks[k - 1]!.year)
}
const AGAINST = /\btegen\s+(?:€\s*)?$/iu
// A comma and a conjunction or preposition of cause, maybe after a word that weighs it, up to the clause's end.
const CAUSE = /,\s+(?:(?:vooral|mede|deels|grotendeels|voornamelijk|hoofdzakelijk|met\s+name|onder\s+(?:meer|andere))\s+)?(?:door|doordat|omdat|vanwege|dankzij|want)\b.*$/isu
const YEAR_SPAN = /\b((?:19|20)\d{2})\s*(?:tot\s+en\s+met|t\/m|tot|-|–)\s*(?:19|20)\d{2}\b/gu
