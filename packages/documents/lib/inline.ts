import type { Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { TableCell } from './types.js'

const parser = unified().use(remarkParse).use(remarkGfm)

// Characters that can start inline Markdown; a cell without any is plain text as it stands.
const markup = /[[\]*_`<>\\&~]/

/**
 * A table cell from source text, which the reader keeps as written: inline Markdown such as
 * `zie [principe 9](#p9)` or `*niet* gestart`. The cell's `text` is what a reader sees (link
 * text, no marks), for CSV and plain outputs; `markdown` keeps the source for renderers that
 * show links and emphasis. Text that would parse as more than one paragraph (a cell starting
 * with `1. `) stays plain text.
 *
 * @param source The cell as written.
 * @returns The cell.
 */
export function inlineCell(source: string): TableCell {
  if (!markup.test(source)) return { text: source }
  const paragraph = inlineParagraph(source)
  if (!paragraph) return { text: source }
  const text = toString(paragraph)
  return text === source ? { text } : { text, markdown: source }
}

/**
 * The plain text of inline Markdown (link text, no marks); text that is not a single paragraph
 * is returned unchanged.
 *
 * @param source Inline Markdown.
 * @returns The text a reader sees.
 */
export function inlineText(source: string): string {
  return inlineCell(source).text
}

function inlineParagraph(source: string): Paragraph | undefined {
  const tree = parser.parse(source) as Root
  const [only, ...rest] = tree.children
  return only?.type === 'paragraph' && rest.length === 0 ? only : undefined
}
