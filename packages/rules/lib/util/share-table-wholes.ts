/**
 * Two loosenings of the table reading of a share (share-table-cells) for a whole the sentence does
 * not pin to one cell of the total row:
 *
 * - a whole narrowed by a phrase that names a subtotal row below the named rows (`van de bijdragen
 *   aan de regelingen` beside `Subtotaal gemeenschappelijke regelingen`): that row is the whole;
 * - a table of one amount over years (`Begroting 2026`, `2027`, …) and a sentence that names no
 *   year: every year is a reading, and the one nearest the share stands for them all (a share that
 *   fits no year is wrong in each);
 * - and whether a share of a named row's noun is of the table's whole at all (`ofWholeTable`).
 */

import type { Cell, Table } from './markdown-tables.js'
import { escape } from './share-row-parts.js'
import { APPROXIMATE, read } from './share-tolerance.js'
import { readShareWord } from './share-words.js'

// A phrase right after the whole's noun that narrows it to a group: `aan de regelingen`, `in de kernen`.
const NARROWING = /^\s+(?:aan|van|in|voor|bij|uit|binnen)\s+(?:de|het|onze)\s+(?:\p{L}+e\s+)?(\p{L}{4,})/iu
const SUBTOTAL = /^\**\s*(?:sub\s*totaal|subtotaal|totaal|samen)\b/iu
const YEAR = /\b(?:19|20)\d{2}\b/u
const APPROX = new RegExp(String.raw`^(?:${APPROXIMATE})\s+`, 'iu')
const PERCENT = /(\d+(?:,\d+)?)\s?(?:%|procent)/iu
// The whole said as all of it: `van alle leden`, `van al het afval`, `van de totale oppervlakte`.
const ALL = /^\s+van\s+(?:alle|al\s+(?:de|het)|(?:de|het)\s+(?:totale|hele|gehele))\s/iu
// The whole said as all of it, with its noun: `van alle uitgeleende boeken`.
const ALL_PHRASE = /^\s+van\s+(?:alle|al\s+(?:de|het)|(?:de|het)\s+(?:totale|hele|gehele))\s+(?:\p{L}+e\s+)?[\p{L}²-]+/u
// A phrase right after the whole that narrows it: `in de kern`, `voor de buurtbus`, `uit Oost`.
const NARROWED = /^\s+(?:in|uit|bij|voor|met|zonder|onder|buiten|van|die|dat)\s/u
// What may follow `van de leden` for the row's share of all members: nothing, a particle or participle closing the
// verb (`… van de tonnen uit`, `… van de wedstrijden gespeeld`), a year, a phrase of the verb (`voor zijn rekening`),
// or the place as the whole (`van de gemeente`).
// Anything else qualifies the part within the row (`60% van de leden is jeugdlid`): a share of the row's own whole.
const CLOSING_TAIL = /^(?:\s+(?:uit|op|aan|af|in|mee|bij|toe|binnen|plaats|deel|terug|door|weg|ge\p{L}+[dt]|in\s+(?:19|20)\d{2}|voor\s+(?:zijn|haar|hun)\s+rekening|(?:in|van)\s+(?:de|onze)\s+(?:gemeente|stad)))*\s*(?:[.;:,)]|$)/iu

/**
 * The subtotal row below the named rows whose label names the group a phrase after the whole's noun narrows it to.
 *
 * @param table The table.
 * @param picked The named rows.
 * @param tail The sentence after the whole's noun.
 * @param sameNoun Whether a label word and the group's noun are one noun.
 * @returns The row, or undefined.
 */
export function narrowedWhole(table: Table, picked: Cell[][], tail: string, sameNoun: (a: string, b: string) => boolean): Cell[] | undefined {
  const group = NARROWING.exec(tail)?.[1]?.toLowerCase()
  if (!group || picked.length === 0) return undefined
  const last = Math.max(...picked.map((r) => table.rows.indexOf(r)))
  const below = table.rows.slice(last + 1).find((r) => SUBTOTAL.test(r[0]?.text ?? ''))
  const words = (below?.[0]?.text ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? []
  return below && words.some((w) => sameNoun(w, group)) ? below : undefined
}

/**
 * Whether the candidate columns are one amount over years: more than one, each header with a year.
 *
 * @param table The table.
 * @param columns The count columns.
 */
export const yearColumns = (table: Table, columns: number[]): boolean => columns.length > 1 && columns.every((k) => YEAR.test(table.header[k]?.text ?? ''))

/**
 * The share a text says, in percent: its digits (`70%`) or its fraction in words (`bijna drie kwart`).
 *
 * @param said The share as written.
 * @returns The percentage, or undefined.
 */
export function statedShare(said: string): number | undefined {
  const digits = PERCENT.exec(said)?.[1]
  return digits !== undefined ? read(digits) : readShareWord(said.replace(APPROX, ''))?.value
}

/**
 * Whether a share of a named row's noun is of the table's whole rather than of the row's own: said as all of it
 * (`van alle leden`), or with nothing after the noun that narrows the part, or with the row's label after (`40
 * procent van het afval was gft`). `Op De Horst is 60% van de leden jeugdlid` is of the row's own members.
 *
 * @param after The sentence after the share.
 * @param noun The share's noun, lower case.
 * @param label The row's label, lower case.
 */
// `van de totale kosten in de tabel`: the table the share is read from, nothing that narrows the whole.
const TABLE_REFERENCE = /\s+(?:in|uit|volgens)\s+(?:de|deze|die|bovenstaande|onderstaande)\s+(?:tabel|tabellen|overzicht)(?:\s+(?:hierboven|hieronder))?(?=\s*(?:[.;:!?),]|$))/u
export function ofWholeTable(after: string, noun: string, label: string): boolean {
  const lower = after.toLowerCase().replace(TABLE_REFERENCE, '')
  const labelAtEnd = (tail: string): boolean => new RegExp(String.raw`(?<![\p{L}])${escape(label)}\s*(?:[.;:!?)]|$)`, 'u').test(tail)
  // `van alle leden, verreweg de meeste`: all of the whole, unless a phrase right after narrows it (`van alle leden in de kern`).
  if (ALL.test(lower)) {
    const tail = lower.replace(ALL_PHRASE, '')
    return !NARROWED.test(tail) || CLOSING_TAIL.test(tail) || labelAtEnd(tail)
  }
  const at = lower.indexOf(noun)
  if (noun === '' || at < 0) return false
  // `een op de vijf ton van al het afval`: the whole said as all of it after the counted noun.
  const tail = lower.slice(at + noun.length)
  if (ALL.test(tail)) return ofWholeTable(tail, '', label)
  // `… van de leden.`, `… was gft`; but `van de leden jeugdlid`, `… in West per bakfiets` go on within the row.
  return CLOSING_TAIL.test(tail) || labelAtEnd(tail)
}
