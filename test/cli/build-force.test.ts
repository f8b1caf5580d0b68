import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok } from './run.js'

const plan = '---\ngemeente: Lindewaarde\ntitel: Plan\nsoort: beleidsnota\nperiode: 2025-2028\nstatus: concept\ndatum: 2025-01-01\n---\n\n# Ambitie\n\nIedereen telt mee.\n'

// Every field of the wrong type: the renderers cannot make documents of it.
const broken = JSON.stringify({ document: 'Lindewaarde', koers: [1, 2], principes: 'geen', pijlers: [1, null], acties: { id: 'a1' }, besluit: [] })

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name).slice(dir.length + 1)] = await readFile(join(entry.parentPath, entry.name), 'latin1')
  }
  return out
}

describe('kapstok build --force when a renderer fails', () => {
  it('should write nothing, keep the previous outputs as they were, and exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-force-'))
    await writeFile(join(dir, 'plan.md'), plan)
    await writeFile(join(dir, 'model.json'), broken)
    expect((await kapstok(['build', 'plan.md', '--out', 'out', '--format', 'html,md,json,csv'], dir)).code).toBe(0)
    const before = await snapshot(join(dir, 'out'))

    const result = await kapstok(['build', 'model.json', '--out', 'out', '--force', '--format', 'html,md,json,csv'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Niets geschreven: het maken van `.+` is mislukt omdat het model niet aan het schema voldoet \(zie de fouten hierboven\); de vorige uitvoer is ongewijzigd/)
    expect(result.stderr).not.toMatch(/interne fout|internal-error|\n\s+at /i)
    expect(await snapshot(join(dir, 'out'))).toEqual(before)
  })
})
