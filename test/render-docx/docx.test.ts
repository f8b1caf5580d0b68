// The three documents of the Hoogeveen example as Word files: read back as XML, and opened by
// LibreOffice (converted to PDF) where it is installed.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { buildDocument } from '@kapstok/documents'
import { readPlan } from '@kapstok/markdown'
import { renderDocx } from '@kapstok/render-docx'
import { convert, hasOffice } from '../import/office.js'
import { missingTools, pageText, squash } from '../render-pdf/pdf-tools.js'

const exampleDir = fileURLToPath(new URL('../../examples/hoogeveen-sociaal-domein/', import.meta.url))
const kinds = ['programmaplan', 'beleidskader', 'raadsvoorstel'] as const
const text = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

describe('the Hoogeveen example as DOCX', () => {
  let plan: Plan
  const files: Record<string, string> = {}
  const xml: Record<string, { document: string; footnotes: string }> = {}

  beforeAll(async () => {
    plan = (await readPlan({ path: exampleDir })).model as Plan
    const scratch = mkdtempSync(join(tmpdir(), 'kapstok-docx-'))
    for (const kind of kinds) {
      const bytes = await renderDocx(buildDocument(plan, kind))
      files[kind] = join(scratch, `${kind}.docx`)
      writeFileSync(files[kind], bytes)
      const zip = await JSZip.loadAsync(bytes)
      xml[kind] = { document: (await zip.file('word/document.xml')?.async('string')) ?? '', footnotes: (await zip.file('word/footnotes.xml')?.async('string')) ?? '' }
    }
  }, 120_000)

  it('should put every agenda row in the programmaplan', () => {
    const body = squash(text(xml.programmaplan?.document ?? '').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&apos;', "'"))
    const missing = (plan.acties ?? []).filter((a) => !body.includes(squash(a.activiteit)))
    expect(plan.acties).toHaveLength(68)
    expect(missing.map((a) => a.id)).toEqual([])
  })

  it('should use Word heading styles, a TOC field and repeated table header rows', () => {
    const document = xml.programmaplan?.document ?? ''
    expect(document).toContain('<w:pStyle w:val="Heading1"/>')
    expect(document).toContain('<w:pStyle w:val="Heading3"/>')
    expect(document).toContain('TOC \\h \\o &quot;1-3&quot;')
    expect(document).toContain('<w:docPartGallery w:val="Table of Contents"/>')
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(document.match(/<w:tbl>/g)?.length)
  })

  it('should turn the footnotes of the text into Word footnotes', async () => {
    const withNote = structuredClone(plan)
    const sectie = withNote.secties?.[0] as { tekst: string }
    sectie.tekst = 'De raad koos voor wijkteams[^a].\n\n[^a]: Besluit van 4 maart 2024.'
    const zip = await JSZip.loadAsync(await renderDocx(buildDocument(withNote, 'programmaplan')))
    expect(await zip.file('word/document.xml')?.async('string')).toMatch(/<w:footnoteReference w:id="1"\/>/)
    expect(text((await zip.file('word/footnotes.xml')?.async('string')) ?? '')).toContain('Besluit van 4 maart 2024.')
  })

  it('should link a resolved reference to the bookmark on its target heading', () => {
    const document = xml.programmaplan?.document ?? ''
    // "Zie hiervoor hoofdstuk 6" in the thema's: the source's chapter 6 (Financiën) is chapter 12 of the document.
    const link = /<w:hyperlink [^>]*w:anchor="(kapstok_\d+)"[^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*?<w:t[^>]*>hoofdstuk 12<\/w:t>/.exec(document)
    expect(link?.[1]).toBeDefined()
    const heading = new RegExp(`<w:bookmarkStart w:name="${link?.[1]}" w:id="(\\d+)"/>(?:(?!<w:bookmarkEnd)[\\s\\S])*?<w:t[^>]*>([^<]*)</w:t>`).exec(document)
    expect(heading?.[2]).toBe('12 Financiën')
    // Each bookmark has its own id, so Word pairs its start and end.
    const ids = [...document.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('should give the raadsvoorstel no table of contents', () => {
    expect(xml.raadsvoorstel?.document).not.toContain('TOC \\h')
  })

  describe.skipIf(!hasOffice() || missingTools().length > 0)('opened by LibreOffice', () => {
    let pdfs: string

    beforeAll(() => {
      pdfs = convert(kinds.map((k) => files[k] as string), 'pdf')
    }, 180_000)

    it('should convert all three documents to PDF with every agenda row', () => {
      const pdf = squash(pageText(join(pdfs, 'programmaplan.pdf'), undefined, '-raw'))
      // Cells wrap and poppler interleaves the lines of neighbouring cells: compare the start of
      // each activity (the first word: under the plan's own, longer headers the column is narrow).
      const missing = (plan.acties ?? []).filter((a) => !pdf.includes(squash(a.activiteit.split(' ')[0] ?? '')))
      expect(missing.map((a) => a.id)).toEqual([])
      expect(squash(pageText(join(pdfs, 'raadsvoorstel.pdf')))).toContain(squash(plan.document.gemeente))
      expect(squash(pageText(join(pdfs, 'beleidskader.pdf')))).toContain(squash(plan.document.titel))
    })

    it('should show the table of contents entries, not the field code', () => {
      const first = pageText(join(pdfs, 'programmaplan.pdf'), 2)
      expect(first).not.toContain('TOC \\h')
      expect(first).toContain('Inhoudsopgave')
    })
  })
})
