import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a share said under a table of a row (or, in a table of
// years, a column) the sentence names, without numbers of its own: read against every share the row's cells give.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Permits per district: applications and permits granted.
const permits = ['| Wijk | Aanvragen | Toegekend |', '|---|---|---|', '| Noord | 120 | 90 |', '| Zuid | 80 | 20 |', '| Totaal | 200 | 110 |', '']
// Reports about the street per kind and year.
const reports = ['| Soort melding | 2024 | 2025 |', '|---|---|---|', '| Losliggende tegels | 140 | 150 |', '| Kapotte lantaarnpalen | 60 | 48 |', '| Totaal | 200 | 198 |', '']
// Members per age group, and how many of them take part.
const members = ['| Leeftijd | Leden | Actief |', '|---|---|---|', '| 6-11 jaar | 200 | 150 |', '| 12-17 jaar | 160 | 40 |', '| Totaal | 360 | 190 |', '']
// Members per library branch.
const branches = ['| Vestiging | Leden |', '|---|---|', '| Centrum | 1.200 |', '| Haven | 500 |', '| Dorp | 300 |', '| Totaal | 2.000 |', '']
// Reports per year, and how many were solved within a week.
const yearly = ['| Jaar | Meldingen | Binnen een week opgelost |', '|---|---|---|', '| 2023 | 400 | 300 |', '| 2024 | 500 | 350 |', '| 2025 | 450 | 351 |', '']
// The same reports with a total row under the years.
const yearlyTotal = [...yearly.slice(0, -1), '| Totaal | 1.350 | 1.001 |', '']
// Costs per line of work, with a subtotal per line.
const lines = ['| Onderdeel | Bedrag |', '|---|---|', '| Speelplekken | 130 |', '| Schoolpleinen | 180 |', '| Subtotaal lijn 1 | 310 |', '| Beweegcoach | 276 |', '| Subtotaal lijn 2 | 276 |', '| Totaal | 586 |', '']
// Visitors per park and year.
const parks = ['| Park | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Noordpark | 300 | 360 | 420 |', '| Zuidpark | 250 | 200 | 180 |', '| Totaal | 550 | 560 | 600 |', '']

// The same table in a finance chapter, where the model keeps the sentences under it as the table's explanation.
const finance = (sentence: string): string => example(['# Financiën', '', '## Leden per vestiging', '', ...branches, sentence], 'gemeente: Lindewaarde')

/** Shares of a named row the rule stays quiet on. */
export const rowsOk: RuleExample[] = [
  {
    title: 'Een aantal uit de tabel met zijn aandeel, en na de puntkomma een ander deel zonder getal',
    text: plan([...members, 'De jongste groep is met 200 leden ruim de helft van de vereniging; de oudere jeugd ruim twee vijfde.'])
  },
  {
    title: 'Een aantal uit de tabel als deel van een subtotaal',
    text: plan([...lines, 'Van het geld voor lijn 1 gaat 180 naar de schoolpleinen: ruim de helft.'])
  },
  {
    title: 'Een aantal uit de tabel, met het geheel in de zin ervoor',
    text: plan([...members, 'Aan de zomerkampen deden 300 leden mee. Met 160 deelnemers leverde de oudere jeugd ruim de helft van de kampgangers.'])
  },
  {
    title: 'Een aantal uit de tabel met een aandeel van iets anders dan de tabel telt',
    text: plan([...lines, 'De provincie draagt met 130 ruim 40% bij aan de nieuwe speelplekken.'])
  },
  {
    title: 'Een aantal uit de tabel in de zin, het aandeel van het totaal in de bijzin na de puntkomma',
    text: plan([...members, 'De oudere jeugd is met 160 leden kleiner; zij vormt ruim twee vijfde van de leden.'])
  },
  {
    title: 'Een subtotaal genoemd met wat het optelt',
    text: plan([...lines, 'Lijn 2 vraagt bijna de helft van het budget.'])
  },
  {
    title: 'Een daling over de jaren boven een totaalrij',
    text: plan([...yearlyTotal, 'Het aantal meldingen liep tussen 2024 en 2025 met een tiende terug.'])
  },
  {
    title: 'Een daling met `liep … terug` in een tabel met een rij per jaar',
    text: plan([...yearly, 'Het aantal meldingen liep tussen 2024 en 2025 met 10 procent terug.'])
  },
  {
    title: 'Een daling van een rij ten opzichte van het jaar ervoor',
    text: plan([...parks, 'Bij het Zuidpark liep het bezoek in 2025 terug, met een tiende ten opzichte van een jaar eerder.'])
  },
  {
    title: 'Een stijging van een rij tussen twee jaren die de zin noemt',
    text: plan([...parks, 'Het bezoek aan het Noordpark liep tussen 2023 en 2025 op met 40 procent.'])
  },
  {
    title: 'De grootste rijen samen onder een tabel in het hoofdstuk financiën',
    text: finance('De twee grootste vestigingen hebben samen 85 procent van de leden.')
  },
  {
    title: 'Twee rijen samen',
    text: plan([...branches, 'Haven en Dorp hebben samen twee vijfde van de leden.'])
  },
  {
    title: 'De kleinste rijen samen',
    text: plan([...branches, 'De twee kleinste vestigingen hebben samen 40 procent van de leden.'])
  },
  {
    title: 'Een deel binnen de rij die de zin noemt',
    text: plan([...permits, 'In Zuid kreeg een kwart van de aanvragers een vergunning.'])
  },
  {
    title: 'Een grens, geen aandeel van de rij',
    text: plan([...permits, 'In Zuid blijft het aandeel toekenningen onder de 30 procent.'])
  },
  {
    title: 'Een verandering tussen de jaarkolommen van de rij',
    text: plan([...reports, 'Het aantal meldingen over kapotte lantaarnpalen nam met een vijfde af.'])
  },
  {
    title: 'Een deel van een leeftijdsgroep binnen haar rij',
    text: plan([...members, 'Bij de leden van 12 tot 17 jaar is een kwart actief.'])
  },
  {
    title: 'Een deel binnen een jaar van een tabel met een rij per jaar',
    text: plan([...yearly, 'In 2025 werd ruim driekwart van de meldingen binnen een week opgelost.'])
  }
]

/** Shares of a named row the rule reports. */
export const rowsNotOk: RuleExample[] = [
  {
    title: 'Een aantal uit de tabel in de zin, met een aandeel van het totaal dat niet klopt',
    text: plan([...members, 'De oudere jeugd is met 160 leden kleiner; zij vormt ruim de helft van de leden.']),
    expected: ['Percentage `ruim de helft` klopt niet: 160 van 360 (12-17 jaar) is 44,4%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een subtotaal genoemd met wat het optelt, met een deel dat niet klopt',
    text: plan([...lines, 'Lijn 2 vraagt ruim twee derde van het budget.']),
    expected: ['Percentage `ruim twee derde` klopt niet: 276 van 586 (Subtotaal lijn 2) is 47,1%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling over de jaren boven een totaalrij die niet klopt',
    text: plan([...yearlyTotal, 'Het aantal meldingen liep tussen 2024 en 2025 met een vijfde terug.']),
    expected: ['Percentage `een vijfde` klopt niet: van 500 (2024) naar 450 (2025) is 10%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling met `liep … terug` die de tabel niet geeft',
    text: plan([...yearly, 'Het aantal meldingen liep tussen 2024 en 2025 met 20 procent terug.']),
    expected: ['Percentage `20 procent` klopt niet: van 500 (2024) naar 450 (2025) is 10%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling van een rij ten opzichte van het jaar ervoor die niet klopt',
    text: plan([...parks, 'Bij het Zuidpark liep het bezoek in 2025 terug, met een kwart ten opzichte van een jaar eerder.']),
    expected: ['Percentage `een kwart` klopt niet: van 200 (2024) naar 180 (2025) is 10%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stijging van een rij die niet klopt',
    text: plan([...parks, 'Het bezoek aan het Noordpark liep tussen 2023 en 2025 op met een kwart.']),
    expected: ['Percentage `een kwart` klopt niet: van 300 (2023) naar 420 (2025) is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Rijen samen onder een tabel in het hoofdstuk financiën',
    text: finance('De twee kleinste vestigingen hebben samen ruim de helft van de leden.'),
    expected: ['Percentage `ruim de helft` klopt niet: 800 van 2000 (Haven en Dorp) is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'De grootste rijen samen',
    text: plan([...branches, 'De twee grootste vestigingen hebben samen ruim 90 procent van de leden.']),
    expected: ['Percentage `ruim 90 procent` klopt niet: 1700 van 2000 (Centrum en Haven) is 85%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel dat geen enkele lezing van de rij geeft',
    text: plan([...permits, 'In Zuid kreeg bijna de helft van de aanvragers een vergunning.']),
    expected: ['Percentage `bijna de helft` klopt niet: 80 van 200 (Zuid) is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van een leeftijdsgroep die de zin in eigen woorden noemt',
    text: plan([...members, 'Bij de leden van 12 tot 17 jaar is ruim de helft actief.']),
    expected: ['Percentage `ruim de helft` klopt niet: 160 van 360 (12-17 jaar) is 44,4%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stijging van een kolom in een tabel met een rij per jaar',
    text: plan([...yearly, 'Het aantal meldingen steeg in 2024 met 40 procent.']),
    expected: ['Percentage `40 procent` klopt niet: van 400 naar 500 (Meldingen) is 25%; pas het percentage of de getallen aan']
  }
]
