/**
 * A sentence that states a change or a gap between cells of a table above it: "De instroom nam
 * tussen 2023 en 2025 met 56 toe" (the row `Instroom` in the columns 2023 and 2025), "In 2024 lag
 * de instroom 111 boven de uitstroom" (the rows `Instroom` and `Uitstroom …` in the column 2024).
 * A row is named by its first word; rows that share it (`Uitstroom naar een woning`, `Uitstroom
 * overig`) together make the one the sentence names.
 */

import { NUMBER } from './amount-change.js'
import { add, dutchNumber, proseEquation, sub, mul, type Equation, type Rational } from './onderbouwing.js'
import { nounStem } from './rate-products.js'
import { textTables, type TextTable } from './text-tables.js'

const YEAR = String.raw`((?:19|20)\d{2})`
const APPROX = String.raw`(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?`
const SUBJECT = String.raw`(?:de|het)\s+(?:aantal\s+)?([\p{L}-]+)`
// `de instroom nam tussen 2023 en 2025 met 56 (aanmeldingen) toe`.
const CHANGE = new RegExp(
  String.raw`\b${SUBJECT}\s+(?:nam|namen|neemt|nemen|steeg|stegen|stijgt|daalde|daalden|daalt|groeide|groeiden|groeit|liep|liepen)\s+(?:[\p{L}]+\s+){0,3}?tussen\s+${YEAR}\s+en\s+${YEAR}\s+(?:[\p{L}]+\s+){0,2}?met\s+${APPROX}(${NUMBER})(?![\d%])`,
  'giu'
)
const LIES = String.raw`(?:lag|lagen|ligt|liggen|was|waren)`
const SIDE = String.raw`(?:[\p{L}]+\s+)?(?:boven|onder|hoger\s+dan|lager\s+dan|meer\s+dan|minder\s+dan)\s+(?:de|het)\s+(?:aantal\s+)?([\p{L}-]+)`
// `lag de instroom (daarmee) 111 (personen) boven de uitstroom`, `de instroom lag 111 boven …`.
const GAP = new RegExp(
  String.raw`\b(?:${LIES}\s+${SUBJECT}|${SUBJECT}\s+${LIES})\s+(?:[\p{L}]+\s+){0,2}?${APPROX}(${NUMBER})(?![\d%])\s+${SIDE}`,
  'giu'
)
// The year of a gap: `in 2024`, `over 2024`, `eind 2024`.
const GAP_YEAR = new RegExp(String.raw`\b(?:in|over|eind|begin)\s+${YEAR}\b`, 'iu')
// Another reference point or a share makes it another gap.
const ELSEWHERE = /^\s*(?:[\p{L}-]+\s+)?(?:procent|procentpunt|%|ten\s+opzichte|per\b)/iu
const TWO: Rational = { n: 2n, d: 1n }

/**
 * Every change or gap a sentence states between cells of a table before it in the text.
 *
 * @param text A prose text with its tables (a section).
 * @returns The claims as equations (`610 − 520 = 90`), with the rounding of the stated number as tolerance.
 */
export function tableClaims(text: string): Equation[] {
  if (!text.includes('|')) return []
  const tables = textTables(text)
  const out: Equation[] = []
  const before = (index: number): TextTable[] => tables.filter((t) => (t.header[0]?.index ?? 0) < index).reverse()
  for (const m of text.matchAll(CHANGE)) {
    const [all, word = '', y1 = '', y2 = '', approx, stated = ''] = m
    if (ELSEWHERE.test(text.slice(m.index + all.length))) continue
    for (const table of before(m.index)) {
      const a = cellSum(table, word, y1)
      const b = cellSum(table, word, y2)
      if (!a || !b) continue
      out.push(...claim(`${b.shown} − ${a.shown}`, sub(b.value, a.value), stated, m.index + all.lastIndexOf(stated), Boolean(approx)))
      break
    }
  }
  for (const m of text.matchAll(GAP)) {
    const [all, w1, w2, approx, stated = '', other = ''] = m
    const word = w1 ?? w2 ?? ''
    const start = Math.max(0, ...[...text.slice(0, m.index).matchAll(/[.!?\n]\s*/gu)].map((e) => e.index + e[0].length))
    const year = GAP_YEAR.exec(text.slice(start, m.index + all.length))?.[1]
    if (!year || ELSEWHERE.test(text.slice(m.index + all.length))) continue
    for (const table of before(m.index)) {
      const a = cellSum(table, word, year)
      const b = cellSum(table, other, year)
      if (!a || !b) continue
      out.push(...claim(`${a.shown} − ${b.shown}`, sub(a.value, b.value), stated, m.index + all.lastIndexOf(stated), Boolean(approx)))
      break
    }
  }
  return out
}

// The cells of the rows named by a word (their label's first word) in a year column, added up.
function cellSum(table: TextTable, word: string, year: string): { value: Rational; shown: string } | undefined {
  const k = table.header.findIndex((h) => h.text.replace(/\*/g, '').trim() === year)
  if (k <= 0) return undefined
  const stem = nounStem(word)
  const rows = table.rows.filter((row) => {
    const first = /^[*_\s]*([\p{L}-]+)/u.exec(row[0]?.text ?? '')?.[1]
    return first !== undefined && first.length >= 4 && nounStem(first) === stem
  })
  const cells = rows.map((row) => row[k])
  if (rows.length === 0 || cells.some((c) => c?.value === undefined)) return undefined
  const value = cells.reduce<Rational>((t, c) => add(t, c!.value!), { n: 0n, d: 1n })
  const shown = cells.map((c) => c!.text).join(' + ')
  return { value, shown: cells.length > 1 ? `(${shown})` : shown }
}

// The claim as an equation, when the stated size is near enough the gap to be about it.
function claim(expression: string, gap: Rational, stated: string, index: number, approx: boolean): Equation[] {
  const computed = gap.n < 0n ? sub({ n: 0n, d: 1n }, gap) : gap
  const value = dutchNumber(stated)
  if (sub(value, mul(computed, TWO)).n > 0n || sub(computed, mul(value, TWO)).n > 0n) return []
  return [proseEquation(expression.replace(/^(.*) − (.*)$/u, gap.n < 0n ? '$2 − $1' : '$1 − $2'), computed, { text: stated, value, index }, approx)]
}
