/**
 * Totals of a finance table that are off by several steps of their last written digit while
 * (nearly) all the table's other totals come out within one step. Rounding moves every total of a table
 * alike; when it moved none of the others by more than a step, a total three or more steps off
 * is no rounding (`9,6` where the rows give `9,9`, in a table whose other totals are exact).
 */

import { bedragPrecision, isBedrag, type FinTabel, type FinTotal } from '@kapstok/core'

// Steps off for a total that rounding does not explain next to totals within one step.
const OUTLIER_STEPS = 3
// The other totals that show how far rounding moves a total in this table.
const MIN_OTHERS = 3

/**
 * The total cells of a table that stand out from its other totals.
 *
 * @param tabel A finance table.
 * @param totals Its recomputed totals (`finTotals`).
 * @returns Keys `row:column` of the cells several steps off.
 */
export function outlierTotals(tabel: FinTabel, totals: FinTotal[]): Set<string> {
  const factor = tabel.eenheid?.factor ?? 1
  const steps: Array<{ key: string; steps: number }> = []
  for (const total of totals) {
    total.cells.forEach((check, c) => {
      const cell = tabel.rijen[total.row]?.bedragen[c]
      const step = isBedrag(cell) ? bedragPrecision(cell, factor) : 0
      if (!check || step <= 0) return
      steps.push({ key: `${total.row}:${c}`, steps: Math.abs(check.claimed - check.computed) / step })
    })
  }
  const out = new Set<string>()
  for (const s of steps) {
    const others = steps.filter((o) => o !== s)
    // Most others within one step: a second wrong total elsewhere in the table does not hide this one.
    const within = others.filter((o) => o.steps <= 1).length
    if (s.steps >= OUTLIER_STEPS && others.length >= MIN_OTHERS && within >= 0.8 * others.length) out.add(s.key)
  }
  return out
}
