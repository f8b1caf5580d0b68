/**
 * A share of one count column in another, said of one row of a table of years: the whole named as
 * the column's noun after the share (`van de aanvragen`, `van de afgeronde taken`), the part as the
 * participle or noun of another column (`… verleend`, `… bij … gebreken gevonden`), and the row as
 * its year, as the last one (`het laatste jaar`, `vorig seizoen`) or as the whole period (the total).
 *
 * - `In 2024 werd ruim de helft van de meldingen afgehandeld` beside `| Jaar | Meldingen | Afgehandeld |`;
 * - `Bij de laatste ronde kreeg een kwart van de bezochte bedrijven een waarschuwing` beside
 *   `| Ronde | Bezocht | Waarschuwing |`: the adjective before the noun names the whole column.
 *
 * Used by share-claims as a last table reading, for a share without numbers of its own.
 */

import type { Cell, Table } from './markdown-tables.js'
import type { CellShare } from './share-table-cells.js'
import { sameNoun, TARGET } from './share-table-cells.js'
import { countCellValue as countIn, TOTAL_ROW } from './share-wholes.js'
import { wordsOf } from './share-named-rows.js'
import { plainCellLower } from './cell-text.js'
import { isPartColumn } from './share-year-rows.js'
import { sameOutcome } from './outcome-participles.js'

// The whole after the share: `van de aanvragen`, `van alle uitgevoerde controles` (an adjective may name the column).
const WHOLE_AFTER = /^\s+van\s+(?:al\s+)?(?:de|het|alle)\s+(?:(\p{L}{4,}e)\s+)?(\p{L}{3,})/iu
// A row label of a year or a span of years (`2024`, `2023-2024`).
const YEAR_LABEL = /^(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)?\d{2}))?$/u
// The last row named as such: `het laatste jaar`, `de laatste ronde`, `de meest recente meting`, `vorig jaar`;
// not several (`de laatste jaren`, `de laatste twee metingen`, `de laatste rondes`), which are more rows than one.
const LAST_ROW = /\b(?:de|het)\s+(?:laatste|meest\s+recente)\s+(?!(?:twee|drie|vier|vijf|zes|paar|\d+|\p{L}*(?:jaren|maanden|weken|ingen|ies|s))\b)\p{L}+|\b(?:vorig|afgelopen)\s+jaar\b/iu
// The whole period: the total row, or the sum of the rows.
const WHOLE_PERIOD = /\bover\s+(?:de\s+(?:hele|gehele|volledige)\s+periode|alle\s+jaren|die\s+jaren|de\s+\p{L}+\s+jaren\s+samen)\b|\bin\s+(?:al\s+)?(?:die|deze)\s+jaren\b/iu
// Header words that name nothing of their own.
const GENERIC = /^(?:aantal|aantallen|totaal|met|zonder|van|per|het|de|een)$/u

/**
 * The share of one column in another in the row the sentence names.
 *
 * @param tables The tables of the share's section, nearest last.
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @returns The one reading, or undefined when none or more than one.
 */
export function columnShare(tables: Table[], before: string, after: string): CellShare | undefined {
  const whole = WHOLE_AFTER.exec(after)
  const sentence = `${before} ${after}`.toLowerCase()
  if (!whole || TARGET.test(sentence)) return undefined
  const adjective = (whole[1] ?? '').toLowerCase()
  const noun = (whole[2] ?? '').toLowerCase()
  // The words that may name the part: all but the whole's phrase.
  const rest = wordsOf(`${before} ${after.slice(whole[0].length)}`).filter((w) => w.length >= 4 && !sameNoun(w, noun))
  const readings = tables.flatMap((table) => {
    const reading = inTable(table, sentence, adjective, noun, rest)
    return reading ? [reading] : []
  })
  return readings.length === 1 ? readings[0] : undefined
}

function inTable(table: Table, sentence: string, adjective: string, noun: string, rest: string[]): CellShare | undefined {
  const totals = table.rows.filter((r) => TOTAL_ROW.test(plainCellLower(r[0]?.text ?? '')))
  const body = table.rows.filter((r) => !totals.includes(r))
  if (totals.length > 1 || body.length < 2 || !body.every((r) => YEAR_LABEL.test(plainCellLower(r[0]?.text ?? '')))) return undefined
  const columns = table.header.map((_, k) => k).filter((k) => k > 0 && table.rows.every((r) => countIn(r[k]) !== undefined))
  const header = (k: number): string[] => wordsOf(plainCellLower(table.header[k]?.text ?? '')).filter((w) => !GENERIC.test(w))
  // The whole: the column the adjective names (`uitgevoerde` for `Uitgevoerd`), or else the column of the noun
  // whose header has no other adjective (`Geplande inspecties` is not `van de uitgevoerde inspecties`).
  const byAdjective = adjective === '' ? [] : columns.filter((k) => header(k).some((w) => sameOutcome(w, adjective)))
  const byNoun = columns.filter((k) => header(k).some((w) => sameNoun(w, noun)) && (adjective === '' || header(k).every((w) => sameNoun(w, noun) || !w.endsWith('e'))))
  const wholes = byAdjective.length > 0 ? byAdjective : byNoun
  if (wholes.length !== 1) return undefined
  const wholeColumn = wholes[0] ?? 0
  // The part: the one other column a word of the sentence names, by its noun or its participle.
  const parts = columns.filter((k) => k !== wholeColumn && header(k).some((w) => !sameNoun(w, noun) && rest.some((r) => sameNoun(w, r) || sameOutcome(w, r))))
  if (parts.length !== 1 || !isPartColumn(table, parts[0] ?? 0, wholeColumn)) return undefined
  const partColumn = parts[0] ?? 0
  const rows = namedRows(body, totals[0], sentence)
  if (!rows) return undefined
  const sum = (k: number): number => rows.reduce((a, r) => a + (countIn(r[k]) ?? 0), 0)
  const [part, of] = [sum(partColumn), sum(wholeColumn)]
  if (!of || part > of) return undefined
  // One row quotes its cells; the rows of a period without a total row are summed.
  const cell = (k: number, value: number): string => (rows.length === 1 ? plainCellLower(rows[0]?.[k]?.text ?? '') : String(value))
  return { actual: (part / of) * 100, basis: `${cell(partColumn, part)} van ${cell(wholeColumn, of)}` }
}

// The rows the sentence names: the one row of its year (and no other year), the last row of rows in order, or all rows
// for the whole period.
function namedRows(body: Cell[][], total: Cell[] | undefined, sentence: string): Cell[][] | undefined {
  const label = (r: Cell[] | undefined): string => plainCellLower(r?.[0]?.text ?? '')
  const labelled = body.filter((r) => new RegExp(String.raw`(?<![\d-])${label(r).replace(/[-–/]/gu, '[-–/]')}(?![\d-])`, 'u').test(sentence))
  const years = [...new Set(sentence.match(/\b(?:19|20)\d{2}\b/gu) ?? [])]
  const [first, last] = [body[0], body.at(-1)]
  if (labelled.length === 1 && first) return years.every((y) => label(labelled[0]).includes(y)) ? labelled : undefined
  if (labelled.length > 1 || years.length > 0 || !first || !last) return undefined
  if (LAST_ROW.test(sentence)) return label(first) < label(last) ? [last] : undefined
  if (WHOLE_PERIOD.test(sentence)) return total ? [total] : body
  return undefined
}
