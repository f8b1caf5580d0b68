/**
 * Where a place in a list item's text lies in its source, when the reader joined the item's lines:
 * `- Maaien kost € 1.300 per kilometer.` with `  Voor 14 kilometer bermen …` on the next, indented line
 * is one value with a space (or a bare line break) where the source has a break and indentation.
 * Without this a hit in the second line sits on the item's first line, a line away from the words
 * it is about. The value is walked along the source from the mapped start (past a list marker), a
 * run of white space in the value matching any run of white space in the source.
 */
import { offsetLocation, type SourceLocation } from '@kapstok/core'

// A list marker at the mapped start: `- `, `* `, `+ `, `3. `, `3) `.
const MARKER = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/u
const SPACE = /\s/u

/**
 * The place of `index` in the source, or `undefined` when the value does not follow the source
 * word for word apart from white space.
 *
 * @param exact The location of the whole value.
 * @param source The source file's text.
 * @param text The value as the reader built it.
 * @param index Offset of the place in the value.
 * @param length Length of the place.
 * @returns The place in the source.
 */
export function spacedInSource(exact: SourceLocation, source: string, text: string, index: number, length: number): SourceLocation | undefined {
  const start = exact.start.offset
  const end = exact.end.offset
  if (start === undefined || end === undefined) return undefined
  let j = start + (MARKER.exec(source.slice(start, start + 8))?.[0].length ?? 0)
  let i = 0
  while (i < index) {
    if (j >= end + 1) return undefined
    if (text[i] === source[j]) {
      i++
      j++
    } else if (SPACE.test(text[i] ?? '') && SPACE.test(source[j] ?? '')) {
      while (i < index && SPACE.test(text[i] ?? '')) i++
      while (j < source.length && SPACE.test(source[j] ?? '')) j++
    } else return undefined
  }
  // A place at the start of a source line: past the line break and indentation.
  while (j < source.length && SPACE.test(source[j] ?? '') && !SPACE.test(text[index] ?? '')) j++
  // Only a walk that stayed on the value's own lines is the place.
  if (j > end) return undefined
  const origin = { line: 1, column: 1, offset: 0 }
  return offsetLocation({ file: exact.file, start: origin, end: origin }, source, j, length)
}
