/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them. `matchAll`
 * first copies the pattern (a new RegExp from its source); for the long patterns built from a
 * plan's nouns, run on every text of every plan, the copies cost more than the matching.
 */

/**
 * The matches of `pattern` (which must have the `g` flag) in `text`, in order; the pattern's
 * `lastIndex` is 0 before and after, so a shared pattern keeps no state between calls.
 *
 * @param pattern A global pattern; not used by anyone else while this runs (it returns at once).
 * @param text The text.
 * @returns The matches, with `index` as `matchAll` gives it.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern')
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match)
    // An empty match: step past it as matchAll does (a whole code point in a `u` pattern).
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1
  }
  pattern.lastIndex = 0
  return found
}
