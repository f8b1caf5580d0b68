import type { Element, ElementContent, Root } from 'hast'
import { elements, isElement } from './hast.js'

/** Tag of the placeholder for a footnote reference (turned into mdast by `footnoteHandlers`). */
export const footnoteReferenceTag = 'kapstok-footnote-reference'
/** Tag of the placeholder for a footnote's text. */
export const footnoteDefinitionTag = 'kapstok-footnote-definition'

const notePattern = /^#(footnote|endnote)-(\d+)$/

/**
 * Turn mammoth's footnotes and endnotes (a superscript link `[1]` and a list at the end of the
 * document) into placeholders that become GFM footnotes (`[^1]`). Each note's text is placed
 * right after the block that refers to it, so it stays in the same chapter file and the same
 * prose block as its reference.
 *
 * @param tree The document (changed in place).
 * @returns The number of notes.
 */
export function markFootnotes(tree: Root): number {
  const texts = new Map<string, ElementContent[]>()
  for (const item of elements(tree, 'li')) {
    const match = /^(footnote|endnote)-(\d+)$/.exec(String(item.properties.id ?? ''))
    if (!match) continue
    texts.set(label(match[1] as string, match[2] as string), withoutBacklinks(item.children))
  }
  if (texts.size === 0) return 0
  removeNoteLists(tree)
  const children: Root['children'] = []
  for (const block of tree.children) {
    children.push(block)
    if (block.type !== 'element') continue
    for (const id of replaceReferences(block)) {
      const text = texts.get(id)
      if (text) children.push({ type: 'element', tagName: footnoteDefinitionTag, properties: { dataLabel: id }, children: text })
    }
  }
  tree.children = children
  return texts.size
}

// Replace `<sup><a href="#footnote-1">[1]</a></sup>` by a placeholder; returns the labels in order.
function replaceReferences(node: Element): string[] {
  const found: string[] = []
  node.children = node.children.map((child) => {
    if (!isElement(child)) return child
    const link = isElement(child, 'sup') && child.children.length === 1 ? child.children[0] : isElement(child, 'a') ? child : undefined
    const match = isElement(link, 'a') ? notePattern.exec(String(link.properties.href ?? '')) : null
    if (match) {
      const id = label(match[1] as string, match[2] as string)
      found.push(id)
      return { type: 'element', tagName: footnoteReferenceTag, properties: { dataLabel: id }, children: [], ...(child.position ? { position: child.position } : {}) }
    }
    found.push(...replaceReferences(child))
    return child
  })
  return found
}

function removeNoteLists(node: Root | Element): void {
  node.children = node.children.filter((child) => {
    if (!isElement(child)) return true
    const items = child.children.filter((c) => isElement(c, 'li'))
    if (isElement(child, 'ol') && items.length > 0 && items.every((li) => isElement(li) && /^(footnote|endnote)-\d+$/.test(String(li.properties.id ?? '')))) return false
    removeNoteLists(child)
    return true
  }) as typeof node.children
}

function withoutBacklinks(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .filter((n) => !(isElement(n, 'a') && /^#(footnote|endnote)-ref-/.test(String(n.properties.href ?? ''))))
    .map((n) => (isElement(n) ? { ...n, children: withoutBacklinks(n.children) } : n))
}

function label(kind: string, number: string): string {
  return kind === 'endnote' ? `e${number}` : number
}
