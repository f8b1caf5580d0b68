/**
 * A share whose part is a group of table rows the sentence before names, pointed back to by their
 * number (`Die twee wijken leveren samen …`, `Deze drie scholen hebben …`, `Beide parken …`):
 * the sentence names no row itself, so the group is the rows of the sentence before, when they are
 * as many as the pointer says. Used by `share-table-cells`.
 */

import { parseNumberWord } from '@kapstok/nl'

// `die twee parken`, `deze drie`, `beide wijken`, `die 3 scholen`: a pointer with the size of the group, at the sentence's start.
const GROUP_POINTER = /^\s*(?:(?:die|deze)\s+(\p{L}+|\d)|(beide))(?![\p{L}\d])/iu

/**
 * The number of rows a sentence points back to as a group.
 *
 * @param before The sentence up to the share.
 * @returns The size of the group (two or more), or undefined when the sentence opens with no such pointer.
 */
export function pointedGroupSize(before: string): number | undefined {
  const m = GROUP_POINTER.exec(before)
  if (!m) return undefined
  if (m[2]) return 2
  const word = (m[1] ?? '').toLowerCase()
  const n = /^\d$/u.test(word) ? Number(word) : /^(?:een|één)$/u.test(word) ? undefined : parseNumberWord(word)
  return n !== undefined && n >= 2 && n <= 9 ? n : undefined
}
