/**
 * All share claims and share sums of one text for `percentage-claim-check`: the sentence readers,
 * a list's sum, the tables' columns, changes and row ratios, and the readers of list items and
 * cells that judge only what no other reading judged. Which reader wins where two read the same
 * share is a decision of its own; it lives here, not in the rule that reports the claims.
 */
import type { Table } from './markdown-tables.js'
import { shareClaims, type ShareClaim } from './share-claims.js'
import type { EarlierTexts } from './share-earlier-texts.js'
import { cellShareClaims, listShareClaims } from './share-list-items.js'
import { listSumShares } from './share-list-sums.js'
import { partitionSums } from './share-partitions.js'
import { summedShareClaims } from './share-summed-parts.js'
import { bracketedCountClaims } from './share-bracketed-counts.js'
import { columnSumClaims } from './share-column-sums.js'
import { rowRatioClaims } from './share-row-ratios.js'
import { tableChangeClaims } from './share-table-changes.js'
import { shareSums, tableShareClaims, type ShareSum } from './share-wholes.js'
import { tableFallbackClaims } from './share-table-fallback.js'
import { datedRowChangeClaims } from './dated-row-changes.js'
import { pastCountChangeClaims } from './past-count-changes.js'
import { splitWholeClaims } from './share-split-wholes.js'
import { namedSplitPartClaims } from './share-named-split-parts.js'
import { subjectPartClaims } from './share-subject-parts.js'
import { comparativeChangeClaims } from './share-comparative-changes.js'
import { sentenceSeriesChangeClaims } from './sentence-series-changes.js'
import { tableTotalVerdicts } from './share-table-total-verdicts.js'

// How a change reading states its basis: `van 60 naar 90`.
// Two part-of-whole bases over one whole (`50 van 120`, `30 van 120`).
const sameWhole = (a: string, b: string): boolean => / van [^ ].*$/u.exec(a)?.[0] === / van [^ ].*$/u.exec(b)?.[0]
const CHANGE_BASIS = /^van\s+\S+\s+naar\s/u

/**
 * The share claims of one text.
 *
 * @param text The text as written.
 * @param plain The text without emphasis.
 * @param tables Its tables, with percentage headers marked.
 * @param before The plan's own texts before it (none when not given).
 * @param quoted The finance tables its amounts may quote.
 * @param earlierTables The tables of the plan's own texts before it, for a sentence that quotes one's total.
 * @param explained The finance table the text explains, read by the last reading of a table.
 * @returns The claims, each share once.
 */
export function textShareClaims(text: string, plain: string, tables: Table[], before: EarlierTexts | undefined, quoted: Table[], earlierTables: Table[] = [], explained?: Table): ShareClaim[] {
  // An item's share `van het totaal` in a list of counts of one noun is of the list's sum, not of a sibling item
  // that a reading of the sentences around took for its whole.
  const listSums = listSumShares(plain)
  const claims = [...shareClaims(plain, tables, before, quoted, earlierTables).filter((c) => !listSums.some((l) => l.index === c.index)), ...listSums, ...tableClaims(tables)]
  // A list item's or a table cell's share of its sum is judged only when no other reading judged it.
  // So is a share of a sum of two counts said just before it, or of a column's sum in a table without a total row,
  // or a count's share in brackets of an earlier count of its noun.
  claims.push(...[...listShareClaims(text), ...cellShareClaims(tables), ...summedShareClaims(plain), ...columnSumClaims(plain, tables), ...bracketedCountClaims(plain)].filter((l) => !claims.some((c) => c.index === l.index)))
  // A share under a table that names one of its rows and gives no numbers of its own: of that row's cells.
  claims.push(...tableFallbackClaims(plain, tables, new Set(claims.map((c) => c.index)), explained))
  // A change between two rows of a table of dated occasions, named by their labels (`tussen het zomerfeest en het winterfeest`).
  claims.push(...datedRowChangeClaims(plain, tables, new Set(claims.map((c) => c.index))))
  // A change since a count of a past year the sentence gives, to the total of a table above (`toen er 3.400 waren`).
  claims.push(...pastCountChangeClaims(plain, tables, new Set(claims.map((c) => c.index))))
  // A share whose subject names one of the numbers before it in the paragraph (`Daarmee draagt de stichting een kwart van de kosten`).
  claims.push(...subjectPartClaims(plain, new Set(claims.map((c) => c.index))))
  // A change's size as a share with a comparative (`van tien naar zes weken, bijna de helft korter`).
  claims.push(...comparativeChangeClaims(plain, new Set(claims.map((c) => c.index))))
  // A change's size alone, of levels said year by year in the sentences before (`In 2023 … 184, in 2024 … 230. Van 2023 op 2024 …`).
  claims.push(...sentenceSeriesChangeClaims(plain, new Set(claims.map((c) => c.index))))
  // A share said right after a whole split into its parts (`Van de leden kwamen er 210 uit de stad en 110 uit de dorpen, zodat …`),
  // also over a reading of two of the parts as a change (`90 naar het vmbo en 60 naar de havo` is no `van 60 naar 90`).
  for (const split of splitWholeClaims(plain)) {
    const other = claims.findIndex((c) => c.index === split.index)
    if (other < 0) claims.push(split)
    else if (CHANGE_BASIS.test(claims[other]?.basis ?? '')) claims.splice(other, 1, split)
  }
  // A share of one part of a whole split after a colon, the part named by its name a sentence or two on.
  // It wins over a reading of another part of that whole, which the sentence does not name.
  for (const named of namedSplitPartClaims(plain)) {
    const other = claims.findIndex((c) => c.index === named.index)
    if (other < 0) claims.push(named)
    else if (sameWhole(claims[other]?.basis ?? '', named.basis)) claims.splice(other, 1, named)
  }
  // A part's share of a whole the sentence names, beside a table with that part and a total row: the table decides.
  return tableTotalVerdicts(plain, tables, quoted, claims)
}

/**
 * The sums of shares of one whole in a text and its tables.
 *
 * @param text The text as written.
 * @param tables Its tables, with percentage headers marked.
 * @returns The sums, each once.
 */
export function textShareSums(text: string, tables: Table[]): ShareSum[] {
  const sums = shareSums(text, tables)
  // Shares of one whole in a sentence (`48% tevreden, 33% neutraal en 27% ontevreden`), once.
  sums.push(...partitionSums(text).filter((p) => !sums.some((s) => s.index === p.index)))
  return sums
}

/**
 * The shares of a column's total, the changes between year columns and the ratios within rows.
 *
 * @param tables The tables.
 * @returns Their claims.
 */
export function tableClaims(tables: Table[]): ShareClaim[] {
  const ofTotal = tableShareClaims(tables)
  // A percentage judged as a share of the column's total is not judged again as a ratio within its row.
  const ratios = rowRatioClaims(tables).filter((r) => !ofTotal.some((c) => c.index === r.index))
  return [...ofTotal, ...tableChangeClaims(tables), ...ratios]
}
