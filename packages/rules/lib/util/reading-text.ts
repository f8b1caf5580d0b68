/**
 * The text the readers of calculations read: what sits beside a claim without changing it is blanked
 * to spaces (the text keeps its length, so offsets hold): emphasis marks (`gemiddeld **350** per jaar`),
 * footnote markers (`… 164 meldingen.[^1]`) and a source in brackets (`(bron: CBS 2025)`), whose
 * numbers are no terms.
 */

import { withoutEmphasis } from './emphasis.js'

const ASIDES = /\[\^[^\]\s]{1,20}\]|\(\s*(?:bron|bronnen|zie(?:\s+ook)?|peildatum)\s*:[^()\n]{0,120}\)/giu
const MARKS = /[*_[(]/u

/** The text with emphasis marks, footnote markers and sources in brackets as spaces. */
export function readingText(text: string): string {
  if (!MARKS.test(text)) return text
  const plain = text.includes('*') || text.includes('_') ? withoutEmphasis(text) : text
  return plain.replace(ASIDES, (aside) => ' '.repeat(aside.length))
}
