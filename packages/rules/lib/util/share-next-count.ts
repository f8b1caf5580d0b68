/**
 * A percentage whose count follows in the next sentence: "Van de 2.400 inwoners die de enquête
 * invulden, is 45 procent tevreden. Dat zijn 960 inwoners." The part is the count the next
 * sentence opens with; the whole the one number of the percentage's own sentence that can hold it.
 * Or the next sentence restates both: "… Het gaat om 19 van de 52 scholen." Or the count closes the
 * percentage's own sentence: "Van de 1.500 inwoners in 2024 was 30 procent ouder dan 65, in totaal 450 mensen."
 */

import { read } from './share-tolerance.js'
import { ASIDE } from './share-asides.js'

// The next sentence opens by restating the count: `Dat zijn 960`, `Het gaat om ruim 960`, `Dit betreft 960`.
const RESTATES = /^\s*(?:dat|dit|het)\s+(?:zijn|is|waren|was|gaat\s+om|ging\s+om|betreft|betrof)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)(?!\s?(?:%|procent\b))/iu
// Percentages and asides (years, dates, ages, `groep 8`) are no wholes.
const NOT_COUNTED = new RegExp(String.raw`\d+(?:,\d+)?\s*(?:%|procent(?:punt(?:en)?)?)|${ASIDE}`, 'giu')

/**
 * The share a percentage is of when the next sentence gives its count.
 *
 * @param sentence The percentage's sentence.
 * @param next The sentence after it, in the same paragraph (or `''`).
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns The part of the whole, or undefined when the next sentence does not restate a count or the sentence has not one whole.
 */
export function countInNext(sentence: string, next: string, numbersOf: (text: string) => string[]): { actual: number; basis: string } | undefined {
  const restated = RESTATES.exec(next)
  const partText = restated?.[1]
  const part = read(partText ?? '')
  if (!partText || !part) return undefined
  const wholes = numbersOf(sentence.replace(NOT_COUNTED, ' ')).filter((n) => (read(n) ?? 0) >= part)
  if (wholes.length !== 1) return undefined
  const whole = read(wholes[0] ?? '') ?? 0
  return whole > 0 ? { actual: (part / whole) * 100, basis: `${partText} van ${wholes[0]}` } : undefined
}

// The next sentence opens by restating a part and its whole: `Het gaat om 19 van de 52 scholen`, `Dat zijn 60 van de 180`.
const RESTATES_PAIR = /^\s*(?:dat|dit|het)\s+(?:zijn|is|waren|was|gaat\s+om|ging\s+om|betreft|betrof)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu

/** A part of a whole that a sentence states, with the words after the whole (its noun among them). */
export interface StatedPart {
  actual: number
  basis: string
  index: number
  change: boolean
  noun?: string
}

/**
 * The part and whole a share said before them is of: "Bijna 30 procent van de scholen is
 * verouderd. Het gaat om 19 van de 52 scholen."
 *
 * @param next The sentence after the share's, in the same paragraph (or `''`).
 * @param parts The changes and parts that sentence states.
 * @param noun The noun the share is of (`scholen` in `van de scholen`), or `''`.
 * @returns The part the next sentence opens with, when it counts the same noun.
 */
export function pairInNext(next: string, parts: StatedPart[], noun: string): { actual: number; basis: string } | undefined {
  const first = parts.find((b) => !b.change && RESTATES_PAIR.test(next.slice(0, b.index)))
  if (!first) return undefined
  const wanted = noun.toLowerCase()
  return wanted === '' || (first.noun ?? '').split(/\s+/).includes(wanted) ? { actual: first.actual, basis: first.basis } : undefined
}

// The count restated after the share, closing its clause: `, in totaal 450 mensen.`, `: dat zijn 450.`, `, 450 personen.`
// Amounts, durations and measures are no count of the whole's members (`, gemiddeld 200 euro per huishouden.`).
const UNIT = String.raw`(?:euro|miljoen|duizend|uur|dagen|weken|maanden|jaar|jaren|kilometer|km|meter|minuten|keer)`
const RESTATED_AFTER = new RegExp(String.raw`[,:;–]\s*(?:(?:in\s+totaal|samen|dat\s+zijn|dit\s+zijn|het\s+gaat\s+om|ofwel|oftewel|namelijk|in\s+getal|in\s+aantallen)\s+)?(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)(?!\s?(?:%|procent\b))(?!\s+${UNIT}\b)(?:\s+[\p{L}-]+){0,2}\s*(?:[.;)]|$)`, 'iu')
// The whole the share is of, before it: `Van de 1.500 inwoners`, `van alle 820 leerlingen`.
// … or right after it: ` van de 2.300 lantaarnpalen`.
// Its part then counts the whole's noun or none (`: 190 palen.` after `van de 2.300 lantaarnpalen`), no rate of it (`80 palen per jaar`).
const WHOLE_LEADING = /^\s+van\s+(?:de|alle|onze)\s+(?:(?:in\s+totaal|ruim|circa|ongeveer|bijna)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)(?!\s?(?:%|procent\b))(?:\s+(\p{L}+))?/iu
const PART_NOUN = /^\s*(?:\s+(\p{L}+))?\s*(?:[.;)]|$)/u
// Whether the part after a leading whole counts that whole's noun (or names none).
function countsWhole(rest: string, restated: RegExpExecArray, whole: RegExpExecArray): boolean {
  const tail = rest.slice((restated.index ?? 0) + restated[0].indexOf(restated[1] ?? '') + (restated[1] ?? '').length)
  const noun = PART_NOUN.exec(tail)
  if (!noun) return false
  const [part, of] = [(noun[1] ?? '').toLowerCase(), (whole[2] ?? '').toLowerCase()]
  return part === '' || (part.length >= 4 && of.endsWith(part))
}
const WHOLE_BEFORE = /\bvan\s+(?:de|alle|deze|die)\s+(?:(?:in\s+totaal|ruim|circa|ongeveer|bijna)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)/giu

/**
 * The share a percentage is of when its whole stands before it and its part closes the sentence
 * after it: "Van de 1.500 inwoners in 2024 was 30 procent ouder dan 65, in totaal 450 mensen." The
 * whole is the one count before the share (after `van de`), the part the one count after it.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns The part of the whole, or undefined.
 */
export function countAfterShare(before: string, after: string, numbersOf: (text: string) => string[]): { actual: number; basis: string } | undefined {
  // The whole may also follow the share directly (`Minder dan 10 procent van de 2.300 palen …: 190 palen.`), with no count before it.
  const leading = numbersOf(before.replace(NOT_COUNTED, ' ')).length === 0 ? WHOLE_LEADING.exec(after) : null
  const rest = leading ? after.slice(leading[0].length) : after
  const restated = RESTATED_AFTER.exec(rest)
  const wholes = leading ? [leading] : [...before.matchAll(WHOLE_BEFORE)]
  // Only one count on each side: another number makes it unclear which is meant.
  if (!restated || wholes.length !== 1 || (!leading && numbersOf(before.replace(NOT_COUNTED, ' ')).length !== 1) || numbersOf(rest.replace(NOT_COUNTED, ' ')).length !== 1) return undefined
  if (leading && !countsWhole(rest, restated, leading)) return undefined
  const [partText, wholeText] = [restated[1] ?? '', wholes[0]?.[1] ?? '']
  const [part, whole] = [read(partText), read(wholeText)]
  return part && whole && part <= whole ? { actual: (part / whole) * 100, basis: `${partText} van ${wholeText}` } : undefined
}
