/**
 * A change said as its difference, with the level it grew from in the sentence before: "In 2024
 * had de vereniging 400 leden. In 2025 kwamen er 100 bij, een groei van 25 procent." The
 * percentage is the difference of the earlier level. Used by `share-claims`.
 */

import { read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { numbersOf } from './share-back-references.js'
import type { Table } from './markdown-tables.js'
import { COUNT_CELL } from './share-wholes.js'
import { DOWN } from './share-span-changes.js'
import { ASIDE } from './share-asides.js'
import { yearRowDifferences } from './share-year-row-differences.js'

const ASIDES = new RegExp(ASIDE, 'giu')

const NUMBER = PLAIN_NUMBER
// A difference: `100 bij`, `50 minder`, `12.000 hoger`, `met 300 gestegen`; `terug` after a number is a fall.
const MORE_LESS = String.raw`(?:\s+[\p{L}-]+)?\s+(?:bij|erbij|meer|minder|hoger|lager|terug)\b`
// A count lost or won is a difference too: `verloor 50 leden`, `won er 60 bij`.
const LOST_WON = String.raw`\b(?:verlo(?:or|ren)|verliest|won|wonnen|wint)\s+(?:er\s+)?(?:${NUMBER})(?![.,]?\d)(?!\s?(?:%|procent))`
const DIFFERENCE = new RegExp(String.raw`(?:\bmet\s+(?:${NUMBER})(?![.,]?\d)(?!\s?(?:%|procent))|${LOST_WON}|(?<![\d.,])(?:${NUMBER})(?![.,]?\d)${MORE_LESS})`, 'iu')
// The share's wording right before it: `, een groei van`, `, ofwel`, `: een daling met`.
const SAYS_CHANGE = /[,:;–-]\s*(?:(?:dat\s+is\s+)?een\s+(?:stijging|toename|groei|daling|afname|vermindering|verhoging|verlaging)\s+(?:van|met)|ofwel|oftewel|dat\s+is)\s+(?:\p{L}+\s+)?$/iu
// A base of its own after the share: `ten opzichte van 2020`, `vergeleken met`, `sinds`.
const OTHER_BASE = /^\s*(?:\p{L}+\s+)?(?:ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met|sinds|tegenover|meer\s+dan|minder\s+dan)\s+(?!het\s+jaar\s+(?:ervoor|daarvoor)|(?:een|het\s+vorige)\s+jaar)/iu
const YEAR = /\b(?:19|20)\d{2}\b/g

/**
 * The share a difference gives of the one count of the sentence before.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param previous The sentence before, in the same paragraph.
 * @returns The change in percent of the earlier level, or undefined.
 */
export function differenceShare(before: string, after: string, previous: string, tables: Table[] = []): { actual: number; basis: string } | undefined {
  // An age or a range (`Onder de 4- tot en met 11-jarigen liep de deelname met 35 terug`) is no count of the clause.
  const numbers = numbersOf(before.replace(ASIDES, (aside) => ' '.repeat(aside.length)))
  const difference = DIFFERENCE.exec(before)
  if (numbers.length !== 1 || !difference || !SAYS_CHANGE.test(before) || OTHER_BASE.test(after)) return undefined
  // The level: the one count of the sentence before, itself no difference (`liep met 2.300 terug`) and no percentage.
  const levels = numbersOf(previous)
  // No one plain level before (none, a difference of its own, a percentage): the level may stand in a table.
  if (levels.length !== 1 || DIFFERENCE.test(previous) || /%|procent/iu.test(previous)) return tableLevelShare(numbers[0] ?? '', before, tables)
  // A later year in the sentence before is no earlier level.
  const [then, now] = [Math.max(0, ...(previous.match(YEAR) ?? []).map(Number)), Math.min(9999, ...(before.match(YEAR) ?? []).map(Number))]
  if (then > 0 && now < 9999 && then >= now) return undefined
  const [gap, level] = [read(numbers[0] ?? ''), read(levels[0] ?? '')]
  return gap === undefined || !level ? undefined : { actual: (gap / level) * 100, basis: `${numbers[0]} op ${levels[0]}` }
}

// A column headed by a year, alone or with a word (`2023`, `Leden 2023`).
const YEAR_COLUMN = /(?<!\d)(?:19|20)\d{2}(?!\d)/u
// A fall said by its difference: `met 35 terug`, `40 minder`, `daalde met 40`.
const FALL = /\b(?:terug|minder|lager)\b/iu

/**
 * With no one plain count in the sentence before (also after a sentence with a change of its own:
 * `De kinderopvang krimpt met 30 plekken, ongeveer 4 procent.`), the level may stand in a table of the section: the earlier cell of the one
 * row whose two year cells lie exactly the difference apart, in the direction the sentence says
 * (`Bij de senioren liep het aantal abonnees met 40 terug, …` under `| Senioren | 400 | 360 |`). The exact difference ties
 * the sentence to that row, so no label need be named; two rows that fit leave it open.
 */
function tableLevelShare(said: string, before: string, tables: Table[]): { actual: number; basis: string } | undefined {
  const gap = read(said)
  if (!gap) return undefined
  const down = DOWN.test(before) || FALL.test(before)
  const found: Array<{ from: string; to: string }> = []
  for (const table of tables) {
    const years = table.header.flatMap((h, k) => (k > 0 && YEAR_COLUMN.test(h.text) ? [k] : []))
    for (const row of table.rows) {
      const cells = years.map((k) => COUNT_CELL.exec(row[k]?.text ?? '')?.[1])
      cells.forEach((from, i) => cells.slice(i + 1).forEach((to) => {
        const [a, b] = [read(from ?? ''), read(to ?? '')]
        if (from && to && a && b !== undefined && Math.abs(b - a) === gap && b < a === down) found.push({ from, to })
      }))
    }
    // A table with a row per year holds its levels down a column.
    found.push(...yearRowDifferences(table, gap, down, before))
  }
  const [one] = found
  if (found.length !== 1 || !one) return undefined
  return { actual: (gap / (read(one.from) ?? 1)) * 100, basis: `${said} op ${one.from}` }
}
