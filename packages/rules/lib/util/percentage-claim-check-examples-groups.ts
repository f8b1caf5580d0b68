import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a share of a group of table rows the sentence names
// without their labels: rows the sentence before names, pointed back to by their number (`Die twee wijken`);
// the kernen besides the main one (`de drie buitendorpen`); rows keyed by a letter (`klasse A of B`); a row named by
// the lower-case noun before its name (`het mfa` for `mfa De Schakel`).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Benches and complaints per district.
const benches = ['| Wijk | Bankjes | Klachten |', '|---|---:|---:|', '| Noord | 30 | 120 |', '| Zuid | 20 | 80 |', '| Oost | 25 | 40 |', '| West | 25 | 60 |', '| Totaal | 100 | 300 |', '']
// Residents and playgrounds per kern: one main kern and three villages.
const kernen = ['| Kern | Inwoners | Speeltuinen |', '|---|---:|---:|', '| Lindewaarde | 12.000 | 24 |', '| Esbroek | 3.000 | 8 |', '| Hulten | 2.500 | 5 |', '| Molenveen | 2.500 | 3 |', '| Totaal | 20.000 | 40 |', '']
// Bridges per damage class, keyed by a letter.
const bridges = ['| Schadeklasse | Bruggen |', '|---|---:|', '| A | 50 |', '| B | 30 |', '| C | 15 |', '| D | 5 |', '| Totaal | 100 |', '']
// Visitors per venue and year, the venues named by a lower-case noun and a name.
const venues = (first: string): string[] => ['| Locatie | 2026 | 2027 |', '|---|---:|---:|', `| ${first} | 400 | 500 |`, '| bibliotheek Het Anker | 250 | 250 |', '| Dorpshuis Ons Huis | 350 | 250 |', '| Totaal | 1.000 | 1.000 |', '']

/** Correct shares of groups of rows the rule stays quiet on. */
export const groupsOk: RuleExample[] = [
  { title: 'Twee wijken die de zin ervoor noemt, samen als deel', text: plan([...benches, 'De meeste bankjes staan in Noord en in Zuid. Die twee wijken leveren samen twee derde van de klachten.']) },
  { title: 'Twee wijken van de zin ervoor, als deel van een andere kolom', text: plan([...benches, 'De meeste bankjes staan in Noord en in Zuid. Die twee wijken hebben samen de helft van de bankjes.']) },
  { title: 'Een groep die niet zo groot is als de rijen die de zin ervoor noemt', text: plan([...benches, 'De meeste klachten komen uit Noord, Zuid en West. Die twee wijken leveren samen ruim driekwart van de klachten.']) },
  { title: 'De dorpen naast de hoofdkern als deel van het totaal', text: plan([...kernen, 'Van de 40 speeltuinen ligt 40 procent in de drie buitendorpen.']) },
  { title: 'De kleinere kernen samen als deel van de inwoners', text: plan([...kernen, 'In de drie kleinere kernen samen woont 40 procent van de inwoners.']) },
  { title: 'Een aantal dorpen dat niet alle rijen op één na is', text: plan([...kernen, 'In de twee dorpen aan de rivier woont ruim een kwart van de inwoners.']) },
  { title: 'Twee klassen met een letter als deel van het totaal', text: plan([...bridges, 'Vier vijfde van de bruggen valt in klasse A of B en is dus in orde.']) },
  { title: 'Klassen van de ene tot en met de andere letter', text: plan([...bridges, 'De helft van de bruggen valt in klasse B tot en met D.']) },
  { title: 'Klassen met een letter en een bepaling die de groep inperkt', text: plan([...bridges, 'Van de bruggen in klasse A of B in het buitengebied is ruim de helft van hout.']) },
  { title: 'Een locatie genoemd bij het woord voor haar naam', text: plan([...venues('mfa De Schakel'), 'In 2027 heeft het mfa de helft van de bezoekers.']) },
  { title: 'Een andere locatie genoemd bij het woord voor haar naam', text: plan([...venues('mfa De Schakel'), 'In 2026 trekt de bibliotheek een kwart van de bezoekers.']) },
  { title: 'Een woord dat twee locaties voor hun naam hebben', text: plan([...venues('bibliotheek De Uil'), 'In 2026 trekt de bibliotheek ruim een derde van de bezoekers.']) }
]

/** Shares of groups of rows the rule reports. */
export const groupsNotOk: RuleExample[] = [
  {
    title: 'Twee wijken die de zin ervoor noemt, samen geen driekwart',
    text: plan([...benches, 'De meeste bankjes staan in Noord en in Zuid. Die twee wijken leveren samen ruim driekwart van de klachten.']),
    expected: ['Percentage `ruim driekwart` klopt niet: 120 + 80 van 300 is 66,7%; pas het percentage of de getallen aan']
  },
  {
    title: 'Twee wijken die de alinea ervoor noemt',
    text: plan([...benches, 'De meeste bankjes staan in Noord en in Zuid.', '', 'Die twee wijken hebben samen ruim 60 procent van de bankjes.']),
    expected: ['Percentage `ruim 60 procent` klopt niet: 30 + 20 van 100 is 50%; pas het percentage of de getallen aan']
  },
  {
    title: 'Beide wijken van de zin ervoor',
    text: plan([...benches, 'De minste klachten komen uit Oost en West. Beide wijken leveren samen een kwart van de klachten.']),
    expected: ['Percentage `een kwart` klopt niet: 40 + 60 van 300 is 33,3%; pas het percentage of de getallen aan']
  },
  {
    title: 'De dorpen naast de hoofdkern, geen derde',
    text: plan([...kernen, 'Van de 40 speeltuinen ligt nog geen derde in de drie buitendorpen.']),
    expected: ['Percentage `nog geen derde` klopt niet: 8 + 5 + 3 van 40 is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'De kleinere kernen samen, geen helft',
    text: plan([...kernen, 'In de drie kleinere kernen samen woont ruim de helft van de inwoners.']),
    expected: ['Percentage `ruim de helft` klopt niet: 3.000 + 2.500 + 2.500 van 20.000 is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'De overige dorpskernen, geen derde',
    text: plan([...kernen, 'Van de 40 speeltuinen ligt nog geen derde in de drie overige dorpskernen.']),
    expected: ['Percentage `nog geen derde` klopt niet: 8 + 5 + 3 van 40 is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Twee klassen met een letter, geen kwart',
    text: plan([...bridges, 'Ruim 85 procent van de bruggen valt in klasse A of B en is dus in orde.']),
    expected: ['Percentage `Ruim 85 procent` klopt niet: 50 + 30 van 100 is 80%; pas het percentage of de getallen aan']
  },
  {
    title: 'Klassen van de ene tot en met de andere letter, geen 40 procent',
    text: plan([...bridges, 'Bijna 40 procent van de bruggen valt in klasse B tot en met D.']),
    expected: ['Percentage `Bijna 40 procent` klopt niet: 30 + 15 + 5 van 100 is 50%; pas het percentage of de getallen aan']
  },
  {
    title: 'Twee klassen in het meervoud, geen 90 procent',
    text: plan([...bridges, 'Bijna 90 procent van de bruggen valt in de klassen A en B.']),
    expected: ['Percentage `Bijna 90 procent` klopt niet: 50 + 30 van 100 is 80%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een locatie genoemd bij het woord voor haar naam, geen 60 procent',
    text: plan([...venues('mfa De Schakel'), 'In 2027 heeft het mfa ruim 60 procent van de bezoekers.']),
    expected: ['Percentage `ruim 60 procent` klopt niet: 500 van 1.000 is 50%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een andere locatie bij het woord voor haar naam, geen derde',
    text: plan([...venues('mfa De Schakel'), 'In 2026 trekt de bibliotheek ruim een derde van de bezoekers.']),
    expected: ['Percentage `ruim een derde` klopt niet: 250 van 1.000 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een locatie bij het woord voor haar naam, geen helft van alle bezoekers',
    text: plan([...venues('mfa De Schakel'), 'In 2026 trekt het mfa bijna de helft van alle bezoekers.']),
    expected: ['Percentage `bijna de helft` klopt niet: 400 van 1.000 is 40%; pas het percentage of de getallen aan']
  }
]
