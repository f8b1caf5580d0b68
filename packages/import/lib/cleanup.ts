import type { Element, ElementContent, Root } from 'hast'
import { foldKey } from '@kapstok/markdown'
import { cellsOf, rowsOf } from './agenda.js'
import { elements, headingLevel, isElement, offsetOf, textOf } from './hast.js'
import type { ImportNote } from './notes.js'

const tocTitles = new Set(['inhoudsopgave', 'inhoud', 'inhoudstafel', 'table of contents', 'contents'])

/**
 * Take out what kapstok makes itself and note what it cannot keep as structure: the table of
 * contents (kapstok generates one), links to places inside the document (their targets are
 * Word bookmarks that do not exist in the source; the text stays), tables with merged cells
 * (split into plain cells) or tables inside tables (kept as text), and images without
 * alternative text.
 *
 * @param tree The document (changed in place).
 * @param notes Receives the notes.
 * @param agendaTables Offsets of the agenda tables (their merged rows were handled already).
 */
export function cleanUp(tree: Root, notes: ImportNote[], agendaTables: Set<number>): void {
  removeToc(tree, notes)
  unwrapInternalLinks(tree)
  for (const table of elements(tree, 'table')) {
    const offset = offsetOf(table)
    const where = offset !== undefined ? { offset } : {}
    if (elements(table, 'table').length > 0) {
      notes.push({ ruleId: 'import-nested-table', reason: 'Tabel in een tabelcel is als tekst in de cel gezet: Markdown kent geen geneste tabellen. Maak er zo nodig een eigen tabel van', ...where, severity: 'warning' })
    }
    if (offset !== undefined && agendaTables.has(offset)) continue
    const merged = rowsOf(table).flatMap(cellsOf).filter((c) => Number(c.properties.colSpan ?? 1) > 1 || Number(c.properties.rowSpan ?? 1) > 1)
    if (merged.length > 0) {
      const first = textOf(merged[0] as Element)
      notes.push({
        ruleId: 'import-merged-cells',
        reason: `Tabel met ${merged.length} samengevoegde ${merged.length === 1 ? 'cel' : 'cellen'} (eerste: \`${first.slice(0, 40)}\`) is in losse cellen gezet; de tekst staat in de eerste cel, de andere zijn leeg. Controleer de tabel`,
        ...where
      })
    }
  }
  for (const image of elements(tree, 'img')) {
    if (String(image.properties.alt ?? '').trim() !== '') continue
    const offset = offsetOf(image)
    notes.push({
      ruleId: 'import-image-alt',
      reason: `Afbeelding \`${String(image.properties.src ?? '')}\` heeft geen alternatieve tekst. Beschrijf in de \`[...]\` wat de afbeelding laat zien`,
      ...(offset !== undefined ? { offset } : {}),
      severity: 'warning'
    })
  }
}

function removeToc(tree: Root, notes: ImportNote[]): void {
  const start = tree.children.findIndex((n) => headingLevel(n) > 0 && tocTitles.has(foldKey(textOf(n))))
  if (start < 0) return
  const level = headingLevel(tree.children[start])
  let end = start + 1
  while (end < tree.children.length) {
    const l = headingLevel(tree.children[end])
    if (l > 0 && l <= level) break
    end++
  }
  const removed = tree.children.splice(start, end - start)
  const offset = offsetOf(removed[0] as Element)
  notes.push({ ruleId: 'import-toc', reason: 'Inhoudsopgave weggelaten: kapstok maakt de inhoudsopgave zelf uit de koppen', ...(offset !== undefined ? { offset } : {}) })
}

function unwrapInternalLinks(node: Root | Element): void {
  const children: ElementContent[] = []
  for (const child of node.children as ElementContent[]) {
    if (isElement(child)) {
      unwrapInternalLinks(child)
      const href = child.properties.href
      if (isElement(child, 'a') && (href === undefined || String(href).startsWith('#'))) {
        children.push(...child.children)
        continue
      }
    }
    children.push(child)
  }
  node.children = children as typeof node.children
}
