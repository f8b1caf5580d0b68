/**
 * The sentences of a prose text as `shareClaims` reads them, with their offsets and whether each
 * starts a paragraph.
 */

import { memoByText } from './memo.js'

// Sentences end at `.`, `!`, `?` or `;` followed by a space; a dot inside a number or after the number of a
// numbered list item (`1. `) does not end one.
// The dot of an abbreviation (`ca. 40 procent`, `bijv. de helft`) does not end one either: a Dutch
// sentence never starts with a small letter, and seldom with a digit after a short word of small
// letters (`ca.`, `resp.`, `incl.`).
// A list item or a table row starts a sentence of its own, also without a full stop before it.
// A blank line ends a paragraph: numbers are not carried across it.
// Read once per text: the share readers (`shareClaims`, its combined parts, the partitions, the
// summed parts, the column sums) and `percentage-claim-check` each split the same text. The
// sentences are shared, so no reader may change them.
export const sentences = memoByText(readSentences)

// A semicolon that introduces a claim's numbers (`… vond een baan; 96 van de 610.`, `… nam af met 14 procent; van 860
// naar 774.`) sets them off as a colon or brackets do: the clause after it has no verb, only a pair of numbers (and a noun).
const AMOUNT = String.raw`(?:€\s*)?\d[\d.]*(?:,\d+)?(?:\s+(?:miljoen|duizend|euro))?`
const NUMBERS_ONLY = String.raw`[ \t]+(?:van[ \t]+)?${AMOUNT}[ \t]+(?:van|op|naar)[ \t]+(?:(?:de|het|alle)[ \t]+)?${AMOUNT}(?:[ \t]+[\p{L}-]+){0,2}[ \t]*(?:[.!?)]|$)`
const END = new RegExp(String.raw`(?<!(?:^|\n)[ \t]*\d{1,3})(?:[!?]|;(?!${NUMBERS_ONLY})|(?<!(?<![\p{L}.])\p{Ll}{1,4}(?=\.[ \t]+[\d€]))\.(?![ \t]+\p{Ll}))(?=\s|$)|\n\s*\n|\n(?=[ \t]*(?:[-*+•]|\d+[.)])[ \t]|[ \t]*\|)`, 'gu')

function readSentences(text: string): Array<{ sentence: string; offset: number; paragraphStart: boolean }> {
  const out: Array<{ sentence: string; offset: number; paragraphStart: boolean }> = []
  let start = 0
  let paragraphStart = true
  for (const end of text.matchAll(END)) {
    const sentence = text.slice(start, end.index + end[0].length)
    const empty = sentence.trim() === ''
    if (!empty) out.push({ sentence, offset: start, paragraphStart })
    paragraphStart = (empty && paragraphStart) || /\n\s*\n/.test(end[0])
    start = end.index + end[0].length
  }
  if (start < text.length) out.push({ sentence: text.slice(start), offset: start, paragraphStart })
  return out
}

/**
 * The last sentence of some, with the clause before it when a semicolon parts them: `van hen` may point to a count
 * in the clause before the semicolon (`In 2025 vertrokken 34 medewerkers; bij 312 … Twaalf van hen …`).
 *
 * @param sentences The sentences so far (as `sentences` splits them, at semicolons too).
 * @returns The last one, joined to the clause before it when that ends in a semicolon.
 */
export const clauseJoined = (sentences: string[]): string => {
  const [before = '', last = ''] = sentences.length > 1 ? sentences.slice(-2) : ['', sentences[0] ?? '']
  return /;\s*$/u.test(before) ? `${before}${last}` : last
}
