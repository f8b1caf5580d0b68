/**
 * A child process of `checkInChildren` (children.ts): checks the plan folders the parent sends,
 * one at a time, and sends back each one's findings. It ends when the parent disconnects.
 */
import { checkPlan } from './check.js'
import type { Finding } from './score.js'

/** The parent's request: check this plan folder. */
export interface PlanRequest {
  dir: string
}

/** The answer: the plan's findings, or why there are none. */
export type PlanReply = { dir: string; findings: Finding[] } | { dir: string; error: string }

const reply = (message: PlanReply): void => {
  // With a callback, a failed send is handed to it instead of thrown as an 'error' event: when
  // the parent was stopped (Ctrl-C, a killed `pnpm eval`), the answer has nobody to go to, and
  // the child ends quietly instead of printing an EPIPE stack trace under the parent's output.
  process.send?.(message, undefined, undefined, (error) => {
    if (error) process.exit(0)
  })
}

// The parent went away while this child was checking: nobody waits for the rest.
process.on('disconnect', () => process.exit(0))

process.on('message', (request: PlanRequest) => {
  checkPlan(request.dir).then(
    (findings) => reply({ dir: request.dir, findings }),
    (error: unknown) => reply({ dir: request.dir, error: error instanceof Error ? error.message : String(error) })
  )
})
