import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { buildDocument, type SectionView } from '@kapstok/documents'
import { fixture } from '../render-html/render-helpers.js'

/**
 * A plan of the fictional gemeente Lindewaard whose source numbers its chapters 1–3, with an
 * unnumbered Voorwoord before them: the document makes Inleiding chapter 2, the source's
 * chapter 2 chapter 3 and the source's chapter 3 (Financiën) chapter 4.
 */
function lindewaard(inleiding: string, extra: Partial<Plan> = {}): Plan {
  const base = fixture('programmaplan')
  return {
    document: { ...base.document, gemeente: 'Lindewaard' },
    secties: [
      { titel: 'Voorwoord', tekst: 'Een woord vooraf.' },
      { nummer: '1', titel: 'Inleiding', tekst: inleiding },
      {
        nummer: '2',
        titel: 'Opgaven in de wijk',
        tekst: 'De opgaven.',
        secties: [
          { nummer: '2.1', titel: 'Wonen', tekst: 'Over wonen.' },
          { nummer: '2.2', titel: 'Werk en inkomen', tekst: 'Over werk.' }
        ]
      }
    ],
    ...(base.financien ? { financien: base.financien } : {}),
    volgorde: ['secties/0', 'secties/1', 'secties/2', 'financien'],
    hoofdstuknummers: { financien: '3' },
    ...extra
  }
}

function flatten(sections: SectionView[]): SectionView[] {
  return sections.flatMap((s) => [s, ...flatten(s.sections)])
}

function textOf(plan: Plan, title: string, kind: 'programmaplan' | 'raadsvoorstel' = 'programmaplan'): string | undefined {
  const view = flatten(buildDocument(plan, kind).sections).find((s) => s.title === title)
  const block = view?.blocks.find((b) => b.type === 'prose')
  return block?.type === 'prose' ? block.markdown : undefined
}

describe('references to hoofdstukken and paragrafen', () => {
  it('should give each chapter and paragraph the number its source heading had', () => {
    const view = buildDocument(lindewaard('Tekst.'), 'programmaplan')
    const numbers = flatten(view.sections)
      .filter((s) => s.sourceNumber)
      .map((s) => [s.title, s.sourceNumber, s.number])
    expect(numbers).toEqual([
      ['Inleiding', '1', '2'],
      ['Opgaven in de wijk', '2', '3'],
      ['Wonen', '2.1', '3.1'],
      ['Werk en inkomen', '2.2', '3.2'],
      ['Financiën', '3', '4']
    ])
  })

  it('should link a reference by source number to its target with the rendered number', () => {
    const plan = lindewaard('Zie hoofdstuk 3 en paragraaf 2.2; § 2.1 gaat over wonen en Hoofdstuk 2 over de wijk.')
    expect(textOf(plan, 'Inleiding')).toBe(
      'Zie [hoofdstuk 4](#financien) en [paragraaf 3.2](#werk-en-inkomen); [§ 3.1](#wonen) gaat over wonen en [Hoofdstuk 3](#opgaven-in-de-wijk) over de wijk.'
    )
  })

  it('should link a reference by title and add the rendered number', () => {
    const plan = lindewaard('Lees het hoofdstuk ‘Financiën’ en de paragraaf Werk en inkomen voor de cijfers.')
    expect(textOf(plan, 'Inleiding')).toBe('Lees het [hoofdstuk 4 ‘Financiën’](#financien) en de [paragraaf 3.2 Werk en inkomen](#werk-en-inkomen) voor de cijfers.')
  })

  it('should leave references to other documents, to no target and to lists as written', () => {
    const text =
      'Hoofdstuk 3 van de Participatiewet, de Jeugdwet, hoofdstuk 2, paragraaf 2.7, hoofdstukken 1 en 2, hoofdstuk 2 t/m 3, het hoofdstuk hierna en [hoofdstuk 2](#wonen).'
    expect(textOf(lindewaard(text), 'Inleiding')).toBe(text)
  })

  it('should leave references inside a bijlage alone: they point into the document it came from', () => {
    const plan = lindewaard('Tekst.', { bijlagen: [{ id: 'b1', nummer: '1', titel: 'Nota wonen', tekst: 'In hoofdstuk 2 staat de aanpak.' }] })
    expect(textOf(plan, 'Nota wonen')).toBe('In hoofdstuk 2 staat de aanpak.')
  })

  it('should count chapters by position when no chapter heading has a number', () => {
    const plan: Plan = {
      document: fixture('programmaplan').document,
      secties: [
        { titel: '', tekst: 'Tekst voor de eerste kop.' },
        { titel: 'Inleiding', tekst: 'Meer in hoofdstuk 2.' },
        { titel: 'Aanpak', tekst: 'De aanpak.' }
      ],
      volgorde: ['secties/0', 'secties/1', 'secties/2']
    }
    const view = buildDocument(plan, 'programmaplan')
    const aanpak = flatten(view.sections).find((s) => s.title === 'Aanpak')
    expect(textOf(plan, 'Inleiding')).toBe(`Meer in [hoofdstuk ${aanpak?.number}](#${aanpak?.id}).`)
  })

  it('should not link a number two chapters share in the source', () => {
    const plan = lindewaard('Zie hoofdstuk 2.', { hoofdstuknummers: { financien: '2' } })
    expect(textOf(plan, 'Inleiding')).toBe('Zie hoofdstuk 2.')
  })
})
