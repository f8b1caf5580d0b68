import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plan, Sectie } from '@kapstok/core'
import { describe, expect, it } from 'vitest'
import { builtExample } from './built.js'

// Beyond the counts in build.test.ts: every chapter title, every agenda date as written and
// every bijlage of each example reaches the rendered programmaplan (or beleidskader), so no
// section, row or date of a seed is silently lost between source and document.
const examples = [
  'dijk-en-waard-beleidskader',
  'hoogeveen-sociaal-domein',
  'noordoostpolder-hervorming-voorveld',
  'vijfheerenlanden-sociaal-maatschappelijke-agenda'
]

function titles(secties: Sectie[] | undefined): string[] {
  return (secties ?? []).flatMap((s) => [s.titel, ...titles(s.secties)]).filter((t) => t.trim() !== '')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
}

describe('rendered examples keep every section, date and bijlage', () => {
  for (const name of examples) {
    it(`should show all of ${name} in its main document`, async () => {
      const out = await builtExample(name)
      const model = JSON.parse(await readFile(join(out, 'model.json'), 'utf8')) as Plan
      const main = model.acties?.length || model.document.soort !== 'beleidskader' ? 'programmaplan' : 'beleidskader'
      const html = await readFile(join(out, `${main}.html`), 'utf8')
      const shows = (text: string) => html.includes(escapeHtml(text)) || html.includes(text)

      const chapters = [...titles(model.secties), ...titles(model.financien?.secties), ...(model.bijlagen ?? []).map((b) => b.titel)]
      expect(chapters.filter((t) => !shows(t)), 'hoofdstukken en bijlagen').toEqual([])

      if (model.acties?.length) {
        const csv = await readFile(join(out, 'uitvoeringsagenda.csv'), 'utf8')
        const dates = model.acties.flatMap((a) => [a.start, a.eind]).filter((d): d is string => Boolean(d))
        expect(dates.length).toBeGreaterThan(0)
        expect(dates.filter((d) => !shows(d)), 'datums in het document').toEqual([])
        expect(dates.filter((d) => !csv.includes(d)), 'datums in de CSV').toEqual([])
      }
    }, 180_000)
  }
})
