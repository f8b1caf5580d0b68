/**
 * The checker over several child processes, so the evaluation uses every free core (one process
 * checks the 310 plans one after another in ~250 s CPU). Each child gets the next plan when it
 * is done with one, so a child that drew long plans does not hold the others up; the caller
 * scores the findings in its own order, so the result does not depend on which child checked what.
 */
import { fork } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Finding } from './score.js'
import type { PlanReply } from './worker.js'

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url))

// The CLI's flags (packages/cli/bin/kapstok.js), which only a process's start can set: every
// pattern compiled to machine code at once (about 30 % less CPU), and TurboFan without inlining
// (less time recompiling readers after a deoptimisation). Findings do not depend on them.
const V8_FLAGS = ['--no-regexp-tier-up', '--no-turbo-inlining']

/** Bytes of the files under a folder: how long its check takes, roughly. */
function folderSize(dir: string): number {
  // Paths, not Dirents: a Dirent's `parentPath` is Node 20.12 and later, and the packages ask for 20.
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0)
}

/**
 * Findings of the checker on each plan folder, checked in `jobs` child processes.
 *
 * @param dirs Plan folders.
 * @param jobs Number of child processes (at most one per folder).
 * @returns Findings per folder.
 */
export async function checkInChildren(dirs: string[], jobs: number): Promise<Map<string, Finding[]>> {
  // Largest first: the run does not end with one child on a long example while the others idle.
  const sizes = new Map(dirs.map((dir) => [dir, folderSize(dir)]))
  const queue = [...dirs].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0))
  const results = new Map<string, Finding[]>()
  const count = Math.max(1, Math.min(jobs, queue.length))
  await Promise.all(Array.from({ length: count }, () => checkInChild(queue, results)))
  return results
}

/** One child: takes folders from `queue` until it is empty, and puts their findings in `results`. */
function checkInChild(queue: string[], results: Map<string, Finding[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: V8_FLAGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let current: string | undefined
    const fail = (error: Error): void => {
      queue.length = 0 // the other children stop after their current plan
      current = undefined
      child.kill()
      reject(error)
    }
    const next = (): void => {
      current = queue.shift()
      if (current === undefined) child.disconnect()
      else child.send({ dir: current })
    }
    child.on('message', (reply: PlanReply) => {
      if ('error' in reply) return fail(new Error(`${reply.dir}: ${reply.error}`))
      results.set(reply.dir, reply.findings)
      next()
    })
    child.on('error', fail)
    child.on('exit', (code, signal) => {
      if (current !== undefined) fail(new Error(`The checker's child process stopped (${signal ?? `exit ${code}`}) on ${current}`))
      else resolve()
    })
    next()
  })
}
