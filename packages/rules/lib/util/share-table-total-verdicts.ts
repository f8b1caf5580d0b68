/**
 * A share of the whole a sentence names (`van het totaal`, `van het budget`, `van de kosten`) said of
 * a part it gives by one number that a table of its section holds beside a total row: `Het onderhoud
 * is met € 40.000 goed voor een kwart van het budget`. The table decides such a share. A looser
 * reading of the paragraph (another amount of the sentence before taken for the whole) gives way to
 * it, whether the share fits the table or not: the sentence names the whole, and the table gives it.
 *
 * The table's readings are share-cell-value-wholes' (the part as the table writes it) and
 * share-table-sum-parts' (in thousands, or a row's sum over its years), each trying every whole the
 * part may be of. Where the table and the looser reading agree on the verdict, the looser reading's
 * claim stays. Used by share-text-claims as the last word on such shares.
 */

import type { Table } from './markdown-tables.js'
import type { ShareClaim } from './share-claim-text.js'
import { AGAINST, OTHER_RATE, SHARE, THRESHOLD } from './share-claim-words.js'
import { cellValueShare, OF_WHOLE } from './share-cell-value-wholes.js'
import { NARROWED, tableSumShare } from './share-table-sum-parts.js'
import { tablesInSection } from './share-table-rows.js'
import { sentences } from './share-sentences.js'
import { statementOf } from './share-statements.js'
import { allMatches } from './all-matches.js'

type Judge = (actual: number) => boolean
type Reading = { actual: number; basis: string }

// A judge no reading fits: a table reader then gives its reading whenever the table holds the part.
const NEVER: Judge = () => false

// The table's verdict on a share: `true` when it fits a reading of the table, the reading when it fits none,
// undefined when no table holds the part.
function tableVerdict(tables: Table[], before: string, after: string, judge: Judge): Reading | true | undefined {
  const readers = [(j: Judge) => cellValueShare(tables, before, after, j), (j: Judge) => tableSumShare(tables, before, after, j)]
  const holding = readers.filter((read) => read(NEVER) !== undefined)
  if (holding.length === 0) return undefined
  const misfits = holding.map((read) => read(judge))
  return misfits.some((m) => m === undefined) ? true : misfits[0]
}

/**
 * The claims of a text with the shares of a table's total decided by that table.
 *
 * @param text The text, without emphasis.
 * @param tables Its tables.
 * @param quoted The finance tables its amounts may quote (read when it has no tables of its own).
 * @param claims The claims the other readings made.
 * @returns The claims, a share the table decides otherwise replaced (or dropped when it fits the table).
 */
export function tableTotalVerdicts(text: string, tables: Table[], quoted: Table[], claims: ShareClaim[]): ShareClaim[] {
  const out = [...claims]
  const all = sentences(text)
  for (const [k, { sentence, offset, paragraphStart }] of all.entries()) {
    const shares = allMatches(SHARE, sentence)
    for (const share of shares) {
      const at = share.index ?? 0
      // The number of another percentage in the sentence (`42 procent van de daken, en … de helft van het totaal`) is no part.
      const others = shares.filter((m) => m !== share).reduce((text, m) => text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice((m.index ?? 0) + m[0].length), sentence)
      const [before, after] = [others.slice(0, at), others.slice(at + share[0].length)]
      // A bound, a figure compared with or another rate (`tegen 25 procent`, `onder de 10%`, `een rente van 3%`) is no share of the part.
      // A whole narrowed after its noun (`van de kosten voor de inrichting`) is no total of the table.
      const whole = OF_WHOLE.exec(after)
      if (!whole || NARROWED.test(after.slice(whole[0].length)) || AGAINST.test(before) || THRESHOLD.test(before) || OTHER_RATE.test(before)) continue
      const said = statementOf(share, sentence, at, paragraphStart ? '' : (all[k - 1]?.sentence ?? ''))
      if (!said || said.inPoints || said.stated >= 100) continue
      const section = tablesInSection(text, tables, offset)
      const verdict = tableVerdict(section.length > 0 ? section : tables.length === 0 ? quoted : [], before, after, said.judge)
      if (verdict === undefined) continue
      const index = offset + at
      const other = out.findIndex((c) => c.index === index)
      const fits = verdict === true
      if ((other >= 0 && out[other]?.fits === fits) || (other < 0 && fits)) continue
      if (verdict === true) out.splice(other, 1)
      else out.splice(other >= 0 ? other : out.length, other >= 0 ? 1 : 0, { said: share[0], index, actual: verdict.actual, basis: verdict.basis, fits: false })
    }
  }
  return out
}
