import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { createDiagnostic, severityOf, type DiagnosticOptions } from './diagnostics.js'
import type { Plan } from './model.generated.js'
import { SourceMap, type SourceLocation } from './source-map.js'

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
    const location =
      options.location ?? (options.pointer !== undefined ? this.sourceMap.locate(options.pointer) : undefined)
    const message = createDiagnostic(reason, options, location)
    const file = this.fileFor(location?.file)
    if (!message.file) message.file = file.path
    file.messages.push(message)
    return message
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
