/**
 * Cells of Dutch financial tables that hold no amount on purpose: `-` (nihil), `PM`
 * (pro memorie: an amount still unknown), `n.v.t.` (not applicable).
 */

import { isProMemorie } from './amount.js'

/** What a cell without an amount says. */
export interface NilAmount {
  /**
   * `nihil` (`-`, `—`, `–`, `nihil`: nothing, adds nothing to a sum), `pm` (`PM`, `p.m.`,
   * `pro memorie`: an amount not yet known, so a sum over it is not exact) or `nvt`
   * (`n.v.t.`: not applicable, adds nothing).
   */
  kind: 'nihil' | 'pm' | 'nvt'
  /** Original text, untouched. */
  text: string
}

/**
 * Read a placeholder that stands where an amount would be.
 *
 * @param text Cell text.
 * @returns The placeholder, or `undefined` when the text is an amount, empty, or something else.
 */
export function parseNilAmount(text: string): NilAmount | undefined {
  const value = text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim()
  if (value === '') return undefined
  if (isProMemorie(value)) return { kind: 'pm', text }
  // `-`, `--`, `—`, `–`, `−`, optionally after `€` (`€ -`), or the word.
  if (/^(?:€\s*)?[-−–—]{1,3}$/.test(value) || /^nihil$/i.test(value)) return { kind: 'nihil', text }
  if (/^n\.?\s?v\.?\s?t\.?$/i.test(value) || /^niet van toepassing$/i.test(value)) return { kind: 'nvt', text }
  return undefined
}
