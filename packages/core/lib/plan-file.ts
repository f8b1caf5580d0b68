import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { createDiagnostic, severityOf, type DiagnosticOptions } from './diagnostics.js'
import type { Plan } from './model.generated.js'
import { SourceMap, type SourceLocation } from './source-map.js'

/**
 * Most messages listed per rule id: a million findings of one kind are one problem, and
 * listing them would swamp the report (and the memory of the tool that reads it).
 */
export const MAX_MESSAGES_PER_RULE = 200

/** One file a renderer produced. Written to disk atomically by the CLI. */
export interface Output {
  /** Path relative to the output folder, e.g. `programmaplan.html`. */
  path: string
  /** File contents. */
  contents: string | Uint8Array
  /** Which document it belongs to, e.g. `programmaplan` (optional). */
  document?: string
  /** Output format, e.g. `html` (optional). */
  format?: string
}

/**
 * The unit kapstok processes: one plan, which may span several source files.
 *
 * Like unified's VFile, it carries everything the pipeline knows: the sources (as vfiles, so
 * messages attach to the file they are about), the model, the source map from model values
 * back to file:line:col, and the outputs. Problems in content are never thrown: they become
 * messages here.
 */
export class PlanFile {
  /** The path the user gave: a plan folder or a single file. */
  readonly path: string
  /** Source files, in reading order. */
  readonly sources: VFile[] = []
  /** The policy model, once parsed. */
  model: Plan | undefined
  /** Positions of model values. */
  readonly sourceMap = new SourceMap()
  /** Rendered outputs. */
  readonly outputs: Output[] = []
  /** Messages without a source file (e.g. "no plan in this folder"). */
  readonly #planFile: VFile
  /** Free space for plugins to share data (like `file.data` in unified). */
  readonly data: Record<string, unknown> = {}
  /** Messages per rule id, and the note that stands for those over the limit. */
  readonly #perRule = new Map<string, { count: number; overflow?: VFileMessage }>()

  /**
   * @param path The plan's path as given by the user.
   */
  constructor(path: string) {
    this.path = path
    this.#planFile = new VFile({ path })
  }

  /**
   * Register a source file so messages can attach to it.
   *
   * @param file The source vfile (its `path` names it).
   * @returns The same file.
   */
  addSource(file: VFile): VFile {
    this.sources.push(file)
    return file
  }

  /**
   * The vfile for a path: a registered source, or the plan itself.
   *
   * @param path A file path.
   * @returns The vfile that collects its messages.
   */
  fileFor(path: string | undefined): VFile {
    return this.sources.find((f) => f.path === path) ?? this.#planFile
  }

  /**
   * Report a finding. The place comes from `options.location` or is resolved from
   * `options.pointer` against the source map (the nearest enclosing value with a position).
   *
   * @param reason The Dutch message.
   * @param options Rule id, severity, place.
   * @returns The message, attached to the right source file.
   */
  message(reason: string, options: DiagnosticOptions): VFileMessage {
    // A value the source map cannot place (e.g. a field missing from the whole plan) is
    // reported at the start of the first source, so every message about the model has a place.
    const location =
      options.location ?? (options.pointer !== undefined ? (this.sourceMap.locate(options.pointer) ?? this.#start()) : undefined)
    const message = createDiagnostic(reason, options, location)
    const file = this.fileFor(location?.file)
    if (!message.file) message.file = file.path
    const tally = this.#perRule.get(options.ruleId) ?? { count: 0 }
    this.#perRule.set(options.ruleId, tally)
    tally.count++
    if (tally.count <= MAX_MESSAGES_PER_RULE) {
      file.messages.push(message)
      return message
    }
    // Over the limit: the message is returned (callers may still use it) but not listed; one
    // note at the first one left out says how many more there are.
    const hidden = tally.count - MAX_MESSAGES_PER_RULE
    const note = `Nog ${hidden} ${hidden === 1 ? 'melding' : 'meldingen'} van \`${options.ruleId}\` niet getoond (maximaal ${MAX_MESSAGES_PER_RULE} per regel); los eerst de getoonde op`
    if (tally.overflow) {
      tally.overflow.reason = note
      tally.overflow.message = note
    } else {
      tally.overflow = createDiagnostic(note, { ruleId: 'too-many-messages', source: '@kapstok/core', severity: 'info' }, location)
      if (!tally.overflow.file) tally.overflow.file = file.path
      file.messages.push(tally.overflow)
    }
    return message
  }

  // The start of the first source file, if any.
  #start(): SourceLocation | undefined {
    const first = this.sources[0]?.path
    return first === undefined ? undefined : { file: first, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
  }

  /**
   * The location of a model value.
   *
   * @param pointer JSON Pointer.
   * @returns Its (nearest) location.
   */
  locate(pointer: string): SourceLocation | undefined {
    return this.sourceMap.locate(pointer)
  }

  /** Every message, sorted by file, then line, then column. */
  get messages(): VFileMessage[] {
    const all = [...this.#planFile.messages, ...this.sources.flatMap((f) => f.messages)]
    return all.sort(compareMessages)
  }

  /** Number of messages per severity. */
  get counts(): Record<'error' | 'warning' | 'info', number> {
    const counts = { error: 0, warning: 0, info: 0 }
    for (const m of this.messages) counts[severityOf(m)]++
    return counts
  }

  /** Whether any message is an error. */
  get hasErrors(): boolean {
    return this.messages.some((m) => m.fatal === true)
  }

  /** Number of error messages: a build with `--force` marks its documents with it. */
  get errorCount(): number {
    return this.messages.filter((m) => m.fatal === true).length
  }
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  )
}
