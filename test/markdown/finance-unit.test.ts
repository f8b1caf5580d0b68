import { describe, expect, it } from 'vitest'
import { brief, read } from './helpers.js'

const front = `---
gemeente: Lindewaarde
titel: Testplan
soort: programmaplan
periode: 2025-2028
status: concept
datum: 2025-01-10
---
`
const tabel = (heading: string, first: string, before = ''): string =>
  `${front}\n# Financiën\n\n## ${heading}\n\n${before ? before + '\n\n' : ''}| ${first} | 2025 |\n|---|---|\n| Onderhoud | 120 |\n| Sloop | - |\n| Totaal | 120 |\n`

describe('the unit of a finance table', () => {
  it('should read the unit from the first header cell', async () => {
    const file = await read(tabel('Lasten', 'Bedragen x € 1.000'))
    const t = file.model!.financien!.tabellen![0]!
    expect([t.eenheid, t.rijen[0]!.bedragen[0], t.rijen[1]!.bedragen[0]]).toEqual([
      { factor: 1000, tekst: 'x € 1.000' },
      { centen: 12_000_000, tekst: '120' },
      { soort: 'nihil', tekst: '-' }
    ])
    expect(brief(file)).toEqual([])
  })

  it('should read the unit from the heading', async () => {
    const file = await read(tabel('Wat mag het kosten? (x € 1 mln)', 'Post'))
    expect(file.model!.financien!.tabellen![0]!.rijen[0]!.bedragen[0]).toEqual({ centen: 12_000_000_000, tekst: '120' })
  })

  it('should leave a table without unit in euros', async () => {
    const file = await read(tabel('Lasten', 'Post', 'De lasten stijgen; zie de tabel.'))
    const t = file.model!.financien!.tabellen![0]!
    expect([t.eenheid, t.rijen[0]!.bedragen[0]]).toEqual([undefined, { centen: 12_000, tekst: '120' }])
  })

  it('should report a unit it cannot read at its header, and read the amounts as euros', async () => {
    const file = await read(tabel('Lasten', 'Bedragen x € 1.500'))
    expect(brief(file)).toEqual([
      ['amount-unreadable', '14:3', 'Eenheid `Bedragen x € 1.500` is niet te lezen; schrijf bijvoorbeeld `bedragen x € 1.000` of `bedragen x € 1 mln`']
    ])
  })

  it('should mark subtotal and saldo rows, but not a saldo line without rows above', async () => {
    const file = await read(`${front}\n# Financiën\n\n## Overzicht\n\n| Post | 2025 |\n|---|---|\n| Saldo vorig jaar | 40 |\n| Lasten | 100 |\n| Subtotaal | 140 |\n| Saldo | 140 |\n`)
    const rijen = file.model!.financien!.tabellen![0]!.rijen
    expect(rijen.map((r) => [r.label, r.totaal ?? false, r.soort ?? ''])).toEqual([
      ['Saldo vorig jaar', false, ''],
      ['Lasten', false, ''],
      ['Subtotaal', true, 'subtotaal'],
      ['Saldo', true, 'saldo']
    ])
  })
})
