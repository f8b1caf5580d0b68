/**
 * The texts a calculation may stand in: running text, and every other written text with an
 * amount in it (an action read from a list item, a cell of a read table).
 */

import type { Plan, TextValue } from '@kapstok/core'
import { proseTexts, writtenTexts } from './text.js'

/**
 * Prose texts, then every other written text with a euro amount, or with three numbers and a
 * result word: an action item can compute counts too (`gemiddeld 40 per jaar (35, 41 en 44)`).
 *
 * @param plan The model.
 * @returns Pointers and texts, prose first.
 */
export function calculationTexts(plan: Plan): TextValue[] {
  const prose = proseTexts(plan)
  const seen = new Set(prose.map((t) => t.pointer))
  return [...prose, ...writtenTexts(plan).filter((t) => !seen.has(t.pointer) && (/€\s*\d/.test(t.text) || countCalculation(t.text)))]
}

// Three numbers (not years) and a word that states a result: a calculation of counts.
const RESULT_WORD = /\b(?:samen|totaal|gemiddeld|resteert|resteren|blijft|blijven|verschil|stijging|daling|toename|afname|opgeteld)\b/iu
const countCalculation = (text: string): boolean => RESULT_WORD.test(text) && (text.match(/(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d.,]*/g) ?? []).length >= 3
