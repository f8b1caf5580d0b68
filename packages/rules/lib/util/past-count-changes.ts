/**
 * A change in percent since a past count the sentence gives, to the current count in a table above:
 * `Sinds de telling in 2021, toen er 640 laadpalen waren, groeide het aantal laadpalen met 25%.` under
 * a table without years whose total row counts laadpalen. The current level is the one `now-changes`
 * reads: the table's total under a column the noun names, and no other current level of the noun in
 * the text. Only a past change (a verb in the past tense), with one year, one count of a noun before
 * the share, and the table in the same section above the sentence. Used by `share-text-claims` for
 * shares no other reading judged.
 */

import type { Table } from './markdown-tables.js'
import type { ShareClaim } from './share-claim-text.js'
import { SHARE } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { statementOf } from './share-statements.js'
import { CHANGE, DOWN } from './share-span-changes.js'
import { countedNumbers } from './base-year-changes.js'
import { currentLevel, tableTotalLevel } from './now-changes.js'
import { paragraphSentences } from './text.js'
import { tableEnd } from './table-named-series.js'
import type { Rational } from './exact-number.js'

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu
// A change that happened: a target or an expectation (`groeit`, `moet stijgen`) has no current level to hold it to.
const PAST = /\b(?:steeg|stegen|gestegen|groeide|groeiden|gegroeid|daalde|daalden|gedaald|nam|namen|toegenomen|afgenomen|kromp|krompen|gekrompen|liep|liepen|opgelopen|teruggelopen)\b/iu
const SIZE_LEAD = /\b(?:met|van)\s+$/iu
const value = (r: Rational): number => Number(r.n) / Number(r.d)

/**
 * The changes since a past count to a table's current total that no other reading judged.
 *
 * @param text The text, without emphasis.
 * @param tables Its tables.
 * @param judged The offsets of the shares other readings judged.
 * @returns A claim for each such share.
 */
export function pastCountChangeClaims(text: string, tables: Table[], judged: Set<number>): ShareClaim[] {
  if (tables.length === 0) return []
  const out: ShareClaim[] = []
  const all = paragraphSentences(text).flat()
  for (const s of all) {
    const years = [...new Set(s.text.match(YEAR) ?? [])]
    if (years.length !== 1 || !CHANGE.test(s.text) || !PAST.test(s.text)) continue
    const shares = allMatches(SHARE, s.text).filter((m) => SIZE_LEAD.test(s.text.slice(0, m.index)))
    const [share] = shares
    if (shares.length !== 1 || !share || judged.has(s.index + (share.index ?? 0))) continue
    const at = share.index ?? 0
    const blanked = s.text.slice(0, at) + ' '.repeat(share[0].length) + s.text.slice(at + share[0].length)
    const levels = countedNumbers(blanked).filter((q) => !q.percent)
    const [past] = levels
    if (levels.length !== 1 || !past || !past.noun || past.at > at || past.value.n <= 0n) continue
    // The nearest table above, in the same section, whose total counts the noun.
    const table = tables.filter((t) => tableEnd(t) <= s.index).at(-1)
    if (!table || /\n#/u.test(text.slice(tableEnd(table), s.index))) continue
    const total = tableTotalLevel(table, past)
    const now = currentLevel(text, all, s.index, past)
    if (!total || !now || value(total.value) !== value(now.value)) continue
    const [was, is] = [value(past.value), value(now.value)]
    if (was === is || DOWN.test(s.text) !== is < was) continue
    const statement = statementOf(share, s.text, at, '')
    if (!statement || statement.inPoints) continue
    const actual = (Math.abs(is - was) / was) * 100
    out.push({ said: share[0], index: s.index + at, actual, basis: `van ${past.text} (${years[0]}) naar ${now.text} (totaal in de tabel)`, fits: statement.judge(actual) })
  }
  return out
}
