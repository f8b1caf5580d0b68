import { writeFile } from 'node:fs/promises'
import { getReporter } from '@kapstok/reporters'
import { loadConfig } from '../config.js'
import { EXIT, UsageError, type CliIo } from '../io.js'
import { applyPlanFixes } from '../fix.js'
import { createProcessor } from '../processor.js'
import { exitCodeOf, reportInput, reportRules } from '../report.js'
import { VERSION } from '../version.js'
import type { RulesConfig } from '@kapstok/rules'

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
  const loaded = await loadConfig(path, options.config, { trust: options.trust === true })
  const processor = createProcessor(loaded)
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
  const input = { ...reportInput(file, io.cwd), rules: reportRules(loaded.config as RulesConfig), toolVersion: VERSION }
  if (options.quiet) for (const entry of input.files) entry.messages = entry.messages.filter((m) => m.fatal === true)
  const report = reporter(input, { color: options.format === undefined || options.format === 'stylish' ? Boolean(io.stdout.isTTY) : false })
  if (options.outputFile) await writeFile(options.outputFile, report + '\n')
  else if (report !== '') io.stdout.write(report + '\n')
  const { warning } = file.counts
  const code = exitCodeOf(file)
  if (code !== EXIT.ok) return code
  if (options.strict && warning > 0) return EXIT.problems
  if (options.maxWarnings !== undefined && warning > options.maxWarnings) {
    io.stderr.write(`Te veel waarschuwingen: ${warning} (maximaal ${options.maxWarnings} toegestaan met --max-warnings)\n`)
    return EXIT.problems
  }
  return EXIT.ok
}
