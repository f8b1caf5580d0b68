import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack } from '@kapstok/packs'
import { kapstok } from './run.js'

describe('kapstok pack new', () => {
  it('should write a pack ready to publish, with its colour, its logo and an overridden colofon', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-pack-'))
    const result = await kapstok(['pack', 'new', 'huisstijl', '--kleur', '#00594f'], dir)
    expect(result.code).toBe(0)
    const packDir = join(dir, 'kapstok-pack-huisstijl')
    const pkg = JSON.parse(await readFile(join(packDir, 'package.json'), 'utf8'))
    expect(pkg.name).toBe('kapstok-pack-huisstijl')
    expect(pkg.files).toEqual(expect.arrayContaining(['pack.json', 'assets', 'layouts', 'partials']))
    const pack = await loadPack('./kapstok-pack-huisstijl', { baseDir: dir })
    expect(pack.manifest.name).toBe('huisstijl')
    expect(pack.colors.primary).toBe('#00594f')
    expect(await readFile(join(packDir, 'assets/logo.svg'), 'utf8')).toContain('fill="#00594f"')
  })

  it('should render with the new pack: its colour and its colofon in the HTML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-pack-'))
    await kapstok(['init', 'plan'], dir)
    // The pack inside the plan folder: pack paths outside it need --trust (the sandbox).
    await kapstok(['pack', 'new', 'huisstijl', '--kleur', '#00594f', '--out', 'plan/kapstok-pack-huisstijl'], dir)
    await writeFile(join(dir, 'plan/kapstok.config.yaml'), `${await readFile(join(dir, 'plan/kapstok.config.yaml'), 'utf8')}template: ./kapstok-pack-huisstijl\n`)
    const build = await kapstok(['build', 'plan', '--out', 'out', '--format', 'html'], dir)
    expect(build.stderr).toBe('')
    const html = await readFile(join(dir, 'out/programmaplan.html'), 'utf8')
    expect(html).toContain('--kapstok-primary:#00594f')
    expect(html).toContain('Huisstijl: huisstijl')
  })

  it('should refuse a name that cannot be an npm package, a colour that is not one, and an existing folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-pack-'))
    expect((await kapstok(['pack', 'new', 'Huis Stijl'], dir)).stderr).toContain('Ongeldige naam `Huis Stijl`')
    expect((await kapstok(['pack', 'new', 'huisstijl', '--kleur', 'red;}'], dir)).code).toBe(2)
    expect(existsSync(join(dir, 'kapstok-pack-huisstijl'))).toBe(false)
    await kapstok(['pack', 'new', 'huisstijl'], dir)
    const again = await kapstok(['pack', 'new', 'huisstijl'], dir)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('bestaat al')
  })

  it('should name `kapstok pack new` when the subcommand is missing or unknown', async () => {
    expect((await kapstok(['pack'])).stderr).toContain('`kapstok pack new <naam>`')
    expect((await kapstok(['pack', 'maak', 'x'])).stderr).toContain('Onbekende opdracht `pack maak`')
  })
})
