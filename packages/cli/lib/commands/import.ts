import { readFile, readdir } from 'node:fs/promises'
import { basename, extname, join, relative, resolve } from 'node:path'
import { DocumentError, importDocx, odtToDocx, OfficeMissingError } from '@kapstok/import'
import { getReporter } from '@kapstok/reporters'
import { writeOutputsAtomically } from '../atomic-write.js'
import { EXIT, UsageError, type CliIo } from '../io.js'

/** Options of `kapstok import`. */
export interface ImportCommandOptions {
  /** Folder for the new source (optional; default: the document's name without extension). */
  out?: string
  /** Write into a folder that already has files. */
  force?: boolean
}

/**
 * `kapstok import <plan.docx|plan.odt>`: turn a Word document (or an OpenDocument text, through
 * LibreOffice) into a kapstok source folder and list
 * what could not be mapped (also written to `_import-rapport.md` in the folder). The folder is
 * written atomically: on any failure nothing is left half-written.
 *
 * @param path The .docx or .odt file (relative to `io.cwd`).
 * @param options Output folder and `force`.
 * @param io Streams.
 * @returns Exit code: 0 written, 1 unreadable document or write failure, 2 usage error (also an .odt without LibreOffice).
 */
export async function importCommand(path: string, options: ImportCommandOptions, io: CliIo): Promise<number> {
  // `main` gives the path relative to the process's folder.
  const source = resolve(path)
  const name = relative(io.cwd, source)
  const extension = extname(source).toLowerCase()
  if (extension === '.doc') {
    throw new UsageError(`\`${name}\` is een .doc-bestand; kapstok leest Word-documenten (.docx) en OpenDocument-tekst (.odt). Sla het in de tekstverwerker op als .docx`)
  }
  if (extension !== '.docx' && extension !== '.odt') throw new UsageError(`\`kapstok import\` verwacht een Word-document (.docx) of OpenDocument-tekst (.odt), niet \`${name}\``)
  const out = resolve(io.cwd, options.out ?? basename(source, extname(source)))
  const shown = relative(io.cwd, out) || '.'
  const existing = await readdir(out).catch(() => [] as string[])
  if (existing.length > 0 && !options.force) {
    throw new UsageError(`Map \`${shown}\` bestaat al en is niet leeg; kies een andere map met --out, of overschrijf met --force`)
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(source)
  } catch {
    io.stderr.write(`kapstok: \`${name}\` bestaat niet of is niet te lezen; controleer het pad\n`)
    return EXIT.problems
  }
  let result
  try {
    // An .odt goes through LibreOffice to .docx, then the one .docx path.
    if (extension === '.odt') bytes = await odtToDocx(source)
    result = await importDocx(bytes, { folder: out })
  } catch (error) {
    if (error instanceof OfficeMissingError) throw new UsageError(error.message)
    if (!(error instanceof DocumentError)) throw error
    io.stderr.write(`${name}\n  ${error.message}\n`)
    return EXIT.problems
  }
  try {
    await writeOutputsAtomically(out, result.files)
  } catch (error) {
    io.stderr.write(`Schrijven naar \`${shown}\` mislukt (${error instanceof Error ? error.message : String(error)}); er is niets veranderd.\n`)
    return EXIT.problems
  }
  const files = [...new Set(result.messages.map((m) => m.file ?? ''))].map((file) => ({ path: file, messages: result.messages.filter((m) => m.file === file) }))
  const report = getReporter('stylish')?.({ files, cwd: io.cwd }, { color: Boolean(io.stderr.isTTY) }) ?? ''
  if (report) io.stderr.write(report + '\n')
  const { stats } = result
  io.stdout.write(
    `${result.files.length} bestanden geschreven naar ${shown}: ${stats.chapters} hoofdstukken, ${stats.agendaRows} agendarijen, ${stats.footnotes} voetnoten, ${stats.images} afbeeldingen.\n` +
      `Het importrapport staat in ${join(shown, '_import-rapport.md')}. Controleer het resultaat met: kapstok check ${shown}\n`
  )
  return EXIT.ok
}
