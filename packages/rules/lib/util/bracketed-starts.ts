/**
 * A change whose start value stands in brackets: "Ten opzichte van 2025 (€ 18,4 miljoen) stijgen
 * de uitgaven met € 1,2 miljoen tot € 19,6 miljoen", "Het aantal leden (1.240 in 2025) neemt met 85
 * toe tot 1.325". Dutch authors put the level a change starts from in brackets after the year or
 * the subject it belongs to; the bracket is then a term of the change, not a label. `amount-change`
 * reads the same claim with the start after `van`.
 */

import { APPROX, gapEquation, NUMBER } from './amount-change.js'
import { add, dutchNumber, proseEquation, sub, type Equation } from './onderbouwing.js'
import { nounStem } from './unit-nouns.js'
import { isYearNumber } from './year-numbers.js'

// A value with an optional euro sign and noun: `€ 7,8 miljoen`, `1.240`, `85 leerlingen`.
const VALUE = String.raw`(€\s*)?(${NUMBER})(?![\d%]|,\d)(?:\s+(?!(?:in|tot|naar|toe|af|op|per|ten|vergeleken)\b)([\p{L}-]+))?`
// `(€ A)`, `(€ A in 2026)`, `(A leden eind 2025)`: a bracket with one value and at most its year;
// the value may carry its label (`(2025: 1.240)`, `(stand 1 januari 2026: € A)`).
const LABEL = String.raw`(?:[\p{L} ]{0,20}?(?:\d{1,2}\s+\p{L}+\s+)?(?:(?:19|20)\d{2})?\s*:\s*)?`
const START = String.raw`\(\s*${LABEL}${APPROX}${VALUE}(?:\s+(?:in|eind|begin|medio|over|voor)\s+(?:19|20)\d{2})?\s*\)`
// Between the bracket and `met`: words and years only, no other value and no clause end.
const BETWEEN = String.raw`((?:[^€\d.;:!?()]|\b(?:19|20)\d{2}\b){0,80}?)`
// `met € C (toe) tot € B`: the size of the change, then the level it reaches.
const BY_TO = String.raw`\bmet\s+${APPROX}${VALUE}\s+((?:[\p{L}-]+\s+){0,2}?)(?:tot|naar)\s+${APPROX}${VALUE}`
const BRACKET_FIRST = new RegExp(START + BETWEEN + BY_TO, 'giu')
// `stijgen met € C ten opzichte van 2026 (€ A) tot € B`: the size first, the start after it.
const BY_FIRST = new RegExp(
  String.raw`\bmet\s+${APPROX}${VALUE}\s+((?:[\p{L}-]+\s+){0,2}?)(?:ten\s+opzichte\s+van|vergeleken\s+met|t\.o\.v\.)\s+(?:[^€\d.;:!?()]|\b(?:19|20)\d{2}\b){0,40}?${START}\s*,?\s+((?:[\p{L}-]+\s+){0,2}?)(?:tot|naar)\s+${APPROX}${VALUE}`,
  'giu'
)
// The verb says which way: `stijgen`, `neemt … toe`, `verhoogd` add; `dalen`, `neemt … af`, `gekort` subtract.
const RISE = /\b(?:stijg\p{L}*|steeg|stegen|groei\p{L}*|toe|verho\p{L}*|op|bij|omhoog|uitgebreid|uitbreid\p{L}*|aangevuld|vermeerderd)\b/iu
const FALL = /\b(?:daal\p{L}*|daalde\p{L}*|af|verla\p{L}*|terug|gekort|omlaag|krimp\p{L}*|vermind\p{L}*)\b/iu
// Another reference point between the bracket and the change, or a rate: another change.
const ELSEWHERE = /\b(?:ten\s+opzichte|vergeleken|t\.o\.v|sinds|per|gemiddeld|jaarlijks|elk|ieder)\b|%/iu

// `van € A naar € B (+ € C)`, `van 620 naar 540 (−80)`, `(80 minder)`: the size of the change in
// brackets after it, signed or with `meer`/`minder`.
const SIGNED = new RegExp(
  String.raw`\bvan\s+${VALUE}((?:[^€\d.;:!?()]|\b(?:19|20)\d{2}\b){0,40}?)\bnaar\s+${VALUE}(?:\s+(?:in|eind|begin|medio)\s+(?:19|20)\d{2})?\s*\(\s*(?:([+−–-])\s*${VALUE}|${VALUE}\s+(meer|minder|erbij|eraf))\s*\)`,
  'giu'
)

interface Term {
  euro: string | undefined
  number: string
  noun: string | undefined
  approx: string | undefined
}

/**
 * Every change `met C … tot B` whose start A stands in brackets in the same clause: B should be
 * A plus or minus C.
 *
 * @param text A prose text.
 * @returns The changes as equations (`A + C = B`), with the rounding of B as tolerance.
 */
export function bracketedStarts(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(BRACKET_FIRST)) {
    const [all, a1, a2, a3, a4, between = '', c1, c2, c3, c4, words = '', b1, b2, b3 = '', b4] = m
    // `(2024: € A) … in 2027 met …`: a start years before the change is not its start.
    const years = (t: string): number[] => [...t.matchAll(/\b(?:19|20)\d{2}\b/gu)].map((y) => Number(y[0]))
    const [from] = years(all.slice(0, all.indexOf(')')))
    if (from !== undefined && years(between).some((y) => y - from > 1)) continue
    const e = change(text, m.index + all.lastIndexOf(b3), { approx: a1, euro: a2, number: a3 ?? '', noun: a4 }, { approx: c1, euro: c2, number: c3 ?? '', noun: c4 }, { approx: b1, euro: b2, number: b3, noun: b4 }, `${between} ${words}`)
    if (e) out.push(e)
  }
  for (const m of text.matchAll(BY_FIRST)) {
    const [all, c1, c2, c3, c4, words = '', a1, a2, a3, a4, after = '', b1, b2, b3 = '', b4] = m
    const verb = text.slice(Math.max(0, m.index - 60), m.index).split(/[.;:!?]/u).at(-1) ?? ''
    const e = change(text, m.index + all.lastIndexOf(b3), { approx: a1, euro: a2, number: a3 ?? '', noun: a4 }, { approx: c1, euro: c2, number: c3 ?? '', noun: c4 }, { approx: b1, euro: b2, number: b3, noun: b4 }, `${verb} ${words} ${after}`)
    if (e) out.push(e)
  }
  for (const m of text.matchAll(SIGNED)) {
    const [all, a2, a3 = '', aNoun, between = '', b2, b3 = '', bNoun, sign, s2, s3, sNoun, t2, t3, , word] = m
    const [euro, size] = sign ? [s2, s3 ?? ''] : [t2, t3 ?? '']
    // `(+ 3 teams)` after a change of members counts something else: a noun of the size must be the change's.
    const named = [aNoun, bNoun, ...(text.slice(Math.max(0, m.index - 80), m.index).split(/[.;!?]/u).at(-1) ?? '').split(/\s+/u)].filter((w): w is string => Boolean(w)).map(nounStem)
    if (sign && sNoun && !/^(?:euro|miljoen|mln|duizend)$/iu.test(sNoun) && !named.includes(nounStem(sNoun))) continue
    // Amounts with amounts, counts with counts; no other reference point or rate between.
    if (Boolean(a2) !== Boolean(b2) || Boolean(a2) !== Boolean(euro) || ELSEWHERE.test(between) || /procent|%/iu.test(all) || [a3, b3, size].some(isYearNumber)) continue
    const e = gapEquation(a3, b3, size, m.index + all.lastIndexOf(size), false)
    // The sign or word must go the way of the change (`(+ 60)` for a fall is another number).
    const up = sub(dutchNumber(b3), dutchNumber(a3)).n > 0n
    if ((sign ? sign === '+' : /meer|erbij/iu.test(word ?? '')) !== up) continue
    out.push({ ...e, soft: true })
  }
  return out
}

// The equation of a start A, a change C and a result B, when the three are of one kind.
function change(text: string, index: number, start: Term, size: Term, result: Term, words: string): Equation | undefined {
  const terms = [start, size, result]
  // A rounded start or size gives no exact level; amounts and counts are not mixed, nor counts of different nouns.
  if (start.approx || size.approx || terms.some((t) => Boolean(t.euro) !== Boolean(start.euro) || isYearNumber(t.number))) return undefined
  if (!start.euro && new Set(terms.map((t) => t.noun).filter((n): n is string => n !== undefined && !/^(?:euro|miljoen|duizend)$/iu.test(n)).map(nounStem)).size > 1) return undefined
  const after = text.slice(index + result.number.length, index + result.number.length + 25).split(/[.;!?]/u)[0] ?? ''
  if (ELSEWHERE.test(words) || /^\s*(?:per|procent)\b|^\s*%/iu.test(after)) return undefined
  const rise = RISE.test(words)
  if (rise === FALL.test(words)) return undefined
  const a = dutchNumber(start.number)
  const c = dutchNumber(size.number)
  const computed = rise ? add(a, c) : sub(a, c)
  return { ...proseEquation(`${start.number} ${rise ? '+' : '−'} ${size.number}`, computed, { text: result.number, value: dutchNumber(result.number), index }, Boolean(result.approx)), soft: true }
}
