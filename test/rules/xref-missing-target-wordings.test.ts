import { describe, expect, it } from 'vitest'
import { xrefMissingTarget } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

/*
 * References in words to a place in this plan, written fresh the way Dutch municipal plans
 * phrase them (by number, by number word or ordinal, in lists, in headings, list items and
 * table cells), and look-alikes that resolve or point at another document.
 */

// Three principes without numbers: numbered by their order.
const principes = ['# Principes', '', '## Dichtbij georganiseerd', '', 'Tekst.', '', '## Eenvoudig geregeld', '', 'Tekst.', '', '## Samen met inwoners', '', 'Tekst.', '']
// Four thema's numbered in their headings.
const themas = ["# Thema's", '', '## Thema 1: Wonen', '', 'Tekst.', '', '## Thema 2: Werk', '', 'Tekst.', '', '## Thema 3: Zorg', '', 'Tekst.', '', '## Thema 4: Ontmoeten', '', 'Tekst.', '']
// Numbered chapters, chapter 2 with paragraphs 2.1–2.3.
const chapters = (intro: string[]): string[] => [
  '# 1. Inleiding',
  '',
  ...intro,
  '',
  '# 2. Aanpak',
  '',
  '## 2.1 Wijkteams',
  '',
  'Tekst.',
  '',
  '## 2.2 Vrijwilligers',
  '',
  'Tekst.',
  '',
  '## 2.3 Mantelzorg',
  '',
  'Tekst.',
  '',
  '# 3. Middelen',
  '',
  'Tekst.',
  ''
]
// Two bijlagen, numbered or lettered.
const annexes = (a: string, b: string): string[] => ['# Bijlagen', '', `## Bijlage ${a}: Kaart van de kernen`, '', 'Tekst.', '', `## Bijlage ${b}: Cijfers`, '', 'Tekst.', '']
// Three numbered tables and two figures, by their captions.
const captions = ['# Cijfers', '', 'Tabel 1: Inwoners per kern', '', 'Tabel 2: Cliënten per jaar', '', 'Tabel 3: Wachttijden', '', 'Figuur 1: Kaart van de kernen', '', 'Figuur 2: Leeftijdsopbouw', '']

const defects: DefectWording[] = [
  ['een lijst gevolgd door een voorzetsel', ['# Inleiding', '', "De thema's 2 en 14 voor de wijkteams krijgen voorrang.", '', ...themas], "thema's 2 en 14"],
  ['een principe voorbij de lijst', ['# Inleiding', '', 'Dit volgt rechtstreeks uit principe 5.', '', ...principes], 'principe 5'],
  ['een rangtelwoord voor een principe', ['# Inleiding', '', 'Het zesde principe vraagt om een andere houding van de organisatie.', '', ...principes], 'zesde principe'],
  ['een principe in een opsomming', ['# Inleiding', '', 'De principes 2 en 7 gaan over de toegang.', '', ...principes], 'principes 2 en 7'],
  ["thema's van tot en met", ['# Inleiding', '', "Thema's 1 t/m 5 krijgen elk een eigen wethouder.", '', ...themas], "Thema's 1 t/m 5"],
  ['een hoofdstuk voorbij het laatste', chapters(['De kosten komen terug in hoofdstuk 9.']), 'hoofdstuk 9'],
  ['een hoofdstuk in woorden', chapters(['In hoofdstuk zeven blikken we vooruit.']), 'hoofdstuk zeven'],
  ['een paragraaf die het hoofdstuk niet heeft', chapters(['Over buurtsport leest u meer in paragraaf 2.7.']), 'paragraaf 2.7'],
  ['een paragraafteken', chapters(['Voor de mantelzorgers, zie § 2.5, is er een eigen regeling.']), '§ 2.5'],
  ['een afgekorte paragraaf', chapters(['De wijkteams (par. 2.8) werken vanuit de scholen.']), 'par. 2.8'],
  ['een kaal paragraafnummer tussen haakjes', chapters(['Ook de vrijwilligers krijgen steun (zie 2.6).']), '2.6'],
  ['een bijlage met een letter', ['# Inleiding', '', 'De lijst met partners staat in bijlage C.', '', ...annexes('A', 'B')], 'bijlage C'],
  ['een bijlage voorbij de laatste', ['# Inleiding', '', 'Het overzicht van subsidies vindt u in bijlage 4.', '', ...annexes('1', '2')], 'bijlage 4'],
  ['een tabel die er niet is', ['# Inleiding', '', 'Tabel 5 laat zien hoe de wachttijden dalen.', '', ...captions], 'Tabel 5'],
  ['een figuur die er niet is', ['# Inleiding', '', 'Zoals figuur 3 toont, vergrijst het dorp snel.', '', ...captions], 'figuur 3'],
  [
    'een doel voorbij de genummerde doelen',
    ['# Inleiding', '', 'Dit draagt bij aan doel 3.4.', '', '# Doelen', '', '## Doel 3.1: Minder eenzaamheid', '', '## Doel 3.2: Meer bewegen', '', '## Doel 3.3: Gezonde schooljeugd', ''],
    'doel 3.4'
  ],
  ['een principe in een kop', ['# Uitwerking van principe 4', '', 'Tekst.', '', ...principes], 'principe 4'],
  ['een principe in een subkop van een thema', [...themas.slice(0, 8), '### Samenhang met principe 6', '', 'Tekst.', '', ...principes], 'principe 6'],
  ['een bijlage in een opsommingsteken', ['# Inleiding', '', '- de begroting (zie bijlage 3)', '- de planning', '', ...annexes('1', '2')], 'bijlage 3'],
  ['een paragraaf in een tabelcel', [...chapters(['Tekst.']), '# Planning', '', '| Actie | Uitwerking |', '|---|---|', '| Buurtkamer openen | paragraaf 3.4 |', ''], 'paragraaf 3.4'],
  ['een thema als telwoord', ['# Inleiding', '', 'Thema vijf gaat over de dorpshuizen.', '', ...themas], 'Thema vijf']
]

const clean: CleanWording[] = [
  ['aantallen per thema na elkaar', ['# Inleiding', '', 'Er zijn 30 acties: 9 in thema 1, 7 in thema 2, 6 in thema 3 en 8 in thema 4.', '', ...themas]],
  ['aantallen per principe na elkaar', ['# Inleiding', '', 'Van de voorstellen hoort 4 bij principe 2 en 12 bij principe 3.', '', ...principes]],
  ["aantallen na een meervoud", ['# Inleiding', '', "Het aantal acties is 6 in thema's 1 en 12 in thema's 3 en 4 samen.", '', ...themas]],
  ['een principe dat bestaat', ['# Inleiding', '', 'Dit volgt uit principe 3.', '', ...principes]],
  ['een rangtelwoord binnen de lijst', ['# Inleiding', '', 'Het tweede principe vraagt om eenvoud.', '', ...principes]],
  ['principes in een opsomming die bestaan', ['# Inleiding', '', 'De principes 1 en 3 gaan over de toegang.', '', ...principes]],
  ["thema's van tot en met die bestaan", ['# Inleiding', '', "Thema's 1 t/m 4 krijgen elk een wethouder.", '', ...themas]],
  ['een paragraaf uit de kop', chapters(['Meer hierover in paragraaf 2.2 en § 2.3; zie ook par. 2.1 en (zie 2.2).'])],
  ['een hoofdstuk in woorden dat bestaat', chapters(['In hoofdstuk drie staan de middelen.'])],
  ['een doel via een id', ['# Inleiding', '', 'Zie bijlage 3 voor de kaart.', '', ...annexes('1', '2'), '## Kaart van de wijken {#bijlage-3}', '', 'Tekst.', '']],
  ['een artikel van een wet', ['# Inleiding', '', 'Artikel 4 van de Wmo regelt de cliëntondersteuning.', '', ...principes]],
  ['een hoofdstuk van een wet', chapters(['Hoofdstuk 5 van de Omgevingswet geeft de regels voor het omgevingsplan.'])],
  ['een bijlage bij een ander stuk', ['# Inleiding', '', 'De cijfers staan in bijlage 4 bij de begroting 2025.', '', ...annexes('1', '2')]],
  [
    'een thema in een plan dat thema’s op volgorde nummert',
    ['# Inleiding', '', 'Thema 2 vraagt het meeste geld.', '', "# Thema's", '', '## Wonen', '', 'Tekst.', '', '## Werk', '', 'Tekst.', '', '## Zorg', '', 'Tekst.', '']
  ],
  ['een pijler binnen drie pijlers', ['# Inleiding', '', 'Pijler 3 gaat over preventie.', '', '# Drie pijlers', '', '## Toegang', '', '## Preventie', '', '## Samenwerking', '']],
  ['jaartallen', ['# Inleiding', '', 'Met de Agenda 2030 en thema 2030 van de provincie sluiten we aan; doel 2028 is haalbaar.', '', ...themas]],
  ['een fase', ['# Inleiding', '', 'In fase 2 volgt de uitvoering, in fase 5 de evaluatie.', '', ...themas]],
  ['een tabel in een plan zonder genummerde tabellen', ['# Inleiding', '', 'Tabel 5 van de monitor laat een daling zien; zie ook figuur 7.', '', '# Cijfers', '', 'Tekst.']],
  ['een tabel en figuur die bestaan', ['# Inleiding', '', 'Tabel 3 en figuur 2 laten de vergrijzing zien.', '', ...captions]],
  ['een bijlage met een letter die bestaat', ['# Inleiding', '', 'De lijst staat in bijlage B.', '', ...annexes('A', 'B')]],
  ['bijlagen bij het raadsvoorstel', ['# Inleiding', '', 'De bijlagen 3 en 4 bij dit raadsvoorstel liggen ter inzage.', '', ...annexes('1', '2')]],
  [
    'een tabel zonder bijschrift',
    ['# Inleiding', '', 'Tabel 4 toont de kosten.', '', ...captions, '| Post | 2026 |', '|---|---|', '| Huur | 10 |', '', '| Post | 2027 |', '|---|---|', '| Huur | 12 |', '']
  ],
  ['een paragraaf van een andere nota', chapters(['Paragraaf 4.7 van de Woonvisie beschrijft de doelgroepen.'])],
  ['een kaal nummer dat geen verwijzing is', chapters(['Het rapportcijfer steeg van 6.8 naar 7.2 (zie 2.2).'])],
  ['een thema in een agendacel dat bestaat', [...themas, '# Uitvoeringsagenda', '', '| Activiteit | Thema | Start |', '|---|---|---|', '| Buurtkamer openen | Thema 4: Ontmoeten | 2026 |', '']]
]

describeWordings(xrefMissingTarget, defects, clean)

describe('xref-missing-target wordings severities', () => {
  const severity = async (body: string[]): Promise<Array<boolean | null | undefined>> => {
    const file = await checkMarkdown(xrefMissingTarget, wordingsPlan(body))
    return file.messages.filter((m) => m.ruleId === 'xref-missing-target').map((m) => m.fatal)
  }

  it('should give a fout for a list, a lettered bijlage and par. beyond what the plan numbers', async () => {
    expect(await severity(['# Inleiding', '', 'De principes 2 en 7 gaan voor.', '', ...principes])).toEqual([true])
    expect(await severity(['# Inleiding', '', 'Zie bijlage C.', '', ...annexes('A', 'B')])).toEqual([true])
    expect(await severity(chapters(['Zie par. 2.8.']))).toEqual([true])
  })

  it('should give a waarschuwing for an ordinal, a number word, a bare number, a table and a goal', async () => {
    expect(await severity(['# Inleiding', '', 'Het zesde principe gaat voor.', '', ...principes])).toEqual([false])
    expect(await severity(['# Inleiding', '', 'Thema vijf gaat voor.', '', ...themas])).toEqual([false])
    expect(await severity(chapters(['Dat is zo (zie 2.6).']))).toEqual([false])
    expect(await severity(['# Inleiding', '', 'Tabel 5 laat het zien.', '', ...captions])).toEqual([false])
  })

  it('should stay quiet on a number word that counts something else', async () => {
    expect(await severity(['# Inleiding', '', 'Dit thema acht de raad van belang; elk thema komt twee keer terug.', '', ...themas])).toEqual([])
  })
})
