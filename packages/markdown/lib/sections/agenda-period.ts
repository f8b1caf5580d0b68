import { parseDutchPeriod } from '@kapstok/nl'

/** One side of a period cell: its text and where it starts in the cell. */
export interface PeriodSide {
  /** Text as written. */
  text: string
  /** Offset in the cell text. */
  index: number
}

// `2024 - 2026`, `jan 2024 t/m mrt 2025`, `2024–doorlopend`, `2024/2026`, `2024-2026`.
const separator = /\s+(?:[-–—]|t\/m|tot en met|tot)\s+|\s*[–—]\s*|(?<=\d{4})\s*[-/]\s*(?=\d{4}\b|[A-Za-z])/i

/**
 * Split the text of one planning column (`Planning`, `Looptijd`, `Wanneer`) into a start and
 * an end, where it is written as a range whose two sides are each readable (`2024 - 2026`,
 * `Q1 2025 t/m Q3 2026`, `2024 - doorlopend`). A cell that is one period (`Q3 2025`,
 * `najaar 2026`) or that does not split cleanly is not split: it stands for both.
 *
 * @param text Cell text.
 * @returns The two sides, or `undefined` when the cell is one period.
 */
export function splitPeriod(text: string): { start: PeriodSide; eind: PeriodSide } | undefined {
  const match = separator.exec(text)
  if (!match || match.index === 0) return undefined
  const left = text.slice(0, match.index).replace(/^van(?:af)?\s+/i, '')
  const right = text.slice(match.index + match[0].length)
  const from = parseDutchPeriod(left)
  const to = parseDutchPeriod(right)
  if (!from.start || (!to.end && to.kind !== 'ongoing')) return undefined
  return {
    start: { text: left, index: match.index - left.length },
    eind: { text: right, index: match.index + match[0].length }
  }
}
