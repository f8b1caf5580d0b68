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

/**
 * The plural forms a Dutch noun may take, lower case and without an apostrophe: `spoor` →
 * `sporen`, `bouwsteen` → `bouwstenen`, `thema` → `themas` (for `thema's`), `opgave` → `opgaven`.
 * Some forms are no words (`spoors`); a caller compares written words with them, never writes them.
 *
 * @param word The noun in the singular, lower case.
 * @returns Its candidate plurals.
 */
export function pluralForms(word: string): string[] {
  const undoubled = word.replace(/([aeou])\1(\p{L})$/u, '$1$2')
  return [...new Set([word + 's', word + 'n', word + 'en', undoubled + 'en'])]
}
