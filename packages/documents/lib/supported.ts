import type { Plan } from '@kapstok/core'
import type { DocumentKind } from './types.js'

/** Every document kind, in the order they are usually rendered. */
export const documentKinds: readonly DocumentKind[] = ['programmaplan', 'beleidskader', 'raadsvoorstel']

/**
 * The documents a plan can produce:
 *
 * - `programmaplan` — every plan that is not only a beleidskader, or that has acties;
 * - `beleidskader` — plans with a koers, principes or pijlers;
 * - `raadsvoorstel` — plans with a `besluit` or `raadsvoorstel`.
 *
 * @param plan The model.
 * @returns Document kinds, in `documentKinds` order.
 */
export function supportedDocuments(plan: Plan): DocumentKind[] {
  const kinds: DocumentKind[] = []
  if (plan.document.soort !== 'beleidskader' || (plan.acties?.length ?? 0) > 0) kinds.push('programmaplan')
  const koers = plan.koers && (plan.koers.ambitie || plan.koers.visie || plan.koers.missie)
  if (koers || plan.principes?.length || plan.pijlers?.length) kinds.push('beleidskader')
  if (plan.besluit || plan.raadsvoorstel) kinds.push('raadsvoorstel')
  return kinds
}
