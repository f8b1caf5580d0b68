import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTreeCache, markdownSource, type TreeCache } from '@kapstok/markdown'
import { kapstok as core } from '@kapstok/core'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
// @ts-expect-error: a plain ES module shared with `pnpm bench`
import { syntheticPlan } from '../../scripts/synthetic-plan.mjs'
import { copyExample, kapstok } from './run.js'

/** A small fictional plan folder. */
async function planFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-cache-'))
  await writeFile(join(dir, '01-plan.md'), syntheticPlan({ rows: 30, chapters: 4 }))
  await writeFile(join(dir, '02-slot.md'), '# Verantwoording\n\nDe raad ontvangt elk jaar een voortgangsrapportage.\n')
  return dir
}

/** A tree cache that counts the files it had to have parsed. */
function counting(saved?: Parameters<typeof createTreeCache>[0]): TreeCache & { parsed: number; used: () => ReturnType<ReturnType<typeof createTreeCache>['used']> } {
  const cache = createTreeCache(saved)
  const counted = { parsed: 0, get: cache.get, used: cache.used, set: (text: string, tree: Parameters<TreeCache['set']>[1]) => (counted.parsed++, cache.set(text, tree)) }
  return counted
}

describe('check --cache', () => {
  it('should report exactly the same the second time, from `.kapstokcache` in the plan folder', async () => {
    const dir = await planFolder()
    const first = await kapstok(['check', dir, '--cache'])
    const cache = await readFile(join(dir, '.kapstokcache'), 'utf8')
    expect(JSON.parse(cache.split('\n')[0] as string).format).toBe(1)
    const second = await kapstok(['check', dir, '--cache', '--format', 'json'])
    const fresh = await kapstok(['check', dir, '--format', 'json'])
    expect(second.stdout).toBe(fresh.stdout)
    expect(second.code).toBe(first.code)
  })

  it('should see an edit: a new problem appears on the next run', async () => {
    const dir = await planFolder()
    await kapstok(['check', dir, '--cache'])
    await appendFile(join(dir, '02-slot.md'), '\nZie [het verslag](#bestaat-niet-in-dit-plan).\n')
    const after = await kapstok(['check', dir, '--cache', '--format', 'json'])
    expect(after.stdout).toContain('#bestaat-niet-in-dit-plan')
    expect(after.stdout).toBe((await kapstok(['check', dir, '--format', 'json'])).stdout)
  })

  it('should treat a damaged cache file as a miss, not an error', async () => {
    const dir = await planFolder()
    await writeFile(join(dir, 'elders.cache'), '{"format":1,"fingerprint":\nnot json')
    const damaged = await kapstok(['check', dir, '--cache-location', join(dir, 'elders.cache'), '--format', 'json'])
    expect(damaged.stderr).toBe('')
    expect(damaged.stdout).toBe((await kapstok(['check', dir, '--format', 'json'])).stdout)
  })

  it('should parse only the files whose text changed', async () => {
    const dir = await copyExample('hoogeveen-sociaal-domein')
    const read = async (trees: TreeCache) => core().use(markdownSource, { trees }).parse({ path: dir })
    const first = counting()
    await read(first)
    expect(first.parsed).toBeGreaterThan(5)
    const unchanged = counting(first.used())
    await read(unchanged)
    expect(unchanged.parsed).toBe(0)
    await appendFile(join(dir, '04-ambitie.md'), '\nNog een zin.\n')
    const edited = counting(unchanged.used())
    const file = await read(edited)
    expect(edited.parsed).toBe(1)
    expect(JSON.stringify(file.model)).toContain('Nog een zin.')
  })
})
