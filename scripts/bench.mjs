// `pnpm bench`: kapstok beside pandoc (and weasyprint) on the same content, whole processes,
// cold (no `--cache` file unless the job says so), in one run on this machine. Prints the table
// and writes bench/results.json. Numbers go here, not in timed tests.
//
//   pnpm bench                  3 runs per job, median
//   pnpm bench -- --quick       1 run per job
//   pnpm bench -- --install     apt-get install pandoc and weasyprint when missing (as root)
//   pnpm bench -- --all-rules   also run the rules listed in `disabledRules` below
//   pnpm bench -- --rules       only the per-rule CPU tables (below), no other jobs
//   (the eval row runs `scripts/eval.mjs` on ten eval plans with every rule on)
// Every run ends with the CPU per rule (`KAPSTOK_TIMING`, see packages/rules/lib/timing.ts) of one
// Hoogeveen check and of the ten eval plans: which rules to look at first when the rows above grow.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { have, median, runOnce } from './bench/measure.mjs'
import { watchLatency } from './bench/watch-latency.mjs'
import { syntheticPlan } from './synthetic-plan.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'packages/cli/bin/kapstok.js')
const args = process.argv.slice(2)
const runs = args.includes('--quick') ? 1 : 3
// Rules being rewritten on other branches for linear time (issue 10); measured without them
// until that work is merged. `--all-rules` measures everything.
const disabledRules = args.includes('--all-rules') ? [] : ['abbreviation-undefined']

if (args.includes('--rules')) {
  perRule()
  process.exit(0)
}
if (args.includes('--install')) install()
const missing = ['pandoc', 'weasyprint'].filter((p) => !have(p))
for (const name of missing) console.log(`${name} ontbreekt: installeer met \`apt-get install -y ${name}\` (of \`pnpm bench -- --install\` als root); die vergelijking wordt overgeslagen.`)

const work = mkdtempSync(join(tmpdir(), 'kapstok-bench-'))
const plans = preparePlans(work)
const rows = []
const kapstok = (cliArgs, options) => median(() => runOnce(process.execPath, [bin, ...cliArgs], options), { runs, ...options })
const reference = (command, cmdArgs) => (have(command) ? median(() => runOnce(command, cmdArgs), { runs }) : undefined)
const pandocHtml = (md) => reference('pandoc', ['-f', 'markdown', '-t', 'html', '-s', md, '-o', join(work, 'pandoc.html')])

// Hoogeveen example
const hoogeveenPandoc = pandocHtml(plans.hoogeveenMd)
const cacheFile = join(work, 'hoogeveen.kapstokcache')
add('check (Hoogeveen)', kapstok(['check', plans.hoogeveen]), hoogeveenPandoc, 'pandoc md→html', { ratio: 0.6 })
runOnce(process.execPath, [bin, 'check', plans.hoogeveen, '--cache-location', cacheFile]) // fill the cache
add('check --cache, nothing changed', kapstok(['check', plans.hoogeveen, '--cache-location', cacheFile]), hoogeveenPandoc, 'pandoc md→html', { ratio: 0.1 })
add('build --format html', kapstok(['build', plans.hoogeveen, '--format', 'html', '--out', join(work, 'out-html'), '--force']), hoogeveenPandoc, 'pandoc md→html', { ratio: 1.0 })
const pdfReference = have('pandoc') && have('weasyprint')
  ? median(() => sum(runOnce('pandoc', ['-f', 'markdown', '-s', plans.hoogeveenMd, '-o', join(work, 'wp.html')]), runOnce('weasyprint', [join(work, 'wp.html'), join(work, 'wp.pdf')])), { runs })
  : undefined
add('build --format pdf --doc programmaplan', kapstok(['build', plans.hoogeveen, '--format', 'pdf', '--doc', 'programmaplan', '--out', join(work, 'out-pdf'), '--force']), pdfReference, 'pandoc → weasyprint', { ratio: 0.3 })

// The evaluation per plan: ten eval plans of ~220 lines in one process (as `pnpm eval` and the
// suite's eval test run them), CPU per plan. A plan should check in a few tens of milliseconds.
const evalPlans = readdirSync(join(root, 'test/eval/plans')).sort().slice(0, 10)
const evalRun = median(() => runOnce(process.execPath, [join(root, 'scripts/eval.mjs'), '--plan', evalPlans.join(',')], { cwd: root }), { runs })
add('eval, CPU per plan (10 plans, one process)', { cpu: evalRun.cpu / evalPlans.length, wall: evalRun.wall / evalPlans.length, rss: evalRun.rss }, undefined, '', { seconds: 0.05 })

// Startup
const node0 = median(() => runOnce(process.execPath, ['-e', '0']), { runs: Math.max(runs, 5) })
add('kapstok --version', kapstok(['--version']), node0, 'node -e 0', { ratio: 2.5 })
add('kapstok --help', kapstok(['--help']), node0, 'node -e 0', { ratio: 2.5 })

// 10,000-row agenda (and 1,000 rows, for linearity)
const check1k = kapstok(['check', plans.agenda1k])
const check10k = kapstok(['check', plans.agenda10k])
add('check, 10,000-row agenda', check10k, pandocHtml(plans.agenda10k), 'pandoc md→html', { ratio: 1.5 })
add('check, 10k rows / 1k rows', { ...check10k, cpu: check10k.cpu / check1k.cpu, wall: check10k.wall / check1k.wall }, undefined, '', { plain: 12 })
const html10k = kapstok(['build', plans.agenda10k, '--format', 'html', '--out', join(work, 'out-10k'), '--force'])
add('build --format html, 10,000 rows', html10k, undefined, '', { seconds: 2 })
const pdf10k = kapstok(['build', plans.agenda10k, '--format', 'pdf', '--doc', 'programmaplan', '--out', join(work, 'out-10k-pdf'), '--force'])
add('build --format pdf, 10,000 rows', pdf10k, undefined, '', { seconds: 10 })
add('peak RSS, 10,000 rows (MiB)', { cpu: Math.max(check10k.rss, html10k.rss, pdf10k.rss), wall: NaN, rss: NaN }, undefined, '', { plain: 500 })

// Live preview: one-cell edit in a 1,000-row plan, saved → reload event
const latency = await watchLatency({ bin, plan: plans.agenda1k, out: join(work, 'out-watch') })
add('watch: one-cell edit → reload (ms), 1,000 rows', { cpu: latency.median, wall: NaN, rss: NaN }, undefined, `Ctrl-C: ${latency.stopped ? 'exit 0' : 'NIET schoon'}`, { plain: 150 })

print()
const rules = perRule()
mkdirSync(join(root, 'bench'), { recursive: true })
writeFileSync(
  join(root, 'bench/results.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, runs, disabledRules, watchLatencies: latency.all, rows, rules }, null, 2) + '\n'
)
rmSync(work, { recursive: true, force: true })

// CPU per rule, one run each (the slowest 15): a Hoogeveen check and the ten eval plans. Prints
// the tables and returns them as rows ({ rule, ms, runs }) for results.json.
function perRule() {
  const env = { ...process.env, KAPSTOK_TIMING: '15' }
  const jobs = [
    ['check (Hoogeveen)', [bin, 'check', join(root, 'examples/hoogeveen-sociaal-domein'), '--format', 'json']],
    ['eval, 10 plans', [join(root, 'scripts/eval.mjs'), '--plan', readdirSync(join(root, 'test/eval/plans')).sort().slice(0, 10).join(',')]]
  ]
  const out = {}
  for (const [job, jobArgs] of jobs) {
    const result = spawnSync(process.execPath, jobArgs, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    const table = (result.stderr ?? '').split('\n').filter((line) => / \| /.test(line) || /^-+\|/.test(line))
    console.log(`\nCPU per rule, ${job} (KAPSTOK_TIMING, ms):\n${table.join('\n')}`)
    out[job] = table
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter((cells) => /^[\d.]+$/.test(cells[1] ?? '') && !cells[0].startsWith('('))
      .map(([rule, ms, runs]) => ({ rule, ms: Number(ms), runs: Number(runs) }))
  }
  return out
}

function add(job, measured, ref, refName, target) {
  const ratio = ref ? measured.cpu / ref.cpu : undefined
  const value = target.ratio !== undefined ? ratio : measured.cpu
  const limit = target.ratio ?? target.seconds ?? target.plain
  rows.push({
    job,
    kapstok: { cpu: round(measured.cpu), wall: round(measured.wall), rssMiB: round(measured.rss, 0) },
    ...(ref ? { reference: { name: refName, cpu: round(ref.cpu), wall: round(ref.wall) } } : refName ? { note: refName } : {}),
    ...(ratio !== undefined ? { ratio: round(ratio) } : {}),
    target: `${target.ratio !== undefined ? '≤ ' : '< '}${limit}${target.ratio !== undefined ? '×' : target.seconds !== undefined ? ' s' : ''}`,
    met: value === undefined ? null : value <= limit
  })
}

function print() {
  const header = ['job', 'kapstok CPU', 'wall', 'RSS', 'reference CPU', 'ratio', 'target', 'met']
  const lines = rows.map((r) => [
    r.job,
    r.kapstok.cpu.toFixed(r.kapstok.cpu < 10 ? 2 : 0),
    Number.isNaN(r.kapstok.wall) ? '' : r.kapstok.wall.toFixed(2),
    Number.isNaN(r.kapstok.rssMiB) || !r.kapstok.rssMiB ? '' : `${r.kapstok.rssMiB} MiB`,
    r.reference ? `${r.reference.name} ${r.reference.cpu.toFixed(2)}` : r.note ?? '',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '',
    r.target,
    r.met === null ? 'n/a' : r.met ? 'yes' : 'NO'
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)))
  const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  console.log(`\nNode ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), median of ${runs} run(s), times in s (CPU = user + system)`)
  if (disabledRules.length) console.log(`Measured without: ${disabledRules.join(', ')} (being rewritten on another branch; \`--all-rules\` includes it)`)
  console.log(fmt(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const line of lines) console.log(fmt(line))
}

function preparePlans(dir) {
  const source = join(root, 'examples/hoogeveen-sociaal-domein')
  const hoogeveen = join(dir, 'hoogeveen')
  cpSync(source, hoogeveen, { recursive: true })
  withRulesOff(hoogeveen)
  const mdFiles = readdirSync(source).filter((n) => n.endsWith('.md') && !/^readme\.md$/i.test(n)).sort()
  const hoogeveenMd = join(dir, 'hoogeveen.md')
  writeFileSync(hoogeveenMd, mdFiles.map((n) => readFileSync(join(source, n), 'utf8')).join('\n\n'))
  const agenda = (rows) => {
    const folder = join(dir, `agenda-${rows}`)
    mkdirSync(folder)
    writeFileSync(join(folder, 'plan.md'), syntheticPlan({ rows, chapters: 10 }))
    withRulesOff(folder)
    return join(folder, 'plan.md')
  }
  return { hoogeveen, hoogeveenMd, agenda1k: agenda(1000), agenda10k: agenda(10000) }
}

// The plan's own config, with the disabled rules turned off.
function withRulesOff(folder) {
  const yamlPath = join(folder, 'kapstok.config.yaml')
  const { parse } = createRequire(join(root, 'packages/cli/package.json'))('yaml')
  let config = {}
  try {
    config = parse(readFileSync(yamlPath, 'utf8')) ?? {}
    rmSync(yamlPath)
  } catch {}
  config.rules = { ...config.rules, ...Object.fromEntries(disabledRules.map((id) => [id, 'off'])) }
  writeFileSync(join(folder, 'kapstok.config.json'), JSON.stringify(config))
}

function sum(a, b) {
  return { wall: a.wall + b.wall, cpu: a.cpu + b.cpu, rss: Math.max(a.rss, b.rss) }
}

function round(n, digits = 3) {
  return Number.isFinite(n) ? Number(n.toFixed(digits)) : n
}

function install() {
  const need = ['pandoc', 'weasyprint'].filter((p) => !have(p))
  if (need.length === 0) return
  if (process.getuid?.() !== 0) {
    console.log(`Niet als root: installeer zelf met \`sudo apt-get install -y ${need.join(' ')}\``)
    return
  }
  spawnSync('apt-get', ['install', '-y', ...need], { stdio: 'inherit' })
}
