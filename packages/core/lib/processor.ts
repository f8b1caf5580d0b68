import type { Plan } from './model.generated.js'
import { RENDER_FAILED, reportCrash } from './crash.js'
import { PlanFile, type Output } from './plan-file.js'

/** What a parser accepts: a path to a plan (folder or file). */
export interface ProcessInput {
  /** Plan folder, Markdown file, or JSON/YAML model file. */
  path: string
  /** File contents by path, to process without touching the disk (optional). */
  files?: Record<string, string | Uint8Array>
}

/** Fills `file.model` and `file.sourceMap` from the input, or reports why it cannot. */
export type Parser = (input: ProcessInput, file: PlanFile, processor: Processor) => Promise<void> | void

/** Adds diagnostics about the model; never changes it. */
export type Validator = (model: Plan, file: PlanFile, processor: Processor) => Promise<void> | void

/** Returns a new model (or changes it in place and returns nothing). */
export type Transformer = (model: Plan, file: PlanFile, processor: Processor) => Promise<Plan | void> | Plan | void

/** Options every renderer receives. */
export interface RenderOptions {
  /** Documents to render, e.g. `['programmaplan']` (default: all the plan supports). */
  documents?: string[]
  /** Formats requested, e.g. `['html', 'md']`; a renderer skips when its format is absent. */
  formats?: string[]
  /** Extra settings for renderers (template pack, labels, …). */
  settings?: Record<string, unknown>
  /** Progress callback for long renders (optional). */
  onProgress?: (event: { document: string; format: string; done: number; total: number }) => void
}

/** Produces output files from the model. */
export type Renderer = (
  model: Plan,
  file: PlanFile,
  options: RenderOptions,
  processor: Processor
) => Promise<Output[]> | Output[]

/** A plugin configures the processor when `use`d: it registers parsers, validators, … */
export type Plugin<Options = any> = (this: Processor, options?: Options) => void

/** A plugin with its options. */
export type PluginTuple<Options = any> = [Plugin<Options>, Options?]

/** A bundle of plugins and settings. */
export interface Preset {
  /** Plugins, with options where needed (optional). */
  plugins?: Pluggable[]
  /** Settings merged into `processor.settings` (optional). */
  settings?: Record<string, unknown>
}

/** Anything `use` accepts. */
export type Pluggable = Plugin | PluginTuple | Preset

/** A registered renderer with the format it produces. */
interface RendererEntry {
  /** Format name, e.g. `html`. */
  format: string
  /** The function. */
  render: Renderer
}

/**
 * The kapstok processor, in the style of unified: plugins hook the stages of the pipeline
 * parse → validate → transform → render.
 *
 * ```ts
 * const file = await kapstok().use(markdownSource).use(recommended).process({path: 'plan/'})
 * ```
 */
export class Processor {
  /** Shared settings (from presets and configuration). */
  readonly settings: Record<string, unknown> = {}
  /** The parser; the last one registered wins. */
  #parser: Parser | undefined
  /** Validators, in registration order. */
  readonly #validators: Array<{ name: string; run: Validator }> = []
  /** Transformers, in registration order. */
  readonly #transformers: Array<{ name: string; run: Transformer }> = []
  /** Renderers. */
  readonly #renderers: RendererEntry[] = []
  /** Plugins already attached, so a preset listed twice does not run twice. */
  readonly #attached = new Set<Plugin>()

  /**
   * Attach a plugin, a `[plugin, options]` tuple, or a preset.
   *
   * @param value What to attach.
   * @param options Options for a plugin (optional).
   * @returns The processor, for chaining.
   */
  use(value: Pluggable, options?: unknown): this {
    if (typeof value === 'function') {
      this.#attachPlugin(value, options)
    } else if (Array.isArray(value)) {
      this.#attachPlugin(value[0], value[1])
    } else if (value !== null && typeof value === 'object') {
      Object.assign(this.settings, value.settings)
      for (const entry of value.plugins ?? []) this.use(entry)
    } else {
      throw new TypeError(`Expected a plugin, tuple or preset in \`use\`, not \`${String(value)}\``)
    }
    return this
  }

  #attachPlugin(plugin: Plugin, options: unknown): void {
    if (this.#attached.has(plugin)) return
    this.#attached.add(plugin)
    plugin.call(this, options)
  }

  /** Register the parser (the last one registered is used). */
  parser(parser: Parser): this {
    this.#parser = parser
    return this
  }

  /**
   * Register a validator.
   *
   * @param name Name used when it crashes (e.g. the rule id).
   * @param run The validator.
   */
  validator(name: string, run: Validator): this {
    this.#validators.push({ name, run })
    return this
  }

  /** Register a transformer. */
  transformer(name: string, run: Transformer): this {
    this.#transformers.push({ name, run })
    return this
  }

  /** Register a renderer for a format. */
  renderer(format: string, render: Renderer): this {
    this.#renderers.push({ format, render })
    return this
  }

  /** Formats the registered renderers produce. */
  get formats(): string[] {
    return [...new Set(this.#renderers.map((r) => r.format))]
  }

  /**
   * Parse the input into a plan file with model and source map.
   *
   * @param input Where the plan is.
   * @returns The plan file (check `hasErrors`).
   */
  async parse(input: ProcessInput): Promise<PlanFile> {
    if (!this.#parser) {
      throw new Error('Cannot `parse` without a parser: use a source plugin such as `markdownSource` first')
    }
    const file = new PlanFile(input.path)
    await this.#parser(input, file, this)
    return file
  }

  /**
   * Run every validator. A validator that crashes becomes an `internal-error` message, so one
   * broken rule never hides the others.
   *
   * @param file A parsed plan file.
   */
  async validate(file: PlanFile): Promise<void> {
    if (!file.model) return
    for (const { name, run } of this.#validators) {
      await guard(file, name, () => run(file.model as Plan, file, this), true)
    }
  }

  /**
   * Run every transformer in order; each receives the previous one's model.
   *
   * @param file A validated plan file.
   */
  async transform(file: PlanFile): Promise<void> {
    for (const { name, run } of this.#transformers) {
      if (!file.model) return
      await guard(file, name, async () => {
        const result = await run(file.model as Plan, file, this)
        if (result) file.model = result
      })
    }
  }

  /**
   * Run the renderers for the requested formats and collect their outputs on the file. A
   * renderer that throws is reported and its format listed in `file.data.renderFailed`, so a
   * caller never writes a partial set of outputs.
   *
   * @param file A transformed plan file.
   * @param options Documents and formats.
   */
  async render(file: PlanFile, options: RenderOptions = {}): Promise<void> {
    if (!file.model) return
    for (const { format, render } of this.#renderers) {
      if (options.formats && !options.formats.includes(format)) continue
      const ok = await guard(file, `render-${format}`, async () => {
        file.outputs.push(...(await render(file.model as Plan, file, options, this)))
      }, true)
      if (!ok) ((file.data[RENDER_FAILED] ??= []) as string[]).push(format)
    }
  }

  /**
   * The whole pipeline: parse, validate, transform, and (when `render` is given) render.
   * Transform and render are skipped when errors were found, unless `force` is set.
   *
   * @param input Where the plan is.
   * @param options `render` options and `force` (optional).
   * @returns The plan file with model, messages and outputs.
   */
  async process(input: ProcessInput, options: { render?: RenderOptions; force?: boolean } = {}): Promise<PlanFile> {
    const file = await this.parse(input)
    if (!file.model) return file
    await this.validate(file)
    if (file.hasErrors && !options.force) return file
    await this.transform(file)
    if (options.render && (!file.hasErrors || options.force)) await this.render(file, options.render)
    return file
  }
}

// A stage that throws becomes a message (see `reportCrash`); the other stages still run.
async function guard(file: PlanFile, name: string, run: () => unknown, skippable = false): Promise<boolean> {
  try {
    await run()
    return true
  } catch (error) {
    reportCrash(file, name, error, { source: '@kapstok/core', skippable })
    return false
  }
}

/**
 * Create a new processor.
 *
 * @returns A processor with no plugins.
 */
export function kapstok(): Processor {
  return new Processor()
}
