import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinPackPackage, PackError, resolvePackDir } from '@kapstok/packs'

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'kapstok-resolve-'))
}

describe('resolvePackDir', () => {
  it('should find the default pack through its package, from a folder without node_modules', async () => {
    const dir = resolvePackDir('nl-gemeente', await scratch())
    expect(JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).name).toBe(builtinPackPackage('nl-gemeente'))
    expect(JSON.parse(await readFile(join(dir, 'pack.json'), 'utf8')).name).toBe('nl-gemeente')
  })

  it('should find a pack folder by path when it has no package.json', async () => {
    const base = await scratch()
    await mkdir(join(base, 'huisstijl'))
    await writeFile(join(base, 'huisstijl/pack.json'), '{ "name": "huisstijl", "version": "1.0.0" }')
    expect(resolvePackDir('./huisstijl', base)).toBe(join(base, 'huisstijl'))
  })

  it('should find an installed kapstok-pack-<name> from the plan, also when its exports hide pack.json', async () => {
    const base = await scratch()
    const pkg = join(base, 'node_modules/kapstok-pack-huisstijl')
    await mkdir(pkg, { recursive: true })
    await writeFile(join(pkg, 'package.json'), '{ "name": "kapstok-pack-huisstijl", "version": "1.0.0", "exports": { "./package.json": "./package.json" } }')
    await writeFile(join(pkg, 'pack.json'), '{ "name": "huisstijl", "version": "1.0.0" }')
    expect(resolvePackDir('huisstijl', base)).toBe(pkg)
  })

  it('should say in Dutch how to install a pack it cannot find', async () => {
    expect(() => resolvePackDir('onbekend', '/')).toThrow(PackError)
    expect(() => resolvePackDir('onbekend', '/')).toThrow('npm install kapstok-pack-onbekend')
  })
})
