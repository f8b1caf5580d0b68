import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { markdownSlots } from './markdown-slots.js'
import type { SectionView } from './types.js'

const parser = unified().use(remarkParse).use(remarkGfm)

/**
 * Keep the words of raw HTML in prose. Renderers never pass raw HTML through (it is how
 * scripts get in), and used to drop it whole, so a paragraph pasted from Word as `<p>…</p>`
 * vanished from every output. This pass replaces each raw HTML node by its text: tags
 * removed, entities decoded, Markdown characters escaped, `<br>` a space. Comments go.
 *
 * @param sections The document's sections (changed in place).
 */
export function rawHtmlToText(sections: SectionView[]): void {
  for (const slot of markdownSlots(sections)) {
    const text = slot.get()
    if (!/<[a-z!/]/i.test(text)) continue
    const edits: Array<{ start: number; end: number; text: string }> = []
    visit(parser.parse(text) as Root, 'html', (node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      edits.push({ start, end, text: htmlText(node.value) })
    })
    if (edits.length === 0) continue
    let out = text
    for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
    slot.set(out)
  }
}

/**
 * The text of an HTML fragment as Markdown text: tags out, entities decoded, Markdown escaped.
 *
 * @param html Raw HTML.
 * @returns Markdown that shows the same words.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
}
