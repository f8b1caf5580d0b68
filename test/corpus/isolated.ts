import { Worker } from 'node:worker_threads'

/** What one CLI run in the worker gave. */
export interface IsolatedResult {
  /** Exit code (`undefined` when the run was stopped). */
  code?: number
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
  /** Wall-clock time taken (ms). */
  ms: number
  /** CPU time taken, user and system, of the process while the run went on (ms; absent when stopped). */
  cpuMs?: number
  /** Why the run was stopped: over the time limit, or out of heap (optional). */
  stopped?: 'time' | 'memory' | 'crash'
}

/** Limits of one run. */
export interface Limits {
  /** Wall-clock time after which a run is stopped as a hang (ms). */
  timeMs: number
  /** Old-generation heap (MB). */
  heapMb: number
}

let worker: Promise<Worker> | undefined

// A new worker first loads kapstok (a run of `--version`), so that time is not counted.
async function start(heapMb: number): Promise<Worker> {
  const created = new Worker(new URL('./worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true
  })
  await new Promise((resolve, reject) => {
    created.once('message', resolve)
    created.once('error', reject)
    created.postMessage({ args: ['--version'], cwd: process.cwd() })
  })
  return created
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
export async function runIsolated(args: string[], cwd: string, limits: Limits): Promise<IsolatedResult> {
  const current = await (worker ??= start(limits.heapMb))
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
  await (await worker)?.terminate()
  worker = undefined
}
