import type { VFileMessage } from 'vfile-message'

/** What a reporter knows about a rule, for formats that list rules (SARIF). */
export interface RuleMeta {
  /** Stable kebab-case rule id, e.g. `agenda-date-order`. */
  id: string
  /** Default severity of the rule. */
  severity: 'error' | 'warning' | 'info'
  /** One-line Dutch description of what the rule checks. */
  description: string
  /** Documentation URL of the rule. */
  url: string
  /** What the rule checks, in full (optional; SARIF `fullDescription`). */
  fullDescription?: string
  /** Help for someone who meets a finding of the rule, in Markdown (optional; SARIF `help`). */
  help?: string
}

/** One checked file and its messages. */
export interface ReportFile {
  /** Path of the file, absolute or relative to `cwd`. */
  path: string
  /** Messages about this file, in any order (reporters sort them by place). */
  messages: VFileMessage[]
}

/** Everything a reporter formats. */
export interface ReportInput {
  /** Checked files, in the order to report them; files without messages count as clean. */
  files: ReportFile[]
  /** Rules that were run (optional; SARIF lists them as `tool.driver.rules`). */
  rules?: RuleMeta[]
  /** Folder that paths are shown relative to (optional; default: paths as given). */
  cwd?: string
  /** kapstok version, e.g. `0.1.0` (optional; SARIF `tool.driver.version`). */
  toolVersion?: string
}

/** Options for reporters; each reporter reads the ones it knows. */
export interface ReporterOptions {
  /** Colour the output with ANSI escape codes (`stylish` only) (default: `false`). */
  color?: boolean
  /** Report warnings as `<failure>` too, not only errors (`junit` only) (default: `false`). */
  warningsAsFailures?: boolean
}

/**
 * A reporter: a pure function from checked files to text, without a final newline.
 *
 * @param input Files, messages and rule metadata.
 * @param options Formatting options (optional).
 * @returns The report.
 */
export type Reporter = (input: ReportInput, options?: ReporterOptions) => string
