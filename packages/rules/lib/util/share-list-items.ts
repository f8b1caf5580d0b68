/**
 * A list whose items each give a count and its share in parentheses (`- hoog: 148 leerlingen
 * (33%)`): the shares are of the sum of the counts when most items fit that sum, and an item
 * that does not fit it is a slip. Like a table's count and percentage columns, written as a list.
 */

import { formatDutchNumber } from '@kapstok/nl'
import { fits, percentStep, read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import type { ShareClaim } from './share-claims.js'

const NUMBER = PLAIN_NUMBER
// A list item that ends in a count, up to two words, and a bare percentage in parentheses (not `+12%`, not
// `25% doelgroep`, which is a share of something else).
const ITEM = new RegExp(
  String.raw`^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+[^\n]*?(?<![\d.,])(${NUMBER})(?:[ \t]+[\p{L}-]+){0,2}[ \t]*\([ \t]*((${NUMBER})[ \t]?(?:%|procent))[ \t]*\)[ \t]*[;,.]?[ \t]*$`,
  'iu'
)

interface Item {
  count: string
  said: string
  percent: string
  index: number
}

/**
 * The shares of list items that are each a count's share of the list's sum.
 *
 * @param text A prose text in Markdown.
 * @returns One claim per item of each such list of at least three items (fitting or not).
 */
export function listShareClaims(text: string): ShareClaim[] {
  const out: ShareClaim[] = []
  let run: Item[] = []
  const close = (): void => {
    if (run.length >= 3) out.push(...judged(run))
    run = []
  }
  let offset = 0
  for (const line of text.split('\n')) {
    const m = ITEM.exec(line)
    if (m && !isYearNumber(m[1])) {
      const at = line.lastIndexOf(m[2] ?? '')
      run.push({ count: m[1] ?? '', said: m[2] ?? '', percent: m[3] ?? '', index: offset + at })
    } else {
      // Any other line ends the list: an item without a share belongs to another kind of list.
      close()
    }
    offset += line.length + 1
  }
  close()
  return out
}

// The items judged against their sum, when more than half of them (and at least two) fit it.
function judged(items: Item[]): ShareClaim[] {
  const sum = items.reduce((s, i) => s + (read(i.count) ?? 0), 0)
  if (sum <= 0) return []
  const claims = items.map((i) => {
    const actual = ((read(i.count) ?? 0) / sum) * 100
    const stated = read(i.percent) ?? 0
    return { said: i.said, index: i.index, actual, basis: `${i.count} van ${formatDutchNumber(sum)}`, fits: fits('', stated, actual, percentStep(i.percent), true) }
  })
  const fitting = claims.filter((c) => c.fits).length
  return fitting >= 2 && fitting * 2 > claims.length ? claims : []
}
