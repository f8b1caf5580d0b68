// `kapstok watch --serve` latency for `pnpm bench`: from saving a one-cell edit to the reload
// event the preview page receives (file watcher, re-read, check, render, write, event).
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'

/**
 * Start `kapstok watch --serve` on a plan file, make `edits` one-cell edits (waiting for each
 * reload event), stop it with SIGINT, and return the median and all latencies.
 *
 * @param {{ bin: string, plan: string, out: string, edits?: number }} options CLI script, plan file (one Markdown file with agenda rows), output folder.
 * @returns {Promise<{ median: number, all: number[], stopped: boolean }>} Milliseconds; whether Ctrl-C ended it with exit 0.
 */
export async function watchLatency({ bin, plan, out, edits = 7 }) {
  const child = spawn(process.execPath, [bin, 'watch', plan, '--out', out, '--serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', () => {})
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`watch did not start:\n${stdout}`)), 60_000)
    child.stdout.on('data', () => {
      const match = /Voorbeeld op (\S+)/.exec(stdout)
      if (match && stdout.includes('Kijkt naar')) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
  })
  const events = []
  let wake = () => {}
  const stream = await new Promise((resolve) => get(`${url}__kapstok/events`, resolve))
  stream.setEncoding('utf8')
  stream.on('data', (chunk) => {
    if (chunk.includes('event: reload')) {
      events.push(performance.now())
      wake()
    }
  })
  const original = readFileSync(plan, 'utf8')
  const all = []
  for (let i = 0; i < edits; i++) {
    // Change the text of one cell (the first agenda row's doel).
    const edited = original.replace(/(\| [^|\n]+ \| )Betere hulp/, `$1Betere hulp (versie ${i + 1})`)
    const seen = events.length
    const start = performance.now()
    const arrived = new Promise((resolve) => (wake = resolve))
    writeFileSync(plan, edited)
    await Promise.race([arrived, new Promise((r) => setTimeout(r, 10_000))])
    if (events.length > seen) all.push(events[seen] - start)
    await new Promise((r) => setTimeout(r, 200)) // let the watcher settle between edits
  }
  writeFileSync(plan, original)
  stream.destroy()
  const code = await new Promise((resolve) => {
    child.once('exit', resolve)
    child.kill('SIGINT')
  })
  const sorted = [...all].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, all, stopped: code === 0 }
}
