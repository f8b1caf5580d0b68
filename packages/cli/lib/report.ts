import { resolve } from 'node:path'
import type { VFileMessage } from 'vfile-message'
import type { ReportFile, ReportInput } from '@kapstok/reporters'

/** What a report is made from: a checked plan, or a result read back from the cache. */
export interface Reportable {
  /** The plan path (messages without a file belong here). */
  path: string
  /** Sources read (listed even when clean). */
  sources: ReadonlyArray<{ path: string }>
  /** The messages. */
  messages: VFileMessage[]
}
import { EXIT } from './io.js'

/**
 * Group a plan file's messages per source file for the reporters; sources without messages
 * are listed too (they count as checked and clean).
 *
 * @param file The processed plan.
 * @param cwd Folder paths are shown relative to.
 * @returns Reporter input.
 */
export function reportInput(file: Reportable, cwd: string): ReportInput {
  const byPath = new Map<string, ReportFile>()
  for (const source of file.sources) byPath.set(source.path, { path: source.path, messages: [] })
  for (const message of file.messages) {
    const path = message.file || file.path
    const entry = byPath.get(path) ?? { path, messages: [] }
    entry.messages.push(message)
    byPath.set(path, entry)
  }
  // Reporters show absolute paths relative to `cwd`; the reader's paths are relative to the
  // process's folder, which need not be `cwd` (tests, embedding tools).
  const files = [...byPath.values()].map((entry) => ({ ...entry, path: resolve(entry.path) }))
  return { files, cwd }
}

/**
 * The exit code a checked plan gives: 3 when a stage crashed (an `internal-error` message;
 * CI must not read a crash as findings), else 1 when there are errors, else 0.
 *
 * @param file The processed plan, or a result read back from the cache.
 * @returns The exit code before warning thresholds.
 */
export function exitCodeOf(file: Reportable): number {
  if (file.messages.some((m) => m.ruleId === 'internal-error')) return EXIT.internal
  return file.messages.some((m) => m.fatal === true) ? EXIT.problems : EXIT.ok
}
