/**
 * The texts a calculation may stand in: running text, and every other written text with an
 * amount in it (an action read from a list item, a cell of a read table).
 */

import type { Plan, TextValue } from '@kapstok/core'
import { proseTexts, writtenTexts } from './text.js'

/**
 * Prose texts, then every other written text with a euro amount.
 *
 * @param plan The model.
 * @returns Pointers and texts, prose first.
 */
export function calculationTexts(plan: Plan): TextValue[] {
  const prose = proseTexts(plan)
  const seen = new Set(prose.map((t) => t.pointer))
  return [...prose, ...writtenTexts(plan).filter((t) => !seen.has(t.pointer) && /€\s*\d/.test(t.text))]
}
