import { VFileMessage } from 'vfile-message'
import type { SourceLocation } from './source-map.js'

/** How bad a finding is. `error` fails `check` and blocks `build`. */
export type Severity = 'error' | 'warning' | 'info'

/** Where the rule documentation lives; each rule id has a page `<id>.md` there. */
export const RULE_DOCS_BASE = 'https://github.com/kapstok/kapstok/blob/main/docs/rules/'

/**
 * URL of a rule's documentation page.
 *
 * @param ruleId Rule id, e.g. `agenda-date-order`.
 * @returns The URL.
 */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`
}

/** What a plugin passes to create a diagnostic. */
export interface DiagnosticOptions {
  /** Stable kebab-case rule id, e.g. `schema-required`. */
  ruleId: string
  /** Package that emits it, e.g. `@kapstok/core` (default: `kapstok`). */
  source?: string | undefined
  /** Severity (default: `error`). */
  severity?: Severity | undefined
  /** JSON Pointer of the model value the finding is about (optional). */
  pointer?: string | undefined
  /** Explicit location; wins over `pointer` (optional). */
  location?: SourceLocation | undefined
  /** Documentation URL (default: the rule's page). */
  url?: string | undefined
  /** The offending value as written (optional). */
  actual?: string | undefined
  /** Values that would be accepted (optional). */
  expected?: string[] | undefined
  /** Extra explanation shown below the message (optional). */
  note?: string | undefined
  /** A related place, e.g. where a duplicate id was first defined (optional). */
  related?: { reason: string; location: SourceLocation }
}

/** vfile-message's `fatal` encodes severity: true error, false warning, undefined info. */
export function severityToFatal(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/**
 * Severity of a message.
 *
 * @param message A vfile message.
 * @returns Its severity.
 */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * Create a diagnostic: a vfile-message with rule id, source, place, severity and docs url.
 * Messages are in Dutch: say what is wrong with the actual value in backticks, then what is
 * expected; never the position (it is shown separately).
 *
 * @param reason The Dutch message.
 * @param options Rule id, severity, place.
 * @param location Resolved location (the caller resolves `pointer` against its source map).
 * @returns The message; it is not attached to any file yet.
 */
export function createDiagnostic(
  reason: string,
  options: DiagnosticOptions,
  location: SourceLocation | undefined
): VFileMessage {
  const place = location ? { start: { ...location.start }, end: { ...location.end } } : undefined
  const cause = options.related
    ? new VFileMessage(options.related.reason, {
        place: { start: options.related.location.start, end: options.related.location.end }
      })
    : undefined
  if (cause) cause.file = options.related?.location.file ?? ''
  const message = new VFileMessage(reason, {
    ruleId: options.ruleId,
    source: options.source ?? 'kapstok',
    ...(place ? { place } : {}),
    ...(cause ? { cause } : {})
  })
  message.fatal = severityToFatal(options.severity ?? 'error')
  message.url = options.url ?? ruleDocsUrl(options.ruleId)
  if (location) message.file = location.file
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  if (options.note !== undefined) message.note = options.note
  if (options.pointer !== undefined) (message as VFileMessage & { pointer?: string }).pointer = options.pointer
  return message
}

/** The JSON form of a diagnostic, as printed by `check --format json`. */
export interface DiagnosticJson {
  /** Source file path. */
  file: string
  /** Start line (1-based), or null when the finding has no place. */
  line: number | null
  /** Start column (1-based). */
  column: number | null
  /** End line. */
  endLine: number | null
  /** End column. */
  endColumn: number | null
  /** Rule id. */
  ruleId: string | null
  /** Severity. */
  severity: Severity
  /** The Dutch message. */
  message: string
  /** JSON Pointer into the model, when known. */
  pointer?: string | undefined
  /** Documentation URL. */
  url?: string | undefined
}

/**
 * Plain JSON form of a diagnostic.
 *
 * @param message A vfile message.
 * @param fallbackFile File to name when the message has none.
 * @returns The JSON object.
 */
export function diagnosticToJson(message: VFileMessage, fallbackFile = ''): DiagnosticJson {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  const pointer = (message as VFileMessage & { pointer?: string }).pointer
  return {
    file: message.file || fallbackFile,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    ruleId: message.ruleId ?? null,
    severity: severityOf(message),
    message: message.reason,
    ...(pointer !== undefined ? { pointer } : {}),
    ...(message.url ? { url: message.url } : {})
  }
}
