/**
 * A list whose items each give a count and its share in parentheses (`- hoog: 148 leerlingen
 * (33%)`), or a table column whose cells do (`| Hoog | 148 (33%) |`): the shares are of the sum of
 * the counts (or the column's total row) when most fit it, and one that does not fit is a slip.
 */

import { formatDutchNumber } from '@kapstok/nl'
import { fits, percentStep, read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import type { ShareClaim } from './share-claims.js'
import type { Table } from './markdown-tables.js'

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

// A table cell with a count and its share: `148 (33%)`, `**148 (33 procent)**`.
const CELL = new RegExp(String.raw`^\**\s*(?:€\s*)?(${NUMBER})\s*\(\s*((${NUMBER})\s?(?:%|procent))\s*\)\s*\**$`, 'iu')
const TOTAL = /^\**\s*(?:totaal|in\s+totaal|samen|total)\b/iu

/**
 * The shares in table cells that give a count and its share (`148 (33%)`), per column, judged
 * against the column's total row or else the sum of its counts.
 *
 * @param tables The Markdown tables of a text.
 * @returns One claim per such cell of a column where most cells fit (fitting or not).
 */
export function cellShareClaims(tables: Table[]): ShareClaim[] {
  return tables.flatMap((table) => {
    const width = Math.max(0, ...table.rows.map((r) => r.length))
    return Array.from({ length: width }, (_, k) => {
      const total = table.rows.find((r) => TOTAL.test(r[0]?.text ?? ''))
      const items = table.rows.flatMap((r): Item[] => {
        const cell = r[k]
        const m = cell && !TOTAL.test(r[0]?.text ?? '') ? CELL.exec(cell.text) : null
        return m && cell ? [{ count: m[1] ?? '', said: m[2] ?? '', percent: m[3] ?? '', index: cell.index + cell.text.indexOf(m[2] ?? '') }] : []
      })
      const whole = total ? read(/(?:€\s*)?(\d[\d.,]*)/u.exec(total[k]?.text ?? '')?.[1] ?? '') : undefined
      return items.length >= 2 ? judged(items, whole) : []
    }).flat()
  })
}

// The items judged against their whole (else their sum), when more than half of them (and at least two) fit it.
function judged(items: Item[], whole?: number): ShareClaim[] {
  const sum = whole ?? items.reduce((s, i) => s + (read(i.count) ?? 0), 0)
  if (sum <= 0) return []
  const claims = items.map((i) => {
    const actual = ((read(i.count) ?? 0) / sum) * 100
    const stated = read(i.percent) ?? 0
    return { said: i.said, index: i.index, actual, basis: `${i.count} van ${formatDutchNumber(sum)}`, fits: fits('', stated, actual, percentStep(i.percent), true) }
  })
  const fitting = claims.filter((c) => c.fits).length
  return fitting >= 2 && fitting * 2 > claims.length ? claims : []
}
