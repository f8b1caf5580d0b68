/**
 * A share said of what is left of a whole (`Van het budget van € 900.000 is € 710.000 besteed, zodat
 * nog 21 procent resteert`, `er blijft bijna een kwart over`, `de resterende 21 procent`): read as the
 * rest of the part's whole when the part itself does not fit. Used by `share-claims` on any reading of a part.
 */
import { partOrRest } from './share-pointers.js'

// The verb of what is left after the share, closing its clause: `… 21 procent resteert.`, `… een kwart over;`.
const LEFT_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:resteert|resteren|overblijft|overblijven|over|rest)\s*(?:[.;,!?)]|$)/iu
// Or before it: `de resterende 21 procent`, `de overige 79 procent`, `blijft er nog 21 procent`, `resteert nog een kwart`.
const LEFT_BEFORE = /\b(?:resterende|overige|overblijvende|overgebleven|(?:blijft|blijven|resteert|resteren)\s+(?:er\s+)?(?:dus\s+)?(?:nog\s+)?(?:maar\s+)?)\s*(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu

/**
 * A part's reading, or its rest where the share says it is what is left.
 *
 * @param found The reading of the share as a part of a whole (a change is left as it is).
 * @param before The sentence up to the share, without the hedge word.
 * @param after The sentence after the share.
 * @param judge Whether a percentage fits the share as written.
 * @returns The reading to judge by.
 */
export function leftRest<T extends { actual: number; basis: string }>(found: T | undefined, before: string, after: string, judge: (actual: number) => boolean): T | undefined {
  if (!found || /^van\s/iu.test(found.basis) || found.actual > 100 || !(LEFT_AFTER.test(after) || LEFT_BEFORE.test(before))) return found
  return partOrRest(found, judge)
}
