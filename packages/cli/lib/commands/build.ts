import { resolve } from 'node:path'
import { didYouMean } from '@kapstok/core'
import { changesSince } from '@kapstok/diff'
import type { AfterBuild } from '@kapstok/documents'
import { getReporter } from '@kapstok/reporters'
import { writeOutputsAtomically } from '../atomic-write.js'
import { loadConfig } from '../config.js'
import { EXIT, UsageError, type CliIo } from '../io.js'
import { createProcessor, pluginFormats, renderFormats } from '../processor.js'
import { exitCodeOf, reportInput } from '../report.js'
import { findVersion, readVersion } from '../versions.js'
import { RENDER_FAILED, SCHEMA_INVALID } from '@kapstok/core'

/** Options of `kapstok build`. */
export interface BuildOptions {
  /** Output folder. */
  out: string
  /** Formats (optional; default: all the processor can render). */
  formats?: string[]
  /** Documents (optional; default: all the plan supports). */
  documents?: string[]
  /** Config file (optional). */
  config?: string
  /** Run a `kapstok.config.mjs` (it is code) (default: `false`). */
  trust?: boolean
  /** Build even when there are errors. */
  force?: boolean
  /** Self-contained HTML: CSS and logo inlined, no `assets/` (default: `false`). */
  standalone?: boolean
  /** An earlier version (folder, file or git revision): the documents show their changes against it (optional). */
  changesSince?: string
}

const documentKinds = ['programmaplan', 'beleidskader', 'raadsvoorstel']

/**
 * Refuse unknown formats and documents before anything is read.
 *
 * @param options `formats` and `documents` as given.
 * @param extraFormats Formats the configuration's plugins add (optional).
 */
export function checkBuildOptions(options: { formats?: string[]; documents?: string[] }, extraFormats: readonly string[] = []): void {
  const formats = [...renderFormats, ...extraFormats]
  const unknownFormat = options.formats?.find((f) => !formats.includes(f))
  if (unknownFormat) throw new UsageError(`Onbekend uitvoerformaat \`${unknownFormat}\`${didYouMean(unknownFormat, formats) || `; kies uit: ${formats.join(', ')}`}`)
  const unknownDoc = options.documents?.find((d) => !documentKinds.includes(d))
  if (unknownDoc) throw new UsageError(`Onbekend document \`${unknownDoc}\`; kies uit: ${documentKinds.join(', ')}`)
}

/**
 * `kapstok build <path>`: check the plan, refuse on errors (unless `--force`), render the
 * requested documents and formats, and write them all atomically. With `changesSince` the
 * documents show their changes against that earlier version (a folder, file or git revision).
 *
 * @param path Plan.
 * @param options Flags.
 * @param io Streams.
 * @returns Exit code: 0 written, 1 errors, a renderer failed, no document could be made or the
 *   earlier version is no plan (nothing written), 2 usage error (also an unknown earlier version),
 *   3 internal error.
 */
export async function build(path: string, options: BuildOptions, io: CliIo): Promise<number> {
  const loaded = await loadConfig(path, options.config, { trust: options.trust === true })
  checkBuildOptions(options, pluginFormats(loaded.plugins))
  let earlier: { afterBuild: AfterBuild } | undefined
  if (options.changesSince !== undefined) {
    const version = findVersion(options.changesSince, path, io, '--changes-since')
    try {
      const read = await readVersion(version.path, undefined, io, options.trust === true)
      if (!read) {
        io.stderr.write(`Niets geschreven: de eerdere versie \`${options.changesSince}\` (--changes-since) is niet te lezen als plan.\n`)
        return EXIT.problems
      }
      earlier = { afterBuild: changesSince(read.plan, version.label) }
    } finally {
      version.cleanup()
    }
  }
  const processor = await createProcessor(loaded, options.formats ? { formats: options.formats } : {})

  const showProgress = Boolean(io.stderr.isTTY)
  const file = await processor.process(
    { path },
    {
      force: options.force === true,
      render: {
        ...(options.formats ? { formats: options.formats } : {}),
        ...(options.documents ? { documents: options.documents } : {}),
        ...(options.standalone || earlier ? { settings: { ...(options.standalone ? { standalone: true } : {}), ...earlier } } : {}),
        ...(showProgress
          ? { onProgress: (e: { document: string; format: string; done: number; total: number }) => io.stderr.write(`\r${e.format}: ${e.document} (${e.done}/${e.total})   `) }
          : {})
      }
    }
  )
  if (showProgress) io.stderr.write('\r\x1b[K')
  const report = getReporter('stylish')?.(reportInput(file, io.cwd), { color: Boolean(io.stderr.isTTY) }) ?? ''
  if (file.messages.length > 0) io.stderr.write(report + '\n')
  const failed = (file.data[RENDER_FAILED] as string[] | undefined) ?? []
  if (failed.length > 0) {
    // A partial set beside the previous run's files would look like a build: write nothing.
    const why = file.data[SCHEMA_INVALID] === true ? ' omdat het model niet aan het schema voldoet (zie de fouten hierboven)' : ''
    io.stderr.write(`Niets geschreven: het maken van ${failed.map((f) => `\`${f}\``).join(', ')} is mislukt${why}; de vorige uitvoer is ongewijzigd.\n`)
    return exitCodeOf(file) === EXIT.internal ? EXIT.internal : EXIT.problems
  }
  if (file.hasErrors && !options.force) {
    io.stderr.write('Niets geschreven: los eerst de fouten op, of bouw toch met --force.\n')
    return EXIT.problems
  }
  if (file.outputs.length === 0) {
    // The reasons are the per-document `render-document-unsupported` messages listed above.
    const skipped = file.messages.some((m) => m.ruleId === 'render-document-unsupported')
    io.stderr.write(
      skipped
        ? 'Niets geschreven: geen enkel document kon worden gemaakt; hierboven staat per document waarom.\n'
        : 'Niets geschreven: er was niets te maken voor deze documenten en formaten.\n'
    )
    return EXIT.problems
  }
  let written: string[]
  try {
    written = await writeOutputsAtomically(resolve(io.cwd, options.out), file.outputs, { build: true })
  } catch (error) {
    // A system error names the absolute path; show the folder as the user wrote it.
    const reason = (error instanceof Error ? error.message : String(error)).replaceAll(resolve(io.cwd, options.out), options.out)
    io.stderr.write(`Schrijven naar \`${options.out}\` mislukt (${reason}); er is niets veranderd.\n`)
    return EXIT.problems
  }
  io.stdout.write(`${written.length} bestanden geschreven naar ${options.out}\n`)
  return exitCodeOf(file) === EXIT.internal ? EXIT.internal : EXIT.ok
}
