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
 * are one edited item (in order, never crossing). What is left is removed or added, in place:
 * between two pairs, removed items before added ones.
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
  // Between two pairs (and at the end) what is gone comes before what is new, as in a renvooi.
  const flush = () => {
    const pairs: Array<[number, number]> = []
    let next = 0
    added.forEach((b, ai) => {
      const at = removed.findIndex((a, k) => k >= next && pair(a, b))
      if (at < 0) return
      pairs.push([at, ai])
      next = at + 1
    })
    let r = 0
    let a = 0
    for (const [ri, ai] of [...pairs, [removed.length, added.length] as [number, number]]) {
      for (; r < ri; r++) out.push({ old: removed[r] as T })
      for (; a < ai; a++) out.push({ new: added[a] as T })
      if (ri < removed.length) out.push({ old: removed[ri] as T, new: added[ai] as T })
      r = ri + 1
      a = ai + 1
    }
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
