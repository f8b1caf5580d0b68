/**
 * A change said in prose of one column of a table whose rows are years (`| Jaar | Vrijstaande
 * woning | Rijwoning |` with rows `| 2023 | € 430 | € 355 |` … `| 2027 | € 520 | € 431 |`): `De prijs
 * voor rijwoningen nam tussen 2023 en 2027 toe met € 86 per m²`, or `in dezelfde periode` after a
 * sentence that names the two years. The sentence names the column by a word of its header; the
 * amount after `met` should be the gap between the column's cells of the two years. Far from that
 * gap (a quarter or more), the amount is another figure. The tables with years as columns are read
 * by `row-count-changes`; these have them as rows.
 */

import { markdownTables, type Table } from './markdown-tables.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { cents, dutchNumber, sub } from './exact-number.js'
import { approxHolds } from './approx-products.js'
import { sentencesOf } from './earlier-rate-products.js'
import { quantities, roughly, sameNoun } from './sentence-quantities.js'
import { CHANGE } from './share-span-changes.js'
import { AMOUNT_CELL } from './plain-number.js'

const YEAR_CELL = /^\s*\**\s*((?:19|20)\d{2})\s*\**\s*$/u
const YEAR = /\b(?:19|20)\d{2}\b/gu
// `in dezelfde periode`, `in die jaren`: the years of the sentence before.
const SAME_SPAN = /\b(?:dezelfde|die|deze|diezelfde)\s+(?:periode|jaren|tijd)\b/iu
const WORD = /\p{L}{4,}/gu
// `nam tussen 2023 en 2027 toe`: the years between the verb and its particle, which CHANGE reads across words only.
const TOE_AF = /\b(?:nam|neemt|namen|nemen)\b[^.;:]*?\b(?:toe|af)\b/iu
// A header word named by the sentence: the same noun, or its inflected adjective (`vrijstaande` for `Vrijstaand`).
const names = (said: string, header: string): boolean => sameNoun(said, header) || (Math.min(said.length, header.length) >= 5 && (said.startsWith(header) || header.startsWith(said)))

/**
 * The gaps a sentence gives of a named column of a table with a row per year, before it in the section.
 *
 * @param text One section's prose with its tables.
 * @returns `late − early = amount` as soft equations at the offsets of the amounts.
 */
export function yearRowChanges(text: string): Equation[] {
  const tables = markdownTables(text).filter((t) => t.rows.filter((r) => YEAR_CELL.test(r[0]?.text ?? '')).length >= 2)
  if (tables.length === 0) return []
  const out: Equation[] = []
  let before = ''
  for (const s of sentencesOf(text)) {
    const previous = before
    before = s.text
    if (!CHANGE.test(s.text) && !TOE_AF.test(s.text)) continue
    const said = [...new Set(s.text.match(YEAR) ?? [])]
    const years = said.length === 2 ? said : said.length === 0 && SAME_SPAN.test(s.text) ? [...new Set(previous.match(YEAR) ?? [])] : []
    if (years.length !== 2) continue
    const [early, late] = years.map(Number).sort((a, b) => a - b).map(String)
    const table = tables.filter((t) => (t.header[0]?.index ?? Infinity) < s.start).at(-1)
    if (!table) continue
    const column = namedColumn(table, s.text)
    const row = (year: string): Table['rows'][number] | undefined => table.rows.find((r) => YEAR_CELL.exec(r[0]?.text ?? '')?.[1] === year)
    const cells = [row(early ?? ''), row(late ?? '')].map((r) => AMOUNT_CELL.exec(column === undefined ? '' : (r?.[column]?.text ?? ''))?.[1])
    if (column === undefined || cells.some((c) => c === undefined)) continue
    // The amount of the change: the first after `met`, itself no year.
    const amount = quantities(s.text, s.start).find((q) => /\bmet\s+(?:€\s*)?$/iu.test(text.slice(Math.max(0, q.index - 12), q.index)) && q.unit !== '%')
    if (!amount) continue
    const step = sub(dutchNumber(cells[1]!), dutchNumber(cells[0]!))
    const gap = step.n < 0n ? { n: -step.n, d: step.d } : step
    if (gap.n === 0n || !roughly(amount.value, gap)) continue
    if (amount.approx !== '' && approxHolds(amount.approx.toLowerCase(), cents(gap), amount as never)) continue
    // The larger cell first, and the amount as written (`tien`).
    const [high, low] = step.n < 0n ? [cells[0], cells[1]] : [cells[1], cells[0]]
    out.push({ ...proseEquation(`${high} − ${low}`, gap, { ...amount, text: text.slice(amount.index, amount.end) }, amount.approx !== ''), soft: true })
  }
  return out
}

// The one column whose header shares a word with the sentence (`rijwoningen` for `Rijwoning`). A word that only
// names the head of a compound (`kavels` in `Bedrijfskavel`) yields to a column the sentence names by its own word.
function namedColumn(table: Table, sentence: string): number | undefined {
  const own = sentence.toLowerCase().match(WORD) ?? []
  const headerWords = (k: number): string[] => table.header[k]?.text.toLowerCase().match(WORD) ?? []
  const columns = table.header.map((_, k) => k).filter((k) => k > 0)
  const strong = columns.filter((k) => headerWords(k).some((w) => own.some((o) => names(o, w) && o.slice(0, 4) === w.slice(0, 4))))
  const any = columns.filter((k) => headerWords(k).some((w) => own.some((o) => names(o, w))))
  return strong.length === 1 ? strong[0] : any.length === 1 ? any[0] : undefined
}
