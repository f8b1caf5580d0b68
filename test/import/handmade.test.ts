// A Word document made by hand (with the `docx` package, as a word processor would save it):
// merged cells, nested lists, a footnote, an image, an agenda with a group row and a column
// the reader does not know.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun
} from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'
import { kapstok, type Plan } from '@kapstok/core'
import { importDocx, type ImportResult } from '@kapstok/import'
import { markdownSource } from '@kapstok/markdown'
import { htmlRenderer } from '@kapstok/render-html'

// A 1×1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

const row = (cells: string[], header = false) =>
  new TableRow({ tableHeader: header, children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })

async function handmade(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Samen sterk in Lindeveld',
    creator: 'Gemeente Lindeveld',
    numbering: {
      config: [{ reference: 'opsomming', levels: [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: level ? '◦' : '•' })) }]
    },
    footnotes: { 1: { children: [new Paragraph('Raadsbrief van 4 maart 2024 over de wijkteams.')] } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Samen sterk in Lindeveld')] }),
          new Paragraph('Gemeente Lindeveld'),
          new Paragraph('Programmaplan'),
          new Paragraph('Datum: 12 maart 2024'),
          new Paragraph('Status: Vastgesteld'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('1. Inleiding')] }),
          new Paragraph({
            children: [
              new TextRun('De wijkteams werken '),
              new TextRun({ text: 'dichtbij', bold: true }),
              new TextRun(' en '),
              new TextRun({ text: 'samen', italics: true }),
              new TextRun(' met de buurt'),
              new FootnoteReferenceRun(1),
              new TextRun('. Meer op '),
              new ExternalHyperlink({ link: 'https://lindeveld.example/wijkteams', children: [new TextRun('de website')] }),
              new TextRun('.')
            ]
          }),
          new Paragraph({ text: 'Wijkteams in de dorpen', numbering: { reference: 'opsomming', level: 0 } }),
          new Paragraph({ text: 'Noorderhoek en Zuiderhoek', numbering: { reference: 'opsomming', level: 1 } }),
          new Paragraph({ text: 'Jongerenwerk op school', numbering: { reference: 'opsomming', level: 0 } }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 }, altText: { name: 'kaart', title: 'Kaart', description: 'Kaart van de wijken van Lindeveld' } })] }),
          new Table({
            rows: [
              row(['Wijk', 'Inwoners', 'Teams'], true),
              new TableRow({ children: [new TableCell({ columnSpan: 2, children: [new Paragraph('Noord en Oost samen')] }), new TableCell({ children: [new Paragraph('2')] })] }),
              row(['Zuid', '5400', '1'])
            ]
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('2. Uitvoeringsagenda')] }),
          new Table({
            rows: [
              row(['Actie', 'Trekker', 'Start', 'Gereed', 'Kleurcode'], true),
              new TableRow({ children: [new TableCell({ columnSpan: 5, children: [new Paragraph('Wijkteams')] })] }),
              row(['Wijkteam Noord starten', 'Team Noord', 'januari 2024', 'december 2024', 'groen']),
              row(['Spreekuur in het dorpshuis', 'Team Zuid', '2024', '2025', '']),
              new TableRow({ children: [new TableCell({ columnSpan: 5, children: [new Paragraph('Jongeren')] })] }),
              row(['Jongerenwerk op elke school', 'Welzijn Lindeveld', 'augustus 2024', '2026', '25.000'])
            ]
          })
        ]
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('import of a hand-made Word document', () => {
  let result: ImportResult
  let folder: string
  let plan: Plan
  let messages: Array<{ source: string; fatal: boolean | null | undefined; ruleId: string }>
  const text = (path: string) => String(result.files.find((f) => f.path === path)?.contents ?? '')

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kapstok-handmade-'))
    result = await importDocx(await handmade(), { folder })
    for (const f of result.files) {
      mkdirSync(dirname(join(folder, f.path)), { recursive: true })
      writeFileSync(join(folder, f.path), f.contents)
    }
    const file = await kapstok().use(markdownSource).use(htmlRenderer).process({ path: folder }, { force: true, render: { formats: ['md'] } })
    plan = file.model as Plan
    messages = file.messages.map((m) => ({ source: m.source ?? '', fatal: m.fatal, ruleId: m.ruleId ?? '' }))
  })

  it('should write the title page and properties into the frontmatter', () => {
    expect(plan.document).toMatchObject({ gemeente: 'Lindeveld', titel: 'Samen sterk in Lindeveld', soort: 'programmaplan', status: 'vastgesteld', datum: '2024-03-12' })
  })

  it('should make one file per chapter, after the document file', () => {
    expect(result.files.filter((f) => f.path.endsWith('.md') && !f.path.startsWith('_')).map((f) => f.path)).toEqual(['00-document.md', '01-inleiding.md', '02-uitvoeringsagenda.md'])
  })

  it('should keep emphasis, links, nested lists and the footnote', () => {
    const chapter = text('01-inleiding.md')
    expect(chapter).toContain('De wijkteams werken **dichtbij** en _samen_ met de buurt[^1]. Meer op [de website](https://lindeveld.example/wijkteams).')
    expect(chapter).toContain('[^1]: Raadsbrief van 4 maart 2024 over de wijkteams.')
    expect(chapter).toMatch(/^- Wijkteams in de dorpen\n\n?  - Noorderhoek en Zuiderhoek/m)
  })

  it('should extract the image next to the source with its alternative text', () => {
    expect(text('01-inleiding.md')).toContain('![Kaart van de wijken van Lindeveld](media/afbeelding-1.png)')
    expect(Buffer.from(result.files.find((f) => f.path === 'media/afbeelding-1.png')?.contents as Uint8Array)).toEqual(png)
  })

  it('should read the agenda with its group rows as subkoppen', () => {
    expect(result.stats.agendaRows).toBe(3)
    expect((plan.acties ?? []).map((a) => [a.activiteit, a.eigenaar, a.start, a.eind, a.subkop])).toEqual([
      ['Wijkteam Noord starten', 'Team Noord', 'januari 2024', 'december 2024', 'Wijkteams'],
      ['Spreekuur in het dorpshuis', 'Team Zuid', '2024', '2025', 'Wijkteams'],
      ['Jongerenwerk op elke school', 'Welzijn Lindeveld', 'augustus 2024', '2026', 'Jongeren']
    ])
  })

  it('should keep an unknown agenda column under Bijzonderheden and report it where it is', () => {
    expect(plan.acties?.[0]?.bijzonderheden).toBe('Kleurcode: groen')
    const note = result.messages.find((m) => m.ruleId === 'import-agenda-column')
    const line = text('02-uitvoeringsagenda.md').split('\n').findIndex((l) => l.startsWith('| Actie')) + 1
    expect([note?.file, note?.line]).toEqual([join(folder, '02-uitvoeringsagenda.md'), line])
    expect(note?.reason).toBe('Kolom `Kleurcode` van de uitvoeringsagenda is geen bekende agendakolom; de inhoud staat nu onder `Bijzonderheden`. Voeg de kop toe aan `columns` in kapstok.config.yaml als het een eigen veld is')
  })

  it('should split merged cells, keep their text and report the table', () => {
    expect(text('01-inleiding.md')).toMatch(/\| Noord en Oost samen\s*\|\s*\|\s*2\s*\|/)
    const note = result.messages.find((m) => m.ruleId === 'import-merged-cells')
    const line = text('01-inleiding.md').split('\n').findIndex((l) => l.startsWith('| Wijk')) + 1
    expect([note?.file, note?.line]).toEqual([join(folder, '01-inleiding.md'), line])
  })

  it('should list the notes in the import report, which the reader skips', () => {
    const report = readFileSync(join(folder, '_import-rapport.md'), 'utf8')
    expect(report).toContain('- 3 agendarijen')
    expect(report).toMatch(/`02-uitvoeringsagenda\.md:\d+` waarschuwing: Kolom `Kleurcode`/)
  })

  it('should check without reader errors', () => {
    expect(messages.filter((m) => m.fatal === true && ['@kapstok/markdown', '@kapstok/core'].includes(m.source))).toEqual([])
  })
})
