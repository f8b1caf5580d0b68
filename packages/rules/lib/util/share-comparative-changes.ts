/**
 * A change said as a share with a comparative right after its numbers: `De wachttijd gaat van
 * tien naar zes weken, bijna de helft korter.`, `… van € 80 naar € 100, een kwart duurder`. The
 * sentence readers take a change's size after `met` or `een daling van`; a share that closes on a
 * comparative (`korter`, `minder`, `hoger`) is that size too. The comparative must go the way of the
 * numbers (`korter` for a fall), else the share says something else; `sneller` and `trager` are left
 * alone (a shorter time is faster). Used by `share-text-claims` for shares no other reading judged.
 */

import type { ShareClaim } from './share-claim-text.js'
import { SHARE } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { changeBases } from './share-changes.js'
import { statementOf } from './share-statements.js'
import { countWordsAsDigits } from './share-words.js'
import { paragraphSentences } from './text.js'

// Comparatives of less and of more after the share; one with `dan` after it compares with something else
// (`een kwart hoger dan in de buurgemeenten`).
const LESS = /^\s+(?:korter|kleiner|minder|lager|goedkoper|krapper|smaller|lichter)\b(?!\s+dan\b)/iu
const MORE = /^\s+(?:langer|groter|meer|hoger|duurder|breder|zwaarder)\b(?!\s+dan\b)/iu
// Between the change and the share: its unit and a verb at most (`weken teruggebracht`), a comma, colon or dash,
// perhaps with `dat is` or `ofwel`.
const BETWEEN = /^(?:\s*\p{L}+){0,2}\s*[,:;–—-]\s*(?:(?:dat|dit|wat)\s+is\s+|ofwel\s+|oftewel\s+|zo(?:'|’)n\s+|dus\s+)?$/iu

/**
 * The changes said as a share with a comparative that no other reading judged.
 *
 * @param text The text, without emphasis.
 * @param judged The offsets of the shares other readings judged.
 * @returns A claim for each such share.
 */
export function comparativeChangeClaims(text: string, judged: Set<number>): ShareClaim[] {
  const out: ShareClaim[] = []
  // Number words read as digits at the same offsets (`van twaalf naar acht`).
  const read = countWordsAsDigits(text)
  for (const s of paragraphSentences(read).flat()) {
    for (const share of allMatches(SHARE, s.text)) {
      const at = share.index ?? 0
      const after = s.text.slice(at + share[0].length)
      const less = LESS.test(after)
      if (judged.has(s.index + at) || (!less && !MORE.test(after))) continue
      // The change that ends right before the share, its unit (`weken`) perhaps between.
      const change = changeBases(s.text).find((b) => b.end <= at && BETWEEN.test(s.text.slice(b.end, at)))
      if (!change || change.ratio === undefined || change.ratio === 1 || less !== change.ratio < 1) continue
      const statement = statementOf(share, s.text, at, '')
      if (!statement || statement.inPoints) continue
      const said = text.slice(s.index + at, s.index + at + share[0].length)
      out.push({ said, index: s.index + at, actual: change.actual, basis: change.basis, fits: statement.judge(change.actual) })
    }
  }
  return out
}
