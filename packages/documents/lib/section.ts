import type { Block, SectionRole, SectionView } from './types.js'

/** What a builder gives to create a section; level and number are assigned by `numberSections`. */
export interface SectionInit {
  /** Anchor. */
  id: string
  /** Heading text. */
  title: string
  /** Role for styling. */
  role: SectionRole
  /** Content (optional). */
  blocks?: Array<Block | undefined | false>
  /** Subsections (optional). */
  sections?: Array<SectionView | undefined | false>
  /** Short label above the title (optional). */
  kicker?: string
  /** Leave this section (and its subsections) unnumbered (default: `false`). */
  unnumbered?: boolean
}

/** Sections that `numberSections` must not number. */
export const unnumberedSections = new WeakSet<SectionView>()

/**
 * Create a section; empty blocks and sections (`undefined`, `false`) are dropped.
 *
 * @param init The section's parts.
 * @returns The section, with level 1 until numbered.
 */
export function section(init: SectionInit): SectionView {
  const view: SectionView = {
    id: init.id,
    title: init.title,
    level: 1,
    role: init.role,
    appendix: false,
    blocks: init.blocks?.filter((b): b is Block => Boolean(b)) ?? [],
    sections: init.sections?.filter((s): s is SectionView => Boolean(s)) ?? []
  }
  if (init.kicker) view.kicker = init.kicker
  if (init.unnumbered) unnumberedSections.add(view)
  return view
}

/**
 * A prose block, or `undefined` for empty text.
 *
 * @param markdown Markdown from the model (optional).
 * @returns The block.
 */
export function prose(markdown: string | undefined): Block | undefined {
  return markdown && markdown.trim() ? { type: 'prose', markdown } : undefined
}

/**
 * Whether a section has anything to show.
 *
 * @param view A section.
 * @returns `true` when it has blocks or subsections.
 */
export function hasContent(view: SectionView): boolean {
  return view.blocks.length > 0 || view.sections.length > 0
}
