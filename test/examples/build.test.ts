import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { formatEuro } from '@kapstok/nl'
import { kapstok } from '../cli/run.js'
import { builtExample } from './built.js'

const examples = [
  'dijk-en-waard-beleidskader',
  'hoogeveen-sociaal-domein',
  'noordoostpolder-hervorming-voorveld',
  'vijfheerenlanden-sociaal-maatschappelijke-agenda'
]

/** Text as a reader sees it: no tags, entities decoded, no Markdown marks, single spaces. */
function plain(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[\\*_`[\]|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

interface Built {
  model: Plan
  html: string
  md: string
  csv: string | undefined
  files: string[]
}

// Hoogeveen and Noordoostpolder have a test of their own beside the one for every example: one
// reading of each build (and one `kapstok inspect`, a full read of the plan) serves both.
const read = new Map<string, Promise<Built>>()
function build(name: string): Promise<Built> {
  let built = read.get(name)
  if (!built) read.set(name, (built = readBuilt(name)))
  return built
}

async function readBuilt(name: string): Promise<Built> {
  const out = await builtExample(name)
  const files = (await readdir(out)).sort()
  const read = async (ext: string): Promise<string> =>
    (await Promise.all(files.filter((f) => f.endsWith(ext)).map((f) => readFile(join(out, f), 'utf8')))).join('\n')
  const inspected = await kapstok(['inspect', `examples/${name}`])
  const model = JSON.parse(inspected.stdout) as Plan
  // The exported model is the inspected one, plus what the transform stage derives (planning).
  expect(JSON.parse(await readFile(join(out, 'model.json'), 'utf8'))).toMatchObject(model as unknown as Record<string, unknown>)
  return {
    model,
    html: plain(await read('.html')),
    md: plain(await read('.md')),
    csv: files.includes('uitvoeringsagenda.csv') ? await readFile(join(out, 'uitvoeringsagenda.csv'), 'utf8') : undefined,
    files
  }
}

describe('kapstok build on the examples', () => {
  for (const name of examples) {
    it(`should render ${name} with every action, principe, pijler and amount of the model`, async () => {
      const { model, html, md, csv, files } = await build(name)
      expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0)
      expect(files.filter((f) => f.endsWith('.html')).map((f) => f.replace('.html', '.md'))).toEqual(files.filter((f) => f.endsWith('.md')))

      const missing = (texts: string[]): string[] => texts.map(plain).filter((t) => t && (!html.includes(t) || !md.includes(t)))
      expect(missing((model.acties ?? []).map((a) => a.activiteit)), 'activiteiten').toEqual([])
      expect(missing((model.principes ?? []).map((p) => p.titel)), 'principes').toEqual([])
      expect(missing((model.pijlers ?? []).map((p) => p.titel)), 'pijlers').toEqual([])

      const amounts = (model.financien?.tabellen ?? []).flatMap((t) => t.rijen.flatMap((r) => r.bedragen.filter((b) => b !== null && b !== undefined)))
      if ((model.financien?.tabellen ?? []).length > 0) expect(amounts.length).toBeGreaterThan(0)
      const unseen = amounts.filter((b) => b && !html.includes(plain(b.tekst ?? '')) && !html.includes(plain(formatEuro(b.centen))))
      expect(unseen, 'bedragen').toEqual([])

      if ((model.acties ?? []).length > 0) {
        const rows = (csv ?? '').replace(/^\uFEFF/, '').trimEnd().split(/\r?\n(?=actie-|[^;\n]*;t\d;)/)
        expect(rows.length).toBe((model.acties ?? []).length + 1)
      } else expect(csv).toBeUndefined()
    }, 180_000)
  }

  it('should keep the 68 agenda rows of Hoogeveen grouped 16/11/4/17/20 and its 40 begrippen', async () => {
    const { model, html } = await build('hoogeveen-sociaal-domein')
    const acties = model.acties ?? []
    expect(acties.length).toBe(68)
    expect(['t1', 't2', 't3', 't4', 't5'].map((id) => acties.filter((a) => a.pijler === id).length)).toEqual([16, 11, 4, 17, 20])
    expect(model.begrippen?.length).toBe(40)
    expect((model.begrippen ?? []).filter((b) => !html.includes(plain(b.term)))).toEqual([])
  }, 180_000)

  it('should keep the seven resultaatgebieden of Noordoostpolder', async () => {
    const { model, html } = await build('noordoostpolder-hervorming-voorveld')
    expect(model.pijlers?.map((p) => p.label)).toEqual(Array(7).fill('resultaatgebied'))
    expect((model.pijlers ?? []).filter((p) => !html.includes(plain(p.titel)))).toEqual([])
  }, 180_000)
})
