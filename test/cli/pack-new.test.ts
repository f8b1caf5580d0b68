import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
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
    expect(pkg.files).toEqual(expect.arrayContaining(['pack.json', 'assets', 'partials']))
    const manifest = JSON.parse(await readFile(join(packDir, 'pack.json'), 'utf8'))
    expect(manifest.extends).toBe('@kapstok/pack-nl-gemeente')
    // Only what differs: no copied layouts, stylesheet or PDF layout.
    expect(existsSync(join(packDir, 'layouts'))).toBe(false)
    expect(existsSync(join(packDir, 'assets/kapstok.css'))).toBe(false)
    expect(await readdir(join(packDir, 'partials'))).toEqual(['colofon.hbs'])
    const pack = await loadPack('./kapstok-pack-huisstijl', { baseDir: dir })
    expect(pack.manifest.name).toBe('huisstijl')
    expect(pack.colors.primary).toBe('#00594f')
    // Inherited from the base: its other colours and its styles.
    expect(pack.colors.concept).toBe('#8a1010')
    expect(pack.manifest.styles).toEqual(['assets/kapstok.css'])
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
    // The rest comes from the base: its title page, its stylesheet, and the pack's own logo.
    expect(html).toContain('class="titelblad__titel"')
    expect(html).toContain('href="assets/kapstok.css"')
    expect(await readFile(join(dir, 'out/assets/kapstok.css'), 'utf8')).toContain('.renvooi')
    expect(await readFile(join(dir, 'out/assets/logo.svg'), 'utf8')).toContain('fill="#00594f"')
  })

  it('should report a pack that extends a missing base, and write nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-pack-'))
    await kapstok(['init', 'plan'], dir)
    await mkdir(join(dir, 'plan/eigen'))
    await writeFile(join(dir, 'plan/eigen/pack.json'), JSON.stringify({ name: 'eigen', version: '0.1.0', extends: './weg' }))
    await writeFile(join(dir, 'plan/kapstok.config.yaml'), `${await readFile(join(dir, 'plan/kapstok.config.yaml'), 'utf8')}template: ./eigen\n`)
    const build = await kapstok(['build', 'plan', '--out', 'out', '--format', 'html'], dir)
    expect(build.code).not.toBe(0)
    expect(build.stderr).toContain('Sjabloonpakket `eigen` breidt `./weg` uit (`extends` in')
    expect(build.stderr).toContain('maar dat pakket is niet gevonden')
    expect(existsSync(join(dir, 'out'))).toBe(false)
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
