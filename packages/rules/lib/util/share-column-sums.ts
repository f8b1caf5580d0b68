/**
 * A share of all of a table's column said of one row, beside a table without a total row (`Het Centrum
 * heeft een vijfde van alle meldingen` under `| Wijk | Meldingen |` with four rows): the named row's
 * cell over the column's sum. Only a share that says `van alle …` of the column's noun, in a sentence
 * without numbers of its own, naming one row of a table of three rows or more that says it is no
 * selection. Used by `share-text-claims` for a share no other reading judged.
 */
import { formatDutchNumber } from '@kapstok/nl'
import type { Table } from './markdown-tables.js'
import type { ShareClaim } from './share-claim-text.js'
import { SHARE } from './share-claim-words.js'
import { judgeOf } from './share-combined-parts.js'
import { sentences } from './share-sentences.js'
import { sameNoun } from './share-table-cells.js'
import { tablesInSection } from './share-table-rows.js'
import { COUNT_CELL, TOTAL_ROW } from './share-wholes.js'
import { read } from './share-tolerance.js'
import { allMatches } from './all-matches.js'
import { phrasePattern } from './share-named-rows.js'
import { plainCell } from './cell-text.js'

// `van alle meldingen`, `van al de bezoekers`, `van het totale aantal meldingen`.
const OF_ALL = /^\s+van\s+(?:alle|al\s+de|het\s+totale\s+aantal)\s+([\p{L}-]{4,})/iu
// A table that shows a selection: its sum is no whole.
const SELECTION = /\b(?:top|grootste|kleinste|enkele|onder\s+meer|o\.a\.|voorbeelden|selectie|waaronder|bijvoorbeeld)\b/iu
const DIGIT = /\d/u

const countOf = (text: string): number | undefined => {
  const m = COUNT_CELL.exec(plainCell(text))
  return m ? read(m[1] ?? '') : undefined
}
// The row's label as a whole phrase of the sentence (one cached pattern per label).
const nameIn = (label: string, sentence: string): boolean => label.length >= 3 && phrasePattern(label.toLowerCase()).test(sentence)

/**
 * The shares of a column's sum in a text.
 *
 * @param text A prose text.
 * @param tables Its tables.
 * @returns The claims found.
 */
export function columnSumClaims(text: string, tables: Table[]): ShareClaim[] {
  if (tables.length === 0) return []
  const out: ShareClaim[] = []
  for (const { sentence, offset } of sentences(text)) {
    if (/^\s*[#|]/u.test(sentence)) continue
    const shares = allMatches(SHARE, sentence)
    if (shares.length !== 1) continue
    const m = shares[0] as RegExpExecArray
    const at = m.index ?? 0
    const noun = OF_ALL.exec(sentence.slice(at + m[0].length))?.[1]?.toLowerCase()
    const judge = judgeOf(m)
    if (!noun || !judge || DIGIT.test(sentence.slice(0, at) + sentence.slice(at + m[0].length))) continue
    const table = tablesInSection(text, tables, offset).at(-1)
    if (!table || table.rows.length < 3 || SELECTION.test(table.intro) || table.rows.some((r) => TOTAL_ROW.test(plainCell(r[0]?.text ?? '')))) continue
    const columns = table.header.flatMap((h, k) => (k > 0 && plainCell(h.text).toLowerCase().split(/[^\p{L}]+/u).some((w) => sameNoun(w, noun)) && table.rows.every((r) => countOf(r[k]?.text ?? '') !== undefined) ? [k] : []))
    const lower = sentence.toLowerCase()
    const named = table.rows.filter((r) => nameIn(plainCell(r[0]?.text ?? ''), lower))
    if (columns.length !== 1 || named.length !== 1) continue
    const k = columns[0] as number
    const part = countOf(named[0]?.[k]?.text ?? '') ?? 0
    const whole = table.rows.reduce((sum, r) => sum + (countOf(r[k]?.text ?? '') ?? 0), 0)
    if (part <= 0 || part >= whole) continue
    const actual = (part / whole) * 100
    out.push({ said: m[0], index: offset + at, actual, basis: `${plainCell(named[0]?.[k]?.text ?? '')} van ${formatDutchNumber(whole)} (de som van de kolom ${plainCell(table.header[k]?.text ?? '')})`, fits: judge(actual) })
  }
  return out
}
