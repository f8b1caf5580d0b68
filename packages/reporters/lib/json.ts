import type { DiagnosticJson } from '@kapstok/core'
import { groupEntries } from './entries.js'
import type { Reporter } from './types.js'

/**
 * Machine-readable report: a JSON array with one object per message, in the shape of
 * `diagnosticToJson` from `@kapstok/core` (`file`, `line`, `column`, `endLine`, `endColumn`,
 * `ruleId`, `severity`, `message`, and `pointer` and `url` when known). `file` is relative
 * to `cwd`; positions of messages without a place are `null`.
 *
 * @param input Files and messages.
 * @returns Pretty-printed JSON (two-space indent), without a final newline.
 */
export const json: Reporter = (input) => {
  const list: DiagnosticJson[] = groupEntries(input).flatMap((group) => group.entries.map((entry) => entry.json))
  return JSON.stringify(list, null, 2)
}
