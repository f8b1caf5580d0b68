import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok } from './run.js'

// A beleidskader with only an introduction: no koers, principes, pijlers, agenda or besluit.
const bare = '---\ngemeente: Beekdal\ntitel: Kadernota armoede\nsoort: beleidskader\nperiode: 2025-2028\nstatus: concept\ndatum: 2025-01-01\n---\n\n# Inleiding\n\nDit is de inleiding.\n'

async function plan(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-skip-'))
  await writeFile(join(dir, 'plan.md'), text)
  return dir
}

describe('kapstok build when no document can be made', () => {
  it('should say per document why it was skipped, at the plan\'s `soort`, and exit 1', async () => {
    const dir = await plan(bare)
    const result = await kapstok(['build', 'plan.md', '--out', 'out', '--format', 'html'], dir)
    expect(result.code).toBe(1)
    const skipped = result.stderr.split('\n').filter((l) => l.includes('render-document-unsupported'))
    expect(skipped.map((l) => /Document `(\w+)`/.exec(l)?.[1])).toEqual(['programmaplan', 'beleidskader', 'raadsvoorstel'])
    // Line 4 of plan.md is `soort: beleidskader`.
    expect(skipped.every((l) => /^\s*4:\d+\s/.test(l))).toBe(true)
    expect(result.stderr).toMatch(/Voeg een koers, principes of pijlers toe/)
    expect(result.stderr).toMatch(/Niets geschreven: geen enkel document kon worden gemaakt; hierboven staat per document waarom/)
    expect(await readdir(dir)).toEqual(['plan.md'])
  })

  it('should not mention documents the plan does not need when another one can be made', async () => {
    const dir = await plan(bare.replace('# Inleiding', '# Visie\n\nIedereen doet mee.\n\n# Inleiding'))
    const result = await kapstok(['build', 'plan.md', '--out', 'out', '--format', 'html'], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/render-document-unsupported/)
    expect(await readdir(join(dir, 'out'))).toContain('beleidskader.html')
  })

  it('should name the reason, an invalid model, when a renderer fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-skip-'))
    await writeFile(join(dir, 'model.json'), JSON.stringify({ document: 'Beekdal', koers: [1], acties: { id: 'a1' } }))
    const result = await kapstok(['build', 'model.json', '--out', 'out', '--force', '--format', 'html'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Niets geschreven: het maken van `html` is mislukt omdat het model niet aan het schema voldoet/)
  })
})
