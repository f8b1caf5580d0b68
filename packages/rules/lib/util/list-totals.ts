/**
 * A list whose last item gives the total of the amounts above it:
 *
 *     - energiecoaches: 120 bezoeken à € 65, samen € 7.800;
 *     - folders: € 1.400;
 *     - totaal € 9.200.
 *
 * Each item counts with its last amount (the result of its own calculation); the total should be
 * their sum, within the rounding it is written with.
 */

import { AMOUNT } from './amount-change.js'
import { add, dutchNumber, proseEquation, type Equation, type Rational } from './onderbouwing.js'

const ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.*)$/gmu
// The total item: `totaal`, `samen`, `in totaal`, `opgeteld`, `bij elkaar`, possibly bold or after a label.
const TOTAL_ITEM = /^(?:\*\*|__)?(?:[\p{L} ]{0,30}:\s*)?(?:totaal|samen|in\s+totaal|opgeteld|bij\s+elkaar|totale\s+kosten)\b/iu
const LAST_AMOUNT = new RegExp(String.raw`${AMOUNT}(?!.*€)`, 'u')

/**
 * Every list whose last item is the total of the amounts of the items above it.
 *
 * @param text A prose text.
 * @returns The totals as equations (`€ 7.800 + € 2.500 + € 1.400`).
 */
export function listTotals(text: string): Equation[] {
  const out: Equation[] = []
  let run: Array<{ index: number; body: string; start: number }> = []
  let end = -1
  const close = (): void => {
    const last = run.at(-1)
    if (run.length >= 3 && last && TOTAL_ITEM.test(last.body.trim())) {
      const total = LAST_AMOUNT.exec(last.body)
      const parts = run.slice(0, -1).map((item) => LAST_AMOUNT.exec(item.body)?.[1])
      if (total && parts.every((p): p is string => p !== undefined)) {
        const sum = parts.reduce<Rational>((s, p) => add(s, dutchNumber(p)), { n: 0n, d: 1n })
        const index = last.start + (total.index ?? 0) + total[0].indexOf(total[1] ?? '')
        out.push(proseEquation(parts.map((p) => `€ ${p}`).join(' + '), sum, { text: total[1] ?? '', value: dutchNumber(total[1] ?? '0'), index }, false))
      }
    }
    run = []
  }
  for (const m of text.matchAll(ITEM)) {
    const index = m.index ?? 0
    // A list is a run of items on consecutive lines.
    if (run.length > 0 && text.slice(end, index).trim() !== '') close()
    const body = m[1] ?? ''
    run.push({ index, body, start: index + m[0].length - body.length })
    end = index + m[0].length
  }
  close()
  return out
}
