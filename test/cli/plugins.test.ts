import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { ruleExamples, runRule, type Rule } from '@kapstok/rules'
import { kapstok, lindewaardePlan, root } from './run.js'

const examplePlugin = join(root, 'examples/plugin-lokale-regels')
const { huisstijlWoorden, default: plugin } = (await import(join(examplePlugin, 'index.js'))) as { huisstijlWoorden: Rule; default: { name: string } }

const plan = lindewaardePlan(`# Visie

Middels dit plan werken we samen.
`)

/** A plan folder with the example plugin installed in its node_modules, and this config. */
async function planWithPlugin(config: string, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-plugin-'))
  await mkdir(join(dir, 'node_modules'))
  await symlink(examplePlugin, join(dir, 'node_modules/kapstok-plugin-lokale-regels'), 'dir')
  await writeFile(join(dir, 'plan.md'), plan)
  await writeFile(join(dir, 'kapstok.config.yaml'), config)
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

const byPackage = 'plugins:\n  - kapstok-plugin-lokale-regels\n'

describe('plugins', () => {
  it("should report the plugin rule's finding at its place, with the plugin's docs URL", async () => {
    const dir = await planWithPlugin(byPackage)
    const result = await kapstok(['check', '.', '--trust', '--format', 'json'], dir)
    const findings = JSON.parse(result.stdout).filter((m: { ruleId: string }) => m.ruleId === 'lokaal-huisstijl-woorden')
    expect(findings).toEqual([
      expect.objectContaining({ file: 'plan.md', line: 12, column: 1, severity: 'warning', message: 'Ambtelijk woord `Middels`; schrijf `met`', url: expect.stringContaining('examples/plugin-lokale-regels/README.md') })
    ])
  })

  it('should load a plugin by a path inside the plan folder', async () => {
    const dir = await planWithPlugin('plugins:\n  - ./node_modules/kapstok-plugin-lokale-regels/index.js\n')
    const result = await kapstok(['check', dir, '--trust'])
    expect(result.stdout).toMatch(/12:1 +waarschuwing +Ambtelijk woord `Middels`; schrijf `met` +lokaal-huisstijl-woorden/)
  })

  it('should list the plugin rule in `kapstok rules` for the plan', async () => {
    const dir = await planWithPlugin(byPackage)
    const result = await kapstok(['rules', dir, '--trust', '--format', 'json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ id: 'lokaal-huisstijl-woorden', severity: 'warning', url: expect.stringContaining('plugin-lokale-regels') }))
    expect((await kapstok(['rules', '--format', 'json'])).stdout).not.toContain('lokaal-huisstijl-woorden')
  })

  it('should switch the plugin rule off from the config', async () => {
    const dir = await planWithPlugin(`${byPackage}rules:\n  lokaal-huisstijl-woorden: off\n`)
    const result = await kapstok(['check', dir, '--trust'])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('lokaal-huisstijl-woorden')
  })

  it("should use a plugin's preset with `extends: <plugin>/<preset>`", async () => {
    const dir = await planWithPlugin(`${byPackage}extends: lokale-regels/streng\n`)
    const result = await kapstok(['check', dir, '--trust'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/12:1 +fout +Ambtelijk woord `Middels`/)
  })

  it('should name an unknown plugin preset, with the ones there are', async () => {
    const dir = await planWithPlugin(`${byPackage}extends: lokale-regels/strneg\n`)
    const result = await kapstok(['check', dir, '--trust'])
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('kapstok.config.yaml:3:10  fout  Onbekende voorinstelling `lokale-regels/strneg`; bedoelde u `lokale-regels/streng`?') })
  })

  it('should refuse plugins without --trust, at the entry, saying how to allow them', async () => {
    const dir = await planWithPlugin(`${byPackage}rules:\n  lokaal-huisstijl-woorden: error\n`)
    const result = await kapstok(['check', dir])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('kapstok.config.yaml:2:5  fout  Plugin `kapstok-plugin-lokale-regels` is code en wordt niet geladen zonder `--trust`')
    // Its rule id is not reported as unknown as well: the plugin is the one problem.
    expect(result.stderr).toContain('(1 probleem)')
  })

  it('should refuse a plugin path outside the plan folder and a package that is not installed', async () => {
    const dir = await planWithPlugin('plugins:\n  - ../elders.mjs\n  - kapstok-plugin-bestaat-niet\n')
    const result = await kapstok(['check', dir, '--trust'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('kapstok.config.yaml:2:5  fout  Plugin `../elders.mjs` ligt buiten de map van het plan')
    expect(result.stderr).toContain('kapstok.config.yaml:3:5  fout  Plugin `kapstok-plugin-bestaat-niet` is niet gevonden vanuit de map van het plan')
  })

  it('should list the plugin rule among the SARIF rules', async () => {
    const dir = await planWithPlugin(byPackage)
    const sarif = JSON.parse((await kapstok(['check', dir, '--trust', '--format', 'sarif'])).stdout)
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('lokaal-huisstijl-woorden')
  })

  it('should add section names and a renderer from a local plugin', async () => {
    const local = `export default {
  name: 'lokaal',
  sections: { 'Onze koers': 'visie' },
  renderers: [{ formats: ['txt'], plugin() { this.renderer('txt', (model) => [{ path: 'titel.txt', contents: model.document.titel + '\\n', format: 'txt' }]) } }]
}
`
    const dir = await planWithPlugin('plugins:\n  - ./lokaal.mjs\n', { 'lokaal.mjs': local })
    await writeFile(join(dir, 'plan.md'), plan.replace('# Visie', '# Onze koers').replace('Middels', 'Met'))
    const model = JSON.parse((await kapstok(['inspect', dir, '--trust'])).stdout)
    expect(model.koers?.visie?.tekst).toContain('Met dit plan')
    const out = join(dir, 'uit')
    const built = await kapstok(['build', dir, '--trust', '--format', 'txt', '--out', out])
    expect(built.code).toBe(0)
    expect(await readFile(join(out, 'titel.txt'), 'utf8')).toBe('Plan wonen en welzijn\n')
  })

  it("should refuse a module that is no plugin, saying what it lacks", async () => {
    const dir = await planWithPlugin('plugins:\n  - ./geen.mjs\n', { 'geen.mjs': 'export default { rules: [] }\n' })
    const result = await kapstok(['check', dir, '--trust'])
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('Plugin `./geen.mjs` heeft geen `name`') })
  })
})

describe('the example plugin rule (its docs are its tests)', () => {
  const { ok, notOk } = ruleExamples(huisstijlWoorden.rule.docs)
  const run = async (example: (typeof ok)[number]) => {
    const file = await readPlan({ path: 'voorbeeld.md', files: { 'voorbeeld.md': example.text } })
    expect(file.messages.filter((m) => m.fatal === true).map((m) => m.reason)).toEqual([])
    runRule(huisstijlWoorden.rule, huisstijlWoorden.check, file.model as never, file, { options: example.options })
    return file.messages.filter((m) => m.ruleId === huisstijlWoorden.rule.id).map((m) => m.reason)
  }

  it('should be named for `extends`', () => {
    expect(plugin.name).toBe('lokale-regels')
  })

  for (const example of ok) it(`should pass "${example.title}"`, async () => expect(await run(example)).toEqual([]))
  for (const example of notOk) it(`should fail "${example.title}" with exactly its messages`, async () => expect(await run(example)).toEqual(example.expected))
})
