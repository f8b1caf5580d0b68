/**
 * Calculations written after their result: "De kosten komen uit op € 48.000 (8 × € 6.500)." and
 * "€ 52.000, namelijk 8 keer € 6.500". The amount is the result, the bracket or the clause after
 * `namelijk` the calculation.
 */

import { magnitudeWord } from '@kapstok/nl'
import { dutchNumber, evaluate, mul, rounding, show, tokenize, type Equation } from './onderbouwing.js'
import { nounStem } from './unit-nouns.js'

const AMOUNT = String.raw`(?:€|EUR)\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*(?:${magnitudeWord}))?`
// An amount, then straight away a bracket or (after a verb particle: `€ 52.000 uit, namelijk`) a
// word that says the calculation follows.
// A period the result is per, or a verb particle, may stand before the bracket (`€ 268.000 per jaar
// (4 fte à € 64.000)`, `trekken we € 1.140.000 uit (…)`): group 3, a reading of the sentence then.
// One word that qualifies the result may stand there too (`€ 416.000 voordelig (…)`, `€ 84.000 structureel (…)`).
// A colon, semicolon or dash introduces the terms as a bracket does (`De indexatie kost € 18.000: 2,5% van
// € 640.000`), after up to three words (`per jaar`): a reading of the sentence, so soft.
const LEAD = new RegExp(String.raw`(${AMOUNT})(?![\d\p{L}])(\s*(?:(\s+per\s+(?:jaar|maand|week|kwartaal|dag)|\s+(?:uit|op|bij)|\s+\p{L}{4,}(?<!\b(?:voor|naar|door|over|zijn|wordt|hebben|worden|waarvan|waarmee|terwijl)))\s*)?\(\s*|(?:\s+(?:uit|op|vrij|bij|beschikbaar))?\s*[,:]?\s+(?:namelijk|ofwel|oftewel|dat\s+wil\s+zeggen|te\s+weten)\s*:?\s+|(?:\s+\p{L}{2,}){0,3}?(?:\s*[:;]|\s+[–—])\s+(?=(?:€\s*)?\d))`, 'giu')
// A note after a comma: words only, not opening with one that adds (`, plus schoonmaak`, `, en reiskosten`).
const NOTE = /,\s+(?!(?:plus|en|met|naast|vermeerderd|aangevuld|extra|waarvan|daarnaast|ook|of)\b)\p{L}[^\d€]*$/iu
// The terms after a colon, semicolon or dash (not after `namelijk` or a bracket).
const INTRODUCED = /^[^(]*(?:[:;]|[–—])\s*$/u
const MORE_PARTS = /\b(?:en|plus|met|naast|inclusief|exclusief|waarvan|aangevuld|vermeerderd|extra|overige?|rest|restant)\b/iu
// A rounding word before the result: it may lie further from the calculation.
const APPROX = /(?:circa|ca\.|ongeveer|ruim|bijna|afgerond|zo['’]n)\s+$/iu

// A count with its unit right before a bracket (`37 uur (296 uur gedeeld door 8 wijken)`): the
// bracket is its calculation only when its first term carries the same unit and every operator
// is written (no `van`), so a label (`12 scholen (3 in elke kern)`) stays one.
const ONE = { n: 1n, d: 1n }
const TWO = { n: 2n, d: 1n }
const COUNT_LEAD = /(?<![\d.,€]\s?)\b((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s+(\p{L}{2,})\s*\(\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s+(\p{L}{2,})\s+([^()]*?)\)/giu

// A count with its unit (and up to two words: `per handhaver`) right before a bracket of only numbers and written operators: `gemiddeld 42
// leerlingen per klas (1.260 / 30)`, `130 plekken (4 × 30 + 12)`.
const BARE_LEAD = /(?<![\d.,€]\s?)\b((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s+(\p{L}{2,})(?:\s+\p{L}+){0,2}?\s*\(\s*()()(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*[-+×x*/÷−]\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)+\s*\)/giu

/**
 * Counts that stand before the calculation of them, in brackets, in the same unit.
 *
 * @param text A prose text.
 * @returns The calculations, with the rounding of the count as tolerance.
 */
export function leadingCounts(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of [...text.matchAll(COUNT_LEAD), ...text.matchAll(BARE_LEAD)]) {
    const [, written = '', unit = '', , innerUnit = ''] = m
    // (A bracket of bare numbers and operators, `42 leerlingen per klas (1.260 / 30)`, is a calculation whatever it counts.)
    if ((innerUnit !== '' && nounStem(unit) !== nounStem(innerUnit)) || /^(?:19|20)\d{2}$/.test(written)) continue
    const inner = m[0].slice(m[0].indexOf('(') + 1, -1)
    const tokens = tokenize(inner)
    const ops = tokens.filter((t) => t.kind === 'op')
    if (ops.length === 0 || ops.some((t) => t.kind === 'op' && t.soft) || tokens.some((t) => t.kind !== 'num' && t.kind !== 'op') || tokens.at(-1)?.kind !== 'num') continue
    if (tokens.some((t) => t.kind === 'num' && (t.euro || t.text.endsWith('%') || /^(?:19|20)\d{2}$/.test(t.text)))) continue
    const computed = evaluate(tokens)
    if (!computed) continue
    out.push({
      expression: show(tokens),
      computed,
      stated: dutchNumber(written),
      result: written,
      index: m.index,
      // A quotient rarely comes out whole: its count may be cut off as well as rounded (a whole step).
      tolerance: mul(rounding(written, APPROX.test(text.slice(Math.max(0, m.index - 12), m.index))), ops.some((t) => t.kind === 'op' && t.op === '/') ? TWO : ONE),
      final: true,
      arithmetic: true,
      // A count is less sure to be the bracket's result than an amount: a warning, not an error.
      soft: true
    })
  }
  return out
}

/**
 * Calculations that follow their result. One with only written operators (`×`, `keer`, `maal`,
 * `à`, `+`, `−`) is proved by the text; one with `van` (`8 laadpalen van € 6.500`) is a
 * reading of the sentence and marked `soft`.
 *
 * @param text A prose text.
 * @returns The calculations, with the rounding of the result as tolerance.
 */
export function leadingResults(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(LEAD)) {
    const bracket = (m[2] ?? '').includes('(')
    const start = m.index + m[0].length
    const rest = text.slice(start)
    const end = bracket ? rest.indexOf(')') : rest.search(/,\s|[;!?]|\.(?:\s|$)|$/u)
    if (end <= 0) continue
    // A note after a comma in the bracket (`4 fte à € 64.000, inclusief werkgeverslasten`) says what
    // the terms cover; without a number of its own and not adding anything it is no term.
    const inner = rest.slice(0, end)
    const note = bracket ? NOTE.exec(inner) : null
    // Terms after a colon or dash that go on with a part without a number (`€ 50.000: 2 projecten van
    // € 20.000 en een reserve`) are not all the terms.
    if (INTRODUCED.test(m[2] ?? '') && MORE_PARTS.test(inner)) continue
    const tokens = tokenize(note ? inner.slice(0, note.index) : inner)
    const ops = tokens.filter((t) => t.kind === 'op')
    // Only a calculation: numbers and operators, nothing that starts a further one (`=`, a stop).
    if (ops.length === 0 || tokens.some((t) => t.kind !== 'num' && t.kind !== 'op') || tokens.at(-1)?.kind !== 'num') continue
    // `€ 100.000 (2024 - 2027)`: a period, not a subtraction.
    if (tokens.some((t) => t.kind === 'num' && !t.euro && /^(?:19|20)\d{2}$/.test(t.text))) continue
    const computed = evaluate(tokens)
    if (!computed) continue
    const written = (m[1] ?? '').replace(/^(?:€|EUR)\s*/u, '')
    out.push({
      expression: show(tokens),
      computed,
      stated: dutchNumber(written),
      result: written,
      index: m.index + (m[1] ?? '').indexOf(written),
      tolerance: rounding(written, APPROX.test(text.slice(Math.max(0, m.index - 12), m.index))),
      final: true,
      arithmetic: true,
      ...(ops.some((t) => t.kind === 'op' && t.soft) || m[3] !== undefined || note || INTRODUCED.test(m[2] ?? '') ? { soft: true } : {})
    })
  }
  return out
}
