import type { PathSegment } from '@kapstok/core'
import { PositionRecorder, type Located } from '../builder.js'
import { headingTextLocation, nodeLocation, prose, splitAt, type Part, type SourceContext } from '../context.js'
import { sourceNumber } from '../heading.js'

/**
 * A chapter or paragraph kept as prose, with its subsections nested by heading level.
 *
 * @param context Source context.
 * @param part The heading and its content.
 * @param depth The heading's depth.
 * @returns The sectie and its positions.
 */
export function sectieValue(context: SourceContext, part: Part, depth: number): Located<Record<string, unknown>> {
  const rec = new PositionRecorder()
  rec.at([], nodeLocation(context, part.heading))
  const value: Record<string, unknown> = {}
  if (part.parts.id) {
    value.id = part.parts.id
    rec.at(['id'], headingTextLocation(context, part.heading))
  }
  // The source's own numbering ("2.1.", "Hoofdstuk 3:") is Word furniture: kapstok numbers.
  // It is kept apart so that "zie paragraaf 2.1" in the text can find this sectie.
  const nummer = sourceNumber(part.parts)
  if (nummer) value.nummer = nummer
  value.titel = part.parts.title
  rec.at(['titel'], headingTextLocation(context, part.heading))
  const { intro, parts } = splitAt(part.children, depth + 1)
  const text = prose(context, intro)
  if (text) {
    value.tekst = text.text
    rec.at(['tekst'], text.location)
  }
  const children = parts.map((child) => sectieValue(context, child, depth + 1))
  if (children.length > 0) {
    value.secties = children.map((c) => c.value)
    children.forEach((c, i) => rec.nest(['secties', i], c.positions))
  }
  return { value, positions: rec.positions }
}

/**
 * Append a prose sectie at `path`.
 *
 * @param context Source context.
 * @param part The heading and its content.
 * @param depth Heading depth.
 * @param path Collection path, e.g. `['secties']`.
 */
export function readSectie(context: SourceContext, part: Part, depth: number, path: PathSegment[]): void {
  context.builder.append(path, sectieValue(context, part, depth))
}
