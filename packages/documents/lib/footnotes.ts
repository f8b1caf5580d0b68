import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { markdownSlots } from './markdown-slots.js'
import type { SectionView } from './types.js'

const parser = unified().use(remarkParse).use(remarkGfm)

/** A replacement of `start`…`end` in one Markdown text. */
interface Edit {
  start: number
  end: number
  text: string
}

/** A footnote definition as written: its label and its content after `[^label]:`. */
interface Definition {
  identifier: string
  content: string
  /** The edit that removes it from its text. */
  edit: Edit
}

/**
 * Number the GFM footnotes of a document across all its Markdown texts. The reader keeps each
 * chapter's prose apart, so a reference (`[^2]` in one chapter's intro) and its definition
 * (`[^2]: …` at the end of the file, in another text) often end up in different texts, where
 * no Markdown parser can pair them. This pass pairs them document-wide: every reference gets
 * the number of its note in reading order (`[^1]`, `[^2]`, …, whatever the source's labels), and
 * each definition moves to the text of its first reference, so every renderer sees
 * self-contained texts with unique labels. A later reference in another text becomes a plain
 * link to the note (`[3](#noot-3)`). A definition nobody references stays where it was, as a
 * paragraph starting with the word for "note", so no text is lost.
 *
 * @param sections The document's sections (changed in place).
 * @param noteWord Word before an unreferenced note, e.g. `Noot`.
 */
export function numberFootnotes(sections: SectionView[], noteWord: string): void {
  const slots = markdownSlots(sections)
  const texts = slots.map((s) => s.get())
  if (!texts.some((t) => t.includes('[^'))) return
  const edits: Edit[][] = texts.map(() => [])
  const definitions = new Map<string, Definition>()
  const spare: Definition[] = []
  texts.forEach((text, slot) => {
    if (!text.includes('[^')) return
    visit(parse(text), 'footnoteDefinition', (node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      const content = text.slice(start, end).replace(/^\[\^[^\]]*\]:[ \t]*/, '')
      const edit: Edit = { start, end, text: '' }
      edits[slot]?.push(edit)
      const definition: Definition = { identifier: node.identifier, content, edit }
      if (definitions.has(node.identifier)) spare.push(definition)
      else definitions.set(node.identifier, definition)
    })
  })
  const numbers = new Map<string, number>()
  const home = new Map<string, number>()
  const stubs = [...definitions.keys()].map((id) => `[^${id}]: .`).join('\n\n')
  texts.forEach((text, slot) => {
    if (!text.includes('[^')) return
    const inDefinition = (offset: number): boolean => (edits[slot] ?? []).some((e) => offset >= e.start && offset < e.end)
    visit(parse(`${text}\n\n${stubs}\n`), 'footnoteReference', (node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined || start >= text.length || inDefinition(start)) return
      let number = numbers.get(node.identifier)
      if (number === undefined) {
        number = numbers.size + 1
        numbers.set(node.identifier, number)
        home.set(node.identifier, slot)
      }
      const replacement = home.get(node.identifier) === slot ? `[^${number}]` : `[${number}](#noot-${number})`
      edits[slot]?.push({ start, end, text: replacement })
    })
  })
  // Definitions nobody references (or a second one for a label) stay, as a plain paragraph.
  const orphan = (content: string): string => `_${noteWord}:_ ${content.replace(/\n {1,4}/g, '\n')}`
  for (const definition of [...definitions.values(), ...spare]) {
    if (!numbers.has(definition.identifier) || spare.includes(definition)) definition.edit.text = orphan(definition.content)
  }
  const appended: string[][] = texts.map(() => [])
  const ordered = [...numbers.entries()].sort((a, b) => a[1] - b[1])
  for (const [identifier, number] of ordered) {
    const definition = definitions.get(identifier)
    const slot = home.get(identifier)
    if (definition && slot !== undefined) appended[slot]?.push(`[^${number}]: ${definition.content}`)
  }
  texts.forEach((text, slot) => {
    const list = (edits[slot] ?? []).sort((a, b) => b.start - a.start)
    const notes = appended[slot] ?? []
    if (list.length === 0 && notes.length === 0) return
    let out = text
    for (const edit of list) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
    out = out.replace(/\n{3,}/g, '\n\n').trim()
    if (notes.length > 0) out = `${out}\n\n${notes.join('\n\n')}`
    slots[slot]?.set(out)
  })
}

function parse(markdown: string): Root {
  return parser.parse(markdown) as Root
}
