/**
 * A saldo row whose lasten and baten stand in other tables: a budget chapter gives the lasten in
 * one table (`| Subtotaal lasten | 6.580 | 7.601 |`), the baten in the next and opens a third with
 * `| Saldo van baten en lasten | -3.530 | -3.780 |`; a cover table ends on `Totaal dekking` and a
 * `Saldo (dekking min lasten)` row while `Totaal lasten` closes the table before. `finTotals`
 * reads one table at a time, so such a saldo row is never recomputed.
 *
 * The row's label names both sides (`baten en lasten`, `dekking min lasten`), and each side is the
 * nearest total row of that name at or before the saldo's table, in a table with the same columns
 * and unit. Linking tables by their labels is a reading, not proof: the rule reports a warning.
 */

import { isBedrag, type FinTabel, type FinRij } from '@kapstok/core'

// A saldo of the two sides, by its label: `Saldo van baten en lasten`, `Saldo (dekking min lasten)`, `Saldo lasten en baten`.
const SALDO = /^\W*saldo\b(?=.*\blasten\b)(?=.*\b(?:baten|dekking)\b)/iu
const LASTEN = /^\W*(?:sub)?tota(?:al|le)\s+(?:van\s+de\s+)?lasten\b/iu
const BATEN = /^\W*(?:sub)?tota(?:al|le)\s+(?:van\s+de\s+)?(?:baten|dekking)\b/iu
// A side its own table states, totalled or not (`| Lasten | 23.567 |` above the saldo).
const OWN_LASTEN = /^\W*(?:(?:sub)?tota(?:al|le)\s+(?:van\s+de\s+)?)?lasten\b/iu
const OWN_BATEN = /^\W*(?:(?:sub)?tota(?:al|le)\s+(?:van\s+de\s+)?)?(?:baten|dekking)\b/iu

/** A saldo cell whose value differs from baten minus lasten of the tables before. */
export interface CarriedSaldo {
  table: number
  row: number
  column: number
  /** Baten minus lasten, in cents. */
  computed: number
  /** The rounding the three amounts allow, in cents. */
  tolerance: number
  /** How it is computed, in Dutch. */
  how: string
}

/**
 * The saldo cells of every table that the total rows of lasten and baten in it or in the tables
 * before it do not give. Only a saldo row its own table cannot compute (no lasten or no baten row
 * above it there), and only when at least one column agrees, so that the sign convention is known.
 *
 * @param tabellen The plan's finance tables, in order.
 * @returns The cells that disagree.
 */
export function carriedSaldi(tabellen: FinTabel[]): CarriedSaldo[] {
  const out: CarriedSaldo[] = []
  tabellen.forEach((tabel, t) => {
    tabel.rijen.forEach((rij, r) => {
      if (!SALDO.test(rij.label)) return
      const above = tabel.rijen.slice(0, r)
      const own = (re: RegExp): boolean => above.some((x) => re.test(x.label))
      if (own(OWN_LASTEN) && own(OWN_BATEN)) return
      const lasten = nearest(tabellen, t, r, LASTEN)
      const baten = nearest(tabellen, t, r, BATEN)
      if (!lasten || !baten) return
      const step = (tabel.eenheid?.factor ?? 1) * 100
      const cells = tabel.kolommen.map((_, c) => {
        const [s, l, b] = [rij.bedragen[c], lasten.bedragen[c], baten.bedragen[c]]
        return isBedrag(s) && isBedrag(l) && isBedrag(b) ? { c, claimed: s.centen, computed: b.centen - Math.abs(l.centen) } : undefined
      })
      const known = cells.filter((x) => x !== undefined)
      // Lasten written as a saldo of the other sign (`lasten min baten`): the sign the agreeing columns show.
      const sign = known.some((x) => Math.abs(x.claimed - x.computed) <= 2 * step) ? 1 : known.some((x) => Math.abs(x.claimed + x.computed) <= 2 * step) ? -1 : 0
      if (sign === 0) return
      for (const x of known) {
        const computed = sign * x.computed
        if (Math.abs(x.claimed - computed) > 2 * step) out.push({ table: t, row: r, column: x.c, computed, tolerance: 2 * step, how: sign > 0 ? 'baten min lasten' : 'lasten min baten' })
      }
    })
  })
  return out
}

// The nearest total row of a side: above the saldo in its own table, else the last one of the
// tables before it with the same columns and unit.
function nearest(tabellen: FinTabel[], t: number, r: number, re: RegExp): FinRij | undefined {
  const tabel = tabellen[t]!
  const same = (x: FinTabel): boolean => x.kolommen.join('|') === tabel.kolommen.join('|') && (x.eenheid?.factor ?? 1) === (tabel.eenheid?.factor ?? 1)
  const own = tabel.rijen.slice(0, r).findLast((x) => re.test(x.label))
  if (own) return own
  for (let k = t - 1; k >= 0; k--) {
    const x = tabellen[k]!
    if (!same(x)) continue
    const found = x.rijen.findLast((y) => re.test(y.label))
    if (found) return found
  }
  return undefined
}
