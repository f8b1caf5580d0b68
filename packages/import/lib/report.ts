import type { RootContent } from 'mdast'
import { VFileMessage } from 'vfile-message'
import type { ImportNote } from './notes.js'
import type { SourceFile } from './split.js'

/**
 * Place each note at a file and line of the new source: notes about a frontmatter field at its
 * line, notes about an element at the block made from it (the block whose HTML span holds the
 * element, else the nearest block before it).
 *
 * @param notes The notes.
 * @param files The new source files.
 * @param folder Folder the files are written to, for the messages' `file` (optional; default: none).
 * @returns One vfile-message per note, in file and line order.
 */
export function placeNotes(notes: ImportNote[], files: SourceFile[], folder = ''): VFileMessage[] {
  const blocks = spans(files.flatMap((file) => file.blocks.map((block) => ({ file, ...block }))))
  const messages = notes.map((note) => {
    let file = files[0]
    let line = 1
    if (note.field !== undefined && files[0]?.fields[note.field]) {
      line = files[0].fields[note.field] as number
    } else if (note.offset !== undefined) {
      const offset = note.offset
      const hit =
        blocks.find((b) => b.span && b.span[0] <= offset && offset < b.span[1]) ??
        blocks.filter((b) => b.span && b.span[0] <= offset).at(-1)
      if (hit) ({ file, line } = hit)
    }
    const message = new VFileMessage(note.reason, { place: { line, column: 1 }, ruleId: note.ruleId, source: '@kapstok/import' })
    message.file = folder ? `${folder}/${file?.path ?? ''}` : (file?.path ?? '')
    message.fatal = note.severity === 'warning' ? false : undefined
    return message
  })
  return messages.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0))
}

/**
 * The import report as Markdown (`_import-rapport.md`; the reader skips files starting with
 * `_`): every note as `bestand:regel` with what and why, and the counts.
 *
 * @param messages The placed notes.
 * @param counts Lines of figures, e.g. `68 agendarijen`.
 * @returns The report.
 */
export function importReport(messages: VFileMessage[], counts: string[]): string {
  const lines = ['# Importrapport', '', ...counts.map((c) => `- ${c}`), '']
  if (messages.length === 0) lines.push('Alles is overgenomen; er is niets om na te kijken.')
  else {
    lines.push('Na te kijken (bestand:regel, wat en waarom):', '')
    for (const m of messages) lines.push(`- \`${(m.file ?? '').replace(/^.*\//, '')}:${m.line ?? 1}\` ${m.fatal === false ? 'waarschuwing' : 'info'}: ${m.reason} (${m.ruleId})`)
  }
  return lines.join('\n') + '\n'
}

// rehype-remark leaves some nodes (tables) without a position: such a block spans the gap
// between its neighbours, which is where its HTML was.
function spans<T extends { node: RootContent }>(blocks: T[]): Array<T & { span?: [number, number] }> {
  const known = blocks.map((b) => (b.node.position?.start.offset !== undefined && b.node.position.end.offset !== undefined ? ([b.node.position.start.offset, b.node.position.end.offset] as [number, number]) : undefined))
  return blocks.map((block, i) => {
    const own = known[i]
    if (own) return { ...block, span: own }
    const before = known.slice(0, i).findLast(Boolean)
    const after = known.slice(i + 1).find(Boolean)
    return { ...block, span: [before ? before[1] : 0, after ? after[0] : Number.MAX_SAFE_INTEGER] as [number, number] }
  })
}
