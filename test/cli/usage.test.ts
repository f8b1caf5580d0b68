import { spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module shared with `pnpm bench`
import { syntheticPlan } from '../../scripts/synthetic-plan.mjs'
import { kapstok, lindewaardePlan, root } from './run.js'

// Only warnings: a plan with a chapter that has a heading and nothing under it.
const warningsOnly = lindewaardePlan(`# Visie

Iedereen doet mee.

# Inleiding
`)

async function planDir(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-usage-'))
  await writeFile(join(dir, 'plan.md'), text)
  return dir
}

describe('CLI usage', () => {
  it('should print the help of one command for `build --help` and `check -h`, exit 0', async () => {
    const build = await kapstok(['build', '--help'])
    expect(build.code).toBe(0)
    expect(build.stdout).toMatch(/^Gebruik: kapstok build <pad> \[opties\]/)
    expect(build.stdout).toContain('--force')
    expect(build.stdout).not.toContain('--max-warnings')
    const check = await kapstok(['check', '-h'])
    expect(check).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Gebruik: kapstok check <pad>/) })
    expect((await kapstok(['help', 'rules'])).stdout).toMatch(/^Gebruik: kapstok rules/)
  })

  it('should refuse an option of another command instead of ignoring it, and build nothing', async () => {
    const dir = await planDir(warningsOnly)
    // `-o` is check's report file: `build -o dist` must not write to `out` as if nothing was asked.
    const build = await kapstok(['build', dir, '-o', join(dir, 'dist')])
    expect(build).toEqual({ code: 2, stdout: '', stderr: 'kapstok: Optie `--output-file` (`-o`) hoort niet bij `kapstok build`; de uitvoermap geeft u met `--out <map>`. Zie `kapstok build --help`.\n' })
    expect(await kapstok(['check', dir, '--out', 'x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Optie `--out` hoort niet bij `kapstok check`') })
    expect(await kapstok(['inspect', dir, '--force'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Optie `--force` hoort niet bij `kapstok inspect`') })
    // The options a command does read still work.
    expect((await kapstok(['check', dir, '--quiet'])).code).toBe(0)
  })

  it('should suggest the command meant for a typo, on one line, exit 2', async () => {
    const result = await kapstok(['buidl', '.'])
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'kapstok: onbekende opdracht `buidl`; bedoelde u `build`? Zie `kapstok --help`.\n' })
  })

  it('should print a usage error as one line with a pointer to the command help', async () => {
    const result = await kapstok(['check', '.', '--stirct'])
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'kapstok: Onbekende optie `--stirct`; bedoelde u `--strict`? Zie `kapstok check --help`.\n' })
  })

  it("should translate parseArgs' English (ambiguous value, value for a switch, missing value)", async () => {
    expect((await kapstok(['check', '.', '--output-file', '--strict'])).stderr).toBe(
      'kapstok: Optie `--output-file` verwacht een waarde, maar daarna staat een andere optie; geef eerst de waarde (een waarde die met `-` begint: `--output-file=-waarde`). Zie `kapstok check --help`.\n'
    )
    expect((await kapstok(['check', '.', '--strict=ja'])).stderr).toContain('Optie `--strict` neemt geen waarde')
    expect((await kapstok(['build', '.', '--out'])).stderr).toBe('kapstok: Optie `--out` verwacht een waarde. Zie `kapstok build --help`.\n')
  })

  it('should refuse `--max-warnings abc` in Dutch', async () => {
    const result = await kapstok(['check', '.', '--max-warnings', 'abc'])
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'kapstok: `--max-warnings` verwacht een geheel getal ≥ 0, niet `abc`. Zie `kapstok check --help`.\n' })
  })

  it('should say why `--strict` fails on warnings', async () => {
    const dir = await planDir(warningsOnly)
    const result = await kapstok(['check', 'plan.md', '--strict'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('waarschuwing')
    expect(result.stderr).toMatch(/^Mislukt door --strict: \d+ waarschuwing(en)?\n$/)
  })

  it('should not print "Geen problemen" with `--strict --quiet` when it exits 1', async () => {
    const dir = await planDir(warningsOnly)
    const result = await kapstok(['check', 'plan.md', '--strict', '--quiet'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^Mislukt door --strict: \d+ waarschuwing(en)? \(niet getoond door --quiet\)\n$/)
    expect(await kapstok(['check', 'plan.md', '--quiet'], dir)).toMatchObject({ code: 0, stdout: expect.stringContaining('Geen problemen') })
  })

  it('should exit quietly when the reader of stdout goes away (`| head`)', async () => {
    const bin = join(root, 'packages/cli/bin/kapstok.js')
    // The model with positions (~280 kB) is far larger than a pipe's buffer; `head` closes after
    // 20 bytes. A synthetic plan, not Hoogeveen (~930 kB): any output that overflows the pipe will do.
    const dir = await planDir(syntheticPlan({ rows: 100, chapters: 4 }))
    const result = spawnSync('bash', ['-c', `set -o pipefail; node ${bin} inspect ${dir} --positions | head -c 20 >/dev/null`], { cwd: root, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
