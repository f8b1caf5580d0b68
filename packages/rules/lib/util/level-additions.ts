/**
 * A level, an addition and the new level they make, spread over up to three sentences of one
 * paragraph: "Het ruiterpad is 37 km lang. We leggen twee lussen aan van elk 6 km, zodat het pad
 * 49 km meet." The new level should be the level plus the addition. The addition is an amount
 * marked as added (`extra`, `nieuwe`, `… bij`, `… toe`, `aanleg`), or a count of new things times
 * the size of each (`twee lussen van elk 6 km`); the three may be written in different units of
 * one measure (ha and m², kiloton and ton, km and m), which are converted to the new level's unit.
 *
 * The guards keep one natural reading: the level is the only other quantity of the new level's
 * kind in the window, the new level grows and lies within a quarter of the sum (further off it
 * is about something else), the new level is tied to the addition (in its clause, or by a word
 * such as `daarmee`, `zodat`, `totaal`), and a window that also takes something away (`vervallen`,
 * `sluiten`, `minder`) is left alone.
 */

import { proseEquation, type Equation } from './onderbouwing.js'
import { add, div, make, mul, sub, type Rational } from './exact-number.js'
import { quantities, sameNoun, type Quantity } from './sentence-quantities.js'
import { linkedSentences } from './text.js'
import { isMeasureUnit, unitFactor } from './unit-scales.js'
import { isYearNumber } from './year-numbers.js'

// Words that mark an amount as added to a level.
const ADDED = /\b(?:extra|nieuwe?|erbij|aanleg|aankoop|uitbreiding|aanvullende?|bijkomende?|toevoegen|voegen|toegevoegd)\b/iu
// `bij` and `toe` as particles closing a clause (`komen er 17 bij,`), not as prepositions (`bij 271 woningen`).
const PARTICLE = /\b(?:bij|toe)(?=\s*(?:[,;:.!?)]|$|zodat\b|waarmee\b|en\b|daarmee\b))/iu
// A word that ties the new level to the addition across a clause or sentence boundary.
const TIED = /\b(?:daarmee|waarmee|hiermee|zodat|dan|totaal|totale|samen|in\s+totaal)\b/iu
// A word that makes the new level a level (and not, say, a cost): it comes to, grows to, becomes.
const NEW_LEVEL = /\b(?:komt|komen|uitkomen|uit|groeit|groeien|stijgt|stijgen|wordt|worden|bereikt|bereiken|totaal|totale|samen|meet|meten|zijn\s+er|is\s+er|naar|tot)\b/iu
// Something taken away beside the addition: then the sum is not the new level.
const TAKEN = /\b(?:vervallen|vervalt|sluiten|sluit|gesloten|verdwijnen|verdwijnt|vervangen|vervangt|minder|af|eraf|weg|verwijderen|verwijderd|slopen|gesloopt|verkopen|verkocht|min)\b/iu
// Between a count and the size of each: `zeven akkers van gemiddeld 1.300 m²`, `twee lussen aan van elk 6 km`.
const EACH = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:van|met|à)\s+(?:(?:gemiddeld|elk|ieder|elke|iedere|telkens|steeds)\s+)?(?:€\s*)?$/iu
// A sentence that is only the number of a list item.
const LABEL_ONLY = /^\s*\d{1,3}[.)]\s*$/u
// `van 4 naar 7`: the first is the level the change starts from, never an addition.
const FROM_TO = /\bvan\s+(?:€\s*)?$/iu
const APPROX = /\b(?:circa|ca\.|ongeveer|ruim|bijna|rond|zo['’]n|afgerond)\s*(?:€\s*)?$/iu

interface Sized {
  q: Quantity
  /** The unit as written (`m²`, `hectare`), `€`, or the words after a count (`nieuwe laadpalen`); empty for a bare count. */
  unit: string[]
  /** The sentence's offset in the text and the clause the quantity stands in. */
  at: number
  clause: string
  sentence: number
}

// The unit: a measure written right after the number (`m²`, `hectare`, `km`), `€`, or else the
// words the quantity reader names after it (`bestaande bankjes`), any of which may name the noun.
const unitOf = (sentence: string, q: Quantity): string[] => {
  if (q.unit === '€') return ['€']
  const raw = /^\s*(km²|km2|m²|m2|m³|m3|[\p{L}'’-]+)/u.exec(sentence.slice(q.end))?.[1] ?? ''
  if (isMeasureUnit(raw)) return [raw]
  return q.unit.split(/\s+/u).filter((w) => w !== '')
}

const clauseOf = (sentence: string, index: number): string => {
  const start = Math.max(sentence.lastIndexOf(';', index), sentence.lastIndexOf(':', index)) + 1
  const ends = [sentence.indexOf(';', index), sentence.indexOf(':', index)].filter((i) => i >= 0)
  return sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length)
}

/** How many of the new level's unit one unit of `x` is, or undefined when they measure different things. */
function factor(x: Sized, to: Sized): Rational | undefined {
  const [a = '', b = ''] = [x.unit[0], to.unit[0]]
  if (a === '€' || b === '€') return a === b ? make(1n, 1n) : undefined
  if (isMeasured(x) || isMeasured(to)) return isMeasured(x) && isMeasured(to) ? unitFactor(a, b) : undefined
  // Counts: the same noun, or no noun on one side (`er 17 bij`).
  return x.unit.length === 0 || to.unit.length === 0 || x.unit.some((u) => to.unit.some((v) => sameNoun(u, v))) ? make(1n, 1n) : undefined
}

const isMeasured = (s: Sized): boolean => s.unit[0] === '€' || (s.unit.length === 1 && isMeasureUnit(s.unit[0]!))

/**
 * Every new level that is not the level plus the addition before it.
 *
 * @param text A prose text.
 * @returns The sums as equations (`2,7 + 3 × 1.700 ÷ 10.000 = 3,21`), with the rounding of the new level as tolerance.
 */
export function levelAdditions(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    // A list item's number (`4.`) is read as a sentence of its own: no quantity.
    const sized = sentences.map((s, k) =>
      (LABEL_ONLY.test(s.text) ? [] : quantities(s.text))
        .filter((q) => !q.unit.includes('%') && !q.share && !isYearNumber(q.text))
        .map((q): Sized => ({ q, unit: unitOf(s.text, q), at: s.index, clause: clauseOf(s.text, q.index), sentence: k }))
    )
    sentences.forEach((sentence, i) => {
      const result = sized[i]?.at(-1)
      if (!result || result.q.per !== '' || !NEW_LEVEL.test(sentence.text.slice(0, result.q.index) + sentence.text.slice(result.q.end, result.q.end + 20))) return
      const window = sentences.slice(Math.max(0, i - 2), i + 1)
      if (window.some((s) => TAKEN.test(s.text))) return
      const candidates = sized.slice(Math.max(0, i - 2), i + 1).flat().filter((s) => s !== result && !(s.sentence === i && s.q.index > result.q.index))
      const reading = readAddition(candidates, result, sentences)
      if (!reading) return
      const { level, addition, expression } = reading
      if (sub(result.q.value, level).n <= 0n) return
      const computed = add(level, addition)
      // Further than a quarter from the sum, the new level is about something else.
      const gap = sub(result.q.value, computed)
      if (sub(mul(gap.n < 0n ? { n: -gap.n, d: gap.d } : gap, make(4n, 1n)), computed).n > 0n) return
      const approx = APPROX.test(sentence.text.slice(0, result.q.index))
      const e = proseEquation(expression, computed, { text: result.q.text, value: result.q.value, index: sentence.index + result.q.index }, approx)
      // `circa 6,5 hectare` may round to a half: after a rounding word, a twentieth of the level.
      const loose = mul(result.q.value, make(1n, 20n))
      out.push({ ...e, tolerance: approx && sub(loose, e.tolerance).n > 0n ? loose : e.tolerance, soft: true })
    })
  }
  return out
}

// The level and the addition among the quantities before the new level: one addition (an added
// amount, or a count times the size of each), and exactly one other quantity of the new level's kind.
function readAddition(candidates: Sized[], result: Sized, sentences: Array<{ text: string }>): { level: Rational; addition: Rational; expression: string } | undefined {
  const kin = candidates.filter((c) => factor(c, result) !== undefined)
  const added = (c: Sized): boolean => ADDED.test(c.clause) || PARTICLE.test(c.clause)
  // A count of new things times the size of each.
  for (const [k, count] of candidates.entries()) {
    const size = candidates[k + 1]
    if (!size || size.sentence !== count.sentence || isMeasured(count) || !added(count)) continue
    const between = sentences[count.sentence]!.text.slice(count.q.end, size.q.index)
    const f = factor(size, result)
    if (!EACH.test(between) || !f || isMeasured(size) !== isMeasured(result)) continue
    if (unsized(size, result, sentences)) return undefined
    const levels = kin.filter((c) => c !== size && c !== count)
    if (levels.length !== 1 || !tied(result, size, sentences)) return undefined
    const level = levels[0]!
    const lf = factor(level, result)!
    return {
      level: mul(level.q.value, lf),
      addition: mul(mul(count.q.value, size.q.value), f),
      expression: `${term(level, lf)} + ${count.q.text} × ${term(size, f)}`
    }
  }
  const from = (c: Sized): boolean => c.sentence === result.sentence && FROM_TO.test(sentences[c.sentence]!.text.slice(0, c.q.index)) && /^\s*(?:[\p{L}'’-]+\s+){0,2}?naar\s+(?:€\s*)?$/iu.test(sentences[c.sentence]!.text.slice(c.q.end, result.q.index))
  const additions = kin.filter((c) => added(c) && !from(c) && !unsized(c, result, sentences))
  if (additions.length !== 1) return undefined
  const addition = additions[0]!
  const levels = kin.filter((c) => c !== addition)
  if (levels.length !== 1 || !tied(result, addition, sentences)) return undefined
  const level = levels[0]!
  const lf = factor(level, result)!
  const af = factor(addition, result)!
  // Bare counts on every side prove no kind: one of the three names the noun.
  if (level.unit.length + addition.unit.length + result.unit.length === 0) return undefined
  return { level: mul(level.q.value, lf), addition: mul(addition.q.value, af), expression: `${term(level, lf)} + ${term(addition, af)}` }
}

// Another added thing named without a size after the addition (`drie akkers van 1.700 m² en een
// boomgaard`): the sum leaves a part out.
const ALSO = /\b(?:en|plus|inclusief|alsmede)\b/iu
function unsized(addition: Sized, result: Sized, sentences: Array<{ text: string }>): boolean {
  const text = sentences[addition.sentence]!.text
  const rest = addition.sentence === result.sentence && result.q.index > addition.q.end ? text.slice(addition.q.end, result.q.index) : (/^[^;:.!?]*/u.exec(text.slice(addition.q.end))?.[0] ?? '')
  return ALSO.test(rest) && !/\d/u.test(rest)
}

// The new level stands in the addition's clause, or a word ties it to what came before.
function tied(result: Sized, addition: Sized, sentences: Array<{ text: string }>): boolean {
  if (addition.sentence === result.sentence && addition.clause === result.clause) return true
  const own = sentences[result.sentence]!.text.slice(0, result.q.index)
  return TIED.test(result.clause) || TIED.test(own.slice(Math.max(own.lastIndexOf(';'), 0)))
}

const term = (s: Sized, f: Rational): string => {
  const shown = s.unit[0] === '€' ? `€ ${s.q.text}` : isMeasured(s) ? `${s.q.text} ${s.unit[0]}` : s.q.text
  if (f.n === f.d) return shown
  return f.n > f.d ? `${shown} × ${(f.n / f.d).toLocaleString('nl-NL')}` : `${shown} ÷ ${div(make(1n, 1n), f).n.toLocaleString('nl-NL')}`
}
