// The kind line of a title page: `Programmabegroting`, `Begroting 2027-2030` make a begroting.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { importDocx } from '@kapstok/import'

async function titlePage(lines: string[]): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Programma 3 Zorg en welzijn')] }),
          ...lines.map((line) => new Paragraph(line)),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Wat willen we bereiken?')] }),
          new Paragraph('Inwoners vinden sneller hulp in hun eigen wijk.'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Wat mag het kosten?')] }),
          new Paragraph('De lasten blijven binnen het budget.')
        ]
      }
    ]
  })
  const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)))
  return String(result.files.find((f) => f.path === '00-document.md')?.contents ?? '')
}

describe('title page kind', () => {
  it.each([['Programmabegroting'], ['Ontwerpbegroting 2027'], ['Begroting']])('should read `%s` as soort begroting', async (line) => {
    const front = await titlePage(['Gemeente Hollemeer', line, 'Status: Concept'])
    expect(front).toContain('\nsoort: begroting\n')
    expect(front).not.toContain(line)
  })

  it('should take the years on the kind line as the period', async () => {
    const front = await titlePage(['Gemeente Hollemeer', 'Begroting 2027-2030'])
    expect(front).toContain('\nsoort: begroting\n')
    expect(front).toMatch(/\nperiode: "?2027-2030"?\n/)
  })

  it('should keep a sentence about the begroting as text, not as the kind', async () => {
    const front = await titlePage(['Gemeente Hollemeer', 'Onderdeel van de begroting 2027'])
    expect(front).toContain('\nsoort: beleidsnota\n')
  })
})
