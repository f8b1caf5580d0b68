import type { PlanFile, Processor, SourceLocation } from '@kapstok/core'

type VFileMessage = ReturnType<PlanFile['message']>

/**
 * An inline disable comment, as the Markdown reader stores it in
 * `file.data.disableComments`: `<!-- kapstok-disable-next-line rule-id -->` gives one line,
 * `<!-- kapstok-disable rule-id -->` … `<!-- kapstok-enable -->` a range.
 */
export interface DisableComment {
  /** Source file path. */
  file: string
  /** The (first) line the directive applies to (1-based). */
  line: number
  /** Last line of a `kapstok-disable` range, inclusive (optional; default: `line`). */
  endLine?: number
  /** Rule ids; empty means all rules. */
  ruleIds: string[]
}

/**
 * The disable comments the reader found.
 *
 * @param file The plan file.
 * @returns The comments (empty when there are none).
 */
export function disableCommentsOf(file: PlanFile): DisableComment[] {
  const value = file.data.disableComments
  return Array.isArray(value) ? (value as DisableComment[]) : []
}

/**
 * Whether a finding of `ruleId` at `location` is switched off by a disable comment.
 *
 * @param file The plan file.
 * @param ruleId Rule id of the finding.
 * @param location Where it is (findings without a place are never suppressed).
 * @returns `true` when suppressed.
 */
export function isSuppressed(file: PlanFile, ruleId: string, location: SourceLocation | undefined): boolean {
  if (!location) return false
  return matches(disableCommentsOf(file), ruleId, location.file, location.start.line)
}

/**
 * Remove every message (from any plugin, core included) that a disable comment switches off.
 * Rules made with `lintRule` never report suppressed findings; call this after validation for
 * the others, or use the `disableComments` plugin last.
 *
 * @param file The plan file.
 * @returns The number of messages removed.
 */
export function applyDisableComments(file: PlanFile): number {
  const comments = disableCommentsOf(file)
  if (comments.length === 0) return 0
  let removed = 0
  for (const source of file.sources) {
    const keep = source.messages.filter((m) => !suppressedMessage(comments, m, source.path))
    removed += source.messages.length - keep.length
    source.messages.splice(0, source.messages.length, ...keep)
  }
  return removed
}

/**
 * Plugin: a validator that applies disable comments to the messages of earlier validators.
 * Attach it last (the presets and `configureRules` do).
 */
export function disableComments(this: Processor): void {
  this.validator('disable-comments', (_model, file) => {
    applyDisableComments(file)
  })
}

function suppressedMessage(comments: DisableComment[], message: VFileMessage, path: string): boolean {
  if (!message.ruleId || typeof message.line !== 'number') return false
  return matches(comments, message.ruleId, message.file || path, message.line)
}

function matches(comments: DisableComment[], ruleId: string, file: string, line: number): boolean {
  return comments.some(
    (c) =>
      c.file === file &&
      line >= c.line &&
      line <= (c.endLine ?? c.line) &&
      (c.ruleIds.length === 0 || c.ruleIds.includes(ruleId))
  )
}
