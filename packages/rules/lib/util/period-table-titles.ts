/**
 * The titles of finance tables whose year columns are exactly the plan's period (`| Post | 2026 |
 * 2027 | 2028 | 2029 |`): a range in such a title (its heading or caption) gives the plan's years,
 * whatever its words. Used by `period-mismatch`.
 */
import type { Plan } from '@kapstok/core'

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
    const years = table.kolommen.map((k) => /^\s*((?:19|20)\d{2})\s*$/.exec(k)?.[1]).filter((y): y is string => y !== undefined).map(Number)
    const consecutive = years.every((y, k) => k === 0 || y === (years[k - 1] ?? 0) + 1)
    const spans = years.length >= 2 && consecutive && years[0] === period.start && years.at(-1) === period.eind
    return spans && table.titel ? [{ pointer: `/financien/tabellen/${i}/titel`, text: table.titel }] : []
  })
}
