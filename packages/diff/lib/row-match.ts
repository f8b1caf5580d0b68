import { similarity } from './words.js'

/** Thresholds for taking two rows (agenda actions, table rows) of two versions as one row. */
export interface RowMatchThresholds {
  /** Least similarity of the row's text when both rows have the same id (default: `0.3`). */
  sameId?: number
  /** Least similarity of the row's text when their ids differ or are absent (default: `0.6`). */
  otherId?: number
}

/** The thresholds used when none are given. */
export const defaultRowMatch: Required<RowMatchThresholds> = { sameId: 0.3, otherId: 0.6 }

/** A row as far as matching is concerned: its id (if any) and its describing text. */
export interface MatchableRow {
  /** The row's id, e.g. an actie's id. */
  id?: string | undefined
  /** The text that says what the row is, e.g. the activiteit. */
  text: string
}

/**
 * How alike two rows are, or `undefined` when they are not one row. A shared id lowers the bar
 * and adds to the score, but does not decide alone: generated ids like `actie-12` shift when a
 * row is inserted above. The agenda comparison and the table marking of `build --changes-since`
 * both use this, so a row that the change report calls "changed" is marked as changed too.
 *
 * @param a The row in the old version.
 * @param b The row in the new version.
 * @param thresholds Thresholds (optional).
 * @returns A score for ranking candidate pairs (higher is more alike), or `undefined`.
 */
export function rowMatchScore(a: MatchableRow, b: MatchableRow, thresholds: RowMatchThresholds = {}): number | undefined {
  const sameId = a.id !== undefined && a.id === b.id
  const score = similarity(a.text, b.text)
  const least = sameId ? (thresholds.sameId ?? defaultRowMatch.sameId) : (thresholds.otherId ?? defaultRowMatch.otherId)
  return score >= least ? score + (sameId ? 0.25 : 0) : undefined
}
