/**
 * A share claim as the percentage readers give it, and how its wording is quoted back: the type
 * shared by every share reader, kept apart from `share-claims` (the sentence walk that finds them).
 */

import { formatDutchNumber } from '@kapstok/nl'

/** A percentage or fraction claimed in a sentence, with the numbers it is about. */
export interface ShareClaim {
  /** The claim as written, with its wording (`ruim 18%`, `een derde`). */
  said: string
  /** Offset of `said` in the text. */
  index: number
  /** What the numbers give, in percent. */
  actual: number
  /** How the numbers give it, in Dutch (`van 80 naar 92`, `45 van de 180`). */
  basis: string
  /** Whether the wording fits `actual`. */
  fits: boolean
  /** Whether the claim and `actual` are in percentage points (`4 procentpunt`). */
  inPoints?: boolean
}

/**
 * A claim's words as the plan wrote them: the readers see number words as digits (`een op de drie
 * van de 820` as `een op de 3    van de 820`, same length), the message quotes the words.
 *
 * @param written The text as written.
 * @param index Offset of the claim.
 * @param said The claim as read.
 * @returns The claim as written, with the rest of a word that the digits cut short.
 */
export const asWritten = (written: string, index: number, said: string): string => {
  const start = written.slice(index, index + said.length)
  return start === said ? said : start + (/^\p{L}*/u.exec(written.slice(index + said.length))?.[0] ?? '')
}

/**
 * A percentage for a message: one decimal, Dutch notation.
 *
 * @param value Percent.
 * @param inPoints Whether it is a difference in percentage points (optional).
 * @returns E.g. `17,8%`, `4 procentpunt`.
 */
export function percentText(value: number, inPoints = false): string {
  return formatDutchNumber(Math.round(value * 10) / 10) + (inPoints ? ' procentpunt' : '%')
}
