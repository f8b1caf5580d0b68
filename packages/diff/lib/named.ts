import type { NamedChanges, NamedRef } from './types.js'
import { similarity } from './words.js'

/**
 * Compare two lists of principes or pijlers. The same title is the same item (whatever its id:
 * generated ids shift when one is inserted above); the rest are paired most alike first, the
 * same id counting for half, as the same item under a new title; what is left is added or removed.
 *
 * @param olds The old items.
 * @param news The new items.
 * @returns Added, removed and renamed items (renamed ones with their new id).
 */
export function compareNamed(olds: NamedRef[], news: NamedRef[]): NamedChanges {
  const restOld = new Set(olds)
  const restNew = new Set(news)
  const take = (a: NamedRef, b: NamedRef) => (restOld.delete(a), restNew.delete(b))
  for (const b of news) {
    const a = [...restOld].find((x) => x.titel.trim() === b.titel.trim())
    if (a) take(a, b)
  }
  // The rest, most alike first: the same id counts for half, a title at least half alike alone.
  const renamed: NamedChanges['renamed'] = []
  const candidates = [...restOld]
    .flatMap((a) => [...restNew].map((b) => ({ a, b, score: similarity(a.titel, b.titel) + (a.id === b.id ? 0.5 : 0) })))
    .filter((c) => c.score >= 0.5)
  for (const { a, b } of candidates.sort((x, y) => y.score - x.score)) {
    if (!restOld.has(a) || !restNew.has(b)) continue
    take(a, b)
    renamed.push({ id: b.id, old: a.titel, new: b.titel })
  }
  const ref = ({ id, titel }: NamedRef): NamedRef => ({ id, titel })
  return { added: [...restNew].map(ref), removed: [...restOld].map(ref), renamed }
}
