import { dirname, resolve } from 'node:path'
import { diagnosticToJson, type DiagnosticJson, type PlanFile } from '@kapstok/core'
import { createProcessor, loadConfig, type KapstokConfig, type LoadedConfig } from '@kapstok/cli'

/**
 * A plan: a path (folder or file) on disk, or files in memory by relative path, e.g.
 * `{ files: { 'plan.md': '---\ngemeente: …' } }`.
 */
export type PlanInput =
  | string
  | {
      /** File contents by relative path; nothing is read from disk. */
      files: Record<string, string | Uint8Array>
      /** Which of the files, or which folder among them, is the plan (default: all of them). */
      path?: string
    }

/** Options of `checkPlan`. */
export interface CheckPlanOptions {
  /**
   * Configuration as in `kapstok.config.yaml` (rules, sections, template, …). Default: the
   * `kapstok.config.*` beside a plan on disk, else none: the recommended rules.
   */
  config?: KapstokConfig
  /** Folder that a pack path or logo in the configuration is relative to (default: the plan's folder, or the working folder for files in memory). */
  baseDir?: string
  /**
   * Trust the plan (as `--trust`): run a `kapstok.config.mjs` and plugins, read pack files
   * outside the plan folder (default: `false`, the sandbox an upload portal needs).
   */
  trust?: boolean
}

/** Options of `buildPlan`. */
export interface BuildPlanOptions extends CheckPlanOptions {
  /** Formats: `html`, `md`, `pdf`, `docx`, `json`, `csv` (default: `html` and `pdf`). */
  formats?: string[]
  /** Documents: `programmaplan`, `beleidskader`, `raadsvoorstel` (default: all the plan supports). */
  documents?: string[]
  /** Self-contained HTML: stylesheet and logo inside the HTML, no `assets/` (default: `false`). */
  standalone?: boolean
  /** Build even when there are errors (default: `false`: no outputs then). */
  force?: boolean
}

/**
 * One diagnostic, as plain data: the objects `kapstok check --format json` prints (`file`,
 * `line`, `column`, `endLine`, `endColumn`, `ruleId`, `severity`, `message`; `null` where unknown).
 */
export type PlanMessage = DiagnosticJson

/** Result of `checkPlan`. */
export interface CheckResult {
  /** `true` when there are no errors (warnings allowed). */
  ok: boolean
  /** Number of messages per severity. */
  counts: Record<'error' | 'warning' | 'info', number>
  /** All messages, by file and position. */
  messages: PlanMessage[]
}

/** Result of `buildPlan`. */
export interface BuildResult extends CheckResult {
  /** Output files by path, e.g. `programmaplan.html` → text, `programmaplan.pdf` → bytes. */
  outputs: Record<string, string | Uint8Array>
}

/**
 * Check a plan with the recommended rules (or the configuration's): schema, references and
 * every policy rule.
 *
 * ```js
 * const { ok, messages } = await checkPlan({ files: { 'plan.md': text } })
 * ```
 *
 * @param input Path or files in memory.
 * @param options Configuration (optional).
 * @returns Whether it is free of errors, and the messages.
 */
export async function checkPlan(input: PlanInput, options: CheckPlanOptions = {}): Promise<CheckResult> {
  const loaded = await configFor(input, options)
  const processor = await createProcessor(loaded, { formats: [] })
  return summary(await processor.process(processInput(input)))
}

/**
 * Check a plan and render its documents in memory (nothing is written). Outputs are empty
 * when there are errors, unless `force` is set.
 *
 * ```js
 * const { outputs } = await buildPlan('plan/', { formats: ['html'], standalone: true })
 * ```
 *
 * @param input Path or files in memory.
 * @param options Formats, documents, configuration (optional).
 * @returns The check result and the outputs by path.
 */
export async function buildPlan(input: PlanInput, options: BuildPlanOptions = {}): Promise<BuildResult> {
  const formats = options.formats ?? ['html', 'pdf']
  const loaded = await configFor(input, options)
  const processor = await createProcessor(loaded, { formats })
  const file = await processor.process(processInput(input), {
    force: options.force === true,
    render: {
      formats,
      ...(options.documents ? { documents: options.documents } : {}),
      ...(options.standalone ? { settings: { standalone: true } } : {})
    }
  })
  const outputs: Record<string, string | Uint8Array> = {}
  for (const output of file.outputs) outputs[output.path] = output.contents
  return { ...summary(file), outputs }
}

function processInput(input: PlanInput): { path: string; files?: Record<string, string | Uint8Array> } {
  return typeof input === 'string' ? { path: input } : { path: input.path ?? '.', files: input.files }
}

// A plan on disk brings its own `kapstok.config.*`; files in memory take `options.config` only.
async function configFor(input: PlanInput, options: CheckPlanOptions): Promise<LoadedConfig> {
  if (typeof input === 'string' && options.config === undefined) {
    const loaded = await loadConfig(input, undefined, { trust: options.trust === true })
    return options.baseDir ? { ...loaded, base: resolve(options.baseDir) } : loaded
  }
  const base = options.baseDir ?? (typeof input === 'string' ? dirname(resolve(input)) : process.cwd())
  return { config: options.config ?? {}, base: resolve(base), trust: options.trust === true }
}

function summary(file: PlanFile): CheckResult {
  return { ok: !file.hasErrors, counts: file.counts, messages: file.messages.map((m) => diagnosticToJson(m, file.path)) }
}
