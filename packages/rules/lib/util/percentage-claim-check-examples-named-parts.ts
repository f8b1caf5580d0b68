import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a part a sentence names without its number: one part of a
// whole split after a colon, named a sentence or two on, before the share or after it in a conclusion (share-named-split-parts); a part column of a table of a row
// per year, named after `aandeel` with its levels for two years (share-column-year-levels).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Questions to a counter split by subject, and a share of one subject a sentence on.
const questions = (share: string): string[] => ['Het ondernemersloket kreeg in 2025 200 vragen: 50 over vergunningen, 90 over subsidies en 60 over parkeren.', share]
// A fund split by who pays, with a sentence between the split and the share.
const fund = (share: string): string[] => ['Het dorpshuizenfonds krijgt € 8 miljoen: € 4 miljoen van de gemeente, € 2,5 miljoen van de provincie en € 1,5 miljoen van het waterschap.', '', 'Het gemeentelijke deel komt uit de algemene reserve.', '', share]
// Loans per year with the part that was paid back early.
const loans = ['| Jaar | Leningen | Waarvan vervroegd afgelost | Afgewezen |', '|---|---:|---:|---:|', '| 2022 | 400 | 40 | 30 |', '| 2023 | 450 | 63 | 35 |', '| 2024 | 500 | 90 | 40 |', '']
// Permits asked per year and how many were refused.
const permits = ['| Jaar | Aangevraagd | Verleend | Geweigerd |', '|---|---:|---:|---:|', '| 2023 | 250 | 225 | 25 |', '| 2025 | 320 | 256 | 64 |', '']

/** Correct shares of a named part the rule stays quiet on. */
export const namedPartsOk: RuleExample[] = [
  { title: 'Een onderwerp van een opgesplitst geheel, een zin verder genoemd', text: plan(questions('Subsidies waren daarmee de aanleiding van bijna de helft van de vragen.')) },
  { title: 'Een bijdrage van een opgesplitst bedrag, twee zinnen verder genoemd', text: plan(fund('De provincie draagt met haar bijdrage bijna een derde van het fonds.')) },
  { title: 'Een genoemd deel met een aandeel van iets anders, met een eigen getal', text: plan(fund('De provincie betaalt ook 60 procent van de 40 nieuwe keukens.')) },
  { title: 'Twee delen in één zin: de zin zegt niet van welk deel het aandeel is', text: plan(questions('Over parkeren en vergunningen ging samen ruim de helft van de vragen.')) },
  { title: 'Delen die hun geheel niet vormen', text: plan(['Het loket kreeg 300 vragen: 50 over vergunningen en 60 over parkeren.', 'Parkeren was de aanleiding van een vijfde van de vragen.']) },
  { title: 'Een onderwerp genoemd na het aandeel, in een conclusie met `daarmee`', text: plan(questions('Bijna de helft van alle vragen ging daarmee over subsidies.')) },
  { title: 'Een aandeel van een smaller geheel dat het onderwerp zelf noemt', text: plan(questions('Ruim de helft van de vragen over parkeren kwam dus van ondernemers uit het centrum.')) },
  { title: 'Een bijdrage genoemd na het aandeel, in een conclusie met `dus`', text: plan(fund('Ruim 30 procent van het fonds komt dus van de provincie.')) },
  { title: 'Het aandeel van een deelkolom voor twee jaren', text: plan([...loans, 'Het aandeel vervroegd afgeloste leningen groeide van 10% in 2022 naar 18% in 2024.']) },
  { title: 'Het aandeel van een kolom die de zin met een ander woord voor dezelfde uitkomst noemt', text: plan([...permits, 'Het aandeel geweigerde aanvragen verdubbelde: van 10% in 2023 naar 20% in 2025.']) },
  { title: 'Een aandeel van iets dat geen kolom van de tabel is', text: plan([...loans, 'Het aandeel starters onder de aanvragers groeide van 30% in 2022 naar 45% in 2024.']) }
]

/** Shares of a named part the rule reports. */
export const namedPartsNotOk: RuleExample[] = [
  {
    title: 'Een onderwerp genoemd na het aandeel, in een conclusie met `daarmee`, dat geen helft is',
    text: plan(questions('Ruim de helft van alle vragen ging daarmee over parkeren.')),
    expected: ['Percentage `Ruim de helft` klopt niet: 60 van 200 is 30%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bijdrage genoemd na het aandeel, in een conclusie met `dus`, die geen helft is',
    text: plan(fund('Bijna de helft van het fonds komt dus van de provincie.')),
    expected: ['Percentage `Bijna de helft` klopt niet: € 2,5 miljoen van € 8 miljoen is 31,3%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een herkomst genoemd na het aandeel, in de zin na de splitsing',
    text: plan(['De bibliotheek ontving 400 bezoekers: 100 uit de stad en 300 uit de dorpen. Ruim de helft van het publiek kwam dus uit de stad.']),
    expected: ['Percentage `Ruim de helft` klopt niet: 100 van 400 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een onderwerp van een opgesplitst geheel dat geen helft is',
    text: plan(questions('Vergunningen waren daarmee de aanleiding van bijna de helft van de vragen.')),
    expected: ['Percentage `bijna de helft` klopt niet: 50 van 200 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bijdrage van een opgesplitst bedrag, twee zinnen verder, die geen helft is',
    text: plan(fund('Het waterschap levert zo bijna de helft van het fonds.')),
    expected: ['Percentage `bijna de helft` klopt niet: € 1,5 miljoen van € 8 miljoen is 18,8%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een onderwerp als percentage van het geheel dat niet klopt',
    text: plan(questions('Op parkeren had 40 procent van de vragen betrekking.')),
    expected: ['Percentage `40 procent` klopt niet: 60 van 200 is 30%; pas het percentage of de getallen aan']
  },
  {
    title: 'Het aandeel van een deelkolom in het laatste jaar dat niet klopt',
    text: plan([...loans, 'Het aandeel vervroegd afgeloste leningen groeide van 10% in 2022 naar 22% in 2024.']),
    expected: ['Percentage `22%` klopt niet: 90 van 500 (2024) is 18%; pas het percentage of de getallen aan']
  },
  {
    title: 'Het aandeel van een kolom met een ander woord voor dezelfde uitkomst dat niet klopt',
    text: plan([...permits, 'Het aandeel afgewezen aanvragen verdubbelde: van 10% in 2023 naar 25% in 2025.']),
    expected: ['Percentage `25%` klopt niet: 64 van 320 (2025) is 20%; pas het percentage of de getallen aan']
  },
  {
    title: 'Het aandeel van een deelkolom in het eerste jaar dat niet klopt',
    text: plan([...loans, 'Het aandeel van de vervroegd afgeloste leningen groeide van 15% in 2022 naar 18% in 2024.']),
    expected: ['Percentage `15%` klopt niet: 40 van 400 (2022) is 10%; pas het percentage of de getallen aan']
  }
]
