/**
 * The rows of a table a sentence names, for the table reading of a share (share-table-cells): by
 * the row's label (or the label before a note in brackets), by a compound of its label's words, or
 * by a capitalised word, an inflected name or an abbreviation of its text cells that no other row
 * has; and two rows named as one part (`ijsbaan en sporthal samen`).
 */

import type { Cell, Table } from './markdown-tables.js'
import { escape } from './share-row-parts.js'
import { abbreviationsOf, compoundName, inflectedName, labelNounCompound, namesAbbreviation } from './share-row-names.js'
import { countCellValue as countIn } from './share-wholes.js'
import { plainCellLower } from './cell-text.js'

/** The words of a text in lower case, with `²` (`m²`). */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}²]+/gu) ?? []

// Called for every row label and name word of every table a share may read: each phrase's pattern is compiled once.
const PHRASES = new Map<string, RegExp>()
/** The pattern of a phrase as a whole word group (no letter before or after it). */
export function phrasePattern(phrase: string): RegExp {
  let pattern = PHRASES.get(phrase)
  if (!pattern) {
    if (PHRASES.size > 5000) PHRASES.clear()
    pattern = new RegExp(String.raw`(?<![\p{L}])${escape(phrase)}(?![\p{L}])`, 'u')
    PHRASES.set(phrase, pattern)
  }
  return pattern
}
/**
 * Whether a sentence holds a phrase of three letters or more as a whole word group. The pattern is
 * the phrase itself (case and all) between non-letters, so a sentence without the phrase as a
 * substring (most rows of most tables) is ruled out without running it.
 */
export const namesPhrase = (sentence: string, phrase: string): boolean => phrase.length >= 3 && sentence.includes(phrase) && phrasePattern(phrase).test(sentence)

// The rows a sentence names, each with the name it is named by: its label (or the label before a note in brackets),
// or a capitalised word of one of its text cells (`Speeltuin De Eekhoorn`, `Galerie De Kroon`) that no other row has.
export function namedRows(table: Table, total: Cell[], written: string): Array<{ row: Cell[]; name: string }> {
  const sentence = written.toLowerCase()
  const sentenceWords = wordsOf(sentence)
  const body = table.rows.filter((r) => r !== total)
  const counted = wordsOf(plainCellLower(table.header[0]?.text ?? ''))
  const rare = (word: string): boolean => body.filter((r) => r.some((c) => wordsOf(c.text).includes(word))).length === 1
  const found = body.flatMap((row) => {
    const label = plainCellLower(row[0]?.text ?? '')
    const head = label.replace(/\s*\(.*$/u, '').trim()
    const cased = (row[0]?.text ?? '').replace(/\*/g, '').trim()
    if (namesPhrase(sentence, label) || namesPhrase(sentence, head)) return [{ row, name: namesPhrase(sentence, label) ? label : head, common: common(written, cased) }]
    // `woningeigenaren` for `Woningen, eigenaren`: the label's two words as one compound.
    // `geluidsmeldingen` for `Geluid` under `Soort melding`: the label with the noun its column counts.
    const compound = compoundName(sentenceWords, head) ?? labelNounCompound(sentenceWords, head, counted)
    if (compound) return [{ row, name: compound, common: false }]
    const texts = row.filter((c) => countIn(c) === undefined).map((c) => c.text)
    const words = texts.flatMap((t) => [...t.matchAll(/\p{Lu}\p{Ll}{3,}/gu)].map((m) => m[0].toLowerCase()))
    const word = words.find((w) => rare(w) && namesPhrase(sentence, w))
    if (word) return [{ row, name: word, common: false }]
    // `het mfa` for `mfa De Schakel`, `de ijsbaan` for `ijsbaan De Wielen`: the lower-case noun a label names its place by,
    // said with an article, when no other row has it.
    const kind = kindsOf(row[0]?.text ?? '').find((w) => rare(w) && (namesPhrase(sentence, `het ${w}`) || namesPhrase(sentence, `de ${w}`)))
    if (kind) return [{ row, name: kind, common: false }]
    // A name inflected (`de Europese aanbestedingen` for `Europees openbaar`), or an abbreviation only this row has (`NPLV`).
    const inflected = words.filter(rare).map((w) => inflectedName(sentenceWords, w)).find((w) => w !== undefined)
    const abbreviation = abbreviationsOf(texts).find((w) => rare(w) && namesAbbreviation(written, w))
    const name = inflected ?? abbreviation
    return name ? [{ row, name, common: false }] : []
  })
  // `De Kroon is het oudste museum` beside rows `Museum` and `Galerie De Kroon`: a capitalised label
  // written in lower case inside the sentence is a common noun there, and gives way to a row named by its name.
  const strong = found.filter((f) => !f.common)
  return (strong.length > 0 ? strong : found).map(({ row, name }) => ({ row, name }))
}

// The lower-case words of a label right before a capitalised name: `mfa` of `mfa De Schakel`.
const kindsOf = (label: string): string[] => (label.replace(/\*/g, '').match(/(?<![\p{L}])\p{Ll}{3,}(?=\s+\p{Lu})/gu) ?? [])

// Whether a capitalised label (`Museum`) stands in a sentence only in lower case, and not at its start.
function common(written: string, label: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(label)) return false
  const matches = [...written.matchAll(new RegExp(String.raw`(?<![\p{L}])${escape(label)}(?![\p{L}])`, 'giu'))]
  return matches.length > 0 && matches.every((m) => m[0][0] !== label[0] && written.slice(0, m.index).trim() !== '')
}

// Two rows named as one part: `ijsbaan en sporthal samen`, `De Eekhoorn plus De Meidoorn`.
export function joined(sentence: string, names: string[]): boolean {
  const [a = '', b = ''] = names
  const pair = (x: string, y: string): boolean => new RegExp(String.raw`(?<![\p{L}])${escape(x)}\s+(?:en|plus)\s+(?:(?:de|het|het\s+\p{L}+)\s+)?${escape(y)}(?![\p{L}])`, 'u').test(sentence)
  return pair(a, b) || pair(b, a)
}
