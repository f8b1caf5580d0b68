// Benchmarks (run with `pnpm bench`): how long each pipeline stage takes and how much memory
// it needs, on the Hoogeveen example and on synthetic plans of growing size. Numbers go here,
// not in timed tests. Each case runs in a fresh child process so memory peaks don't mix.
//
//   pnpm bench                 all cases
//   pnpm bench -- 500 5000     only synthetic plans of these sizes
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

if (process.argv[2] === '--case') {
  await runCase(process.argv[3], process.argv[4].split(','))
} else {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean)
  const cases = sizes.length ? sizes.map(String) : ['hoogeveen', '500', '2000', '10000']
  console.log('case        rows   read+check  html+md   pdf      total    peak RSS')
  for (const name of cases) {
    const formats = name === '10000' ? 'html,md' : 'html,md,pdf'
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--case', name, formats], { encoding: 'utf8' })
    console.log(out.trim())
  }
}

async function runCase(name, formats) {
  const { kapstok } = await import('@kapstok/core')
  const { markdownSource } = await import('@kapstok/markdown')
  const { configureRules } = await import('@kapstok/rules')
  const { htmlRenderer, dataExports } = await import('@kapstok/render-html')
  const { pdfRenderer } = await import('@kapstok/render-pdf')
  let path = join(root, 'examples/hoogeveen-sociaal-domein')
  let dir
  if (name !== 'hoogeveen') {
    dir = mkdtempSync(join(tmpdir(), 'kapstok-bench-'))
    path = join(dir, 'plan.md')
    writeFileSync(path, synthetic(Number(name)))
  }
  let peak = 0
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const processor = kapstok().use(markdownSource).use(configureRules({})).use(htmlRenderer).use(pdfRenderer).use(dataExports)
  const t0 = performance.now()
  const file = await processor.parse({ path })
  await processor.validate(file)
  const t1 = performance.now()
  await processor.render(file, { formats: formats.filter((f) => f !== 'pdf') })
  const t2 = performance.now()
  if (formats.includes('pdf')) await processor.render(file, { formats: ['pdf'], documents: ['programmaplan'] })
  const t3 = performance.now()
  clearInterval(sample)
  peak = Math.max(peak, process.memoryUsage().rss)
  const ms = (a, b) => `${Math.round(b - a)} ms`.padStart(8)
  const rows = String(file.model?.acties?.length ?? 0).padStart(6)
  const pdf = formats.includes('pdf') ? ms(t2, t3) : '       -'
  console.log(`${name.padEnd(10)}${rows}  ${ms(t0, t1)}  ${ms(t1, t2)} ${pdf}  ${ms(t0, t3)}  ${Math.round(peak / 2 ** 20)} MiB`)
  if (dir) rmSync(dir, { recursive: true, force: true })
}

function synthetic(rows) {
  const thema = (n) => `## Thema ${n}: Onderdeel ${n} {#t${n}}\n\nIntro van thema ${n}.\n`
  const lines = [
    '---',
    'gemeente: Benchmark',
    'titel: Synthetisch programmaplan',
    'soort: programmaplan',
    'periode: 2022-2025',
    'status: concept',
    'datum: 2022-01-18',
    '---',
    '',
    '# Ambitie',
    '',
    'Iedereen doet mee.',
    '',
    "# Thema's",
    '',
    ...[1, 2, 3, 4, 5].map(thema),
    '# Uitvoeringsagenda',
    ''
  ]
  for (let t = 1; t <= 5; t++) {
    lines.push(`## [Onderdeel ${t}](#t${t})`, '', '| Activiteit | Doel | Start | Afronding | Domein |', '|---|---|---|---|---|')
    for (let i = 0; i < rows / 5; i++) {
      lines.push(`| Activiteit ${t}.${i + 1}: samenwerken met partners in de wijk | Minder zware zorg | 2022 | ${2023 + (i % 3)} | Wmo |`)
    }
    lines.push('')
  }
  lines.push('# Financiën', '', '| Domein | 2025 |', '|---|---|', '| Jeugd | € 200.000 |', '| **Totaal** | **€ 200.000** |', '')
  return lines.join('\n')
}
