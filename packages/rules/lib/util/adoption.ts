import type { Plan } from '@kapstok/core'

/** Who adopts a document: the raad (with a raadsbesluit) or the college or burgemeester. */
export type Adopter = 'raad' | 'college' | 'burgemeester'

/**
 * Who adopts the plan: `document.vastgesteldDoor`, else what `publicatie.vastgesteldDoor`
 * says in words ("gemeenteraad", "het college"), else the raad.
 *
 * @param plan The model.
 * @returns The adopting body, and whether the plan declared it.
 */
export function adopter(plan: Plan): { by: Adopter; declared: boolean } {
  const declared = plan.document?.vastgesteldDoor
  if (declared) return { by: declared, declared: true }
  const words = plan.document?.publicatie?.vastgesteldDoor?.toLowerCase() ?? ''
  if (/\bcollege\b/.test(words)) return { by: 'college', declared: true }
  if (/raad\b/.test(words)) return { by: 'raad', declared: true }
  if (/\bburgemeester\b/.test(words)) return { by: 'burgemeester', declared: true }
  return { by: 'raad', declared: false }
}

/**
 * Whether the plan says it is published as a regeling in the Gemeenteblad: `regeling: true`,
 * or a `publicatie` block without `regeling: false`.
 *
 * @param plan The model.
 * @returns Whether publication data are required once it is vastgesteld.
 */
export function publishedAsRegeling(plan: Plan): boolean {
  const regeling = plan.document?.regeling
  if (regeling !== undefined) return regeling
  return plan.document?.publicatie !== undefined
}
