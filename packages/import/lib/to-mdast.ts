import type { Element, Root as HastRoot } from 'hast'
import type { FootnoteDefinition, FootnoteReference, Root as MdastRoot } from 'mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import type { Handle } from 'hast-util-to-mdast'
import { unified } from 'unified'
import { footnoteDefinitionTag, footnoteReferenceTag } from './footnotes.js'

type State = Parameters<Handle>[0]

/**
 * Parse HTML into hast, with positions (offsets into the HTML) on every node.
 *
 * @param html The HTML fragment.
 * @returns The tree.
 */
export function parseHtml(html: string): HastRoot {
  return unified().use(rehypeParse, { fragment: true }).parse(html)
}

/**
 * Turn hast into mdast with rehype-remark; the footnote placeholders become GFM footnotes.
 *
 * @param tree The HTML tree.
 * @returns The Markdown tree.
 */
export async function toMdast(tree: HastRoot): Promise<MdastRoot> {
  const processor = unified().use(rehypeRemark, {
    handlers: {
      [footnoteReferenceTag](state: State, node: Element): FootnoteReference {
        const label = String(node.properties.dataLabel)
        const result: FootnoteReference = { type: 'footnoteReference', identifier: label, label }
        state.patch(node, result)
        return result
      },
      [footnoteDefinitionTag](state: State, node: Element): FootnoteDefinition {
        const label = String(node.properties.dataLabel)
        return { type: 'footnoteDefinition', identifier: label, label, children: state.toFlow(state.all(node)) as FootnoteDefinition['children'] }
      }
    }
  })
  return (await processor.run(tree)) as MdastRoot
}
