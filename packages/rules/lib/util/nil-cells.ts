/**
 * Table cells that hold no amount on purpose, read one way for every reader of tables: the Dutch
 * finance conventions of @kapstok/nl `parseNilAmount` (`-`, `—`, `€ -`, `nihil`, `PM`, `p.m.`,
 * `pro memorie`, `n.v.t.`), also in bold (`**-**` in a total row).
 */

import { parseNilAmount, type NilAmount } from '@kapstok/nl'

const BOLD = /^\*\*(.*)\*\*$/su

/**
 * What a cell without an amount says.
 *
 * @param text The cell text.
 * @returns The placeholder, or `undefined` for an amount, an empty cell or other text.
 */
export function nilCell(text: string): NilAmount | undefined {
  const trimmed = text.trim()
  return parseNilAmount(BOLD.exec(trimmed)?.[1] ?? trimmed)
}

/**
 * Whether a cell adds nothing to a sum: nihil (`-`) or not applicable (`n.v.t.`). `PM` is an
 * amount not yet known, so it is not zero.
 *
 * @param text The cell text.
 * @returns True for a nihil or n.v.t. cell.
 */
export function isZeroCell(text: string): boolean {
  const kind = nilCell(text)?.kind
  return kind === 'nihil' || kind === 'nvt'
}

/**
 * Whether a cell is empty (also `****`).
 *
 * @param text The cell text.
 * @returns True for an empty cell.
 */
export function isBlankCell(text: string): boolean {
  return text.replace(/\*\*/g, '').trim() === ''
}

/**
 * Whether a cell holds no amount at all: empty, or one of the placeholders.
 *
 * @param text The cell text.
 * @returns True for an empty or placeholder cell.
 */
export function isEmptyOrNilCell(text: string): boolean {
  return isBlankCell(text) || nilCell(text) !== undefined
}
