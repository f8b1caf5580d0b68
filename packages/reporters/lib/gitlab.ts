import { createHash } from 'node:crypto'
import { groupEntries, type Entry } from './entries.js'
import type { Reporter } from './types.js'

/** GitLab code-quality severity per kapstok severity. */
const severities = { error: 'major', warning: 'minor', info: 'info' } as const

/** One issue of a GitLab code-quality report (the Code Climate subset GitLab reads). */
interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: (typeof severities)[keyof typeof severities]
  location: { path: string; lines: { begin: number; end?: number } }
}

/**
 * GitLab CI code-quality report (`artifacts: reports: codequality`): a JSON array with one
 * issue per message: `description`, `check_name` (the rule id), `severity` (`major` for a
 * fout, `minor` for a waarschuwing, `info`), `location.path` relative to the project and
 * `location.lines`, and a `fingerprint` that stays the same while the finding does (file,
 * rule, message and the n-th occurrence of that triple, not the line, so a finding that
 * moves down a few lines is still the same issue for GitLab's merge-request widget).
 *
 * @param input Files and messages.
 * @returns Pretty-printed JSON array, without a final newline.
 */
export const gitlab: Reporter = (input) => {
  const seen = new Map<string, number>()
  const issues: CodeQualityIssue[] = groupEntries(input).flatMap((group) =>
    group.entries.map((entry) => {
      const key = [entry.path, entry.json.ruleId ?? '', entry.json.message].join('\u0000')
      const occurrence = (seen.get(key) ?? 0) + 1
      seen.set(key, occurrence)
      return issue(entry, createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'))
    })
  )
  return JSON.stringify(issues, null, 2)
}

/**
 * The code-quality issue for one message.
 *
 * @param entry A message entry.
 * @param fingerprint Its stable fingerprint.
 * @returns The issue.
 */
function issue(entry: Entry, fingerprint: string): CodeQualityIssue {
  const { json } = entry
  const begin = json.line ?? 1
  const end = json.endLine ?? undefined
  return {
    description: json.message,
    check_name: json.ruleId ?? 'kapstok',
    fingerprint,
    severity: severities[json.severity],
    location: { path: entry.path, lines: end !== undefined && end > begin ? { begin, end } : { begin } }
  }
}
