/**
 * What stands beside a claim without changing it, blanked for the readers of numbers in prose: a
 * footnote mark (`€ 87.700[^1]`, which a tokenizer would read as a number 1), a source or pointer
 * in brackets (`(bron: CBS 2025)`, `(zie bijlage 2)`), and for the calculation readers the marks of
 * emphasis (`gemiddeld **350** per jaar`). Blanked means spaces of the same length, so offsets
 * found in the result hold for the source.
 */

import { withoutEmphasis } from './emphasis.js'
import { memoByText } from './memo.js'

// A footnote reference (`[^1]`, `[^bron]`, also `maatregelen[^1]:`), not the note itself, which opens its line.
const FOOTNOTE_MARK = /(?<!^[ \t]*)\[\^[^\]\s]{1,20}\]/gmu

// A source or pointer in brackets: `(bron: CBS)`, `(bronnen: …)`, `(zie ook bijlage 2)`, `(peildatum: 1 januari 2026)`.
const SOURCE = /\(\s*(?:bron|bronnen|zie|peildatum)\b[^()\n]{0,120}\)/giu

const blank = (aside: string): string => ' '.repeat(aside.length)

/**
 * The text with its footnote marks blanked.
 *
 * @param text Markdown prose.
 * @returns The text, the same length.
 */
export function blankFootnoteMarks(text: string): string {
  return text.includes('[^') ? text.replace(FOOTNOTE_MARK, blank) : text
}

/**
 * The text with its footnote marks and its sources in brackets blanked.
 *
 * @param text Markdown prose.
 * @returns The text, the same length.
 */
export function blankSources(text: string): string {
  const unmarked = blankFootnoteMarks(text)
  return unmarked.includes('(') ? unmarked.replace(SOURCE, blank) : unmarked
}

/**
 * The text as the calculation readers read it: emphasis marks, footnote marks and sources in
 * brackets blanked, the same length. Read once per text for all of them.
 *
 * @param text Markdown prose.
 * @returns The text, the same length.
 */
export const readingText = memoByText((text: string): string => blankSources(text.includes('*') || text.includes('_') ? withoutEmphasis(text) : text))
