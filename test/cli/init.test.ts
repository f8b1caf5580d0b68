import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { init, type InitPrompt } from '../../packages/cli/lib/commands/init.js'
import { kapstok } from './run.js'

const schemaFile = fileURLToPath(new URL('../../packages/cli/schemas/kapstok.config.schema.json', import.meta.url))
const soorten = ['programmaplan', 'beleidskader', 'agenda', 'aanpak', 'beleidsnota', 'uitvoeringsprogramma', 'actieplan', 'visie', 'begroting']

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'kapstok-init-'))
}

/** Run `init` in-process with a scripted terminal; returns code, output and the questions asked. */
async function runInit(args: string[], cwd: string, answers?: string[]) {
  let stdout = ''
  let stderr = ''
  const asked: string[] = []
  const prompt: InitPrompt | undefined = answers && {
    ask: async (question) => {
      asked.push(question)
      return answers.shift() ?? ''
    },
    close: () => undefined
  }
  const code = await init(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd }, prompt)
  return { code, stdout, stderr, asked }
}

describe('kapstok init', () => {
  it.each(soorten)('should write a %s that checks with no errors and no warnings under the recommended rules', async (soort) => {
    const dir = await scratch()
    expect((await kapstok(['init', 'plan', '--soort', soort, '--gemeente', 'Noordveen'], dir)).code).toBe(0)
    const check = await kapstok(['check', 'plan', '--format', 'json'], dir)
    expect(JSON.parse(check.stdout).flatMap((f: { messages: Array<{ severity: number }> }) => f.messages.filter((m) => m.severity >= 1))).toEqual([])
    expect(check.code).toBe(0)
  })

  it('should write a plan that builds its documents in HTML and PDF', async () => {
    const dir = await scratch()
    await kapstok(['init', '--titel', 'Samen: verder', '--periode', '2027-2030'], dir)
    const build = await kapstok(['build', '.', '--out', 'out', '--format', 'html,pdf'], dir)
    expect(build.code).toBe(0)
    expect(existsSync(join(dir, 'out/programmaplan.html'))).toBe(true)
    expect(existsSync(join(dir, 'out/programmaplan.pdf'))).toBe(true)
    expect(await readFile(join(dir, 'out/programmaplan.html'), 'utf8')).toContain('Samen: verder')
  })

  it('should write a begroting with the three BBV questions that builds to HTML and Markdown', async () => {
    const dir = await scratch()
    expect((await kapstok(['init', 'zorg', '--soort', 'begroting', '--titel', 'Programma 2 Zorg en welzijn', '--periode', '2027-2030'], dir)).code).toBe(0)
    const plan = await readFile(join(dir, 'zorg/plan.md'), 'utf8')
    expect(plan.match(/^# .*$/gm)).toEqual(['# Wat willen we bereiken?', '# Wat gaan we daarvoor doen?', '# Wat mag het kosten?'])
    const build = await kapstok(['build', 'zorg', '--out', 'out', '--format', 'html,md'], dir)
    expect(build.code).toBe(0)
    const md = await readFile(join(dir, 'out/programmaplan.md'), 'utf8')
    expect(md).toContain('Programma 2 Zorg en welzijn')
    expect(md).toContain('Wat willen we bereiken?')
    expect(md).toContain('15.000')
    expect(await readFile(join(dir, 'out/programmaplan.html'), 'utf8')).toContain('Begroting')
    // A begroting is no beleidskader (no koers, principes or pijlers) and has no besluit yet.
    expect(existsSync(join(dir, 'out/beleidskader.html'))).toBe(false)
    expect(existsSync(join(dir, 'out/raadsvoorstel.html'))).toBe(false)
  })

  it('should point `$schema` of the config at the installed config schema, and the config should pass it', async () => {
    const dir = await scratch()
    await kapstok(['init', 'plan'], dir)
    const config = parse(await readFile(join(dir, 'plan/kapstok.config.yaml'), 'utf8'))
    expect(join(dir, 'plan', config.$schema)).toBe(schemaFile)
    expect(config.extends).toBe('recommended')
    expect((await kapstok(['check', 'plan'], dir)).code).toBe(0)
  })

  it('should ask in Dutch on a terminal only for what the flags leave out', async () => {
    const dir = await scratch()
    const result = await runInit(['--soort', 'beleidskader'], dir, ['Zuiderhaven', '', '2026-2028'])
    expect(result.code).toBe(0)
    expect(result.asked).toEqual(['Naam van de gemeente [Voorbeeldstad]: ', 'Titel van het plan [Beleidskader gemeente Zuiderhaven]: ', 'Periode (bijvoorbeeld 2026-2029) [' + `${new Date().getFullYear()}-${new Date().getFullYear() + 3}]: `])
    const plan = await readFile(join(dir, 'plan.md'), 'utf8')
    expect(plan).toContain('gemeente: Zuiderhaven\n')
    expect(plan).toContain('titel: Beleidskader gemeente Zuiderhaven\n')
    expect(plan).toContain('soort: beleidskader\n')
    expect(plan).toContain('periode: 2026-2028\n')
  })

  it('should take the defaults without a terminal', async () => {
    const dir = await scratch()
    const result = await runInit([], dir)
    expect(result.code).toBe(0)
    expect(await readFile(join(dir, 'plan.md'), 'utf8')).toContain('gemeente: Voorbeeldstad\n')
  })

  it('should write a GitHub workflow with annotations, SARIF upload and the documents as artifact', async () => {
    const dir = await scratch()
    await kapstok(['init', 'beleid/plan', '--ci', 'github'], dir)
    const workflow = parse(await readFile(join(dir, '.github/workflows/kapstok.yml'), 'utf8'))
    const steps = workflow.jobs.kapstok.steps as Array<{ run?: string; uses?: string; with?: Record<string, string> }>
    expect(steps.map((s) => s.run).filter(Boolean)).toContain('npx kapstok check beleid/plan --format github')
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.sarif_file).toBe('kapstok.sarif')
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.path).toBe('out/')
  })

  it('should write nothing when a file is already there', async () => {
    const dir = await scratch()
    await writeFile(join(dir, 'plan.md'), 'eigen tekst\n')
    const result = await kapstok(['init'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('`plan.md` bestaat al')
    expect(await readFile(join(dir, 'plan.md'), 'utf8')).toBe('eigen tekst\n')
    expect(existsSync(join(dir, 'kapstok.config.yaml'))).toBe(false)
  })

  it('should refuse an unknown soort or CI system with the choices', async () => {
    const dir = await scratch()
    expect((await kapstok(['init', '--soort', 'nota'], dir)).stderr).toContain('Onbekende soort `nota`; kies uit: programmaplan')
    expect((await kapstok(['init', '--ci', 'jenkins'], dir)).stderr).toContain('Onbekend CI-systeem `jenkins`; kies uit: github, gitlab')
    expect(existsSync(join(dir, 'plan.md'))).toBe(false)
  })
})
