/**
 * The titles of finance tables whose year columns are exactly the plan's period (`| Post | 2026 |
 * 2027 | 2028 | 2029 |`): a range in such a title (its heading or caption) gives the plan's years,
 * whatever its words. Used by `period-mismatch`.
 */
import type { Plan } from '@kapstok/core'
import { consecutiveYears } from './caption-years.js'

/** A finance table's title. */
export interface TableTitle {
  /** Pointer of the title. */
  pointer: string
  /** The title. */
  text: string
}

/**
 * Titles of the finance tables whose year columns run from the period's first to its last year,
 * one column per year.
 *
 * @param plan The model.
 * @param period The plan's period.
 * @returns The titles.
 */
export function periodTableTitles(plan: Plan, period: { start: number; eind: number }): TableTitle[] {
  return (plan.financien?.tabellen ?? []).flatMap((table, i) => {
    const years = consecutiveYears(table.kolommen)
    const spans = years !== undefined && years[0] === period.start && years.at(-1) === period.eind
    return spans && table.titel ? [{ pointer: `/financien/tabellen/${i}/titel`, text: table.titel }] : []
  })
}
