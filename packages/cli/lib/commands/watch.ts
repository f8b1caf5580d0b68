import { readdir } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import type { DiagnosticJson } from '@kapstok/core'
import { createRebuilder, startPreviewServer, watchPlan, type BuildResult, type PreviewServer } from '@kapstok/watch'
import { writeOutputsAtomically } from '../atomic-write.js'
import { loadConfig } from '../config.js'
import { EXIT, type CliIo } from '../io.js'
import { createProcessor, pluginFormats, renderFormats } from '../processor.js'
import { checkBuildOptions } from './build.js'

/** Options of `kapstok watch`. */
export interface WatchCommandOptions {
  /** Output folder (absolute). */
  out: string
  /** Formats (default: `html`). */
  formats?: string[]
  /** Documents (default: all the plan supports). */
  documents?: string[]
  /** Config file (optional). */
  config?: string
  /** Run a `kapstok.config.mjs` and load the config's plugins (they are code) (default: `false`). */
  trust?: boolean
  /** Start the preview server on 127.0.0.1. */
  serve?: boolean
  /** Port of the preview server (default: 4173). */
  port?: number
  /** Stops the watch, like Ctrl-C (optional; for tools and tests). */
  signal?: AbortSignal
}

/**
 * `kapstok watch <path>`: build, then rebuild on every change until Ctrl-C, parsing only the
 * changed files and rendering only the documents whose content changed. A build with errors
 * writes nothing (the last good documents stay) and lists the errors; with `--serve` the
 * preview shows them above the document.
 *
 * @param path Plan folder or file.
 * @param options Flags.
 * @param io Streams.
 * @returns Exit code 0 after Ctrl-C; 2 for a usage error.
 */
export async function watchCommand(path: string, options: WatchCommandOptions, io: CliIo): Promise<number> {
  // A format kapstok does not render itself may come from a plugin: only then read the config now.
  const custom = options.formats?.some((format) => !(renderFormats as readonly string[]).includes(format))
  checkBuildOptions(options, custom ? pluginFormats((await loadConfig(path, options.config, { trust: options.trust === true })).plugins) : [])
  const formats = options.formats ?? ['html']
  const rebuilder = createRebuilder({
    path,
    formats,
    ...(options.documents ? { documents: options.documents } : {}),
    processor: async (trees) => createProcessor(await loadConfig(path, options.config, { trust: options.trust === true }), { formats, trees }),
    write: (outputs) => writeOutputsAtomically(options.out, outputs)
  })
  const server: PreviewServer | undefined = options.serve ? await startPreviewServer({ root: options.out, port: options.port ?? 4173 }) : undefined
  let builds = 0
  const shown = (m: DiagnosticJson): DiagnosticJson => ({ ...m, file: m.file ? relative(io.cwd, resolve(m.file)) || m.file : m.file })
  const onBuild = async (result: BuildResult): Promise<void> => {
    builds++
    const errors = result.messages.filter((m) => m.severity === 'error')
    const warnings = result.messages.filter((m) => m.severity === 'warning').length
    const what = result.ok
      ? result.rendered.length
        ? `${result.rendered.join(', ')} opnieuw gemaakt`
        : 'geen document veranderd'
      : 'niets geschreven (fouten)'
    io.stderr.write(`Bouw ${builds}: ${what} in ${Math.round(result.ms)} ms; ${errors.length} fouten, ${warnings} waarschuwingen\n`)
    for (const m of errors.map(shown)) io.stderr.write(`  ${m.file}${m.line !== null ? `:${m.line}:${m.column ?? 1}` : ''}  ${m.message}  ${m.ruleId ?? ''}\n`)
    if (server) {
      const documents = (await readdir(options.out).catch(() => [] as string[])).filter((n) => n.endsWith('.html')).sort()
      server.update({ build: builds, ok: result.ok, messages: result.messages.map(shown), documents })
    }
  }
  const watch = watchPlan({
    path,
    ...(options.config ? { config: options.config } : {}),
    rebuilder,
    onBuild: (result) => void onBuild(result),
    onError: (error) => io.stderr.write(`kapstok: interne fout bij het bouwen: ${error instanceof Error ? error.message : String(error)}\n`)
  })
  await watch.ready
  io.stdout.write(`${server ? `Voorbeeld op ${server.url}\n` : ''}Kijkt naar ${path} (Ctrl-C stopt)\n`)
  await new Promise<void>((resolveStop) => {
    const stop = (): void => resolveStop()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    options.signal?.addEventListener('abort', stop, { once: true })
  })
  await watch.close()
  await server?.close()
  io.stderr.write('Gestopt.\n')
  return EXIT.ok
}
