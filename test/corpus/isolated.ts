import { Worker } from 'node:worker_threads'

/** What one CLI run in the worker gave. */
export interface IsolatedResult {
  /** Exit code (`undefined` when the run was stopped). */
  code?: number
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
  /** Time taken (ms). */
  ms: number
  /** Why the run was stopped: over the time limit, or out of heap (optional). */
  stopped?: 'time' | 'memory' | 'crash'
}

/** Limits of one run. */
export interface Limits {
  /** Wall-clock time (ms). */
  timeMs: number
  /** Old-generation heap (MB). */
  heapMb: number
}

let worker: Worker | undefined

function start(heapMb: number): Worker {
  return new Worker(new URL('./worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true
  })
}

/**
 * Run the CLI in a worker thread with a time and a heap limit. A run over either limit is
 * stopped (the worker is ended and replaced), so one hanging input cannot stall the corpus.
 *
 * @param args CLI arguments.
 * @param cwd Working folder.
 * @param limits Time and heap limits.
 * @returns Exit code and output, or why the run was stopped.
 */
export function runIsolated(args: string[], cwd: string, limits: Limits): Promise<IsolatedResult> {
  const current = (worker ??= start(limits.heapMb))
  const started = performance.now()
  return new Promise((resolve) => {
    const finish = (result: IsolatedResult): void => {
      clearTimeout(timer)
      current.off('message', onMessage)
      current.off('error', onError)
      current.off('exit', onExit)
      resolve(result)
    }
    const stop = (why: IsolatedResult['stopped']): void => {
      worker = undefined
      void current.terminate()
      finish({ stdout: '', stderr: '', ms: performance.now() - started, stopped: why })
    }
    const onMessage = (result: IsolatedResult): void => finish(result)
    const onError = (error: Error & { code?: string }): void => stop(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash')
    const onExit = (): void => stop('crash')
    const timer = setTimeout(() => stop('time'), limits.timeMs)
    current.on('message', onMessage)
    current.on('error', onError)
    current.on('exit', onExit)
    current.postMessage({ args, cwd })
  })
}

/** End the worker (after the last run). */
export async function stopIsolated(): Promise<void> {
  await worker?.terminate()
  worker = undefined
}
