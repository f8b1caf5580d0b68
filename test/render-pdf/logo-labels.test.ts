import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack, PackError } from '@kapstok/packs'
import { pdfPack, renderPdf } from '@kapstok/render-pdf'
import { missingTools, pageText, save, smallPlan } from './pdf-tools.js'

const withTools = missingTools().length === 0 ? describe : describe.skip

/** A folder with the given files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kapstok-logo-'))
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), contents)
  }
  return dir
}

const textLogo =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"><rect width="40" height="40" fill="#00594f"/>' +
  '<text x="50" y="28" font-size="20" font-weight="bold" fill="#00594f">Gemeente <tspan>Testwoude</tspan></text></svg>'

withTools('SVG logos in the PDF', () => {
  it('should keep the words of an SVG logo as text in the PDF', async () => {
    const dir = folder({ 'logo.svg': textLogo })
    const settings = await pdfPack(await loadPack('nl-gemeente', { baseDir: dir, overrides: { logo: './logo.svg' } }))
    const file = save('logo-tekst.pdf', await renderPdf(smallPlan(), { layout: settings.layout }))
    expect(pageText(file, 1)).toContain('Gemeente Testwoude')
  })
})

describe('SVG logos the PDF cannot draw', () => {
  it('should refuse a logo with transforms or gradients, at the logo setting', async () => {
    const dir = folder({ 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g transform="scale(2)"><rect width="5" height="5"/></g></svg>' })
    const error = await pdfPack(await loadPack('nl-gemeente', { baseDir: dir, overrides: { logo: './logo.svg' } })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PackError)
    expect((error as PackError).message).toBe(
      'Logo `./logo.svg` gebruikt `transform`, dat de PDF niet tekent: vereenvoudig de SVG (vormen en tekst zonder transformaties) of gebruik een PNG-bestand'
    )
    expect((error as PackError).setting).toEqual(['template', 'overrides', 'logo'])
  })
})

describe('labels of the PDF', () => {
  it('should take every word from the pack labels, not from pdf/layout.json', async () => {
    const dir = folder({
      'pakket/pack.json': JSON.stringify({ name: 'eigen', version: '1.0.0', labels: { inhoudsopgave: 'Inhoudsopgave', paginaVan: 'blad {page}/{pages}' } }),
      'pakket/pdf/layout.json': JSON.stringify({ labels: { toc: 'Inhoud' } })
    })
    const { layout } = await pdfPack(await loadPack('./pakket', { baseDir: dir }))
    expect(layout.labels).toEqual({ toc: 'Inhoudsopgave', pageOf: 'blad {page}/{pages}', logoAlt: 'Logo gemeente {gemeente}' })
  })
})
