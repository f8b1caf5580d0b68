/** Where the CLI writes, so tests can run it in-process. */
export interface CliIo {
  /** Standard output. */
  stdout: { write(text: string): unknown; isTTY?: boolean }
  /** Standard error. */
  stderr: { write(text: string): unknown; isTTY?: boolean }
  /** Working directory. */
  cwd: string
}

/** Exit codes, as ESLint: 0 clean, 1 problems found, 2 usage or configuration error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const

/** A usage or configuration error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}
