import type { SourceLocation } from './source-map.js'

/**
 * Location of a substring of a value whose text was taken verbatim from the source.
 *
 * @param base Location of the whole value.
 * @param text The value's text.
 * @param index Start offset of the substring in `text`.
 * @param length Length of the substring.
 * @returns The substring's location.
 */
export function offsetLocation(base: SourceLocation, text: string, index: number, length: number): SourceLocation {
  const advance = (from: SourceLocation['start'], slice: string): SourceLocation['start'] => {
    const lines = slice.split('\n')
    const last = lines.at(-1) ?? ''
    const line = from.line + lines.length - 1
    const column = lines.length === 1 ? from.column + last.length : last.length + 1
    return {
      line,
      column,
      ...(from.offset !== undefined ? { offset: from.offset + slice.length } : {})
    }
  }
  const start = advance(base.start, text.slice(0, index))
  const end = advance(start, text.slice(index, index + length))
  return { file: base.file, start, end }
}

/**
 * Location of a substring of a value, checked against the source: the computed place when the
 * source holds the value verbatim; else the same occurrence of the substring as written in the
 * source from the value's start on (a section's prose is rebuilt from paragraphs around a table,
 * and its mapped range may cover only the first: offsets past the table would land lines too
 * early); else the value's location.
 *
 * @param base Location of the whole value.
 * @param source The text of the source file `base` is in, when known.
 * @param text The value's text.
 * @param index Start offset of the substring in `text`.
 * @param length Length of the substring.
 * @returns The substring's location.
 */
export function checkedOffsetLocation(base: SourceLocation, source: string | undefined, text: string, index: number, length: number): SourceLocation {
  const from = base.start.offset
  const to = base.end.offset
  if (source === undefined || from === undefined || to === undefined || source.slice(from, to) === text) return offsetLocation(base, text, index, length)
  const needle = text.slice(index, index + length)
  if (!needle) return base
  // The substring's how-manieth occurrence in the value is its occurrence in the source from the value's start.
  let before = 0
  for (let at = text.indexOf(needle); at >= 0 && at < index; at = text.indexOf(needle, at + 1)) before++
  let at = source.indexOf(needle, from)
  for (let k = 0; k < before && at >= 0; k++) at = source.indexOf(needle, at + 1)
  if (at < 0) return base
  return offsetLocation({ file: base.file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, source, at, length)
}
