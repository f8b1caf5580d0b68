// The examples as a griffie would publish them: every HTML file valid for the W3C Nu checker,
// every PDF with complete PDF/A-2a + PDF/UA-1 metadata (pikepdf), footnotes paired with their
// notes, and documents built with --force marked as such. One build per example, one vnu run.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { missingTools, pageText, run } from '../render-pdf/pdf-tools.js'
import { findValidators, pdfaProblems, vnuErrors } from '../tools/validators.js'
import { exampleBuild } from './built.js'

const examples = [
  'dijk-en-waard-beleidskader',
  'hoogeveen-sociaal-domein',
  'noordoostpolder-hervorming-voorveld',
  'vijfheerenlanden-sociaal-maatschappelijke-agenda'
]

interface Built {
  /** Output folder. */
  dir: string
  /** Errors `check` found (the build was forced). */
  errors: number
  /** Written files, relative to `dir`. */
  files: string[]
}

const validators = findValidators()
const pdfTools = missingTools().length === 0
const built = new Map<string, Built>()

const paths = (ext: string): string[] => [...built.values()].flatMap((b) => b.files.filter((f) => f.endsWith(ext)).map((f) => join(b.dir, f)))

beforeAll(async () => {
  for (const name of examples) {
    // The build the other example tests read too (built.ts): every format they read, and PDF but for Hoogeveen.
    const { out: dir, code, stderr } = await exampleBuild(name)
    expect(code, stderr).toBe(0)
    const errors = Number(/\((\d+) fout(?:en)?\b/.exec(stderr)?.[1] ?? 0)
    built.set(name, { dir, errors, files: (await readdir(dir)).sort() })
  }
}, 300_000)

describe.skipIf(!validators.vnu)('HTML of the examples', () => {
  it('should pass the W3C Nu HTML checker with 0 errors on every document', () => {
    const files = paths('.html')
    expect(files.length).toBeGreaterThanOrEqual(9)
    expect(vnuErrors(validators.vnu as string, files)).toEqual([])
  }, 120_000)
})

describe.skipIf(!validators.python || !pdfTools)('PDF of the examples', () => {
  it('should have complete PDF/A-2a and PDF/UA-1 metadata, tags, fonts and links', () => {
    const files = paths('.pdf')
    expect(files.length).toBeGreaterThanOrEqual(5)
    const problems = pdfaProblems(validators.python as string, files)
    expect(Object.entries(problems).filter(([, list]) => list.length > 0)).toEqual([])
  }, 120_000)
})

describe('documents built with --force', () => {
  it('should say in every document, format and PDF metadata how many errors are still open', async () => {
    // Examples with open errors carry the mark; one without errors must not.
    const withErrors = [...built].filter(([, b]) => b.errors > 0)
    expect(withErrors.length).toBeGreaterThan(0)
    for (const [name, b] of built) {
      if (b.errors === 0) {
        for (const file of b.files.filter((f) => /\.(html|md)$/.test(f))) expect(await readFile(join(b.dir, file), 'utf8'), `${name}/${file}`).not.toContain('openstaande fout')
        continue
      }
      const mark = `Gebouwd met ${b.errors} openstaande ${b.errors === 1 ? 'fout' : 'fouten'}`
      for (const file of b.files.filter((f) => /\.(html|md)$/.test(f))) {
        expect(await readFile(join(b.dir, file), 'utf8'), `${name}/${file}`).toContain(mark)
      }
      if (!pdfTools) continue
      for (const file of b.files.filter((f) => f.endsWith('.pdf'))) {
        expect(run('pdfinfo', [join(b.dir, file)]).stdout, `${name}/${file}`).toMatch(new RegExp(`Subject:.*${mark}`))
        expect(pageText(join(b.dir, file), 1).replace(/\s+/g, ' '), `${name}/${file}`).toContain(mark)
      }
    }
  })
})

describe('footnotes of the Noordoostpolder example', () => {
  it('should pair every note reference with its note, in html, md and pdf, with no literal [^n]', async () => {
    const b = built.get('noordoostpolder-hervorming-voorveld') as Built
    const html = await readFile(join(b.dir, 'programmaplan.html'), 'utf8')
    const refs = [...html.matchAll(/<sup><a href="#noot-(\d+)"/g)].map((m) => Number(m[1]))
    expect(refs).toEqual([1, 2, 3, 4, 5, 6, 7])
    for (const n of refs) expect(html).toContain(`<li id="noot-${n}" value="${n}">`)
    expect(html).not.toMatch(/\[\^|user-content-|Footnotes/)
    const md = await readFile(join(b.dir, 'programmaplan.md'), 'utf8')
    for (const n of refs) expect(md.split(`[^${n}]`).length - 1, `[^${n}] in md`).toBe(2)
    if (pdfTools) expect(pageText(join(b.dir, 'programmaplan.pdf'))).not.toContain('[^')
  })
})
