import { offsetLocation, type SourceLocation } from '@kapstok/core'

/**
 * Where a place in a value the reader rebuilt (a chapter read as an introduction with parts left
 * out) lies in its source: the line of the value that holds it, when the source file holds that
 * line once, word for word. A short line may be anywhere, so only a line of some length counts.
 *
 * @param exact The location of the whole value.
 * @param source The source file's text.
 * @param text The value as the reader built it.
 * @param index Offset of the place in the value.
 * @param length Length of the place.
 * @returns The place, or `undefined` when the line is not found exactly once.
 */
export function lineInSource(exact: SourceLocation, source: string, text: string, index: number, length: number): SourceLocation | undefined {
  const from = text.lastIndexOf('\n', index - 1) + 1
  const to = text.indexOf('\n', index)
  const line = text.slice(from, to < 0 ? text.length : to)
  if (line.trim().length < 24 || index + length > from + line.length) return undefined
  const at = source.indexOf(line)
  if (at < 0 || source.indexOf(line, at + 1) >= 0) return undefined
  const origin = { line: 1, column: 1, offset: 0 }
  return offsetLocation({ file: exact.file, start: origin, end: origin }, source, at + index - from, length)
}
