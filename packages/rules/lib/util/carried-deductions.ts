/**
 * A deduction that opens a paragraph whose whole ends the paragraph before: `De veiling brengt
 * 14 × € 2.150 = € 30.100 op.` and then, after a blank line, `Na aftrek van de veilingkosten van
 * € 1.800 houden we € 28.300 over.` The deduction names no whole of its own; authors give the
 * gross amount in one paragraph and what remains of it in the next. The paragraph readers read
 * one paragraph at a time, so they never join the two.
 */

import { deductions } from './deductions.js'
import { type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'
import { euroFree } from './euro-free.js'

// `Na aftrek van …` within the first few words of the paragraph, with no amount before it.
const OPENING_DEDUCTION = /^[^€\d]{0,40}?\bna\s+aftrek\s+van\b/iu

/**
 * Deductions whose whole is the last amount of the paragraph before.
 *
 * @param text A prose text with its paragraphs.
 * @returns The deductions as equations, soft (a reading across a paragraph end).
 */
export function carriedDeductions(text: string): Equation[] {
  const paragraphs = paragraphSentences(text)
  const out: Equation[] = []
  paragraphs.forEach((sentences, k) => {
    const first = sentences[0]
    const last = paragraphs[wholeParagraph(paragraphs, k)]?.at(-1)
    // A list item or a table row is no paragraph of prose.
    if (!first || !last || !OPENING_DEDUCTION.test(first.text.trimStart()) || /^\s*[-*|#]/u.test(last.text)) return
    // The whole's sentence and the deduction's, as two paragraphs of their own (a paragraph
    // without amounts between them is left out).
    const joined = `${last.text}\n\n${first.text}`
    const at = last.text.length + 2
    for (const e of deductions(joined)) if (e.index >= at) out.push({ ...e, index: e.index - at + first.index, soft: true })
  })
  return out
}

type Paragraph = Array<{ index: number; text: string }>

/**
 * The paragraph whose last amount a deduction in paragraph `k` starts from: the one before, or,
 * when that one names no euro amount (`De camping heeft 64 plaatsen.`), the one before that; a
 * heading, list or table between ends the search.
 */
function wholeParagraph(paragraphs: Paragraph[], k: number): number {
  const between = paragraphs[k - 1]
  const text = between?.map((s) => s.text).join(' ') ?? ''
  if (k < 2 || !euroFree(between?.map((s) => s.text) ?? []) || /^\s*[-*|#]/u.test(text)) return k - 1
  return k - 2
}
