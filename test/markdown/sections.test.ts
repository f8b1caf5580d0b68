import { describe, expect, it } from 'vitest'
import { front, read } from './helpers.js'

describe('reader: section kinds', () => {
  it('should read the koers with its summary from a blockquote', async () => {
    const { model } = await read(`${front}\n# Ambitie: iedereen doet mee\n\nIedereen doet mee.\n\n> Ondersteuning voor inwoners.\n\n# Visie\n\nSamen.\n`)
    expect(model?.koers).toEqual({
      ambitie: { titel: 'Ambitie: iedereen doet mee', samenvatting: 'Ondersteuning voor inwoners.', tekst: 'Iedereen doet mee.' },
      visie: { titel: 'Visie', tekst: 'Samen.' }
    })
  })

  it('should read principes from headings with toelichting and voorbeelden, keeping the intro', async () => {
    const { model } = await read(
      `${front}\n# 3.2. Leidende principes\n\nDe principes.\n\n## 1. Samen met inwoners {#p1 kort="samen"}\n\nWe praten mét inwoners.\n\n### Voorbeelden\n\nNetwerk integrale zorg.\n\n- Dorpscoöperatie\n\n## 2. Vertrouwen\n`
    )
    expect(model?.principes).toEqual([
      { id: 'p1', nummer: '1', titel: 'Samen met inwoners', korteTitel: 'samen', voorbeelden: ['Netwerk integrale zorg.', 'Dorpscoöperatie'], toelichting: 'We praten mét inwoners.' },
      { id: 'principe-2', nummer: '2', titel: 'Vertrouwen' }
    ])
    expect(model?.inleidingen).toEqual({ principes: 'De principes.' })
  })

  it('should read opgaven from an ordered list', async () => {
    const { model } = await read(`${front}\n# Opgaven\n\n1. dicht bij inwoners\n2. binnen het budget {#o3}\n`)
    expect(model?.opgaven).toEqual([
      { id: 'opgave-1', nummer: '1', titel: 'dicht bij inwoners' },
      { id: 'o3', nummer: '2', titel: 'binnen het budget' }
    ])
  })

  it('should read pijlers with label, number, short title, doelen, inspanningen and prose', async () => {
    const { model } = await read(
      `${front}\n# Routes\n\n## Route 1: Gezond opgroeien {#r1 kort="Opgroeien"}\n\nIntro.\n\n### Hoofddoel\n\nAlle kinderen groeien gezond op.\n\n### Doelstellingen\n\n- Minder jeugdhulp\n  - Meer preventie\n\n### Wat gaan we doen?\n\n1. Scholen\n\n### Financiële vertaling\n\nGeen extra geld.\n\n### Achtergrond\n\nTekst.\n`
    )
    expect(model?.pijlers).toEqual([
      {
        id: 'r1',
        label: 'route',
        nummer: '1',
        titel: 'Gezond opgroeien',
        korteTitel: 'Opgroeien',
        intro: 'Intro.',
        hoofddoel: 'Alle kinderen groeien gezond op.',
        doelen: [{ id: 'r1-doel-1', titel: 'Minder jeugdhulp', doelen: [{ id: 'r1-doel-2', titel: 'Meer preventie' }] }],
        inspanningen: [{ id: 'r1-inspanning-1', nummer: '1', titel: 'Scholen' }],
        financieleVertaling: 'Geen extra geld.',
        secties: [{ titel: 'Achtergrond', tekst: 'Tekst.' }]
      }
    ])
  })

  it('should read agenda rows under a pijler and in an agenda chapter, matching the pijler by title', async () => {
    const { model, messages } = await read(
      `${front}\n# Thema's\n\n## Thema 1: Sociale basis, doen wat werkt! {#t1}\n\n### Uitvoeringsagenda\n\n#### Preventie\n\n| Activiteit | Start |\n|---|---|\n| A | 2022 |\n\n# Uitvoeringsagenda\n\n## THEMA SOCIALE BASIS - DOEN WAT WERKT\n\n| Wat is de activiteit | Wanneer is de afronding gepland | Aan welk domein is het gerelateerd |\n|---|---|---|\n| B | 12-2023 | WMO |\n`
    )
    expect(messages).toEqual([])
    expect(model?.acties).toEqual([
      { id: 'actie-1', pijler: 't1', subkop: 'Preventie', activiteit: 'A', start: '2022' },
      { id: 'actie-2', activiteit: 'B', eind: '12-2023', domein: 'WMO', pijler: 't1' }
    ])
  })

  it.each(['Acties', '3. Actiepunten', 'Actieagenda', 'Uitvoeringsplanning'])('should read a chapter %s as the agenda, as plans without the word uitvoeringsagenda name it', async (title) => {
    const { model, messages } = await read(`${front}\n# Thema's\n\n## Wonen {#t1}\n\nTekst.\n\n# ${title}\n\n| Activiteit | Thema | Start |\n|---|---|---|\n| Huurteam | Wonen | 2027 |\n`)
    expect(messages).toEqual([])
    expect(model?.acties).toEqual([{ id: 'actie-1', activiteit: 'Huurteam', start: '2027', pijler: 't1' }])
  })

  it('should keep text between agenda tables instead of dropping it', async () => {
    const { model } = await read(
      `${front}\n# Thema's\n\n## Sturing {#t4}\n\n### Uitvoeringsagenda\n\nDe agenda wordt elk jaar bijgesteld.\n\n| Activiteit |\n|---|\n| A |\n\n# Uitvoeringsagenda\n\n## [Sturing](#t4)\n\nZie ook de jaarplannen.\n\n| Activiteit |\n|---|\n| B |\n`
    )
    expect(model?.acties?.map((a) => a.activiteit)).toEqual(['A', 'B'])
    expect(model?.pijlers?.[0]?.secties).toEqual([{ titel: 'Uitvoeringsagenda', tekst: 'De agenda wordt elk jaar bijgesteld.' }])
    expect(model?.inleidingen?.acties).toBe('Zie ook de jaarplannen.')
  })

  it('should read risico\'s, kansen, begrippen, bijlagen and inspraak', async () => {
    const { model } = await read(
      `${front}\n# Risico's en kansen\n\n| Risico | Beheersmaatregel |\n|---|---|\n| Te weinig capaciteit | Prioriteren |\n\n## Kansen\n\n- Samenwerking\n\n# Begrippenlijst\n\n| Begrip | Definitie |\n|---|---|\n| Wmo | Wet maatschappelijke ondersteuning |\n\n# Inspraak\n\n## Indiener 1 {#i1}\n\n### Reactie\n\nMeer geld.\n\n### Beantwoording\n\nNee.\n\n### Aanpassing\n\nNee, geen aanpassing.\n\n# Bijlagen\n\n## Bijlage 5a: Memo {extern="memo.pdf"}\n`
    )
    expect(model?.risicos).toEqual([{ id: 'risico-1', risico: 'Te weinig capaciteit', beheersmaatregel: 'Prioriteren' }])
    expect(model?.kansen).toEqual([{ id: 'kans-1', titel: 'Samenwerking' }])
    expect(model?.begrippen).toEqual([{ term: 'Wmo', definitie: 'Wet maatschappelijke ondersteuning' }])
    expect(model?.inspraak).toEqual([
      { id: 'i1', indiener: 'Indiener 1', reactie: 'Meer geld.', beantwoording: 'Nee.', aanpassingTekst: 'Nee, geen aanpassing.', aanpassing: false }
    ])
    expect(model?.bijlagen).toEqual([{ id: 'bijlage-5a', nummer: '5a', titel: 'Memo', extern: 'memo.pdf' }])
  })

  it('should pair several reacties of one indiener with their beantwoording as punten', async () => {
    const { model } = await read(`${front}\n# Inspraak\n\n## Indiener 2\n\n### Reactie\n\nEen.\n\n### Beantwoording\n\nAntwoord een.\n\n### Reactie\n\nTwee.\n\n### Beantwoording\n\nAntwoord twee.\n`)
    expect(model?.inspraak?.[0]).toEqual({
      id: 'reactie-1',
      indiener: 'Indiener 2',
      punten: [
        { reactie: 'Een.', beantwoording: 'Antwoord een.' },
        { reactie: 'Twee.', beantwoording: 'Antwoord twee.' }
      ]
    })
  })

  it('should keep an inspraak subsection the form does not name with the reactie', async () => {
    const { model } = await read(`${front}\n# Inspraak\n\n## Indiener 3\n\n### Reactie\n\nMeer geld.\n\n### Bijlage bij de reactie\n\nEen tabel.\n`)
    expect(model?.inspraak?.[0]?.reactie).toBe('Meer geld.\n\n**Bijlage bij de reactie**\n\nEen tabel.')
  })

  it('should read finance tables as cents with the original text and mark claimed totals', async () => {
    const { model } = await read(`${front}\n# Financiën\n\nDe besparing.\n\n## Besparing per domein {.cumulatief}\n\n| Domein | 2025 |\n|---|---|\n| Jeugd | € 200.000 |\n| **Totaal** | **€ 1,9 mln** |\n`)
    expect(model?.financien).toEqual({
      toelichting: 'De besparing.',
      tabellen: [
        {
          id: 'tabel-1',
          titel: 'Besparing per domein',
          soort: 'cumulatief',
          kolommen: ['2025'],
          rijen: [
            { label: 'Jeugd', bedragen: [{ centen: 20_000_000, tekst: '€ 200.000' }] },
            { label: 'Totaal', totaal: true, bedragen: [{ centen: 190_000_000, tekst: '€ 1,9 mln' }] }
          ]
        }
      ]
    })
  })

  it('should read the financiële opbouw as toelichting and other word columns as teksten, not as unreadable amounts', async () => {
    const file = await read(
      `${front}\n# Financiën\n\n## Maatregelen\n\n| Voorgestelde besparing | Netto besparing | Hoe komen we tot deze besparing (financiële opbouw) | Is het uitvoerbaar | Wat levert het op |\n|---|---|---|---|---|\n| Jong Hoogeveen | € 50.000 | Doorbelasting loonkosten | Ja | €250.000 |\n| Schuldhulp | € 80.000 | (a € 20.000) bespaard | ja | Beleidskoers |\n| Bewind | € 80.000 |  |  | Passend |\n`
    )
    expect(file.model?.financien?.tabellen).toEqual([
      {
        id: 'tabel-1',
        titel: 'Maatregelen',
        kolommen: ['Netto besparing'],
        tekstkolommen: ['Is het uitvoerbaar', 'Wat levert het op'],
        rijen: [
          { label: 'Jong Hoogeveen', bedragen: [{ centen: 5_000_000, tekst: '€ 50.000' }], toelichting: 'Doorbelasting loonkosten', teksten: ['Ja', '€250.000'] },
          { label: 'Schuldhulp', bedragen: [{ centen: 8_000_000, tekst: '€ 80.000' }], toelichting: '(a € 20.000) bespaard', teksten: ['ja', 'Beleidskoers'] },
          { label: 'Bewind', bedragen: [{ centen: 8_000_000, tekst: '€ 80.000' }], teksten: [null, 'Passend'] }
        ]
      }
    ])
    expect(file.messages.map((m) => m.ruleId)).toEqual([])
  })

  it('should read a raadsbesluit in its legal form', async () => {
    const { model } = await read(
      `${front}\n# Raadsbesluit\n\nDe raad van de gemeente Dijk en Waard;\n\ngelet op artikel 108 Gemeentewet;\n\nbesluit:\n\n1. het beleidskader vast te stellen.\n\nAldus besloten in de openbare vergadering van 23 mei 2023.\n\nDe griffier, J. Jansen\n\nDe voorzitter, M. de Vries\n`
    )
    expect(model?.besluit).toEqual({
      aanhef: 'De raad van de gemeente Dijk en Waard;',
      geletOp: ['gelet op artikel 108 Gemeentewet;'],
      besluitpunten: ['het beleidskader vast te stellen.'],
      vergaderdatum: '2023-05-23',
      griffier: 'J. Jansen',
      voorzitter: 'M. de Vries'
    })
  })

  it('should keep the text around a finance table and every table under one heading', async () => {
    const { model } = await read(`${front}\n# Financiën\n\n## Besparing\n\nHieronder de besparing.\n\n| Domein | 2025 |\n|---|---|\n| Jeugd | € 200.000 |\n\nEn per jaar:\n\n| Jaar | Bedrag |\n|---|---|\n| 2025 | € 100.000 |\n`)
    expect(model?.financien?.tabellen?.map((t) => [t.id, t.titel, t.toelichting])).toEqual([
      ['tabel-1', 'Besparing', 'Hieronder de besparing.\n\nEn per jaar:'],
      ['tabel-2', 'Besparing (2)', undefined]
    ])
  })

  it('should remember the chapter order of the source and drop the source\'s own numbering', async () => {
    const { model } = await read(`${front}\n# Vooraf\n\nDank.\n\n# 3. Visie\n\nSamen.\n\n# 2.1. Aanleiding\n\nTekst.\n\n# Financiën\n\n## Dekking\n\nUit de reserve.\n`)
    expect(model?.volgorde).toEqual(['secties/0', 'koers/visie', 'secties/1', 'financien'])
    expect(model?.secties?.map((s) => s.titel)).toEqual(['Vooraf', 'Aanleiding'])
    expect(model?.financien).toEqual({ secties: [{ titel: 'Dekking', tekst: 'Uit de reserve.' }] })
  })

  it('should report a paragraph of a raadsbesluit that fits no part of its legal form', async () => {
    const file = await read(`${front}\n# Raadsbesluit\n\nBeleidskader\n\nDe raad van de gemeente Dijk en Waard;\n\nDit is een losse opmerking.\n`)
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['besluit-unread', 16]])
    expect(file.model?.besluit).toEqual({ intitule: 'Beleidskader', aanhef: 'De raad van de gemeente Dijk en Waard;' })
  })

  it('should keep unknown chapters as nested prose, not drop them', async () => {
    const { model } = await read(`${front}\n# Inleiding\n\nTekst.\n\n## Aanleiding\n\nMeer tekst.\n`)
    expect(model?.secties).toEqual([{ titel: 'Inleiding', tekst: 'Tekst.', secties: [{ titel: 'Aanleiding', tekst: 'Meer tekst.' }] }])
  })

  it('should let the config map a heading to another kind and add column names', async () => {
    const { model } = await read(`${front}\n# Opgaven\n\n## Gezond leven\n\n### Uitvoeringsagenda\n\n| Activiteit | Aanvang |\n|---|---|\n| A | 2023 |\n`, {
      sections: { Opgaven: 'pijlers' },
      columns: { start: ['Aanvang'] }
    })
    expect(model?.pijlers?.[0]).toMatchObject({ id: 'opgave-1', label: 'opgave', titel: 'Gezond leven' })
    expect(model?.acties).toEqual([{ id: 'actie-1', pijler: 'opgave-1', activiteit: 'A', start: '2023' }])
  })

  it('should turn a periode string into years and collect disable comments', async () => {
    const file = await read(`${front}\n<!-- kapstok-disable-next-line agenda-date-format -->\nTekst.\n`)
    expect(file.model?.document.periode).toEqual({ start: 2022, eind: 2025 })
    expect(file.data.disableComments).toEqual([{ file: 'plan.md', line: 11, ruleIds: ['agenda-date-format'] }])
  })
})
