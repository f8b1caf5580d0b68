/**
 * A change in percent between two rows of a table of dated occasions above the sentence:
 * `Tussen het voorjaarsconcert en het najaarsconcert van 2025 steeg het aantal bezoekers met 30 procent.`
 * Each side of `tussen … en …` names one row by its label, and by a year when the label comes back
 * (a year after the second name holds for the first too). The change runs from the first row to the
 * second, (B − A) / A, in the direction the verb says. Used by `share-text-claims` for shares no
 * other reading judged.
 */

import type { Table } from './markdown-tables.js'
import type { ShareClaim } from './share-claim-text.js'
import { SHARE } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { sentences } from './share-sentences.js'
import { statementOf } from './share-statements.js'
import { CHANGE, DOWN } from './share-span-changes.js'
import { numberValues } from './share-quoted-cells.js'
import { datedRows, namedRow, rowText } from './dated-rows.js'
import { tableEnd } from './table-named-series.js'

// `tussen het zomerconcert en het winterconcert van 2025`, up to the verb, `met` or the clause's end.
const BETWEEN = /\btussen\s+((?:de|het)\s+[^,;.]+?)\s+en\s+((?:de|het)\s+[^,;.]+?)(?=\s+(?:is|zijn|was|waren|met|steeg|stegen|daalde|daalden|nam|namen|groeide|groeiden|liep|liepen|kromp|krompen)\b|\s*[,;.]|\s*$)/iu
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu
// The share is the size of the change: `met 30 procent`, `een groei van 30 procent`.
const SIZE_LEAD = /\b(?:met|van)\s+$/iu

/**
 * The changes between two named dated rows that no other reading judged.
 *
 * @param text The text, without emphasis.
 * @param tables Its tables.
 * @param judged The offsets of the shares other readings judged.
 * @returns A claim for each such share.
 */
export function datedRowChangeClaims(text: string, tables: Table[], judged: Set<number>): ShareClaim[] {
  if (tables.length === 0 || !/\btussen\b/iu.test(text)) return []
  const out: ShareClaim[] = []
  for (const { sentence, offset } of sentences(text)) {
    const between = BETWEEN.exec(sentence)
    if (!between || !CHANGE.test(sentence)) continue
    // The nearest table above, with no heading between.
    const table = tables.filter((t) => tableEnd(t) <= offset).at(-1)
    if (!table || /\n#/u.test(text.slice(tableEnd(table), offset))) continue
    const dated = datedRows(table, sentence)
    if (!dated) continue
    const [first = '', second = ''] = [between[1], between[2]]
    const secondYear = yearIn(second)
    const from = namedRow(dated, first, yearIn(first) ?? secondYear)
    const to = namedRow(dated, second, secondYear)
    if (!from || !to || from === to || from.value <= 0 || from.value === to.value) continue
    // The direction said must be the table's: a fall said of a rise is another change.
    if (DOWN.test(sentence) !== to.value < from.value) continue
    const shares = allMatches(SHARE, sentence)
    // Numbers of its own (years and the share aside) are what the sentence's change is of.
    const rest = shares.reduce((t, m) => t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice((m.index ?? 0) + m[0].length), sentence).replace(YEAR, ' ')
    if (numberValues(rest).some((n) => n.value !== from.value && n.value !== to.value)) continue
    const actual = (Math.abs(to.value - from.value) / from.value) * 100
    for (const share of shares) {
      const at = share.index ?? 0
      if (judged.has(offset + at) || !SIZE_LEAD.test(sentence.slice(0, at).replace(/\b(?:ruim|bijna|circa|ongeveer|zo'n)\s+$/iu, ''))) continue
      const statement = statementOf(share, sentence, at, '')
      if (!statement || statement.inPoints) continue
      out.push({ said: share[0], index: offset + at, actual, basis: `van ${rowText(from)} naar ${rowText(to)}`, fits: statement.judge(actual) })
    }
  }
  return out
}

// The one year a phrase names, if any.
const yearIn = (phrase: string): number | undefined => {
  const years = phrase.match(YEAR) ?? []
  return years.length === 1 ? Number(years[0]) : undefined
}
