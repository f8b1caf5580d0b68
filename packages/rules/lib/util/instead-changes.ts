/**
 * A new value set beside the old one it replaces, with the size of the change: "De bijdrage wordt
 * € 37.500 per jaar in plaats van € 41.000: een verlaging van € 3.500", "In plaats van 10
 * inspecties volstaan er 6, vier minder", "Het tarief gaat naar € 6,40 (was € 5,90), € 0,50
 * meer". The size should be the gap between the two values. `amount-change` reads the same change
 * said `van A naar B`; here the old value is named after `in plaats van` or `was`, before or
 * after the new one. Also the old value in the sentence before, the new one taken from it with
 * `daarvan nog` (`In 2025 kostte het maaien € 40.000. Vanaf 2027 is daarvan nog € 28.000 nodig,
 * een besparing van € 12.000`).
 */

import { CHANGE_NOUN, gapEquation, NUMBER } from './amount-change.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'
import type { Equation } from './onderbouwing.js'

// A value: an amount in euros or a count in digits (not a percentage, not part of another number).
const VALUE = String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`
// The size of the change, after the two values: `een besparing van € 2.600`, `dat scheelt € 2.600`,
// `€ 2.600 minder` (not `minder dan`: a comparison with a third value).
const ROUGH = String.raw`(circa\s+|ongeveer\s+|ruim\s+|bijna\s+|zo['’]n\s+)?`
const GAP = new RegExp(
  String.raw`^[^.;!?\d€]{0,30}?(?:(?:\b(?:${CHANGE_NOUN}|verschil)\s+(?:met\s+|van\s+)|\bscheelt\s+(?:dat\s+|het\s+)?)${ROUGH}${VALUE}|(?<=[:,;(]\s*(?:(?:dus|ofwel|dat\s+is)\s+)?)${ROUGH}${VALUE}(?:\s+[\p{L}'’-]+)?\s+(?:minder|meer|lager|hoger)\b(?!\s+dan\b))`,
  'iu'
)
// `B (per jaar) in plaats van A`, `B (was A)`: the new value first.
const NEW_FIRST = new RegExp(String.raw`${VALUE}(?:\s+[\p{L}'’-]+){0,3}?\s*(?:\bin\s+plaats\s+van\s+|\(\s*was\s+|,\s*was\s+)${VALUE}\)?`, 'giu')
// `In plaats van A … B`: the old value first, the new one the next value of its clause.
const OLD_FIRST = new RegExp(String.raw`\bin\s+plaats\s+van\s+${VALUE}([^.;:!?\d€]{0,60}?)${VALUE}`, 'giu')
// `daarvan (is) nog B (nodig)`: the new value, the old one the one amount of the sentence before.
const STILL = new RegExp(String.raw`\bdaarvan\b[^.;:!?\d€]{0,30}?\bnog\s+(?:maar\s+)?${VALUE}`, 'giu')
// Another reference point makes it another gap (`ten opzichte van 2022`), a percentage another kind.
const ELSEWHERE = /\b(?:ten\s+opzichte|vergeleken|t\.o\.v|in\s+vergelijking|sinds)\b|%|\bprocent/iu
const EURO_OR_COUNT = new RegExp(VALUE, 'giu')

interface Pair {
  from: { euro: boolean; text: string }
  to: { euro: boolean; text: string }
  /** Where the later of the two values ends in the sentence: the gap follows it. */
  end: number
}

/**
 * Every change between a value and the one it replaces, with the size of the change after them.
 *
 * @param text A prose text.
 * @returns The changes as equations (`52.000 − 45.000 = 7.000`), with the rounding of the size as tolerance.
 */
export function insteadChanges(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      if (ELSEWHERE.test(s.text)) return
      const pairs: Pair[] = []
      for (const m of s.text.matchAll(NEW_FIRST)) pairs.push({ to: { euro: Boolean(m[1]), text: m[2] ?? '' }, from: { euro: Boolean(m[3]), text: m[4] ?? '' }, end: m.index + m[0].length })
      for (const m of s.text.matchAll(OLD_FIRST)) pairs.push({ from: { euro: Boolean(m[1]), text: m[2] ?? '' }, to: { euro: Boolean(m[4]), text: m[5] ?? '' }, end: m.index + m[0].length })
      const before = sentences[k - 1]
      const earlier = before && !ELSEWHERE.test(before.text) ? [...before.text.matchAll(EURO_OR_COUNT)].filter((v) => v[1] && !isYearNumber(v[2] ?? '')) : []
      if (earlier.length === 1) {
        for (const m of s.text.matchAll(STILL)) if (m[1]) pairs.push({ from: { euro: true, text: earlier[0]![2] ?? '' }, to: { euro: true, text: m[2] ?? '' }, end: m.index + m[0].length })
      }
      for (const pair of pairs) {
        // Two values of one kind (euros with euros), neither a year.
        if (pair.from.euro !== pair.to.euro || isYearNumber(pair.from.text) || isYearNumber(pair.to.text)) continue
        const tail = s.text.slice(pair.end)
        const gap = GAP.exec(tail)
        if (!gap) continue
        // The size in the same kind as the values: euros with euros, a count with counts.
        const [euro, size, rough] = gap[2] !== undefined || gap[3] !== undefined ? [gap[2], gap[3], gap[1]] : [gap[5], gap[6], gap[4]]
        if (!size || Boolean(euro) !== pair.to.euro || isYearNumber(size)) continue
        const at = s.index + pair.end + gap.index + gap[0].lastIndexOf(size)
        out.push(gapEquation(pair.from.text, pair.to.text, size, at, Boolean(rough)))
      }
    })
  }
  return out
}
