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

/**
 * Where a place in a YAML block scalar lies in its source (`samenvatting: >-` with the text on
 * the lines below): the reader folds the lines into one, so the value is not in the source word
 * for word, and without this every hit would sit on the key's line. The value is walked along
 * the source from the mapped start, a run of spaces in the value matching any run of white space
 * (line breaks and indentation) in the source.
 *
 * @param exact The location of the whole value.
 * @param source The source file's text.
 * @param text The value as the reader built it.
 * @param index Offset of the place in the value.
 * @param length Length of the place.
 * @returns The place, or `undefined` when the value does not follow the source.
 */
export function foldedInSource(exact: SourceLocation, source: string, text: string, index: number, length: number): SourceLocation | undefined {
  let j = exact.start.offset
  if (j === undefined || !/^[>|]/u.test(source.slice(j, j + 1))) return undefined
  // Past the block indicator's line (`>-`, `|+`, `>2`).
  j = source.indexOf('\n', j)
  if (j < 0) return undefined
  const space = /\s/u
  while (j < source.length && space.test(source[j] ?? '')) j++
  let i = 0
  while (i < index) {
    if (text[i] === source[j]) {
      i++
      j++
    } else if (space.test(text[i] ?? '') && space.test(source[j] ?? '')) {
      while (i < index && space.test(text[i] ?? '')) i++
      while (j < source.length && space.test(source[j] ?? '')) j++
    } else return undefined
  }
  // A place at the start of a source line: past the line break and indentation.
  while (j < source.length && space.test(source[j] ?? '') && !space.test(text[index] ?? '')) j++
  const origin = { line: 1, column: 1, offset: 0 }
  return offsetLocation({ file: exact.file, start: origin, end: origin }, source, j, length)
}
