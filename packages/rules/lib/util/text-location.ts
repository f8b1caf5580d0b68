/**
 * Where a substring of a model value stands in the source: the value's own place when the source
 * holds it verbatim, else the line or folded text it was rebuilt from, else the value's location.
 * Every rule that reports inside a text asks this; `rule.ts` re-exports it for them.
 */
import { offsetLocation, type PlanFile, type SourceLocation } from '@kapstok/core'
import { foldedInSource, lineInSource } from './rebuilt-location.js'
import { spacedInSource } from './spaced-location.js'
import { sourceText } from './source-text.js'

/**
 * Location of a substring of a prose value, when the value was taken verbatim from the
 * source; otherwise the value's own (nearest) location.
 *
 * @param file The plan file.
 * @param pointer Pointer of the string.
 * @param text The string.
 * @param index Offset of the substring.
 * @param length Its length.
 * @returns The location, if any is known.
 */
export function textLocation(
  file: PlanFile,
  pointer: string,
  text: string,
  index: number,
  length: number
): SourceLocation | undefined {
  const exact = file.sourceMap.get(pointer)
  if (!exact) return file.locate(pointer)
  const source = sourceText(file, exact.file)
  const { start, end } = exact
  // Only point inside the value when the source holds it verbatim.
  if (source !== undefined && start.offset !== undefined && end.offset !== undefined) {
    if (source.slice(start.offset, end.offset) !== text) return lineInSource(exact, source, text, index, length) ?? foldedInSource(exact, source, text, index, length) ?? spacedInSource(exact, source, text, index, length) ?? exact
  }
  return offsetLocation(exact, text, index, length)
}
