import type { PlanFile, SourceLocation } from '@kapstok/core'

/** A safe, mechanical repair: replace `range` of `file` with `text`. */
export interface Fix {
  /** Source file path, as in the message's `file`. */
  file: string
  /** Start and end character offsets (0-based, end exclusive) in that file. */
  range: [number, number]
  /** Replacement text. */
  text: string
}

/**
 * Apply fixes to one source text. Fixes are applied from the end backwards; a fix that
 * overlaps one already accepted (in start order) is skipped, so `check --fix` can run again
 * for the rest. Everything outside the ranges stays byte-for-byte the same.
 *
 * @param sourceText The file's text.
 * @param fixes Fixes for this file (fixes for other files must be filtered out first).
 * @returns The fixed text.
 */
export function applyFixes(sourceText: string, fixes: ReadonlyArray<Fix>): string {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const accepted: Fix[] = []
  let lastEnd = -1
  for (const fix of sorted) {
    const [start, end] = fix.range
    if (start < 0 || end < start || end > sourceText.length) continue
    if (start < lastEnd) continue
    // Two insertions at one point would be ambiguous: keep the first.
    if (start === lastEnd && start === end && accepted.at(-1)?.range[0] === start) continue
    accepted.push(fix)
    lastEnd = end
  }
  let out = sourceText
  for (const fix of accepted.reverse()) {
    out = out.slice(0, fix.range[0]) + fix.text + out.slice(fix.range[1])
  }
  return out
}

/**
 * A fix that replaces a located value with `text`, when the source at that location really
 * holds `expected` (so a fix never lands on the wrong bytes).
 *
 * @param file The plan file (for the source text).
 * @param location Where the value is.
 * @param expected What the source must hold there.
 * @param text The replacement.
 * @returns The fix, or `undefined` when offsets are unknown or the source differs.
 */
export function replaceFix(
  file: PlanFile,
  location: SourceLocation | undefined,
  expected: string,
  text: string
): Fix | undefined {
  if (!location || location.start.offset === undefined || location.end.offset === undefined) return undefined
  const source = file.sources.find((f) => f.path === location.file)
  if (!source || source.value === undefined) return undefined
  const value = String(source.value)
  const start = location.start.offset
  let end = location.end.offset
  let slice = value.slice(start, end)
  // Cells may be located with trailing spaces; trim them off the range.
  while (slice.length > expected.length && /\s$/.test(slice)) {
    slice = slice.slice(0, -1)
    end--
  }
  if (slice !== expected) return undefined
  return { file: location.file, range: [start, end], text }
}
