import { writeFile } from 'node:fs/promises'
import { getReporter } from '@kapstok/reporters'
import { fingerprint, openCache, saveCache } from '../cache.js'
import { EXIT, UsageError, type CliIo } from '../io.js'
import { exitCodeOf, reportInput, type Reportable } from '../report.js'
import type { RulesConfig } from '@kapstok/rules'
import type { LoadedConfig } from '../config.js'

/** Options of `kapstok check`. */
export interface CheckOptions {
  /** Reporter name (default: `stylish`). */
  format?: string
  /** Config file (optional; default: found in the plan folder). */
  config?: string
  /** Run a `kapstok.config.mjs` (it is code) (default: `false`). */
  trust?: boolean
  /** Fail when there are more warnings than this (optional). */
  maxWarnings?: number
  /** Warnings fail too. */
  strict?: boolean
  /** Report errors only. */
  quiet?: boolean
  /** Write the report to this file instead of stdout (optional). */
  outputFile?: string
  /** Apply safe fixes to the source files. */
  fix?: boolean
  /** Cache file (`--cache`): reuse the last result when nothing changed, else the unchanged files' trees (optional). */
  cache?: string
}

/**
 * `kapstok check <path>`: read, validate and report.
 *
 * @param path Plan folder or file.
 * @param options Flags.
 * @param io Output streams.
 * @returns Exit code: 0 clean, 1 errors (or too many warnings), 2 usage error, 3 a stage crashed.
 */
export async function check(path: string, options: CheckOptions, io: CliIo): Promise<number> {
  const reporter = getReporter(options.format ?? 'stylish')
  if (!reporter) throw new UsageError(`Onbekend formaat \`${options.format}\`; kies uit: stylish, json, sarif, github, gitlab, junit`)
  const checked = await checkPlan(path, options, io)
  const { file } = checked
  const input = reportInput(file, io.cwd)
  if (options.format === 'sarif') {
    // SARIF lists every rule of the active configuration; only this format pays for loading it.
    const [{ loadConfig }, { reportRules }, { VERSION }] = await Promise.all([import('../config.js'), import('../report-rules.js'), import('../version.js')])
    // The check loaded the configuration already, unless its result came from the cache.
    const loaded = checked.loaded ?? (await loadConfig(path, options.config, { trust: options.trust === true }))
    input.rules = reportRules(loaded.config as RulesConfig, loaded.plugins)
    input.toolVersion = VERSION
  }
  const error = file.messages.filter((m) => m.fatal === true).length
  const warning = file.messages.filter((m) => m.fatal === false).length
  // Why the run fails when only warnings are the cause (stderr: the report stays clean).
  const failure = error > 0
    ? undefined
    : options.strict && warning > 0
      ? `Mislukt door --strict: ${warning} ${warning === 1 ? 'waarschuwing' : 'waarschuwingen'}${options.quiet ? ' (niet getoond door --quiet)' : ''}`
      : options.maxWarnings !== undefined && warning > options.maxWarnings
        ? `Te veel waarschuwingen: ${warning} (maximaal ${options.maxWarnings} toegestaan met --max-warnings)`
        : undefined
  if (options.quiet) for (const entry of input.files) entry.messages = entry.messages.filter((m) => m.fatal === true)
  const stylish = options.format === undefined || options.format === 'stylish'
  const report = reporter(input, { color: stylish ? Boolean(io.stdout.isTTY) : false })
  // "Geen problemen gevonden" under a failing exit code would contradict it.
  const contradicts = stylish && failure !== undefined && input.files.every((entry) => entry.messages.length === 0)
  if (options.outputFile) await writeFile(options.outputFile, report + '\n')
  else if (report !== '' && !contradicts) io.stdout.write(report + '\n')
  const code = exitCodeOf(file)
  if (code !== EXIT.ok) return code
  if (failure !== undefined) {
    io.stderr.write(failure + '\n')
    return EXIT.problems
  }
  return EXIT.ok
}

/**
 * Check the plan, through the cache when one is given: an unchanged plan is not read at all
 * (the pipeline is not even loaded), a changed one parses only its changed files. Returns the
 * configuration it loaded (none on a cache hit), so reporting does not load it again.
 */
async function checkPlan(path: string, options: CheckOptions, io: CliIo): Promise<{ file: Reportable; loaded?: LoadedConfig }> {
  const print = options.cache && !options.fix ? await fingerprint(path, options.config) : undefined
  const cache = options.cache && print ? await openCache(options.cache, print) : undefined
  if (cache?.hit) return { file: { path, ...cache.hit } }
  const [{ loadConfig }, { createProcessor }, { applyPlanFixes }, { createTreeCache }] = await Promise.all([
    import('../config.js'),
    import('../processor.js'),
    import('../fix.js'),
    import('@kapstok/markdown')
  ])
  const trees = options.cache ? createTreeCache(cache?.trees()) : undefined
  const loaded = await loadConfig(path, options.config, { trust: options.trust === true })
  const processor = await createProcessor(loaded, { formats: [], ...(trees ? { trees } : {}) })
  let file = await processor.parse({ path })
  await processor.validate(file)
  if (options.fix) {
    const { fixes, files } = await applyPlanFixes(file)
    if (fixes > 0) {
      io.stderr.write(`${fixes} ${fixes === 1 ? 'correctie' : 'correcties'} doorgevoerd in ${files} ${files === 1 ? 'bestand' : 'bestanden'}\n`)
      // Report what is left, as it is now in the files.
      file = await processor.parse({ path })
      await processor.validate(file)
    }
  }
  if (options.cache && trees) await saveCache(options.cache, await fingerprint(path, options.config), file, trees.used())
  return { file, loaded }
}
