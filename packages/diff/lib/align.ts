import { diffArrays } from 'diff'

/** One step of an alignment: both (the same or an edited item), only the old, or only the new. */
export interface AlignStep<T> {
  /** The item in the old version (absent when it is new). */
  old?: T
  /** The item in the new version (absent when it is gone). */
  new?: T
}

/**
 * Align two lists of items in reading order: the longest run of `same` items (jsdiff's
 * `diffArrays`), then, within each stretch in between, old and new items that `pair` accepts
 * are one edited item (in order, never crossing). What is left is removed or added, in place.
 *
 * @param olds The old items.
 * @param news The new items.
 * @param same Whether two items are unchanged.
 * @param pair Whether two items that differ are one item edited.
 * @returns The steps in reading order of the new version, removed items where they stood.
 */
export function align<T>(olds: readonly T[], news: readonly T[], same: (a: T, b: T) => boolean, pair: (a: T, b: T) => boolean): Array<AlignStep<T>> {
  const out: Array<AlignStep<T>> = []
  let i = 0
  let j = 0
  let removed: T[] = []
  let added: T[] = []
  const flush = () => {
    let next = 0
    for (const b of added) {
      const at = removed.findIndex((a, k) => k >= next && pair(a, b))
      if (at < 0) {
        out.push({ new: b })
        continue
      }
      for (const a of removed.slice(next, at)) out.push({ old: a })
      out.push({ old: removed[at] as T, new: b })
      next = at + 1
    }
    for (const a of removed.slice(next)) out.push({ old: a })
    removed = []
    added = []
  }
  for (const change of diffArrays([...olds], [...news], { comparator: same })) {
    const count = change.count ?? change.value.length
    if (change.removed) {
      removed.push(...olds.slice(i, i + count))
      i += count
    } else if (change.added) {
      added.push(...news.slice(j, j + count))
      j += count
    } else {
      flush()
      for (let k = 0; k < count; k++) out.push({ old: olds[i + k] as T, new: news[j + k] as T })
      i += count
      j += count
    }
  }
  flush()
  return out
}
