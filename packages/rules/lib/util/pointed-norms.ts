/**
 * A norm laid down once (`ten minste 3 m² speelruimte per kind`, `Per groep rekenen we met
 * hoogstens 16 peuters`, `Elke coach begeleidt maximaal acht gezinnen`, `één lichtmast per 40
 * meter weg`) and applied later through a pointer (`volgens deze norm`, `met die verhouding`, `bij
 * die dichtheid`) to a quantity of one of its nouns, with a result in the other: "De speelzaal
 * van 75 m² is volgens die norm goed voor 30 kinderen" holds 25 at most.
 *
 * A bound makes the check one-sided: under a minimum per unit (`ten minste 3 m² per kind`) the
 * units a space holds may be fewer, not more; under a maximum (`hoogstens 16 peuters per groep`)
 * the counted things may be fewer, not more; `nodig` asks for the exact number (rounded up). A
 * norm without a bound gives the product, whole things rounded either way. Quiet when the text
 * lays down two different norms for the same pair of nouns, and when the sentence has more than
 * one quantity of a noun.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { add, div, dutchNumber, make, mul, sub, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { memoPlaced } from './memo.js'
import { allMatches } from './all-matches.js'
import { near } from './per-noun-means.js'
import { nounStem } from './unit-nouns.js'
import { NAMES_NORM, tableNorm } from './table-norms.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

const SPELLED = String.raw`(?<![\p{L}])(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\p{L}{3,}tien|\p{L}*tig|honderd)(?![\p{L}])`
const COUNT = String.raw`(?<![\d.,])(?:${NUMBER}|${SPELLED})(?![\d]|[.,]\d)`
// A unit: an area or length sign, or a noun (with an adjective before it: `jonge bomen`).
const UNIT = String.raw`(?:m²|m2|m³|km²|(?:\p{Ll}+e\s+)?\p{L}[\p{L}-]+)`
const BOUND = String.raw`(?:(ten\s+minste|minimaal|minstens|minimum\s+van|op\s+zijn\s+minst)|(ten\s+hoogste|hoogstens|maximaal|hooguit|niet\s+meer\s+dan|maximum\s+van))\s+`
// `3 fietsplekken per woning`, `ten minste 4 m² per kind`, `één afvalbak per 150 meter pad`.
const RATE_PER = new RegExp(String.raw`(?:${BOUND})?(${COUNT})\s+(${UNIT})\s+(?:\p{L}+\s+){0,2}?per\s+(?:(${COUNT})\s+)?(${UNIT})`, 'giu')
// `Per klaslokaal rekenen we met hoogstens 28 leerlingen`, `iedere deelnemer ten minste 6 m²`, `Elke coach begeleidt maximaal acht gezinnen`.
const RATE_EACH = new RegExp(String.raw`\b(?:per|elke|iedere|ieder|elk)\s+(\p{L}[\p{L}-]+)\s+(?:[^\d\s.;:]+\s+){0,5}?(?:${BOUND})?(${COUNT})\s+(${UNIT})`, 'giu')
// `Per 20 leerlingen zet de school minstens één begeleider in`, `op elke acht bewoners ten minste één douche`.
// The one after the units may be the article: `Voor iedere 500 inwoners hoort er een speelplek`.
const RATE_EACH_COUNT = new RegExp(String.raw`\b(?:per|(?:op|voor)\s+(?:elke|iedere)|elke|iedere)\s+(${COUNT})\s+(${UNIT})\s+(?:[^\d\s.;:]+\s+){0,5}?(?:${BOUND})?(${COUNT}|een)\s+(${UNIT})`, 'giu')
// A ratio with `op`: `één begeleider op acht kinderen`, `1 toilet op elke 10 bezoekers`.
const RATE_ON = new RegExp(String.raw`(?:${BOUND})?(${COUNT})\s+(${UNIT})\s+op\s+(?:elke\s+|iedere\s+)?(${COUNT})\s+(${UNIT})`, 'giu')
// The pointer that applies a norm laid down before.
// A compound names it too: `volgens die speelnorm`, `op grond van de parkeernormen`.
const POINTER = /\b(?:volgens|met|bij|op\s+basis\s+van|op\s+grond\s+van|uitgaande\s+van|gezien|conform|naar)\s+(?:deze|die|de|dat|dit|onze|genoemde|bovenstaande)\s+(?:\p{L}+\s+)?\p{L}*(?:norm|normen|verhouding|dichtheid|richtlijn|maatstaf|ratio|eis)\b|\b(?:deze|die)\s+\p{L}*(?:norm|verhouding|dichtheid)\s+(?:betekent|geeft|houdt)\b/iu
// A result drawn from the norm without naming it: `biedt daarmee ruimte aan`, `is dus geschikt
// voor`, `dat betekent`, `zijn … nodig`. Only with a norm of exactly the sentence's two nouns.
const CONSEQUENCE = /\b(?:daarmee|dus|daardoor|zodat|dat\s+betekent|betekent\s+(?:de|die|deze)\s+norm|geschikt\s+voor|ruimte\s+(?:aan|voor)|plaats\s+(?:aan|voor)|nodig|vereist|benodigd\p{L}*)\b/iu
// A sentence that says the norm is not met, or will be met later, states no result of it.
const NOT_MET = /\b(?:niet|geen|nog\s+niet|te\s+(?:klein|weinig|veel|krap)|tekort|onvoldoende|voldoet|voldoen|overschrijd\p{L}*|boven\s+de\s+norm|onder\s+de\s+norm|straks|vanaf|na\s+de\s+verbouwing)\b/iu
// The word each rate pattern cannot do without: `per`, `elke`, `iedere` (RATE_PER, RATE_EACH,
// RATE_EACH_COUNT) or `op` (RATE_ON). Most sentences have neither, and testing for the word spares
// them the patterns, which try a spelled count at every letter.
const EACH_WORD = /\b(?:per|elke?|iedere?)\s/iu
const ON_WORD = /\sop\s/iu
const QUANTITY = new RegExp(String.raw`(${COUNT})\s*(${UNIT})`, 'giu')
const NEEDED = /\b(?:nodig|vereist|benodigd\p{L}*)\b/iu
const APPROX = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n|rond|afgerond)\s+$/iu
// How far back (in characters) a norm may have been laid down.
const NEAR = 1500

interface Norm { rate: Rational; shown: string; of: string; per: string; side: 'min' | 'max' | 'exact'; index: number }
interface Found { value: Rational; text: string; unit: string; index: number }

const value = (text: string): Rational | undefined => {
  if (/\d/u.test(text)) return dutchNumber(text)
  const n = /^(?:één|een)$/iu.test(text) ? 1 : parseNumberWord(text.toLowerCase())
  return n === undefined ? undefined : make(BigInt(n), 1n)
}
// A unit's noun as a stem: `m²` and `m2` as `m`, the last word of `jonge bomen`.
const stemOf = (unit: string): string => nounStem((unit.split(/\s+/u).at(-1) ?? '').replace(/[²³2]$/u, ''))
// Two nouns are one when their stems agree or one is a compound ending in the other (`klaslokaal`, `lokalen`).
// The word as written counts too: the stem of `huis` drops its `s`, that of `woonhuizen` keeps it.
const sameThing = (a: string, b: string): boolean => {
  const forms = (unit: string): string[] => [stemOf(unit), (unit.split(/\s+/u).at(-1) ?? '').toLowerCase()]
  return forms(a).some((x) => forms(b).some((y) => {
    if (x === y) return x.length > 0
    const [short, long] = x.length < y.length ? [x, y] : [y, x]
    // A plural in -eren (`kind`, `kinderen`; `blad`, `bladeren`) adds to the word itself.
    return (short.length >= 4 && long.endsWith(short)) || (short.length >= 3 && long === `${short}eren`)
  }))
}

/**
 * Every result a sentence derives through a pointer from a norm laid down before it.
 *
 * @param text A prose text (a section).
 * @returns The results that break the norm, as equations (`55 ÷ 2,5`), with no tolerance beyond the rounding.
 */
export function pointedNorms(text: string): Equation[] {
  const sentences = paragraphSentences(text).flat()
  const norms: Norm[] = []
  const out: Equation[] = []
  sentences.forEach((s, i) => {
    // Naming the norm is pointing to it as well: `Voor de 35 appartementen vraagt de norm …`.
    const pointer = POINTER.exec(s.text) ?? CONSEQUENCE.exec(s.text) ?? NAMES_NORM.exec(s.text)
    // A sentence with a rate of its own lays that down (and a sentence reader checks what it derives).
    const own = laidDown(s.text, s.index)
    if (!pointer || own.length > 0 || NOT_MET.test(s.text)) {
      norms.push(...own)
      return
    }
    const found = quantitiesOf(s.text, s.index)
    const prev = sentences[i - 1]
    const earlier = prev ? quantitiesOf(prev.text, prev.index) : []
    const result = found.filter((q) => q.index > s.index + pointer.index).at(-1) ?? found.at(-1)
    if (!result) return
    // The norms whose two nouns the sentence counts (the result one, the other here or just before); they must agree.
    const counts = (unit: string): boolean => [...found, ...earlier].some((q) => q !== result && sameThing(q.unit, unit))
    const fitting = norms.filter((n) => s.index - n.index <= NEAR && ((sameThing(result.unit, n.of) && counts(n.per)) || (sameThing(result.unit, n.per) && counts(n.of))))
    // No norm laid down in prose: a table of norms may hold it, by the row and column the sentence names.
    if (fitting.length === 0) {
      const cell = tableNorm(text, s)
      const operands = found.filter((q) => q !== result)
      if (!cell || operands.length !== 1) return
      const norm: Norm = { rate: cell.rate, shown: cell.shown, of: result.unit, per: operands[0]!.unit, side: 'exact', index: s.index }
      const judged = judge(norm, true, operands[0]!, result, NEEDED.test(s.text), APPROX.test(s.text.slice(0, result.index - s.index)))
      if (judged) out.push(judged)
      return
    }
    for (const norm of fitting.slice(-1)) {
      if (fitting.some((n) => sub(n.rate, norm.rate).n !== 0n || n.of !== norm.of || n.per !== norm.per)) return
      const resultOf = sameThing(result.unit, norm.of)
      if (!resultOf && !sameThing(result.unit, norm.per)) return
      // The operand: the one quantity of the norm's other noun, in the sentence or the one before.
      const other = resultOf ? norm.per : norm.of
      const own = found.filter((q) => q !== result && sameThing(q.unit, other))
      const operands = own.length > 0 ? own : earlier.filter((q) => sameThing(q.unit, other))
      if (operands.length !== 1 || found.filter((q) => q !== result && sameThing(q.unit, result.unit)).length > 0) return
      const operand = operands[0]!
      const approx = APPROX.test(s.text.slice(0, result.index - s.index))
      const judged = judge(norm, resultOf, operand, result, NEEDED.test(s.text), approx)
      if (judged) out.push(judged)
    }
  })
  return out
}

// The norms a sentence lays down (none when it applies one: it has a pointer). Read once per
// sentence: the texts before a section are read again for every section of the chapter.
const laidDown = memoPlaced(readLaidDown)

function readLaidDown(sentence: string): Array<Omit<Norm, 'index'>> {
  const out: Array<Omit<Norm, 'index'>> = []
  const each = EACH_WORD.test(sentence)
  const on = ON_WORD.test(sentence)
  for (const m of each ? allMatches(RATE_PER, sentence) : []) {
    const [count, per] = [value(m[3]!), m[5] ? value(m[5]) : make(1n, 1n)]
    if (!count || !per || isYearNumber(m[3]!) || per.n === 0n) continue
    out.push({ rate: div(count, per), shown: m[5] ? `${m[3]} per ${m[5]}` : m[3]!, of: m[4]!, per: m[6]!, side: m[1] ? 'min' : m[2] ? 'max' : 'exact' })
  }
  for (const m of each ? allMatches(RATE_EACH_COUNT, sentence) : []) {
    const [per, count] = [value(m[1]!), value(m[5]!)]
    if (!per || !count || per.n === 0n || isYearNumber(m[1]!) || isYearNumber(m[5]!)) continue
    out.push({ rate: div(count, per), shown: `${m[5]} per ${m[1]}`, of: m[6]!, per: m[2]!, side: m[3] ? 'min' : m[4] ? 'max' : 'exact' })
  }
  for (const m of on ? allMatches(RATE_ON, sentence) : []) {
    const [count, per] = [value(m[3]!), value(m[5]!)]
    if (!count || !per || per.n === 0n || isYearNumber(m[3]!) || isYearNumber(m[5]!)) continue
    out.push({ rate: div(count, per), shown: `${m[3]} op ${m[5]}`, of: m[4]!, per: m[6]!, side: m[1] ? 'min' : m[2] ? 'max' : 'exact' })
  }
  for (const m of each ? allMatches(RATE_EACH, sentence) : []) {
    const count = value(m[4]!)
    // `per negen deelnemers` is a count of units, read above.
    if (!count || isYearNumber(m[4]!) || value(m[1]!) !== undefined || out.some((n) => sameThing(n.of, m[5]!) && sameThing(n.per, m[1]!))) continue
    out.push({ rate: count, shown: m[4]!, of: m[5]!, per: m[1]!, side: m[2] ? 'min' : m[3] ? 'max' : 'exact' })
  }
  return out
}

function quantitiesOf(sentence: string, offset: number): Found[] {
  return allMatches(QUANTITY, sentence).flatMap((m) => {
    const v = value(m[1]!)
    return v && !isYearNumber(m[1]!) ? [{ value: v, text: m[1]!, unit: m[2]!, index: offset + m.index! }] : []
  })
}

const floor = (r: Rational): Rational => make(r.n / r.d - (r.n % r.d !== 0n && r.n < 0n ? 1n : 0n), 1n)
const ceil = (r: Rational): Rational => (r.n % r.d === 0n ? r : make(r.n / r.d + 1n, 1n))
const whole = (r: Rational): boolean => r.n % r.d === 0n

// The result against the norm: `resultOf` when the result counts the norm's first noun (the
// product), else its second (the quotient). A minimum of the first noun per unit lets the units be
// fewer; a maximum lets the first noun's count be fewer; `nodig` asks the exact need.
function judge(norm: Norm, resultOf: boolean, operand: Found, result: Found, needed: boolean, approx: boolean): Equation | undefined {
  const computed = resultOf ? mul(norm.rate, operand.value) : div(operand.value, norm.rate)
  const stated = result.value
  if (!near(computed, stated)) return undefined
  const expression = resultOf ? `${operand.text} × ${norm.shown}` : `${operand.text} ÷ ${norm.shown}`
  const atMost = (limit: Rational): boolean => sub(stated, limit).n <= 0n
  const atLeast = (limit: Rational): boolean => sub(stated, limit).n >= 0n
  // Whole things counted (a quotient of units, a product of a whole count) are rounded: down where a
  // space holds them, up where they are needed.
  const [down, up] = [whole(stated) ? floor(computed) : computed, whole(stated) ? ceil(computed) : computed]
  const slack = approx ? div(stated, make(10n, 1n)) : make(0n, 1n)
  const within = (lo: Rational, hi: Rational): boolean => atLeast(sub(lo, slack)) && atMost(add(hi, slack))
  let ok: boolean
  let shown: Rational
  if (needed && (!resultOf ? norm.side !== 'min' : norm.side !== 'max')) [ok, shown] = [within(up, up), up]
  else if (norm.side === 'exact') [ok, shown] = [within(down, up), computed]
  // A minimum of the first noun per unit: the result of the first noun at least, of units at most.
  else if (norm.side === 'min') [ok, shown] = resultOf ? [atLeast(sub(down, slack)), down] : [atMost(add(down, slack)), down]
  // A maximum: the first noun at most, units at least.
  else [ok, shown] = resultOf ? [atMost(add(down, slack)), down] : [atLeast(sub(up, slack)), up]
  if (ok) return undefined
  return { ...proseEquation(expression, shown, { text: result.text, value: stated, index: result.index }, approx), tolerance: make(0n, 1n) }
}

