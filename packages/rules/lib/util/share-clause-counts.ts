/**
 * Readings of a share from the counts of its own clause: a whole written after the share with the
 * clause's one count as its part, and two counts before a share that closes the sentence. Used by
 * `share-claims` when no reading of its own finds the numbers.
 */
import { AMOUNT_AFTER, AMOUNT_BEFORE, CLOSES, countedIn, DOWN, shareOrRest, UP, type PairReading } from './share-any-pair.js'
import { measureClash } from './share-named-wholes.js'

/**
 * The part of a share whose whole follows it as a number (`95 sportclubs vroegen een subsidie aan, 40
 * procent van de 240 clubs`): the one count before the share in its sentence, when it is no
 * amount and no larger than the whole.
 *
 * @param before The sentence up to the share.
 * @param whole The whole written after the share.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns The part as written, or undefined when the sentence has no single count for it.
 */
export function onePartBefore(before: string, whole: number, numbersOf: (text: string) => string[]): string | undefined {
  const counted = countedIn(before, numbersOf)
  const part = counted.length === 1 ? counted[0] : undefined
  if (!part || part.value > whole) return undefined
  const at = before.lastIndexOf(part.text)
  // A count with a share of its own after it (`Van de 75 scholen koos 32% ervoor, tegen 58% van de 190`), a whole
  // (`van de 186`) or an age (`18- tot 65-jarigen`) is no part of this share.
  const between = before.slice(at + part.text.length)
  if (/%|procent/iu.test(between) || /\b(?:van|onder)\s+(?:de|het|alle)\s+$/iu.test(before.slice(0, at)) || /^\s*-/u.test(between)) return undefined
  return AMOUNT_BEFORE.test(before.slice(0, at)) || AMOUNT_AFTER.test(between) ? undefined : part.text
}

/**
 * A share that closes its sentence after two counts (`De GGD ontving 2.180 vragenlijsten, en 436
 * respondenten zeiden …: 25 procent.`, `waarbij 58 ouderen …, zeiden er 41 …: 64 procent.`): the
 * count nearest the share is its part, the other its whole, when the whole is the larger. A share
 * that fits the rest of the whole (`… 41 …, 29 procent` for the 17 others) is read that way.
 * Amounts stay out: a share of money is mostly of a budget named elsewhere.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @param judge Whether a percentage fits the share as written.
 * @returns The reading, or undefined when the sentence holds no such pair.
 */
export function twoCountsBefore(before: string, after: string, numbersOf: (text: string) => string[], judge: (actual: number) => boolean): PairReading | undefined {
  // Two counts with a change word or `tegen` between them are two levels: the share is a change, read elsewhere.
  if (!CLOSES.test(after) || /\(\s*$/u.test(before) || UP.test(before) || DOWN.test(before) || /\btegen\b/iu.test(before)) return undefined
  const counted = countedIn(before, numbersOf)
  if (counted.length !== 2) return undefined
  const [whole, part] = counted as [{ text: string; value: number }, { text: string; value: number }]
  const amount = counted.some((n) => {
    const at = before.indexOf(n.text)
    return AMOUNT_BEFORE.test(before.slice(0, at)) || AMOUNT_AFTER.test(before.slice(at + n.text.length))
  })
  if (amount || part.value >= whole.value || measureClash(before, whole.text, part.text)) return undefined
  return shareOrRest(part, whole, judge)
}
