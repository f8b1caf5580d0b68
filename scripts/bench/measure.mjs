// Timing helpers for `pnpm bench`: whole processes, each run on its own, median of several.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const gnuTime = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p))

/**
 * Run a command once and measure it: wall time, CPU time (user + system, all threads) and
 * peak resident memory, from GNU time when present (else wall time only).
 *
 * @param {string} command Program.
 * @param {string[]} args Arguments.
 * @param {{ cwd?: string, okCodes?: number[] }} options Working directory; exit codes that count as success (default 0 and 1: `check` finding problems is not a failure).
 * @returns {{ wall: number, cpu: number, rss: number }} Seconds, seconds, MiB.
 */
export function runOnce(command, args, { cwd, okCodes = [0, 1] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kapstok-time-'))
  const report = join(dir, 'time.txt')
  const start = performance.now()
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', '%e %U %S %M', '-o', report, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  const wall = (performance.now() - start) / 1000
  if (result.error) throw result.error
  if (!okCodes.includes(result.status ?? -1)) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${result.status}:\n${(result.stderr ?? '').slice(-2000)}`)
  }
  let cpu = wall
  let rss = 0
  if (gnuTime) {
    const [, user, system, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
    cpu = user + system
    rss = kb / 1024
  }
  rmSync(dir, { recursive: true, force: true })
  return { wall, cpu, rss }
}

/**
 * Median of `runs` runs (after `warmup` unmeasured ones), per measure; peak RSS is the maximum.
 *
 * @param {() => { wall: number, cpu: number, rss: number }} run One measured run.
 * @param {{ runs?: number, before?: () => void }} options Number of runs; something to do before each (e.g. remove a cache).
 * @returns {{ wall: number, cpu: number, rss: number }}
 */
export function median(run, { runs = 3, before } = {}) {
  const results = []
  for (let i = 0; i < runs; i++) {
    before?.()
    results.push(run())
  }
  const mid = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)]
  return { wall: mid('wall'), cpu: mid('cpu'), rss: Math.max(...results.map((r) => r.rss)) }
}

/**
 * Whether a program is on the PATH.
 *
 * @param {string} name Program.
 * @returns {boolean}
 */
export function have(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0
}
