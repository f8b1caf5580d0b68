import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for changes in percent in three wordings: an effort under
// a heading of what the plan does, amounts with a rate per unit or a starting year on both sides, and a change
// named by its noun alone over the one column of a year table.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
const efforts = (item: string): string =>
  example(['# Thema\'s', '', '## Thema 1: Sport in de wijk {#t1}', '', '### Wat doen we daarvoor?', '', `- ${item}`], 'gemeente: Lindewaarde')
const yearTable = (noun: string, rows: Array<[string, string]>, sentence: string): string =>
  plan([`| Jaar | ${noun} |`, '|---|---|', ...rows.map(([y, n]) => `| ${y} | ${n} |`), '', sentence])
const loans: Array<[string, string]> = [['2022', '6.000'], ['2023', '6.600'], ['2024', '8.250']]
const visits: Array<[string, string]> = [['2022', '900'], ['2023', '810'], ['2024', '720']]
const requests: Array<[string, string]> = [['2021', '500'], ['2022', '550'], ['2023', '660']]

/** Changes in these wordings whose percentage holds. */
export const changeWordingsOk: RuleExample[] = [
  { title: 'Een inspanning met een groei die klopt', text: efforts('De jeugdafdeling groeit van 80 naar 100 leden, een groei van 25 procent.') },
  { title: 'Een inspanning met een daling die klopt', text: efforts('We gaan van 25 naar 20 wedstrijden per seizoen, een daling van 20 procent.') },
  { title: 'Een inspanning met een breuk die klopt', text: efforts('De wachtlijst krimpt van 60 naar 45 kinderen, een kwart minder.') },
  { title: 'Een tarief per uur aan beide kanten dat klopt', text: plan(['Het tarief voor de sporthal gaat van € 20 per uur naar € 26 per uur, een stijging van 30 procent.']) },
  { title: 'Een bijdrage per deelnemer met een startjaar die klopt', text: plan(['De bijdrage gaat van € 150 per deelnemer in 2026 naar € 180 vanaf 2027, een stijging van 20 procent.']) },
  { title: 'Een vergoeding per kind die klopt', text: plan(['De vergoeding daalt van € 60 per kind naar € 45 per kind, een daling van 25 procent.']) },
  { title: 'Een groei bij naam die klopt, met een vergelijking erachter', text: yearTable('Uitleningen', loans, 'Tussen 2023 en 2024 was de groei met 25 procent groter dan het jaar ervoor.') },
  { title: 'Een daling bij naam over twee jaar die klopt', text: yearTable('Bezoeken', visits, 'Van 2022 op 2024 bedroeg de daling 20 procent.') },
  {
    title: 'Een stijging bij naam naast twee kolommen aantallen',
    text: plan(['| Jaar | Aanvragen | Toegekend |', '|---|---|---|', '| 2021 | 500 | 400 |', '| 2022 | 550 | 420 |', '| 2023 | 660 | 480 |', '', 'De stijging tussen 2021 en 2023 kwam uit op 40 procent.'])
  },
  { title: 'Een stijging van iets anders dan de tabel telt', text: yearTable('Aanvragen', requests, 'Tussen 2021 en 2023 was de stijging van de kosten 40 procent.') }
]

/** Changes in these wordings whose percentage does not hold. */
export const changeWordingsNotOk: RuleExample[] = [
  {
    title: 'Een inspanning met een groei die niet klopt',
    text: efforts('De buurtsportclub groeit van 160 naar 200 leden, een groei van 20 procent.'),
    expected: ['Percentage `20 procent` klopt niet: van 160 naar 200 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een inspanning met een vergrotende trap die niet klopt',
    text: efforts('We breiden de zwemlessen uit van 16 naar 20 groepen per week, 20 procent meer.'),
    expected: ['Percentage `20 procent` klopt niet: van 16 naar 20 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een inspanning met een breuk die niet klopt',
    text: efforts('Het aantal trainers daalt van 48 naar 36, een daling van een derde.'),
    expected: ['Percentage `een derde` klopt niet: van 48 naar 36 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een tarief per uur aan beide kanten dat niet klopt',
    text: plan(['Het tarief voor de sporthal gaat van € 20 per uur naar € 26 per uur, een stijging van 25 procent.']),
    expected: ['Percentage `25 procent` klopt niet: van 20 naar 26 is 30%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bijdrage per deelnemer met een startjaar die niet klopt',
    text: plan(['De bijdrage gaat van € 150 per deelnemer in 2026 naar € 180 vanaf 2027, een stijging van 25 procent.']),
    expected: ['Percentage `25 procent` klopt niet: van 150 naar 180 is 20%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een vergoeding per kind die niet klopt',
    text: plan(['De vergoeding daalt van € 60 per kind naar € 45 per kind, een daling van 20 procent.']),
    expected: ['Percentage `20 procent` klopt niet: van 60 naar 45 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei bij naam tussen twee jaren die niet klopt',
    text: yearTable('Uitleningen', loans, 'Tussen 2023 en 2024 was de groei ruim 30%.'),
    expected: ['Percentage `ruim 30%` klopt niet: van 6.600 (2023) naar 8.250 (2024) is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling bij naam over twee jaar die niet klopt',
    text: yearTable('Bezoeken', visits, 'Van 2022 op 2024 bedroeg de daling 25 procent.'),
    expected: ['Percentage `25 procent` klopt niet: van 900 (2022) naar 720 (2024) is 20%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stijging bij naam vooraan die niet klopt',
    text: yearTable('Aanvragen', requests, 'De stijging tussen 2021 en 2023 kwam uit op 40 procent.'),
    expected: ['Percentage `40 procent` klopt niet: van 500 (2021) naar 660 (2023) is 32%; pas het percentage of de getallen aan']
  }
]
