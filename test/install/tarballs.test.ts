import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasNpm, packAndInstall, publishedPackages, type Installed } from './tarballs.js'

// Locally without npm the test is skipped with a message; on CI it must run.
const npm = hasNpm()
if (!npm && process.env.CI === 'true') throw new Error('npm is needed for the install test on CI')
if (!npm) console.warn('test/install: npm niet gevonden; de installatietest van de tarballs is overgeslagen')

const colour = '#7a1f5c'

/** `scn` operator of a fill in this colour, as pdfkit writes it. */
function pdfFill(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  return `${r} ${g} ${b} scn`
}

/** The PDF's content streams, inflated. */
function pdfText(bytes: Buffer): string {
  const text = bytes.toString('latin1')
  const parts: string[] = [text]
  const stream = /stream\r?\n/g
  let match
  while ((match = stream.exec(text))) {
    const end = text.indexOf('endstream', match.index)
    if (end < 0) break
    try {
      parts.push(inflateSync(bytes.subarray(match.index + match[0].length, end)).toString('latin1'))
    } catch {
      // Not deflated (or not a content stream).
    }
  }
  return parts.join('\n')
}

const root = new URL('../../', import.meta.url).pathname

describe.skipIf(!npm)('kapstok installed from the tarballs with npm', () => {
  let app: Installed
  // The bin npm linked, run with node: `npx` would add its own start (~0.7 s of CPU) to every call.
  // The CI file's lines below still go through `npx`, as the pipeline runs them.
  const kapstok = (...args: string[]) => app.run(process.execPath, ['node_modules/.bin/kapstok', ...args])

  beforeAll(async () => {
    app = await packAndInstall()
    console.info(`test/install: ${app.tarballs.length} tarballs, pnpm pack ${(app.packMs / 1000).toFixed(1)} s, npm install ${(app.installMs / 1000).toFixed(1)} s`)
  }, 240_000)

  afterAll(() => app?.remove())

  it('should pack every published package, the default pack included', () => {
    expect(app.tarballs.length).toBe(publishedPackages().length)
    expect(app.tarballs.map((t) => t.split('/').at(-1))).toEqual(expect.arrayContaining(['kapstok-0.1.0.tgz', 'kapstok-cli-0.1.0.tgz', 'kapstok-pack-nl-gemeente-0.1.0.tgz']))
  })

  it('should init a plan that checks clean and builds, with the installed schema and a CI file whose commands run', () => {
    const init = kapstok('init', 'plan', '--gemeente', 'Noordveen', '--titel', 'Samen verder', '--ci', 'gitlab')
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    const config = parse(readFileSync(join(app.dir, 'plan/kapstok.config.yaml'), 'utf8'))
    expect(config.$schema).toBe('../node_modules/@kapstok/cli/schemas/kapstok.config.schema.json')
    expect(JSON.parse(readFileSync(join(app.dir, 'plan', config.$schema), 'utf8')).title).toBeTruthy()
    const check = kapstok('check', 'plan', '--format', 'json')
    expect(check.status).toBe(0)
    expect(JSON.parse(check.stdout).flatMap((f: { messages: unknown[] }) => f.messages)).toEqual([])
    // The CI file's own commands, as the pipeline runs them (the install step aside).
    const ci = parse(readFileSync(join(app.dir, '.gitlab-ci.yml'), 'utf8')).kapstok.script as string[]
    for (const line of ci.filter((l) => l.startsWith('npx kapstok '))) {
      const result = app.run('npx', ['--no-install', ...line.split(' ').slice(1)])
      expect(result.status, `${line}\n${result.stderr}`).toBe(0)
    }
    expect(JSON.parse(readFileSync(join(app.dir, 'gl-code-quality-report.json'), 'utf8'))).toEqual([])
    expect(readFileSync(join(app.dir, 'out/programmaplan.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('should show a new pack\'s colour in the HTML and the PDF once it is installed by name', () => {
    expect(kapstok('pack', 'new', 'huisstijl', '--kleur', colour).status).toBe(0)
    expect(app.run('npm', ['install', '--no-audit', '--no-fund', './kapstok-pack-huisstijl']).status).toBe(0)
    const configFile = join(app.dir, 'plan/kapstok.config.yaml')
    writeFileSync(configFile, `${readFileSync(configFile, 'utf8')}template: huisstijl\n`)
    const build = kapstok('build', 'plan', '--out', 'huisstijl', '--format', 'html,pdf', '--standalone')
    expect(build.stderr).toBe('')
    expect(build.status).toBe(0)
    const html = readFileSync(join(app.dir, 'huisstijl/programmaplan.html'), 'utf8')
    expect(html).toContain(`--kapstok-primary:${colour}`)
    expect(html).toContain('Huisstijl: huisstijl')
    expect(html).not.toContain('<link rel="stylesheet"')
    expect(pdfText(readFileSync(join(app.dir, 'huisstijl/programmaplan.pdf')))).toContain(pdfFill(colour))
  })

  it('should load the example plugin installed as a package, and report its rule only with --trust', () => {
    // Packed like a published plugin, so it resolves @kapstok/rules from this project, not from the repository.
    const pack = app.run('npm', ['pack', '--silent', '--pack-destination', app.dir, join(root, 'examples/plugin-lokale-regels')])
    expect(pack.status, pack.stderr).toBe(0)
    const tarball = pack.stdout.trim().split('\n').at(-1) ?? ''
    expect(app.run('npm', ['install', '--no-audit', '--no-fund', `./${tarball}`]).status).toBe(0)
    const planFile = join(app.dir, 'plan/plan.md')
    writeFileSync(planFile, `${readFileSync(planFile, 'utf8')}\nWij werken middels wijkteams in elke kern.\n`)
    const configFile = join(app.dir, 'plan/kapstok.config.yaml')
    writeFileSync(configFile, `${readFileSync(configFile, 'utf8')}plugins:\n  - kapstok-plugin-lokale-regels\n`)
    const refused = kapstok('check', 'plan')
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('wordt niet geladen zonder `--trust`')
    const check = kapstok('check', 'plan', '--trust', '--format', 'json')
    expect(check.stderr).toBe('')
    expect(check.stdout).toContain('lokaal-huisstijl-woorden')
    expect(check.stdout).toContain('middels')
  })

  it('should run checkPlan with a policy rule on files in memory', async () => {
    const script = `import { checkPlan } from 'kapstok'
const plan = '---\\ngemeente: Noordveen\\ntitel: T\\nsoort: programmaplan\\nperiode: 2026-2029\\nstatus: concept\\ndatum: 2026-01-15\\n---\\n\\n# Uitvoeringsagenda\\n\\n| Activiteit | Start | Afronding |\\n|---|---|---|\\n| Iets | 2027 | 2026 |\\n'
const result = await checkPlan({ files: { 'plan.md': plan } })
console.log(JSON.stringify(result))
`
    writeFileSync(join(app.dir, 'api.mjs'), script)
    const result = app.run('node', ['api.mjs'])
    expect(result.status, result.stderr).toBe(0)
    const { ok, messages } = JSON.parse(result.stdout)
    expect(ok).toBe(false)
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'agenda-date-order', severity: 'error', line: 14 }))
  })
})
