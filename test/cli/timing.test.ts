import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { root } from './run.js'

// KAPSTOK_TIMING (like ESLint's TIMING=1): CPU per rule on stderr when the process ends; nothing without it.
const cli = join(root, 'packages/cli/bin/kapstok.js')
const plan = ['---', 'gemeente: Ommerdal', 'titel: Programma Ommerdal 2027-2030', 'soort: uitvoeringsprogramma', 'status: concept', 'periode: 2027-2030', 'vastgesteldDoor: college', '---', '', '# Aanpak', '', 'We geven € 200.000 uit aan de bibliotheek en € 150.000 aan het buurthuis, samen € 350.000.', '']

async function check(env: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-timing-'))
  await writeFile(join(dir, 'plan.md'), plan.join('\n'))
  const run = await promisify(execFile)(process.execPath, [cli, 'check', dir], { env: { ...process.env, ...env }, encoding: 'utf8' }).catch((error: { stderr: string }) => error)
  return run.stderr
}

describe('KAPSTOK_TIMING', () => {
  it('should print CPU per rule, the slowest first, with a total row', async () => {
    const stderr = await check({ KAPSTOK_TIMING: 'all' })
    const rows = stderr.split('\n').filter((line) => / \| +\d+\.\d \| +\d+ \| +\d+\.\d%$/u.test(line))
    expect(rows.length).toBeGreaterThan(20)
    expect(stderr).toMatch(/^Rule +\| CPU \(ms\)/mu)
    expect(stderr).toMatch(/^prose-calculation +\|/mu)
    const times = rows.map((line) => Number(line.split('|')[1]))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(stderr).toMatch(/^\(all rules\) +\| +\d+\.\d/mu)
  }, 60_000)

  it('should limit the rows to the number given', async () => {
    const stderr = await check({ KAPSTOK_TIMING: '5' })
    expect(stderr.split('\n').filter((line) => / \| +\d+\.\d \| +\d+ \| +\d+\.\d%$/u.test(line))).toHaveLength(5)
  }, 60_000)

  it('should print nothing without the setting', async () => {
    const stderr = await check({ KAPSTOK_TIMING: '' })
    expect(stderr).not.toMatch(/CPU \(ms\)/u)
  }, 60_000)
})
