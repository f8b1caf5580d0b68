import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a change's size said alone, of levels the sentences before give
// year by year (`In 2022 … 150, in 2023 … 180. Van 2022 op 2023 …`: sentence-series-changes).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Changes of levels said in the sentences before that the size fits, and sizes the levels do not decide. */
export const sentenceSeriesOk: RuleExample[] = [
  {
    title: 'Een groei over een aantal jaren van een reeks in de zin ervoor die klopt',
    text: plan(['In 2021 telde de voedselbank 240 klanten, in 2022 waren het er 300 en in 2023 360.', 'Over twee jaar gerekend is dat een stijging van 50 procent.'])
  },
  {
    title: 'Een groei van het ene jaar op het andere als breuk die klopt',
    text: plan(['In 2022 kwamen er 150 verzoeken binnen, in 2023 waren het er 180 en in 2024 240.', '', 'Van 2023 op 2024 nam het aantal verzoeken met een derde toe.'])
  },
  {
    title: 'Een niveau van een eerder jaar tegenover een niveau in de zin ervoor dat klopt',
    text: plan(['Eind 2024 stonden 210 vrijwilligers ingeschreven, 8 procent van de doelgroep.', 'In 2021 waren dat er nog 150: een groei van 40% in drie jaar.'])
  },
  {
    title: 'Een daling sinds een eerder jaar tegenover het niveau van nu dat klopt',
    text: plan(['De muziekschool telt 2.400 leerlingen.', 'In 2019 waren het er nog 3.000; het aantal leerlingen is sindsdien met ongeveer 20 procent gedaald.'])
  },
  {
    title: 'Een jaar met twee getallen beslist niet welk het niveau is',
    text: plan(['In 2022 telden we 400 deelnemers, van wie 120 uit de dorpen; in 2024 waren het er 460.', 'Dat is een groei van 15 procent.'])
  },
  {
    title: 'Twee groeicijfers met elk hun eigen jaar gaan over twee opeenvolgende jaren',
    text: plan(['In 2022 reden er 80 pendelbussen, in 2023 waren het er 100 en in 2024 130.', 'Dat is een groei van 25% in 2023 en nog eens 30% in 2024.'])
  },
  {
    title: 'Een verandering van een ander onderwerp dan de reeks ervoor',
    text: plan(['De ijsbaan ontving in 2024 42.000 schaatsers en in 2025 47.500.', 'De prijs van een dagkaart steeg met 15%.'])
  },
  {
    title: 'Een verandering die de andere kant op gaat dan de getallen, zegt iets anders',
    text: plan(['In 2023 hadden 90 scholen een moestuin, in 2025 waren het er 120.', 'Het aantal wachtenden daalde met een kwart.'])
  }
]

/** Changes of levels said in the sentences before that the size contradicts. */
export const sentenceSeriesNotOk: RuleExample[] = [
  {
    title: 'Een groei over twee jaar die de eerste en de laatste stand niet geven',
    text: plan(['In 2021 telde de voedselbank 240 klanten, in 2022 waren het er 300 en in 2023 360.', 'Over twee jaar gerekend is dat een stijging van 30 procent.']),
    expected: ['Percentage `30 procent` klopt niet: van 240 (2021) naar 360 (2023) is 50%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei tussen twee genoemde jaren in een alinea na de reeks',
    text: plan(['In 2022 kwamen er 150 verzoeken binnen, in 2023 waren het er 180 en in 2024 240.', '', 'Van 2023 op 2024 nam het aantal verzoeken met een vijfde toe.']),
    expected: ['Percentage `een vijfde` klopt niet: van 180 (2023) naar 240 (2024) is 33,3%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei vanaf een eerder jaar tegenover het niveau in de zin ervoor',
    text: plan(['Eind 2024 stonden 210 vrijwilligers ingeschreven, 8 procent van de doelgroep.', 'In 2021 waren dat er nog 150: een groei van 60% in drie jaar.']),
    expected: ['Percentage `60%` klopt niet: van 150 (2021) naar 210 (2024) is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling sinds een eerder jaar tegenover het niveau van nu',
    text: plan(['De muziekschool telt 2.400 leerlingen.', 'In 2019 waren het er nog 3.000; het aantal leerlingen is sindsdien met ongeveer 35 procent gedaald.']),
    expected: ['Percentage `ongeveer 35 procent` klopt niet: van 3.000 (2019) naar 2.400 (nu) is 20%; pas het percentage of de getallen aan']
  }
]
