/**
 * How a sentence names a table row other than by its label word for word, for the table reading of
 * a share (share-table-cells):
 *
 * - a compound of the label's two words: `woningeigenaren` for `Woningen, eigenaren`,
 *   `horecavergunningen` for `Vergunningen, horeca` (either order, a word's singular as its first part);
 * - a compound of the label with the noun the rows count: `geluidsmeldingen` for `Geluid` under a
 *   header `Soort melding`;
 * - a name of one row inflected: `de Europese aanbestedingen` for `Europees openbaar`, `regionale`
 *   for `Regionaal`;
 * - an abbreviation in capitals that one row has: `via het NPLV` for `Rijksbijdrage NPLV`.
 */

import { pluralForms } from '@kapstok/nl'

// A word's forms as the first or last part of a compound: itself, and its singular (`woningen` → `woning`).
const forms = (word: string): string[] => {
  const out = [word]
  if (/en$/u.test(word) && word.length >= 6) out.push(word.slice(0, -2))
  if (/[^aeiou]s$/u.test(word) && word.length >= 5) out.push(word.slice(0, -1))
  return out
}
// The linking sounds of a Dutch compound: none, `s`, `en`.
const LINKS = ['', 's', 'en']

/** The content words of a label: letters only, split at hyphens and commas, of four letters or more. */
export const labelWords = (label: string): string[] => label.toLowerCase().match(/\p{L}+/gu) ?? []

/**
 * The sentence word that is a compound of a label's two words, if any.
 *
 * @param words The sentence's words, lower case.
 * @param label The row's label, lower case.
 * @returns The word, or undefined.
 */
export function compoundName(words: string[], label: string): string | undefined {
  const parts = labelWords(label)
  if (parts.length !== 2 || parts.some((p) => p.length < 4)) return undefined
  const [a = '', b = ''] = parts
  const joins = (first: string, last: string): string[] => forms(first).flatMap((f) => LINKS.flatMap((l) => forms(last).map((e) => f + l + e)))
  const wanted = new Set([...joins(a, b), ...joins(b, a)])
  return words.find((w) => wanted.has(w))
}

/**
 * The sentence word that is a compound of a one-word label and a noun the table's rows count (a word of the label
 * column's header, `melding` in `Soort melding`), in its singular or plural: `geluidsmeldingen` for `Geluid`.
 *
 * @param words The sentence's words, lower case.
 * @param label The row's label, lower case.
 * @param nouns The nouns the rows count, lower case.
 * @returns The word, or undefined.
 */
export function labelNounCompound(words: string[], label: string, nouns: string[]): string | undefined {
  const parts = labelWords(label)
  if (parts.length !== 1 || (parts[0] ?? '').length < 4) return undefined
  const heads = nouns.filter((n) => n.length >= 4).flatMap((n) => [n, ...pluralForms(n), ...forms(n)])
  const wanted = new Set(forms(parts[0] ?? '').flatMap((f) => LINKS.flatMap((l) => heads.map((h) => f + l + h))))
  return words.find((w) => wanted.has(w))
}

// How many letters two words share at their start.
const commonStart = (a: string, b: string): number => {
  let k = 0
  while (k < a.length && a[k] === b[k]) k++
  return k
}

/**
 * The sentence word that is a name word inflected (`europese` for `europees`): the same start but for the
 * last two letters, at most two letters longer or shorter, five letters in common at least.
 *
 * @param words The sentence's words, lower case.
 * @param name The name word, lower case.
 * @returns The word, or undefined.
 */
export function inflectedName(words: string[], name: string): string | undefined {
  if (name.length < 6) return undefined
  return words.find((w) => Math.abs(w.length - name.length) <= 2 && commonStart(w, name) >= Math.max(5, name.length - 2))
}

// A word in capitals: an abbreviation (`NPLV`, `EFRO`, `GGD`).
const CAPITALS = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu

/**
 * The abbreviations in capitals of a row's text cells.
 *
 * @param cells The texts of the row's cells that hold no count.
 * @returns The abbreviations, lower case.
 */
export const abbreviationsOf = (cells: string[]): string[] => cells.flatMap((c) => c.match(CAPITALS) ?? []).map((w) => w.toLowerCase())

/**
 * Whether a written sentence holds an abbreviation in capitals, as a word of its own.
 *
 * @param written The sentence as written.
 * @param abbreviation The abbreviation, lower case.
 */
export const namesAbbreviation = (written: string, abbreviation: string): boolean => (written.match(CAPITALS) ?? []).some((w) => w.toLowerCase() === abbreviation)
