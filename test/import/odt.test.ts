// `kapstok import plan.odt`: an OpenDocument text made by LibreOffice from an example's HTML
// goes through LibreOffice to .docx and the .docx import, and comes back as the same plan.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { kapstok as core, type Plan } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { htmlRenderer } from '@kapstok/render-html'
import { copyExample, hoogeveenAgenda, kapstok } from '../cli/run.js'
import { convert, hasOffice, kept, words } from './office.js'

// The Hoogeveen agenda with the files it links to: a real agenda (every row must come back) and
// thousands of words, without the 2,600 lines of appendices LibreOffice would convert twice more.
const example = () => copyExample('hoogeveen-sociaal-domein', hoogeveenAgenda)

describe.skipIf(!hasOffice())('import of an .odt through LibreOffice', () => {
  let original: Plan
  let imported: Plan
  let code: number
  let wordsIn = ''
  let wordsOut = ''

  beforeAll(async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kapstok-odt-test-'))
    const built = await core().use(markdownSource).use(htmlRenderer).process({ path: await example() }, { force: true, render: { formats: ['html'] } })
    original = built.model as Plan
    writeFileSync(join(scratch, 'plan.html'), built.outputs.find((o) => o.path === 'programmaplan.html')?.contents ?? '')
    const odt = join(convert([join(scratch, 'plan.html')], 'odt', { html: true }), 'plan.odt')
    const content = (await (await JSZip.loadAsync(readFileSync(odt))).file('content.xml')?.async('string')) ?? ''
    wordsIn = content.replace(/<text:(?:s|tab|line-break)\b[^>]*\/>|<\/text:(?:p|h|span|a)>/g, ' ').replace(/<[^>]+>/g, '')
    code = (await kapstok(['import', odt, '--out', join(scratch, 'bron')], scratch)).code
    const file = await core().use(markdownSource).use(htmlRenderer).process({ path: join(scratch, 'bron') }, { force: true, render: { formats: ['md'] } })
    imported = file.model as Plan
    wordsOut = String(file.outputs.find((o) => o.path === 'programmaplan.md')?.contents ?? '')
  }, 240_000)

  it('should import the .odt with exit code 0', () => {
    expect(code).toBe(0)
  })

  it('should keep at least 99% of the words', () => {
    expect([...words(wordsIn).values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1000)
    expect(kept(words(wordsIn), words(wordsOut))).toBeGreaterThanOrEqual(0.99)
  })

  it('should keep every agenda row', () => {
    expect((imported.acties ?? []).map((a) => a.activiteit)).toEqual((original.acties ?? []).map((a) => a.activiteit))
  })
})
