import type { Block, ListItem, SectionView } from './types.js'

/** One Markdown text of a document view that a pass may read and replace. */
export interface MarkdownSlot {
  /** The current Markdown. */
  get(): string
  /** Replace the Markdown. */
  set(markdown: string): void
}

/**
 * Every Markdown text of a document's sections (prose blocks, list item bodies, nested blocks),
 * in reading order, so passes that work across blocks (footnotes, references) see the text as a
 * reader does.
 *
 * @param sections The document's sections.
 * @returns The slots, in reading order.
 */
export function markdownSlots(sections: SectionView[]): MarkdownSlot[] {
  const slots: MarkdownSlot[] = []
  const fromBlocks = (blocks: Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'prose') slots.push({ get: () => block.markdown, set: (m) => (block.markdown = m) })
      else if (block.type === 'list') fromItems(block.items)
    }
  }
  const fromItems = (items: ListItem[]): void => {
    for (const item of items) {
      if (item.markdown !== undefined) slots.push({ get: () => item.markdown ?? '', set: (m) => (item.markdown = m) })
      fromBlocks(item.blocks ?? [])
      fromItems(item.items ?? [])
    }
  }
  const fromSections = (list: SectionView[]): void => {
    for (const section of list) {
      fromBlocks(section.blocks)
      fromSections(section.sections)
    }
  }
  fromSections(sections)
  return slots
}
