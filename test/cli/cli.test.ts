import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPlanSchema } from '@kapstok/core'
import { describe, expect, it } from 'vitest'
import { copyExample, hoogeveenAgenda, kapstok } from './run.js'

const plan = `---
gemeente: Hoogeveen
titel: Testplan
soort: beleidsnota
periode: 2022-2025
status: concept
datum: 2022-01-18
---

# Visie

Iedereen doet mee.
`

async function planDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-cli-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

describe('kapstok check', () => {
  it('should exit 0 on a clean plan and say so in Dutch', async () => {
    const dir = await planDir({ 'plan.md': plan })
    const result = await kapstok(['check', dir])
    expect(result).toMatchObject({ code: 0, stdout: '✔ Geen problemen gevonden\n' })
  })

  it('should exit 1 with file:line:col, severity, message and rule id on errors', async () => {
    const dir = await planDir({ 'plan.md': plan.replace('Iedereen doet mee.', 'Zie [thema](#t9).') })
    const result = await kapstok(['check', dir], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('plan.md\n')
    expect(result.stdout).toMatch(/12:5 +fout +Verwijzing `#t9` in `\[thema\]` heeft geen doel; er is geen onderdeel met die id +ref-missing/)
    expect(result.stdout).toContain('✖ 1 probleem (1 fout)')
  })

  it('should print a JSON array with the fields tools read', async () => {
    const dir = await planDir({ 'plan.md': plan.replace('status: concept', 'status: klaar') })
    const result = await kapstok(['check', dir, '--format', 'json'], dir)
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ file: 'plan.md', line: 6, column: 9, endLine: 6, endColumn: 14, ruleId: 'schema-enum', severity: 'error' })
    ])
  })

  it('should exit 2 on usage errors, with a Dutch message', async () => {
    expect(await kapstok(['check'])).toMatchObject({ code: 2, stderr: expect.stringContaining('verwacht een pad naar een plan') })
    expect(await kapstok(['check', '.', '--kleur'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Onbekende optie `--kleur`') })
    expect(await kapstok(['maak', '.'])).toMatchObject({ code: 2, stderr: expect.stringContaining('onbekende opdracht `maak`') })
    expect(await kapstok(['check', '.', '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Onbekend formaat `xml`') })
  })

  it('should exit 2 on a broken config file, naming it', async () => {
    const dir = await planDir({ 'plan.md': plan, 'kapstok.config.json': '{ "rules": ' })
    const result = await kapstok(['check', dir])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/kapstok\.config\.json:1:\d+  fout  Ongeldige JSON: /)
  })

  it('should exit 2 on an unknown rule in the config', async () => {
    const dir = await planDir({ 'plan.md': plan, 'kapstok.config.yaml': 'rules:\n  bestaat-niet: error\n' })
    const result = await kapstok(['check', dir])
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('Onbekende regel `bestaat-niet`') })
  })

  it('should apply the section map from kapstok.config.yaml', async () => {
    const dir = await planDir({
      'plan.md': `${plan}\n# Speerpunten van beleid\n\n## Gezond leven\n`,
      'kapstok.config.yaml': 'sections:\n  Speerpunten van beleid: pijlers\n'
    })
    const result = await kapstok(['inspect', dir])
    expect(JSON.parse(result.stdout).pijlers).toEqual([{ id: 'speerpunt-1', label: 'speerpunt', titel: 'Gezond leven' }])
  })

  it('should fail with --strict or --max-warnings when there are warnings', async () => {
    const dir = await planDir({ 'plan.md': plan.replace('Iedereen doet mee.', 'Iedereen doet mee (invullen).') })
    const loose = await kapstok(['check', dir])
    expect(loose.stdout).toContain('waarschuwing')
    expect(loose.code).toBe(0)
    expect((await kapstok(['check', dir, '--strict'])).code).toBe(1)
    expect((await kapstok(['check', dir, '--max-warnings', '0'])).code).toBe(1)
    expect((await kapstok(['check', dir, '--quiet'])).stdout).not.toContain('waarschuwing')
  })
})

describe('kapstok inspect', () => {
  it('should print the Hoogeveen model with 7 principes, 5 pijlers and 68 acties, valid against the schema', async () => {
    const result = await kapstok(['inspect', 'examples/hoogeveen-sociaal-domein'])
    const model = JSON.parse(result.stdout)
    expect([model.principes.length, model.pijlers.length, model.acties.length]).toEqual([7, 5, 68])
    expect(checkPlanSchema(model)).toEqual([])
    expect(result.code).toBe(0)
  })

  it('should add positions with --positions', async () => {
    const dir = await planDir({ 'plan.md': plan })
    const { model, positions } = JSON.parse((await kapstok(['inspect', dir, '--positions'])).stdout)
    expect(model.koers.visie.tekst).toBe('Iedereen doet mee.')
    expect(positions['/koers/visie/tekst']).toMatchObject({ start: { line: 12, column: 1 } })
  })
})

describe('kapstok check on a changed agenda cell', () => {
  it('should report the exact line and column of an invalid date cell', async () => {
    // The agenda of a real plan (Hoogeveen's: its own column names, wide cells, accented text
    // before the cell) with the document, thema's and config it needs, not the whole example: the
    // other files only made the check ~10× longer.
    const dir = await copyExample('hoogeveen-sociaal-domein', hoogeveenAgenda)
    const path = join(dir, '13-uitvoeringsagenda.md')
    const text = await readFile(path, 'utf8')
    const lines = text.split('\n')
    const row = lines.findIndex((l) => l.startsWith('| Data gestuurd werken |'))
    const cells = (lines[row] as string).split('|')
    const column = cells.slice(0, 3).join('|').length + 3 // after the third pipe and one space, 1-based
    cells[3] = ' 31-31-2022 '
    lines[row] = cells.join('|')
    await writeFile(path, lines.join('\n'))
    const result = await kapstok(['check', dir, '--format', 'json'], dir)
    const found = JSON.parse(result.stdout).filter((d: { line: number }) => d.line === row + 1)
    expect(found).toEqual([expect.objectContaining({ file: '13-uitvoeringsagenda.md', line: row + 1, column, severity: 'error' })])
    expect(found[0].message).toContain('`31-31-2022`')
  })
})

describe('kapstok build', () => {
  it('should refuse to write when there are errors, and write with --force', async () => {
    const dir = await planDir({ 'plan.md': plan.replace('Iedereen doet mee.', 'Zie [thema](#t9).') })
    const out = join(dir, 'out')
    const refused = await kapstok(['build', dir, '--out', out])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Niets geschreven')
    await expect(readdir(out)).rejects.toThrow()
    const forced = await kapstok(['build', dir, '--out', out, '--force', '--format', 'json'])
    expect(forced.code).toBe(0)
    // The build lists what it wrote, so the next build can remove what it no longer makes.
    expect((await readdir(out)).sort()).toEqual(['.kapstok-uitvoer.json', 'model.json'])
  })

  it('should say in Dutch that nothing changed when the output folder cannot be written', async () => {
    const dir = await planDir({ 'plan.md': plan, 'out': 'een bestand waar een map moet komen' })
    const result = await kapstok(['build', dir, '--out', join(dir, 'out'), '--format', 'json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^Schrijven naar `.*out` mislukt \(.+\); er is niets veranderd\.\n$/)
  })

  it('should reject an unknown format or document with exit 2', async () => {
    expect((await kapstok(['build', '.', '--format', 'odt'])).code).toBe(2)
    expect((await kapstok(['build', '.', '--doc', 'nota'])).code).toBe(2)
  })
})
