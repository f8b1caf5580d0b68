import type { Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { isSafeUrl } from './url.js'

/**
 * Parse Markdown from the model into mdast content that is safe to re-emit in a `.md` file:
 * raw HTML is dropped, links and images with unsafe URLs (`javascript:`) lose their URL, and
 * headings are moved below `headingDepth`.
 *
 * @param markdown GFM from the model.
 * @param headingDepth Depth of the surrounding heading (prose headings go below it).
 * @returns Block content for an mdast tree.
 */
export function proseToMdast(markdown: string, headingDepth: number): RootContent[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  visit(tree, (node, index, parent) => {
    if (node.type === 'html' && parent && index !== undefined) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      node.url = '#'
    }
    return undefined
  })
  let min = 7
  visit(tree, 'heading', (node) => {
    min = Math.min(min, node.depth)
  })
  if (min < 7) {
    const shift = headingDepth + 1 - min
    visit(tree, 'heading', (node) => {
      node.depth = Math.min(6, Math.max(1, node.depth + shift)) as 1 | 2 | 3 | 4 | 5 | 6
    })
  }
  return tree.children
}
