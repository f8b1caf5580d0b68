/**
 * A mean in euros per counted thing whose sentence names the total, a total row of a table in the
 * text, while the count stands only in that table: "De € 84.000 aan subsidies betekent per
 * buurtfeest gemiddeld ruim € 700" under a table with the columns `Buurtfeesten` (118) and
 * `Subsidie` (€ 84.000). per-noun-means looks for a count of the mean's noun in the
 * sentences; table-mean-terms reads counts, not amounts.
 *
 * The count is the total of the column that names the mean's noun (`Leden` for `per lid`), else of
 * the one column the amount column is the amount of (`Bedrag toegekend` of `Toegekend`,
 * `Kosten planten` of `Planten`). Quiet when the sentence names another amount (a part, a payer),
 * a year the table's heading and intro lack, or when no single column ties.
 */

import { NUMBER } from './amount-change.js'
import { div } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { markdownTables, type Cell, type Table } from './markdown-tables.js'
import { countsNoun, near, oneSided, roundedToWhole, roundingWord } from './per-noun-means.js'
import { paragraphSentences } from './text.js'

const APPROX = String.raw`circa|ca\.|ongeveer|ruim|bijna|zo['’]n`
// `een gemiddeld(e) initiatief … (zo'n) € 960`, and `gemiddeld (zo'n) € 960 per initiatief`.
// `een gemiddeld(e) initiatief`, then every amount of its clause may be the mean (`Een gemiddeld
// plan kreeg van de € 76.800 zo'n € 1.500`): the one the total of a table leaves.
const UNIT_FIRST = /\been\s+gemiddelde?\s+([\p{L}-]{3,})\b/giu
const CLAUSE_END = /[;:!?]|\.(?!\d)/u
const ROUNDED_AMOUNT = new RegExp(String.raw`(?:\b(${APPROX})\s+)?€\s*(${NUMBER})(?![\d%])`, 'giu')
const AMOUNT_FIRST = new RegExp(String.raw`\bgemiddeld\s+(?:(?:uit\s+)?op\s+)?(?:(${APPROX})\s+)?€\s*(${NUMBER})(?![\d%])\s+per\s+([\p{L}-]{3,})`, 'giu')
const AMOUNT = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])`, 'gu')
const TOTAL_ROW = /^\s*(?:\*\*)?\s*(?:totaal|samen|alle\b)/iu
const COUNT_CELL = /^(?:\*\*)?\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:\*\*)?$/u
const EURO_CELL = new RegExp(String.raw`^(?:\*\*)?\s*€\s*(${NUMBER})\s*(?:\*\*)?$`, 'u')
// The words that make a column an amount (`Bedrag toegekend`, `Kosten planten`); what is left names the counted column.
const AMOUNT_WORDS = /\b(?:bedrag|bedragen|kosten|uitgaven|subsidie|bijdrage|totaal|in|euro)\b|[€()]/giu
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d)/gu

// Both forms of the mean have this word: most sentences are spared the patterns.
const HAS_MEAN = /gemiddeld/iu

type Mean = { approx: string; written: string; noun: string; at: number }

function meansOf(sentence: string): Mean[] {
  const out: Mean[] = []
  for (const m of sentence.matchAll(UNIT_FIRST)) {
    const from = (m.index ?? 0) + m[0].length
    const rest = sentence.slice(from)
    const clause = rest.slice(0, rest.search(CLAUSE_END) + 1 || rest.length)
    for (const a of clause.matchAll(ROUNDED_AMOUNT)) out.push({ noun: m[1] ?? '', approx: a[1] ?? 'gemiddeld', written: a[2] ?? '', at: from + (a.index ?? 0) + a[0].lastIndexOf(a[2] ?? '') })
  }
  for (const m of sentence.matchAll(AMOUNT_FIRST)) out.push({ approx: m[1] ?? 'gemiddeld', written: m[2] ?? '', noun: m[3] ?? '', at: (m.index ?? 0) + m[0].indexOf(m[2] ?? '', m[0].indexOf('€')) })
  return out
}

const words = (text: string): string[] => text.toLowerCase().replace(AMOUNT_WORDS, ' ').split(/\s+/u).filter((w) => w.length >= 3)

// The count column of a table for a mean of `noun` over the amount column `k`: its total-row cell.
function countColumn(table: Table, total: Cell[], k: number, noun: string): string | undefined {
  const counts = table.header.flatMap((h, c) => {
    if (c === 0 || c === k) return []
    const cell = COUNT_CELL.exec(total[c]?.text.trim() ?? '')?.[1]
    return cell && table.rows.every((row) => TOTAL_ROW.test(row[0]?.text ?? '') || COUNT_CELL.test(row[c]?.text.trim() ?? '')) ? [{ header: h.text, cell }] : []
  })
  const named = counts.filter((c) => c.header.trim().split(/\s+/u).some((w) => countsNoun(w, noun)))
  if (named.length > 0) return named.length === 1 ? named[0]!.cell : undefined
  const rest = words(table.header[k]?.text ?? '')
  if (rest.length === 0) return undefined
  const tied = counts.filter((c) => {
    const own = words(c.header)
    return own.length > 0 && own.every((w) => rest.includes(w))
  })
  return tied.length === 1 ? tied[0]!.cell : undefined
}

/**
 * Means in euros of a table's total amount over the count in its table.
 *
 * @param text A prose text with its tables.
 * @returns The means as equations (`222.000 ÷ 255`).
 */
export function tableAmountMeans(text: string): Equation[] {
  if (!text.includes('€') || !text.includes('|') || !HAS_MEAN.test(text)) return []
  const tables = markdownTables(text)
  const out: Equation[] = []
  for (const sentence of paragraphSentences(text).flat()) {
    if (/^\s*\|/u.test(sentence.text) || !HAS_MEAN.test(sentence.text) || !sentence.text.includes('€')) continue
    for (const mean of meansOf(sentence.text)) {
      const amounts = [...sentence.text.matchAll(AMOUNT)].filter((a) => (a.index ?? 0) + a[0].indexOf(a[1] ?? '') !== mean.at)
      if (amounts.length !== 1) continue
      const total = dutchNumber(amounts[0]![1] ?? '')
      const years = sentence.text.match(YEAR) ?? []
      const found = tables.flatMap((table) => {
        const row = table.rows.find((r) => TOTAL_ROW.test(r[0]?.text ?? ''))
        if (!row) return []
        const k = row.findIndex((cell) => {
          const v = EURO_CELL.exec(cell.text.trim())?.[1]
          return v !== undefined && dutchNumber(v).n * total.d === total.n * dutchNumber(v).d
        })
        if (k <= 0) return []
        // The table's heading and intro name every year the sentence does.
        const start = table.header[0]?.index ?? 0
        const context = `${text.slice(Math.max(0, text.lastIndexOf('\n#', start)), start)} ${table.intro}`
        if (years.some((y) => !context.includes(y))) return []
        const count = countColumn(table, row, k, mean.noun)
        return count ? [{ count }] : []
      })
      if (found.length !== 1) continue
      const count = found[0]!.count
      const computed = div(total, dutchNumber(count))
      const stated = dutchNumber(mean.written)
      if (!near(computed, stated)) continue
      const e = proseEquation(`${amounts[0]![1]} ÷ ${count}`, computed, { text: mean.written, value: stated, index: sentence.index + mean.at }, roundingWord(mean.approx))
      out.push(oneSided(roundedToWhole(e), mean.approx))
    }
  }
  return out
}
