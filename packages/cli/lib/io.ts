/** Where the CLI writes, so tests can run it in-process. */
export interface CliIo {
  /** Standard output. */
  stdout: { write(text: string): unknown; isTTY?: boolean }
  /** Standard error. */
  stderr: { write(text: string): unknown; isTTY?: boolean }
  /** Working directory. */
  cwd: string
}

/**
 * Exit codes, as ESLint: 0 clean, 1 problems found, 2 usage or configuration error; 3 an
 * internal error (a crash in kapstok or a plugin), so CI never mistakes a crash for findings.
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const

/** A usage or configuration error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

/** A configuration file with problems: each is printed at its place, exit code 2. */
export class ConfigError extends UsageError {
  /** The problems, each with its place in `file`. */
  readonly problems: Array<{ reason: string; line: number; column: number }>
  /** The configuration file, as the user named it or as found in the plan folder. */
  readonly file: string

  /**
   * @param file The configuration file.
   * @param problems The problems, with line and column.
   */
  constructor(file: string, problems: Array<{ reason: string; line: number; column: number }>) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.reason}`).join('\n'))
    this.file = file
    this.problems = problems
  }
}
