/**
 * A share read against a table row its sentence names, for `shareClaims`: the row's part of its
 * own whole, the row's count of the column's total (by its label, or a count the sentence quotes),
 * or the cell a table reading that weighs the other cells finds.
 */

import { read } from './share-tolerance.js'
import type { Table } from './markdown-tables.js'
import type { RowShare } from './share-wholes.js'
import { quotedRowOf, rowOf, tablesInSection } from './share-table-rows.js'
import { fitsAnotherWhole, saysChange } from './share-any-pair.js'
import { numbersOf } from './share-back-references.js'
import { rowPartShare, rowQuotedWholeShare, type RowPart } from './share-row-parts.js'
import { tableCellShare, type CellShare } from './share-table-cells.js'
import { withoutAsides } from './share-asides.js'
import { OF_NOUN, SHARE } from './share-claim-words.js'
import { allMatches } from './all-matches.js'

// A share said again of another row by `dat` (`In Oost is dat ruim 60 procent`, `… is dat pas een vijfde`).
const POINTED_SHARE = /\b(?:is|zijn|was|waren|ligt|lag)\s+dat\s+(?:\p{L}+\s+)?$/iu

// What a sentence says after its last share: the whole and the part it is of (`van de woningen sociale huur.`).
function shareTailOf(sentence: string): string | undefined {
  const last = allMatches(SHARE, sentence).at(-1)
  const tail = last ? sentence.slice((last.index ?? 0) + last[0].length) : ''
  return /\p{L}{4,}/u.test(tail) ? tail : undefined
}

/** A share in a sentence, with what `shareClaims` has read around it. */
export interface RowShareContext {
  /** The text (number words as digits), its tables, and the shares of their rows. */
  text: string
  tables: Table[]
  rows: RowShare[]
  /** The sentence and its offset in the text. */
  sentence: string
  offset: number
  /** The share: where it stands in the sentence, as written, and the text after it. */
  at: number
  said: string
  after: string
  /** The sentence before, and the sentences of the paragraph so far. */
  previousSentence: string
  /** At a paragraph's start, the last sentence of the paragraph before (or ''). */
  crossing?: string
  earlier: string[]
  /** How many parts and changes the sentence gives itself. */
  parts: number
  /** Whether the share says its part and whole (`P% van de N (M)`). */
  shareOf: boolean
  /** The whole the share names after `van` (`van de scholen`), when no reading took it as the whole of its numbers. */
  other: RegExpExecArray | null
  /** Whether a part of the sentence is of that same whole. */
  same: boolean
  /** Whether a share in percent fits the claim. */
  judge: (actual: number) => boolean
}

/**
 * The table row a share is said of, if any.
 *
 * @param c The share and what was read around it.
 * @returns The row's reading, and whether the share is of another count of the row's noun in the paragraph (then no claim).
 */
export function tableRowShare(c: RowShareContext): { row: RowPart | RowShare | CellShare | undefined; ofAnother: boolean } {
  const { text, tables, rows, sentence, offset, at, after, previousSentence, earlier, other, judge } = c
  // `Met 45 bankjes staat in het Westpark nog geen 8 procent van alle zitplekken` under a table with that row: the one count the
  // sentence quotes is the row's, so the share is of the column's total, before any reading of the sentences around.
  const ofNoun = OF_NOUN.exec(after)?.[1]
  // `In Noordhoek is pas een op de vier speeltuinen vernieuwd` (or `80 procent van de speeltuinen`) under a table with that row and
  // a column the sentence names (`Vernieuwd`): the row's part of its own whole, not the row's share of the column's total.
  // An age (`Bij de 70-plussers`) names a row, it counts nothing.
  const rowPart = c.parts === 0 && !c.shareOf && !saysChange(after, sentence.slice(0, at)) && numbersOf(withoutAsides(sentence.slice(0, at) + ' ' + after)).length === 0
    ? rowPartShare(tables, sentence.slice(0, at), after, judge)
    : // `daar heeft van de 40 haltes maar een kwart een abri` under a row `Oost | 40 | 10 | 30`: the whole quoted from the row.
      // (The share's own figure is no count of the sentence: `…, ruim 15 procent van de taakstelling`.)
      c.parts === 0 && !c.shareOf && !saysChange(after, sentence.slice(0, at)) && numbersOf(`${sentence.slice(0, at)} ${after}`).length === 1
      ? rowQuotedWholeShare(tablesInSection(text, tables, offset), sentence, judge)
      : undefined
  // `In De Tuinen is dat ruim 60 procent.` after `In Noordkamp is twee derde van de woningen sociale huur.`: the row this sentence
  // names, of the whole and part the sentence before names after its share.
  const pointed = !rowPart && c.parts === 0 && !c.shareOf && numbersOf(`${sentence.slice(0, at)} ${after}`).length === 0 && POINTED_SHARE.test(sentence.slice(0, at)) && /^\s*[.;!?]?\s*$/u.test(after)
    ? shareTailOf(previousSentence || (c.crossing ?? ''))
    : undefined
  const byRow = rowPart ?? (pointed ? rowPartShare(tables, sentence.slice(0, at), pointed, judge) : undefined) ?? (!c.same && !c.shareOf && c.parts === 0 ? (other ? rowOf(rows, sentence, other[1] ?? '') : ofNoun ? quotedRowOf(rows, sentence, ofNoun) : undefined) : undefined)
  // A row found by its label alone may be a common noun (`het oudste museum` beside a row `Museum`): the table
  // reading that weighs names in the other cells decides when it finds one.
  const row = byRow && byRow !== rowPart && !saysChange(after, sentence.slice(0, at)) ? (tableCellShare(tablesInSection(text, tables, offset), c.said, sentence.slice(0, at), after, previousSentence) ?? byRow) : byRow
  // A row's share that misses the table's total but fits another count of its noun in the paragraph is of that one.
  return { row, ofAnother: Boolean(row && 'part' in row && !judge(row.actual) && fitsAnotherWhole(ofNoun ?? '', read(String(row.part)) ?? 0, earlier, judge)) }
}
