import { createHash } from 'node:crypto'
import { diagnosticToJson, type DiagnosticJson, type Output, type Processor } from '@kapstok/core'
import { buildDocument, supportedDocuments, type DocumentKind } from '@kapstok/documents'
import { createTreeCache, type TreeCache } from '@kapstok/markdown'

/** Options of `createRebuilder`. */
export interface RebuilderOptions {
  /** Plan folder or file. */
  path: string
  /**
   * Make the processor (reader, rules, renderers), reading from these trees so unchanged files
   * are not parsed again. Called once, and again after `rebuild({ reload: true })` (a changed config).
   */
  processor: (trees: TreeCache) => Promise<Processor>
  /** Formats to render (default: `['html']`). */
  formats?: string[]
  /** Documents to render (default: all the plan supports). */
  documents?: string[]
  /** Write the outputs of one rebuild; returns the paths written. */
  write: (outputs: Output[]) => Promise<string[]>
}

/** What one rebuild did. */
export interface BuildResult {
  /** Whether the plan had no errors (when it had, nothing was written: the last good outputs stay). */
  ok: boolean
  /** Every message of the check and the render, as plain JSON (paths as the reader saw them). */
  messages: DiagnosticJson[]
  /** Documents rendered this time (those whose content changed). */
  rendered: string[]
  /** Paths written. */
  written: string[]
  /** Duration in milliseconds. */
  ms: number
}

/** Rebuilds a plan, each time parsing only changed files and rendering only changed documents. */
export interface Rebuilder {
  /**
   * Check the plan again and render what changed.
   *
   * @param options `reload`: make a new processor first (the config changed) and render everything.
   * @returns What was done.
   */
  rebuild(options?: { reload?: boolean }): Promise<BuildResult>
}

/**
 * Create a rebuilder. It keeps the parsed trees of the last run (so an edit re-parses one file)
 * and a hash of each document's view (so an edit in the agenda does not re-render a beleidskader
 * that does not show it). A run with errors writes nothing and forgets nothing: the next good
 * run renders everything that changed since the last good one.
 *
 * @param options Plan, processor factory, formats and where to write.
 * @returns The rebuilder.
 */
export function createRebuilder(options: RebuilderOptions): Rebuilder {
  const trees = createTreeCache()
  const views = new Map<string, string>()
  let processor: Processor | undefined
  return {
    async rebuild({ reload = false } = {}) {
      const started = performance.now()
      if (reload || !processor) {
        processor = await options.processor(trees)
        views.clear()
      }
      const file = await processor.parse({ path: options.path })
      trees.prune() // keep only the trees of the files as they are now
      const done = (ok: boolean, rendered: string[] = [], written: string[] = []): BuildResult => ({
        ok,
        messages: file.messages.map((m) => diagnosticToJson(m)),
        rendered,
        written,
        ms: performance.now() - started
      })
      if (!file.model) return done(false)
      await processor.validate(file)
      if (file.hasErrors) return done(false)
      await processor.transform(file)
      const model = file.model
      if (!model) return done(false)
      const kinds = supportedDocuments(model).filter((kind) => !options.documents || options.documents.includes(kind))
      const hashes = new Map(kinds.map((kind) => [kind, viewHash(model, kind)]))
      const changed = kinds.filter((kind) => views.get(kind) !== hashes.get(kind))
      if (changed.length === 0) return done(true)
      await processor.render(file, { formats: options.formats ?? ['html'], documents: changed })
      if (file.hasErrors) return done(false)
      const written = await options.write(file.outputs)
      for (const kind of changed) views.set(kind, hashes.get(kind) as string)
      return done(true, changed, written)
    }
  }
}

// The document view is what every renderer draws; the same view gives the same output.
function viewHash(model: Parameters<typeof buildDocument>[0], kind: DocumentKind): string {
  return createHash('sha1').update(JSON.stringify(buildDocument(model, kind))).digest('hex')
}
