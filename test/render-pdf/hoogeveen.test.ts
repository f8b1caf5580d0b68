// The Hoogeveen example (seed 001) as PDF: read with the Markdown reader, rendered as the three
// documents, and read back with poppler and qpdf.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { buildDocument, type SectionView } from '@kapstok/documents'
import { readPlan } from '@kapstok/markdown'
import { renderPdf } from '@kapstok/render-pdf'
import { findValidators, pdfaProblems } from '../tools/validators.js'
import { missingTools, pageCount, pageText, run, save, squash, textWithoutTimeline } from './pdf-tools.js'

const validators = findValidators()

const exampleDir = fileURLToPath(new URL('../../examples/hoogeveen-sociaal-domein/', import.meta.url))
const ready = existsSync(exampleDir) && missingTools().length === 0

describe.skipIf(!ready)('the Hoogeveen example as PDF', () => {
  let plan: Plan
  const files: Record<string, string> = {}

  beforeAll(async () => {
    const file = await readPlan({ path: exampleDir })
    plan = file.model as Plan
    for (const kind of ['programmaplan', 'beleidskader', 'raadsvoorstel'] as const) {
      files[kind] = save(`hoogeveen-${kind}.pdf`, await renderPdf(plan, { kind }))
    }
  }, 180_000)

  it('should list every one of the 68 activities in the agenda appendix', () => {
    const file = files.programmaplan as string
    const view = buildDocument(plan, 'programmaplan')
    const agenda = view.sections.find((s) => s.role === 'agenda') as SectionView
    const toc = pageText(file, 2, '-raw') + pageText(file, 3, '-raw')
    const label = squash(`${agenda.numberLabel ?? ''}${agenda.title}`)
    const line = toc.split('\n').find((l) => squash(l).startsWith(label)) as string
    const first = Number(/(\d+)\s*$/.exec(line)?.[1])
    const text = textWithoutTimeline(file, first)
    const acties = plan.acties ?? []
    expect(acties).toHaveLength(68)
    // An activity named like its subkop, or quoted in another cell, legitimately appears more often.
    const elsewhere = (id: string, needle: string) =>
      acties.some((a) => [a.subkop, a.id === id ? undefined : a.activiteit, a.doel, a.bijzonderheden].some((t) => t && squash(t).includes(needle)))
    const wrong = acties.filter((actie) => {
      const needle = squash(actie.activiteit)
      const count = text.split(needle).length - 1
      return elsewhere(actie.id, needle) ? count < 1 : count !== 1
    })
    expect(wrong.map((a) => a.id)).toEqual([])
  })

  it('should be clean for qpdf and pdfinfo -struct, with all fonts embedded', () => {
    for (const file of Object.values(files)) {
      expect({ file, status: run('qpdf', ['--check', file]).status }).toEqual({ file, status: 0 })
      expect({ file, stderr: run('pdfinfo', ['-struct', file]).stderr }).toEqual({ file, stderr: '' })
      const fonts = run('pdffonts', [file]).stdout.split('\n').slice(2).filter(Boolean)
      expect(fonts.every((row) => / yes yes yes /.test(row))).toBe(true)
    }
  })

  it('should have complete PDF/A-2a and PDF/UA-1 metadata, tags, fonts and links (pikepdf)', (ctx) => {
    if (!validators.python) return ctx.skip()
    const problems = pdfaProblems(validators.python, Object.values(files))
    expect(Object.entries(problems).filter(([, list]) => list.length > 0)).toEqual([])
  })

  it('should number the last page "pagina y van y"', () => {
    for (const file of Object.values(files)) {
      const pages = pageCount(file)
      expect(pageText(file, pages)).toContain(`pagina ${pages} van ${pages}`)
    }
  })
})
