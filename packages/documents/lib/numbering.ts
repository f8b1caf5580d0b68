import { unnumberedSections } from './section.js'
import type { SectionView, TocEntry } from './types.js'

/** Options for `numberSections`. */
export interface NumberingOptions {
  /** Word before appendix numbers, e.g. `Bijlage`. */
  appendixLabel: string
  /** Deepest level that gets a number (default: `3`). */
  depth?: number
}

/**
 * Number chapters like a municipal document (`1`, `1.2`, `1.2.3`) and appendices
 * (`Bijlage 1`, …); set each section's level. Changes the sections in place.
 *
 * @param chapters Top-level sections of the main text.
 * @param appendices Top-level appendices.
 * @param options Appendix word and depth.
 */
export function numberSections(chapters: SectionView[], appendices: SectionView[], options: NumberingOptions): void {
  const depth = options.depth ?? 3
  const walk = (items: SectionView[], level: number, prefix: string, appendix: boolean, numbered: boolean): void => {
    let n = 0
    for (const item of items) {
      item.level = Math.min(level, 5)
      item.appendix = appendix
      const numberHere = numbered && !unnumberedSections.has(item) && level <= depth && !(appendix && level > 1)
      let childPrefix = ''
      if (numberHere) {
        n++
        const number = prefix ? `${prefix}.${n}` : String(n)
        item.number = number
        item.numberLabel = appendix ? `${options.appendixLabel} ${number}` : number
        childPrefix = number
      }
      walk(item.sections, level + 1, childPrefix, appendix, numberHere)
    }
  }
  walk(chapters, 1, '', false, true)
  walk(appendices, 1, '', true, true)
}

/**
 * The table of contents of a document.
 *
 * @param sections Top-level sections (chapters and appendices).
 * @param depth Deepest level listed (default: `2`).
 * @returns Nested entries.
 */
export function tableOfContents(sections: SectionView[], depth = 2): TocEntry[] {
  return sections
    .filter((s) => s.level <= depth)
    .map((s) => {
      const entry: TocEntry = { id: s.id, title: s.title, level: s.level, entries: tableOfContents(s.sections, depth) }
      if (s.numberLabel) entry.numberLabel = s.numberLabel
      return entry
    })
}
