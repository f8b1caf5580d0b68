/**
 * A change of a count, not of euros, with its difference after it: "de wachtlijst liep van 64 in
 * 2021 terug naar 41 in 2024, een afname van 23 kinderen". `amount-change` reads the same claim for
 * amounts in euros.
 */

import { parseNumberWord } from '@kapstok/nl'
import { CHANGE_NOUN, gapEquation, NUMBER } from './amount-change.js'
import { nounStem } from './unit-nouns.js'
import { mul, sub, type Equation } from './onderbouwing.js'
import { isYearNumber } from './year-numbers.js'

const YEAR = String.raw`(?:\s+(?:in|eind|begin|medio)\s+(?:19|20)\d{2})?`
// The new level may be the one of today: `van 640 leden in 2021 naar 700 leden nu`.
const NOW = String.raw`(?:\s+(?:nu|momenteel|inmiddels|vandaag))?`
// No number right before `van` (`12 van de 40` is a part), but a year may stand there: `groeide sinds
// 2022 van 14.380 naar 15.120` is the change from 2022 on.
const NO_NUMBER_BEFORE = String.raw`(?<!(?:€|[.,]|\d(?<!(?<![\d.,€]\s?)\b(?:19|20)\d{2}))\s?)`
const UNIT = String.raw`(?:\s+([\p{L}-]+))?`
// A rate on the new value holds for both (`van 9.400 naar 7.100 per jaar`).
const PER = String.raw`(?:\s+per\s+\p{L}+)?`
// `van 64 (kinderen) (in 2021) naar 41 (in 2024), (een|dus een|dat is een) daling van 23 (kinderen)`.
// A number ends where no digit follows (`12,5%` is no `12`).
const CHANGE = new RegExp(
  String.raw`${NO_NUMBER_BEFORE}\bvan\s+(${NUMBER})(?![\d.,]*\d|\s*%)${UNIT}${YEAR}\s+naar\s+(${NUMBER})(?![\d.,]*\d|\s*%)${UNIT}${PER}${YEAR}\s*[,;:]?\s*(?:(?:een|dus(?:\s+een)?|dat\s+is(?:\s+een)?|ofwel)\s+)?${CHANGE_NOUN}\s+(?:met\s+|van\s+)(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(${NUMBER}|\p{L}+)(?![\d.,]*\d|\s*%)${UNIT}`,
  'giu'
)
// `van 1.840 naar 1.760, dat zijn 80 uitkeringen minder`, `naar 5.140, 320 woningen meer`: the
// size of the change after the values, with `minder` or `meer` instead of a change noun; also
// with what joined or left (`: 84 plaatsen erbij`, `: er kwamen 60 leden bij`, `, 12 bomen eraf`).
const JOINED = String.raw`er\s+(?:kwam|kwamen|ging|gingen)\s+(?:er\s+)?(?:dus\s+|daarmee\s+)?`
const MORE_OR_LESS = String.raw`(?:minder|meer|erbij|eraf|(?:bij|af)(?=\s*(?:[,.;:!?]|$)))`
const CHANGE_MORE = new RegExp(
  String.raw`${NO_NUMBER_BEFORE}\bvan\s+(${NUMBER})(?![\d.,]*\d|\s*%)${UNIT}${YEAR}\s+naar\s+(${NUMBER})(?![\d.,]*\d|\s*%)${UNIT}${YEAR}${NOW}\s*[,;:]\s*(?:(?:dat|dit)\s+(?:is|zijn)\s+(?:er\s+)?|ofwel\s+|dus\s+|${JOINED})?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(${NUMBER})(?![\d.,]*\d|\s*%)${UNIT}\s+${MORE_OR_LESS}\b(?!\s+dan)`,
  'giu'
)
const TWO = { n: 2n, d: 1n }
const FRACTION = /^(?:kwart|helft|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|twaalfde|twintigste)$/iu
// Another reference point or a share makes it another gap.
const ELSEWHERE = /^\s*(?:procent|procentpunt|euro\b|ten\s+opzichte|vergeleken|t\.o\.v|sinds|per\b)/iu

/**
 * Every change of a count with its difference: the difference should be the gap between the values.
 *
 * @param text A prose text.
 * @returns The changes as equations (`118 − 86 = 32`), with the rounding of the difference as tolerance.
 */
export function countChanges(text: string): Equation[] {
  const out: Equation[] = []
  const more = [...text.matchAll(CHANGE_MORE)]
  for (const m of [...text.matchAll(CHANGE), ...more]) {
    const [all, from = '', fromUnit, to = '', toUnit, approx, written = '', gapUnit] = m
    // A small difference is often written in words (`een afname van elf`).
    const gap = /^\d/.test(written) ? written : String(parseNumberWord(written) ?? '')
    // A number word before a fraction is a share (`een daling van bijna een kwart`), not a count.
    if (gap === '' || (!/^\d/.test(written) && FRACTION.test(gapUnit ?? ''))) continue
    if ([from, to, gap].some(isYearNumber) || ELSEWHERE.test(` ${gapUnit ?? ''}${text.slice(m.index + all.length, m.index + all.length + 25)}`)) continue
    // A unit on the values and on the difference must be the same: `1.240 leden` and `170 leden`.
    const units = [fromUnit, toUnit, gapUnit].filter((u): u is string => u !== undefined && !/^(?:in|eind|begin|medio|naar|een|dat|dus|nu|momenteel|inmiddels|vandaag)$/iu.test(u)).map(nounStem)
    if (new Set(units).size > 1 && (fromUnit || toUnit) && gapUnit) continue
    const e = gapEquation(from, to, gap, m.index + all.lastIndexOf(written), Boolean(approx))
    // `minder` and `meer` also count other things (`dat zijn 12 aanbieders minder`): a size far
    // from the gap is about something else.
    if (more.includes(m) && (sub(e.stated, mul(e.computed, TWO)).n > 0n || sub(e.computed, mul(e.stated, TWO)).n > 0n)) continue
    out.push(e)
  }
  return out
}
