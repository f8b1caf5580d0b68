import { monthNames, parseDutchPeriod, type DutchPeriod } from '@kapstok/nl'
import type { Actie, Plan } from '@kapstok/core'

/** A date cell of the uitvoeringsagenda, read. */
export interface DateCell {
  /** The row. */
  actie: Actie
  /** Row index in `acties`. */
  index: number
  /** Which column. */
  field: 'start' | 'eind'
  /** Pointer of the cell. */
  pointer: string
  /** The reading (kind `empty` for an empty cell). */
  period: DutchPeriod
}

/** Dutch name of a date column, for messages. */
export const columnName: Record<'start' | 'eind', string> = { start: 'Startdatum', eind: 'Einddatum' }

/** Two month names in a row (`Juni Maart-2022`): a remnant of Word's track changes. */
export const trackedChange = new RegExp(`(?<![\\p{L}])(?:${monthNames.join('|')})\\s+(?:${monthNames.join('|')})(?![\\p{L}])`, 'iu')

/** Text in a date cell that starts with another column's label (`Doel: …`). */
export const columnLabel = /^(?:doel|activiteit|resultaat|toelichting|bijzonderheden|actie)\s*:/i

/**
 * Every start and end cell of the agenda, read with `parseDutchPeriod`.
 *
 * @param plan The model.
 * @returns The cells, row by row.
 */
export function dateCells(plan: Plan): DateCell[] {
  const out: DateCell[] = []
  ;(plan.acties ?? []).forEach((actie, index) => {
    for (const field of ['start', 'eind'] as const) {
      out.push({ actie, index, field, pointer: `/acties/${index}/${field}`, period: parseDutchPeriod(actie[field] ?? '') })
    }
  })
  return out
}

/**
 * Row label for messages: `rij 3 (Inzet Powerful Ageing)`.
 *
 * @param actie The row.
 * @param index Its index.
 * @returns The label.
 */
export function rowLabel(actie: Actie, index: number): string {
  const name = actie.activiteit.replace(/\s+/g, ' ').trim()
  return name ? `rij ${index + 1} (\`${name.length > 40 ? name.slice(0, 39) + '…' : name}\`)` : `rij ${index + 1}`
}
