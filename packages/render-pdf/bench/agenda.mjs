// Benchmark: a synthetic agenda of N rows (default 10,000) rendered as programmaplan PDF,
// streamed to a file. Prints time, pages, file size and peak memory.
//
//   pnpm build && node packages/render-pdf/bench/agenda.mjs [rows] [out.pdf]
import { createWriteStream, readFileSync } from 'node:fs'
import { buildDocument } from '@kapstok/documents'
import { writePdf } from '@kapstok/render-pdf'

const rows = Number(process.argv[2] ?? 10_000)
const out = process.argv[3] ?? '/tmp/kapstok-bench-agenda.pdf'
const plan = JSON.parse(readFileSync(new URL('../../../test/fixtures/pdf/small-plan.json', import.meta.url), 'utf8'))
plan.acties = Array.from({ length: rows }, (_, i) => ({
  id: `x${i + 1}`,
  pijler: i % 2 === 0 ? 't1' : 't2',
  subkop: `Cluster ${Math.floor(i / 40) + 1}`,
  activiteit: `Activiteit ${i + 1}: ${'werk samen met partners in de wijk '.repeat(1 + (i % 3))}`,
  doel: `Doel ${i + 1}: minder zware zorg`,
  start: '2024',
  eind: i % 5 === 0 ? 'Doorlopend' : '12-2025',
  domein: i % 3 === 0 ? 'Jeugd' : 'Wmo'
}))

let peak = 0
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss))
const timer = setInterval(sample, 50)
const started = performance.now()
const view = buildDocument(plan, 'programmaplan')
const file = createWriteStream(out)
let bytes = 0
let lastReport = 0
await writePdf(view, {
  write(chunk) {
    bytes += chunk.length
    file.write(chunk)
  },
  onProgress({ done, total }) {
    const percent = Math.floor((done / total) * 100)
    if (percent >= lastReport + 10) {
      lastReport = percent
      process.stderr.write(`${percent}% `)
    }
  }
})
await new Promise((resolve) => file.end(resolve))
clearInterval(timer)
sample()
const seconds = (performance.now() - started) / 1000
console.log(`\n${rows} rows: ${seconds.toFixed(1)} s, ${(bytes / 1024 / 1024).toFixed(1)} MiB, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MiB → ${out}`)
