import { describe, expect, it } from 'vitest'
import { lindewaardFront as front, read } from './helpers.js'

// A finance chapter whose declaration sits in the chapter intro, and a table under a section.
const plan = (declaration: string, unit = 'x € 1.000'): string =>
  `${front}\n# Financiën\n\nDe bedragen zijn ${unit}. ${declaration}\n\n## Lasten\n\n| Post | 2025 |\n|---|---|\n| Onderhoud | 120 |\n| Sloop | 30 |\n| Totaal | 150 |\n`

async function margin(declaration: string, unit?: string): Promise<[boolean | undefined, number | undefined]> {
  const file = await read(plan(declaration, unit))
  const t = file.model!.financien!.tabellen![0]!
  return [t.afronding, t.afrondingMarge]
}

describe('the margin a rounding declaration allows', () => {
  it.each([
    ['Door afronding kunnen totalen 1 afwijken van de som.', 100_000],
    ['Afrondingsverschillen van maximaal 1 zijn mogelijk.', 100_000],
    ['Door afronding kan een totaal één eenheid afwijken.', 100_000],
    ['Totalen zijn niet gecorrigeerd (afronding ±2).', 200_000],
    ['Door afronding kunnen verschillen van hooguit € 2.000 ontstaan.', 200_000],
    ['In 2027 is het totaal door afronding 1 hoger dan de som van de regels.', 100_000]
  ])('should read %j as %d cents in a table x € 1.000, from the chapter intro', async (text, cents) => {
    expect(await margin(text)).toEqual([true, cents])
  })

  it('should read a margin in a table in millions', async () => {
    expect(await margin('Door afronding op één decimaal kunnen de totalen in tabel 2 tot en met 4 met 0,1 afwijken.', 'x € 1 mln')).toEqual([true, 10_000_000])
  })

  it.each([
    'Door afronding kunnen totalen afwijken van de som van de onderdelen.',
    'Alle bedragen zijn afgerond op € 0,1 mln; door afronding kan een totaal afwijken.',
    'Verschillen door afronding zijn niet gecorrigeerd. De kosten vallen 4 hoger uit dan in 2024.'
  ])('should declare rounding without a margin for %j', async (text) => {
    expect(await margin(text)).toEqual([true, undefined])
  })

  it('should declare nothing when no sentence is about rounding', async () => {
    expect(await margin('Het project komt in 2026 tot een eind; de kosten vallen 4 hoger uit.')).toEqual([undefined, undefined])
  })

  it('should apply a unit named in the chapter intro to a table under a section, in the model', async () => {
    const file = await read(plan('Door afronding kunnen totalen 1 afwijken.'))
    const t = file.model!.financien!.tabellen![0]!
    expect([t.eenheid?.factor, t.rijen[0]!.bedragen[0]]).toEqual([1000, { centen: 12_000_000, tekst: '120' }])
  })
})
