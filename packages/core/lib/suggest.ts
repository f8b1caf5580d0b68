import leven from 'leven'

/**
 * The known word a mistyped one most likely meant, for "bedoelde u …?" in messages about
 * configuration keys, commands and ids. A candidate counts when it is at most a third of the
 * word's length away (at least one edit; case is ignored; two swapped neighbouring letters are
 * one edit, `buidl` → `build`), or when one contains the other and the shorter one has at least
 * four letters (`templat` → `template`).
 *
 * @param word What the user wrote.
 * @param candidates The known words.
 * @returns The closest candidate, or `undefined` when none is close.
 */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const typed = word.toLowerCase()
  const limit = Math.max(1, Math.floor(typed.length / 3))
  let best: { word: string; distance: number } | undefined
  for (const candidate of candidates) {
    const known = candidate.toLowerCase()
    const shorter = Math.min(known.length, typed.length)
    const contains = shorter >= 4 && (known.includes(typed) || typed.includes(known))
    const distance = swapped(typed, known) ? 1 : contains ? Math.min(leven(typed, known), limit) : leven(typed, known)
    if (distance > limit) continue
    if (!best || distance < best.distance) best = { word: candidate, distance }
  }
  return best?.word
}

/** Whether two words differ only by one pair of swapped neighbouring letters. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false
  const first = [...a].findIndex((c, i) => c !== b[i])
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2)
}

/**
 * "; bedoelde u `x`?" for a mistyped word, or an empty string when nothing known is close.
 *
 * @param word What the user wrote.
 * @param candidates The known words.
 * @returns The suffix for a Dutch message.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const closest = closestWord(word, candidates)
  return closest === undefined ? '' : `; bedoelde u \`${closest}\`?`
}
