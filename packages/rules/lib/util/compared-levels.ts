/**
 * A comparison that gives both its levels and the gap between them in one sentence: `De tweede
 * fase kost met € 5,6 miljoen € 1,1 miljoen meer dan de eerste fase (€ 4,5 miljoen).`, `Noord
 * telt 1.240 woningzoekenden, 160 meer dan Zuid met 1.080.`, `Het tekort van € 310.000 is
 * € 35.000 groter dan het tekort in 2025 (€ 275.000).` The gap should be the difference of the
 * level before it and the one after `dan`.
 *
 * One reading only: the level compared is the nearest one before the gap that is no other gap or
 * compared level (`1.240, 180 meer dan Zuid (1.060) en 300 meer dan West (940)` compares 1.240
 * twice), the level after `dan` is the first quantity there, past some words (a number right after
 * `dan` is a bound: `180 meer dan 6 weken`), and all three are of one kind: euros with euros, one
 * counted noun or unit. No percentage in the sentence, no mean or rate after `dan`, the direction
 * the comparative says, and a gap within a factor two of the difference.
 */

import { countedNumbers, factor, type CountedNumber } from './base-year-changes.js'
import { NUMBER } from './amount-change.js'
import { APPROX } from './level-changes.js'
import { dutchNumber, make, mul, sub } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'

const HIGHER = String.raw`meer|hoger|groter|duurder`
const LOWER = String.raw`minder|lager|kleiner|goedkoper`
// The gap with its comparative: `€ 1,1 miljoen meer dan`, `90 uur minder dan`, `€ 0,25 miljoen lager uit dan`.
const GAP = new RegExp(String.raw`(${APPROX})?(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))(?:\s+[\p{L}'’-]+)?\s+(${HIGHER}|${LOWER})(?:\s+(?:uit|op))?\s+dan\s`, 'giu')
const DOWN = new RegExp(String.raw`^(?:${LOWER})$`, 'iu')
const COMPARES = /\sdan\s/iu
// Between `dan` and the level: a mean, a rate or a norm makes it another figure.
const OTHER_FIGURE = /\b(?:gemiddeld\p{L}*|per|norm|maximaal|minimaal|maximum|minimum|landelijk)\b/iu
const PERCENT = /%|\bprocent/iu
const TWO = make(2n, 1n)

/**
 * Every comparison with both levels in its sentence.
 *
 * @param text A prose text.
 * @returns The gaps as equations (`€ 5,6 miljoen − € 4,5 miljoen`), with the rounding of the gap as tolerance.
 */
export function comparedLevels(text: string): Equation[] {
  if (!COMPARES.test(text)) return []
  const out: Equation[] = []
  for (const s of paragraphSentences(text).flat()) {
    if (!COMPARES.test(s.text) || PERCENT.test(s.text)) continue
    const all = countedNumbers(s.text)
    const gaps = [...s.text.matchAll(GAP)].map((m) => ({ m, size: all.find((q) => q.at === (m.index ?? 0) + (m[1] ?? '').length), end: (m.index ?? 0) + m[0].length }))
    // The level after each `dan`, up to the next gap or the clause end.
    const compared = gaps.map((g, k) => {
      const stop = Math.min(gaps[k + 1]?.m.index ?? s.text.length, ...[';', '. '].map((c) => s.text.indexOf(c, g.end)).filter((i) => i >= 0))
      const level = all.find((q) => q.at >= g.end && q.at < stop)
      const between = level ? s.text.slice(g.end, level.at) : ''
      return level && /\p{L}/u.test(between) && !OTHER_FIGURE.test(between) ? level : undefined
    })
    const taken = new Set<CountedNumber | undefined>([...gaps.map((g) => g.size), ...compared])
    gaps.forEach(({ m, size }, k) => {
      const to = compared[k]
      const from = [...all].reverse().find((q) => size && q.at < size.at && !taken.has(q))
      if (!size || !to || !from || from.euro !== size.euro || to.euro !== size.euro) return
      // One kind: what the gap counts (its noun, else the level's) in each level.
      const counted = size.noun ? size : from
      const [f, t] = [factor(from, counted), factor(to, counted)]
      if (!f || !t || (from !== counted && !factor(from, to))) return
      const [a, b] = [mul(from.value, f), mul(to.value, t)]
      const down = DOWN.test(m[4] ?? '')
      const gap = down ? sub(b, a) : sub(a, b)
      const stated = dutchNumber(size.text)
      // The other direction, or a gap far off, is another comparison than these two levels.
      if (gap.n <= 0n || sub(stated, mul(gap, TWO)).n > 0n || sub(gap, mul(stated, TWO)).n > 0n) return
      const [high, low] = down ? [to, from] : [from, to]
      const shown = (q: CountedNumber): string => `${q.euro ? '€ ' : ''}${q.text}`
      out.push(proseEquation(`${shown(high)} − ${shown(low)}`, gap, { text: size.text, value: stated, index: s.index + size.at }, Boolean(m[1])))
    })
  }
  return out
}
