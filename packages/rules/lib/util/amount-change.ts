/**
 * A change from one amount to another with the difference stated: "de subsidie gaat van
 * € 80.000 naar € 95.000, een stijging van € 15.000". The difference is the gap between the two
 * amounts, read from one clause.
 */

import { magnitudeWord } from '@kapstok/nl'
import { dutchNumber, proseEquation, sub, type Equation } from './onderbouwing.js'
import { CHANGE_NOUN } from './change-nouns.js'

/** A number as written in Dutch, with an optional magnitude (`1,2 miljoen`). */
export const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*(?:${magnitudeWord}))?`
/** An optional rounding word before a value; its one group says whether the value is rounded. */
export const APPROX = String.raw`(circa\s+|ongeveer\s+|ruim\s+|bijna\s+|zo['’]n\s+)?`
/** An amount in euros; the number is its one group. */
export const AMOUNT = String.raw`€\s*(${NUMBER})(?![\d%])`
export { CHANGE_NOUN } from './change-nouns.js'
// Words that name the gap between two amounts.
const GAP = String.raw`(?:${CHANGE_NOUN}|verschil)`
// `van € A naar € B, een stijging van € C`: a few words may stand between (`in 2025`), no amount,
// no clause end; the gap comes right after (`, een stijging van`, `; dat is een daling van`, `: plus`).
const CHANGE = new RegExp(
  String.raw`\bvan\s+${AMOUNT}([^€.;:!?]{0,40}?)\bnaar\s+${AMOUNT}([^€.;!?]{0,25}?)\b(?:(?:een|dus|dat\s+is(?:\s+een)?|ofwel|oftewel)\s+)?${GAP}\s+(?:met\s+|van\s+)?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}`,
  'giu'
)
// `De subsidie van € A wordt met € C verhoogd tot € B`: the gap before the new amount.
const CHANGE_BY = new RegExp(String.raw`\bvan\s+${AMOUNT}([^€.;:!?]{0,40}?)\bmet\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}\s+((?:[\p{L}-]+\s+){0,2}?)(?:tot|naar)\s+${AMOUNT}`, 'giu')
// A verb of change between them: `verhoogd`, `stijgt`, `neemt … af`, `gekort`.
const CHANGES = /\b(?:verho\p{L}*|verla\p{L}*|stijg\p{L}*|steeg|daal\p{L}*|groei\p{L}*|neemt|nemen|opgehoogd|teruggebracht|gekort|aangevuld|verminderd|vermeerderd)\b/iu
// `het verschil tussen € A en € B is € C`.
const DIFFERENCE = new RegExp(String.raw`\bverschil\s+tussen\s+[^€.;:!?]{0,40}?${AMOUNT}\s+en\s+(?:[\p{L}-]+\s+){0,3}?${AMOUNT}[^€.;:!?\d]{0,20}?\s(?:is|bedraagt|van)\s+(?:dus\s+)?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}`, 'giu')
// Another reference point makes it another gap: `ten opzichte van 2022`, `vergeleken met`.
const ELSEWHERE = /\b(?:ten\s+opzichte|vergeleken|t\.o\.v|in\s+vergelijking|sinds|per\s+(?:jaar|maand|week))\b/iu

/**
 * Every `van € A naar € B, een stijging (daling, …) van € C` in a text: C should be the gap
 * between A and B.
 *
 * @param text A prose text.
 * @returns The changes as equations (`B − A = C`), with the rounding of C as tolerance.
 */
export function amountChanges(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(CHANGE)) {
    const [, from = '', between = '', to = '', after = '', approx, gap = ''] = m
    if (ELSEWHERE.test(between) || ELSEWHERE.test(after) || elsewhereAfter(text, m)) continue
    const index = m.index + m[0].lastIndexOf(gap)
    out.push(gapEquation(from, to, gap, index, Boolean(approx)))
  }
  for (const m of text.matchAll(CHANGE_BY)) {
    const [, from = '', between = '', approx, gap = '', verb = '', to = ''] = m
    if (ELSEWHERE.test(between + ' ' + verb) || elsewhereAfter(text, m) || !CHANGES.test(between + ' ' + verb)) continue
    out.push(gapEquation(from, to, gap, m.index + m[0].indexOf(gap, m[0].indexOf('met')), Boolean(approx)))
  }
  for (const m of text.matchAll(DIFFERENCE)) {
    const [, a = '', b = '', approx, gap = ''] = m
    if (elsewhereAfter(text, m)) continue
    out.push(gapEquation(a, b, gap, m.index + m[0].lastIndexOf(gap), Boolean(approx)))
  }
  return out
}

// `… een stijging van € 25.000 sinds 2022`, `… per jaar`: the words right after the gap.
const elsewhereAfter = (text: string, m: RegExpMatchArray): boolean => ELSEWHERE.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30).split(/[.;!?]/u)[0] ?? '')

/** The gap between two values as written, the larger first: `95.000 − 80.000 = 15.000`. */
export function gapEquation(from: string, to: string, gap: string, index: number, approx: boolean): Equation {
  const a = dutchNumber(from)
  const b = dutchNumber(to)
  const rise = sub(b, a).n >= 0n
  return proseEquation(rise ? `${to} − ${from}` : `${from} − ${to}`, rise ? sub(b, a) : sub(a, b), { text: gap, value: dutchNumber(gap), index }, approx)
}
