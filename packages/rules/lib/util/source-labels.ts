import type { PlanFile } from '@kapstok/core'

/** A short text that stands on its own in a Markdown source: a heading, a list item or a table cell. */
export interface SourceLabel {
  /** The text, without Markdown markers, ids or emphasis around it. */
  text: string
  /** Path of the source. */
  file: string
  /** Offset of `text` in the source. */
  offset: number
  /** Whether it is a heading. */
  heading: boolean
}

const headingLine = /^(#{1,6}[ \t]+)(.*?)(?:\s*\{[^{}]*\})?\s*$/
const itemLine = /^(\s*(?:[-*+]|\d{1,2}[.)])[ \t]+)(.*?)\s*$/

/**
 * The headings, list items and table cells of the plan's Markdown sources, as written, with
 * their offsets: the places where a plan names a part by its label (`Thema 2: Wonen`) rather
 * than in a sentence. Code blocks are skipped.
 *
 * @param file The plan file.
 * @returns The labels, in source order.
 */
export function sourceLabels(file: PlanFile): SourceLabel[] {
  const out: SourceLabel[] = []
  for (const source of file.sources) {
    if (!/\.(?:md|markdown)$/i.test(source.path)) continue
    const value = String(source.value ?? '')
    let offset = 0
    let fence = false
    for (const line of value.split('\n')) {
      const at = offset
      offset += line.length + 1
      if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
      if (fence) continue
      const push = (text: string, start: number, heading = false): void => {
        const bare = text.replace(/^[*_]+|[*_]+$/g, '')
        const lead = text.indexOf(bare)
        if (bare.trim()) out.push({ text: bare, file: source.path, offset: at + start + lead, heading })
      }
      const h = headingLine.exec(line)
      if (h) {
        push(h[2] ?? '', (h[1] ?? '').length, true)
        continue
      }
      const item = itemLine.exec(line)
      if (item) {
        push(item[2] ?? '', (item[1] ?? '').length)
        continue
      }
      if (!/^\s*\|/.test(line)) continue
      let cell = line.indexOf('|') + 1
      for (const part of line.slice(cell).split('|')) {
        const lead = part.length - part.trimStart().length
        push(part.trim(), cell + lead)
        cell += part.length + 1
      }
    }
  }
  return out
}
