/**
 * A change named back by its noun: `Deze toename van ruim 25 procent …` or `Die daling (ruim 10%)`
 * after a sentence that states the change (`steeg van 320 naar 410`), in the same paragraph with other
 * numbers between, or in the paragraph right before. The noun (`toename`, `daling`) ties the share to
 * the last change of that direction more firmly than any pair of numbers between does. Used by share-claims.
 */

import type { Basis } from './share-bases.js'

const UP = 'toename|groei|stijging|aanwas|uitbreiding'
const DOWN = 'afname|daling|krimp|teruggang|vermindering'
// The sentence opens on the noun with a demonstrative, and only an apposition's words stand between it and the
// share: `Die groei, een stijging van`, `Deze toename van`, `De afname (`. A share further on is something else
// (`Die groei zet door: nog eens 15 procent`).
const OPENING = new RegExp(String.raw`^\s*(?:die|deze|de|dat|dit)\s+(${UP}|${DOWN})\s*(?:[,(:–-]\s*)?(?:(?:een|ofwel|dus|zo'n)\s+)?(?:(?:${UP}|${DOWN})\s+)?(?:van\s+)?$`, 'iu')
const DOWNWARD = new RegExp(String.raw`^(?:${DOWN})$`, 'iu')

/** The changes a share may name back: those of its paragraph before it, else those of the paragraph before. */
export interface RecentChanges {
  paragraph: Basis[]
  before: Basis[]
}

/**
 * The change a sentence names back by its noun before its share.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share (a rate per year or points are no restatement of the change).
 * @param recent The changes stated before, in the paragraph and the one before it.
 * @returns The one change of the noun's direction, or undefined when there is none or more than one.
 */
export function namedChange(before: string, after: string, recent: RecentChanges): Basis | undefined {
  const m = OPENING.exec(before)
  if (!m || /^\s*(?:per\s+(?:jaar|maand|week)|jaarlijks|-?punt|procentpunt)/iu.test(after)) return undefined
  const down = DOWNWARD.test(m[1] ?? '')
  const pool = recent.paragraph.length > 0 ? recent.paragraph : recent.before
  const matching = pool.filter((b) => b.change && b.ratio !== undefined && b.ratio !== 1 && b.ratio < 1 === down)
  const distinct = [...new Map(matching.map((b) => [b.basis, b])).values()]
  return distinct.length === 1 ? distinct[0] : undefined
}
