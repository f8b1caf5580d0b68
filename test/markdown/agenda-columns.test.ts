import { describe, expect, it } from 'vitest'
import { kapstok } from '@kapstok/core'
import { agendaColumns, agendaWords, markdownSource, matchColumn } from '@kapstok/markdown'
import { lindewaardFront as front, read } from './helpers.js'

const column = (header: string): string | undefined => matchColumn(header, { synonyms: agendaColumns, words: agendaWords })

describe('reader: agenda columns by the words in their header', () => {
  it('should place headers written as questions by their noun, not by the question word', () => {
    expect(column('Wanneer is de start voorzien?')).toBe('start')
    expect(column('Wanneer is het klaar')).toBe('eind')
    expect(column('Wat is het beoogde resultaat?')).toBe('doel')
    expect(column('Wat doen we?')).toBe('activiteit')
    expect(column('Wie is verantwoordelijk?')).toBe('eigenaar')
    expect(column('Wie doet het')).toBe('eigenaar')
    expect(column('Met wie?')).toBe('partners')
    expect(column('Wanneer')).toBe('periode')
  })

  it('should place the nouns real agenda\'s use for each column', () => {
    const cases: Record<string, string> = {
      Actiepunt: 'activiteit',
      Maatregelen: 'activiteit',
      'Beoogd effect': 'doel',
      Doelstelling: 'doel',
      Startdatum: 'start',
      Aanvang: 'start',
      Opleverdatum: 'eind',
      Deadline: 'eind',
      'Datum gereed': 'eind',
      Looptijd: 'periode',
      Tijdpad: 'periode',
      'Start en eind': 'periode',
      Actiehouder: 'eigenaar',
      Trekker: 'eigenaar',
      Beleidsveld: 'domein',
      'Betrokken partijen': 'partners',
      'Budget (x € 1.000)': 'middelen',
      Toelichting: 'bijzonderheden',
      Voortgang: 'status',
      Doelgroep: 'doelgroep',
      Resultaatgebied: 'pijler',
      'Draagt bij aan': 'verwijzingen',
      'Nr.': 'id'
    }
    for (const [header, field] of Object.entries(cases)) expect([header, column(header)]).toEqual([header, field])
  })

  it('should let a phrase consume its words and keep short words to whole headers', () => {
    expect(column('Relatie tot thema')).toBe('verwijzingen')
    expect(column('In relatie tot de doelen')).toBe('verwijzingen')
    expect(column('Wat levert het op')).toBe('doel')
    expect(column('Wat het oplevert')).toBe('doel')
    expect(column('Wanneer opleveren')).toBe('eind')
    expect(column('Tot')).toBe('eind')
    expect(column('Van')).toBe('start')
    // `tot` and `van` inside a longer header are ordinary words, not dates.
    expect(column('Bijdrage tot de ambitie')).not.toBe('eind')
    expect(column('Tot wanneer')).toBe('eind')
  })

  it('should read a Nr column that counts rows (restarting per table) as numbers, not as ids', async () => {
    const table = '| Nr | Actie | Gereed |\n|---|---|---|\n'
    const file = await read(`${front}\n# Uitvoeringsagenda\n\n## Wonen\n\n${table}| 1 | Huurteam | 2025 |\n| 2. | Woonwijzer | 2026 |\n\n## Werk\n\n${table}| 1 | Werkplein | 2025 |\n| W2 | Leerwerkplek | 2026 |\n`)
    expect(file.messages).toEqual([])
    expect(file.model?.acties?.map((a) => a.id)).toEqual(['actie-1', 'actie-2', 'actie-3', 'W2'])
  })

  it('should read sub-numbers and bracketed numbers in a Nr column as numbers, and keep an id that starts with a letter', async () => {
    const table = '| Nr | Actie | Gereed |\n|---|---|---|\n'
    const rows = ['1.a', '1.b', '2-c', '(3)', '4)', '5.2.b', 'A1', 'w-3'].map((nr, i) => `| ${nr} | Actie ${i + 1} | 2026 |`).join('\n')
    const file = await read(`${front}\n# Uitvoeringsagenda\n\n${table}${rows}\n`)
    expect(file.messages).toEqual([])
    expect(file.model?.acties?.map((a) => a.id)).toEqual(['actie-1', 'actie-2', 'actie-3', 'actie-4', 'actie-5', 'actie-6', 'A1', 'w-3'])
  })

  it('should place no field for a header without a known word', () => {
    expect(column('Kleur')).toBeUndefined()
    expect(column('')).toBeUndefined()
  })

  it('should read an agenda with other column names and one planning column into start and end', async () => {
    const file = await read(
      `${front}\n# Uitvoeringsagenda\n\n| Actie | Beoogd resultaat | Planning | Trekker | Partners |\n|---|---|---|---|---|\n| Buurtkamers openen | Ontmoeting | 2024 - 2026 | Team Wijken | Welzijn Lindewaard |\n| Schuldhulp bij de huisarts | Vroeg hulp | Q3 2025 | Team Inkomen | |\n`
    )
    expect(file.messages).toEqual([])
    expect(file.model?.acties).toEqual([
      { id: 'actie-1', activiteit: 'Buurtkamers openen', doel: 'Ontmoeting', start: '2024', eind: '2026', eigenaar: 'Team Wijken', overig: { Partners: 'Welzijn Lindewaard' } },
      { id: 'actie-2', activiteit: 'Schuldhulp bij de huisarts', doel: 'Vroeg hulp', start: 'Q3 2025', eind: 'Q3 2025', eigenaar: 'Team Inkomen' }
    ])
    // Each side of a range is located at its own text in the cell.
    expect(file.sourceMap.get('/acties/0/eind')?.start.column).toBe(file.sourceMap.get('/acties/0/start')!.start.column + 7)
  })

  it('should keep an unknown column under its header and report it once, however many tables repeat it', async () => {
    const table = '| Activiteit | Kleur |\n|---|---|\n'
    const file = await read(`${front}\n# Uitvoeringsagenda\n\n## Wonen\n\n${table}| Huurteam | rood |\n\n## Werk\n\n${table}| Werkplein | groen |\n`)
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['table-unknown-column', 14]])
    expect(file.model?.acties?.map((a) => a.overig)).toEqual([{ Kleur: 'rood' }, { Kleur: 'groen' }])
  })

  it('should take the plan\'s own column names from the config', async () => {
    const file = await read(`${front}\n# Uitvoeringsagenda\n\n| Activiteit | Kleur |\n|---|---|\n| Huurteam | 2025 |\n`, { columns: { eind: ['Kleur'] } })
    expect(file.messages).toEqual([])
    expect(file.model?.acties?.[0]?.eind).toBe('2025')
  })

  it('should take the Dutch `kolommen` setting of the config like `columns`', async () => {
    const text = `${front}\n# Uitvoeringsagenda\n\n| Activiteit | Kleur |\n|---|---|\n| Huurteam | 2025 |\n`
    const file = await kapstok().use({ settings: { kolommen: { eind: ['Kleur'] } } }).use(markdownSource).parse({ path: 'plan.md', files: { 'plan.md': text } })
    expect(file.model?.acties?.[0]?.eind).toBe('2025')
  })

  it('should read `-`, `—` and `n.v.t.` in a pijler column as no pijler on purpose: kept as written, not reported as a missing pijler', async () => {
    const file = await read(
      `${front}\n# Thema's\n\n## Wonen {#t1}\n\nTekst.\n\n# Uitvoeringsagenda\n\n| Activiteit | Thema |\n|---|---|\n| Huurteam | Wonen |\n| Monitor | - |\n| Evaluatie | — |\n| Jaarverslag | n.v.t. |\n| Wijkbudget | PM |\n`
    )
    expect(file.model?.acties?.map((a) => [a.pijler, a.overig])).toEqual([['t1', undefined], [undefined, { Thema: '-' }], [undefined, { Thema: '—' }], [undefined, { Thema: 'n.v.t.' }], [undefined, { Thema: 'PM' }]])
    // `PM` is no "none": it names a pijler still to choose, which resolves to nothing.
    expect(file.messages.map((m) => m.reason)).toEqual(['Kolom `Thema` noemt `PM`, dat bij geen pijler hoort; gebruik de titel of het id van een pijler (`Wonen`)'])
  })

  it('should resolve a pijler column by title and report a value that names no pijler once', async () => {
    const file = await read(
      `${front}\n# Thema's\n\n## Wonen {#t1}\n\nTekst.\n\n# Uitvoeringsagenda\n\n| Activiteit | Thema |\n|---|---|\n| Huurteam | Wonen |\n| Werkplein | Werk |\n| Taalhuis | Werk |\n`
    )
    expect(file.model?.acties?.map((a) => [a.pijler, a.overig])).toEqual([['t1', undefined], [undefined, { Thema: 'Werk' }], [undefined, { Thema: 'Werk' }]])
    expect(file.messages.map((m) => m.reason)).toEqual(['Kolom `Thema` noemt `Werk`, dat bij geen pijler hoort; gebruik de titel of het id van een pijler (`Wonen`)'])
  })

  it('should resolve a pijler cell that links to its pijler by id, whatever the link text, and report a link to a part that is no pijler once', async () => {
    const file = await read(
      `${front}\n# Thema's\n\n## Wonen {#t1}\n\nTekst.\n\n## Werk {#t2}\n\nTekst.\n\n# Principes\n\n## Samen {#p1}\n\nTekst.\n\n# Uitvoeringsagenda\n\n| Activiteit | Thema |\n|---|---|\n| Huurteam | [Wonen](#t1) |\n| Werkplein | [Werken](#t2) |\n| Taalhuis | [Samen](#p1) |\n| Buurtbus | [Samen](#p1) |\n`
    )
    expect(file.model?.acties?.map((a) => [a.pijler, a.overig])).toEqual([['t1', undefined], ['t2', undefined], [undefined, { Thema: '[Samen](#p1)' }], [undefined, { Thema: '[Samen](#p1)' }]])
    expect(file.messages.map((m) => m.reason)).toEqual(['Kolom `Thema` linkt naar `#p1`, maar geen pijler heeft dat id; link naar een bestaande pijler (`#t1` Wonen, `#t2` Werk)'])
  })

  it.each([
    ['Pijler 1: Gezond opgroeien', 'Gezond opgroeien'],
    ['Thema 2 – Gezond opgroeien', 'Gezond opgroeien'],
    ['Spoor III. Gezond opgroeien', 'gezond opgroeien'],
    ['4) Gezond opgroeien', 'Gezond opgroeien'],
    ['Actielijn A: Gezond opgroeien', 'Gezond opgroeien'],
    ['Spoor C – Gezond opgroeien', 'Gezond opgroeien'],
    ['Actielijn B: Gezond opgroeien', 'Actielijn B']
  ])('should resolve a pijler cell that gives only the name of the numbered title %s', async (title, cell) => {
    const file = await read(`${front}\n# Thema's\n\n## ${title} {#t1}\n\nTekst.\n\n# Uitvoeringsagenda\n\n| Activiteit | Thema |\n|---|---|\n| Huurteam | ${cell} |\n`)
    expect(file.model?.acties?.[0]?.pijler).toBe('t1')
    expect(file.messages.filter((m) => m.ruleId === 'ref-missing')).toEqual([])
  })

  it('should still report a cell that names only part of a numbered title', async () => {
    const file = await read(`${front}\n# Thema's\n\n## Pijler 1: Gezond opgroeien {#t1}\n\nTekst.\n\n# Uitvoeringsagenda\n\n| Activiteit | Thema |\n|---|---|\n| Huurteam | Opgroeien |\n`)
    expect(file.messages.filter((m) => m.ruleId === 'ref-missing')).toHaveLength(1)
  })

  it('should read the begroting questions under a pijler by their verb, in any wording', async () => {
    const { model } = await read(
      `${front}\n# Thema's\n\n## Wonen {#t1}\n\n### Wat willen we in 2027 bereiken?\n\n- Kortere wachttijd\n\n### Wat gaan we daarvoor doen?\n\n- Huurteam\n\n### Wat kost het?\n\nEen ton per jaar.\n`
    )
    const pijler = model?.pijlers?.[0]
    expect([pijler?.doelen?.length, pijler?.inspanningen?.length, pijler?.financieleVertaling]).toEqual([1, 1, 'Een ton per jaar.'])
  })
})
