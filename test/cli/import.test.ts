// `kapstok import`: bad input gives a located Dutch message and writes nothing.
import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { kapstok } from './run.js'

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'kapstok-import-'))
}

async function smallDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, text: 'Meedoen in Lindeveld' }), new Paragraph('Gemeente Lindeveld'), new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Inleiding' }), new Paragraph('Iedereen doet mee.')] }]
  })
  return Packer.toBuffer(doc)
}

describe('kapstok import', () => {
  it('should write the source folder and say where the report is', async () => {
    const dir = await scratch()
    await writeFile(join(dir, 'plan.docx'), await smallDocx())
    const { code, stdout } = await kapstok(['import', 'plan.docx'], dir)
    expect(code).toBe(0)
    expect(await readdir(join(dir, 'plan'))).toEqual(['00-document.md', '01-inleiding.md', '_import-rapport.md'])
    expect(stdout).toContain('Het importrapport staat in plan/_import-rapport.md. Controleer het resultaat met: kapstok check plan')
    expect(await readFile(join(dir, 'plan', '01-inleiding.md'), 'utf8')).toBe('# Inleiding\n\nIedereen doet mee.\n')
  })

  it('should report a file that is not a .docx and write nothing', async () => {
    const dir = await scratch()
    await writeFile(join(dir, 'kapot.docx'), 'dit is geen zip')
    const { code, stderr } = await kapstok(['import', 'kapot.docx', '--out', 'bron'], dir)
    expect(code).toBe(1)
    expect(stderr).toBe('kapot.docx\n  Het bestand is geen Word-document (.docx): het is geen zip-archief. Sla het in de tekstverwerker op als .docx en probeer opnieuw\n')
    expect(existsSync(join(dir, 'bron'))).toBe(false)
  })

  it('should report a missing file with exit code 1', async () => {
    const dir = await scratch()
    const { code, stderr } = await kapstok(['import', 'weg.docx'], dir)
    expect(code).toBe(1)
    expect(stderr).toContain('bestaat niet of is niet te lezen')
  })

  it('should refuse to write into a folder that has files, unless --force', async () => {
    const dir = await scratch()
    await writeFile(join(dir, 'plan.docx'), await smallDocx())
    await mkdir(join(dir, 'plan'))
    await writeFile(join(dir, 'plan', 'eigen.md'), '# Eigen\n')
    const refused = await kapstok(['import', 'plan.docx'], dir)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('Map `plan` bestaat al en is niet leeg; kies een andere map met --out, of overschrijf met --force')
    expect(await readdir(join(dir, 'plan'))).toEqual(['eigen.md'])
    expect((await kapstok(['import', 'plan.docx', '--force'], dir)).code).toBe(0)
  })

  it('should ask for a .docx when given a .doc', async () => {
    const dir = await scratch()
    const { code, stderr } = await kapstok(['import', 'plan.doc'], dir)
    expect(code).toBe(2)
    expect(stderr).toContain('`plan.doc` is een .doc-bestand; kapstok leest Word-documenten (.docx) en OpenDocument-tekst (.odt). Sla het in de tekstverwerker op als .docx')
  })

  it('should refuse an .odt without LibreOffice with exit code 2 and write nothing', async () => {
    const dir = await scratch()
    await writeFile(join(dir, 'plan.odt'), 'geen echte odt')
    const path = process.env.PATH
    process.env.PATH = join(dir, 'leeg')
    let result
    try {
      result = await kapstok(['import', 'plan.odt'], dir)
    } finally {
      process.env.PATH = path
    }
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.odt kan alleen worden ingelezen als LibreOffice is geïnstalleerd')
    expect(result.stderr).toContain('sla het document in Word/LibreOffice op als .docx')
    expect(existsSync(join(dir, 'plan'))).toBe(false)
  })
})
