import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok, type PlanFile } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { dataExports, htmlRenderer } from '@kapstok/render-html'
import { pdfRenderer } from '@kapstok/render-pdf'
import { recommended } from '@kapstok/rules'
import { missingTools } from '../render-pdf/pdf-tools.js'
import { textOf } from './render-helpers.js'

// A begroting table as municipalities write it: thousands, `-`, PM, a saldo and a rounding note.
const plan = `---
gemeente: Lindewaarde
titel: Programmaplan cultuur
soort: programmaplan
periode: 2025-2028
status: concept
datum: 2025-03-01
---

# Financiën

## Wat mag het kosten?

De bedragen in onderstaande tabel zijn in duizenden euro's.

| Programma | Begroting 2025 | Raming 2026 |
|---|---|---|
| Bibliotheek | 1.234,4 | 1.250 |
| Muziekschool | 566,4 | PM |
| Erfgoed | - | 35 |
| Totaal lasten | 1.801 | 1.285 |
| Entree | 310 | 315 |
| Totaal baten | 310 | 315 |
| Saldo van baten en lasten | -1.491 | -970 |

Door afronding kunnen de totalen afwijken.
`

async function build(source = plan): Promise<PlanFile> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kapstok-fin-'))
  writeFileSync(path.join(dir, 'plan.md'), source)
  return kapstok()
    .use(markdownSource)
    .use(recommended)
    .use(htmlRenderer)
    .use(pdfRenderer)
    .use(dataExports)
    .process({ path: dir }, { render: { documents: ['programmaplan'] }, force: true })
}

describe('a budget table in thousands', async () => {
  const file = await build()
  const tabel = file.model!.financien!.tabellen![0]!
  const out = new Map(file.outputs.map((o) => [o.path, o.contents]))
  const text = (name: string): string => {
    const contents = out.get(name)
    return typeof contents === 'string' ? contents : Buffer.from(contents ?? '').toString('utf8')
  }

  it('should read the unit from the sentence before the table and keep real cents in the model', () => {
    expect(tabel.eenheid).toEqual({ factor: 1000, tekst: "in duizenden euro's" })
    expect(tabel.afronding).toBe(true)
    expect(tabel.rijen[0]!.bedragen).toEqual([
      { centen: 123_440_000, tekst: '1.234,4' },
      { centen: 125_000_000, tekst: '1.250' }
    ])
    expect(tabel.rijen[1]!.bedragen[1]).toEqual({ soort: 'pm', tekst: 'PM' })
    expect(tabel.rijen[2]!.bedragen[0]).toEqual({ soort: 'nihil', tekst: '-' })
    expect(tabel.rijen[6]).toMatchObject({ label: 'Saldo van baten en lasten', totaal: true, soort: 'saldo' })
  })

  it('should check with no error or warning: `-` adds nothing, PM leaves the sum open, the rounding is declared', () => {
    // Only the finance rules and the reader speak about this table; the plan is otherwise a stub.
    const finance = file.messages.filter((m) => /^(?:finance-|amount-|percentage-)/.test(m.ruleId ?? ''))
    expect(finance.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([])
  })

  it('should write thousands as thousands in model.json', () => {
    const model = JSON.parse(text('model.json')) as typeof file.model
    expect(model!.financien!.tabellen![0]!.rijen[3]!.bedragen[0]).toEqual({ centen: 180_100_000, tekst: '1.801' })
  })

  it('should show whole euros in the HTML and Markdown, and `-` and PM as written', () => {
    const html = textOf(text('programmaplan.html'))
    expect(html).toContain('Bibliotheek € 1.234.400 € 1.250.000')
    expect(html).toContain('Muziekschool € 566.400 PM')
    expect(html).toContain('Erfgoed - € 35.000')
    expect(html).toContain('Saldo van baten en lasten € -1.491.000 € -970.000')
    expect(text('programmaplan.md')).toContain('€ 1.801.000')
  })

  it('should write each amount in whole euros beside the text and unit as written in financien.csv', () => {
    const lines = text('financien.csv').replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('tabel;titel;rij;kolom;euro;tekst;eenheid;soort')
    expect(lines).toContain("tabel-1;Wat mag het kosten?;Bibliotheek;Begroting 2025;1234400;1.234,4;in duizenden euro's;bedrag")
    expect(lines).toContain("tabel-1;Wat mag het kosten?;Muziekschool;Raming 2026;;PM;in duizenden euro's;pm")
  })

  it.skipIf(missingTools().length > 0)('should print whole euros in the PDF', () => {
    const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'kapstok-fin-pdf-')), 'programmaplan.pdf')
    writeFileSync(pdf, out.get('programmaplan.pdf') as Uint8Array)
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(printed).toContain('€ 1.234.400')
    expect(printed).toContain('€ -1.491.000')
  })
})

describe('the same table without its rounding note, or with a wrong total', () => {
  const finance = (file: PlanFile): string[] =>
    file.messages.filter((m) => /^(?:finance-|amount-)/.test(m.ruleId ?? '')).map((m) => `${m.ruleId} (${m.fatal === true ? 'fout' : m.fatal === false ? 'waarschuwing' : 'info'}): ${m.reason}`)

  it('should name the rounding difference as info only', async () => {
    const file = await build(plan.replace('Door afronding kunnen de totalen afwijken.', ''))
    expect(finance(file)).toEqual([
      'finance-sum-mismatch (info): Totaal `1.801` in kolom `Begroting 2025` wijkt `0,2` af van de som van de rijen (`1.800,8`, in duizenden euro\'s); dat past binnen de afronding: vermeld "verschillen door afronding" bij de tabel'
    ])
  })

  it('should report a total beyond the rounding as an error, in the unit of the table', async () => {
    const file = await build(plan.replace('| Totaal lasten | 1.801 |', '| Totaal lasten | 1.811 |').replace('| -1.491 |', '| -1.501 |'))
    expect(finance(file)).toEqual([
      "finance-sum-mismatch (fout): Totaal `1.811` in kolom `Begroting 2025` klopt niet: de som van de rijen is `1.800,8` (in duizenden euro's); het verschil is groter dan de afronding toelaat (`1,2`)"
    ])
  })
})
