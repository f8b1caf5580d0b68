import type { FinTabel } from '@kapstok/core'
import { formatEuro } from '@kapstok/nl'

/**
 * An amount in the unit of its table, as the table writes it: `1.098` in a table `x € 1.000`,
 * `€ 1.098.000` in a table in euros.
 *
 * @param cents Integer cents.
 * @param tabel The table.
 * @returns The amount.
 */
export function inTableUnit(cents: number, tabel: FinTabel): string {
  const factor = tabel.eenheid?.factor ?? 1
  if (factor === 1) return formatEuro(cents)
  return formatEuro(Math.round(cents / factor)).replace(/^€ /, '').replace(/(,\d)0$/, '$1')
}

/**
 * The unit of a table for a message: ` (x € 1.000)`, or nothing for euros.
 *
 * @param tabel The table.
 * @returns The suffix.
 */
export function unitSuffix(tabel: FinTabel): string {
  const eenheid = tabel.eenheid
  return eenheid && eenheid.factor !== 1 ? ` (${eenheid.tekst ?? 'x ' + formatEuro(eenheid.factor * 100)})` : ''
}
