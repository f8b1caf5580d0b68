// Runs the kapstok CLI in a worker thread, so the corpus test can bound each bad input's time
// (terminate the worker) and heap (resourceLimits) without spawning a process per input.
import { parentPort } from 'node:worker_threads'
import { main } from '@kapstok/cli'

parentPort.on('message', async ({ args, cwd }) => {
  let stdout = ''
  let stderr = ''
  const started = performance.now()
  const code = await main(args, {
    stdout: { write: (t) => (stdout += t) },
    stderr: { write: (t) => (stderr += t) },
    cwd
  })
  parentPort.postMessage({ code, stdout, stderr, ms: performance.now() - started })
})
