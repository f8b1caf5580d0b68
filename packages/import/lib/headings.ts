import type { Heading, Root, Text } from 'mdast'

/**
 * Make chapters level-1 headings (the reader's chapters) and drop empty headings. Numbers
 * typed in headings (`3.2 Aanleiding`) stay: the reader reads them, and references in the
 * text (`zie paragraaf 3.2`) are checked against them.
 *
 * @param tree The Markdown tree (changed in place).
 */
export function normaliseHeadings(tree: Root): void {
  tree.children = tree.children.filter((n) => n.type !== 'heading' || headingText(n) !== '')
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading')
  const top = Math.min(6, ...headings.map((h) => h.depth))
  for (const heading of headings) {
    heading.depth = Math.max(1, heading.depth - top + 1) as Heading['depth']
  }
}

function headingText(heading: Heading): string {
  return heading.children.map((c) => (c.type === 'text' ? (c as Text).value : 'x')).join('').trim()
}
