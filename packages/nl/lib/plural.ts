/**
 * Counted nouns: `1 actie`, `2 acties`.
 */

import { formatDutchNumber } from './euro.js'

/**
 * Write a count with the right form of a noun.
 *
 * @param n Count (`1` and `-1` take the singular).
 * @param singular Singular noun, e.g. `actie`.
 * @param pluralForm Plural noun, e.g. `acties`.
 * @returns E.g. `1 actie`, `0 acties`, `12.500 acties`.
 */
export function plural(n: number, singular: string, pluralForm: string): string {
  return formatDutchNumber(n) + ' ' + (Math.abs(n) === 1 ? singular : pluralForm)
}
