// The agenda timeline in the HTML and PDF programmaplan of every example that has an agenda.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { agendaPlanning, kapstok, type Output, type Plan } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { htmlRenderer } from '@kapstok/render-html'
import { pdfRenderer } from '@kapstok/render-pdf'
import { missingTools, save, timelineCaption } from './pdf-tools.js'

const examples = path.resolve(import.meta.dirname, '../../examples')
// Debian's python3-pikepdf; a python3 of its own (pyenv) may come first on the PATH.
const python = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import pikepdf']).status === 0)
if (!python && process.env.CI === 'true') throw new Error('python3-pikepdf is missing; .ci/run installs it (apt-get install -y python3-pikepdf)')
if (!python) console.warn('Skipping the PDF timeline tests: no python3 with pikepdf (apt-get install -y python3-pikepdf)')
const ready = missingTools().length === 0 && python !== undefined

// Every Figure of the structure tree: its alternative text and the orientation of its page.
const figures = `
import json, sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
pages = {p.objgen: p for p in pdf.pages}
out = []
def walk(node):
    if isinstance(node, pikepdf.Array):
        for kid in node: walk(kid)
        return
    if not isinstance(node, pikepdf.Dictionary): return
    if node.get('/S') == '/Figure':
        page = node.get('/Pg')
        box = [float(v) for v in page.MediaBox] if page is not None else [0, 0, 0, 0]
        out.append({'alt': str(node.get('/Alt', '')), 'landscape': box[2] > box[3]})
    if '/K' in node: walk(node.K)
walk(pdf.Root.StructTreeRoot.K)
print(json.dumps(out))
`

const withAgenda = readdirSync(examples).filter((name) => !name.startsWith('.'))

describe.skipIf(!ready)('the agenda timeline of the examples', () => {
  const results = new Map<string, { model: Plan; html: string; pdf: string }>()

  beforeAll(async () => {
    for (const name of withAgenda) {
      const file = await kapstok()
        .use(markdownSource)
        .use(agendaPlanning)
        .use(htmlRenderer)
        .use(pdfRenderer)
        .process({ path: path.join(examples, name) }, { render: { formats: ['html', 'pdf'], documents: ['programmaplan'] }, force: true })
      const model = file.model as Plan
      if (!model.acties?.length) continue
      const get = (p: string) => file.outputs.find((o: Output) => o.path === p)?.contents
      results.set(name, { model, html: String(get('programmaplan.html')), pdf: save(`${name}-tijdlijn.pdf`, get('programmaplan.pdf') as Uint8Array) })
    }
  }, 300_000)

  it('should find at least one example with an agenda', () => {
    expect(results.size).toBeGreaterThan(0)
  })

  it('should draw one bar per dated actie in an SVG image named by its title', () => {
    for (const [name, { model, html }] of results) {
      const dated = (model.acties ?? []).filter((a) => a.planning?.start ?? a.planning?.eind).length
      const svg = /<svg class="tijdlijn-svg" role="img" aria-labelledby="([^" ]+) ([^"]+)"[\s\S]*?<\/svg>/.exec(html)
      expect({ name, svg: Boolean(svg) }).toEqual({ name, svg: true })
      expect(svg![0]).toContain(`<title id="${svg![1]}">${timelineCaption}</title>`)
      expect(svg![0]).toContain(`<desc id="${svg![2]}">`)
      expect({ name, bars: svg![0].split('<g class="tijdlijn-rij').length - 1 }).toEqual({ name, bars: dated })
    }
  })

  it('should tag the PDF timeline as figures with alternative text, on landscape pages of at most 40 lines', () => {
    for (const [name, { model, pdf }] of results) {
      const result = spawnSync(python as string, ['-c', figures, pdf], { encoding: 'utf8' })
      const timeline = (JSON.parse(result.stdout) as Array<{ alt: string; landscape: boolean }>).filter((f) => f.alt.startsWith(timelineCaption))
      const pijlers = new Set((model.acties ?? []).map((a) => a.pijler)).size
      const lines = (model.acties ?? []).filter((a) => a.planning?.start ?? a.planning?.eind).length + pijlers
      expect({ name, figures: timeline.length }).toEqual({ name, figures: Math.ceil(lines / 40) })
      expect(timeline.every((f) => f.landscape && /Dezelfde gegevens staan als tekst/.test(f.alt))).toBe(true)
    }
  })
})
