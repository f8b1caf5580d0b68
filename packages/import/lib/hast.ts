import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'

/**
 * Whether a node is an element, optionally with one of the given tag names.
 *
 * @param node Any hast node.
 * @param names Tag names (optional).
 * @returns Whether it is such an element.
 */
export function isElement(node: RootContent | ElementContent | Root | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName))
}

/**
 * The heading level of an element (`h1` → 1), or 0 when it is no heading.
 *
 * @param node Any hast node.
 * @returns Level 1-6, or 0.
 */
export function headingLevel(node: RootContent | ElementContent | undefined): number {
  return isElement(node) && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName.slice(1)) : 0
}

/**
 * The text of a node with whitespace collapsed.
 *
 * @param node A hast node.
 * @returns Its text.
 */
export function textOf(node: Root | RootContent | ElementContent): string {
  return toText(node as Element, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim()
}

/**
 * The offset in the HTML where a node starts (as parsed by rehype-parse).
 *
 * @param node A hast node.
 * @returns The offset, or `undefined` for generated nodes.
 */
export function offsetOf(node: Root | RootContent | ElementContent): number | undefined {
  return node.position?.start.offset
}

/**
 * All elements with one of the tag names below a node, in document order.
 *
 * @param node Where to look.
 * @param names Tag names.
 * @returns The elements.
 */
export function elements(node: Root | Element, ...names: string[]): Element[] {
  const found: Element[] = []
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (names.includes(child.tagName)) found.push(child)
    found.push(...elements(child, ...names))
  }
  return found
}
