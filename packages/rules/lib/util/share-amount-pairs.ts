/**
 * A share that closes its clause after two amounts, the larger named as the whole (`Op de totale
 * begroting van € 4.250.000 gaat € 612.000 naar onderhoud, ruim 14%`, `… gaf € 2,6 miljoen uit van een
 * totaal sociaal domein van € 11,8 miljoen, circa 22 procent`): the smaller over the larger, or what is
 * left of it. `twoCountsBefore` leaves amounts out (a share of money is mostly of a budget named
 * elsewhere); here the sentence names that budget itself. Used by `share-sentence-readings`.
 */
import { CLOSES, DOWN, UP, countedIn, shareOrRest, type PairReading } from './share-any-pair.js'
import { scaled } from './share-tolerance.js'
import { allMatches } from './all-matches.js'

// An amount with its magnitude: `€ 612.000`, `€ 2,6 miljoen`, also with the currency after it (`2,6 miljoen euro`).
const AMOUNT = /(?:€|\beuro)\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(miljoen|mln|miljard|mld)\b)?|(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(miljoen|mln|miljard|mld))?\s+euro\b/giu
// Words before an amount that name it as the whole: `de totale begroting van`, `van een totaal … van`, `van in totaal`, `het budget van`.
const WHOLE_WORD = /\b(?:totaal|totale|begroting|budget(?:ten)?|\p{L}+budget|\p{L}+begroting)\b/iu
// Another share before this one makes the pair that one's.
const OTHER_SHARE = /%|\bprocent/iu

/**
 * The reading of a share after a part and its whole in amounts.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @param judge Whether a percentage fits the share as written.
 * @returns The part of the whole, or the rest when only that fits; undefined unless the clause holds exactly such a pair.
 */
export function amountPairShare(before: string, after: string, numbersOf: (text: string) => string[], judge: (actual: number) => boolean): PairReading | undefined {
  if (!CLOSES.test(after) || /\(\s*$/u.test(before) || UP.test(before) || DOWN.test(before) || OTHER_SHARE.test(before)) return undefined
  const amounts = allMatches(AMOUNT, before)
  if (amounts.length !== 2 || countedIn(before, numbersOf).length !== 2) return undefined
  let from = 0
  const read = amounts.map((m) => {
    const at = m.index ?? 0
    const marked = WHOLE_WORD.test(before.slice(from, at))
    from = at + m[0].length
    return { text: m[0].trim(), value: scaled(m[1] ?? m[3], m[2] ?? m[4]) ?? 0, marked }
  })
  const [lo, hi] = [...read].sort((a, b) => a.value - b.value) as [(typeof read)[0], (typeof read)[0]]
  if (!hi.marked || lo.marked || lo.value <= 0 || lo.value >= hi.value) return undefined
  return shareOrRest(lo, hi, judge)
}
