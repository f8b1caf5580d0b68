import { isAbsolute, relative, sep } from 'node:path'
import { diagnosticToJson, type DiagnosticJson } from '@kapstok/core'
import type { VFileMessage } from 'vfile-message'
import type { ReportInput } from './types.js'

/** One message with its file path and plain fields, as every reporter needs it. */
export interface Entry {
  /** Path of its file, relative to `cwd` when given, with `/` separators. */
  path: string
  /** The original message. */
  message: VFileMessage
  /** Its plain JSON form; `file` is `path`. */
  json: DiagnosticJson
}

/** One file with its entries, sorted by place. */
export interface EntryGroup {
  /** Path of the file, relative to `cwd` when given, with `/` separators. */
  path: string
  /** Its messages, sorted by line and column (messages without a place first). */
  entries: Entry[]
}

/**
 * Normalise report input: display paths and messages sorted by place.
 *
 * @param input The report input.
 * @returns One group per file, in input order.
 */
export function groupEntries(input: ReportInput): EntryGroup[] {
  return input.files.map((file) => {
    const path = displayPath(file.path, input.cwd)
    const entries = file.messages
      .map((message) => ({ path, message, json: { ...diagnosticToJson(message), file: path } }))
      .sort((a, b) => (a.json.line ?? 0) - (b.json.line ?? 0) || (a.json.column ?? 0) - (b.json.column ?? 0))
    return { path, entries }
  })
}

/**
 * `line:column` of an entry, or `undefined` when it has no place.
 *
 * @param entry An entry.
 * @returns The position text.
 */
export function position(entry: Entry): string | undefined {
  return entry.json.line === null ? undefined : `${entry.json.line}:${entry.json.column ?? 1}`
}

/**
 * A path relative to `cwd` (when given and the path is absolute), with `/` separators.
 *
 * @param path A file path.
 * @param cwd Folder to show paths relative to (optional).
 * @returns The display path.
 */
function displayPath(path: string, cwd: string | undefined): string {
  const shown = cwd !== undefined && isAbsolute(path) ? relative(cwd, path) : path
  return sep === '/' ? shown : shown.split(sep).join('/')
}
