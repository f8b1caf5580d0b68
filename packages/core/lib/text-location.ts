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
