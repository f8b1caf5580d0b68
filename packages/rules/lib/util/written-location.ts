/**
 * The place of a written reference when the model's text is not verbatim in the source: a
 * text joined from paragraphs around a table (a table's `toelichting`) maps only to its first
 * paragraph, so the words are looked up in the source from there to the next heading.
 */
import { offsetLocation, type PlanFile, type SourceLocation } from '@kapstok/core'
import { sourceText, textLocation } from '../rule.js'

/**
 * Like `textLocation`, but finds the words in the source when the text is not verbatim there.
 *
 * @param file The plan file.
 * @param pointer JSON Pointer of the text.
 * @param text The model's text.
 * @param index Index of the words in `text`.
 * @param length Length of the words.
 * @returns The location of the words, or of the text when they cannot be found.
 */
export function writtenLocation(file: PlanFile, pointer: string, text: string, index: number, length: number): SourceLocation | undefined {
  const located = textLocation(file, pointer, text, index, length)
  const exact = file.sourceMap.get(pointer)
  const from = exact?.start.offset
  // `textLocation` returns the whole value's location itself when the text is not verbatim.
  if (!exact || located !== exact || from === undefined) return located
  const source = sourceText(file, exact.file)
  if (source === undefined) return located
  const next = source.slice(from).search(/\n#{1,6}[ \t]/)
  const span = source.slice(from, next < 0 ? source.length : from + next)
  const written = text.slice(index, index + length)
  // The same words earlier in the text come earlier in the source too.
  const nth = text.slice(0, index).split(written).length - 1
  let at = -1
  for (let k = 0; k <= nth; k++) {
    at = span.indexOf(written, at + 1)
    if (at < 0) return located
  }
  return offsetLocation(exact, span, at, length)
}
