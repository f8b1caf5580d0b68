import type { Plan } from '@kapstok/core'
import { buildDocument, supportedDocuments, type AfterBuild } from '@kapstok/documents'
import { formatDutchDate } from '@kapstok/nl'
import { markChanges } from './mark.js'

/**
 * The `afterBuild` step that makes every document of a build show its changes against an
 * earlier version of the plan (`kapstok build --changes-since`): the same document is built
 * from the old model with the same options, and `markChanges` marks the differences. A
 * document the old version could not make shows all its content as new.
 *
 * ```ts
 * const view = buildDocument(plan, 'programmaplan', { afterBuild: changesSince(oldPlan, 'v0.9') })
 * view.meta.changesSince // 'Met wijzigingen ten opzichte van versie 0.9 (v0.9)'
 * ```
 *
 * @param oldPlan The earlier version (as read, after the `agendaPlanning` transform).
 * @param label How the user named it: a folder, a file or `<ref>:<path>`.
 * @returns The step for `BuildDocumentOptions.afterBuild`.
 */
export function changesSince(oldPlan: Plan, label: string): AfterBuild {
  const line = changesSinceLine(oldPlan, label)
  return (view, options) => {
    const old = supportedDocuments(oldPlan).includes(view.kind) ? buildDocument(oldPlan, view.kind, options) : undefined
    return markChanges(view, old, line)
  }
}

/**
 * The line under the title of a document with its changes marked.
 *
 * @param oldPlan The earlier version.
 * @param label How the user named it.
 * @returns E.g. `Met wijzigingen ten opzichte van versie 0.9 van 14 januari 2025 (inspraak/)`.
 */
export function changesSinceLine(oldPlan: Plan, label: string): string {
  const { versie, datum } = oldPlan.document
  const date = datum ? formatDutchDate(datum) : ''
  const which = versie ? `versie ${versie}${date ? ` van ${date}` : ''} (${label})` : date ? `de versie van ${date} (${label})` : `versie ${label}`
  return `Met wijzigingen ten opzichte van ${which}`
}
