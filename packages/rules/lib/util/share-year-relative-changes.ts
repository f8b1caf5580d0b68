/**
 * A change said by its noun against an earlier year: "Het ledental komt in 2031 op 615, een
 * groei van 9 procent ten opzichte van 2029", "… 3.470 bezoeken, een afname van 15% vergeleken
 * met 2019". It says what "15% minder dan in 2019" says, so it is read as that comparison: the
 * earlier level in a table column of that year (the row holding the later number), in brackets, or
 * in a sentence that ties a count to the year.
 */

import type { Table } from './markdown-tables.js'
import { CHANGE_NOUN } from './change-nouns.js'
import { comparedChange } from './share-comparisons.js'
import { PLAIN_NUMBER as NUMBER } from './plain-number.js'
import { APPROXIMATE } from './share-tolerance.js'

// Right after the share: the earlier year it is measured against.
const AGAINST_YEAR = /^\s+(?:ten\s+opzichte\s+van|t\.o\.v\.?|vergeleken\s+met|in\s+vergelijking\s+met)\s+(?:(?:het\s+jaar|het\s+niveau\s+van)\s+)?((?:19|20)\d{2})\b/iu
// Right before the share: the later level, a comma and the noun of the change (`615, een groei van`).
const LEVEL_NOUN = new RegExp(String.raw`((?<![\d.,])(?:€\s*)?(?:${NUMBER})(?![\d%]|[.,]\d)(?:\s+[\p{L}²³-]+){0,5}?)\s*[,:]\s*(?:(?:dat\s+is|ofwel|dus)\s+)?(?:een\s+)?(${CHANGE_NOUN})\s+(?:van|met)\s+(?:(?:${APPROXIMATE})\s+)?$`, 'iu')
// The nouns of a fall; the others name a rise.
const FALL = /^(?:daling|verlaging|afname|vermindering|reductie|besparing|bezuiniging|krimp|inkrimping|teruggang|achteruitgang|verlies)$/iu

/**
 * The change a share said by its noun against an earlier year is of.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param tables The tables of the text.
 * @param previous The sentence before.
 * @param distant The sentences of the section before and the share said.
 * @returns The change in percent and its numbers, or undefined.
 */
export function yearRelativeChange(before: string, after: string, tables: Table[], previous = '', distant?: { section: readonly string[]; stated: number }): { actual: number; basis: string } | undefined {
  const year = AGAINST_YEAR.exec(after)
  const level = year ? LEVEL_NOUN.exec(before) : null
  if (!year || !level) return undefined
  // Said as the comparison it is: `615, … meer dan in 2029`.
  const said = `${before.slice(0, level.index)}${level[1] ?? ''}, `
  const than = ` ${FALL.test(level[2] ?? '') ? 'minder' : 'meer'} dan in ${year[1] ?? ''}${after.slice(year[0].length)}`
  return comparedChange(said, than, tables, previous, distant)
}
