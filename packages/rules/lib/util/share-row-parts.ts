/**
 * A share said of one table row, within that row: `In Noordhoek is pas een op de vier speeltuinen
 * vernieuwd` under a table with a row `Noordhoek`, a column `Speeltuinen` (the whole, named by the
 * share's noun) and a column `Vernieuwd` (the part, named by a word of the sentence). The share is
 * the part's cell over the whole's cell of that row. Used by `share-claims` for a sentence without
 * numbers of its own.
 */

import { formatDutchNumber } from '@kapstok/nl'
import { stateSide } from './share-state-columns.js'
import type { Cell, Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import { TOTAL_ROW } from './share-wholes.js'
import { isYearNumber } from './year-numbers.js'
import { namesAgeRow } from './age-labels.js'
import { compiled } from './compiled.js'
import { plainCellLower } from './cell-text.js'

/** A row's part of its whole, with the percentage it gives. */
export interface RowPart {
  actual: number
  basis: string
}

// The noun a share is of: `een op de vier speeltuinen`, `de helft van de buurthuizen`.
const NOUN_AFTER = /^\s+(?:van\s+(?:de|het|alle|onze|hun)\s+)?([\p{L}-]{4,})/iu
const COUNT = /^\**\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*\**$/u
const YEAR = /\b(?:19|20)\d{2}\b/gu

/** The plain count a cell holds; a cell that is not one (`€ 11.500`, `-`) has no part to give. */
export const countIn = (cell: Cell | undefined): number | undefined => {
  const digits = COUNT.exec(cell?.text ?? '')?.[1]
  return digits === undefined ? undefined : read(digits)
}
export const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// How many letters two words share at their start.
const commonStart = (a: string, b: string): number => {
  let k = 0
  while (k < a.length && a[k] === b[k]) k++
  return k
}

// Whether a header (`Schoolzone ingericht`) is named in the sentence by one of its longer words, by stem
// (`vernieuwd` for `Vernieuwd`, `toegankelijke` for `Toegankelijk`, `verlicht` for `Met verlichting`); a word of the whole's noun (`woning` in
// `Kosten per woning` beside `woningen`) names the whole, not a part.
function namesHeader(header: string, words: string[], noun: string): boolean {
  const nounStem = noun.slice(0, 5)
  return header
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 5 && (noun === '' || (!w.endsWith(noun) && !noun.endsWith(w) && !w.startsWith(nounStem) && !w.endsWith(noun.slice(-5)))))
    .some((w) => words.some((s) => s.length >= 5 && commonStart(w, s) >= Math.min(6, w.length, s.length)))
}

// Whether a header is a compound of the noun (`huurwoningen` beside `woningen`) the sentence names by its first part
// (`een huurwoning`), no word that is the noun itself.
function namesCompound(header: string, words: string[], noun: string): boolean {
  const stem = noun.slice(0, 4)
  return header.split(/[^\p{L}]+/u).some((w) => {
    const at = w.lastIndexOf(stem)
    return at >= 3 && words.some((s) => s.length > at + 2 && !s.startsWith(stem) && commonStart(w, s) >= at + 3)
  })
}

// Of two columns of the noun, the one the sentence does not name when it names the other (by another word or as a compound).
function oneUnnamed(headers: string[], columns: number[], words: string[], noun: string): number | undefined {
  const byName = columns.filter((k) => namesHeader(headers[k] ?? '', words, noun) || namesCompound(headers[k] ?? '', words, noun))
  return byName.length === 1 ? columns.find((k) => k !== byName[0]) : undefined
}

/**
 * The row part a share without numbers of its own is said of.
 *
 * @param tables The tables of the text.
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param judge Whether the share's wording fits a percentage.
 * @returns A fitting reading if there is one, else the first; `undefined` unless exactly one row is meant.
 */
export function rowPartShare(tables: Table[], before: string, after: string, judge: (actual: number) => boolean): RowPart | undefined {
  // The whole's noun follows the share (`een op de vier speeltuinen`), or opens the sentence when the share closes on
  // its verb (`Van de aanvragen in 2025 werd ruim driekwart toegekend`).
  // A word that closes the sentence right after the share is its verb (`… driekwart toegekend.`), no noun.
  const closing = /^\s+[\p{L}-]+\s*(?:[.;!?]|$)/u.test(after)
  const [next, opening] = [NOUN_AFTER.exec(after)?.[1], OF_BEFORE.exec(before)?.[1]]
  const nouns = (closing ? [opening, next] : [next, opening]).flatMap((n) => (n ? [n.toLowerCase()] : []))
  if (nouns.length === 0) return undefined
  const sentence = `${before} ${after}`.toLowerCase()
  const plain = sentence.split(/[^\p{L}]+/u).filter(Boolean)
  // A separable verb puts its particle last (`ligt … stil`): joined again (`stilligt`) it names `Stilliggend`.
  const particle = plain.at(-1) ?? ''
  const words = particle.length >= 2 && particle.length <= 5 ? [...plain, ...plain.map((w) => particle + w)] : plain
  const years = sentence.match(YEAR) ?? []
  const readings: Array<{ at: number; parts: RowPart[] }> = []
  for (const table of tables) {
    const headers = table.header.map((c) => plainCellLower(c.text))
    // Another year than the table's makes it another count; a year the table names as a row or a column is its own.
    const labels = [...headers, ...table.rows.map((r) => plainCellLower(r[0]?.text ?? ''))].join(' ')
    if (years.some((y) => !table.intro.includes(y) && !labels.includes(y))) continue
    // The header names the noun as its head (`Speeltuinen`, `Buurtspeeltuinen`) or opens on it (`Dijkvak` for `dijk`, a
    // compound the sentence shortens); exactly one column may. The first noun that names one is the whole's.
    const wholeOf = (noun: string): number[] => headers.flatMap((h, k) => (k > 0 && h.split(/[^\p{L}]+/u).some((w) => w.endsWith(noun) || (noun.length >= 4 && w.startsWith(noun))) ? [k] : []))
    const noun = nouns.find((n) => wholeOf(n).length > 0) ?? ''
    const wholes = noun ? wholeOf(noun) : []
    // Two columns of the noun (`Woningen` and `Huurwoningen`, `Beschikbare uren` and `Verhuurde uren`): the one the sentence
    // names by its other words is the part, the other the whole.
    const whole = wholes.length === 1 ? wholes[0] : wholes.length === 2 ? oneUnnamed(headers, wholes, words, noun) : undefined
    if (whole === undefined) continue
    // A column of a state (`Bezet`) the sentence names by its opposite (`vrij`, `niet bezet`) gives the rest of the whole.
    // A state the sentence names neither way (`gereserveerd` beside `Bezet`) is no part of it.
    const sides = headers.map((h) => stateSide(h, plain))
    const opposite = (k: number): boolean => sides[k] === 'opposite'
    const names = (h: string, k: number): boolean => (sides[k] === 'free' ? namesHeader(h, words, noun) || namesCompound(h, words, noun) : sides[k] !== 'neither')
    const named = ofOneYear(headers, samePolarity(headers, headers.flatMap((h, k) => (k > 0 && k !== whole && names(h, k) ? [k] : [])), plain), years)
    if (named.length === 0) continue
    for (const row of table.rows) {
      const label = plainCellLower(row[0]?.text ?? '')
      if (label.length < 3 || TOTAL_ROW.test(label)) continue
      const pattern = new RegExp(String.raw`(?<![\p{L}])${escape(label)}(?![\p{L}])`, 'gu')
      // The row named nearest before the share is the one it is said of (`in Oost …, en in West …`).
      const at = Math.max(...[...before.toLowerCase().matchAll(pattern)].map((m) => m.index), -1)
      const later = pattern.test(after.toLowerCase())
      // An age group may be named in words of its own (`leerlingen van tien en elf jaar` for `10-11 jaar`).
      const aged = at < 0 && !later && namesAgeRow(sentence, label)
      const total = countIn(row[whole])
      if ((at < 0 && !later && !aged) || !total) continue
      const parts = named.flatMap((k) => {
        const part = countIn(row[k])
        if (part === undefined || part > total) return []
        const wholeText = plainCellLower(row[whole]?.text ?? '')
        return opposite(k) ? [{ actual: ((total - part) / total) * 100, basis: `${formatDutchNumber(total - part)} van ${wholeText} (${wholeText} − ${plainCellLower(row[k]?.text ?? '')})` }] : [{ actual: (part / total) * 100, basis: `${plainCellLower(row[k]?.text ?? '')} van ${wholeText}` }]
      })
      if (parts.length > 0) readings.push({ at, parts })
    }
  }
  const nearest = Math.max(...readings.map((r) => r.at))
  const chosen = readings.filter((r) => r.at === nearest)
  if (chosen.length !== 1) return undefined
  const parts = chosen[0]?.parts ?? []
  return parts.find((p) => judge(p.actual)) ?? parts[0]
}

// Of columns `Met vergunning` and `Zonder vergunning`, a sentence that says `geen` or `niet` names the one that says `zonder`.
const NEGATION = /^(?:geen|niet|zonder|nooit)$/u
function samePolarity(headers: string[], columns: number[], words: string[]): number[] {
  const negative = (k: number): boolean => (headers[k] ?? '').split(/[^\p{L}]+/u).some((w) => NEGATION.test(w))
  const wanted = words.some((w) => NEGATION.test(w))
  const kept = columns.filter((k) => negative(k) === wanted)
  return kept.length > 0 ? kept : columns
}

// `Van de aanvragen in 2025 werd …`: a whole named by its noun before the share.
const OF_BEFORE = /^\s*(?:[-*+]\s+)?van\s+(?:de|het|alle|onze)\s+([\p{L}-]{4,})/iu

/**
 * Of part columns that differ by their year (`Verhuurd 2027`, `Verhuurd 2028`), the one of the year the sentence
 * names, else the latest: a sentence without a year speaks of the present.
 *
 * @param headers The table's headers, in lower case.
 * @param columns The columns the sentence names.
 * @param years The years in the sentence.
 * @returns The columns of one year, or all when their headers carry no year.
 */
function ofOneYear(headers: string[], columns: number[], years: string[]): number[] {
  const yearOf = (k: number): string | undefined => headers[k]?.match(YEAR)?.[0]
  if (columns.length < 2 || !columns.every((k) => yearOf(k) !== undefined)) return columns
  const wanted = years.find((y) => columns.some((k) => yearOf(k) === y)) ?? columns.map((k) => yearOf(k) ?? '').sort().at(-1)
  return columns.filter((k) => yearOf(k) === wanted)
}

// The one count a sentence quotes: `van de 40 bushaltes`.
const QUOTED = /(?<![\d.,€])(\d{1,3}(?:\.\d{3})*|\d+)(?![\d]|[.,]\d)(?!\s?(?:%|procent\b))/gu

// Ordinals as a label writes them (`1e helft 2028`) and as a sentence says them (`de eerste helft van 2028`).
const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende']
const ORDINAL = /^(\d{1,2})e$/u
// A label as a sentence names it: its own words, an ordinal also in a word, `van` (and an article) between two words.
function labelPattern(label: string): RegExp {
  const words = label.split(/\s+/u).map((w) => {
    const word = ORDINALS[Number(ORDINAL.exec(w)?.[1] ?? 0) - 1]
    return word ? `(?:${escape(w)}|${word})` : escape(w)
  })
  return compiled(String.raw`(?<![\p{L}])${words.join(String.raw`\s+(?:van\s+(?:de\s+|het\s+)?)?`)}(?![\p{L}])`, 'u')
}

// A cell with a signed count (`-4`, `+3`): its size.
const SIGNED = /^\**\s*[-+−–]\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*\**$/u
const sizeIn = (cell: Cell | undefined): number | undefined => countIn(cell) ?? read(SIGNED.exec(cell?.text ?? '')?.[1] ?? '')

// The readings of a quoted count that is one cell of the row, as the part of a larger cell in a column the sentence names.
function quotedPart(row: Cell[], headers: string[], words: string[], value: number, written: string): RowPart[] {
  const cells = row.flatMap((c, k) => (k > 0 && sizeIn(c) === value ? [k] : []))
  if (cells.length !== 1) return []
  return headers.flatMap((h, k) => {
    const whole = k > 0 && k !== cells[0] && namesHeader(h, words, '') ? countIn(row[k]) : undefined
    return whole === undefined || whole <= value ? [] : [{ actual: (value / whole) * 100, basis: `${written} van ${plainCellLower(row[k]?.text ?? '')}` }]
  })
}

/**
 * A share said of one table row whose whole the sentence quotes from that row (`In Oost heeft van
 * de 40 bushaltes maar een kwart een abri` under a row `Oost | 40 | 10` with a column `Met abri`):
 * the quoted count picks the whole's column where no header names the share's noun (the sentence
 * may call the row's `haltes` its `opstapplaatsen`), a header the sentence names picks the part.
 *
 * @param tables The tables of the text.
 * @param sentence The sentence (its one count is the quoted whole).
 * @param judge Whether the share's wording fits a percentage.
 * @returns A fitting reading if there is one, else the first; `undefined` unless exactly one row holds the count.
 */
export function rowQuotedWholeShare(tables: Table[], sentence: string, judge: (actual: number) => boolean): RowPart | undefined {
  const quoted = [...sentence.matchAll(QUOTED)].map((m) => m[1] ?? '').filter((n) => !isYearNumber(n))
  const value = quoted.length === 1 ? read(quoted[0] ?? '') : undefined
  if (value === undefined || value === 0) return undefined
  const lower = sentence.toLowerCase()
  const words = lower.split(/[^\p{L}]+/u).filter(Boolean)
  const readings: RowPart[][] = []
  for (const table of tables) {
    const headers = table.header.map((c) => plainCellLower(c.text))
    for (const row of table.rows) {
      const label = plainCellLower(row[0]?.text ?? '')
      if (label.length < 3 || TOTAL_ROW.test(label)) continue
      // The row is named by its whole label, as a word of its own (`in oost` for `Oost`, `de eerste helft van 2028` for `1e helft 2028`).
      if (!labelPattern(label).test(lower)) continue
      const wholes = row.flatMap((c, k) => (k > 0 && countIn(c) === value ? [k] : []))
      // `In de eerste helft van 2028 bleven we 3 woningen achter, … van de opgave` under `1e helft 2028 | 36 | 33 | -3`:
      // the quoted count is a cell of the row (a difference keeps its sign), the part of the column the sentence names, when no
      // column the sentence names is a part of it.
      const asPart = (): void => {
        const found = quotedPart(row, headers, words, value, quoted[0] ?? '')
        if (found.length > 0) readings.push(found)
      }
      if (wholes.length !== 1) {
        asPart()
        continue
      }
      const whole = wholes[0] as number
      const named = headers.flatMap((h, k) => (k > 0 && k !== whole && namesHeader(h, words, '') ? [k] : []))
      // `zonder abri` names the column `Zonder abri` word for word, `Met abri` only in part: the fuller naming wins.
      const exact = (k: number): number => (headers[k] ?? '').split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && words.includes(w)).length
      const best = Math.max(0, ...named.map(exact))
      const parts = named.filter((k) => exact(k) === best).flatMap((k) => {
        const part = countIn(row[k])
        return part === undefined || part > value ? [] : [{ actual: (part / value) * 100, basis: `${plainCellLower(row[k]?.text ?? '')} van ${plainCellLower(row[whole]?.text ?? '')}` }]
      })
      if (parts.length > 0) readings.push(parts)
      else asPart()
    }
  }
  if (readings.length !== 1) return undefined
  const parts = readings[0] ?? []
  return parts.find((p) => judge(p.actual)) ?? parts[0]
}
