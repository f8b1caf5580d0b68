import type { Plan } from '@kapstok/core'
import { compareAgenda, type CompareAgendaOptions } from './agenda.js'
import { compareAmounts } from './amounts.js'
import { compareNamed } from './named.js'
import { compareProse } from './prose.js'
import type { ChangeReport, FieldChange, VersionInfo } from './types.js'

/** Options for `comparePlans`. */
export interface ComparePlansOptions {
  /** How the old version is named in the report, e.g. a folder or `v1.0:plan` (default: its `versie`, else `oud`). */
  oldLabel?: string
  /** How the new version is named (default: its `versie`, else `nieuw`). */
  newLabel?: string
  /** Thresholds for pairing agenda rows (optional). */
  agenda?: CompareAgendaOptions
}

/** Title-page fields compared, in the order shown. */
const documentFields = ['titel', 'ondertitel', 'soort', 'status', 'statusToelichting', 'versie', 'datum', 'eigenaar', 'portefeuillehouder'] as const

/**
 * Compare two versions of a plan (models as read, preferably after the `agendaPlanning`
 * transform): title-page data, agenda rows, amounts and their totals, principes and pijlers,
 * and running text as word-level renvooi. Pure: neither model is changed.
 *
 * ```ts
 * const report = comparePlans(oldModel, newModel, { oldLabel: 'inspraakversie' })
 * report.agenda.added.length // 1
 * ```
 *
 * @param oldPlan The old version.
 * @param newPlan The new version.
 * @param options Labels and thresholds (optional).
 * @returns The change report.
 */
export function comparePlans(oldPlan: Plan, newPlan: Plan, options: ComparePlansOptions = {}): ChangeReport {
  const document: FieldChange[] = []
  for (const field of documentFields) {
    const old = String(oldPlan.document[field] ?? '')
    const now = String(newPlan.document[field] ?? '')
    if (old !== now) document.push({ field, old, new: now })
  }
  return {
    versions: { old: version(oldPlan, options.oldLabel ?? 'oud'), new: version(newPlan, options.newLabel ?? 'nieuw') },
    document,
    agenda: compareAgenda(oldPlan, newPlan, options.agenda),
    amounts: compareAmounts(oldPlan, newPlan),
    principes: compareNamed(oldPlan.principes ?? [], newPlan.principes ?? []),
    pijlers: compareNamed(oldPlan.pijlers ?? [], newPlan.pijlers ?? []),
    prose: compareProse(oldPlan, newPlan)
  }
}

/**
 * The number of changes in a report (each row, amount, rename and text once; totals are
 * effects, not changes, and are not counted).
 *
 * @param report The report.
 * @returns The count; 0 when the versions do not differ.
 */
export function countChanges(report: ChangeReport): number {
  const named = (n: ChangeReport['principes']) => n.added.length + n.removed.length + n.renamed.length
  return (
    report.document.length +
    report.agenda.added.length +
    report.agenda.removed.length +
    report.agenda.changed.length +
    report.amounts.changed.length +
    named(report.principes) +
    named(report.pijlers) +
    report.prose.length
  )
}

function version(plan: Plan, label: string): VersionInfo {
  const info: VersionInfo = { label, titel: plan.document.titel, status: plan.document.status }
  if (plan.document.versie) info.versie = plan.document.versie
  if (plan.document.datum) info.datum = plan.document.datum
  return info
}
