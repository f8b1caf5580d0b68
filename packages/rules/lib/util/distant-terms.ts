/**
 * A rest, net or sum stated in prose whose terms stand farther back than the sentence before it:
 * the whole in an earlier paragraph of the section (`De renovatie kost € 4,6 miljoen.` … a
 * paragraph later `De provincie draagt € 1,3 miljoen bij. Voor de gemeente resteert € 3,1
 * miljoen.`), in the total row of a table above (`Van het totale budget bleef € 67.500 onbenut`
 * under `| Totaal | € 505.000 | € 427.500 |`; a table in thousands counts in its unit), or in the
 * rows of a table the sentence names (`Rozenhof is met 2.340 masten de grootste wijk; samen met
 * Bloemendaal …`). Authors give the figures once and the result later; the sentence readers of
 * `arithmetic-slips` read at most the paragraph before.
 *
 * The guard is the one of the other loose slips: the result is one digit off (or has two digits
 * swapped from) a sum or difference of one near and one far number of its kind, after rounding
 * to the result's last written digit, and no other sum or difference of the numbers in reach, no
 * earlier number itself and no rounding word before the result gives it.
 */

import { add, cents, make, mul, sub, type Rational } from './exact-number.js'
import { approxWordBefore } from './approx-products.js'
import { kindOf } from './loose-slips.js'
import { textTables, type TextCell, type TextTable } from './text-tables.js'
import { euros, written, type Num } from './slip-candidates.js'
import { oneDigitApart, roundingOf, significant, writtenUnit } from './slip-digits.js'
import type { ArithmeticSlip } from './slip-judge.js'

// A word after which the next amount is what is left of a whole: `resteert`, `per saldo`, `netto`,
// `het verschil van`, `Wat overblijft,`.
const REST_BEFORE = /\b(?:resteert|resteren|restant|de\s+rest|per\s+saldo|netto|het\s+verschil(?:\s+van)?|overblijft|overblijven|overbleef)\b/iu
// A verb whose amount closes with `over` or `onbenut`: `blijft … € 86.500 over`, `houden we … € 316.000 over`, `bleef € 67.500 onbenut`.
const LEFT_VERB = /\b(?:blijft|blijven|bleef|bleven|houden|houdt|hielden|hield)\b((?:[^.;:!?]|[.,](?=\d))*?)\b(?:over|onbenut)\b/iu
// `samen met Oost (en Zuid)`: rows of a table the sentence adds to the number it names.
const WITH_NAMED = /\bsamen\s+met\s+((?:\p{Lu}[\p{L}'-]*)(?:\s*(?:,|en)\s*\p{Lu}[\p{L}'-]*)*)/u
// Partial wholes and other bases: the rest of a share, an average or a part of a list says more than a sum.
const PARTIAL = /\bwaarvan\b|\bonder\s+(?:meer|andere)\b|\bzoals\b|%|\bprocent\b|\bgemiddeld/iu
// The label of a total row.
const TOTAL_LABEL = /^\W*(?:sub)?tota(?:al|le?n?)\b/iu
const TABLE_LINE = /^\s*\|.*$/gmu
// A column of one year (`2027`, `Begroting 2028`).
const YEAR_HEADER = /\b(?:19|20)\d\d\b/u

interface Reading {
  expression: string
  computed: number
  slack: number
}

/** A number read from a table cell: its value in the unit of the table (× 1.000 for `x € 1.000`). */
function cellNumber(cell: TextCell, table: TextTable, at: number, euros_ = false): Num | undefined {
  if (!cell.value || cell.percent || cell.value.n <= 0n) return undefined
  const factor = table.factor ?? 1
  const value = mul(cell.value, make(BigInt(factor), 1n))
  const euro = euros_ || factor > 1 || cell.text.includes('€')
  const text = factor > 1 ? euros(cents(value)) : cell.text.replace(/^€\s*/u, '')
  return { kind: 'num', value, text, approx: false, index: at, end: at + cell.text.length, euro } as Num
}

/**
 * The slip of a rest or sum in `piece` against the numbers before it in its section.
 *
 * @param text The section's text.
 * @param start Offset of the piece in the text.
 * @param piece The sentence.
 * @param previous The sentences before it in its paragraph, if any.
 * @param numbersIn The numbers of a text, with their units (as `arithmetic-slips` reads them).
 * @param finance The finance table the text explains, if any: its amounts stand above the text.
 * @param chapterTables The tables of the chapter's sections before the text: their totals stand above it too.
 * @returns The slip, with the stated number's offset in the piece.
 */
export function distantSlip(text: string, start: number, piece: string, previous: string | undefined, numbersIn: (text: string) => Num[], finance?: TextTable, chapterTables: TextTable[] = []): ArithmeticSlip | undefined {
  const rest = REST_BEFORE.exec(piece)
  const verb = rest ? undefined : LEFT_VERB.exec(piece)
  const named = rest || verb ? undefined : WITH_NAMED.exec(piece)
  if ((!rest && !verb && !named) || PARTIAL.test(piece) || piece.includes('=')) return undefined
  const own = numbersIn(piece)
  const cue = (rest ?? verb ?? named)!
  const cueEnd = (cue.index ?? 0) + cue[0].length
  // The stated number: the first after the cue, or for `blijft … over` the last before `over`.
  const stated = verb ? own.filter((t) => t.index >= (verb.index ?? 0) && t.index < cueEnd).at(-1) : own.find((t) => t.index >= cueEnd)
  if (!stated || significant(stated.text) < 2 || (significant(stated.text) < 3 && !stated.euro && !named) || stated.approx || approxWordBefore(piece, stated.index)) return undefined
  const near = [...(previous === undefined ? [] : numbersIn(previous)), ...own.filter((t) => t.index < stated.index)]
  if (named && near.length === 0) return undefined
  const before = text.slice(0, start - (previous?.length ?? 0))
  const tables = [...(finance ? [finance] : []), ...chapterTables, ...textTables(before)]
  const reported: Reading[] = []
  const clearing: Reading[] = []
  const sums = (a: Num, b: Num, slack: number, into: Reading[]): void => {
    const readings: Array<[Rational, string]> = [[add(a.value, b.value), `${written(a)} + ${written(b)}`], [sub(a.value, b.value), `${written(a)} − ${written(b)}`], [sub(b.value, a.value), `${written(b)} − ${written(a)}`]]
    for (const [value, expression] of readings) {
      const computed = cents(value)
      if (computed > 0) into.push({ expression: `${expression} = ${stated.euro ? '€ ' : ''}${euros(computed)}`, computed, slack })
    }
  }
  const ofKind = (t: Num): boolean => kindOf(t) === kindOf(stated) && !t.approx
  if (named) {
    // The named rows' cells in the column where a near number stands: the sum the sentence states.
    const names = named[1]!.split(/\s*(?:,|\ben\b)\s*/u).filter(Boolean).map((n) => n.toLowerCase())
    for (const table of tables) {
      const width = Math.max(table.header.length, ...table.rows.map((row) => row.length))
      for (let c = 1; c < width; c++) {
        const column = table.rows.map((row) => row[c]).filter((x): x is TextCell => x !== undefined)
        const term = near.find((t) => column.some((x) => x.value && !x.percent && cents(x.value) === cents(t.value)))
        if (!term) continue
        const rows = table.rows.filter((row) => names.includes((row[0]?.text ?? '').replace(/\*/gu, '').trim().toLowerCase()))
        if (rows.length !== names.length) continue
        const parts = rows.map((row) => row[c] && cellNumber(row[c]!, table, 0, table === finance))
        if (parts.some((p) => !p)) continue
        const value = parts.reduce<Rational>((sum, p) => add(sum, p!.value), term.value)
        const computed = cents(value)
        reported.push({ expression: `${[term, ...parts].map((p) => p!.text).join(' + ')} = ${euros(computed)}`, computed, slack: 0 })
      }
    }
  } else {
    // The far numbers: the prose before the paragraph (tables left out) and the cells of total rows.
    const prose = numbersIn(before.replace(TABLE_LINE, (line) => ' '.repeat(line.length))).filter(ofKind)
    const totals = tables.flatMap((table) => table.rows.filter((row) => TOTAL_LABEL.test(row[0]?.text ?? '')).map((row) => row.slice(1).map((cell, k) => ({ cell, year: YEAR_HEADER.test(table.header[k + 1]?.text ?? ''), n: cellNumber(cell, table, cell.index, table === finance) })).filter((x) => x.n && ofKind(x.n)).map((x) => ({ n: x.n!, year: x.year, slack: cents(mul(x.cell.half, make(BigInt(table.factor ?? 1), 1n))) }))))
    const nearOfKind = near.filter(ofKind)
    for (const a of nearOfKind) {
      for (const b of prose) sums(b, a, 0, reported)
      for (const b of totals.flat()) sums(b.n, a, b.slack, reported)
    }
    // A total row's own difference (`| Totaal | € 505.000 | € 427.500 |`): what is left of its budget.
    // Not two years' totals (`| Totaal dekking | € 819.000 | € 741.000 |` under 2027 and 2028): nothing is left between them.
    for (const row of totals) row.forEach((a, i) => row.slice(i + 1).forEach((b) => { if (!(a.year && b.year)) sums(a.n, b.n, a.slack + b.slack, reported) }))
    // Any other sum or difference of the numbers in reach only clears the sentence, and so does a number that restates it.
    const all = [...nearOfKind, ...prose]
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => sums(a, b, 0, clearing)))
    for (const t of [...all, ...totals.flat().map((x) => x.n)]) clearing.push({ expression: '', computed: cents(t.value), slack: 0 })
  }
  return judged(stated, reported, clearing)
}

// The one reading the stated number is a slip of, after rounding to its last written digit.
function judged(stated: Num, reported: Reading[], clearing: Reading[]): ArithmeticSlip | undefined {
  const target = cents(stated.value)
  if ([...reported, ...clearing].some((r) => Math.abs(r.computed - target) <= roundingOf(stated) + r.slack)) return undefined
  // The step of the result's last significant digit (`€ 72.200`: € 100), when it has three: a
  // result rounded to it from exact terms is still a slip of its digits. A rounder result is held
  // to its last written digit.
  const step = 2 * roundingOf(stated)
  const unit = significant(stated.text) >= 3 ? Math.max(writtenUnit(stated), step) : writtenUnit(stated)
  const slips = reported.filter((r) => {
    const rounded = Math.round(r.computed / unit)
    return Math.abs(r.computed - target) <= 0.25 * Math.max(r.computed, target) && oneDigitApart(String(rounded), String(Math.round(target / unit)))
  })
  // Two different readings one digit off: the sentence does not say which terms it means.
  if (slips.length === 0 || slips.some((s) => Math.round(s.computed / unit) !== Math.round(slips[0]!.computed / unit))) return undefined
  return { stated, expression: slips[0]!.expression, computed: slips[0]!.computed }
}
