/**
 * The text the calculation readers read: markup that does not change what a sentence computes
 * blanked out once, for every reader. Emphasis around a number (`**360** meer`) and a footnote
 * marker after it (`€ 87.700[^1]`, which the tokenizer would read as a number 1) become spaces.
 * The text keeps its length, so offsets found in it hold for the source.
 */

import { withoutEmphasis } from './emphasis.js'
import { memoByText } from './memo.js'

// A footnote reference: `[^1]`, `[^bron]`.
const FOOTNOTE = /\[\^[^\]\s]{1,20}\]/gu

function plain(text: string): string {
  const marked = text.includes('*') || text.includes('_') ? withoutEmphasis(text) : text
  return marked.includes('[^') ? marked.replace(FOOTNOTE, (m) => ' '.repeat(m.length)) : marked
}

/**
 * A text with emphasis and footnote markers blanked out, the same length.
 *
 * @param text A prose text.
 * @returns The text as the calculation readers read it.
 */
export const calculationPlain = memoByText(plain)
