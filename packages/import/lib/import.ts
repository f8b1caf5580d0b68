import type { Output } from '@kapstok/core'
import type { VFileMessage } from 'vfile-message'
import { markAgendaTables } from './agenda.js'
import { cleanUp } from './cleanup.js'
import { readDocx } from './docx.js'
import { markFootnotes } from './footnotes.js'
import { textOf } from './hast.js'
import { normaliseHeadings } from './headings.js'
import { linkAgendaToPijlers } from './pijlers.js'
import type { ImportNote } from './notes.js'
import { importReport, placeNotes } from './report.js'
import { splitIntoFiles } from './split.js'
import { readTitlePage } from './title-page.js'
import { parseHtml, toMdast } from './to-mdast.js'

/** Options of `importDocx`. */
export interface ImportOptions {
  /** Extra agenda column synonyms per field, as `columns` in `kapstok.config.yaml` (optional). */
  columns?: Record<string, string[]>
  /** Folder the files will be written to, used in the messages' `file` (optional). */
  folder?: string
}

/** Figures of an import, to compare the source with what was made of it. */
export interface ImportStats {
  /** Words in the document's body, title page included. */
  words: number
  /** Rows of the uitvoeringsagenda. */
  agendaRows: number
  /** Chapters (level-1 headings). */
  chapters: number
  /** Footnotes and endnotes. */
  footnotes: number
  /** Images extracted. */
  images: number
}

/** What `importDocx` makes. */
export interface ImportResult {
  /** The new source: Markdown files, images in `media/`, and `_import-rapport.md`. */
  files: Output[]
  /** What could not be mapped, placed at file:line in the new source. */
  messages: VFileMessage[]
  /** Figures. */
  stats: ImportStats
}

/**
 * Turn a Word document into a kapstok source folder: mammoth reads the .docx into semantic
 * HTML, the title page and properties become the frontmatter, agenda tables are recognised by
 * their columns, footnotes become GFM footnotes, rehype-remark makes Markdown of the rest, and
 * every chapter gets its own file. What does not fit is kept as text and reported.
 *
 * ```ts
 * const { files, messages } = await importDocx(await readFile('plan.docx'))
 * ```
 *
 * @param bytes The .docx file.
 * @param options Column synonyms and output folder (optional).
 * @returns Files, report messages and figures; throws `DocumentError` (Dutch) when the bytes
 *   are not a readable .docx.
 */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const docx = await readDocx(bytes)
  const notes: ImportNote[] = docx.warnings.map((warning) => ({ ruleId: 'import-converter', reason: `De omzetter meldt: \`${warning}\`. Controleer de tekst op die plek` }))
  const hast = parseHtml(docx.html)
  const words = countWords(textOf(hast))
  const footnotes = markFootnotes(hast)
  const frontmatter = readTitlePage(hast, docx.properties, notes)
  const agenda = markAgendaTables(hast, notes, options.columns)
  cleanUp(hast, notes, agenda.tables)
  const mdast = await toMdast(hast)
  normaliseHeadings(mdast)
  linkAgendaToPijlers(mdast, notes)
  const sources = splitIntoFiles(mdast, frontmatter)
  if (agenda.rows === 0) notes.push({ ruleId: 'import-no-agenda', reason: 'Geen uitvoeringsagenda gevonden: geen tabel heeft een kolom `Activiteit` en andere agendakolommen. Zet de acties in een tabel onder een kop `Uitvoeringsagenda`' })
  const messages = placeNotes(notes, sources, options.folder)
  const stats: ImportStats = { words, agendaRows: agenda.rows, chapters: sources.length - 1, footnotes, images: docx.images.length }
  const counts = [
    `${stats.words} woorden`,
    `${stats.chapters} hoofdstukken`,
    `${stats.agendaRows} agendarijen`,
    `${stats.footnotes} voetnoten`,
    `${stats.images} afbeeldingen`
  ]
  const files: Output[] = [
    ...sources.map((s) => ({ path: s.path, contents: s.text })),
    ...docx.images.map((image) => ({ path: image.path, contents: image.contents })),
    { path: '_import-rapport.md', contents: importReport(messages, counts) }
  ]
  return { files, messages, stats }
}

/**
 * Count words as the round-trip test does: runs of letters and digits.
 *
 * @param text Any text.
 * @returns Number of words.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}
