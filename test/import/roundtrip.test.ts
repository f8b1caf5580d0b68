// Round trip through a real word processor: each example is rendered as HTML, LibreOffice
// turns that into a .docx (as a municipality's Word file would be), `importDocx` turns it back
// into a source folder, and that folder is read and built again.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { kapstok, type Plan } from '@kapstok/core'
import { importDocx, type ImportResult } from '@kapstok/import'
import { markdownSource } from '@kapstok/markdown'
import { htmlRenderer } from '@kapstok/render-html'
import { convert, hasOffice, kept, words } from './office.js'

const examples = ['dijk-en-waard-beleidskader', 'hoogeveen-sociaal-domein', 'noordoostpolder-hervorming-voorveld', 'vijfheerenlanden-sociaal-maatschappelijke-agenda']
const root = fileURLToPath(new URL('../../', import.meta.url))

interface Trip {
  original: Plan
  imported: ImportResult
  model: Plan
  readerErrors: string[]
  wordsIn: string
  wordsOut: string
}

describe.skipIf(!hasOffice())('import of the examples as Word documents', () => {
  const trips = new Map<string, Trip>()

  beforeAll(async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kapstok-roundtrip-'))
    const originals = new Map<string, Plan>()
    const html: string[] = []
    for (const name of examples) {
      const file = await kapstok().use(markdownSource).use(htmlRenderer).process({ path: join(root, 'examples', name) }, { force: true, render: { formats: ['html'] } })
      const plan = file.model as Plan
      const kind = plan.document.soort === 'beleidskader' ? 'beleidskader' : 'programmaplan'
      const output = file.outputs.find((o) => o.path === `${kind}.html`)
      html.push(join(scratch, `${name}.html`))
      writeFileSync(join(scratch, `${name}.html`), output?.contents ?? '')
      originals.set(name, plan)
    }
    const docx = convert(html, 'docx:MS Word 2007 XML', { html: true })
    for (const name of examples) {
      const bytes = readFileSync(join(docx, `${name}.docx`))
      const folder = join(scratch, name)
      const imported = await importDocx(bytes, { folder })
      for (const f of imported.files) {
        mkdirSync(dirname(join(folder, f.path)), { recursive: true })
        writeFileSync(join(folder, f.path), f.contents)
      }
      const file = await kapstok().use(markdownSource).use(htmlRenderer).process({ path: folder }, { force: true, render: { formats: ['md'] } })
      const model = file.model as Plan
      const kind = model.document.soort === 'beleidskader' ? 'beleidskader' : 'programmaplan'
      const readerErrors = file.messages.filter((m) => m.fatal === true && ['@kapstok/markdown', '@kapstok/core'].includes(m.source ?? '')).map((m) => `${m.ruleId}: ${m.reason}`)
      const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? ''
      const wordsIn = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')
      const wordsOut = String(file.outputs.find((o) => o.path === `${kind}.md`)?.contents ?? '')
      trips.set(name, { original: originals.get(name) as Plan, imported, model, readerErrors, wordsIn, wordsOut })
    }
  }, 240_000)

  it.each(examples)('should read %s back without reader errors', (name) => {
    expect(trips.get(name)?.readerErrors).toEqual([])
  })

  it.each(examples)('should keep at least 99%% of the words of %s', (name) => {
    const trip = trips.get(name) as Trip
    const share = kept(words(trip.wordsIn), words(trip.wordsOut))
    expect(share).toBeGreaterThanOrEqual(0.99)
  })

  it.each(examples)('should keep every agenda row of %s', (name) => {
    const trip = trips.get(name) as Trip
    const before = trip.original.acties ?? []
    expect(trip.imported.stats.agendaRows).toBe(before.length)
    expect((trip.model.acties ?? []).map((a) => a.activiteit)).toEqual(before.map((a) => a.activiteit))
  })

  it('should tie every Hoogeveen agenda row to its theme, as in the source', () => {
    const trip = trips.get('hoogeveen-sociaal-domein') as Trip
    const titles = (plan: Plan) => (plan.acties ?? []).map((a) => plan.pijlers?.find((p) => p.id === a.pijler)?.titel)
    expect(titles(trip.model)).toEqual(titles(trip.original))
    expect((trip.model.acties ?? []).map((a) => a.subkop)).toEqual((trip.original.acties ?? []).map((a) => a.subkop))
  })

  it('should take the title page into the frontmatter', () => {
    const document = (trips.get('hoogeveen-sociaal-domein') as Trip).model.document
    const original = (trips.get('hoogeveen-sociaal-domein') as Trip).original.document
    expect(document).toMatchObject({ gemeente: original.gemeente, titel: original.titel, soort: original.soort, status: original.status, datum: original.datum })
  })
})
