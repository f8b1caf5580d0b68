import { renderBlock } from './blocks.js'
import type { TextStyle } from './inline.js'
import type { NoteCounter } from './markdown.js'
import { bodyStyle } from './prose.js'
import type { Block, SectionView } from '@kapstok/documents'
import type { Writer } from './writer.js'

/** A heading in the outline (bookmarks), nested like the sections. */
export interface OutlineEntry {
  /** Destination name. */
  id: string
  /** Text shown, number included. */
  title: string
  /** Sub-entries. */
  children: OutlineEntry[]
}

/** State shared while rendering the sections of one document. */
export interface SectionState {
  /** Footnote counter. */
  notes: NoteCounter
  /** Outline entries (filled while rendering). */
  outline: OutlineEntry[]
  /** Called after every table body row (progress). */
  onRow: () => void
  /** Start chapters on a new page. */
  chapterBreak: boolean
}

/**
 * Render sections with numbered headings (`H1`–`H6`), keeping each heading with the start of
 * its content, starting chapters on a new page and putting sections with wide tables on
 * landscape pages.
 *
 * @param w The writer.
 * @param sections The sections.
 * @param state Shared state.
 * @param outline Where this level's outline entries go.
 * @param parentWide Whether the enclosing section is on landscape pages.
 */
export function renderSections(w: Writer, sections: SectionView[], state: SectionState, outline: OutlineEntry[], parentWide = false): void {
  for (const section of sections) {
    const wide = parentWide || isWide(section, w.layout.landscapeColumns)
    // A timeline is drawn on landscape pages: its heading goes there too, its subsections need not.
    const landscape = wide || section.blocks.find((b) => b.type !== 'prose')?.type === 'timeline'
    const chapter = (section.level === 1 && state.chapterBreak) || w.layout.breakBefore.includes(section.role)
    if (landscape !== w.landscape || (chapter && !w.atTop)) w.newPage({ landscape })
    const entry: OutlineEntry = { id: section.id, title: headingText(section), children: [] }
    outline.push(entry)
    renderHeading(w, section)
    for (const block of section.blocks) {
      renderBlock(block, { w, parent: w.tags.root, level: section.level, notes: state.notes, indent: 0 }, state.onRow)
    }
    renderSections(w, section.sections, state, entry.children, wide)
  }
}

/**
 * The heading as shown: number label and title.
 *
 * @param section The section.
 * @returns E.g. `3.2 Sociale basis`.
 */
export function headingText(section: Pick<SectionView, 'numberLabel' | 'number' | 'title'>): string {
  const number = section.numberLabel ?? section.number
  return number ? `${number} ${section.title}` : section.title
}

function headingStyle(w: Writer, level: number): TextStyle {
  const { sizes } = w.layout
  const size = level === 1 ? sizes.h1 : level === 2 ? sizes.h2 : sizes.h3
  return { size, leading: 1.25, bold: true }
}

function renderHeading(w: Writer, section: SectionView): void {
  const style = headingStyle(w, section.level)
  const body = bodyStyle(w)
  const lines = w.lines(headingRuns(section), w.width, style)
  const kicker = section.kicker ? w.layout.sizes.small * 1.6 : 0
  const before = w.atTop ? 0 : style.size * (section.level === 1 ? 1.2 : 0.9)
  const height = kicker + lines.length * style.size * style.leading
  w.ensure(before + height + keepHeight(w, section))
  if (!w.atTop) w.y += before
  w.destination(section.id)
  if (section.kicker) {
    const p = w.tags.open('P')
    const kickerStyle: TextStyle = { size: w.layout.sizes.small, leading: 1.4, bold: true }
    w.drawLines(w.lines([{ text: section.kicker.toUpperCase() }], w.width, kickerStyle), w.left, w.y, kickerStyle, p, { color: w.layout.colours.accent })
    p.end()
    w.y += kicker
  }
  const heading = w.tags.open(`H${Math.min(6, Math.max(1, section.level))}`)
  w.drawLines(lines, w.left, w.y, style, heading, { color: section.level <= 2 ? w.layout.colours.primary : w.layout.colours.text })
  heading.end()
  w.y += lines.length * style.size * style.leading
  if (section.level === 1) {
    w.tags.artifact('Layout', () => {
      w.doc.moveTo(w.left, w.y + 2).lineTo(w.left + w.width, w.y + 2).lineWidth(1).strokeColor(w.layout.colours.accent).stroke()
    })
    w.y += 6
  }
  w.y += body.size * 0.6
}

function headingRuns(section: SectionView): Array<{ text: string }> {
  const number = section.numberLabel ?? section.number
  return number ? [{ text: `${number}\u2003` }, { text: section.title }] : [{ text: section.title }]
}

/** Height of the content that must stay on the page with a heading. */
function keepHeight(w: Writer, section: SectionView): number {
  const body = bodyStyle(w)
  const lines = body.size * body.leading * 3
  const first: Block | undefined = section.blocks[0]
  if (first?.type === 'table') return w.layout.sizes.table * 1.3 * 5 + 20
  if (first) return lines
  const sub = section.sections[0]
  if (sub) return headingStyle(w, sub.level).size * 2.5 + keepHeight(w, sub)
  return 0
}

/**
 * Whether a section belongs on landscape pages: it has a table with many columns, or all its
 * subsections do.
 *
 * @param section The section.
 * @param columns Column count from which a table is wide.
 * @returns `true` for landscape.
 */
export function isWide(section: SectionView, columns: number): boolean {
  if (section.blocks.some((b) => b.type === 'table' && b.columns.length >= columns)) return true
  return section.sections.length > 0 && section.blocks.every((b) => b.type !== 'table') && section.sections.every((s) => isWide(s, columns))
}
