import { describe, expect, it } from 'vitest'
import { periodMismatch } from '@kapstok/rules'
import { check, checkMarkdown, model } from './helpers.js'

/**
 * The ways Dutch plans state their own period, written fresh the way different municipalities
 * phrase it (programmaplan, beleidskader, uitvoeringsprogramma), and look-alikes that give the
 * period of another thing. Each case runs through the real reader.
 */
interface Wording {
  /** What the case shows. */
  title: string
  /** The fictional municipality. */
  gemeente: string
  /** Body lines. */
  body: string[]
  /** Frontmatter `periode` (default `2025-2028`). */
  periode?: string
  /** Extra frontmatter lines. */
  fields?: string[]
  /** The words the message must point at (defects only). */
  at?: string
}

function plan({ gemeente, body, periode = '2025-2028', fields = [] }: Wording): string {
  const titel = fields.some((f) => f.startsWith('titel:')) ? [] : ['titel: Programma Samen Verder']
  return ['---', `gemeente: ${gemeente}`, ...titel, 'soort: programmaplan', `periode: ${periode}`, 'status: concept', 'datum: 2025-03-10', ...fields, '---', '', ...body, ''].join('\n')
}

const defects: Wording[] = [
  { title: 'meerjarenprogramma met jaren tussen haakjes', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'Met dit meerjarenprogramma (2025-2027) geven we invulling aan de opgave in de wijken.'], at: '2025-2027' },
  { title: 'jaren met apostrof', gemeente: 'Ooststrand', body: ['# Inleiding', '', 'Dit actieplan (’25-’29) richt zich op starters en senioren.'], at: '’25-’29' },
  { title: 'periode vóór het plan in de zin, t/m', gemeente: 'Wijkerbroek', body: ['# Aanleiding', '', 'In de periode 2025 t/m 2029 zetten we met dit uitvoeringsprogramma vier sporen in.'], at: '2025 t/m 2029' },
  { title: 'kop met de naam en de jaren van het plan', gemeente: 'Ooststrand', body: ['# Uitvoeringsprogramma Sportief Ooststrand 2025-2029', '', 'Sport verbindt.'], at: '2025-2029' },
  {
    title: 'bijschrift van de begrotingstabel',
    gemeente: 'Haarvliet',
    body: ['# Financiën', '', 'Tabel 3. Begroting 2025–2029 (bedragen x € 1.000)', '', '| Post | 2025 | 2026 |', '|---|---|---|', '| Lasten | 120 | 130 |'],
    at: '2025–2029'
  },
  { title: 'looptijd in maanden', gemeente: 'Brekelsdam', body: ['# Inleiding', '', 'Het programma heeft een looptijd van 60 maanden.'], at: '60 maanden' },
  { title: 'duur in een bijzin', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'Dit uitvoeringsprogramma, dat vijf jaar loopt, bundelt alle acties voor de binnenstad.'], at: 'vijf jaar' },
  { title: 'vastgesteld voor een aantal jaar', gemeente: 'Zuiderhaven', periode: '2025-2027', body: ['# Inleiding', '', 'De gemeenteraad stelt dit beleidskader vast voor vijf jaar.'], at: 'vijf jaar' },
  { title: 'alleen het eindjaar: tot eind', gemeente: 'Wijkerbroek', body: ['# Inleiding', '', 'Dit programma loopt tot eind 2029.'], at: 'tot eind 2029' },
  { title: 'eindjaar na de uitvoering van de agenda', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'De uitvoering van deze agenda loopt door tot en met 2030.'], at: 'tot en met 2030' },
  { title: 'alleen het beginjaar met een duur', gemeente: 'Brekelsdam', body: ['# Inleiding', '', 'Vanaf 2026 werken we met dit programma vier jaar lang aan gezonde wijken.'], at: 'Vanaf 2026' },
  { title: 'ondertitel met t/m', gemeente: 'Zuiderhaven', fields: ['titel: Beleidskader Jeugd', 'ondertitel: Kansrijk opgroeien 2026 t/m 2029'], body: ['# Inleiding', '', 'Kinderen groeien kansrijk op.'], at: '2026 t/m 2029' },
  { title: 'raadsperiode van dit programma', gemeente: 'Ooststrand', body: ['# Inleiding', '', 'Dit programma beslaat de raadsperiode 2026-2030.'], at: '2026-2030' },
  { title: 'voor de jaren ... tot en met', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'Dit beleidskader schetst de koers voor de jaren 2026 tot en met 2029.'], at: '2026 tot en met 2029' },
  {
    title: 'de periode in de volgende zin',
    gemeente: 'Wijkerbroek',
    body: ['# Inleiding', '', 'Voor u ligt het uitvoeringsprogramma Cultuur. Het loopt van 2025 tot en met 2029 en wordt jaarlijks bijgesteld.'],
    at: '2025 tot en met 2029'
  },
  { title: 'looptijd in een opsomming', gemeente: 'Haarvliet', body: ['# Kenmerken', '', '- Looptijd: 2025 – 2029', '- Trekker: team Wonen'], at: '2025 – 2029' },
  { title: 'looptijd in een tabelcel', gemeente: 'Brekelsdam', body: ['# Kenmerken', '', '| Kenmerk | Waarde |', '|---|---|', '| Looptijd | 2024-2028 |', '| Budget | € 2 mln |'], at: '2024-2028' },
  { title: 'exclusief tot met ander werkwoord', gemeente: 'Zuiderhaven', body: ['# Inleiding', '', 'Deze nota is van toepassing van 2025 tot 2028.'], at: '2025 tot 2028' },
  { title: 'het programma omvat een periode', gemeente: 'Ooststrand', body: ['# Inleiding', '', 'Het programma omvat een periode van twee jaar.'], at: 'twee jaar' },
  { title: 'planperiode in vet', gemeente: 'Keldermonde', body: ['# Leeswijzer', '', '**Planperiode** 2025 – 2030'], at: '2025 – 2030' },
  { title: 'looptijd van bijna vijf jaar', gemeente: 'Haarvliet', periode: '2025-2026', body: ['# Inleiding', '', 'Deze aanpak heeft een looptijd van bijna vijf jaar.'], at: 'bijna vijf jaar' },
  {
    title: 'de eigen naam met andere jaren',
    gemeente: 'Zuiderhaven',
    fields: ['titel: Uitvoeringsprogramma Wonen en Zorg'],
    body: ['# Inleiding', '', 'Met het Uitvoeringsprogramma Wonen en Zorg 2025-2029 zetten we in op langer thuis wonen.'],
    at: '2025-2029'
  },
  { title: 'drie jaar voor een vierjarige periode', gemeente: 'Wijkerbroek', body: ['# Inleiding', '', 'Dit uitvoeringsprogramma heeft een looptijd van drie jaar.'], at: 'drie jaar' },
  { title: 'het programma start later', gemeente: 'Keldermonde', body: ['# Planning', '', 'Het programma start in 2026 en wordt jaarlijks geëvalueerd.'], at: 'start in 2026' },
  { title: 'het programma eindigt later', gemeente: 'Ooststrand', body: ['# Planning', '', 'Dit actieprogramma eindigt in 2029 met een eindevaluatie.'], at: 'eindigt in 2029' },
  {
    title: 'volledige datums',
    gemeente: 'Haarvliet',
    body: ['# Inleiding', '', 'Dit programma loopt van 1 januari 2025 tot en met 31 december 2029.'],
    at: '1 januari 2025 tot en met 31 december 2029'
  },
  { title: 'de looptijd alleen met een eindjaar', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'De looptijd van dit programma is tot en met 2027.'], at: 'tot en met 2027' },
  { title: 'het laatste jaar van het plan', gemeente: 'Wijkerbroek', body: ['# Planning', '', 'In 2029, het laatste jaar van dit programma, volgt de eindevaluatie.'], at: '2029' },
  {
    title: 'een lange bijzin tussen plan en jaren',
    gemeente: 'Ooststrand',
    body: ['# Inleiding', '', 'Dit uitvoeringsprogramma, dat het college heeft opgesteld na gesprekken met bewoners en partners, loopt van 2026 tot en met 2029.'],
    at: '2026 tot en met 2029'
  },
  { title: 'dit beleid met een eindjaar', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'Dit beleid geldt tot en met 2030.'], at: 'tot en met 2030' },
  { title: 'een paragraaf Looptijd', gemeente: 'Zuiderhaven', body: ['# Inleiding', '', 'Wij zetten in op meedoen.', '', '## Looptijd', '', 'Van 2025 tot en met 2029, met een tussenevaluatie halverwege.'], at: '2025 tot en met 2029' },
  { title: 'de periode tot een eindjaar', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'Deze nota richt zich op de periode tot en met 2030.'], at: 'tot en met 2030' },
  { title: 'jaar lang', gemeente: 'Brekelsdam', body: ['# Inleiding', '', 'Met deze aanpak werken we vijf jaar lang aan schone lucht.'], at: 'vijf jaar' },
  { title: 'kort eindjaar na een streepje', gemeente: 'Wijkerbroek', body: ['# Inleiding', '', 'Dit programma (2025-29) bundelt de inzet op werk en inkomen.'], at: '2025-29' },
  { title: 'de driejarige planperiode', gemeente: 'Ooststrand', body: ['# Inleiding', '', 'In de driejarige planperiode richten we ons op preventie.'], at: 'driejarige' },
  { title: 'de komende jaren in de inleiding', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'De komende twee jaar werken we samen met scholen aan taal.'], at: 'twee jaar' },
  { title: 'de periode in de inleiding zonder het plan te noemen', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'In de periode 2026-2029 werken we aan drie opgaven.'], at: '2026-2029' },
  { title: 'vierjarig als gezegde', gemeente: 'Brekelsdam', periode: '2025-2026', body: ['# Inleiding', '', 'Het nieuwe beleidskader is vierjarig.'], at: 'vierjarig' }
]

const clean: Wording[] = [
  { title: 'volledige datums die kloppen, met tot', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'Dit programma loopt van 1 januari 2025 tot 31 december 2028.'] },
  { title: 'het contract eindigt later', gemeente: 'Wijkerbroek', body: ['# Uitvoering', '', 'Het contract voor dit programma eindigt in 2029.'] },
  { title: 'het laatste jaar dat klopt', gemeente: 'Brekelsdam', body: ['# Planning', '', 'In 2028, het laatste jaar van dit programma, volgt de eindevaluatie.'] },
  { title: 'de looptijd van een subsidie tot een jaar', gemeente: 'Keldermonde', body: ['# Financiën', '', 'De looptijd van de subsidie is tot en met 2026.'] },
  { title: 'voor twee jaar extra budget', gemeente: 'Ooststrand', body: ['# Financiën', '', 'Dit programma krijgt voor twee jaar € 300.000 extra budget.'] },
  { title: 'een paragraaf Looptijd over de monitor', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'Wij zetten in op meedoen.', '', '## Looptijd', '', 'De cijfers van de monitor 2019-2023 lieten een daling zien; dit programma loopt van 2025 tot en met 2028.'] },
  { title: 'een datum in ISO-notatie', gemeente: 'Brekelsdam', body: ['# Inleiding', '', 'Dit programma is vastgesteld op 2025-03-01 door het college.'] },
  { title: 'kort eindjaar dat klopt', gemeente: 'Zuiderhaven', body: ['# Inleiding', '', 'Dit programma (2025-28) bundelt de inzet op werk en inkomen.'] },
  { title: 'de komende jaren in een later hoofdstuk', gemeente: 'Wijkerbroek', body: ['# Inleiding', '', 'Wij zetten in op taal.', '', '# Thema Sport', '', 'De komende twee jaar werken we aan een nieuw sportakkoord.'] },
  { title: 'een fase binnen de periode in de inleiding', gemeente: 'Ooststrand', body: ['# Inleiding', '', 'In de periode 2025-2026 werken we eerst aan de basis.'] },
  { title: 'de start die klopt', gemeente: 'Zuiderhaven', body: ['# Planning', '', 'Het programma start in 2025 met een nulmeting.'] },
  {
    title: 'de eigen naam met de jaren van de vorige uitgave',
    gemeente: 'Zuiderhaven',
    fields: ['titel: Uitvoeringsprogramma Wonen en Zorg'],
    body: ['# Inleiding', '', 'Het vorige Uitvoeringsprogramma Wonen en Zorg 2021-2024 is afgerond.']
  },
  {
    title: 'de meerjarenraming na het begrotingsjaar',
    gemeente: 'Haarvliet',
    body: ['# Financiën', '', 'Tabel 2. Meerjarenraming 2026-2028 (x € 1.000)', '', '| Post | 2026 | 2027 |', '|---|---|---|', '| Lasten | 120 | 130 |']
  },
  { title: 'vier jaar voor een raadsperiode van vijf kalenderjaren', gemeente: 'Brekelsdam', periode: '2023-2027', body: ['# Inleiding', '', 'In de komende vier jaar werkt dit programma aan een sterke wijk.'] },
  { title: 'het vorige programma', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'Het vorige uitvoeringsprogramma (2021-2024) is in 2024 geëvalueerd; dit programma bouwt daarop voort.'] },
  { title: 'de rijksbijdrage van dit programma', gemeente: 'Ooststrand', body: ['# Financiën', '', 'De rijksbijdrage voor dit programma loopt van 2025 tot en met 2026.'] },
  { title: 'een historische reeks', gemeente: 'Wijkerbroek', body: ['# Aanleiding', '', 'In de periode 2019-2022 daalde het aantal huishoudens met schulden met ruim 12 procent, zo blijkt uit de monitor bij dit programma.'] },
  { title: 'het coalitieakkoord', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'Dit programma geeft uitvoering aan het coalitieakkoord 2022-2026.'] },
  { title: 'een regiodeal', gemeente: 'Brekelsdam', body: ['# Inleiding', '', 'Dit programma sluit aan op de Regio Deal Oostrand 2024-2027.'] },
  { title: 'een jaarschijf', gemeente: 'Zuiderhaven', body: ['# Financiën', '', 'Voor dit programma is in de jaarschijf 2026 € 1,2 miljoen beschikbaar.'] },
  { title: 'de begroting en de meerjarenraming', gemeente: 'Keldermonde', body: ['# Financiën', '', 'Dit programma is verwerkt in de begroting 2025 en de meerjarenraming 2026-2029.'] },
  { title: 'jaren met apostrof die kloppen', gemeente: 'Ooststrand', body: ['# Inleiding', '', "Dit actieplan ('25-'28) richt zich op starters en senioren."] },
  { title: 'beginjaar met een duur die klopt', gemeente: 'Wijkerbroek', body: ['# Inleiding', '', 'Vanaf 2025 werken we met dit programma vier jaar lang aan gezonde wijken.'] },
  { title: 'exclusief tot dat klopt', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'Deze nota is van toepassing van 2025 tot 2029.'] },
  { title: 'looptijd van 48 maanden', gemeente: 'Brekelsdam', body: ['# Inleiding', '', 'Het programma heeft een looptijd van 48 maanden.'] },
  { title: 'het volgende programma', gemeente: 'Zuiderhaven', body: ['# Vervolg', '', 'Het vervolg op dit programma, voor de jaren 2029-2032, stellen we in 2028 op.'] },
  { title: 'in de verleden tijd', gemeente: 'Keldermonde', body: ['# Inleiding', '', 'Oorspronkelijk werd dit programma opgezet voor 2024-2027, maar de start is een jaar verschoven.'] },
  { title: 'uiterlijk afgerond', gemeente: 'Ooststrand', body: ['# Planning', '', 'Alle projecten uit dit programma zijn uiterlijk in 2030 afgerond.'] },
  { title: 'de raadsperiode zelf', gemeente: 'Wijkerbroek', body: ['# Inleiding', '', 'De raadsperiode 2022-2026 eindigt halverwege dit programma.'] },
  { title: 'een contract met verlenging', gemeente: 'Haarvliet', body: ['# Uitvoering', '', 'Het contract met de aanbieder loopt van 2025 tot en met 2027, met een optie tot verlenging tot 2030.'] },
  { title: 'kop over het vorige programma', gemeente: 'Brekelsdam', body: ['# Resultaten vorig programma 2021-2024', '', 'We bereikten veel.'] },
  { title: 'bijschrift van cijfers', gemeente: 'Zuiderhaven', body: ['# Aanleiding', '', 'Tabel 1. Aantal meldingen 2019-2023', '', '| Jaar | Meldingen |', '|---|---|', '| 2019 | 40 |'] },
  { title: 'de komende jaren zonder het plan', gemeente: 'Keldermonde', body: ['# Accommodaties', '', 'In de komende drie jaar wordt sporthal De Wiek verbouwd.'] },
  { title: 'raadsperiode tot het verkiezingsjaar', gemeente: 'Ooststrand', periode: '2026-2029', body: ['# Inleiding', '', 'Dit programma beslaat de raadsperiode 2026-2030.'] },
  {
    title: 'de meerjarenbegroting van de gemeente',
    gemeente: 'Wijkerbroek',
    body: ['# Financiën', '', 'Tabel 4. Meerjarenbegroting 2026-2029 (x € 1.000)', '', '| Post | 2026 | 2027 |', '|---|---|---|', '| Lasten | 120 | 130 |']
  },
  { title: 'de periode in de volgende zin, klopt', gemeente: 'Haarvliet', body: ['# Inleiding', '', 'Voor u ligt het uitvoeringsprogramma Cultuur. Het loopt van 2025 tot en met 2028 en wordt jaarlijks bijgesteld.'] },
  { title: 'de looptijd van een lening', gemeente: 'Brekelsdam', body: ['# Financiën', '', 'De looptijd van de lening voor de nieuwe sporthal is 20 jaar.'] }
]

describe('period-mismatch wordings', () => {
  for (const wording of defects) {
    it(`should report "${wording.title}" once, at the period`, async () => {
      const file = await checkMarkdown(periodMismatch, plan(wording))
      const messages = file.messages.filter((m) => m.ruleId === 'period-mismatch')
      expect(messages.map((m) => m.actual)).toEqual([wording.at])
    })
  }
  for (const wording of clean) {
    it(`should stay quiet on "${wording.title}"`, async () => {
      const file = await checkMarkdown(periodMismatch, plan(wording))
      expect(file.messages.filter((m) => m.ruleId === 'period-mismatch').map((m) => m.reason)).toEqual([])
    })
  }
})

describe('period-mismatch in the raadsvoorstel', () => {
  const document = { titel: 'Programma Meedoen', periode: { start: 2025, eind: 2028 } }
  it('should report the plan named with other years in the onderwerp and a beslispunt', () => {
    const plan = model({ raadsvoorstel: { onderwerp: 'Vaststelling Programma Meedoen 2025-2029', beslispunten: ['Het Programma Meedoen 2025-2029 vast te stellen.'] } }, document)
    expect(check(periodMismatch, plan)).toEqual([
      'Periode `2025-2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan',
      'Periode `2025-2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan'
    ])
  })
  it('should stay quiet on a beslispunt about the municipal begroting', () => {
    const plan = model({ raadsvoorstel: { beslispunten: ['De kosten te dekken uit de meerjarenbegroting 2026-2029.'] } }, document)
    expect(check(periodMismatch, plan)).toEqual([])
  })
})
