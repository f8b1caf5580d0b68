import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok, type PlanFile } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { dataExports, htmlRenderer } from '@kapstok/render-html'
import { count, decode, euros, textOf } from './render-helpers.js'

const example = path.resolve(import.meta.dirname, '../../examples/hoogeveen-sociaal-domein')

async function build(): Promise<{ file: PlanFile; out: Map<string, string> }> {
  const file = await kapstok().use(markdownSource).use(htmlRenderer).use(dataExports).process({ path: example }, { render: {}, force: true })
  const out = new Map(file.outputs.map((o) => [o.path, typeof o.contents === 'string' ? o.contents : Buffer.from(o.contents).toString('utf8')]))
  return { file, out }
}

describe('examples/hoogeveen-sociaal-domein', async () => {
  const { file, out } = await build()
  const model = file.model!

  it('should render the three documents in html and md, with model.json, the finance csv and the agenda csv', () => {
    expect([...out.keys()].filter((k) => !k.startsWith('assets/')).sort()).toEqual([
      'beleidskader.html', 'beleidskader.md', 'financien.csv', 'model.json', 'programmaplan.html', 'programmaplan.md', 'raadsvoorstel.html', 'raadsvoorstel.md', 'uitvoeringsagenda.csv'
    ])
    expect(file.messages.filter((m) => m.source === '@kapstok/render-html' || m.source === '@kapstok/packs')).toEqual([])
  })

  it('should put each agenda row exactly once in the appendix, with its activiteit as written', () => {
    const html = out.get('programmaplan.html')!
    const appendix = html.slice(html.indexOf('<section id="uitvoeringsagenda"'))
    expect(model.acties!.length).toBeGreaterThan(50)
    for (const actie of model.acties!) {
      expect(count(html, ` id="${actie.id}"`)).toBe(1)
      const row = new RegExp(`<tr class="rij--row" id="${actie.id}"><th scope="row">(.*?)</th>`).exec(appendix)
      expect(decode(row![1]!)).toBe(actie.activiteit)
    }
    expect(count(appendix, '<tr class="rij--row"')).toBe(model.acties!.length)
    expect(out.get('uitvoeringsagenda.csv')!.trimEnd().split('\r\n')).toHaveLength(model.acties!.length + 1)
  })

  it('should show the same numbered headings in html and md, each principe and pijler once', () => {
    for (const kind of ['programmaplan', 'beleidskader']) {
      const html = [...out.get(`${kind}.html`)!.matchAll(/<h[2-6][^>]*>(.*?)<\/h[2-6]>/g)].map((m) => textOf(m[1]!))
      const numbered = html.filter((h) => /^\d+(\.\d+)* /.test(h)).map((h) => h.replace(/^[\d.]+ /, ''))
      for (const p of [...(model.principes ?? []), ...(model.pijlers ?? [])]) expect(numbered.filter((h) => h === p.titel)).toHaveLength(1)
      const md = out.get(`${kind}.md`)!.split('\n').filter((l) => /^#{2,6} /.test(l)).map((l) => l.replace(/^#+ /, '').replace(/\\/g, ''))
      expect(md.filter((h) => /^\d+(\.\d+)* /.test(h))).toEqual(html.filter((h) => /^\d+(\.\d+)* /.test(h)))
    }
  })

  it('should show totals that equal the sum of the rows above them', () => {
    const html = out.get('programmaplan.html')!
    const tables = [...html.matchAll(/<table id="[^"]+">([\s\S]*?)<\/table>/g)].filter((t) => t[1]!.includes('rij--total'))
    expect(tables.length).toBeGreaterThan(0)
    // Parts are the rows since the previous total, within one group (<tbody>).
    for (const body of tables.flatMap((t) => t[1]!.split('<tbody>'))) {
      let parts: string[][] = []
      for (const r of body.matchAll(/<tr class="rij--(row|total)"[^>]*>([\s\S]*?)<\/tr>/g)) {
        const cells = [...r[2]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!))
        if (r[1] === 'row') {
          parts.push(cells)
          continue
        }
        cells.slice(1).forEach((cell, i) => {
          if (cell) expect(euros(cell)).toBe(parts.reduce((a, p) => a + (p[i + 1] ? euros(p[i + 1]!) : 0), 0))
        })
        parts = []
      }
    }
  })
})
