import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyExample, kapstok } from './run.js'

const example = 'dijk-en-waard-beleidskader'
const edit = (dir: string) => {
  const file = join(dir, '03-routes.md')
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace('De inzet van de routes is erop gericht', 'De inzet van de drie routes is erop gericht'))
}
const gitTemps = () => readdirSync(tmpdir()).filter((name) => name.startsWith('kapstok-git-')).sort()

describe('kapstok diff', () => {
  it('should explain itself in Dutch with --help', async () => {
    const result = await kapstok(['diff', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Gebruik: kapstok diff <oud> <nieuw> \[opties\]/)
    expect(result.stdout).toContain('--git <revisie>')
  })

  it('should report the edited paragraph of a copy as renvooi in the terminal', async () => {
    const plan = await copyExample(example)
    edit(plan)
    const result = await kapstok(['diff', `examples/${example}`, plan])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Tekst: 1 onderdeel gewijzigd.')
    expect(result.stdout).toMatch(/De inzet van de \{\+drie\+\} routes is erop gericht/)
    expect(result.stdout.split('\n')[0]).toMatch(/: 1$/)
  }, 60_000)

  it('should compare with a git revision, extracted to a temporary folder that is removed', async () => {
    const plan = await copyExample(example)
    const repo = dirname(plan)
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' })
    git('init', '-q')
    git('add', '.')
    git('commit', '-q', '-m', 'inspraakversie')
    git('tag', 'inspraak')
    edit(plan)
    const temps = gitTemps()
    const result = await kapstok(['diff', '--git', 'inspraak', example, '--format', 'json'], repo)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.versions.old.label).toBe(`inspraak:${example}`)
    expect(report.prose.map((p: { kind: string }) => p.kind)).toEqual(['changed'])
    expect(gitTemps()).toEqual(temps)
  }, 60_000)

  it('should write HTML with its stylesheet, and a tagged PDF, where --out says', async () => {
    const plan = await copyExample(example)
    edit(plan)
    const out = join(dirname(plan), 'rapport')
    expect((await kapstok(['diff', `examples/${example}`, plan, '--format', 'html', '--out', join(out, 'wijzigingen.html')])).code).toBe(0)
    const html = readFileSync(join(out, 'wijzigingen.html'), 'utf8')
    expect(html).toContain('<p class="renvooi">')
    expect(html).toMatch(/<ins>drie<\/ins>/)
    expect(existsSync(join(out, 'assets', 'kapstok.css'))).toBe(true)
    expect((await kapstok(['diff', `examples/${example}`, plan, '--format', 'pdf', '--out', join(out, 'wijzigingen.pdf')])).code).toBe(0)
    const info = execFileSync('pdfinfo', [join(out, 'wijzigingen.pdf')], { encoding: 'utf8' })
    expect(info).toMatch(/Tagged:\s+yes/)
  }, 120_000)

  it('should refuse bad input with a Dutch message and exit code 2, never a stack trace', async () => {
    const cases: Array<[string[], string]> = [
      [['diff', 'examples/bestaat-niet', `examples/${example}`], 'Plan `examples/bestaat-niet` bestaat niet'],
      [['diff', `examples/${example}`], 'Twee paden verwacht (oud en nieuw), niet 1'],
      [['diff', `examples/${example}`, `examples/${example}`, '--format', 'docx'], 'Onbekend formaat `docx`; kies uit: text, json, md, html, pdf'],
      [['diff', '--git', 'v9.9', `examples/${example}`], 'Onbekende git-revisie `v9.9`'],
      [['diff', '--git', 'HEAD', tmpdir()], 'hoort niet bij een repository'],
      [['diff', '--tijd'], 'Onbekende optie `--tijd`']
    ]
    for (const [args, message] of cases) {
      const result = await kapstok(args)
      expect({ args, code: result.code }).toEqual({ args, code: 2 })
      expect(result.stderr).toContain(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  }, 60_000)
})
