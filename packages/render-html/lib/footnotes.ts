import type { Element } from 'hast'
import type { BlockContent, FootnoteDefinition, FootnoteReference, ListItem, Paragraph, Root } from 'mdast'
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'

/**
 * Footnotes of one prose text as a note list at its end. `@kapstok/documents` numbers the notes
 * across the whole document (`[^1]`, `[^2]`, … in reading order) and puts each definition in the
 * text of its first reference, so the label is the number to show and `noot-<n>` is unique in
 * the page. remark-rehype's own footnotes would restart at 1 in every text, add an English
 * "Footnotes" heading, and have their ids prefixed a second time by the sanitizer.
 *
 * @param label Accessible name of the note list, e.g. `Noten`.
 * @returns A remark plugin.
 */
export function remarkNotes(label: string) {
  return () =>
    (tree: Root): void => {
      const definitions = tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')
      if (definitions.length === 0) return
      tree.children = tree.children.filter((n) => n.type !== 'footnoteDefinition')
      const items: ListItem[] = definitions.map((d): ListItem => {
        const number = d.label ?? d.identifier
        const back = {
          type: 'link' as const,
          url: `#noot-${number}-ref`,
          data: { hProperties: { className: ['noot-terug'], ariaLabel: `Terug naar de tekst bij noot ${number}` } },
          children: [{ type: 'text' as const, value: '↩' }]
        }
        const children = [...d.children] as BlockContent[]
        const last = children[children.length - 1]
        if (last?.type === 'paragraph') children[children.length - 1] = { ...last, children: [...last.children, { type: 'text', value: ' ' }, back] }
        else children.push({ type: 'paragraph', children: [back] } satisfies Paragraph)
        const value = Number(number)
        return {
          type: 'listItem',
          spread: false,
          data: { hProperties: { id: `noot-${number}`, ...(Number.isInteger(value) ? { value: String(value) } : {}) } },
          children
        }
      })
      tree.children.push({
        type: 'blockquote',
        data: { hName: 'aside', hProperties: { className: ['noten'], ariaLabel: label } },
        children: [{ type: 'list', ordered: true, spread: false, children: items }]
      })
    }
}

/**
 * remark-rehype handler: a footnote reference as a superscript link to its note; the first
 * reference to a note gets the id the note links back to.
 *
 * @returns The handler, with its own memory of which notes were referenced.
 */
export function footnoteReferenceHandler(): (state: unknown, node: FootnoteReference) => Element {
  const seen = new Set<string>()
  return (_state, node) => {
    const number = node.label ?? node.identifier
    const first = !seen.has(number)
    seen.add(number)
    return {
      type: 'element',
      tagName: 'sup',
      properties: {},
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#noot-${number}`, className: ['noot-ref'], ...(first ? { id: `noot-${number}-ref` } : {}) },
          children: [{ type: 'text', value: number }]
        }
      ]
    }
  }
}

/**
 * The sanitizer's schema for prose: GitHub's, plus the note list. Ids are not prefixed: prose
 * cannot carry ids of its own (raw HTML is dropped), so the only ids are the notes' own.
 */
export const proseSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside'],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'noten'], 'ariaLabel'],
    a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')), ['className', 'noot-ref', 'noot-terug']]
  }
}
