import { beforeAll, describe, expect, it } from 'vitest'
import { checkPlanSchema, kapstok, type Plan } from '@kapstok/core'
import { buildDocument, type TocEntry } from '@kapstok/documents'
import { htmlRenderer } from '@kapstok/render-html'
import { pdfRenderer, renderPdf, writePdf } from '@kapstok/render-pdf'
import { bigPlan, missingTools, pageCount, pageText, run, save, smallPlan, squash, textWithoutTimeline, timelineCaption } from './pdf-tools.js'

const missing = missingTools()
const withTools = missing.length === 0 ? describe : describe.skip

describe('render-pdf fixture', () => {
  it('should be a valid plan', () => {
    expect(checkPlanSchema(smallPlan())).toEqual([])
  })
})

withTools('renderPdf on the small plan', () => {
  const plan = smallPlan()
  const files: Record<string, string> = {}
  let bytes: Uint8Array

  beforeAll(async () => {
    bytes = await renderPdf(plan, { kind: 'programmaplan' })
    files.programmaplan = save('programmaplan.pdf', bytes)
    files.beleidskader = save('beleidskader.pdf', await renderPdf(plan, { kind: 'beleidskader' }))
    files.raadsvoorstel = save('raadsvoorstel.pdf', await renderPdf(plan, { kind: 'raadsvoorstel' }))
    const final = structuredClone(plan)
    final.document.status = 'vastgesteld'
    files.vastgesteld = save('vastgesteld.pdf', await renderPdf(final, { kind: 'programmaplan' }))
  })

  it('should contain every agenda activity exactly once', () => {
    const text = textWithoutTimeline(files.programmaplan as string)
    for (const actie of plan.acties ?? []) {
      expect({ actie: actie.id, count: text.split(squash(actie.activiteit)).length - 1 }).toEqual({ actie: actie.id, count: 1 })
    }
  })

  it('should print TOC page numbers of the pages the headings are on', () => {
    const file = files.programmaplan as string
    const view = buildDocument(plan, 'programmaplan')
    // Raw mode keeps content order: the diagonal watermark cannot interleave with TOC lines.
    const toc = pageText(file, 2, '-raw')
    const entries = flatten(view.toc)
    expect(entries.length).toBeGreaterThan(5)
    for (const entry of entries) {
      const line = toc.split('\n').find((l) => squash(l).startsWith(squash(`${entry.numberLabel ?? ''}${entry.title}`)))
      expect(line, `TOC line for ${entry.title}`).toBeDefined()
      const page = Number(/(\d+)\s*$/.exec(line as string)?.[1])
      expect(page).toBeGreaterThan(2)
      const heading = squash(`${entry.numberLabel ?? ''}${entry.title}`)
      expect({ title: entry.title, found: squash(pageText(file, page, '-raw')).includes(heading) }).toEqual({ title: entry.title, found: true })
      // Not on the page before (unless that is the TOC itself): the number is the first page.
      if (page - 1 > 2) {
        expect({ title: entry.title, before: squash(pageText(file, page - 1, '-raw')).includes(heading) }).toEqual({ title: entry.title, before: false })
      }
    }
  })

  it('should number pages as "pagina x van y" with y the page count', () => {
    const file = files.programmaplan as string
    const pages = pageCount(file)
    expect(pageText(file, pages)).toContain(`pagina ${pages} van ${pages}`)
    expect(pageText(file, 3)).toContain(`pagina 3 van ${pages}`)
  })

  it('should be tagged, titled and in Dutch according to pdfinfo', () => {
    const info = run('pdfinfo', [files.programmaplan as string]).stdout
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(info).toMatch(/^Title:\s+Samen sterk in Testwoude 2024-2027$/m)
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m)
    expect(info).toMatch(/^CreationDate:\s+Tue Mar 12 00:00:00 2024 UTC$/m)
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).toContain('/Lang (nl-NL)')
    expect(raw).toContain('/DisplayDocTitle true')
  })

  it('should have a structure tree of headings, paragraphs, lists, tables, links and the logo', () => {
    const { stdout, stderr } = run('pdfinfo', ['-struct', files.programmaplan as string])
    expect(stderr).toBe('')
    expect(stdout.split('\n')[0]).toBe('Document')
    for (const type of ['H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Caption', 'Link', 'TOC', 'TOCI', 'Note', 'Figure']) {
      expect({ type, present: new RegExp(`^\\s*${type}\\b`, 'm').test(stdout) }).toEqual({ type, present: true })
    }
    expect(stdout).toContain('/Scope /Column')
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/S \/Figure\s*\/Alt \(Logo gemeente Testwoude\)/)
  })

  it('should identify as PDF/A-2a and PDF/UA-1 with an sRGB output intent', () => {
    const xmp = run('pdfinfo', ['-meta', files.programmaplan as string]).stdout
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>')
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Samen sterk in Testwoude 2024-2027</rdf:li>')
    expect(xmp).toContain('<xmp:CreateDate>2024-03-12T00:00:00Z</xmp:CreateDate>')
    expect(xmp).toContain('<xmp:ModifyDate>2024-03-12T00:00:00Z</xmp:ModifyDate>')
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).toMatch(/\/S \/GTS_PDFA1/)
    expect(raw).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)')
  })

  it('should embed every font', () => {
    const rows = run('pdffonts', [files.programmaplan as string]).stdout.split('\n').slice(2).filter(Boolean)
    expect(rows.length).toBeGreaterThan(2)
    for (const row of rows) expect(row).toMatch(/DejaVu\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/)
  })

  it('should pass qpdf --check', () => {
    for (const file of Object.values(files)) {
      const result = run('qpdf', ['--check', file])
      expect({ file, status: result.status, stderr: result.stderr }).toEqual({ file, status: 0, stderr: '' })
      expect(result.stdout).toContain('No syntax or stream encoding errors found')
    }
  })

  it('should add bookmarks that mirror the headings', () => {
    const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', files.programmaplan as string]).stdout) as {
      outlines: Array<{ title: string; kids: Array<{ title: string }> }>
    }
    const view = buildDocument(plan, 'programmaplan')
    expect(json.outlines.map((o) => o.title)).toEqual(view.sections.map((s) => `${s.numberLabel ?? s.number ?? ''} ${s.title}`.trim()))
    expect(json.outlines[2]?.kids.map((k) => k.title)).toEqual(['3.1 We werken vanuit vertrouwen', '3.2 Preventie gaat voor'])
  })

  it('should build byte-identical PDFs from the same source and a new ID from changed content', async () => {
    const again = await renderPdf(smallPlan(), { kind: 'programmaplan' })
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
    const changed = smallPlan()
    changed.document.versie = '1.0'
    const other = Buffer.from(await renderPdf(changed, { kind: 'programmaplan' })).toString('latin1')
    const id = (pdf: string) => /\/ID \[(<[0-9a-f]+>)/.exec(pdf)?.[1]
    expect(id(other)).toMatch(/^<[0-9a-f]{32}>$/)
    expect(id(other)).not.toBe(id(Buffer.from(bytes).toString('latin1')))
  })

  it('should put a CONCEPT watermark on every page of a draft only', () => {
    const draft = files.programmaplan as string
    // Raw mode keeps the content order, so the rotated word comes out whole.
    for (let page = 1; page <= pageCount(draft); page++) expect({ page, text: squash(pageText(draft, page, '-raw')) }).toMatchObject({ text: expect.stringContaining('CONCEPT') })
    expect(squash(pageText(files.vastgesteld as string, undefined, '-raw'))).not.toContain('CONCEPT')
  })

  it('should show raw HTML as its words, never as markup, and keep links clickable', () => {
    const text = pageText(files.programmaplan as string)
    expect(text).toContain('rauwe HTML wordt weggelaten')
    expect(text).not.toContain('<div>')
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).toContain('/URI (https://www.example.org/testwoude)')
    expect(raw).toMatch(/\/S \/GoTo\s*\/D \(p1\)/)
  })

  it('should set the raadsvoorstel as one flowing text with the raadsbesluit on its own page', () => {
    const file = files.raadsvoorstel as string
    const pages = pageCount(file)
    expect(pages).toBe(3)
    expect(pageText(file, 2)).toContain('Kopgegevens')
    expect(pageText(file, pages)).toContain('Ontwerp-raadsbesluit')
    expect(squash(pageText(file, pages))).toContain(squash('1. het programmaplan Samen sterk in Testwoude 2024-2027 vast te stellen;'))
  })
})

withTools('renderPdf on a long agenda', () => {
  const plan = bigPlan(400)
  let file: string

  beforeAll(async () => {
    file = save('long.pdf', await renderPdf(plan, { kind: 'programmaplan' }))
  })

  it('should contain every one of 400 activities exactly once', () => {
    const text = squash(pageText(file, undefined, '-raw'))
    const counts = (plan.acties ?? []).map((a) => text.split(squash(a.activiteit)).length - 1)
    expect(counts.filter((c) => c !== 1)).toEqual([])
  })

  it('should repeat the header row on every agenda page', () => {
    const pages = pageCount(file)
    let agendaPages = 0
    for (let page = 1; page <= pages; page++) {
      const text = pageText(file, page)
      if (!/Activiteit nummer \d+/.test(text) || text.includes(timelineCaption)) continue
      agendaPages++
      expect({ page, header: /Activiteit\s+Doel\s+Start\s+Afronding\s+Domein/.test(text) }).toEqual({ page, header: true })
    }
    expect(agendaPages).toBeGreaterThan(10)
  })

  it('should pass qpdf --check and show a clean structure tree', () => {
    expect(run('qpdf', ['--check', file]).status).toBe(0)
    expect(run('pdfinfo', ['-struct', file]).stderr).toBe('')
  })
})

describe('writePdf', () => {
  it('should stream the PDF in chunks and report progress up to the total', async () => {
    const view = buildDocument(bigPlan(120), 'programmaplan')
    const chunks: Uint8Array[] = []
    const events: Array<{ done: number; total: number }> = []
    await writePdf(view, { write: (chunk) => chunks.push(chunk), onProgress: (event) => events.push(event) })
    expect(chunks.length).toBeGreaterThan(10)
    expect(Buffer.from(chunks[0] as Uint8Array).toString('latin1')).toMatch(/^%PDF-1\.7/)
    // Every body row of every table, in both passes; the agenda alone has 120.
    const last = events.at(-1)
    expect(last?.done).toBe(last?.total)
    expect(last?.total).toBeGreaterThanOrEqual(240)
    expect(events.every((e, i) => i === 0 || e.done > (events[i - 1]?.done ?? 0))).toBe(true)
  })
})

describe('pdfRenderer', () => {
  it('should register a pdf renderer that writes one PDF per document', async () => {
    const processor = kapstok()
      .use(function () {
        this.parser((_input, file) => {
          file.model = smallPlan() as Plan
        })
      })
      .use(pdfRenderer)
    const progress = new Set<string>()
    const file = await processor.process(
      { path: 'plan.json' },
      { render: { formats: ['pdf'], onProgress: (event) => progress.add(`${event.document}/${event.format}`) } }
    )
    expect(file.messages.map(String)).toEqual([])
    expect(file.outputs.map((o) => [o.path, o.document, o.format])).toEqual([
      ['programmaplan.pdf', 'programmaplan', 'pdf'],
      ['beleidskader.pdf', 'beleidskader', 'pdf'],
      ['raadsvoorstel.pdf', 'raadsvoorstel', 'pdf']
    ])
    expect(Buffer.from(file.outputs[0]?.contents as Uint8Array).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
    expect([...progress]).toEqual(['programmaplan/pdf'])
  })

  it('should skip a requested document the plan cannot make, as the HTML renderer does, and say so once', async () => {
    const { besluit: _b, raadsvoorstel: _r, ...plan } = smallPlan() as Plan
    const processor = kapstok()
      .use(function () {
        this.parser((_input, file) => {
          file.model = plan as Plan
        })
      })
      .use(htmlRenderer)
      .use(pdfRenderer)
    const file = await processor.process({ path: 'plan.json' }, { render: { formats: ['html', 'md', 'pdf'], documents: ['raadsvoorstel'] } })
    expect(file.outputs.filter((o) => o.document)).toEqual([])
    expect(file.messages.map((m) => [m.ruleId, m.source])).toEqual([['render-document-unsupported', '@kapstok/packs']])
  })
})

function flatten(entries: TocEntry[]): TocEntry[] {
  return entries.flatMap((e) => [e, ...flatten(e.entries)])
}
