/**
 * Where a hit sits in a text the reader joined from several source paragraphs. A finance
 * table's `toelichting` is the text before and after the table, but the source map points at
 * its first paragraph only; `textLocation` then puts every hit on that first paragraph.
 */

import { offsetLocation, type PlanFile, type SourceLocation } from '@kapstok/core'
import { sourceText, textLocation } from '../rule.js'
import { paragraphs } from './text.js'

/**
 * The source location of `length` characters at `index` of the text at `pointer`. Like
 * `textLocation`, but when the source does not hold the text verbatim, the paragraph holding the
 * hit is looked up in the source file after the text's mapped start.
 *
 * @param file The plan file.
 * @param pointer Pointer of the text.
 * @param text The text.
 * @param index Offset of the hit in the text.
 * @param length Length of the hit.
 * @returns The location, or the text's own location when the paragraph is not found.
 */
export function hitLocation(file: PlanFile, pointer: string, text: string, index: number, length: number): SourceLocation | undefined {
  const base = textLocation(file, pointer, text, index, length)
  const mapped = file.sourceMap.get(pointer)
  const from = mapped?.start.offset
  if (!mapped || from === undefined) return base
  const source = sourceText(file, mapped.file)
  if (source === undefined || source.slice(from, mapped.end.offset) === text) return base
  const paragraph = paragraphs(text).find((p) => p.index <= index && index < p.index + p.text.length)
  // The first paragraph is where the map points already.
  if (!paragraph || paragraph.index === 0) return base
  const at = source.indexOf(paragraph.text, from)
  if (at < 0) return base
  const whole: SourceLocation = { file: mapped.file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
  return offsetLocation(whole, source, at + index - paragraph.index, length)
}
