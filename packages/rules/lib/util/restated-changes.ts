/**
 * A change of a count to a new value with its size, whose starting value the text gave before:
 * "Het aantal volkstuinders stond op 610. … loopt het aantal volkstuinders op tot 745, een plus
 * van 135". The count is named the same both times (`het aantal X`); the size should be the gap
 * between the level before and the new value. An amount is named by its noun (`de subsidie
 * bedroeg € 82.000 … stijgt de subsidie naar € 97.500, een stijging van € 15.500`).
 * `count-change` and `amount-change` read the claim when the sentence itself says `van A naar B`.
 */

import { CHANGE_NOUN, gapEquation, NUMBER } from './amount-change.js'
import { mul, sub, type Equation } from './onderbouwing.js'
import { isYearNumber } from './year-numbers.js'

const GAP = CHANGE_NOUN
// `naar 2.660 (personen), (een|dus een|dat is een) toename van 720`.
const CHANGE = new RegExp(
  String.raw`\bnaar\s+(€\s*)?(${NUMBER})(?![\d%])(?:\s+[\p{L}-]+)?\s*[,;:]?\s*(?:(?:een|dus(?:\s+een)?|dat\s+is(?:\s+een)?|ofwel)\s+)?${GAP}\s+(?:met\s+|van\s+)(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(€\s*)?(${NUMBER})(?![\d%])`,
  'giu'
)
// The count the sentence is about: `het aantal volkstuinders`.
const SUBJECT = /\baantal\s+([\p{L}\d][\p{L}\d-]*)/iu
// The amount the sentence is about: the noun right before or after the verb of change
// (`de subsidie stijgt`, `stijgt de subsidie`).
const MOVES = String.raw`(?:stijgt|stijgen|daalt|dalen|groeit|groeien|neemt|nemen|gaat|gaan|loopt|lopen)`
const AMOUNT_SUBJECTS = [
  new RegExp(String.raw`\b(?:de|het)\s+([\p{L}][\p{L}-]*)\s+${MOVES}\b`, 'giu'),
  new RegExp(String.raw`\b${MOVES}\s+(?:de|het)\s+([\p{L}][\p{L}-]*)`, 'giu')
]
// A verb that states a level: `lag op`, `was`, `bedroeg`, `telde`.
const LEVEL = /\b(?:lag|ligt|was|is|bedroeg|bedraagt|stond|staat|telde|telt|kwam)\b/iu
// Another reference point or a share makes it another gap.
const ELSEWHERE = /^\s*(?:[\p{L}-]+\s+)?(?:procent|procentpunt|ten\s+opzichte|vergeleken|t\.o\.v|sinds|per\b)/iu
const TWO = { n: 2n, d: 1n }

// Sentences (and lines) of a text with their offsets.
const sentences = (text: string): Array<{ index: number; text: string }> =>
  [...text.matchAll(/[^.!?\n]+(?:[.!?](?!\s|$)[^.!?\n]*)*[.!?]?/gu)].map((m) => ({ index: m.index, text: m[0] }))

/**
 * Every change to a new value whose starting level of the same count stands earlier in the text.
 *
 * @param text A prose text (a section: the level may stand in a paragraph before).
 * @returns The changes as equations (`2.660 − 1.940 = 720`), with the rounding of the size as tolerance.
 */
export function restatedChanges(text: string): Equation[] {
  const out: Equation[] = []
  const all = sentences(text)
  for (const [i, sentence] of all.entries()) {
    for (const m of sentence.text.matchAll(CHANGE)) {
      const [whole, euroTo, to = '', approx, euroGap, gap = ''] = m
      const before = sentence.text.slice(0, m.index)
      // `van A naar B` in the sentence itself is count-change's (or amount-change's).
      if (/\bvan\s+(?:€\s*)?\d/iu.test(before) || Boolean(euroTo) !== Boolean(euroGap)) continue
      if ((!euroTo && [to, gap].some(isYearNumber)) || ELSEWHERE.test(sentence.text.slice(m.index + whole.length))) continue
      // The nouns next to the verb (`na de onttrekkingen daalt het weerstandsvermogen`): the one
      // with a level before is the subject.
      const subjects = euroTo ? AMOUNT_SUBJECTS.flatMap((re) => [...before.matchAll(re)].map((n) => n[1] ?? '')) : [SUBJECT.exec(before)?.[1] ?? '']
      const from = subjects.filter(Boolean).map((subject) => level(all.slice(0, i), subject.toLowerCase(), Boolean(euroTo))).find(Boolean)
      if (!from) continue
      const e = gapEquation(from, to, gap, sentence.index + m.index + whole.lastIndexOf(gap), Boolean(approx))
      // A size far from the gap is about something else.
      if (sub(e.stated, mul(e.computed, TWO)).n > 0n || sub(e.computed, mul(e.stated, TWO)).n > 0n) continue
      out.push(e)
    }
  }
  return out
}

// The last level stated for the count before: the first number after `aantal X` that is no year
// and no percentage, in a sentence with a level verb and without a change of its own.
function level(before: Array<{ text: string }>, subject: string, euro: boolean): string | undefined {
  for (const sentence of [...before].reverse()) {
    const named = new RegExp(String.raw`\b${euro ? '(?:de|het)' : 'aantal'}\s+${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\d-])`, 'u').exec(sentence.text.toLowerCase())
    if (!named || !LEVEL.test(sentence.text) || /\bnaar\b/iu.test(sentence.text)) continue
    // After the name: `80-plussers` holds a number of its own.
    for (const n of sentence.text.slice(named.index + named[0].length).matchAll(new RegExp(String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(\s*%|\s*procent)?`, 'giu'))) {
      if (!n[3] && Boolean(n[1]) === euro && (euro || !isYearNumber(n[2] ?? ''))) return n[2]
    }
    return undefined
  }
  return undefined
}
