// Runs the kapstok CLI in a worker thread, so the corpus test can bound each bad input's time
// (terminate the worker) and heap (resourceLimits) without spawning a process per input.
// CPU time is measured too: on a loaded machine the wall clock says little about the input.
import { parentPort } from 'node:worker_threads'
import { main } from '@kapstok/cli'

parentPort.on('message', async ({ args, cwd }) => {
  let stdout = ''
  let stderr = ''
  const started = performance.now()
  const cpu = process.cpuUsage()
  const code = await main(args, {
    stdout: { write: (t) => (stdout += t) },
    stderr: { write: (t) => (stderr += t) },
    cwd
  })
  const used = process.cpuUsage(cpu)
  parentPort.postMessage({ code, stdout, stderr, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 })
})
