/**
 * Opt-in per-rule timing, like ESLint's `TIMING=1`: with `KAPSTOK_TIMING=1` (or a number, the
 * rows to show; `all` for every rule) each rule's check is timed (CPU time of the process, so other work on the machine does not count) and, when the process ends, a
 * table of the slowest rules goes to stderr. Shared readers are cached per text, table or plan,
 * so the first rule to need one pays for it.
 */

const setting = typeof process === 'undefined' ? undefined : process.env.KAPSTOK_TIMING
/** Whether rule timing is on (`KAPSTOK_TIMING` set and not `0`). */
export const timingEnabled = setting !== undefined && setting !== '' && setting !== '0' && setting !== 'false'

const totals = new Map<string, { ms: number; runs: number }>()
let registered = false

/**
 * Run `fn`, adding its CPU time to rule `id` when timing is on.
 *
 * @param id Rule id.
 * @param fn The check.
 */
export function timed(id: string, fn: () => void): void {
  if (!timingEnabled) {
    fn()
    return
  }
  if (!registered) {
    registered = true
    process.on('exit', () => process.stderr.write(timingTable()))
  }
  const start = process.cpuUsage()
  try {
    fn()
  } finally {
    const used = process.cpuUsage(start)
    const entry = totals.get(id) ?? { ms: 0, runs: 0 }
    entry.ms += (used.user + used.system) / 1000
    entry.runs++
    totals.set(id, entry)
  }
}

/**
 * The timing table: rule, total ms, runs, share of all rule time; slowest first.
 *
 * @returns The table as text (empty when nothing was timed).
 */
export function timingTable(): string {
  if (totals.size === 0) return ''
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms)
  const limit = setting === 'all' ? rows.length : Number.parseInt(setting ?? '', 10) > 1 ? Number.parseInt(setting ?? '', 10) : 15
  const all = rows.reduce((sum, [, t]) => sum + t.ms, 0)
  const width = Math.max(4, ...rows.slice(0, limit).map(([id]) => id.length))
  const lines = [`${'Rule'.padEnd(width)} | CPU (ms)  | Runs | Relative`, `${'-'.repeat(width)}-|----------:|-----:|--------:`]
  for (const [id, t] of rows.slice(0, limit)) {
    lines.push(`${id.padEnd(width)} | ${t.ms.toFixed(1).padStart(9)} | ${String(t.runs).padStart(4)} | ${((100 * t.ms) / all).toFixed(1).padStart(7)}%`)
  }
  lines.push(`${'(all rules)'.padEnd(width)} | ${all.toFixed(1).padStart(9)} | ${''.padStart(4)} |  100.0%`)
  return `${lines.join('\n')}\n`
}
