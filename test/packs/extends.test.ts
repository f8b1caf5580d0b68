// `"extends"` in pack.json: a pack takes from its base what it does not have itself.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack, PackError } from '@kapstok/packs'
import { loadHtmlPack } from '@kapstok/render-html'
import { loadPdfPack } from '@kapstok/render-pdf'

// Packs in a scratch folder: name → files.
async function packs(files: Record<string, Record<string, string>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-extends-'))
  for (const [pack, contents] of Object.entries(files)) {
    for (const [file, text] of Object.entries(contents)) {
      await mkdir(join(dir, pack, file, '..'), { recursive: true })
      await writeFile(join(dir, pack, file), text)
    }
  }
  return dir
}

const manifest = (name: string, extra: Record<string, unknown> = {}) => JSON.stringify({ name, version: '1.0.0', ...extra })

describe('packs that extend another pack', () => {
  it('should inherit templates, styles, labels and the PDF layout, and override them one by one', async () => {
    const dir = await packs({
      huis: {
        'pack.json': manifest('huis', { extends: '@kapstok/pack-nl-gemeente', labels: { begrippen: 'Afkortingen' }, colors: { primary: '#00594f' } }),
        'partials/colofon.hbs': '<footer class="eigen-colofon">Eigen colofon</footer>',
        'pdf/layout.json': '{ "tocDepth": 3 }'
      }
    })
    const html = await loadHtmlPack('./huis', { baseDir: dir })
    expect(html.partials.colofon).toBe('<footer class="eigen-colofon">Eigen colofon</footer>')
    expect(html.partials.titelblad).toContain('titelblad__titel')
    expect(html.layouts.default).toBeDefined()
    expect(html.styles).toEqual(['assets/kapstok.css'])
    expect(html.assets.map((a) => a.path)).toContain('assets/kapstok.css')
    expect(html.labels).toMatchObject({ begrippen: 'Afkortingen' })
    expect(html.colors).toMatchObject({ primary: '#00594f', concept: '#8a1010' })
    const pdf = await loadPdfPack('./huis', { baseDir: dir })
    expect(pdf.layout.tocDepth).toBe(3)
    expect(pdf.layout.margins.left).toBe(68)
  })

  it('should let a plan replace a partial only the base has', async () => {
    const dir = await packs({ huis: { 'pack.json': manifest('huis', { extends: 'nl-gemeente' }) }, plan: { 'titel.hbs': '<h1>Eigen</h1>' } })
    const pack = await loadPack('./huis', { baseDir: dir, overrides: { partials: { titelblad: 'plan/titel.hbs' } } })
    expect(pack.partials.titelblad).toBe(join(dir, 'plan/titel.hbs'))
  })

  it('should name the pack.json of a pack whose base is missing', async () => {
    const dir = await packs({ huis: { 'pack.json': manifest('huis', { extends: 'kapstok-pack-bestaat-niet' }) } })
    const error = await loadPack('./huis', { baseDir: dir }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PackError)
    expect((error as Error).message).toContain(`Sjabloonpakket \`huis\` breidt \`kapstok-pack-bestaat-niet\` uit (\`extends\` in \`${join(dir, 'huis', 'pack.json')}\`), maar dat pakket is niet gevonden`)
  })

  it('should refuse a cycle of extends', async () => {
    const dir = await packs({ a: { 'pack.json': manifest('a', { extends: '../b' }) }, b: { 'pack.json': manifest('b', { extends: '../a' }) } })
    const error = await loadPack('./a', { baseDir: dir }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PackError)
    expect((error as Error).message).toContain('uiteindelijk zichzelf uit (`../a`)')
  })

  it('should refuse an extends that is not a pack reference', async () => {
    const dir = await packs({ a: { 'pack.json': manifest('a', { extends: 3 }) } })
    await expect(loadPack('./a', { baseDir: dir })).rejects.toThrow('`extends` moet de naam of het pad van een sjabloonpakket zijn')
  })
})
