import { describe, expect, it } from 'vitest'
import { checkPlanSchema, type Plan } from '@kapstok/core'
import {
  buildDocument,
  computeTotals,
  supportedDocuments,
  taakstellingSums,
  type Block,
  type BesluitBlock,
  type DocumentView,
  type SectionView,
  type TableBlock
} from '@kapstok/documents'
import { fixture } from '../render-html/render-helpers.js'

function sections(view: DocumentView): SectionView[] {
  const out: SectionView[] = []
  const walk = (list: SectionView[]): void => list.forEach((s) => (out.push(s), walk(s.sections)))
  walk(view.sections)
  return out
}

function blocks<T extends Block['type']>(view: DocumentView, type: T): Array<Extract<Block, { type: T }>> {
  const out: Block[] = []
  const fromItems = (items: Array<{ blocks?: Block[]; items?: unknown[] }>): void => {
    for (const item of items) {
      for (const b of item.blocks ?? []) out.push(b)
      fromItems((item.items ?? []) as Array<{ blocks?: Block[] }>)
    }
  }
  for (const s of sections(view)) {
    for (const b of s.blocks) {
      out.push(b)
      if (b.type === 'list') fromItems(b.items)
    }
  }
  return out.filter((b): b is Extract<Block, { type: T }> => b.type === type)
}

const plan = fixture('programmaplan')
const kader = fixture('beleidskader')

describe('fixtures', () => {
  it('should be valid against the plan schema', () => {
    expect(checkPlanSchema(plan)).toEqual([])
    expect(checkPlanSchema(kader)).toEqual([])
    expect(checkPlanSchema(fixture('injection'))).toEqual([])
  })
})

describe('supportedDocuments', () => {
  it('should offer all three documents for a programmaplan with besluit', () => {
    expect(supportedDocuments(plan)).toEqual(['programmaplan', 'beleidskader', 'raadsvoorstel'])
  })

  it('should not offer a programmaplan for a beleidskader without acties', () => {
    expect(supportedDocuments(kader)).toEqual(['beleidskader', 'raadsvoorstel'])
  })

  it('should offer only the programmaplan for a bare agenda', () => {
    const bare: Plan = { document: { gemeente: 'X', titel: 'Y', soort: 'agenda', status: 'concept' } }
    expect(supportedDocuments(bare)).toEqual(['programmaplan'])
  })
})

describe('buildDocument: programmaplan', () => {
  const view = buildDocument(plan, 'programmaplan')

  it('should number chapters 1…n and appendices Bijlage 1…n in document order', () => {
    expect(view.sections.map((s) => s.numberLabel)).toEqual([
      '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'Bijlage 1', 'Bijlage 2', 'Bijlage 3'
    ])
    expect(view.sections.map((s) => s.title)).toEqual([
      'Inleiding', 'Ambitie', 'Opgaven', 'Leidende principes', "Thema's", 'Financiën', "Risico's", 'Kansen',
      'Begrippenlijst', 'Inspraak', 'Cijfers sociaal domein', 'Inspraaknota', 'Uitvoeringsagenda'
    ])
  })

  it('should number principes and pijlers as paragraphs with the model ids as anchors', () => {
    const principes = view.sections[3]!.sections
    expect(principes.map((s) => [s.id, s.numberLabel, s.title, s.level])).toEqual([
      ['p1', '4.1', 'We gaan uit van eigen kracht', 2],
      ['p2', '4.2', 'We werken preventief', 2],
      ['p3', '4.3', 'In onze dienstverlening staat centraal wat de inwoner nodig heeft', 2]
    ])
    const pijlers = view.sections[4]!.sections
    expect(pijlers.map((s) => [s.id, s.numberLabel, s.kicker])).toEqual([
      ['t1', '5.1', 'Thema 1'],
      ['t2', '5.2', 'Thema 2'],
      ['t3', '5.3', 'Thema 3']
    ])
  })

  it('should give every section, table and row a unique anchor', () => {
    const ids = [
      ...sections(view).map((s) => s.id),
      ...blocks(view, 'table').flatMap((t) => [t.id, ...t.rows.flatMap((r) => (r.id ? [r.id] : []))])
    ]
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('should put every actie exactly once in the appendix, grouped pijler > subkop', () => {
    const appendix = view.sections.at(-1)!
    expect(appendix.sections.map((s) => [s.id, s.title])).toEqual([
      ['agenda-t1', 'Sociale basis'],
      ['agenda-t2', 'Toegang tot ondersteuning'],
      ['agenda-overig', 'Overige acties']
    ])
    const rows = appendix.sections.flatMap((s) => (s.blocks[0] as TableBlock).rows)
    expect(rows.map((r) => (r.kind === 'row' ? r.id : `# ${r.cells[0]!.text}`))).toEqual([
      '# Versterken voorliggende voorzieningen en preventie',
      'a1',
      'a2',
      '# Inwonersinitiatieven',
      'a3',
      'a4',
      'a5'
    ])
    const ids = rows.filter((r) => r.kind === 'row').map((r) => r.id)
    expect(ids.sort()).toEqual(plan.acties!.map((a) => a.id).sort())
  })

  it('should leave out agenda columns that no actie fills', () => {
    const table = view.sections.at(-1)!.sections[0]!.blocks[0] as TableBlock
    expect(table.columns.map((c) => c.label)).toEqual([
      'Activiteit', 'Doel', 'Start', 'Afronding', 'Domein', 'Eigenaar', 'Status', 'Bijzonderheden'
    ])
    expect(table.caption).toBe('Uitvoeringsagenda: Sociale basis')
  })

  it('should summarise each pijler’s agenda with count, first start, last end and a link to its appendix part', () => {
    const summaries = blocks(view, 'agenda-summary')
    expect(summaries.map((s) => [s.pijler, s.count, s.text, s.href, s.linkText])).toEqual([
      ['t1', 3, '3 acties, van 2022 tot en met 2024.', '#agenda-t1', 'Bijlage 3: Uitvoeringsagenda, Sociale basis'],
      ['t2', 1, '1 actie, van 6-2022 tot en met 12-2022.', '#agenda-t2', 'Bijlage 3: Uitvoeringsagenda, Toegang tot ondersteuning']
    ])
    const anchors = new Set(sections(view).map((s) => s.id))
    for (const s of summaries) expect(anchors.has(s.href.slice(1))).toBe(true)
  })

  it('should show each total as the sum of its parts and note a claim that differs', () => {
    const [besparing, jaarschijven] = blocks(view, 'table').filter((t) => t.id.startsWith('fin-'))
    expect(besparing!.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['Totaal', '€ 1.900.000'])
    expect(besparing!.notes).toEqual([])
    expect(jaarschijven!.rows.at(-1)).toEqual({
      kind: 'total',
      cells: [{ text: 'Totaal' }, { text: '€ 300.000' }, { text: '€ 600.000' }, { text: '€ 1.000.000' }]
    })
    expect(jaarschijven!.notes).toEqual([
      'Totaal, 2023: de bron noemt € 650.000, de som van de rijen is € 600.000; getoond is de berekening.'
    ])
  })

  it('should recompute totals per column, treating empty cells as absent', () => {
    const tabel = plan.financien!.tabellen![1]!
    expect(computeTotals(tabel)).toEqual([
      { row: 2, label: 'Totaal', computed: [30000000, 60000000, 100000000], claimed: [30000000, 65000000, 100000000], shown: [30000000, 60000000, 100000000] }
    ])
  })

  it('should derive what a taakstelling leaves to divide and what the verdeling adds up to', () => {
    expect(taakstellingSums(plan.financien!.taakstellingen![0]!)).toEqual({
      bedrag: 250000000,
      verminderingen: 60000000,
      teVerdelen: 190000000,
      verdeeld: 190000000
    })
  })

  it('should show a taakstelling and its verdeling as two groups that each add up', () => {
    const table = blocks(view, 'table').find((t) => t.id === 'ts1')!
    expect(table.rows.map((r) => [r.kind, ...r.cells.map((c) => c.text)])).toEqual([
      ['subgroup', 'Taakstelling'],
      ['row', 'Taakstelling sociaal domein', '€ 2.500.000'],
      ['row', 'Reeds gerealiseerd', '€ -600.000'],
      ['total', 'Te verdelen', '€ 1.900.000'],
      ['subgroup', 'Verdeling'],
      ['row', 'Maatregel A', '€ 1.000.000'],
      ['row', 'Maatregel B', '€ 900.000'],
      ['total', 'Totaal verdeling', '€ 1.900.000']
    ])
    expect(table.notes).toEqual([])
  })

  it('should fill the title page from the document metadata', () => {
    expect(view.meta).toMatchObject({
      gemeente: 'Hoogeveen',
      concept: true,
      conceptLabel: 'CONCEPT',
      statusLabel: 'Voorlopig standpunt',
      datumTekst: '18 januari 2022',
      periode: { start: 2022, eind: 2025, tekst: '2022-2025' }
    })
  })

  it('should use label overrides for headings and columns', () => {
    const custom = buildDocument(plan, 'programmaplan', { labels: { begrippen: 'Afkortingen', columns: { eind: 'Gereed' } } })
    expect(custom.sections[8]!.title).toBe('Afkortingen')
    const table = custom.sections.at(-1)!.sections[0]!.blocks[0] as TableBlock
    expect(table.columns[3]!.label).toBe('Gereed')
  })

  it('should throw for an unknown document kind', () => {
    expect(() => buildDocument(plan, 'begroting' as never)).toThrow('Unknown document `begroting` in `buildDocument`')
  })
})

describe('buildDocument: beleidskader', () => {
  it('should show koers, principes and pijlers with doelen and kaders, but no agenda', () => {
    const view = buildDocument(plan, 'beleidskader')
    expect(view.sections.map((s) => s.title)).toEqual(['Ambitie', 'Opgaven', 'Leidende principes', "Thema's"])
    const t1 = view.sections[3]!.sections[0]!
    expect(t1.sections.map((s) => s.title)).toEqual(['Hoofddoel', 'Doelen'])
    expect(blocks(view, 'agenda-summary')).toEqual([])
  })

  it('should add the raadsbesluit and publication metadata when vastgesteld', () => {
    const view = buildDocument(kader, 'beleidskader')
    expect(view.sections.map((s) => `${s.numberLabel} ${s.title}`)).toEqual([
      '1 Koers', '2 Leidende principes', '3 Routes', '4 Raadsbesluit', '5 Publicatiegegevens'
    ])
    const meta = view.sections[4]!.blocks[0]
    expect(meta).toMatchObject({ type: 'meta' })
    expect(meta?.type === 'meta' && meta.items.slice(0, 3)).toEqual([
      { label: 'Organisatie', value: 'Dijk en Waard' },
      { label: 'Soort organisatie', value: 'Gemeente' },
      { label: 'Officiële naam regeling', value: 'Integraal beleidskader sociaal domein 2023-2027' }
    ])
    const indicatoren = blocks(view, 'table')
    expect(indicatoren.map((t) => [t.caption, t.rows[0]!.cells.map((c) => c.text)])).toEqual([
      ['Indicatoren bij Minder jeugdhulp met verblijf', ['Jongeren met verblijf', '120', '90', '2027']]
    ])
  })

  it('should render the raadsbesluit in its fixed legal form from the model', () => {
    const besluit = blocks(buildDocument(kader, 'beleidskader'), 'besluit')[0] as BesluitBlock
    expect(besluit).toEqual({
      type: 'besluit',
      intitule:
        'Besluit van de raad van de gemeente Dijk en Waard tot vaststelling van het Integraal beleidskader sociaal domein 2023-2027',
      aanhef: 'De raad van de gemeente Dijk en Waard;',
      overwegingen: [
        'gelezen het voorstel van burgemeester en wethouders van 4 juli 2023, nummer 1234;',
        'gelet op Wet maatschappelijke ondersteuning 2015;',
        'gelet op Jeugdwet;'
      ],
      besluit: 'besluit:',
      dicta: [{ number: '1.', text: 'Het Integraal beleidskader sociaal domein 2023-2027 vast te stellen.' }],
      slot: 'Aldus besloten in de openbare vergadering van 28 september 2023.',
      ondertekening: [
        { rol: 'De griffier', naam: 'mr. P. Griffioen' },
        { rol: 'De voorzitter', naam: 'C. Voorzitter' }
      ]
    })
  })

  it('should leave the raadsbesluit out while the beleidskader is not vastgesteld', () => {
    const concept: Plan = { ...kader, document: { ...kader.document, status: 'ingediend' } }
    expect(buildDocument(concept, 'beleidskader').sections.map((s) => s.role)).toEqual(['koers', 'principes', 'pijlers'])
  })
})

describe('buildDocument: raadsvoorstel', () => {
  it('should show the parts that have content, unnumbered, in the default order', () => {
    const view = buildDocument(plan, 'raadsvoorstel')
    expect(view.title).toBe('Vaststellen programmaplan Herontwerp sociaal domein 2022-2025')
    expect(view.sections.map((s) => [s.title, s.numberLabel])).toEqual([
      ['Kopgegevens', undefined],
      ['Voorgesteld besluit', undefined],
      ['Inleiding', undefined],
      ['Beoogd effect', undefined],
      ['Argumenten', undefined],
      ['Kanttekeningen en risico’s', undefined],
      ['Financiën', undefined],
      ['Communicatie', undefined],
      ['Uitvoering en vervolg', undefined],
      ['Bijlagen', undefined],
      ['Ondertekening', undefined],
      ['Ontwerp-raadsbesluit', undefined]
    ])
  })

  it('should derive kopgegevens, financiën, planning and bijlagen from the model', () => {
    const view = buildDocument(plan, 'raadsvoorstel')
    const part = (title: string): Block[] => view.sections.find((s) => s.title === title)!.blocks
    expect(part('Kopgegevens')).toEqual([
      {
        type: 'meta',
        items: [
          { label: 'Onderwerp', value: 'Vaststellen programmaplan Herontwerp sociaal domein 2022-2025' },
          { label: 'Registratienummer', value: 'RV-2022-017' },
          { label: 'Datum collegebesluit', value: '18 januari 2022' },
          { label: 'Portefeuillehouder', value: 'wethouder J. de Vries' },
          { label: 'Commissie', value: 'Samenleving' },
          { label: 'Periode', value: '2022-2025' }
        ]
      }
    ])
    expect(part('Financiën')).toEqual([
      {
        type: 'meta',
        items: [
          { label: 'Besparing per domein (totaal)', value: '€ 1.900.000' },
          { label: 'Jaarschijven (totaal)', value: '2022: € 300.000; 2023: € 600.000; 2024: € 1.000.000' },
          { label: 'Taakstelling sociaal domein', value: '€ 2.500.000' }
        ]
      }
    ])
    expect(part('Uitvoering en vervolg')).toEqual([
      { type: 'text', text: "De uitvoeringsagenda voor de periode 2022-2025 telt 5 acties, verdeeld over 2 thema's." }
    ])
    const bijlagen = part('Bijlagen')[0]
    expect(bijlagen?.type === 'list' && bijlagen.items.map((i) => i.title)).toEqual([
      'Programmaplan Herontwerp sociaal domein 2022-2025',
      'Cijfers sociaal domein',
      'Inspraaknota',
      'Ontwerp-raadsbesluit'
    ])
  })

  it('should derive the ontwerp-raadsbesluit when the model gives only gelet op and a date', () => {
    const view = buildDocument(plan, 'raadsvoorstel')
    const besluit = blocks(view, 'besluit')[0]!
    expect([besluit.aanhef, ...besluit.overwegingen, besluit.besluit, ...besluit.dicta.map((d) => `${d.number} ${d.text}`), besluit.slot]).toEqual([
      'De raad van de gemeente Hoogeveen;',
      'gelezen het voorstel van het college van burgemeester en wethouders van 18 januari 2022, nummer RV-2022-017;',
      'gelet op artikel 108 van de Gemeentewet;',
      'besluit:',
      '1. het programmaplan Herontwerp sociaal domein 2022-2025 vast te stellen.',
      'Aldus besloten in de openbare vergadering van 10 maart 2022.'
    ])
  })

  it('should leave the meeting date open and invent no legal basis or college date when the model has none', () => {
    const bare: Plan = { document: { gemeente: 'Assen', titel: 'Sportnota', soort: 'beleidsnota', status: 'concept', datum: '2022-01-18' }, besluit: {} }
    const besluit = blocks(buildDocument(bare, 'raadsvoorstel'), 'besluit')[0]!
    // The plan's own date is not the date of the college's proposal.
    expect(besluit.overwegingen).toEqual(['gelezen het voorstel van het college van burgemeester en wethouders;'])
    expect(besluit.dicta).toEqual([{ number: '1.', text: 'de beleidsnota Sportnota vast te stellen.' }])
    expect(besluit.slot).toBe('Aldus besloten in de openbare vergadering van ….')
  })

  it('should follow the part order of the gemeente’s template and leave out parts not listed', () => {
    const view = buildDocument(plan, 'raadsvoorstel', { raadsvoorstelParts: ['beslispunten', 'kopgegevens', 'besluit'] })
    expect(view.sections.map((s) => s.title)).toEqual(['Voorgesteld besluit', 'Kopgegevens', 'Ontwerp-raadsbesluit'])
  })
})

describe('chapter order', () => {
  const titles = (p: Plan) => buildDocument(p, 'programmaplan').sections.filter((s) => !s.appendix).map((s) => s.title)

  it('should follow the source order in `volgorde`, putting chapters it does not name after it', () => {
    const ordered: Plan = {
      ...plan,
      secties: [{ titel: 'Vooraf', tekst: 'Dank.' }, { titel: 'Aanbevelingen', tekst: 'Meer.' }],
      volgorde: ['secties/1', 'principes', 'secties/0']
    }
    const result = titles(ordered)
    expect(result.slice(0, 3)).toEqual(['Aanbevelingen', 'Leidende principes', 'Vooraf'])
    expect(result.length).toBe(titles({ ...ordered, volgorde: [] }).length)
  })
})

describe('an adopted raadsbesluit', () => {
  it('should be shown as adopted, without a derived gelezen clause', () => {
    const adopted: Plan = {
      document: { gemeente: 'Dijk en Waard', titel: 'Beleidskader', soort: 'beleidskader', status: 'vastgesteld' },
      besluit: { aanhef: 'De raad van de gemeente Dijk en Waard;', geletOp: ['gelet op art 108 Gemeentewet;'], besluitpunten: ['het beleidskader vast te stellen'] }
    }
    const besluit = blocks(buildDocument(adopted, 'raadsvoorstel'), 'besluit')[0]!
    expect(besluit.overwegingen).toEqual(['gelet op art 108 Gemeentewet;'])
  })
})

describe('a plan that is itself a beleidskader', () => {
  it('should keep its other chapters, in source order, and its bijlagen in the beleidskader', () => {
    const own: Plan = {
      document: { gemeente: 'Dijk en Waard', titel: 'Beleidskader', soort: 'beleidskader', status: 'concept' },
      koers: { missie: { titel: 'Onze missie', tekst: 'Samen.' } },
      secties: [{ titel: 'Context', tekst: 'Ontwikkelingen.' }],
      bijlagen: [{ id: 'b1', titel: 'Begrippen' }],
      volgorde: ['secties/0', 'koers/missie']
    }
    const view = buildDocument(own, 'beleidskader')
    expect(view.sections.map((s) => [s.title, s.appendix ?? false])).toEqual([
      ['Context', false],
      ['Onze missie', false],
      ['Begrippen', true]
    ])
    const derived = buildDocument({ ...own, document: { ...own.document, soort: 'programmaplan' } }, 'beleidskader')
    expect(derived.sections.map((s) => s.title)).toEqual(['Onze missie'])
  })
})

describe('soort begroting', () => {
  // A programma of a begroting: its BBV questions, financiën, and a besluit to adopt it.
  const begroting: Plan = {
    document: { gemeente: 'Hollemeer', titel: 'Programma 2 Zorg en welzijn', soort: 'begroting', status: 'concept', datum: '2026-10-01' },
    secties: [{ titel: 'Wat willen we bereiken?', tekst: 'Inwoners vinden sneller hulp.' }],
    financien: { toelichting: 'De lasten stijgen door de nieuwe wijkpunten.' },
    besluit: {},
    volgorde: ['secties/0', 'financien']
  }

  it('should build the full programmaplan document and a raadsvoorstel, like a beleidsnota, but no beleidskader', () => {
    expect(supportedDocuments(begroting)).toEqual(['programmaplan', 'raadsvoorstel'])
  })

  it('should name its money chapter by the third BBV question', () => {
    expect(buildDocument(begroting, 'programmaplan').sections.map((s) => s.title)).toEqual(['Wat willen we bereiken?', 'Wat mag het kosten?'])
  })

  it('should adopt "de begroting" in a derived besluit', () => {
    const besluit = blocks(buildDocument(begroting, 'raadsvoorstel'), 'besluit')[0]!
    expect(besluit.dicta).toEqual([{ number: '1.', text: 'de begroting Programma 2 Zorg en welzijn vast te stellen.' }])
  })
})
