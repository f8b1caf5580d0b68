import { mkdir, mkdtemp, symlink, writeFile, truncate } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'

const front = '---\ngemeente: Lindewaarde\ntitel: Plan\nsoort: beleidsnota\nperiode: 2025-2028\nstatus: concept\ndatum: 2025-01-01\n---\n\n# Ambitie\n\nIedereen telt mee.\n'

async function planFolder(): Promise<{ dir: string; plan: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-sandbox-'))
  const plan = join(dir, 'plan')
  await mkdir(plan)
  await writeFile(join(plan, '01-ambitie.md'), front)
  return { dir, plan }
}

function found(file: Awaited<ReturnType<typeof readPlan>>): string[] {
  return file.messages.map((m) => `${m.ruleId} ${m.file.split('/').pop()}:${m.line ?? 0}`)
}

describe('reader: only files inside the plan folder are read', () => {
  it('should not read a link to a file outside the plan folder, and say so at the link', async () => {
    const { dir, plan } = await planFolder()
    await writeFile(join(dir, 'geheim.md'), '# Geheim\n\nwachtwoord: hunter2\n')
    await symlink(join(dir, 'geheim.md'), join(plan, '02-bijlage.md'))
    const file = await readPlan({ path: plan })
    expect(found(file)).toContain('file-outside 02-bijlage.md:1')
    expect(JSON.stringify(file.model)).not.toContain('hunter2')
    expect(file.sources.map((s) => s.path.split('/').pop())).toEqual(['01-ambitie.md'])
  })

  it('should report a link loop and a dangling link instead of crashing', async () => {
    const { plan } = await planFolder()
    await symlink(join(plan, '03-lus.md'), join(plan, '03-lus.md'))
    await symlink(join(plan, 'weg.md'), join(plan, '04-weg.md'))
    const file = await readPlan({ path: plan })
    expect(found(file)).toEqual(['file-outside 03-lus.md:1', 'file-outside 04-weg.md:1'])
  })

  it('should read a link whose target is inside the plan folder', async () => {
    const { plan } = await planFolder()
    await mkdir(join(plan, '_bron'))
    await writeFile(join(plan, '_bron', 'visie.md'), '# Visie\n\nSamen sterk.\n')
    await symlink(join(plan, '_bron', 'visie.md'), join(plan, '02-visie.md'))
    const file = await readPlan({ path: plan })
    expect(found(file).filter((m) => m.startsWith('file-'))).toEqual([])
    expect(JSON.stringify(file.model)).toContain('Samen sterk')
  })

  it('should not read a source file larger than 2 MiB, and say so', async () => {
    const { plan } = await planFolder()
    const big = join(plan, '02-groot.md')
    await writeFile(big, '')
    await truncate(big, 11 * 1024 * 1024)
    const file = await readPlan({ path: plan })
    const message = file.messages.find((m) => m.ruleId === 'file-too-large')
    expect(message?.reason).toBe('Bestand `02-groot.md` is te groot (11,0 MiB; maximaal 2 MiB per bronbestand); splits het plan over meer bestanden')
  })
})
