import type { Root as HastRoot } from 'hast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { footnoteReferenceHandler, proseSchema, remarkNotes } from './footnotes.js'

/** Options for `proseToHtml`. */
export interface ProseOptions {
  /** Level of the surrounding HTML heading (`2` for a chapter's `<h2>`); prose headings go below it (default: `1`). */
  headingLevel?: number
  /** Accessible name of the note list at the end of a text with footnotes (default: `Noten`). */
  notesLabel?: string
}

/**
 * Render Markdown from the model to safe HTML: remark-parse + remark-gfm → remark-rehype →
 * rehype-sanitize (GitHub schema: raw HTML, `<script>`, event handlers and `javascript:` URLs
 * are removed) → rehype-stringify. Headings in the prose are shifted below `headingLevel`, so
 * the page's heading order stays intact. Internal links `[x](#id)` are kept.
 *
 * @param markdown GFM from the model.
 * @param options Heading level (optional).
 * @returns An HTML fragment.
 */
export function proseToHtml(markdown: string, options: ProseOptions = {}): string {
  const base = options.headingLevel ?? 1
  const notes = options.notesLabel ?? 'Noten'
  const key = `${base}\u0000${notes}\u0000${markdown}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const html = String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkNotes(notes))
      .use(remarkRehype, { handlers: { footnoteReference: footnoteReferenceHandler() } })
      .use(rehypeSanitize, proseSchema)
      .use(() => (tree: HastRoot) => shiftHeadings(tree, base))
      .use(rehypeStringify)
      .processSync(markdown)
  ).trim()
  if (cache.size > 5000) cache.clear()
  cache.set(key, html)
  return html
}

const cache = new Map<string, string>()

/**
 * Render inline Markdown (a table cell) to safe HTML without the surrounding paragraph.
 *
 * @param markdown Inline GFM, e.g. `zie [principe 9](#p9)`.
 * @returns An HTML fragment of phrasing content.
 */
export function inlineToHtml(markdown: string): string {
  const html = proseToHtml(markdown)
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html)
  return match && !match[1]?.includes('<p>') ? (match[1] ?? '') : html
}

// Move every heading below `base` (h1 in prose under an h3 becomes h4), keeping relative depth
// but never skipping a level: a text that starts at its own third level still follows the
// section's heading directly (validators and screen readers expect no gaps).
function shiftHeadings(tree: HastRoot, base: number): void {
  let min = 7
  visit(tree, 'element', (node) => {
    const depth = headingDepth(node.tagName)
    if (depth) min = Math.min(min, depth)
  })
  if (min === 7) return
  const shift = base + 1 - min
  let previous = base
  visit(tree, 'element', (node) => {
    const depth = headingDepth(node.tagName)
    if (!depth) return
    const shifted = Math.min(6, Math.max(1, depth + shift, base + 1), previous + 1)
    node.tagName = `h${shifted}`
    previous = shifted
  })
}

function headingDepth(tag: string): number | undefined {
  const match = /^h([1-6])$/.exec(tag)
  return match ? Number(match[1]) : undefined
}
