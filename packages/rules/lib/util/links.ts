import { collectIdLinks, type Plan } from '@kapstok/core'

/**
 * Ids that something refers to: `[…](#id)` links in prose, and actie `pijler` and
 * `verwijzingen`.
 *
 * @param plan The model.
 * @returns The referenced ids.
 */
export function referencedIds(plan: Plan): Set<string> {
  const ids = new Set<string>()
  for (const link of collectIdLinks(plan)) if (link.id) ids.add(link.id)
  for (const actie of plan.acties ?? []) {
    if (actie.pijler) ids.add(actie.pijler)
    for (const id of actie.verwijzingen ?? []) ids.add(id)
  }
  return ids
}
