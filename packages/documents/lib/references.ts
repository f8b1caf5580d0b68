import type { Plan } from '@kapstok/core'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { markdownSlots } from './markdown-slots.js'
import type { SectionView } from './types.js'

const parser = unified().use(remarkParse).use(remarkGfm)

// `bijlage 5a`, `Bijlage 8`, `bijlagen 3 en 4` is left alone (a list needs every number).
const bijlageReference = /\b([Bb]ijlage)\s+(\d+[a-z]?)\b(?!\s*(?:en|t\/m|tot)\s+\d)/g

/**
 * Make references to bijlagen by their source number survive renumbering. A document numbers
 * its appendices itself (`Bijlage 1`, `2`, …), so the source's `zie bijlage 5a` would name
 * another appendix. Every such reference in prose whose number is a bijlage's `nummer` in the
 * model becomes a link to that bijlage with its rendered number: `[bijlage 4](#b5a)`. A
 * number that names no bijlage is left as written (the checker reports it at its place).
 * References inside links and code are not touched.
 *
 * @param sections The numbered document (changed in place).
 * @param plan The model (bijlagen with their source numbers).
 */
export function resolveBijlageReferences(sections: SectionView[], plan: Plan): void {
  const rendered = new Map<string, SectionView>()
  const walk = (list: SectionView[]): void => {
    for (const s of list) {
      if (s.role === 'bijlage') rendered.set(s.id, s)
      walk(s.sections)
    }
  }
  walk(sections)
  const targets = new Map<string, SectionView>()
  for (const b of plan.bijlagen ?? []) {
    const view = rendered.get(b.id)
    if (b.nummer && view?.number) targets.set(b.nummer.toLowerCase(), view)
  }
  if (targets.size === 0) return
  for (const slot of markdownSlots(sections)) {
    const text = slot.get()
    if (!/[Bb]ijlage\s+\d/.test(text)) continue
    const edits: Array<{ start: number; end: number; text: string }> = []
    visit(parser.parse(text) as Root, (node) => {
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'heading') return SKIP
      if (node.type !== 'text' || node.position?.start.offset === undefined) return undefined
      const base = node.position.start.offset
      // Only text nodes whose source is their value (no escapes or entities) can be edited by offset.
      if (text.slice(base, node.position.end.offset) !== node.value) return undefined
      for (const match of node.value.matchAll(bijlageReference)) {
        const target = targets.get((match[2] ?? '').toLowerCase())
        if (!target || match.index === undefined) continue
        edits.push({ start: base + match.index, end: base + match.index + match[0].length, text: `[${match[1]} ${target.number}](#${target.id})` })
      }
      return undefined
    })
    if (edits.length === 0) continue
    let out = text
    for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
    slot.set(out)
  }
}
