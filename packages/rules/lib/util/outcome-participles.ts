/**
 * Participles that say the same outcome of a counted request or task in other words: a column
 * `Verleend` is what a sentence calls `toegekend` or `gehonoreerd`, a column `Uitgevoerd` what it
 * calls `afgerond`. Used to find a table column a sentence names by its verb.
 */

// Each group one outcome; the words inflected as adjectives too (`verleende`).
const GROUPS: string[][] = [
  ['verleend', 'toegekend', 'gehonoreerd', 'goedgekeurd', 'ingewilligd', 'toegewezen', 'gegund'],
  ['geweigerd', 'afgewezen', 'afgekeurd', 'niet verleend'],
  ['uitgevoerd', 'afgerond', 'gerealiseerd', 'voltooid', 'gehouden', 'afgehandeld']
]

// A participle as an adjective loses its ending: `verleende` is `verleend`.
const stem = (word: string): string => (word.length > 5 && word.endsWith('e') ? word.slice(0, -1) : word)

/**
 * Whether two words name one outcome: the same participle (as an adjective too) or two of one group.
 *
 * @param a A word, lower case.
 * @param b Another word, lower case.
 */
export function sameOutcome(a: string, b: string): boolean {
  const [x, y] = [stem(a), stem(b)]
  if (x.length < 4 || y.length < 4) return false
  if (x === y) return true
  return GROUPS.some((g) => g.includes(x) && g.includes(y))
}
