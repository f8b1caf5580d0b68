/**
 * A list whose items each count one thing in the same noun, where an item gives its share of the
 * whole list (`van het totaal`, `van alle bezoeken`) and the lead names no number:
 *
 *     De uitleningen van vorig jaar per vestiging:
 *     - Centrum: 5.300 boeken;
 *     - Oost: 3.900 boeken, ruim de helft van alles;
 *     - Dorp: 600 boeken.
 *
 * The whole is the sum of the items. A lead that makes the list a selection (`onder andere`,
 * `waaronder`) or an item that splits itself (`waarvan`) leaves the sum open.
 */

import { formatDutchNumber } from '@kapstok/nl'
import { APPROXIMATE, fits, percentStep, read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import { readShareWord, shareWord } from './share-words.js'
import type { ShareClaim } from './share-claims.js'

const NUMBER = PLAIN_NUMBER
const ITEM = /^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+(.*)$/u
// A count and its noun: `410 ritten`. A share (`60%`) is no count.
const COUNT = new RegExp(String.raw`(?<![\d.,€])(${NUMBER})(?![\d]|[.,]\d)(?!\s?(?:%|procent\b))\s+([\p{L}-]{3,})`, 'giu')
// The share of the whole list, after the item's count: `ruim de helft van alles`, `38% van alle boeken`.
const SHARE_OF_ALL = new RegExp(
  String.raw`(?:\b(${APPROXIMATE})\s+)?(?:(${NUMBER})\s?(?:%|procent\b)|(?<![\p{L}])(${shareWord})(?![\p{L}]))\s+van\s+(?:het\s+(?:hele\s+)?totaal|alle\s+([\p{L}-]+)|het\s+totale\s+aantal)`,
  'iu'
)
// Any number in a lead; a year (`de bezoeken van 2025`) names no whole.
const ANY_NUMBER = new RegExp(String.raw`(?<![\d.,])(?:${NUMBER})(?![\d]|[.,]\d)`, 'gu')
const SELECTION = /\b(?:onder\s+(?:andere|meer)|waaronder|zoals|bijvoorbeeld|o\.a\.|waarvan)\b/iu

interface Line {
  body: string
  start: number
}

/**
 * The shares of list items of the sum of the list, when the lead gives no whole.
 *
 * @param text A prose text in Markdown.
 * @returns One claim per item share found (fitting or not).
 */
export function listSumShares(text: string): ShareClaim[] {
  const out: ShareClaim[] = []
  let run: Line[] = []
  let lead = ''
  let offset = 0
  const close = (): void => {
    if (run.length >= 2) out.push(...judged(run, lead))
    run = []
  }
  for (const line of text.split('\n')) {
    const item = ITEM.exec(line)
    if (item) {
      run.push({ body: item[1] ?? '', start: offset + line.length - (item[1]?.length ?? 0) })
    } else if (line.trim() !== '') {
      // A blank line between items keeps the list (a loose list is one list); only a line of text ends it.
      close()
      lead = line
    }
    offset += line.length + 1
  }
  close()
  return out
}

// The items' shares of their sum: every item counts exactly one thing, all in one noun.
function judged(run: Line[], lead: string): ShareClaim[] {
  // A lead with a number gives the whole itself (read elsewhere); a selection or a split has no sum.
  if (!/:\s*$/u.test(lead) || [...lead.matchAll(ANY_NUMBER)].some((m) => !isYearNumber(m[0])) || SELECTION.test(lead) || run.some((l) => SELECTION.test(l.body))) return []
  const items = run.map((l) => {
    const share = SHARE_OF_ALL.exec(l.body)
    const counts = [...(share ? l.body.slice(0, share.index) : l.body).matchAll(COUNT)].filter((m) => !isYearNumber(m[1]))
    const rest = share ? l.body.slice(share.index + share[0].length) : ''
    return { line: l, share, counts, extra: /\d/u.test(rest) }
  })
  if (items.some((i) => i.counts.length !== 1 || i.extra)) return []
  const noun = (i: (typeof items)[number]): string => (i.counts[0]?.[2] ?? '').toLowerCase()
  const first = noun(items[0]!)
  if (items.some((i) => noun(i) !== first)) return []
  // `van alle ritten` names the items' noun; another noun is another whole.
  if (items.some((i) => i.share?.[4] !== undefined && i.share[4].toLowerCase() !== first)) return []
  const sum = items.reduce((s, i) => s + (read(i.counts[0]?.[1] ?? '') ?? 0), 0)
  if (sum <= 0) return []
  return items.flatMap((i) => {
    const m = i.share
    if (!m) return []
    const part = read(i.counts[0]?.[1] ?? '') ?? 0
    const actual = (part / sum) * 100
    const percent = m[2] !== undefined
    const words = percent ? undefined : readShareWord(m[3] ?? '')
    const stated = percent ? read(m[2] ?? '') : words?.value
    if (stated === undefined) return []
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const ok = words?.side ? (words.side === 'above' ? actual > 50 : actual < 50) : fits(word, stated, actual, percent ? percentStep(m[2] ?? '') : (words?.step ?? 0), percent, words?.up)
    const said = m[0].replace(/\s+van\s+.*$/su, '')
    return [{ said, index: i.line.start + m.index, actual, basis: `${i.counts[0]?.[1]} van ${formatDutchNumber(sum)}`, fits: ok }]
  })
}
