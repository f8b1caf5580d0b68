import { collectTexts, type Plan, type PlanFile } from '@kapstok/core'
import { romanAnnex } from './annex-symbols.js'

/** The numbered places of a plan that a reference in words can point at. */
export interface Targets {
  /** Numbers of chapters and paragraphs as written in headings (`4`, `3.2`), lower case. */
  numbers: Set<string>
  /** Numbers of bijlagen (`1`, `5a`), lower case. */
  annexes: Set<string>
  /** How many level-1 headings the Markdown sources have (chapters, numbered or not). */
  chapters: number
  /**
   * Chapters and paragraphs (`4`, `4.2`) with a direct sub-heading that carries no number: their
   * numbering is not complete, so a number missing under them may be one of those headings.
   */
  partlyNumbered: Set<string>
}

// `# 4.`, `## 2.6.`, `## Bijlage 5a:`, `Hoofdstuk 3 Opgaven`.
const heading = /^(?:#{1,6}[ \t]+)?((?:hoofdstuk|bijlage|paragraaf)\s+)?(\d+(?:\.\d+)*[a-z]?)(?=[\s.:)]|$)/gimu
// A bijlage lettered or in Roman numerals in its heading, also as a chapter of its own (`# Bijlage A. Begrippen`).
// Any case (`## BIJLAGE B`, `## Bijlage b:`); a run of Roman letters only as a Roman numeral (`IV`, not `IIII`).
const letteredAnnex = /^(?:#{1,6}[ \t]+)?bijlage\s+([a-z]|[ivx]{1,5})(?=[\s.:)]|$)/gimu

/**
 * Collect the numbers of headings as written in the sources, of titles in a JSON or YAML
 * model, and of `nummer` fields; bijlagen are numbered apart from chapters.
 *
 * @param plan The model.
 * @param file The plan file (its sources hold the headings as written).
 * @returns The targets.
 */
export function collectTargets(plan: Plan, file: PlanFile): Targets {
  const targets: Targets = { numbers: new Set(), annexes: new Set(), chapters: 0, partlyNumbered: new Set() }
  const add = (text: string, bijlage = false): void => {
    for (const n of text.matchAll(heading)) {
      if (n[2]) (bijlage || /^bijlage/i.test(n[1] ?? '') ? targets.annexes : targets.numbers).add(n[2].toLowerCase())
    }
    for (const n of text.matchAll(letteredAnnex)) {
      const symbol = (n[1] ?? '').toLowerCase()
      if (symbol.length === 1 || romanAnnex.test(symbol)) targets.annexes.add(symbol)
    }
  }
  for (const source of file.sources) {
    const text = String(source.value ?? '')
    // The numbered heading above each level: an unnumbered sub-heading leaves the numbering of
    // its nearest numbered parent incomplete (`## Doel 1` under `# 3.1` is no paragraph of 3).
    const above: Array<string | undefined> = []
    for (const m of text.matchAll(/^(#{1,6})[ \t]+.*$/gm)) {
      add(m[0])
      const level = (m[1] ?? '#').length
      const number = /^#{1,6}[ \t]+(?:(?:hoofdstuk|paragraaf)\s+)?(\d+(?:\.\d+)*)\.?(?=[\s:)]|$)/iu.exec(m[0])?.[1]
      const parent = above.slice(0, level - 1).findLast((n) => n !== undefined)
      above.length = level
      above[level - 1] = number
      if (!number && parent && level > 1) targets.partlyNumbered.add(parent)
    }
    targets.chapters += [...text.matchAll(/^#[ \t]+\S/gm)].length
  }
  for (const { pointer, text } of collectTexts(plan)) {
    const bijlage = pointer.startsWith('/bijlagen/')
    // The number of a thema, principe or doel (`Thema 1`) is no chapter number; a section's is, and
    // a dotted number (`3.2`) is a paragraph's wherever it stands, except on a goal or action: a
    // list item `1.3 Minder uitstoot` under a werklijn numbers a goal, and leaves paragraaf 1.3 missing.
    const item = /\/(?:doelen|inspanningen|acties)\/\d+\/(?:nummer|titel)$/.test(pointer)
    const place = bijlage || pointer.includes('/secties/') || (!item && text.replace(/\.$/, '').includes('.'))
    if (/\/nummer$/.test(pointer) && place) (bijlage ? targets.annexes : targets.numbers).add(text.replace(/\.$/, '').toLowerCase())
    if (/\/titel$/.test(pointer) && !item) add(text, bijlage)
  }
  return targets
}
