import { basename, dirname, extname } from 'node:path'
import { stat } from 'node:fs/promises'
import { isIgnored } from '@kapstok/markdown'
import { watch } from 'chokidar'
import type { BuildResult, Rebuilder } from './rebuilder.js'

/** Options of `watchPlan`. */
export interface WatchOptions {
  /** Plan folder or file. */
  path: string
  /** Config file in use (optional): a change makes a new processor. */
  config?: string
  /** The rebuilder. */
  rebuilder: Rebuilder
  /** Called after every rebuild (including the first). */
  onBuild: (result: BuildResult) => void
  /** Called when a rebuild crashed (a bug, not a content problem). */
  onError?: (error: unknown) => void
  /** Quiet time after the last change before rebuilding, in ms (default: 20). */
  debounce?: number
}

/** A running watch. */
export interface PlanWatch {
  /** Resolves after the first build, once the file watcher is ready. */
  ready: Promise<void>
  /** Stop watching; resolves when the build under way (if any) has finished. */
  close(): Promise<void>
}

const sourceExtensions = new Set(['.md', '.markdown', '.yaml', '.yml', '.json'])

/**
 * Build the plan, then rebuild on every change to its sources or config (chokidar). Changes
 * during a build are collected into one more build after it, never two builds at once.
 *
 * @param options Plan, rebuilder and callbacks.
 * @returns The running watch.
 */
export function watchPlan(options: WatchOptions): PlanWatch {
  let running: Promise<void> | undefined
  let pending: { reload: boolean } | undefined
  let timer: NodeJS.Timeout | undefined
  let closed = false

  const run = (reload: boolean): void => {
    if (running) {
      pending = { reload: reload || pending?.reload === true }
      return
    }
    running = options.rebuilder
      .rebuild({ reload })
      .then(options.onBuild, (error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined
        const next = pending
        pending = undefined
        if (next && !closed) run(next.reload)
      })
  }

  const isConfig = (file: string): boolean => (options.config !== undefined && file === options.config) || /^kapstok\.config\./.test(basename(file))
  const relevant = (file: string): boolean => isConfig(file) || (!isIgnored(basename(file)) && sourceExtensions.has(extname(file).toLowerCase()))
  let reloadNext = false
  const changed = (file: string): void => {
    if (closed || !relevant(file)) return
    reloadNext ||= isConfig(file)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const reload = reloadNext
      reloadNext = false
      run(reload)
    }, options.debounce ?? 20)
  }

  const watcherReady = (async () => {
    const folder = (await stat(options.path)).isDirectory() ? options.path : dirname(options.path)
    const watcher = watch([folder, ...(options.config ? [options.config] : [])], { ignoreInitial: true, depth: 0 })
    watcher.on('add', changed).on('change', changed).on('unlink', changed)
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
    return watcher
  })()

  run(false)
  const first = running as Promise<void> | undefined
  return {
    ready: Promise.all([watcherReady, first]).then(() => undefined),
    async close() {
      closed = true
      clearTimeout(timer)
      await (await watcherReady).close()
      await running
    }
  }
}
