import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { kapstok, type PlanFile } from '@kapstok/core'
import { loadPack } from '@kapstok/packs'
import { htmlRenderer } from '@kapstok/render-html'
import { pdfPack, pdfRenderer } from '@kapstok/render-pdf'
import { missingTools, pageText, run, save, scratch, smallPlan } from './pdf-tools.js'

const withTools = missingTools().length === 0 ? describe : describe.skip

// A 6×3 red PNG: the PDF embeds it as an image, unlike the pack's own (vector) SVG logo.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAYAAAADCAIAAAA/Y+msAAAAEUlEQVR4nGM4ICCAhhiIEgIAzYgPwTgkNrAAAAAASUVORK5CYII=', 'base64')
// `#00594f` as pdfkit writes a fill colour.
const primaryFill = '0 0.34901960784313724 0.30980392156862746 scn'

const overrides = {
  colors: { primary: '#00594f' },
  logo: './huisstijl/logo.png',
  labels: { inhoudsopgave: 'Inhoud', begrippen: 'Afkortingen' }
}

/** A plan folder with a config file; returns its path. */
function planFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kapstok-template-'))
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), contents)
  }
  return dir
}

/** Render the small plan's programmaplan as the CLI does: the config in `settings`, plus `configBase`. */
async function build(config: Record<string, unknown>, configBase: string, formats = ['html', 'pdf']): Promise<PlanFile> {
  const processor = kapstok()
    .use(function () {
      this.parser((_input, file) => {
        file.model = smallPlan()
      })
    })
    .use(htmlRenderer)
    .use(pdfRenderer)
  Object.assign(processor.settings, config, { configBase })
  return processor.process({ path: join(configBase, 'plan.json') }, { render: { formats, documents: ['programmaplan'] } })
}

function output(file: PlanFile, path: string): string | Uint8Array | undefined {
  return file.outputs.find((o) => o.path === path)?.contents
}

describe('the PDF layout of a pack with overrides', () => {
  it('should take the plan colour, logo and table-of-contents label over pack.json and pdf/layout.json', async () => {
    const dir = planFolder({ 'huisstijl/logo.png': png })
    const { layout, labels } = await pdfPack(await loadPack('nl-gemeente', { baseDir: dir, overrides }))
    expect([layout.colours.primary, layout.colours.tableHeader, layout.colours.accent]).toEqual(['#00594f', '#00594f', '#2e6da4'])
    expect(layout.logo).toBe(join(dir, 'huisstijl/logo.png'))
    expect(layout.labels.toc).toBe('Inhoud')
    expect(labels).toEqual({ inhoudsopgave: 'Inhoud', begrippen: 'Afkortingen' })
  })
})

withTools('template overrides in HTML and PDF', () => {
  let base: PlanFile
  let custom: PlanFile

  beforeAll(async () => {
    const config = { template: { pack: 'nl-gemeente', overrides } }
    const dir = planFolder({ 'kapstok.config.json': JSON.stringify(config, null, 2), 'huisstijl/logo.png': png })
    base = await build({}, planFolder({}))
    custom = await build(config, dir)
  })

  it('should render both formats without messages', () => {
    expect(custom.messages.map(String)).toEqual([])
    expect(custom.outputs.map((o) => o.path)).toEqual(['programmaplan.html', 'assets/kapstok.css', 'assets/logo.svg', 'assets/logo-plan.png', 'programmaplan.pdf'])
  })

  it('should show the overridden labels in the HTML and in the PDF text', () => {
    const html = String(output(custom, 'programmaplan.html'))
    expect(html).toContain('<h2 id="inhoudsopgave-kop">Inhoud</h2>')
    expect(html).toContain('Afkortingen</h2>')
    const lines = (file: PlanFile) => pageText(save(`${file === base ? 'base' : 'custom'}.pdf`, output(file, 'programmaplan.pdf') as Uint8Array)).split('\n').map((l) => l.trim())
    const customLines = lines(custom)
    expect(customLines).toContain('Inhoud')
    expect(customLines.filter((l) => l.includes('Inhoudsopgave') || l.includes('Begrippenlijst'))).toEqual([])
    expect(customLines.filter((l) => /^\d+ +Afkortingen\b/.test(l)).length).toBeGreaterThanOrEqual(2)
    expect(lines(base)).toContain('Inhoudsopgave')
  })

  it('should fill with the overridden primary colour in the PDF, as the HTML declares it', () => {
    expect(String(output(custom, 'programmaplan.html'))).toContain('--kapstok-primary:#00594f;')
    const fills = (file: PlanFile, name: string) => {
      const expanded = join(scratch, `${name}-qdf.pdf`)
      run('qpdf', ['--qdf', '--object-streams=disable', save(`${name}.pdf`, output(file, 'programmaplan.pdf') as Uint8Array), expanded])
      return readFileSync(expanded, 'latin1').split(primaryFill).length - 1
    }
    expect(fills(base, 'base')).toBe(0)
    expect(fills(custom, 'custom')).toBeGreaterThan(0)
  })

  it('should embed the plan logo in the PDF, with alternative text naming the gemeente', () => {
    const images = (file: PlanFile, name: string) =>
      run('pdfimages', ['-list', save(`${name}.pdf`, output(file, 'programmaplan.pdf') as Uint8Array)])
        .stdout.split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.trim().split(/\s+/).slice(2, 5))
    expect(images(base, 'base')).toEqual([])
    expect(images(custom, 'custom')).toEqual([['image', '6', '3']])
    expect(Buffer.from(output(custom, 'programmaplan.pdf') as Uint8Array).toString('latin1')).toMatch(/\/S \/Figure\s*\/Alt \(Logo gemeente Testwoude\)/)
  })
})

describe('a template pack that cannot be used', () => {
  it('should report a missing pack once, in Dutch, at the pack value in kapstok.config.json, and write nothing', async () => {
    const dir = planFolder({ 'kapstok.config.json': '{\n  "template": {\n    "pack": "./huisstijl"\n  }\n}\n' })
    const file = await build({ template: { pack: './huisstijl' } }, dir)
    expect(file.outputs).toEqual([])
    expect(file.messages.map((m) => [m.file, m.line, m.column, m.ruleId, m.source, m.fatal, m.reason])).toEqual([
      [
        join(dir, 'kapstok.config.json'),
        3,
        13,
        'render-pack',
        '@kapstok/packs',
        true,
        'Sjabloonpakket `./huisstijl` niet gevonden: geen `pack.json` in die map. Geef het pad naar een map met een `pack.json`'
      ]
    ])
  })

  it('should report a broken pack.json at the pack value in kapstok.config.yaml when only the PDF is built', async () => {
    const dir = planFolder({ 'kapstok.config.yaml': 'template:\n  pack: ./huisstijl\n', 'huisstijl/pack.json': '{ "name": "huisstijl" }' })
    const file = await build({ template: { pack: './huisstijl' } }, dir, ['pdf'])
    expect(file.outputs).toEqual([])
    expect(file.messages.map((m) => [m.file, m.line, m.column, m.reason])).toEqual([
      [join(dir, 'kapstok.config.yaml'), 2, 9, 'Sjabloonpakket `./huisstijl` heeft een ongeldige `pack.json`: `version` ontbreekt. Vul het aan met tekst']
    ])
  })

  it('should report a missing logo at its own value in the config', async () => {
    const config = { template: { overrides: { logo: './nergens.png' } } }
    const dir = planFolder({ 'kapstok.config.json': JSON.stringify(config, null, 2) })
    const file = await build(config, dir)
    expect(file.outputs).toEqual([])
    expect(file.messages.map((m) => [m.file, m.line, m.column, m.reason])).toEqual([
      [
        join(dir, 'kapstok.config.json'),
        4,
        15,
        'Bestand `./nergens.png` voor het logo niet gevonden; geef een pad ten opzichte van de map van de configuratie'
      ]
    ])
  })
})
